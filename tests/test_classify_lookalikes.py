"""Pages that look like a Härtefallantrag or a BAMF decision but are not: requests to other bodies,
letters about an application already made, BAMF papers that decide nothing, school papers for the
Ausländerbehörde. Scored by the shipped page classifier (cue rules + text model)."""

from __future__ import annotations

import pytest

from hfk.classify.nlp import default_scorer
from hfk.classify.pages import RuleScorer, _subject_lines, best_class, default_cues

LAWYER = (
    "Rechtsanwältin Dr. Katrin Vogel\n"
    "Kanzlei Vogel & Partner · Westenhellweg 40 · 44137 Dortmund\n"
    "Tel. 0231 123456 · Fax 0231 123457\n"
)


@pytest.fixture(scope="module")
def scorer():
    return default_scorer()


def _best(scorer, text: str) -> str:
    return best_class(scorer.score(text).scores)[0]


# --- a request to another body than the Härtefallkommission (`subject` + `request` cues) ----------

REQUESTS = {
    "duldung_to_abh": LAWYER + "Kanzlei Vogel & Partner, Westenhellweg 40, 44137 Dortmund\n"
    "Stadt Dortmund\nDer Oberbürgermeister\nAusländerbehörde\nOlpe 1\n44135 Dortmund\n"
    "Dortmund, 14.05.2025\nFrau Amira Haddad, geb. 03.04.1988\n"
    "hier: Antrag auf Erteilung einer Ermessensduldung nach § 60a Abs. 2 Satz 3 AufenthG\n"
    "Sehr geehrte Damen und Herren,\n"
    "namens und in Vollmacht unserer Mandantin beantragen wir, ihr eine Duldung für sechs Monate zu erteilen.\n"
    "Begründung:\nUnsere Mandantin pflegt ihre schwer erkrankte Mutter. Dringende humanitäre und persönliche\n"
    "Gründe erfordern ihre vorübergehende weitere Anwesenheit.\nMit freundlichen Grüßen\nDr. Vogel",
    "widerspruch": LAWYER + "Stadt Gelsenkirchen\nReferat Zuwanderung\n45875 Gelsenkirchen\n12.06.2025\n"
    "Widerspruch\ngegen die Ordnungsverfügung vom 28.05.2025\n"
    "legen wir namens und in Vollmacht unserer Mandantin Widerspruch ein. Zugleich beantragen wir, die\n"
    "Vollziehung auszusetzen. Eine Begründung bleibt einem gesonderten Schriftsatz vorbehalten.\nDr. Vogel",
    "eilantrag_to_court": LAWYER
    + "Verwaltungsgericht Gelsenkirchen\nBahnhofsvorplatz 3\n45879 Gelsenkirchen\n"
    "16.06.2025\nAntrag auf Erlass einer einstweiligen Anordnung\nder Frau Amira Haddad, – Antragstellerin –\n"
    "gegen\ndie Stadt Dortmund, – Antragsgegnerin –\n"
    "Namens und in Vollmacht der Antragstellerin beantragen wir, der Antragsgegnerin aufzugeben,\n"
    "aufenthaltsbeendende Maßnahmen bis zur Entscheidung der Härtefallkommission über den Härtefallantrag\n"
    "zu unterlassen.\nBegründung:\nDie Antragstellerin hat sich an die Härtefallkommission gewandt.",
    "folgeantrag_to_bamf": LAWYER
    + "Bundesamt für Migration und Flüchtlinge\nAußenstelle Bochum\n44803 Bochum\n"
    "05.05.2025\nAz. des Bundesamtes: 7012345-475\nAsylfolgeantrag gemäß § 71 AsylG\n"
    "Sehr geehrte Damen und Herren,\nnamens und in Vollmacht unseres Mandanten stellen wir einen Folgeantrag\n"
    "und beantragen, die Flüchtlingseigenschaft zuzuerkennen, hilfsweise Abschiebungsverbote nach § 60 Abs. 5\n"
    "und 7 AufenthG festzustellen.\nBegründung:\nDie Sachlage hat sich geändert.",
    "kindergeld_form": "Familienkasse Nordrhein-Westfalen Ost\nAntrag auf Kindergeld\n"
    "Name: Haddad  Vorname: Amira  Geburtsdatum: 03.04.1988\nAnschrift: Lindenstraße 12, 44135 Dortmund\n"
    "Kinder: Leyla Haddad, 14.09.2014\nIch beantrage Kindergeld für die oben genannten Kinder.\n"
    "Aufenthaltserlaubnis nach § 25 Abs. 5 AufenthG\nDortmund, 15.03.2025   Unterschrift",
    "passport_to_embassy": "Amira Haddad\nLindenstraße 12, 44135 Dortmund\nBotschaft der Republik Serbien\n"
    "Konsularabteilung\n14193 Berlin\nAntrag auf Ausstellung eines Reisepasses\nSehr geehrte Damen und Herren,\n"
    "hiermit beantrage ich die Ausstellung eines neuen Reisepasses. Kopien meiner Geburtsurkunde und meines\n"
    "abgelaufenen Reisepasses lege ich bei.\nDortmund, 08.05.2025",
}


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_a_request_to_another_body_is_no_antrag_and_no_paper_of_that_body(scorer, name):
    assert _best(scorer, REQUESTS[name]) == "sonstiges"


def test_the_request_subject_holds_the_antrag_even_with_beantrage_and_begruendung():
    score = RuleScorer().score(REQUESTS["duldung_to_abh"])
    assert "antrag" in score.capped and "auslaenderbehoerde" in score.capped
    assert score.scores["antrag"] <= default_cues().letter_cap
    assert any("Antrag an eine andere Stelle" in shown for _, shown in score.evidence["sonstiges"])


# --- papers of an asylum procedure that decide nothing (`subject` cues) ---------------------------

BAMF_PAPERS = {
    "ladung": "Bundesamt für Migration und Flüchtlinge\nAußenstelle Bochum\nHerrn\nKarim Haddad\n"
    "Gesch.-Z.: 8123456-475\nBochum, 03.02.2016\nLadung zur Anhörung gemäß § 25 AsylG\nSehr geehrter Herr Haddad,\n"
    "in Ihrem Asylverfahren werden Sie zur persönlichen Anhörung am 17.02.2016 geladen. Bringen Sie Ihre\n"
    "Aufenthaltsgestattung mit. Ein Sprachmittler wird gestellt.\nIm Auftrag",
    "protokoll": "Bundesamt für Migration und Flüchtlinge\nAußenstelle Bochum\nGesch.-Z.: 8123456-475\n"
    "Protokoll der persönlichen Anhörung des Antragstellers\nEntscheider/in: Frau Neumann\n"
    "Dolmetscher: Herr Saleh, Sprache: Arabisch\nDer Antragsteller wird darauf hingewiesen, dass er zur\n"
    "Wahrheit verpflichtet ist. Er versteht den Dolmetscher gut.",
    "mitteilung_an_abh": "Bundesamt für Migration und Flüchtlinge\nAn die\nStadt Dortmund – Ausländerbehörde –\n"
    "Gesch.-Z.: 8123456-475\nNürnberg, 18.05.2017\nMitteilung über den Abschluss des Asylverfahrens\n"
    "Sehr geehrte Damen und Herren,\nder Bescheid des Bundesamtes vom 22.03.2017 ist bestandskräftig.\n"
    "Die Abschiebungsandrohung ist vollziehbar.\nIm Auftrag",
    "widerruf_anhoerung": "Bundesamt für Migration und Flüchtlinge\nHerrn Karim Haddad\n"
    "Gesch.-Z.: 8123456-475\nNürnberg, 04.04.2025\nAnhörung im Widerrufsverfahren gemäß § 73 AsylG\n"
    "Sehr geehrter Herr Haddad,\ndas Bundesamt prüft, ob die Voraussetzungen für einen Widerruf Ihres\n"
    "subsidiären Schutzes vorliegen. Sie können sich innerhalb eines Monats äußern.\nIm Auftrag",
    "ankunftsnachweis": "Ankunftsnachweis\nBescheinigung über die Meldung als Asylsuchender gemäß § 63a AsylG\n"
    "Name: HADDAD, Karim\ngeboren am: 12.01.1985\nDer Inhaber hat um Asyl nachgesucht und muss sich beim\n"
    "Bundesamt für Migration und Flüchtlinge zur Stellung des Asylantrags melden.\nGültig bis: 14.10.2015",
}


@pytest.mark.parametrize("name", sorted(BAMF_PAPERS))
def test_a_bamf_paper_that_decides_nothing_is_no_bamf_bescheid(scorer, name):
    assert _best(scorer, BAMF_PAPERS[name]) == "sonstiges"


def test_an_interview_record_in_short_form_is_no_antrag(scorer):
    # the applicant's story in the first person: the text model alone reads it as an antrag
    text = (
        "Az.: 7012345-475                                     Seite 3 von 9\n"
        "F: Wann haben Sie Ihr Heimatland verlassen?\nA: Im August 2015. Ich bin mit dem Bus gefahren.\n"
        "F: Wer hat die Reise bezahlt?\nA: Mein Onkel hat das Geld gegeben.\n"
        "F: Was ist Ihnen persönlich passiert?\nA: Ich sollte zum Militärdienst eingezogen werden.\n"
        "F: Was befürchten Sie bei einer Rückkehr?\nA: Dass man mich verhaftet.\n"
    )
    assert _best(scorer, text) == "sonstiges"


# --- letters about an application already made (`follow` cues) ------------------------------------

FOLLOW_UPS = {
    "cover_letter": LAWYER + "Geschäftsstelle der Härtefallkommission\ndes Landes Nordrhein-Westfalen\n"
    "40190 Düsseldorf\nDortmund, 02.06.2025\nHärtefallantrag Amira Haddad, geb. 03.04.1988\n"
    "Sehr geehrte Damen und Herren,\nin der Anlage übersenden wir den Härtefallantrag unserer Mandantin nebst\n"
    "Anlagen (Vollmacht, Einwilligungserklärung, Lebenslauf, ärztliches Attest).\n"
    "Wir bitten um Bestätigung des Eingangs.\nMit freundlichen Grüßen\nDr. Vogel",
    "sachstand": LAWYER + "An die Geschäftsstelle der Härtefallkommission NRW\nDortmund, 18.09.2025\n"
    "Härtefallverfahren Amira Haddad\nSehr geehrte Damen und Herren,\n"
    "am 02.06.2025 haben wir für unsere Mandantin einen Antrag an die Härtefallkommission gestellt. Wir bitten\n"
    "um Mitteilung des Sachstands.\nMit freundlichen Grüßen\nDr. Vogel",
    "office_acknowledgement": "Geschäftsstelle der Härtefallkommission\nFrau\nAmira Haddad\n"
    "Lindenstraße 12\n44135 Dortmund\nDüsseldorf, 10.06.2025\nIhr Antrag an die Härtefallkommission vom 02.06.2025\n"
    "Sehr geehrte Frau Haddad,\nIhr Antrag ist am 04.06.2025 bei der Geschäftsstelle eingegangen. Die\n"
    "Härtefallkommission prüft zunächst, ob sie sich mit Ihrem Fall befasst.\nIm Auftrag",
    "deadline": LAWYER + "An die Geschäftsstelle der Härtefallkommission NRW\nDortmund, 10.08.2025\n"
    "Härtefallverfahren Amira Haddad – Ihr Schreiben vom 15.07.2025\nSehr geehrte Damen und Herren,\n"
    "wir beantragen, die Frist zur Nachreichung der Unterlagen bis zum 15.09.2025 zu verlängern.\n"
    "Die Fachärztin ist im Urlaub.\nMit freundlichen Grüßen\nDr. Vogel",
    "withdrawal": "Amira Haddad\nLindenstraße 12, 44135 Dortmund\nAn die Härtefallkommission NRW\n"
    "Dortmund, 12.11.2025\nSehr geehrte Damen und Herren,\nhiermit nehme ich meinen Antrag an die\n"
    "Härtefallkommission vom 02.06.2025 zurück. Ich habe eine Aufenthaltserlaubnis erhalten.\nAmira Haddad",
}


@pytest.mark.parametrize("name", sorted(FOLLOW_UPS))
def test_a_letter_about_an_application_already_made_is_not_the_application(scorer, name):
    assert _best(scorer, FOLLOW_UPS[name]) == "sonstiges"


def test_a_follow_up_holds_the_antrag_even_under_its_subject_line():
    score = RuleScorer().score(FOLLOW_UPS["cover_letter"])
    assert score.title == "antrag"  # the subject line names the Härtefallantrag ...
    assert score.scores["antrag"] <= default_cues().letter_cap  # ... the letter only sends it


# --- school papers for the Ausländerbehörde ---------------------------------------------------------


def test_a_schools_letter_to_the_auslaenderbehoerde_is_a_school_paper(scorer):
    text = (
        "Heinrich-Heine-Gesamtschule Dortmund\nDie Schulleitung\nAn die Ausländerbehörde der Stadt Dortmund\n"
        "Dortmund, 20.03.2025\nSchulbesuch von Omar Haddad, geb. 20.11.2009\nSehr geehrte Damen und Herren,\n"
        "Omar Haddad besucht seit dem 01.08.2020 unsere Schule, derzeit die Jahrgangsstufe 10. Er wird im Sommer\n"
        "den mittleren Schulabschluss erwerben. Seine Leistungen sind gut.\nMit freundlichen Grüßen\nSchulleiterin"
    )
    assert _best(scorer, text) == "schulnachweis"


# --- controls: what the rules must still recognise --------------------------------------------------

CONTROLS = {
    "antrag_subject_wraps_23a": (
        "antrag",
        LAWYER
        + "Härtefallkommission des Landes Nordrhein-Westfalen\n40190 Düsseldorf\nDortmund, 02.06.2025\n"
        "Antrag auf Erteilung einer Aufenthaltserlaubnis\nnach § 23a AufenthG für Frau Amira Haddad\n"
        "Sehr geehrte Damen und Herren,\nnamens und in Vollmacht unserer Mandantin beantragen wir, ein\n"
        "Härtefallersuchen an das Ministerium zu richten. Gegen die Ordnungsverfügung legte sie Widerspruch\n"
        "ein; den Eilantrag lehnte das Verwaltungsgericht ab.\nBegründung:\nFrau Haddad lebt seit 2015 hier.",
    ),
    "antrag_din_letterhead_asks_to_confirm_receipt": (
        "antrag",
        "Rechtsanwalt Michael Stein · Königsallee 14 · 40212 Düsseldorf\n"
        "Geschäftsstelle der Härtefallkommission NRW\n40190 Düsseldorf\n"
        "Ihr Zeichen        Ihre Nachricht vom        Unser Zeichen        Datum\n"
        "                                             ST-331/25            02.06.2025\n"
        "Härtefallantrag für Herrn Karim Haddad, geb. 12.01.1985\nSehr geehrte Damen und Herren,\n"
        "namens und in Vollmacht meines Mandanten beantrage ich, dass sich die Härtefallkommission mit seinem\n"
        "Fall befasst. Die Begründung folgt auf den nächsten Seiten.\n"
        "Bitte bestätigen Sie den Eingang dieses Antrags.\nMit freundlichen Grüßen\nStein, Rechtsanwalt",
    ),
    "antrag_repeated_after_an_earlier_one": (
        "antrag",
        "Amira Haddad\nLindenstraße 12, 44135 Dortmund\nAn die Härtefallkommission NRW\nDortmund, 02.06.2025\n"
        "Erneuter Härtefallantrag\nSehr geehrte Damen und Herren,\nich habe im Jahr 2019 schon einmal einen\n"
        "Härtefallantrag gestellt, der nicht angenommen wurde. Seitdem arbeite ich in Vollzeit. Ich bitte Sie,\n"
        "sich erneut mit meinem Fall zu befassen. Die Frist zur Ausreise wurde nicht verlängert.",
    ),
    "antrag_english": (
        "antrag",
        "Daniel Okafor\nHafenstraße 8, 47119 Duisburg\nTo the Hardship Commission of North Rhine-Westphalia\n"
        "Dear members of the commission,\nI am writing to ask you to consider my case. I came to Germany in 2016.\n"
        "Since 2019 I have worked as a cleaner. Please help me to get a residence permit.\nYours sincerely",
    ),
    "bamf_dublin": (
        "bamf_bescheid",
        "Bundesamt für Migration und Flüchtlinge\nAußenstelle Dortmund\nGesch.-Z.: 8123456-475\nBESCHEID\n"
        "In dem Asylverfahren des Karim Haddad\nergeht folgende Entscheidung:\n"
        "1. Der Asylantrag wird als unzulässig abgelehnt.\n"
        "2. Abschiebungsverbote nach § 60 Absatz 5 und 7 Satz 1 des Aufenthaltsgesetzes liegen nicht vor.\n"
        "3. Die Abschiebung nach Ungarn wird angeordnet.\nBegründung:\nDer Antragsteller reiste 2015 ein.",
    ),
    "bamf_last_page": (
        "bamf_bescheid",
        "Gesch.-Z.: 8123456-475                                        Seite 9 von 9\n"
        "Die Entscheidung beruht auf § 31 AsylG.\nRechtsbehelfsbelehrung:\n"
        "Gegen diesen Bescheid kann innerhalb von zwei Wochen nach Zustellung\n"
        "Klage bei dem Verwaltungsgericht Gelsenkirchen erhoben werden. Die\n"
        "Klage muss den Kläger, die Beklagte und den Gegenstand des Klagebegehrens bezeichnen.\n"
        "Im Auftrag\nNeumann\nEinzelentscheiderin",
    ),
    "abh_hearing_on_a_request": (
        "auslaenderbehoerde",
        "Kreis Unna – Der Landrat\nAusländerbehörde\nFrau Amira Haddad\nLindenstraße 12, 44135 Dortmund\n"
        "Unna, 20.04.2025\nAnhörung gemäß § 28 VwVfG NRW\n"
        "Ihr Antrag auf Erteilung einer Aufenthaltserlaubnis nach § 25b AufenthG vom 02.03.2025\n"
        "Sehr geehrte Frau Haddad,\nich beabsichtige, Ihren Antrag abzulehnen, da die Passpflicht nicht erfüllt\n"
        "ist. Sie erhalten Gelegenheit, sich zu äußern.\nIm Auftrag",
    ),
}


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_true_applications_decisions_and_authority_letters_keep_their_class(scorer, name):
    cls, text = CONTROLS[name]
    assert _best(scorer, text) == cls


def test_subject_lines_are_above_the_salutation_or_the_first_unwrapped_lines():
    letter = "Kanzlei X\nStadt Dortmund\nhier: Widerspruch gegen den Bescheid\nSehr geehrte Damen und Herren,\nKlage"
    assert _subject_lines(letter, 12)[-1] == "widerspruch gegen den bescheid"
    assert "klage" not in _subject_lines(letter, 12)
    # a line that continues a wrapped sentence is no subject, even near the top of a page
    wrapped = (
        "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb von zwei Wochen nach der\nKlage erhoben"
    )
    assert _subject_lines(wrapped, 12) == (_subject_lines(wrapped, 12)[0],)
