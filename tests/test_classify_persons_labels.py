"""Person forms whose labels lost their colon ("Familienname Haddad"), births stated below a labelled
name, and texts where a label word starts a sentence: a label is never a name, a value never a label."""

from hfk.classify.persons import extract_persons

HEAD = "Antrag auf Härtefallprüfung nach § 23a AufenthG\n\n"


def _rows(text: str, ocr: bool = True) -> list[tuple[str, str, str, str, str]]:
    return [
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit)
        for p in extract_persons(text, ocr=ocr)
    ]


def test_label_and_value_separated_by_one_space():
    text = (
        HEAD + "Familienname Haddad\nVorname Samir\nGeburtsdatum 12.03.1988\nGeburtsort Aleppo\n"
        "Staatsangehörigkeit syrisch\nAnschrift Lindenstraße 4, 44135 Dortmund\n"
    )
    persons = extract_persons(text)
    assert _rows(text) == [("Haddad", "Samir", "1988-03-12", "Aleppo", "syrisch")]
    assert persons[0].adresse == "Lindenstraße 4, 44135 Dortmund"


def test_several_persons_each_in_a_colonless_block_with_headings():
    text = (
        HEAD
        + "Antragsteller\nFamilienname Kassab\nVorname Wael\nGeburtsdatum 21.06.1985\nGeburtsort Tartus\n"
        "Staatsangehörigkeit syrisch\n\nKind\nFamilienname Kassab\nVorname Aya\nGeburtsdatum 15.09.2015\n"
        "Geburtsort Bochum\nStaatsangehörigkeit syrisch\n"
    )
    assert _rows(text) == [
        ("Kassab", "Wael", "1985-06-21", "Tartus", "syrisch"),
        ("Kassab", "Aya", "2015-09-15", "Bochum", "syrisch"),
    ]


def test_two_labels_on_one_line_whose_gap_collapsed():
    text = (
        HEAD + "Familienname Karimi    Vorname Farshid\nGeburtsdatum 01.03.1977    Geburtsort Kerman\n"
        "Staatsangehörigkeit iranisch\n"
    )
    assert _rows(text) == [("Karimi", "Farshid", "1977-03-01", "Kerman", "iranisch")]


def test_capitals_and_short_labels_without_colon():
    text = (
        HEAD + "FAMILIENNAME NAZARI\nVORNAME Ali Reza\nGEBURTSDATUM 23.07.1991\nGEBURTSORT Herat\n"
        "STAATSANGEHÖRIGKEIT afghanisch\n\nName Yusuf\nVorname Abdi\ngeb. am 25.10.2016\nGeburtsort Bochum\n"
    )
    assert _rows(text) == [
        ("Nazari", "Ali Reza", "1991-07-23", "Herat", "afghanisch"),
        ("Yusuf", "Abdi", "2016-10-25", "Bochum", ""),
    ]


def test_english_form_without_colons():
    text = (
        "Hardship application\nSurname Haddad\nGiven name(s) Samir\nDate of birth 12/03/1988\n"
        "Place of birth Aleppo\nNationality Syrian\n"
    )
    assert _rows(text) == [("Haddad", "Samir", "1988-03-12", "Aleppo", "syrisch")]


def test_english_columns_one_row_per_field():
    text = (
        "Hardship application\nSurname Nwosu Nwosu\nGiven name(s) Emeka Chioma\n"
        "Date of birth 14/10/1980 03/03/1983\nPlace of birth Enugu Onitsha\nNationality Nigerian Nigerian\n"
    )
    assert [r[:4] for r in _rows(text)] == [
        ("Nwosu", "Emeka", "1980-10-14", "Enugu"),
        ("Nwosu", "Chioma", "1983-03-03", "Onitsha"),
    ]


def test_child_block_below_the_columns_of_the_parents():
    text = (
        HEAD + "Familienname Okafor Okafor\nVorname Chinedu Ngozi\nGeburtsdatum 12.03.1985 07.07.1987\n"
        "Geburtsort Lagos Enugu\nStaatsangehörigkeit nigerianisch nigerianisch\n"
        "Kind\nFamilienname Okafor\nVorname Emeka\nGeburtsdatum 01.10.2016\n"
    )
    assert [r[:3] for r in _rows(text)] == [
        ("Okafor", "Chinedu", "1985-03-12"),
        ("Okafor", "Ngozi", "1987-07-07"),
        ("Okafor", "Emeka", "2016-10-01"),
    ]


def test_birth_on_the_line_below_a_labelled_name():
    # no word "Antrag" in the text: the labelled reading itself must take the birth line
    text = "Name, Vorname: Haddad, Samir\ngeboren am 12.03.1988 in Aleppo, syrisch\n"
    assert _rows(text) == [("Haddad", "Samir", "1988-03-12", "Aleppo", "syrisch")]


def test_birth_mark_and_date_split_over_lines():
    text = (
        "Name, Vorname: Gashi, Valbona\ngeboren\nam 03.03.1975 in Prizren\nStaatsangehörigkeit kosovarisch\n\n"
        "Name, Vorname: Gashi, Arben\n* 14.04.1999 in Essen, kosovarisch\n\n"
        "Name, Vorname: Gashi, Drita\ngeb.\n05.06.2004 in Bochum\n"
    )
    assert _rows(text) == [
        ("Gashi", "Valbona", "1975-03-03", "Prizren", "kosovarisch"),
        ("Gashi", "Arben", "1999-04-14", "Essen", "kosovarisch"),
        ("Gashi", "Drita", "2004-06-05", "Bochum", ""),
    ]


def test_place_stops_at_the_line_end_before_the_next_label():
    text = "Name, Vorname: Demir, Emre\ngeb.: 01.01.1988 in Izmir\nStA: türkisch\n"
    assert _rows(text) == [("Demir", "Emre", "1988-01-01", "Izmir", "türkisch")]


def test_sentences_that_start_with_label_words_read_no_person():
    text = (
        "Sehr geehrte Damen und Herren,\nName und Anschrift der Schule sind beigefügt.\n"
        "Geburtsdatum und Geburtsort ergeben sich aus dem Pass.\nStaatsangehörigkeit ungeklärt.\n"
    )
    assert extract_persons(text) == []


def test_note_lines_that_start_with_labels_read_no_person():
    text = (
        "Vermerk zum Härtefallantrag\nName der Schule Gesamtschule Nord\nVorname des Kindes unbekannt\n"
        "Geburtsdatum 12.05.2010 laut Schulakte\nAnschrift folgt\n"
    )
    assert extract_persons(text) == []


def test_english_sentences_with_label_words_read_no_person():
    text = (
        "Hardship application\nSurname and given names are stated in the passport.\n"
        "Date of birth 12/03/1988 according to the birth certificate.\n"
    )
    assert extract_persons(text) == []


def test_a_form_with_one_column_per_person_takes_every_label_of_the_other_forms():
    """The column form knows the labels the other layouts know ("Zuname", "Rufname", "Geburtstag",
    "Geburtsstadt", "Staatsbürgerschaft"), not a shorter list of its own."""
    text = (
        HEAD + "Die Personen:\n\n   Antragsteller   Ehemann   Sohn\n\n"
        "Zuname   Mansour   Mansour   Mansour\n\nRufname   Huda   Fadi   Karim\n\n"
        "Geburtstag   3. Mai 1986   14. Februar 1983   9. Januar 2016\n\n"
        "Geburtsstadt   Homs   Hama   Essen\n\nStaatsbürgerschaft   syrisch   syrisch   syrisch\n"
    )
    assert _rows(text) == [
        ("Mansour", "Huda", "1986-05-03", "Homs", "syrisch"),
        ("Mansour", "Fadi", "1983-02-14", "Hama", "syrisch"),
        ("Mansour", "Karim", "2016-01-09", "Essen", "syrisch"),
    ]


def test_a_numbered_field_is_the_field_and_its_heading_no_name():
    """ "2.1 Nachname Haddad": the field's number does not hide its label, and the numbered heading
    above ("2. Person, für die der Antrag gestellt wird") gives no name."""
    for number in ("2.{n}", "2.{n}.", "({n})", "{n})"):
        fields = [
            "Nachname  Haddad",
            "Vorname  Samir",
            "Geburtsdatum  12.03.1988",
            "Staatsangehörigkeit  syrisch",
        ]
        lines = [number.format(n=n) + " " + f for n, f in enumerate(fields, 1)]
        text = (
            HEAD + "2. Person, für die der Antrag gestellt wird\n\n" + "\n\n".join(lines) + "\n\n3. Gründe\n"
        )
        assert _rows(text) == [("Haddad", "Samir", "1988-03-12", "", "syrisch")], number


def test_a_column_form_whose_date_row_leaves_a_cell_empty_keeps_every_column():
    """ "(fehlt)" or "unbekannt" in the date row is an empty cell, not a missing column."""
    for empty in ("(fehlt)", "unbekannt"):
        text = (
            HEAD + "Person 1   Person 2   Person 3\n\nFamilienname   Mansour   Mansour   Mansour\n"
            "Vorname   Huda   Fadi   Karim\n"
            f"Geburtsdatum   03.05.1986   {empty}   09.01.2016\nStaatsangehörigkeit   syrisch   syrisch   syrisch\n"
        )
        assert [(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(text)] == [
            ("Mansour", "Huda", "1986-05-03"),
            ("Mansour", "Fadi", ""),
            ("Mansour", "Karim", "2016-01-09"),
        ], empty


def test_a_table_row_whose_cells_shifted_by_one_and_its_legend():
    """OCR joined the number, date and name cells of a row ("2 14.06.1990 HADDAD, Lina ..."), so the
    date landed in the name column: it is the birth date, "HADDAD, Lina" the names. The legend under
    the table ("AS = Antragsteller/in, EP = Ehepartner/in") is nobody."""
    text = (
        HEAD + "Nr. |geb. am NAME, Vorname StA Geburtsort Verh.\n"
        "1 12.03.1988 HADDAD, Samir syrisch | Aleppo AS\n\n2 14.06.1990 HADDAD, Lina syrisch | Homs EP\n\n"
        "AS = Antragsteller/in, EP = Ehepartner/in, K = Kind\nPLZ/Ort: 44135 Dortmund\n"
    )
    assert [(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(text)] == [
        ("Haddad", "Samir", "1988-03-12"),
        ("Haddad", "Lina", "1990-06-14"),
    ]
