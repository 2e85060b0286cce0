"""Hint cues of the classifier on paraphrases, OCR damage and English: triggers, the Ausländerbehörde,
the application's language, residence named outside the application, the representative."""

from __future__ import annotations

import pytest

from hfk.classify.fields import (
    authority,
    find_triggers,
    language,
    representative,
    residence_mentions,
)
from hfk.classify.postcodes import place_outside_nrw


def kinds(text: str, kind: str) -> bool:
    return any(k == kind for k, _ in find_triggers(text, {kind}))


@pytest.mark.parametrize(
    "kind, text",
    [
        ("rueckfuehrungstermin", "Für Herrn K. ist ein Abschiebeflug nach Belgrad am 22.04.2025 gebucht."),
        ("rueckfuehrungstermin", "Ein Termin für die Abschiebung steht bereits fest: 12.03.2025."),
        (
            "rueckfuehrungstermin",
            "Die Familie soll am 02.10.2025 mit einem Sammelcharter abgeschoben werden.",
        ),
        ("rueckfuehrungstermin", "Die Ab- schiebung wurde auf den 18.11.2024 festgesetzt."),
        ("rueckfuehrungstermin", "Sie werden am 07.08.2025 abgeschoben; bitte halten Sie sich bereit."),
        ("rueckfuehrungstermin", "Die Abschiebung wird am 05.05.2025 durchgeführt."),
        ("rueckfuehrungstermin", "Die Rueckfuehrung ist fuer den 05.05.2025 vorgesehen."),
        ("rueckfuehrungstermin", "The deportation is scheduled for 14 May 2025."),
        ("rueckfuehrungstermin", "A deportation date has already been set for 12.03.2025."),
        ("einreiseverbot", "Nach der Abschiebung 2019 gilt eine Wiedereinreisesperre."),
        ("einreiseverbot", "Er ist trotz einer Einreisesperre wieder eingereist."),
        ("einreiseverbot", "Einreise- und Aufent- haltsverbot besteht bis 2026."),
        (
            "einreiseverbot",
            "Das Einreise-und Aufenthaltsverbot nach § 11 Abs. 1 AufenthG ist nicht abgelaufen.",
        ),
        ("einreiseverbot", "He is subject to an entry ban under section 11 of the Residence Act."),
        ("einreiseverbot", "There is an entry and residence ban against me until 2026."),
        ("aufenthaltsgestattung", "Über den Asylfolgeantrag hat das Bundesamt noch nicht entschieden."),
        ("aufenthaltsgestattung", "Das Asylverfahren ist derzeit noch anhängig."),
        ("aufenthaltsgestattung", "Ueber den Asylantrag wurde bisher nicht entschieden."),
        ("aufenthaltsgestattung", "Er besitzt eine Aufenthaltsgestaltung nach § 55 AsyIG."),
        ("aufenthaltsgestattung", "My asylum procedure is still pending."),
        (
            "abschiebungsanordnung_58a",
            "Gegen ihn wurde eine Abschiebungsanordnung nach $ 58a AufenthG erlassen.",
        ),
        (
            "abschiebungsanordnung_58a",
            "A deportation order under section 58a of the Residence Act was issued.",
        ),
        ("ausbildungs_beschaeftigungsduldung", "Ihm wurde eine Duldung zum Zweck der Ausbildung erteilt."),
        ("ausbildungs_beschaeftigungsduldung", "Er hat eine Duldung für die Dauer der Berufsausbildung."),
        ("ausbildungs_beschaeftigungsduldung", "Er bittet um Erteilung einer Ausbildungs- duldung."),
        (
            "ausbildungs_beschaeftigungsduldung",
            "A toleration for vocational training under section 60c was refused.",
        ),
        ("rueckfuehrungstermin", "Die Ausländerbehörde kündigte die Abschiebung für den 21.05.2025 an."),
        ("rueckfuehrungstermin", "Die Abschiebung ist für Mittwoch, den 11.06.2025, geplant."),
        ("rueckfuehrungstermin", "They told us that we will be deported on 2 July 2025."),
        ("aufenthaltsgestattung", "Über seinen Asylantrag ist bis heute nicht entschieden worden."),
        ("aufenthaltsgestattung", "My asylum application has not been decided yet."),
    ],
)
def test_hint_cues_in_paraphrases(kind: str, text: str) -> None:
    assert kinds(text, kind), text


@pytest.mark.parametrize(
    "kind, text",
    [
        ("rueckfuehrungstermin", "Ein Abschiebungstermin steht noch nicht fest."),
        ("rueckfuehrungstermin", "Es ist kein Rückführungstermin bekannt."),
        (
            "rueckfuehrungstermin",
            "Ich wurde im Jahr 2019 abgeschoben und bin am 12.03.2021 erneut eingereist.",
        ),
        ("rueckfuehrungstermin", "Sie sind aufgefordert, das Bundesgebiet bis zum 06.10.2024 zu verlassen."),
        ("rueckfuehrungstermin", "Die Abschiebung erfolgte am 03.04.2019 nach Tirana."),
        ("rueckfuehrungstermin", "No deportation date has been set yet."),
        ("einreiseverbot", "Ein Einreiseverbot besteht nicht."),
        ("einreiseverbot", "Es besteht kein Einreise- und Aufenthaltsverbot."),
        # the Tenor of every BAMF rejection: boilerplate, not a ban in force
        (
            "einreiseverbot",
            "6. Das Einreise- und Aufenthaltsverbot wird gemäß § 11 Absatz 1 des Aufenthaltsgesetzes angeordnet "
            "und auf 30 Monate ab dem Tag der Abschiebung befristet.",
        ),
        ("aufenthaltsgestattung", "Seine Aufenthaltsgestattung ist seit 2019 erloschen."),
        ("aufenthaltsgestattung", "Das Asylverfahren ist seit 2019 rechtskräftig abgeschlossen."),
        ("abschiebungsanordnung_58a", "Nach § 58 Abs. 1 AufenthG ist der Ausländer abzuschieben."),
        ("ausbildungs_beschaeftigungsduldung", "Er besitzt eine Duldung nach § 60a AufenthG."),
        ("court", "Klage beim Verwaltungsgericht erhoben werden."),
        ("einreiseverbot", "Das Einreise- und Aufenthaltsverbot wurde auf Antrag aufgehoben."),
        ("rueckfuehrungstermin", "Ein Termin zur Vorsprache bei der Ausländerbehörde ist am 14.04.2025."),
    ],
)
def test_no_hint_cue_in_negations_boilerplate_and_past(kind: str, text: str) -> None:
    assert not kinds(text, kind), text


def test_tenor_ban_still_counts_when_the_person_came_back_despite_it() -> None:
    text = (
        "Er reiste trotz des Einreise- und Aufenthaltsverbots, das auf 30 Monate befristet wird, erneut ein."
    )
    assert kinds(text, "einreiseverbot")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Zuständig ist die Ausländerbehörde\nMigrationsamt Bremen.\n\nIm Herkunftsland",
            "Ausländerbehörde Bremen",
        ),
        ("Migrationsamt Bremen\nDer Landrat\nEithendorfweg 14", "Ausländerbehörde Bremen"),
        ("Ausländeramt Erfurt\nJuri-Gagarin-Ring 150", "Ausländerbehörde Erfurt"),
        ("The foreigners' authority in Kassel refused the permit.", "Ausländerbehörde Kassel"),
        ("The immigration office of the city of Leipzig issued a Duldung.", "Stadt Leipzig"),
        ("Kreisverwaltung Mainz-Bingen\nAusländerbehörde", "Kreis Mainz-Bingen"),
        ("Kreis Pinneberg - Ausländerbehörde", "Kreis Pinneberg"),
        ("Zuständig ist der Kreis Segeberg – Ausländerbehörde.", "Kreis Segeberg"),
    ],
)
def test_authority_outside_nrw_in_new_forms(text: str, name: str) -> None:
    found = authority(text)
    assert found is not None and found.name == name and found.outside_nrw is True, found


def test_place_table_keeps_nrw_names_inside() -> None:
    assert place_outside_nrw("Kassel") is True
    assert place_outside_nrw("Mainz-Bingen") is True
    assert place_outside_nrw("Bielefeld") is False
    assert place_outside_nrw("Bad Sonstwo") is None


def test_language_of_english_letter_inside_german_form() -> None:
    text = (
        "An die Geschäftsstelle der Härtefallkommission des Landes Nordrhein-Westfalen\n"
        "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration\n"
        "Härtefallantrag gemäß § 23a AufenthG\n"
        "Name: Karimi Vorname: Ahmad Geburtsdatum: 01.01.1990 Geburtsort: Kabul "
        "Staatsangehörigkeit: afghanisch Anschrift: Hauptstraße 5, 44135 Dortmund\n"
        "Name: Karimi Vorname: Sara Geburtsdatum: 02.02.1992 Geburtsort: Kabul "
        "Staatsangehörigkeit: afghanisch Anschrift: Hauptstraße 5, 44135 Dortmund\n"
        "Dear Sir or Madam,\nI ask the commission to look at my case. I came to Germany in 2015 and I have "
        "a Duldung. I work at a restaurant and my children go to school. Going back is not possible for us.\n"
        "Kind regards\nAhmad Karimi"
    )
    assert language(text) == "en"


def test_language_survives_ocr_digits_and_short_forms() -> None:
    ocr = (
        "Dear commission, 1 am writ1ng to apply for my fam1ly. We 1ive in Essen since 2017. 0ur son is sick."
    )
    assert language(ocr) == "en"
    form = (
        "Härtefallantrag\nName: Karimi\nVorname: Ahmad\nGeburtsdatum: 01.01.1990\nGeburtsort: Kabul\n"
        "Staatsangehörigkeit: afghanisch\nAnschrift: Hauptstr. 5, 44135 Dortmund"
    )
    assert language(form) == "de"
    assert language("Я прошу комиссию рассмотреть мое дело, я живу в Германии с 2015 года.") == "ru"


def test_residence_mentions_in_decisions_and_permits() -> None:
    bamf = "In dem Asylverfahren des Rezai, Kaveh, geb. am 24.12.1971, wohnhaft Kölner Straße 83, 34117 Kassel, ergeht"
    assert residence_mentions(bamf) == ["Kölner Straße 83, 34117 Kassel"]
    assert residence_mentions(
        "Nebenbestimmungen: keine.\nWohnsitzauflage: Kassel\nBehörde: Stadt Kassel"
    ) == ["Kassel"]
    vollmacht = "bevollmächtige ich, F. Ahmadi, wohnhaft Street 25, 10000 Mazar-e Sharif (Afghanistan), den"
    assert residence_mentions(vollmacht) == ["Street 25, 10000 Mazar-e Sharif (Afghanistan)"]
    assert residence_mentions("Die Familie lebt seit 2015 in Dortmund.") == []


def test_volunteering_at_a_charity_is_no_representation() -> None:
    letter = (
        "Sehr geehrte Damen und Herren,\nhiermit beantrage ich, dass sich die Härtefallkommission mit meinem Fall "
        "befasst. Ich arbeite als Koch.\nAußerdem engagiere ich mich ehrenamtlich im Deutschen Roten Kreuz "
        "Ortsverein Essen.\nMit freundlichen Grüßen\nChinedu Nwosu"
    )
    assert representative(letter) is None
    english = "Dear Sir or Madam,\nI apply for my family.\nI volunteer at the Deutsches Rotes Kreuz.\nKind regards\nA. B."
    assert representative(english) is None


def test_writing_in_someones_name_with_ocr_damage_is_representation() -> None:
    letter = (
        "Sehr geehrte Damen und Herren,\nich schreibe iin Namen meines Cousins Sekou Camara und beantrage in "
        "ihrer Vertretung, dass die Härtefallkommission sich mit dem Fall befasst.\nMit freundlichen Grüßen\n"
        "Ousmane Barry"
    )
    rep = representative(letter)
    assert rep is not None and rep.kind == "privat"


def test_representatives_in_other_words() -> None:
    brother = representative(
        "Sehr geehrte Damen und Herren,\nich, Ahmad Haddad, wende mich als Bruder und Bevollmächtigter von "
        "Karim Haddad an Sie."
    )
    assert brother is not None and brother.kind == "privat"
    lawyer = representative(
        "Dear Sir or Madam,\nI am writing on behalf of my client Mr Karim Haddad, whom I represent as his lawyer."
    )
    assert lawyer is not None and lawyer.kind == "anwalt"
    # the applicant's own letter that mentions giving someone power for the post is no representation
    assert (
        representative(
            "Sehr geehrte Damen und Herren,\nhiermit beantrage ich, Karim Haddad, die Befassung der "
            "Härtefallkommission mit meinem Fall. Ich habe meinen Bruder bevollmächtigt, Post entgegenzunehmen."
        )
        is None
    )


def test_authority_of_a_city_state_and_a_kreisverwaltung_in_running_text() -> None:
    hamburg = authority(
        "Mit Schreiben vom 02.03.2025 hat die Ausländerbehörde der Freien und Hansestadt Hamburg die Abschiebung "
        "angekündigt."
    )
    assert hamburg is not None and hamburg.outside_nrw is True and "Hamburg" in hamburg.name
    mainz = authority("Die Duldung wurde von der Kreisverwaltung Mainz-Bingen, Ausländerbehörde, verlängert.")
    assert mainz is not None and mainz.outside_nrw is True
    duesseldorf = authority(
        "Die Ausländerbehörde der Landeshauptstadt Düsseldorf hat die Duldung verlängert."
    )
    assert duesseldorf is not None and duesseldorf.outside_nrw is False
