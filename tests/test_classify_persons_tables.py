"""Persons from tables (PDF text layer, DOCX, mail, OCR rows), prose and OCR-damaged lists."""

from __future__ import annotations

from hfk.classify.persons import extract_persons

INTRO = "Sehr geehrte Damen und Herren,\nhiermit beantrage ich für meine Familie die Aufnahme.\n"
OUTRO = "Anschrift aller Personen: Lindenweg 7, 44135 Dortmund\nBegründung:\n1. Lebenslauf\nIch bin ..."


def _check_family(persons) -> None:
    assert [(p.name, p.vorname) for p in persons] == [("Rahimi", "Soraya"), ("Rahimi", "Davud")]
    assert [p.geburtsdatum for p in persons] == ["1984-05-02", "2011-10-19"]
    assert [p.geburtsort for p in persons] == ["Herat", "Mashhad"]
    assert all(p.staatsangehoerigkeit == "afghanisch" for p in persons)
    assert all(p.adresse == "Lindenweg 7, 44135 Dortmund" for p in persons)


def test_table_one_cell_per_line_as_a_pdf_text_layer_gives_it() -> None:
    cells = ["Name", "Vorname", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit"]
    cells += ["Rahimi", "Soraya", "02.05.1984", "Herat", "afghanisch"]
    cells += ["Rahimi", "Davud", "19.10.2011", "Mashhad", "afghanisch"]
    _check_family(extract_persons(INTRO + "\n".join(cells) + "\n" + OUTRO))


def test_table_rows_with_pipes_and_with_wide_spaces() -> None:
    rows = [
        "Name | Vorname | Geburtsdatum | Geburtsort | Staatsangehörigkeit",
        "Rahimi | Soraya | 02.05.1984 | Herat | afghanisch",
        "Rahimi | Davud | 19.10.2011 | Mashhad | afghanisch",
    ]
    _check_family(extract_persons(INTRO + "\n".join(rows) + "\n" + OUTRO))
    spaced = "\n\n".join(r.replace(" | ", "  ") for r in rows)
    _check_family(extract_persons(INTRO + spaced + "\n\n" + OUTRO))


def test_table_as_ocr_reads_it_glued_header_and_single_spaces() -> None:
    text = (
        INTRO + "Name Vorname Geburtsdatunéeburtsort Staatsangehörigkeit\n"
        "Rahimi Soraya 02.05.1984 | Herat afghanisch\n"
        "Rahimi Davud 19.10.2011 Mashhad afghanisch\n\n" + OUTRO
    )
    _check_family(extract_persons(text))


def test_english_table_header() -> None:
    text = (
        "Name | First name | Date of birth | Place of birth | Nationality\n"
        "Rahimi | Soraya | 02.05.1984 | Herat | Afghan\n"
        "Rahimi | Davud | 19.10.2011 | Mashhad | Afghan\n"
        "Address: Lindenweg 7, 44135 Dortmund\n"
    )
    _check_family(extract_persons(text))


def test_prose_with_nationality_adjective_and_shared_address() -> None:
    text = (
        "Namens meiner Mandanten beantrage ich die Befassung für Frau Soraya Rahimi, geboren am "
        "02.05.1984 in Herat, afghanische Staatsangehörige; Davud Rahimi, geboren am 19.10.2011 in "
        "Mashhad, afghanischer Staatsangehöriger, alle wohnhaft Lindenweg 7, 44135 Dortmund."
    )
    _check_family(extract_persons(text))


def test_numbered_list_with_place_after_comma_and_ocr_noise() -> None:
    text = (
        INTRO + ". Rahimi, Soraya, geb, am 02.05.1984, in Herat, Staatsangehörigkeit: afghanisch\n"
        "_ 2, Rahimi, Davud, geb. am 19.10. 2011, in Mashhad, Staatsangehorigkeit: afghanisch\n"
        "wohnhaft: Lindenweg 7, 44135 Dortmund\n\nBegründung:\nIch bin ..."
    )
    _check_family(extract_persons(text))


def test_table_row_with_an_omitted_cell_keeps_the_other_fields() -> None:
    rows = [
        "Name | Vorname | Geburtsdatum | Geburtsort | Staatsangehörigkeit",
        "Rahimi | Soraya | 02.05.1984 | Herat | afghanisch",
        "Rahimi | Davud | 19.10.2011 | afghanisch",
    ]
    persons = extract_persons(INTRO + "\n".join(rows) + "\n" + OUTRO)
    assert [(p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Soraya", "1984-05-02", "Herat"),
        ("Davud", "2011-10-19", ""),
    ]
    assert persons[1].staatsangehoerigkeit == "afghanisch"


def test_labelled_form_is_not_taken_for_a_table() -> None:
    text = "Name, Vorname: Rahimi, Soraya\nGeburtsdatum: 02.05.1984\nGeburtsort: Herat\n"
    persons = extract_persons(text)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Rahimi", "Soraya", "1984-05-02", "Herat")
    ]


def test_list_items_without_birth_date_and_ocr_small_l_for_capital_i() -> None:
    text = (
        INTRO + "1. lwanowa, Soraya, geb. am 02.05.1984, in Herat, Staatsangehörigkeit: afghanisch\n"
        "2. lwanowa, Davud, in Mashhad, Staatsangehörigkeit: afghanisch\n"
        "wohnhaft: Lindenweg 7, 44135 Dortmund\n"
    )
    persons = extract_persons(text)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Iwanowa", "Soraya", "1984-05-02", "Herat"),
        ("Iwanowa", "Davud", "", "Mashhad"),
    ]
    assert persons[1].staatsangehoerigkeit == "afghanisch"


def test_ocr_table_row_with_merged_cells_and_two_word_place() -> None:
    text = (
        INTRO + "Name Vorname Geburtsdatum | Geburtsort Staatsangehörigkeit -\n"
        "Rahimi Soraya 02. 05. 1984 | Bad Herat afghanisch\n\n"
        "Rahimi | Davud 19.10.2011 | Mashhad afghanisch\n\n" + OUTRO
    )
    persons = extract_persons(text)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Rahimi", "Soraya", "1984-05-02", "Bad Herat"),
        ("Rahimi", "Davud", "2011-10-19", "Mashhad"),
    ]


def test_diacritics_lost_by_ocr_come_back_from_the_text_layer_of_the_same_case() -> None:
    from hfk.classify.case import classify
    from hfk.classify.model import ClassifyOptions
    from hfk.ingest.model import Page, SourceFile, Submission

    antrag = (
        "An die Geschäftsstelle der Härtefallkommission\nHärtefallantrag gemäß § 23a AufenthG\n"
        "Sehr geehrte Damen und Herren,\nhiermit beantrage ich für meine Familie die Aufnahme.\n"
        "1. Jovanovic, Goran, geb. am 31.03.2019, in Belgrad, Staatsangehörigkeit: serbisch\n"
        "wohnhaft: Lindenweg 7, 44135 Dortmund\nBegründung:\nGoran ist krank."
    )
    zeugnis = "Halbjahreszeugnis\nGrundschule Am Park\nSchuljahr 2024/25\nfür Goran Jovanović, Klasse 1b"
    files = [
        SourceFile("scan.pdf", "application/pdf", "1", [Page(1, antrag, "ocr")]),
        SourceFile("Zeugnis.pdf", "application/pdf", "2", [Page(1, zeugnis, "text")]),
    ]
    facts = classify(Submission(files=files), ClassifyOptions())
    assert [(p.name, p.vorname, p.geburtsdatum) for p in facts.persons] == [
        ("Jovanović", "Goran", "2019-03-31")
    ]


_FIELDS = ("name", "vorname", "geburtsdatum", "geburtsort", "staatsangehoerigkeit", "adresse")
_ADDR = "Lindenweg 12, 44135 Dortmund"


def _rows(text: str) -> list[tuple[str, ...]]:
    return [tuple(getattr(p, f) for f in _FIELDS) for p in extract_persons(text)]


def test_list_items_with_relation_labels_and_a_child_without_nationality() -> None:
    text = (
        "Antragsteller:\n1. Ehemann: Karimi, Ahmad, geb. 03.04.1985 in Herat, afghanisch\n"
        "2. Ehefrau: Karimi, Mariam, geb. 21.09.1990 in Kabul, afghanisch\n"
        "3. Tochter: Karimi, Sara, geb. 05.05.2016 in Dortmund\nwohnhaft: Lindenweg 12, 44135 Dortmund"
    )
    assert _rows(text) == [
        ("Karimi", "Ahmad", "1985-04-03", "Herat", "afghanisch", _ADDR),
        ("Karimi", "Mariam", "1990-09-21", "Kabul", "afghanisch", _ADDR),
        ("Karimi", "Sara", "2016-05-05", "Dortmund", "", _ADDR),
    ]


def test_table_with_first_name_column_first_keeps_multi_word_cells() -> None:
    text = (
        "Vorname | Name | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
        "Abu Bakr | Mohamed | 14.02.1979 | Khartum | sudanesisch\nAnschrift: Lindenweg 12, 44135 Dortmund"
    )
    assert _rows(text) == [("Mohamed", "Abu Bakr", "1979-02-14", "Khartum", "sudanesisch", _ADDR)]


def test_english_application_persons() -> None:
    prose = (
        "Dear members of the Hardship Commission,\nI, Ahmad Karimi, born on 3 April 1985 in Herat, Afghan "
        "citizen, residing at Lindenweg 12, 44135 Dortmund, hereby apply for my case to be considered."
    )
    assert _rows(prose) == [("Karimi", "Ahmad", "1985-04-03", "Herat", "Afghan", _ADDR)]
    listed = (
        "Applicants:\n1. Mr Emmanuel Okafor, born 14/02/1984 in Lagos, Nigerian citizen\n"
        "2. Mrs Grace Okafor, born 30/11/1989 in Enugu, Nigerian citizen\nAddress: Lindenweg 12, 44135 Dortmund"
    )
    assert _rows(listed) == [
        ("Okafor", "Emmanuel", "1984-02-14", "Lagos", "Nigerian", _ADDR),
        ("Okafor", "Grace", "1989-11-30", "Enugu", "Nigerian", _ADDR),
    ]
    labelled = (
        "Name: Santos Pereira\nFirst name: Ana\nDate of birth: 03.04.1985\nPlace of birth: Luanda\n"
        "Nationality: Angolan\nAddress: Lindenweg 12, 44135 Dortmund"
    )
    assert _rows(labelled) == [("Santos Pereira", "Ana", "1985-04-03", "Luanda", "Angolan", _ADDR)]


def test_star_birth_mark_and_capitalised_family_name_in_running_text() -> None:
    star = (
        "Betroffen sind Herr Ahmad Karimi (* 03.04.1985 in Herat), afghanischer Staatsangehöriger, und seine "
        "Ehefrau Mariam Karimi (* 21.09.1990 in Kabul), afghanische Staatsangehörige, beide wohnhaft "
        "Lindenweg 12, 44135 Dortmund."
    )
    assert _rows(star) == [
        ("Karimi", "Ahmad", "1985-04-03", "Herat", "afghanisch", _ADDR),
        ("Karimi", "Mariam", "1990-09-21", "Kabul", "afghanisch", _ADDR),
    ]
    caps = (
        "für Herrn KARIMI, Ahmad, geboren: 03.04.1985 in Herat, Staatsangehörigkeit afghanisch, "
        "wohnhaft Lindenweg 12, 44135 Dortmund."
    )
    assert _rows(caps) == [("Karimi", "Ahmad", "1985-04-03", "Herat", "afghanisch", _ADDR)]
