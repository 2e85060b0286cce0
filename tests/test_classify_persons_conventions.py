"""Person conventions of German and English letters that no corpus template writes (session 9):
combined labels, the attributive birth of official German, family headings above first names,
relation-labelled rows and family lists with bare dates, dates in brackets, forms in capitals.
Each was written by hand before the reader knew it; the negative cases guard enclosure lists
and the dates of courts' papers."""

from hfk.classify.persons import extract_persons

HEAD = "An die Härtefallkommission des Landes NRW\nAntrag nach § 23a AufenthG\n\n"
TAIL = "\n\nBegründung: Die Familie lebt seit 2015 in Deutschland.\n\nMit freundlichen Grüßen\n"


def _keys(text: str, ocr: bool = False) -> list[tuple[str, str, str]]:
    return [(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(HEAD + text + TAIL, ocr=ocr)]


def test_family_name_and_first_name_in_one_slashed_field():
    text = "Familienname/Vorname: KARIMI, Ahmad\nGeb.-Datum: 01.02.1985\nGeb.-Ort: Herat"
    assert _keys(text) == [("Karimi", "Ahmad", "1985-02-01")]


def test_birth_date_and_place_in_one_field():
    text = (
        "Name: Karimi\nVorname: Ahmad\nGeburtsdatum/-ort: 01.02.1985, Herat\nStaatsangehörigkeit: afghanisch"
    )
    persons = extract_persons(HEAD + text + TAIL, ocr=False)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Karimi", "Ahmad", "1985-02-01", "Herat")
    ]


def test_attributive_birth_before_the_name():
    text = "Der am 12.03.1985 in Lagos geborene nigerianische Staatsangehörige Chinedu Okafor lebt seit 2014 in Köln."
    persons = extract_persons(HEAD + text + TAIL, ocr=False)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Okafor", "Chinedu", "1985-03-12", "Lagos")
    ]
    assert persons[0].staatsangehoerigkeit == "nigerianisch"
    text = (
        "Die am 05.06.1990 in Pristina geborene Frau Arta Krasniqi und ihr am 03.04.2015 in Essen "
        "geborener Sohn Liridon Krasniqi beantragen die Aufnahme in das Verfahren."
    )
    assert _keys(text) == [("Krasniqi", "Arta", "1990-06-05"), ("Krasniqi", "Liridon", "2015-04-03")]


def test_family_heading_above_first_names_with_roles():
    text = (
        "Familie Karimi:\n- Ahmad (Vater), geb. 01.02.1985 in Herat\n"
        "- Soraya (Mutter), geb. 12.07.1988 in Kabul\n- Amina (Tochter), geb. 03.04.2015 in Essen"
    )
    assert _keys(text) == [
        ("Karimi", "Ahmad", "1985-02-01"),
        ("Karimi", "Soraya", "1988-07-12"),
        ("Karimi", "Amina", "2015-04-03"),
    ]


def test_children_table_of_first_names_under_the_parent_form():
    text = (
        "Name: Karimi\nVorname: Ahmad\nGeburtsdatum: 01.02.1985\n\nKinder:\n"
        "Vorname | Geburtsdatum | Geburtsort\nAmina | 03.04.2015 | Essen\nYusuf | 06.07.2018 | Essen"
    )
    assert _keys(text) == [
        ("Karimi", "Ahmad", "1985-02-01"),
        ("Karimi", "Amina", "2015-04-03"),
        ("Karimi", "Yusuf", "2018-07-06"),
    ]


def test_geboren_den():
    assert _keys("Herr Ahmad Karimi, geboren den 01.02.1985 zu Herat") == [("Karimi", "Ahmad", "1985-02-01")]


def test_birth_dates_in_brackets_after_the_names():
    text = "Es handelt sich um: Ahmad Karimi (01.02.1985); Soraya Karimi (12.07.1988); Amina Karimi (03.04.2015)."
    assert _keys(text) == [
        ("Karimi", "Ahmad", "1985-02-01"),
        ("Karimi", "Soraya", "1988-07-12"),
        ("Karimi", "Amina", "2015-04-03"),
    ]


def test_a_courts_paper_dated_in_brackets_is_no_person():
    text = (
        "Herr Ahmad Karimi, geb. 01.02.1985, klagte vor dem Verwaltungsgericht Köln (03.03.2021) "
        "gegen den Bescheid des Bundesamtes."
    )
    assert _keys(text) == [("Karimi", "Ahmad", "1985-02-01")]


def test_family_list_with_the_date_alone_after_the_name():
    text = "Herr Ahmad Karimi (geb. 01.02.1985) und die Kinder\n- Amina Karimi, 03.04.2015\n- Yusuf Karimi, 06.07.2018"
    assert _keys(text) == [
        ("Karimi", "Ahmad", "1985-02-01"),
        ("Karimi", "Amina", "2015-04-03"),
        ("Karimi", "Yusuf", "2018-07-06"),
    ]


def test_an_enclosure_list_with_bare_dates_is_no_family():
    text = (
        "Herr Ahmad Karimi, geb. 01.02.1985 in Herat\n\nAnlagen:\n- Bescheid Bundesamt, 12.03.2020\n"
        "- Stellungnahme Caritas, 04.05.2024\n- Schreiben Stadt Dortmund, 06.07.2024"
    )
    assert _keys(text) == [("Karimi", "Ahmad", "1985-02-01")]


def test_rows_labelled_by_relation_with_bare_dates():
    text = (
        "für folgende Personen:\nAntragsteller:   Ahmad Karimi       01.02.1985   Herat\n"
        "Ehefrau:         Soraya Karimi      12.07.1988   Kabul\n"
        "Tochter:         Amina Karimi       03.04.2015   Essen"
    )
    persons = extract_persons(HEAD + text + TAIL, ocr=False)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Karimi", "Ahmad", "1985-02-01", "Herat"),
        ("Karimi", "Soraya", "1988-07-12", "Kabul"),
        ("Karimi", "Amina", "2015-04-03", "Essen"),
    ]
    # a line labelled with anything but a relation is no person's row
    assert _keys(
        "Ahmad Karimi, geb. 01.02.1985\nEingang:   Stadt Dortmund   06.07.2024   Eingangsstempel"
    ) == [("Karimi", "Ahmad", "1985-02-01")]


def test_forms_filled_in_capitals_keep_the_labels_order():
    assert _keys("NAME: KARIMI\nVORNAME: AHMAD\nGEBURTSDATUM: 01.02.1985") == [
        ("Karimi", "Ahmad", "1985-02-01")
    ]
    text = "SURNAME: OKAFOR\nFIRST NAME: CHINEDU\nDATE OF BIRTH: 12.03.1985\nPLACE OF BIRTH: LAGOS"
    assert _keys(text) == [("Okafor", "Chinedu", "1985-03-12")]


def test_a_list_line_does_not_take_the_word_ending_the_line_above():
    text = "Chinedu Okafor, born 12 March 1985, Lagos, Nigeria\nNgozi Okafor, born 2 September 1987, Enugu, Nigeria"
    assert _keys(text) == [("Okafor", "Chinedu", "1985-03-12"), ("Okafor", "Ngozi", "1987-09-02")]


# What a fax's OCR made of such blocks (read from real faxes of these hand-written texts)


def test_faxed_stacked_form_with_blank_lines_between_label_and_value():
    text = "Familienname\n\nKarimi\n\nVorname\n\nAhmad\n\nGeburtsdatum\n\n01.02.1985\n\nGeburtsort\n\nHerat"
    assert _keys(text, ocr=True) == [("Karimi", "Ahmad", "1985-02-01")]


def test_faxed_children_table_without_rules():
    text = (
        "Name: Karimi\n\nVorname: Ahmad\n\nGeburtsdatum: 01.02.1985\n\nKinder:\n"
        "Vorname Geburtsdatum Geburtsort\nAmina 03.04.2015 Essen\nYusuf 06.07.2018 Essen"
    )
    assert _keys(text, ocr=True) == [
        ("Karimi", "Ahmad", "1985-02-01"),
        ("Karimi", "Amina", "2015-04-03"),
        ("Karimi", "Yusuf", "2018-07-06"),
    ]


def test_faxed_table_with_the_birth_date_column_first():
    text = (
        "Geb.-Datum Name Vorname Geburtsort Staatsangehörigkeit\n01.02.1985 Karimi Ahmad Herat afghanisch\n\n"
        "12.07.1988 Karimi Soraya Kabul afghanisch"
    )
    assert _keys(text, ocr=True) == [("Karimi", "Ahmad", "1985-02-01"), ("Karimi", "Soraya", "1988-07-12")]


def test_faxed_names_broken_over_lines_and_blank_lines_in_a_list():
    text = (
        "Herr Ahmad Karimi wurde am 1. Februar 1985 in Herat geboren. Seine Ehefrau Soraya\n"
        "Karimi wurde am 12. Juli 1988 in Kabul geboren."
    )
    assert _keys(text, ocr=True) == [("Karimi", "Ahmad", "1985-02-01"), ("Karimi", "Soraya", "1988-07-12")]
    text = "Es handelt sich um: Ahmad Karimi (01.02.1985); Soraya Karimi (12.07.1988): Amina\nKarimi (03.04.2015)."
    assert _keys(text, ocr=True) == [
        ("Karimi", "Ahmad", "1985-02-01"),
        ("Karimi", "Soraya", "1988-07-12"),
        ("Karimi", "Amina", "2015-04-03"),
    ]
    text = "Herr Ahmad Karimi (geb. 01.02.1985) und die Kinder\n- Amina Karimi, 03.04.2015\n\n- Yusuf Karimi, 06.07.2018"
    assert _keys(text, ocr=True) == [
        ("Karimi", "Ahmad", "1985-02-01"),
        ("Karimi", "Amina", "2015-04-03"),
        ("Karimi", "Yusuf", "2018-07-06"),
    ]


def test_faxed_labels_read_with_other_marks():
    # the colon read as "!", a short "geb.:" label, "Geburtstag", and "I" read as "|"
    assert _keys("NAME: KARIMI\n\nVORNAME: AHMAD\n\nGEBURTSDATUM! 01.02.1985", ocr=True) == [
        ("Karimi", "Ahmad", "1985-02-01")
    ]
    assert _keys("Vorname: Ahmad Name: Karimi geb.: 01.02.1985", ocr=True) == [
        ("Karimi", "Ahmad", "1985-02-01")
    ]
    assert _keys("Nachname: Karimi\n\nVorname(n): Ahmad\n\nGeburtstag: 01.02.1985", ocr=True) == [
        ("Karimi", "Ahmad", "1985-02-01")
    ]
    text = "My name is Ngozi Okafor. | was born on the 2nd of September 1987 in Enugu, Nigeria."
    assert _keys(text, ocr=True) == [("Okafor", "Ngozi", "1987-09-02")]


def test_a_persons_table_ends_at_a_lettered_section_heading():
    table = (
        "Name    Vorname    Geburtsdatum    Geburtsort    Staatsangehörigkeit\n\n"
        "Karimi    Ahmad    01.02.1985    Herat    afghanisch\n\nKarimi    Amina    03.04.2015    Essen    afghanisch\n\n"
    )
    for after in (
        "B Wohnsitz und Vertretung\n\nFamilie Karimi wohnt seit 2016 in Dortmund\n",
        "B) Wohnsitz\nAhmad Karimi wohnt in Dortmund\n",
        "C.1 Aufenthalt\nHerr Karimi kam 2015 nach Deutschland\n",
    ):
        assert _keys(table + after) == [("Karimi", "Ahmad", "1985-02-01"), ("Karimi", "Amina", "2015-04-03")]


def test_a_persons_table_ends_at_a_paragraph_whose_lines_wrap():
    text = (
        "Name    Vorname    Geburtsdatum    Geburtsort    Staatsangehörigkeit\n\n"
        "Karimi    Ahmad    01.02.1985    Herat    afghanisch\n\nKarimi    Amina    03.04.2015    Essen    afghanisch\n\n"
        "Herr Karimi lebt seit 2015 in Dortmund, ist dort gut angekommen und arbeitet bei der Firma Meyer in\n"
        "Unna. Seine Tochter Amina besucht die Grundschule am Ort und spricht sehr gut Deutsch."
    )
    assert _keys(text) == [("Karimi", "Ahmad", "1985-02-01"), ("Karimi", "Amina", "2015-04-03")]


def _address(text: str) -> str:
    persons = extract_persons(HEAD + text + TAIL, ocr=False)
    return persons[0].adresse if persons else "<no person>"


def test_addresses_written_in_other_orders_and_words():
    assert (
        _address("Herr Ahmad Karimi, geb. 01.02.1985 in Herat, wohnhaft in 44135 Dortmund, Lindenstraße 4")
        == "Lindenstraße 4, 44135 Dortmund"
    )
    assert (
        _address("Ahmad Karimi, geb. 01.02.1985 in Herat, wohnt in der Lindenstraße 4 in 44135 Dortmund.")
        == "Lindenstraße 4, 44135 Dortmund"
    )
    assert (
        _address(
            "Herr Ahmad Karimi, geb. 01.02.1985, derzeit untergebracht in der ZUE Bonn, Ermekeilstraße 8, 53113 Bonn"
        )
        == "ZUE Bonn, Ermekeilstraße 8, 53113 Bonn"
    )
    assert (
        _address("Mr Chinedu Okafor, born 12 March 1985 in Lagos, lives at Ringstraße 5, 50667 Köln.")
        == "Ringstraße 5, 50667 Köln"
    )
    # no word before it: the street and postcode as a part of the person's record
    assert (
        _address("Herr Ahmad Karimi, geb. 01.02.1985, Lindenstr. 4a, 44135 Dortmund")
        == "Lindenstr. 4a, 44135 Dortmund"
    )


def test_the_closing_formula_is_no_name_before_a_column_ocr_set_below_it():
    text = "Sehr geehrte Damen und Herren,\n\nBegründung folgt.\n\nMit freundlichen Grüßen\n\ngeboren\n\n01.02.1985\n12.07.1988"
    assert [p.name for p in extract_persons(text)] == []


# Found from the word shapes of the blind6 first run (session 9); hand-written texts of those shapes


def test_records_with_the_nationality_or_relation_between_name_and_birth():
    text = (
        "Antragsteller ist Herr Ahmad Karimi geb. 12.3.1985 in Herat. Mit ihm leben seine Ehefrau Soraya Karimi "
        "(afghanisch; geb. 9.9.1990 in Kabul) und die Kinder Amina Karimi afghanisch; geb. 12.4.2015 in Essen; "
        "Yusuf Karimi (afghanisch; geb. 6.7.2018 in Essen)."
    )
    assert _keys(text) == [
        ("Karimi", "Ahmad", "1985-03-12"),
        ("Karimi", "Soraya", "1990-09-09"),
        ("Karimi", "Amina", "2015-04-12"),
        ("Karimi", "Yusuf", "2018-07-06"),
    ]
    text = (
        "Die Antragsteller:\n– Ahmad Karimi selbst; Nationalität afghanisch; Geb.-Dat. 01.02.1985; Herat Afghanistan\n"
        "– Soraya Karimi Ehefrau; Nationalität afghanisch; Geb.-Dat. 12.07.1988; Kabul Afghanistan"
    )
    persons = extract_persons(HEAD + text + TAIL, ocr=False)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Karimi", "Ahmad", "1985-02-01", "Herat", "afghanisch"),
        ("Karimi", "Soraya", "1988-07-12", "Kabul", "afghanisch"),
    ]


def test_a_form_grid_of_title_lines_each_with_its_line_of_values():
    grid = (
        "I ANTRAGSTELLER\n\nNachname Vorname Staatsangehörigkeit\n\nKarimi Ahmad afghanisch\n\n"
        "geb. am geb. in Wohnort\n\n01.02.1985 Herat Lindenstraße 4, 44135 Dortmund\n\nII EHEFRAU\n\n"
        "Nachname Vorname Staatsangehörigkeit\n\nKarimi Soraya afghanisch\n\ngeb. am geb. in Wohnort\n\n"
        "12.07.1988 Kabul Lindenstraße 4, 44135 Dortmund"
    )
    want = [
        ("Karimi", "Ahmad", "1985-02-01", "Herat", "afghanisch", "Lindenstraße 4, 44135 Dortmund"),
        ("Karimi", "Soraya", "1988-07-12", "Kabul", "afghanisch", "Lindenstraße 4, 44135 Dortmund"),
    ]
    rows = lambda t: [  # noqa: E731
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit, p.adresse)
        for p in extract_persons(HEAD + t + TAIL, ocr=False)
    ]
    assert rows(grid) == want
    # the same grid as a Word table ("|" between the cells)
    piped = (
        "I ANTRAGSTELLER\nNachname | Vorname | Staatsangehörigkeit\nKarimi | Ahmad | afghanisch\n"
        "geb. am | geb. in | Wohnort\n01.02.1985 | Herat | Lindenstraße 4, 44135 Dortmund\nII EHEFRAU\n"
        "Nachname | Vorname | Staatsangehörigkeit\nKarimi | Soraya | afghanisch\ngeb. am | geb. in | Wohnort\n"
        "12.07.1988 | Kabul | Lindenstraße 4, 44135 Dortmund"
    )
    assert rows(piped) == want


def test_birth_places_after_the_date_in_other_forms():
    rows = lambda t: [  # noqa: E731
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit)
        for p in extract_persons(HEAD + t + TAIL, ocr=False)
    ]
    want = [
        ("Karimi", "Ahmad", "1985-02-01", "Herat", "afghanisch"),
        ("Karimi", "Soraya", "1988-07-12", "Kabul", "afghanisch"),
    ]
    # a place label after the date
    assert (
        rows(
            "• Ahmad Karimi selbst; Nationalität afghanisch; Geb.-Dat. 01.02.1985; Geb.-Ort Herat\n"
            "• Soraya Karimi Ehefrau; Nationalität afghanisch; Geb.-Dat. 12.07.1988; Geb.-Ort Kabul"
        )
        == want
    )
    # date and place in one table cell
    assert (
        rows(
            "Name | Vorname | geboren am, in | Staatsangehörigkeit\nKarimi | Ahmad | 01.02.1985, Herat | afghanisch\n"
            "Karimi | Soraya | 12.07.1988, Kabul | afghanisch"
        )
        == want
    )
    # the place bare after the date, the nationality after it without a comma
    assert [
        p[3:]
        for p in rows("Ahmad Karimi 01.02.1985, Herat afghanisch\nSoraya Karimi 12.07.1988, Kabul afghanisch")
    ] == [
        ("Herat", "afghanisch"),
        ("Kabul", "afghanisch"),
    ]


def test_address_labels_in_other_words():
    for label in ("Wohnsitz", "Wohnung", "Meldeanschrift"):
        text = (
            f"Name: Karimi\nVorname: Ahmad\nGeburtsdatum: 01.02.1985\n{label}: Lindenstraße 4, 44135 Dortmund"
        )
        assert _address(text) == "Lindenstraße 4, 44135 Dortmund", label
