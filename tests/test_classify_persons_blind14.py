"""Persons in blind14's shapes, read after its blind runs (session 16): a shelter named before its street,
and a form with one column per person whose label rows a blank line parts."""

from hfk.classify.persons import extract_persons


def test_a_shelter_named_before_its_street_is_no_part_of_the_address():
    text = (
        "Antrag auf Befassung der Härtefallkommission\n"
        "Antragsteller: Gentian Dervishi (* 3. März 1970 in Tirana; StA albanisch)\n"
        "Ehefrau: Ersela Dervishi (* 22. Dezember 1972 in Elbasan; StA albanisch)\n"
        "Wir wohnen in der Unterkunft Am Hang 72, Zimmer 28, 59423 Unna. Für uns zuständig ist die\n"
        "Ausländerbehörde des Kreises Unna.\n"
    )
    assert {p.adresse for p in extract_persons(text)} == {"Am Hang 72, 59423 Unna"}


def test_a_column_form_with_blank_lines_keeps_its_last_rows():
    text = (
        "Betroffene Personen (je Spalte eine Person)\n"
        "Angabe Pers. 1 Pers. 2 Pers. 3\n\n"
        "Geburtsdatum 10.07.1975 10.01.1973 24.07.2014\n\n"
        "Familienname Grigoryan Grigoryan Grigoryan\n\n"
        "Vorname Armen Nare Karen\n\n"
        "Geburtsort Wanadsor Abowjan Jerewan\n\n"
        "Staatsangeh. armenisch armenisch armenisch\n\n"
        "Stellung Antragsteller Ehefrau Sohn\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Armen", "1975-07-10", "Wanadsor", "armenisch"),
        ("Nare", "1973-01-10", "Abowjan", "armenisch"),
        ("Karen", "2014-07-24", "Jerewan", "armenisch"),
    ]


# Session 17: blind14's addresses, read after its blind runs. The texts are written anew in its shapes.


def test_an_online_form_print_gives_the_household_address_not_the_representatives():
    """The representative's block of a printed online form ("Name / Stelle" without a colon, street and postcode
    in fields of their own) stands above the persons; the applicants' address comes in a later step."""
    text = (
        "Antrag an die Härtefallkommission NRW - Ausdruck der Online-Eingabe\n\n"
        "Schritt 1 - Wer stellt den Antrag?\n\nAntrag gestellt durch Bevollmächtigte/n\n\n"
        "Name / Stelle Diakonie Flüchtlingsberatung Moers\nAnsprechperson Petra Wolf\n\n"
        "Straße, Hausnr. Uerdinger Straße 5\nPostleitzahl, Ort 47441 Moers\n\n"
        "Schritt 2 - Angaben zu den Personen\n\nPerson 1 von 1: antragstellende Person\n\n"
        "Nachname Osman\nVorname(n) Bilal\nGeburtsdatum (Tag.Monat.Jahr) 02.02.1990\nGeburtsort Khartum\n"
        "Staatsangehörigkeit(en) sudanesisch\n\n"
        "Schritt 3 - Anschrift und Behörde\n\nStraße, Hausnr. Ulmenweg 3\nPostleitzahl, Ort 47051 Duisburg\n"
        "Zuständige Ausländerbehörde Stadt Duisburg\n"
    )
    assert [p.adresse for p in extract_persons(text, ocr=True)] == ["Ulmenweg 3, 47051 Duisburg"]


def test_a_word_tables_cell_rule_parts_the_address_fields_from_their_labels():
    text = (
        "Schritt 2 – Angaben zu den Personen\nPerson 1 von 1: antragstellende Person\n"
        "Nachname | Osman\nVorname(n) | Bilal\nGeburtsdatum (Tag.Monat.Jahr) | 02.02.1990\nGeburtsort | Khartum\n"
        "Staatsangehörigkeit(en) | sudanesisch\nSchritt 3 – Anschrift und Behörde\n"
        "Straße, Hausnr. | Ulmenweg 3\nPostleitzahl, Ort | 47051 Duisburg\n"
    )
    assert [p.adresse for p in extract_persons(text, ocr=False)] == ["Ulmenweg 3, 47051 Duisburg"]


def test_a_law_firms_one_line_letterhead_does_not_swallow_the_familys_address():
    """The letterhead line holds the firm's whole address; the block must not run on to the blank line above the
    signature and take the family's "Anschrift:" below the list with it."""
    text = (
        "Kanzlei Roth & Kollegen / Markt 7 / 47798 Krefeld\n"
        "Krefeld, 02.09.25\nEILT – Härtefallantrag\n"
        "Sehr geehrte Damen und Herren, namens von Bilal Osman bitte ich um Befassung der Kommission für:\n"
        "Geb.-Datum – NAME, Vorname – Geburtsort – Staatsangehörigkeit\n"
        "02.02.1990 – OSMAN, Bilal – Khartum – sudanesisch\n"
        "09.09.2021 – OSMAN, Amal – Krefeld – sudanesisch\n"
        "Anschrift: Ulmenweg 3, 47051 Duisburg | ABH: Stadt Duisburg\n"
        "Herr Osman lebt seit 2016 in Deutschland.\n\nJana Roth, Rechtsanwältin"
    )
    persons = extract_persons(text, ocr=False)
    assert [(p.vorname, p.adresse) for p in persons] == [
        ("Bilal", "Ulmenweg 3, 47051 Duisburg"),
        ("Amal", "Ulmenweg 3, 47051 Duisburg"),
    ]


def test_an_english_statements_from_line_gives_the_address_and_an_ocr_bar_ends_the_table():
    """ "From: name, address" is the writer's sender line; a prose line where OCR read "I" as "|" is no
    table row ("Background - As a boy | worked ...")."""
    text = (
        "Statement for the Härtefallkommission NRW - 2 March 2025\n"
        "From: Bilal Osman, Ulmenweg 3, 47051 Duisburg\n\n"
        "Persons covered (surname; given names; date of birth; place of birth; citizenship):\n\n"
        "1) OSMAN; Bilal; 2 February 1990; Khartoum; Sudanese\n\n"
        "Background - As a boy | worked in my uncle's shop; | had to leave school early to help my family\n"
        "and came to Germany in 2016.\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.name, p.vorname, p.adresse) for p in persons] == [
        ("Osman", "Bilal", "Ulmenweg 3, 47051 Duisburg")
    ]


def test_a_faxed_sz_read_as_b_in_a_street_is_mended():
    text = "Nachname Osman\nVorname(n) Bilal\nGeburtsdatum 02.02.1990\nGeburtsort Khartum\nAnschrift: UlmenstraBe 3, 47051 Duisburg\n"
    assert [p.adresse for p in extract_persons(text, ocr=True)] == ["Ulmenstraße 3, 47051 Duisburg"]


def test_a_faxed_attributive_birth_with_a_garbled_nationality_word():
    text = (
        "Antragstellerin ist die am 10.06.1986 in Herat geborene afghanische Staalsangehorige frau\n"
        "Mariam Haidari,\n\nGemeldet ist sie unter der Anschrift Ulmenweg 3 in 47051 Duisburg.\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Haidari", "Mariam", "1986-06-10", "Herat")
    ]


def test_an_attributive_birth_whose_name_wraps_after_the_first_name():
    text = (
        "Antragsteller ist der am 02.02.1990 in Khartum geborene sudanesische Staatsangehörige Herr Bilal\n"
        "Osman. Einbezogen ist die Ehefrau, die am 11.03.1993 in Omdurman geborene sudanesische\n"
        "Staatsangehörige Amira Osman.\n"
    )
    assert [(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(text, ocr=False)] == [
        ("Osman", "Bilal", "1990-02-02"),
        ("Osman", "Amira", "1993-03-11"),
    ]


def test_a_faxed_forms_garbled_field_number_and_table_rule_before_its_labels():
    """ "1.1" read as "at:", a rule "|" before a label, "StaatsangehGrigkeit": the labels are still labels, and the
    hint "(Tag.Monat. Jahr)" gives no person "Monat"."""
    text = (
        "Person 1 von 1: antragstellende Person\n\n"
        "at: Familienname OSMAN\n1.2 Vorname(n) Bilal\n"
        "| Geburtsdatum (Tag.Monat. Jahr) 02.02.1990\n\nGeburtsort Khartum\n\n"
        "StaatsangehGrigkeit(en) sudanesisch -\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.name, p.vorname, p.geburtsdatum, p.staatsangehoerigkeit) for p in persons] == [
        ("Osman", "Bilal", "1990-02-02", "sudanesisch")
    ]


def test_an_article_whose_l_ocr_read_as_a_capital_i():
    text = "Familienname: AI-Hassan\nVorname: Omar\nGeburtsdatum: 04.04.1988\nGeburtsort: Homs\n"
    assert [p.name for p in extract_persons(text, ocr=True)] == ["Al-Hassan"]


def test_a_column_form_with_a_birthplace_of_two_words():
    text = (
        "Betroffene Personen (je Spalte eine Person)\nAngabe Pers. 1 Pers. 2 Pers. 3\n\n"
        "Geburtsdatum 22.12.1990 14.05.1992 20.01.2017\n\nFamilienname Mensah Mensah Mensah\n\n"
        "Vorname Kofi Abena Yaw\n\nGeburtsort Cape Coast Tamale Novi Sad\n\nStaatsangeh. ghanaisch ghanaisch ghanaisch\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.vorname, p.geburtsort) for p in persons] == [
        ("Kofi", "Cape Coast"),
        ("Abena", "Tamale"),
        ("Yaw", "Novi Sad"),
    ]


def test_a_scanned_online_form_with_each_value_below_its_label():
    """The representative's block of a scan whose values stand on lines of their own below the labels, blank
    lines between: the block runs on to its postcode, and the household's fields come later."""
    text = (
        "Schritt 1 - Wer stellt den Antrag?\n\nAntrag gestellt durch\n\nBevollmächtigte/n\n\n"
        "Name / Stelle\n\nCaritas Fachdienst Migration Kleve\n\nAnsprechperson\n\nUwe Lang\n\n"
        "Straße, Hausnr.\n\nHafenstraße 9\n\nPostleitzahl, Ort\n\n47533 Kleve\n\n"
        "Schritt 2 - Angaben zu den Personen\n\nNachname\n\nOsman\n\nVorname(n)\n\nBilal\n\n"
        "Geburtsdatum (Tag.Monat.Jahr)\n\n02.02.1990\n\nGeburtsort\n\nKhartum\n\n"
        "Schritt 3 - Anschrift und Behörde\n\nStraße, Hausnr.\n\nUlmenweg 3\n\nPostleitzahl, Ort\n\n34117 Kassel\n"
    )
    assert [(p.vorname, p.adresse) for p in extract_persons(text, ocr=True)] == [
        ("Bilal", "Ulmenweg 3, 34117 Kassel")
    ]
