"""The Begründung topic "humanitaere_gruende" in the words people use, not only "unzumutbar" and "Rückkehr".

Why a return is unreasonable is argued with the situation over there ("Sicherheitslage", "Versorgungslage"),
no one and nothing left, children who know only Germany, Art. 8 EMRK, a medical system that cannot help;
in English with "would face", "could not survive", "destitute". Sentences that are about entry, enclosures,
work, school or family only must not count: the topic completes the Begründung, so a false hit hides a gap.
"""

from __future__ import annotations

import pytest

from hfk.classify.fields import begruendung_topics

TOPIC = "humanitaere_gruende"

GERMAN = [
    "Im Kosovo hat die Familie niemanden mehr, zu dem sie gehen könnte.",
    "Die Sicherheitslage in Afghanistan hat sich seit der Machtübernahme der Taliban dramatisch verschlechtert.",
    "Die Versorgungslage im Nordirak ist katastrophal, Lebensmittel und Strom gibt es nur stundenweise.",
    "Frau Berisha ist faktische Inländerin, sie hat ihr gesamtes bewusstes Leben in Deutschland verbracht.",
    "Die Kinder kennen Serbien nur aus den Erzählungen der Eltern und sprechen kein Serbisch.",
    "Das durch Art. 8 EMRK geschützte Privatleben des Antragstellers hat sich ausschließlich im Bundesgebiet "
    "entwickelt.",
    "Als Roma wären sie in Serbien erneut sozial ausgegrenzt und vom Arbeitsmarkt ausgeschlossen.",
    "In Guinea erwartet sie als alleinstehende Frau ohne männlichen Schutz ein Leben am Rande der Gesellschaft.",
    "Die notwendige Dialyse ist in ihrem Heimatland für sie nicht bezahlbar.",
    "Er hat zu seinem Herkunftsstaat keinerlei Bindungen mehr.",
    "Sie würde in Nigeria mittellos und ohne jedes soziale Netz dastehen.",
    "Eine Heimreise ist für den schwer traumatisierten Mann nicht vorstellbar.",
    "Wir können als Gemeinde nicht zulassen, dass diese Familie in eine ungewisse Zukunft geschickt wird.",
    "In Tschetschenien drohen ihm als ehemaligem Kämpfer willkürliche Festnahmen.",
    "Die medizinische Infrastruktur in Eritrea ist völlig unzureichend.",
    "Frauen sind in Afghanistan heute vom öffentlichen Leben vollständig ausgeschlossen.",
    "Ohne Familie und ohne Einkommen stünde sie in Ghana auf der Straße.",
    "Unser Mandant hat in Albanien keine Lebensgrundlage mehr.",
    "Die wirtschaftliche Lage im Herkunftsstaat ist desolat, die Arbeitslosigkeit liegt bei über 40 Prozent.",
    "Eine Behandlung der posttraumatischen Belastungsstörung findet in Gambia praktisch nicht statt.",
    "Sein Sohn hat nie ein anderes Land als Deutschland kennengelernt.",
    "Die Familie würde vor dem Nichts stehen.",
    "Die Töchter sind hier aufgewachsen und kennen das Herkunftsland ihrer Eltern nur aus dem Urlaubsfoto der Oma.",
    "Den Irak kennt der Junge nicht, er spricht die Sprache seiner Eltern kaum.",
    "In Syrien herrscht weiterhin Bürgerkrieg, die Region um Idlib wird täglich bombardiert.",
    "Angehörige der jesidischen Minderheit sind dort bis heute Übergriffen ausgesetzt.",
    "Mit ihrer Herzerkrankung hätte sie in Armenien keine Überlebenschance.",
    "Der Junge ist hier zur Schule gegangen und wäre in Marokko ein Fremder.",
    "Das Existenzminimum wäre für die fünfköpfige Familie in Mazedonien nicht gesichert.",
    "Die Kinder wurden in Deutschland sozialisiert und sind mit den Lebensverhältnissen in Georgien nicht vertraut.",
    # second round
    "Sein Heimatdorf ist heute vollständig zerstört.",
    "Sie spricht die Sprache ihres Herkunftslandes nicht.",
    "Eine Eingliederung in die dortigen Lebensverhältnisse ist für die Kinder ausgeschlossen.",
    # third to fifth rounds
    "Meine Kinder haben Angst, in ein Land geschickt zu werden, das sie nicht kennen.",
    "Die Antragstellerin wäre als geschiedene Frau in ihrer Herkunftsgesellschaft stigmatisiert.",
    "In Armenien gibt es für Menschen mit Behinderung kaum Unterstützung.",
    "Ohne das Insulin, das es in ihrem Dorf nicht gibt, würde sie sterben.",
    "Die Schwester lebt in Mossul unter ständiger Bedrohung durch Milizen.",
    "Nach zwanzig Jahren in Deutschland hätte er in Bosnien keinerlei Anknüpfungspunkte.",
    "Die Kinder würden aus ihrem gewohnten Umfeld gerissen.",
    "Die Lebensbedingungen in den Flüchtlingslagern im Libanon sind menschenunwürdig.",
    "Eine alleinerziehende Mutter von vier Kindern kann in Nigeria nicht für den Unterhalt sorgen.",
    "Aufgrund seiner politischen Aktivitäten im Exil muss er bei der Einreise mit Inhaftierung rechnen.",
    "Die Antragstellerin leidet an Diabetes, Insulin ist in Somalia kaum zu bekommen.",
    "Im Fall einer Ausweisung verlöre die Familie alles, was sie sich hier aufgebaut hat.",
    "Als Witwe ohne Sohn hat sie nach den dortigen Traditionen keinerlei Rechte.",
    "Es ist ihm nicht zuzutrauen, sich in einem Land zurechtzufinden, das er mit drei Jahren verlassen hat.",
    "Die benötigten Psychopharmaka sind in Georgien nur auf dem Schwarzmarkt erhältlich.",
    "Die Kinder wären in Nigeria ohne Schutz vor Genitalverstümmelung.",
]

ENGLISH = [
    "If sent back to Afghanistan, she would face serious harm at the hands of the Taliban.",
    "He has no family or friends left in Iraq who could take him in.",
    "The children have never been to Nigeria and know no other home than Germany.",
    "Without access to dialysis he could not survive in Ghana.",
    "The family would be destitute and homeless in Kosovo.",
    "The security situation in Somalia remains extremely volatile.",
    "Sending her back would be inhumane given her fragile mental health.",
    "As a convert to Christianity he would be at serious risk in Iran.",
    "Removal would uproot the children from the only life they have known.",
    "There is no adequate treatment for her condition in her home country.",
    "She has no ties left to Eritrea, which she left as an infant.",
    "Being deported would mean losing everything she has built over eight years.",
    # second round: an applicant's own plain words
    "In Iraq I would have nobody to turn to and no place to live.",
    "My daughter would not get the therapy she needs in Serbia.",
    "We are afraid of what will happen to us if we have to go back.",
    "Life in Lagos is impossible for a single mother without a family.",
    "The medical care he needs is simply not there in Guinea.",
    "She would have to live on the street with her three small children.",
    "The hospitals in his region are overcrowded and cannot treat chronic patients.",
    "Christians like him are attacked and harassed in Pakistan every day.",
    "In Eritrea he would be forced back into indefinite military service.",
    "I cannot imagine my life anywhere but here.",
    "My son has autism and there is no school for him in Albania.",
    "Our house was taken by relatives and we have nowhere to stay.",
    "Her whole life is here; she does not speak a word of Tigrinya.",
    "Returning him to a country he left as a baby would be cruel.",
    "He would be conscripted immediately upon arrival.",
    "His health would deteriorate rapidly without his medication.",
    "In Kosovo, Roma children are routinely turned away from schools.",
]

NOT_THE_TOPIC = [
    "Die Familie reiste am 12.03.2015 in die Bundesrepublik Deutschland ein.",
    "Anlagen: Lebenslauf, Passkopie, Arbeitsvertrag, Schulbescheinigungen.",
    "Die ausführliche Begründung folgt mit gesondertem Schreiben.",
    "Zur Situation im Herkunftsland siehe Anlage 4.",
    "Herr Gashi arbeitet seit 2019 als Lagerist bei der Firma Müller.",
    "Die Kinder besuchen die Grundschule am Marktplatz und haben viele Freunde.",
    "Sie hat den Deutschkurs mit dem Zertifikat B1 abgeschlossen.",
    "Er ist verheiratet und hat drei Kinder.",
    "Die Eltern der Antragstellerin leben ebenfalls in Köln.",
    "Frau Berisha engagiert sich ehrenamtlich in der Kleiderkammer der Gemeinde.",
    "Der Asylantrag wurde mit Bescheid vom 04.05.2017 abgelehnt.",
    "Seit dem 01.02.2018 ist er im Besitz einer Duldung.",
    "Wir bitten um eine wohlwollende Prüfung des Antrags.",
    "Der Antragsteller stammt aus Afghanistan und ist 34 Jahre alt.",
    "He has been working as a cook in a restaurant in Essen since 2018.",
    "The children attend school in Bochum and speak German fluently.",
    "She lives with her husband and their two daughters.",
    "Please find enclosed copies of the passports and the birth certificates.",
    "He was born in Kabul in 1990 and came to Germany in 2015.",
    "Die Tochter wäre gern Erzieherin geworden und macht jetzt ein Praktikum im Kindergarten.",
    # the words of the topic in other senses
    "Ohne die Hilfe ihrer Kollegen hätte sie die Ausbildung nicht so schnell abgeschlossen.",
    "Die Duldung wurde zuletzt am 03.04.2024 verlängert.",
    "Die Kinder sprechen zu Hause Albanisch und in der Schule Deutsch.",
    "After school she wants to go back to work in a hospital.",
    "There are many friends from the football club who help the family.",
    "She worked as a teacher in her home country before she came to Germany in 2016.",
    # "wurde" is "würde" once folded: a birth there is the life story, not a conditional
    "Der Antragsteller wurde 1985 in Mostar geboren und wuchs dort bei den Großeltern auf.",
    "Sein Vater wurde 1960 in Peja geboren und arbeitete dort als Lehrer.",
    # fear in the past is the life story
    "Wir hatten Angst vor dem ersten Schultag, aber die Lehrer waren sehr freundlich.",
    "Ich hatte Angst um mein Leben.",
    "The doctor says she needs regular check-ups.",
    "Die Familie kam im Sommer 2015 über die Balkanroute nach Deutschland.",
    "His asylum application was rejected in 2018 and he has had a Duldung since then.",
]


@pytest.mark.parametrize("sentence", GERMAN + ENGLISH)
def test_a_reason_against_return_counts_in_other_words(sentence: str) -> None:
    assert TOPIC in begruendung_topics(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_THE_TOPIC)
def test_entry_enclosures_work_school_and_family_are_not_the_topic(sentence: str) -> None:
    assert TOPIC not in begruendung_topics(sentence), sentence


@pytest.mark.parametrize(
    "heading", ["Situation im Herkunftsland", "Lage im Heimatland", "The situation in my home country"]
)
def test_a_heading_on_the_country_of_origin_opens_the_topic(heading: str) -> None:
    text = (
        "Sehr geehrte Damen und Herren,\n\nLebenslauf\nIch wurde 1990 in Jerewan geboren.\n\n"
        f"{heading}\nIn Jerewan findet man ohne Beziehungen heute keine bezahlbare Wohnung.\n"
    )
    topics = begruendung_topics(text)
    assert "bezahlbare Wohnung" in topics[TOPIC]
    assert topics["lebensgeschichte"].startswith("Ich wurde 1990")


def test_an_integration_and_family_letter_without_the_topic_stays_incomplete() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\n\n"
        "Lebenslauf\nHerr Gashi wurde 1988 in Prizren geboren und reiste am 12.03.2015 ein.\n\n"
        "Aufenthalt\nSein Asylantrag wurde abgelehnt, seitdem ist er geduldet.\n\n"
        "Familie\nEr ist verheiratet und hat drei Kinder, die hier zur Schule gehen.\n\n"
        "Integration\nEr arbeitet seit 2019 als Lagerist und spricht gut Deutsch.\n"
    )
    topics = begruendung_topics(text)
    assert set(topics) == {"lebensgeschichte", "aufenthaltssituation", "familie", "integration"}


@pytest.mark.parametrize("heading", ["Herkunft und Flucht", "Leben im Herkunftsland"])
def test_a_heading_on_life_in_the_country_of_origin_stays_the_life_story(heading: str) -> None:
    text = (
        "Sehr geehrte Damen und Herren,\n\n"
        f"{heading}\nIn Jerewan betrieb die Familie einen kleinen Laden am Marktplatz.\n"
    )
    topics = begruendung_topics(text)
    assert TOPIC not in topics
    assert "Laden" in topics["lebensgeschichte"]
