"""Classify building blocks: text normalisation, dates, persons, page numbers, file numbers, triggers."""

from __future__ import annotations

import pytest

from hfk.classify.dates import issue_date, parse_date
from hfk.classify.fields import (
    authority,
    begruendung_topics,
    file_number,
    find_triggers,
    language,
    page_numbering,
    representative,
)
from hfk.classify.normalize import clean, fold, sentences
from hfk.classify.pages import load_cues
from hfk.classify.persons import extract_persons, nationality


def test_fold_accepts_all_umlaut_spellings_and_repairs_noise() -> None:
    forms = ["Flüchtlinge", "Fluechtlinge", "Fluchtlinge", "Fl√ºchtlinge", "FlÃ¼chtlinge", "FLÜCHTLINGE"]
    assert {fold(f) for f in forms} == {"fluchtlinge"}
    assert fold("Flücht-\nlinge") == "fluchtlinge"
    assert fold("Sprach- und\nIntegrationskurs") == "sprach- und integrationskurs"
    assert fold("\ufb01nden  \n Straße") == "finden strasse"
    assert clean("a\u00a0b\u2013c") == "a b-c"


def test_sentences_keep_dates_and_abbreviations_together() -> None:
    got = sentences(
        "Herr Karimi, geb. 03.04.1988 in Kabul, kam am 14. März 2015. Dr. med. Brandt behandelt ihn."
    )
    assert got == [
        "Herr Karimi, geb. 03.04.1988 in Kabul, kam am 14. März 2015.",
        "Dr. med. Brandt behandelt ihn.",
    ]


@pytest.mark.parametrize(
    "text,iso",
    [
        ("14.03.2025", "2025-03-14"),
        ("14.03.25", "2025-03-14"),
        ("14. März 2025", "2025-03-14"),
        ("14. Maerz 2025", "2025-03-14"),
        ("14. Marz 2025", "2025-03-14"),
        ("14.März 2025", "2025-03-14"),
        ("2025-03-14", "2025-03-14"),
        ("1.2.2024", "2024-02-01"),
        ("31.02.2024", None),
        ("Seite 1 von 4", None),
    ],
)
def test_parse_date_formats(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_issue_date_prefers_date_lines_and_rejects_other_dates() -> None:
    letter = """Herrn Ahmad Karimi, geb. 03.04.1988
Ihr Schreiben vom 02.01.2025

Düsseldorf, den 14.03.2025

Sehr geehrter Herr Karimi,
zum Bescheid vom 02.11.2016 teilen wir mit, dass Ihre Duldung gültig bis 30.06.2025 ist.
Bitte reichen Sie die Unterlagen spätestens 15.04.2025 ein, Frist bis zum 30.04.2025.
"""
    assert issue_date(letter) == "2025-03-14"
    assert issue_date("Datum: 7. Januar 2025\nBescheid vom 02.11.2016") == "2025-01-07"
    assert issue_date("geboren am 03.04.1988, Frist bis zum 01.05.2025") is None
    assert issue_date("") is None


def test_persons_from_labelled_form_with_table_rows() -> None:
    form = """Angaben zu den Personen
Name: Berisha   Vorname: Arben
Geburtsdatum: 05.06.1979   Geburtsort: Prizren
Staatsangehörigkeit: kosovarisch
Anschrift: Lindenallee 7a, 41061 Mönchengladbach

Name: Berisha   Vorname: Drita
Geburtsdatum: 11.11.2012   Geburtsort: Mönchengladbach
Staatsangehörigkeit: kosovarisch
"""
    people = extract_persons(form)
    assert [
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit, p.adresse) for p in people
    ] == [
        ("Berisha", "Arben", "1979-06-05", "Prizren", "kosovarisch", "Lindenallee 7a, 41061 Mönchengladbach"),
        (
            "Berisha",
            "Drita",
            "2012-11-11",
            "Mönchengladbach",
            "kosovarisch",
            "Lindenallee 7a, 41061 Mönchengladbach",
        ),
    ]


def test_persons_inline_sentence_and_missing_fields_stay_empty() -> None:
    text = (
        "Hiermit beantrage ich für Herrn Ahmad Karimi, geb. 03.04.1988 in Kabul, afghanische Staatsangehörigkeit, "
        "wohnhaft Musterstraße 5, 44135 Dortmund, sowie für seine Ehefrau Mariam Karimi, geboren am 21.09.1990 in "
        "Herat, die Feststellung eines Härtefalls. Der Sohn Omid Karimi, geb. 01.01.2019, lebt ebenfalls bei ihnen."
    )
    people = extract_persons(text)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in people] == [
        ("Karimi", "Ahmad", "1988-04-03", "Kabul"),
        ("Karimi", "Mariam", "1990-09-21", "Herat"),
        ("Karimi", "Omid", "2019-01-01", ""),
    ]
    assert people[0].staatsangehoerigkeit == "afghanisch"
    assert people[1].staatsangehoerigkeit == ""  # not stated for her: stays empty, never guessed
    assert people[2].adresse == "Musterstraße 5, 44135 Dortmund"  # the family's shared address


def test_nationality_canonical_forms() -> None:
    assert nationality("afghanischer Staatsangehöriger") == "afghanisch"
    assert nationality("Staatsangehörigkeit: Syrien") == "syrisch"
    assert nationality("tuerkische") == "türkisch"
    assert nationality("Nigerian citizen") == "nigerianisch"
    assert nationality("deutschsprachig") == ""
    # countries of origin added in session 14; "Benin City" is a Nigerian city, not Benin
    assert nationality("Taschkent, usbekische Staatsangehörige") == "usbekisch"
    assert nationality("geboren in Südsudan") == "südsudanesisch"
    assert nationality("Sudan") == "sudanesisch"
    assert nationality("weißrussischer Staatsangehöriger") == "belarussisch"
    assert nationality("Benin City, nigerianisch") == "nigerianisch"


def test_page_numbering_and_file_numbers() -> None:
    assert page_numbering("Gesch.-Z.: 1234567-163\nSeite 2 von 4") == (2, 4)
    assert page_numbering("Seite 3/5") == (3, 5)
    assert page_numbering("Seile 2 vou 4\nText der Seite") == (2, 4)  # garbled by OCR, in the header
    assert page_numbering("Seite 5 von 4") is None
    assert page_numbering("keine Nummer") is None
    assert file_number("Gesch.-Z.: 1234567 - 163") == "1234567-163"
    assert file_number("Az.: 5a K 4711/16.A") == "5a K 4711/16.A"
    assert file_number("Telefon 0231 50-12345") is None


def test_language_by_stopwords() -> None:
    assert (
        language(
            "Hiermit beantrage ich die Feststellung, dass ein Härtefall vorliegt und die Familie bleiben darf."
        )
        == "de"
    )
    assert (
        language("I hereby apply for a residence permit because my family and I have lived here since 2017.")
        == "en"
    )
    assert language("") is None


def test_authority_names_and_nrw_lists() -> None:
    assert authority("Kreis Borken\nDer Landrat\nFachbereich Ausländerangelegenheiten").name == "Kreis Borken"
    found = authority("Die Ausländerbehörde der Stadt Köln hat die Duldung verlängert.")
    assert found.name == "Stadt Köln" and found.outside_nrw is False
    outside = authority("Die Ausländerbehörde der Stadt Hamburg teilte mit ...")
    assert outside.name == "Stadt Hamburg" and outside.outside_nrw is True
    unknown = authority("Ausländerbehörde der Stadt Kleinhausen")
    assert unknown.outside_nrw is None  # not clearly outside: no hint
    assert authority("Wir haben keine Behörde genannt.") is None


def test_triggers_and_negations() -> None:
    kinds = dict(find_triggers("Er wurde 2019 wegen Diebstahls zu einer Geldstrafe verurteilt."))
    assert "criminal" in kinds
    for negated in (
        "Herr K. ist nicht vorbestraft.",
        "Es gab keine Straftaten und keine Ermittlungsverfahren.",
        "Straftaten hat er nie begangen.",
    ):
        assert "criminal" not in dict(find_triggers(negated)), negated
    assert "illness" in dict(find_triggers("Er hat keine Arbeit, leidet aber an Depressionen."))
    assert "rueckfuehrungstermin" in dict(
        find_triggers("Der Flug nach Kabul ist für den 03.06.2025 gebucht.")
    )
    assert "einreiseverbot" in dict(
        find_triggers("Es besteht ein Einreise- und Aufenthaltsverbot nach § 11 AufenthG.")
    )
    assert find_triggers("Die Familie lebt seit 2015 in Dortmund.") == []


def test_representative_kinds() -> None:
    lawyer = "Kanzlei Nord\nRechtsanwalt Jan Peters\nWall 3, 42103 Wuppertal\n\nmeine Mandantin beantragt ..."
    rep = representative(lawyer)
    assert (
        rep.kind == "anwalt"
        and rep.name == "Rechtsanwalt Jan Peters"
        and rep.adresse == "Wall 3, 42103 Wuppertal"
    )
    assert "Mandantin" in rep.evidence
    assert representative("Ich beantrage für mich selbst die Feststellung eines Härtefalls.") is None


def test_begruendung_topics_missing_topic_is_absent() -> None:
    topics = begruendung_topics("Ich bin in Herat geboren. Meine Kinder gehen hier zur Schule.")
    assert "lebensgeschichte" in topics and "familie" in topics and "integration" in topics
    assert "humanitaere_gruende" not in topics and "aufenthaltssituation" not in topics


def test_cues_file_rejects_unknown_class(tmp_path) -> None:
    bad = tmp_path / "cues.toml"
    bad.write_text('[classes.quittung]\ncues = [{ p = "Quittung", w = 1 }]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unbekannte Dokumentklasse"):
        load_cues(bad)


@pytest.mark.parametrize(
    "text,iso",
    [
        # the label earlier on the line, or on the line above (table cells stacked by a text layer)
        ("Bundesamt\nOrt, Datum: Bochum, 14.03.2025\nEr reiste am 01.02.2016 ein.", "2025-03-14"),
        ("Bundesamt\nOrt, Datum:\nBochum, 14.03.2025\nKarimi, geb. am 03.04.1988", "2025-03-14"),
        # the document's own title with "vom"; a reference in a wrapped sentence is not one
        ("Gesch.-Z.: 1234567-163\nBescheid vom 14. März 2025\nAntrag gestellt am 12.03.2016.", "2025-03-14"),
        ("Er wurde mit\nBescheid vom 02.11.2016 abgelehnt.\nDr. Brandt\n14.03.2025", "2025-03-14"),
        # OCR: letters for digits, "rn" for "m", spaces, a received stamp
        ("Praxis\nNürnberg, den l4.O3.2025\nBescheid\nAntrag vom 12.03.2016", "2025-03-14"),
        ("Dezernat\nBochum, 14. Dezernber 2024\nBescheid", "2024-12-14"),
        ("Bundesamt\nEingang: 20. März 2025\nNürnberg, 14. Marz 2025\nBescheid", "2025-03-14"),
        ("Bundesamt\nBochum, 14 . 03 . 2025\nBescheid", "2025-03-14"),
        # a birth date without label is far older than the letter's other dates
        ("Patient: Ahmad Karimi, 03.04.1998\nDiagnose F43.1\nDate: 02/05/2024", "2024-05-02"),
        ("Aufnahme am 01.04.2024, Entlassung am 20.04.2024\nDortmund, den 02. Mai 2024", "2024-05-02"),
    ],
)
def test_issue_date_layouts_and_ocr_variants(text: str, iso: str) -> None:
    assert issue_date(text) == iso


def test_persons_without_birth_date_diacritics_and_english_nationality() -> None:
    prose = (
        "für Herrn Ahmad Karimi in Kabul, afghanischer Staatsangehöriger; Frau Mariam Karimi, geboren am "
        "21.09.1990 in Herat, afghanische Staatsangehörige, alle wohnhaft Lindenweg 12, 44135 Dortmund."
    )
    people = {
        (p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) for p in extract_persons(prose)
    }
    assert people == {("Ahmad", "", "Kabul", "afghanisch"), ("Mariam", "1990-09-21", "Herat", "afghanisch")}

    # OCR lost the diacritics and read digits as letters; "ć" came out as "c¢"
    ocr = (
        "1. Celik, Ayse, geb. am 14.O3.1985, in Sirnak, Staatsangehörigkeit: türkisch\n"
        "2. Ramic¢, Jelena, geb. am 12.11.1969, in Leskovac, Staatsangehörigkeit: serbisch\n"
        "wohnhaft: Muhlenweg 22, 48159 Munster"
    )
    got = [(p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.adresse) for p in extract_persons(ocr)]
    assert got == [
        ("Çelik", "Ayşe", "1985-03-14", "Şırnak", "Mühlenweg 22, 48159 Münster"),
        ("Ramić", "Jelena", "1969-11-12", "Leskovac", "Mühlenweg 22, 48159 Münster"),
    ]
    # a name that is usually written without marks stays as written
    assert extract_persons("1. Hassan, Gulistan, geb. am 29.01.2010, in Erbil")[0].vorname == "Gulistan"

    english = (
        "Dear Sir or Madam, I hereby apply for myself and my family. We have been living in Germany since 2019.\n"
        "Name First name Date of birth Place of birth Nationality\n"
        "Tsiklauri Zurab 23.06.2000 Rustawi Georgian\n"
        "Address: Mühlenweg 8, 33098 Paderborn\nMy story: I was born in Rustawi and came to Germany with my wife."
    )
    assert [p.staatsangehoerigkeit for p in extract_persons(english)] == ["Georgian"]


def test_persons_table_with_wrapped_header_and_row() -> None:
    text = (
        "hiermit zeigen wir an, dass wir Fatima Lukic vertreten.\n"
        "Name Vorname Geburtsdatum Geburtsort\nStaatsangehörigkeit\n"
        "Lukic Fatima 11.11.1993 Vranje\nserbisch\n"
        "Anschrift aller Personen: Am Hang 66, 28195 Bremen\nBegründung:"
    )
    (p,) = extract_persons(text)
    assert (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) == (
        "Lukić",
        "Fatima",
        "1993-11-11",
        "Vranje",
        "serbisch",
    )


def test_authority_from_labels_dashes_and_postcodes() -> None:
    found = authority("Ausstellende Behörde: Stadt Kassel - Ausländerbehörde\nDatum: 28.05.2024")
    assert found.name == "Stadt Kassel" and found.outside_nrw is True
    assert authority("Die zuständige Ausländerbehörde\nDatum: 01.02.2025") is None
    assert authority(
        "Zuständig ist die Ausländerbehörde Landeshauptstadt Düsseldorf - Amt für Migration."
    ).name == ("Stadt Düsseldorf")
    assert authority("Zuständig ist die Ausländerbehörde Migrationsamt Bremen.").outside_nrw is True
    # a place in no list: the postcode of the letterhead decides
    assert (
        authority("Ausländerbehörde der Stadt Kleinhausen\nMarktplatz 3\n99423 Kleinhausen").outside_nrw
        is True
    )
    assert authority("Ausländerbehörde der Stadt Kleinhausen\n44135 Kleinhausen").outside_nrw is False


# ---------------------------------------------------------------- session 2: realistic variants

_TENOR = (
    "ergeht folgende Entscheidung:\n1. Die Flüchtlingseigenschaft wird nicht zuerkannt.\n"
    "2. Der Antragsteller wird aufgefordert, die Bundesrepublik Deutschland innerhalb von 30 Tagen nach\n"
    "Bekanntgabe dieser Entscheidung zu verlassen.\nBegründung:\nDer Antragsteller reiste am 14.09.2015 ein und "
    "stellte am 02.11.2015 einen Asylantrag (vgl. BVerwG, Urteil vom 20.02.2013 - 10 C 23.12 -).\n"
    "Rechtsbehelfsbelehrung\nGegen diesen Bescheid kann innerhalb von zwei Wochen nach Zustellung Klage "
    "erhoben werden.\n"
)


@pytest.mark.parametrize(
    "head, tail",
    [
        ("Herrn\nAhmad Karimi           Ort: Bielefeld\nLindenweg 12           Datum: 12.03.2024\n", ""),
        ("Ort:\nDatum:\nGesch.-Z.:\nBielefeld\n12.03.2024\n7654321-423\n", ""),
        ("Gesch.-Z.: 7654321-423\n", "Bielefeld, den 12.03.2024\nIm Auftrag\nMüller\nEinzelentscheider/in\n"),
        ("Datum: 1 2.O3.2024\nGesch.-Z.: 7654321-423\n", ""),  # OCR splits the day, reads O for 0
        ("Datum: 12.03.24\n", ""),
        ("Ort, Datum\nBochum\n12.03.2024\n", "Im Auftrag\nWeber\n"),
    ],
)
def test_bamf_decision_date_of_issue_in_letterhead_or_signature(head: str, tail: str) -> None:
    text = (
        "Bundesamt für Migration und Flüchtlinge\n" + head + "BESCHEID\nIn dem Asylverfahren des\n"
        "Karimi, Ahmad, geb. 01.01.1990 in Herat\n" + _TENOR + tail
    )
    assert issue_date(text) == "2024-03-12"


def test_authorities_outside_nrw_by_kind_letterhead_and_postcode() -> None:
    outside = [
        "Die zuständige Ausländerbehörde: Landkreis Harburg, Schloßplatz 6, 21423 Winsen (Luhe).",
        "Kreisverwaltung Mainz-Bingen\nAusländerbehörde\nGeorg-Rückert-Straße 11\n55218 Ingelheim am Rhein",
        "Landratsamt Rosenheim\nAusländerwesen\nWittelsbacherstraße 53\n83022 Rosenheim",
        "Landesamt für Einwanderung Berlin\nFriedrich-Krause-Ufer 24\n13353 Berlin",
        "Kreis Pinneberg\nDer Landrat\nFachdienst Ausländerangelegenheiten\nKurt-Wagener-Straße 11\n25337 Elmshorn",
        "Ausländerbehörde des Rhein-Neckar-Kreises, Kurfürsten-Anlage 38-40, 69115 Heidelberg",
        "zuständige Ausländerbehörde: Stadt Gießen, Berliner Platz 1, 35390 Gießen",
    ]
    for text in outside:
        found = authority(text)
        assert found is not None and found.outside_nrw is True, text
    assert authority("Landratsamt Rosenheim\nAusländerwesen").name == "Landratsamt Rosenheim"
    inside = [
        "Die zuständige Ausländerbehörde ist der Kreis Borken.",
        "Kreisverwaltung Mettmann\nAusländerbehörde\nDüsseldorfer Straße 26\n40822 Mettmann",
        "Ausländerbehörde des Rhein-Sieg-Kreises, Kaiser-Wilhelm-Platz 1, 53721 Siegburg",
        "Stadt Köln – Ausländeramt\nDillenburger Straße 56-66\n51105 Köln",
    ]
    for text in inside:
        found = authority(text)
        assert found is None or found.outside_nrw is not True, text


@pytest.mark.parametrize(
    "text, fixed",
    [
        ("Die Abschiebung soll am 05.05.2025 erfolgen.", True),
        ("Ihm wurde mitgeteilt, dass der Flug am 22.04.2025 ab Düsseldorf gehen soll.", True),
        ("Die Familie soll mit einem Sammelcharter am 12.03.2025 nach Belgrad abgeschoben werden.", True),
        ("Der Termin für die Rückführung steht fest: 17.06.2025.", True),
        ("Die Überstellung nach Italien ist für den 02.04.2025 geplant.", True),
        ("Es droht die Abschiebung nach Afghanistan.", False),
        ("Er reiste am 14.09.2015 mit dem Flug aus Istanbul ein.", False),
        ("Die Abschiebung wurde am 12.03.2019 angedroht.", False),
        ("Eine Rückführung in den Irak ist derzeit nicht möglich.", False),
        # the standard condition printed on a Duldung (session 14, blind11): no date is set
        ("Erlischt mit Ablauf der Frist oder bei Bekanntgabe des Abschiebungstermins.", False),
        ("Die Duldung erlischt mit der Bekanntgabe des Abschiebetermins.", False),
        ("Der Abschiebungstermin ist der 03.03.2026.", True),
    ],
)
def test_fixed_removal_date_is_recognised(text: str, fixed: bool) -> None:
    assert bool(find_triggers(text, {"rueckfuehrungstermin"})) is fixed


def test_a_report_title_with_a_hyphenated_compound_dates_the_report() -> None:
    """Found from the line shapes of the blind6 first run (medical dates 0.476): "Haus- und Facharztbericht
    vom ...", "Psychiatrisch- psychotherapeutische Stellungnahme vom ..." title the report like "Befundbericht vom"."""
    body = (
        "\n\nPatient: Herr Ahmad Karimi, geb. 01.02.1985\nDiagnosen: F43.1 PTBS\n"
        "Herr Karimi ist seit 2021 in Behandlung. Letzte Vorstellung am 02.03.2025.\n\nDr. med. A. Berg"
    )
    assert issue_date("Haus- und Facharztbericht vom 14. März 2025" + body) == "2025-03-14"
    assert (
        issue_date("Psychiatrisch- psychotherapeutische Stellungnahme vom 9. März 2025" + body)
        == "2025-03-09"
    )
    # a reference inside a sentence stays a reference
    assert (
        issue_date(
            "Attest\nDatum: 20.03.2025\nwie im Haus- und Facharztbericht vom 14. März 2025 beschrieben" + body
        )
        == "2025-03-20"
    )


def test_the_date_of_a_decisions_copy_is_its_date_of_issue() -> None:
    """ "Ausfertigung vom ..." / "ausgefertigt am ..." dates the decision, not the dates its reasons quote."""
    body = (
        "\nBESCHEID\nDer Antrag wird abgelehnt.\nZur Begründung: Die Antragstellerin reiste am 02.03.2019 ein "
        "und stellte am 15.03.2019 einen Asylantrag.\n"
    )
    assert (
        issue_date("Bundesamt für Migration und Flüchtlinge\nAusfertigung vom 04.11.2019" + body)
        == "2019-11-04"
    )
    assert (
        issue_date("Bundesamt für Migration und Flüchtlinge\nausgefertigt am: 4. November 2019" + body)
        == "2019-11-04"
    )
