"""The six fields of every person where a letter gives some of them once for the household (session
13): a shelter's address with its room, a family that lives or is registered somewhere, an address in
a street field and a postcode/place field, a table's relation codes explained in a legend, a header
cell with two titles ("NAME, Vorname"), a column for birth date and place together, outline numbers
of a form's sections, a colonless place field with its country, the short "Staatsang." label. Each
text is written by hand; the negative cases guard a city's own bracket and legends of other codes."""

from hfk.classify.persons import extract_persons

HEAD = "An die Härtefallkommission des Landes NRW\nAntrag nach § 23a AufenthG\n\n"
TAIL = "\n\nBegründung: Die Familie lebt seit 2016 in Deutschland.\n\nMit freundlichen Grüßen\n"
FIELDS = ("name", "vorname", "geburtsdatum", "geburtsort", "staatsangehoerigkeit", "adresse")


def _rows(text: str, ocr: bool = False) -> list[tuple[str, ...]]:
    return [tuple(getattr(p, f) for f in FIELDS) for p in extract_persons(HEAD + text + TAIL, ocr=ocr)]


def test_shelter_address_without_its_room():
    text = (
        "Antragsteller: Lamine TOURÉ (* 4. März 1990 in Conakry; guineisch)\n\n"
        "Unterkunft: Feldstraße 9, 33602 Bielefeld (Zimmer 112)\n"
    )
    assert _rows(text) == [
        ("Touré", "Lamine", "1990-03-04", "Conakry", "guineisch", "Feldstraße 9, 33602 Bielefeld")
    ]


def test_city_bracket_of_its_name_stays():
    text = "Name: Sesay\nVorname: Fatmata\nGeburtsdatum: 02.02.1992\nAnschrift: Am Gries 3, 06108 Halle (Saale)\n"
    assert _rows(text)[0][5] == "Am Gries 3, 06108 Halle (Saale)"


def test_english_household_that_lives_at_an_address():
    text = (
        "Persons covered by this application:\n\n"
        "Kofi MENSAH, born 3 May 1980 in Kumasi, Ghanaian\n"
        "Abena MENSAH, born 9 June 1984 in Accra, Ghanaian\n\n"
        "All of us live at: Hafenweg 14, 48155 Münster\n"
    )
    addresses = {row[5] for row in _rows(text)}
    assert addresses == {"Hafenweg 14, 48155 Münster"}


def test_household_registered_at_an_address():
    text = (
        "Familienname: Berisha\nVornamen: Ilir\nGeburtstag: 6. Mai 1988\nGeburtsort: Peja\n"
        "Staatsang. kosovarisch\n\nAlle gemeldet in: Kirchgasse 2, 47051 Duisburg\n"
    )
    assert _rows(text) == [
        ("Berisha", "Ilir", "1988-05-06", "Peja", "kosovarisch", "Kirchgasse 2, 47051 Duisburg")
    ]


def test_address_in_a_postcode_field_and_a_street_field():
    text = (
        "Name: Rahimi\nVorname: Sima\nGeburtsdatum: 11.11.1991\nGeburtsort: Kabul\nStaatsangehörigkeit: afghanisch\n"
        "PLZ/Ort: 44139 Dortmund – Straße/Nr.: Lindenhof 5\nWeitere Angaben folgen.\n"
    )
    assert _rows(text)[0][5] == "Lindenhof 5, 44139 Dortmund"
    stacked = text.replace(
        "PLZ/Ort: 44139 Dortmund – Straße/Nr.: Lindenhof 5",
        "Straße, Hausnummer: Lindenhof 5a\nPLZ, Ort: 44139 Dortmund",
    )
    assert _rows(stacked)[0][5] == "Lindenhof 5a, 44139 Dortmund"


TABLE = (
    "Nr. | geb. am | NAME, Vorname | StA | Geburtsort | Verh.\n"
    "1 | 14.02.1979 | JAFARI, Hamid | iranisch | Karadsch | AS\n"
    "2 | 30.07.1983 | JAFARI, Nasrin | iranisch | Kermanschah | EP\n"
    "3 | 01.12.2012 | JAFARI, Yasaman | iranisch | Karadsch | K\n"
    "AS = Antragsteller/in, EP = Ehepartner/in, K = Kind\n"
)


def test_header_cell_with_family_name_and_first_name_and_a_relation_column():
    assert [row[:5] for row in _rows(TABLE)] == [
        ("Jafari", "Hamid", "1979-02-14", "Karadsch", "iranisch"),
        ("Jafari", "Nasrin", "1983-07-30", "Kermanschah", "iranisch"),
        ("Jafari", "Yasaman", "2012-12-01", "Karadsch", "iranisch"),
    ]


def test_relation_codes_of_the_legend_are_no_part_of_the_place():
    # OCR lost most cell rules: the code stands after the place, one space between
    scanned = (
        "Nr. |geb. am NAME, Vorname StA Geburtsort Verh.\n"
        "1 14.02.1979 JAFARI, Hamid iranisch | Karadsch AS\n"
        "2 30.07.1983 JAFARI, Nasrin iranisch Kermanschah EP\n"
        "3 01.12.2012 JAFARI, Yasaman iranisch Karadsch K\n"
        "AS = Antragsteller/in, EP = Ehepartner/in, K = Kind\n"
    )
    rows = _rows(scanned, ocr=True)
    assert [(r[1], r[3]) for r in rows] == [
        ("Hamid", "Karadsch"),
        ("Nasrin", "Kermanschah"),
        ("Yasaman", "Karadsch"),
    ]


def test_a_legend_of_other_codes_strips_nothing():
    scanned = (
        "Nr. |geb. am NAME, Vorname StA Geburtsort Verh.\n"
        "1 14.02.1979 JAFARI, Hamid iranisch | Karadsch AS\n"
        "AS = Aufenthaltsstatus, D = Duldung\n"
    )
    assert _rows(scanned, ocr=True)[0][3] == "Karadsch AS"


def test_form_fields_of_the_main_person_above_a_household_table():
    text = (
        "1. Hauptperson des Antrags\n\n"
        "1.1 Familienname Dervishi\n1.2 Vorname Agim\n1.3 Geburtsdatum 12.01.1980\n"
        "1.4 Geburtsort / -land Shkodra / Albanien\n1.5 Staatsangehörigkeit albanisch\n"
        "1.6 Anschrift Weidenweg 8, 52062 Aachen\n\n"
        "2. Mitantragstellende Haushaltsangehörige\n\n"
        "lfd. Zuname, Vornamen Geburt (Datum / Ort) Nationalität Beziehung\n"
        "2.1 Dervishi, Elira 03.03.1984 / Tirana albanisch Ehefrau\n\n"
        "2.2 Dervishi, Klea 21.09.2010 / Durrës albanisch Tochter\n\n"
        "Wohnort aller Haushaltsangehörigen: siehe 1.6.\n"
    )
    home = "Weidenweg 8, 52062 Aachen"
    assert _rows(text) == [
        ("Dervishi", "Agim", "1980-01-12", "Shkodra", "albanisch", home),
        ("Dervishi", "Elira", "1984-03-03", "Tirana", "albanisch", home),
        ("Dervishi", "Klea", "2010-09-21", "Durrës", "albanisch", home),
    ]


ITEMS = (
    "1. Personalangaben\n\n1.1 Antragsteller/in\n"
    "Osmani, Drita · * 02.06.1986 · Geburtsort Gostivar · StA: nordmazedonisch\n\n"
    "1.2 Ehegatte/Ehegattin\n"
    "Osmani, Fadil · * 19.01.1983 · Geburtsort Tetovo · StA: nordmazedonisch\n\n"
    "1.3 Kinder unter 18 Jahren\n"
    "Kind (Vor- und Nachname) Geburtsdatum Geburtsort StA\n\n"
    "Elona Osmani 07.07.2014 Tetovo nordmazedonisch\n\n"
    "1.4 Anschrift: Uferstraße 6, 59065 Hamm\n2. Ausländerbehörde und Status\n"
)


def test_list_items_parted_by_middle_dots_above_a_childrens_table():
    home = "Uferstraße 6, 59065 Hamm"
    assert _rows(ITEMS) == [
        ("Osmani", "Drita", "1986-06-02", "Gostivar", "nordmazedonisch", home),
        ("Osmani", "Fadil", "1983-01-19", "Tetovo", "nordmazedonisch", home),
        ("Osmani", "Elona", "2014-07-07", "Tetovo", "nordmazedonisch", home),
    ]


def test_place_after_a_separator_ocr_read_as_plus():
    scanned = ITEMS.replace(" · ", " - ").replace("02.06.1986 - Geburtsort", "02.06.1986 + Geburtsort")
    assert [r[3] for r in _rows(scanned, ocr=True)] == ["Gostivar", "Tetovo", "Tetovo"]


def test_outline_numbers_whose_dots_a_scan_lost():
    scanned = (
        "1. Angaben zu den betroffenen Personen\n\n"
        "11 Familienname SALIHU\n\n12152 Vorname(n) Dren\n\n113 Geburtstag 2.9.1984\n\n"
        "1.1.4 Geburtsort/-land Prizren\n\n1.1.5 Staatsangehörigkeit kosovarisch\n\n"
        "1.1.6 Wohnanschrift Bachstraße 3, 42103 Wuppertal\n"
    )
    assert _rows(scanned, ocr=True) == [
        ("Salihu", "Dren", "1984-09-02", "Prizren", "kosovarisch", "Bachstraße 3, 42103 Wuppertal")
    ]


COLUMNS = (
    "Der Antrag gilt für diese Personen:\n\n"
    "  Antragstellerin  Ehemann  Sohn  Tochter\n\n"
    "Familienname  Bajrami  Bajrami  Bajrami  Bajrami\n\n"
    "Vornamen  Arta  Luan  Dion  Era\n\n"
    "Geburtstag  4. Mai 1985    2. März 2012  9. Juli 2015\n\n"
    "Geburtsort  Gjilan  Peja  Gjilan  Gjilan\n\n"
    "Staatsang.  kosovarisch  kosovarisch  kosovarisch  kosovarisch\n"
)


def test_column_form_with_a_date_cell_left_empty():
    # mail text: two spaces part the cells, four stand where the husband's date is missing
    rows = _rows(COLUMNS)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Arta", "1985-05-04", "Gjilan"),
        ("Luan", "", "Peja"),
        ("Dion", "2012-03-02", "Gjilan"),
        ("Era", "2015-07-09", "Gjilan"),
    ]


def test_column_form_parted_by_wide_runs_throughout_has_no_empty_cell():
    wide = COLUMNS.replace("  ", "    ").replace(
        "4. Mai 1985        2. März 2012", "4. Mai 1985    1. Juni 1983    2. März 2012"
    )
    assert [r[2] for r in _rows(wide)] == ["1985-05-04", "1983-06-01", "2012-03-02", "2015-07-09"]


def test_form_fields_numbered_without_dots():
    text = (
        "A. Angaben zur Person\n\nPerson 1 (Antragstellerin)\n\n"
        "1 Familienname Shala\n\n2 Vorname(n) Liridona\n\n3 Geburtsdatum 3.3.1990\n\n4 Geburtsort Gjilan\n\n"
        "5 Staatsangehörigkeit kosovarisch\n\n6 Anschrift Talweg 4, 45127 Essen\n"
    )
    assert _rows(text, ocr=True) == [
        ("Shala", "Liridona", "1990-03-03", "Gjilan", "kosovarisch", "Talweg 4, 45127 Essen")
    ]


def test_table_numbered_rows_with_written_dates_and_a_relation_column():
    # a mail's table after clean(): one space between the cells; the running number before a day
    # of one digit, the family name in capitals after the first name, the relation last
    text = (
        "Nr. geboren am in Staatsang. Vorname FAMILIENNAME Stellung\n\n"
        "1 6. Februar 1991 Kano nigerianisch Ngozi OBI Antragstellerin\n\n"
        "2 25. März 1988 Benin City nigerianisch Chidi OBI Ehemann\n\n"
        "3 17. August 2019 Lagos nigerianisch Ada OBI Tochter\n\n"
        "Anschrift (PLZ/Ort zuerst): 45127 Essen, Talweg 4\n"
    )
    home = "Talweg 4, 45127 Essen"
    assert _rows(text) == [
        ("Obi", "Ngozi", "1991-02-06", "Kano", "nigerianisch", home),
        ("Obi", "Chidi", "1988-03-25", "Benin City", "nigerianisch", home),
        ("Obi", "Ada", "2019-08-17", "Lagos", "nigerianisch", home),
    ]


def test_table_row_whose_year_wrapped_onto_the_next_line():
    text = (
        "Nr. geboren am in Staatsang. Vorname FAMILIENNAME Stellung\n\n"
        "1 14. Dezember Täbris iranisch Reza AHMADI Antragsteller\n1994\n\n"
        "Anschrift (PLZ/Ort zuerst): 58119 Hagen, Am Hang 9\nI. Lebensweg\nHerr Ahmadi kam 2015 nach Deutschland.\n"
    )
    assert _rows(text) == [("Ahmadi", "Reza", "1994-12-14", "Täbris", "iranisch", "Am Hang 9, 58119 Hagen")]
    assert _rows(text.replace("Am Hang 9\n", "Am Hang 9 b\n"))[0][5] == "Am Hang 9 b, 58119 Hagen"


def test_english_table_with_a_full_name_column_and_wrapped_years():
    text = (
        "Dear members of the Commission,\nI kindly apply to the Commission for my family and me, and we ask you "
        "to consider our case. This application is made for:\n\n"
        "Name in full Birth date Birthplace Nationality Family role\n"
        "Kofi Owusu 13 September Kumasi Ghanaian applicant\n1979\n\n"
        "Abena Owusu 1 November Accra Ghanaian wife\n1982\n\n"
        "1. Background\nI grew up in Ghana. I reached Germany on May 3, 2014.\n"
    )
    assert [r[:5] for r in _rows(text)] == [
        ("Owusu", "Kofi", "1979-09-13", "Kumasi", "Ghanaian"),
        ("Owusu", "Abena", "1982-11-01", "Accra", "Ghanaian"),
    ]


def test_wohnsitz_introduces_the_households_address():
    # a letter in prose: the persons in sentences, the household's address in a line of its own
    text = (
        "Herr Ilir Berisha, geboren am 06.05.1988 in Peja, kosovarischer Staatsangehöriger, und seine Ehefrau "
        "Drita Berisha, geboren am 01.02.1990 in Prizren, beantragen die Befassung der Kommission.\n\n"
        "Wohnsitz: Kirchgasse 2, 47051 Duisburg.\n"
    )
    assert {r[5] for r in _rows(text)} == {"Kirchgasse 2, 47051 Duisburg"}
