"""Birthplace, nationality and address of each person: the wordings and OCR damage that left them empty."""

from hfk.classify.persons import extract_persons

HEAD = "Härtefallantrag gemäß § 23a AufenthG\n\nSehr geehrte Damen und Herren,\n\n"
TAIL = "\n\nBegründung:\nDie Familie lebt seit vielen Jahren in Deutschland.\n\nMit freundlichen Grüßen\n"


def _fields(persons):
    return [(p.vorname, p.geburtsort, p.staatsangehoerigkeit) for p in persons]


def test_bare_place_between_date_and_nationality():
    text = (
        HEAD + "Die Personalien:\n\n- Javid Ahmadi, * 23.04.1965, Bamiyan, afghanisch\n\n"
        "- Roya Ahmadi, * 18.04.1995, Bochum, afghanisch\n" + TAIL
    )
    assert _fields(extract_persons(text)) == [
        ("Javid", "Bamiyan", "afghanisch"),
        ("Roya", "Bochum", "afghanisch"),
    ]


def test_bare_word_without_nationality_after_it_is_no_place():
    # ", Dortmund, seit 2015 in Deutschland": no nationality follows, so the word is not the birthplace
    text = HEAD + "- Javid Ahmadi, * 23.04.1965, Dortmund, seit 2015 in Deutschland\n" + TAIL
    assert _fields(extract_persons(text)) == [("Javid", "", "")]


def test_header_in_column_is_the_birthplace():
    text = (
        HEAD + "Name, Vorname geb. am in Staatsangehörigkeit\n"
        "Bajrami, Senad 9.9.1970 Novi Pazar serbisch\n"
        "Bajrami, Ajla 12.2.1969 Belgrad serbisch\n" + TAIL
    )
    assert _fields(extract_persons(text)) == [
        ("Senad", "Novi Pazar", "serbisch"),
        ("Ajla", "Belgrad", "serbisch"),
    ]


def test_short_column_titles_geb_ort_and_sta():
    text = (
        HEAD + "Name | Vorname | Geb. | Geb.-Ort | StA.\n"
        "Noori | Ahmad | 03.04.1985 | Herat | afghanisch\n"
        "Noori | Laila | 12.11.1990 | Kabul | afghanisch\n" + TAIL
    )
    assert _fields(extract_persons(text)) == [
        ("Ahmad", "Herat", "afghanisch"),
        ("Laila", "Kabul", "afghanisch"),
    ]


def test_place_and_nationality_in_one_cell():
    text = (
        HEAD + "Name | Vorname | geb. am | Geburtsort/Staatsangehörigkeit\n"
        "Haddad | Rami | 01.02.1980 | Aleppo/syrisch\n"
        "Haddad | Yara | 05.06.1984 | Deir ez-Zor / Syrien\n" + TAIL
    )
    assert _fields(extract_persons(text)) == [
        ("Rami", "Aleppo", "syrisch"),
        ("Yara", "Deir ez-Zor", "syrisch"),
    ]


def test_nationality_split_by_ocr_is_read():
    text = (
        HEAD + "Name | Vorname | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
        "Diallo | Alpha | 12.11.1995 | Bochum | gui eisch\n" + TAIL
    )
    assert _fields(extract_persons(text)) == [("Alpha", "Bochum", "guineisch")]


def test_country_name_gives_the_adjective():
    text = (
        HEAD + "Antragsteller/in: KAPANADZE, Irakli, * 03.04.1985 in Rustawi, Staatsangehörigkeit Georgien\n"
        "Wohnanschrift: Kirchweg 3, 44135 Dortmund\n" + TAIL
    )
    persons = extract_persons(text)
    assert _fields(persons) == [("Irakli", "Rustawi", "georgisch")]
    assert persons[0].adresse == "Kirchweg 3, 44135 Dortmund"


def test_postcode_glued_to_city():
    text = (
        HEAD + "Herr Ahmad Noori, geboren am 03.04.1985 in Herat, afghanischer Staatsangehöriger. "
        "Die Familie ist wohnhaft in Lindenallee 27b, 44135Dortmund.\n" + TAIL
    )
    assert extract_persons(text)[0].adresse == "Lindenallee 27b, 44135 Dortmund"


def test_c_o_and_facility_stay_part_of_the_address():
    text = (
        HEAD + "Familienname: Abu Salem\nVorname: Jamal\nGeburtsdatum: 04.05.1980\nGeburtsort: Beirut\n"
        "Staatsangehörigkeit: staatenlos\nAnschrift: c/o Familie Schmitz, Kirchweg 3, 44135 Dortmund\n" + TAIL
    )
    p = extract_persons(text)[0]
    assert (p.staatsangehoerigkeit, p.adresse) == (
        "staatenlos",
        "c/o Familie Schmitz, Kirchweg 3, 44135 Dortmund",
    )
    text = (
        HEAD
        + "Name: Haddad\nVorname: Rami\ngeboren am: 01.02.1980\nGeburtsort: Aleppo\nNationalität: Syrien\n"
        "Wohnort: ZUE Bonn, Ermekeilstraße 28, 53113 Bonn\n" + TAIL
    )
    p = extract_persons(text)[0]
    assert (p.staatsangehoerigkeit, p.adresse) == ("syrisch", "ZUE Bonn, Ermekeilstraße 28, 53113 Bonn")


def test_abbreviated_wohnhaft_and_family_address_for_everyone():
    text = (
        HEAD + "1. Ahmad NOORI, geb. 03.04.1985 in Herat (Afghanistan), StA.: afghanisch, "
        "wh. Hauptstraße 12a, 44135 Dortmund\n"
        "2. Laila NOORI, geb. 12.11.1990 in Kabul (Afghanistan), StA.: afghanisch, wohnhaft ebenda\n" + TAIL
    )
    persons = extract_persons(text)
    assert [p.adresse for p in persons] == ["Hauptstraße 12a, 44135 Dortmund"] * 2
    assert [p.staatsangehoerigkeit for p in persons] == ["afghanisch", "afghanisch"]


def test_unstated_fields_stay_empty():
    # the child's nationality and birthplace are not stated, and no address at all: the checklist must ask
    text = (
        HEAD + "Familienname | Vorname | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
        "Noori | Ahmad | 03.04.1985 | Herat | afghanisch\n"
        "Noori | Omid | 12.11.2012 | | \n" + TAIL
    )
    persons = extract_persons(text)
    assert [p.vorname for p in persons] == ["Ahmad", "Omid"]
    assert (persons[1].geburtsort, persons[1].staatsangehoerigkeit) == ("", "")
    assert [p.adresse for p in persons] == ["", ""]


def test_nationality_a_line_break_moved_under_its_label():
    text = (
        HEAD + "Antragsteller/in: ALIYEV, Farid, * 18.06.1982 in Sumqayit, Staatsangehörigkeit\n\n"
        "Aserbaidschan\n\nEhegatte: ALIYEV, Gunel, * 20.04.1981 in Baku, Staatsangehörigkeit\nAserbaidschan\n"
        + TAIL
    )
    assert [p.staatsangehoerigkeit for p in extract_persons(text)] == ["aserbaidschanisch"] * 2


def test_glued_address_title_and_address_cell_after_the_nationality():
    # OCR glued "Staatsangehörigkeit" and "Anschrift"; each row's last cells ran together
    text = (
        HEAD + "Name Vorname Geburtsdatum Geburtsort | Staatsangehörigkeischrift\n"
        "Kapanadze Irakli 9.6.1978 Sugdidi Georgien Goethestr. 5, 50667 Köln\n"
        "Kapanadze Mariam 13.2.1978 Rustawi Georgien Goethestr. 5, 50667 Köln\n" + TAIL
    )
    persons = extract_persons(text)
    assert [(p.vorname, p.geburtsort, p.staatsangehoerigkeit, p.adresse) for p in persons] == [
        ("Irakli", "Sugdidi", "georgisch", "Goethestr. 5, 50667 Köln"),
        ("Mariam", "Rustawi", "georgisch", "Goethestr. 5, 50667 Köln"),
    ]


def test_country_in_brackets_is_not_part_of_the_place():
    text = (
        HEAD
        + "1. Abdi MOHAMED, geb. 02.03.1984 in Hargeisa (Somalia), wohnhaft Kirchweg 3, 44135 Dortmund\n"
        + TAIL
    )
    p = extract_persons(text)[0]
    assert (p.geburtsort, p.staatsangehoerigkeit) == ("Hargeisa", "somalisch")


def test_unresolved_nationality_is_not_reported_as_stateless():
    # "ungeklärt" and "staatenlos" are different findings for the Ausländerbehörde: keep the word
    from hfk.classify.persons import nationality

    assert nationality("Staatsangehörigkeit: ungeklärt") == "ungeklärt"
    assert nationality("ungeklärte Staatsangehörigkeit") == "ungeklärt"
    assert nationality("staatenlos") == "staatenlos"
