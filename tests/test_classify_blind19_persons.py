"""Person layouts of blind19 (seen after its blind run), written anew for these tests: a persons table
with a second table keyed by the running number, a chronicle of births, a signature block with the
birth between middle dots, and a pleading's birth told under a pronoun after an apposition."""

from hfk.classify.persons import extract_persons


def test_a_second_table_adds_columns_by_the_running_number():
    text = (
        "Personen im Haushalt\n"
        "lfd. Familienname Vorname(n) geb.\n"
        "01 Abdullahi Hodan 3.4.1988\n"
        "02 Abdullahi Farah 12.9.2015\n\n"
        "Ergänzung zu den lfd. Nummern\n"
        "lfd. Staatsangehörigkeit Geburtsort\n"
        "01 somalisch Kismayo\n"
        "02 somalisch Bielefeld\n\n"
        "Meldeanschrift des Haushalts: Am Bach 4 in 33602 Bielefeld\n"
    )
    persons = extract_persons(text, ocr=False)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Abdullahi", "Hodan", "1988-04-03", "Kismayo", "somalisch"),
        ("Abdullahi", "Farah", "2015-09-12", "Bielefeld", "somalisch"),
    ]
    assert {p.adresse for p in persons} == {"Am Bach 4, 33602 Bielefeld"}


def test_the_running_number_ocr_read_with_a_capital_i():
    text = (
        "Ifd. Familienname Vorname(n) geb.\n\n"
        "01 Abdullahi Hodan 3.4.1988\n\n"
        "Ergänzung zu den Ifd. Nummern\n\n"
        "Ifd. Staatsangehörigkeit Geburtsort\n\n"
        "01 somalisch Kismayo\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.vorname, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Hodan", "Kismayo", "somalisch")
    ]


def test_the_running_numbers_ocr_read_with_letters():
    text = (
        "Ifd. Familienname Vorname(n) geb.\n\n"
        "01 Abdullahi Hodan 3.4.1988\n"
        "02 Abdullahi Farah 12.9.2015\n\n"
        "Ergänzung zu den Ifd. Nummern\n\n"
        "Ifd. Staatsangehörigkeit Geburtsort\n\n"
        "ol somalisch Kismayo\n"
        "O2 somalisch Bielefeld\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.vorname, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Hodan", "Kismayo", "somalisch"),
        ("Farah", "Bielefeld", "somalisch"),
    ]


def test_births_in_a_chronicle_and_the_nationality_of_all_named_persons():
    text = (
        "Wann Was\n"
        "4. März 1985 Geburt von Amina JALLOH in Bo\n"
        "19.10.2014 Geburt von Musa JALLOH in Freetown\n"
        "02.02.2016 Einreise der Familie\n\n"
        "Sämtliche genannten Personen besitzen die Staatsangehörigkeit: sierra-leonisch.\n"
        "gemeldet unter 45127 Essen, Lindenallee 12\n"
    )
    persons = extract_persons(text, ocr=False)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Jalloh", "Amina", "1985-03-04", "Bo"),
        ("Jalloh", "Musa", "2014-10-19", "Freetown"),
    ]
    assert {p.adresse for p in persons} == {"Lindenallee 12, 45127 Essen"}


def test_birth_place_and_nationality_between_middle_dots_under_the_signatures():
    text = (
        "Unsere gemeinsame Meldeadresse: Ringstraße 7, 44135 Dortmund.\n"
        "Mit Dank für Ihre Mühe\n\n"
        "Arash Karimi\n\ngeb. 3.11.1980 · Schiras · iranisch\n\n"
        "zugleich für die minderjährige Tochter: Dina Karimi (geb. 2.2.2016 · Dortmund · iranisch)\n"
    )
    persons = extract_persons(text, ocr=False)
    assert [(p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Arash", "1980-11-03", "Schiras", "iranisch"),
        ("Dina", "2016-02-02", "Dortmund", "iranisch"),
    ]


def test_a_birth_under_a_pronoun_after_the_persons_apposition():
    text = (
        "Antragsteller zu 1) ist Herr Driton Berisha. Er wurde am 4. Mai 1987 in Peja geboren und ist "
        "kosovarischer Staatsangehörigkeit.\n"
        "Antragstellerin zu 2) ist Frau Vjosa Berisha, Ehefrau des Antragstellers zu 1). Sie wurde am "
        "9. Juli 1990 in Prizren geboren und ist kosovarischer Staatsangehörigkeit.\n"
    )
    persons = extract_persons(text, ocr=False)
    assert [(p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Driton", "1987-05-04", "Peja", "kosovarisch"),
        ("Vjosa", "1990-07-09", "Prizren", "kosovarisch"),
    ]


def test_english_sentences_that_tell_the_place_before_the_date():
    text = (
        "I, Leyla Hasanova, was born in Ganja on 3 March 1991 and am Azerbaijani by nationality.\n\n"
        "My son, Elvin Hasanova, was born in Essen on 14 July 2019 and is Azerbaijani by nationality.\n\n"
        "You can reach us at Viehofer Platz 3, 45127 Essen.\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Hasanova", "Leyla", "1991-03-03", "Ganja"),
        ("Hasanova", "Elvin", "2019-07-14", "Essen"),
    ]


def test_a_scribble_above_a_signatory_is_no_family_name() -> None:
    """A signature OCR read as "MSN," stands a blank line above the typed name: "Family, Given" is
    written on one line (or wrapped once), never across a blank line."""
    text = (
        "Aslan Tsurova\n\ngeb. 27.7.1969 - Nasran - russisch\n\n"
        "MSN,\n\nOlga Tsurova\n\ngeb. 17.6.1969 - Nasran - russisch\n"
    )
    assert [(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(text, ocr=True)] == [
        ("Tsurova", "Aslan", "1969-07-27"),
        ("Tsurova", "Olga", "1969-06-17"),
    ]


def test_the_second_middle_dot_ocr_read_as_a_guillemet_or_a_colon():
    text = (
        "Berfin Celik\n\ngeb. 29.1.1968 - Mardin « türkisch\n\n"
        "Arben Morina\n\ngeb. 3.11.1993 - Mitrovica : kosovarisch\n"
    )
    assert [(p.vorname, p.geburtsort, p.staatsangehoerigkeit) for p in extract_persons(text, ocr=True)] == [
        ("Berfin", "Mardin", "türkisch"),
        ("Arben", "Mitrovica", "kosovarisch"),
    ]
