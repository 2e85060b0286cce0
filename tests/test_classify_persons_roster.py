"""Persons checked against the names a letter states: damaged rows mended, noise rows dropped,
OCR-damaged nationalities, and OCR slips in dates and headers of unseen person-block layouts."""

import random

from hfk.classify.persons import _roster, extract_persons, fuzzy_nationality
from hfk.corpus.layout import DocSpec, P, Table, layout
from hfk.corpus.render import fax_page, fax_tiff
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions

HEADER = "Name | Vorname | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
TAIL = "\nAnschrift aller Personen: Schulstraße 61, 53119 Bonn\nBegründung:\nDie Familie lebt in Bonn.\n"


def _keys(persons):
    return [(p.name, p.vorname, p.geburtsdatum) for p in persons]


def test_roster_reads_the_intro_list_also_with_ocr_slips():
    text = (
        "ich schreibe iin Namen meines Schwagers / meiner Angehörigen Dariush jafari,\n"
        "Parisa jafari und Nasrin jafari und beantrage in ihrer Vertretung ...\n"
        "Er lebt mit seiner Ehefrau Parisa Jafari zusammen."
    )
    assert _roster(text) == [("Dariush", "Jafari"), ("Parisa", "Jafari"), ("Nasrin", "Jafari")]
    text = "namens und in Vollmacht meiner Mandantschaft (Arta Hoxha, Fatmir Hoxha\nund Driton Hoxha) beantrage ich"
    assert _roster(text) == [("Arta", "Hoxha"), ("Fatmir", "Hoxha"), ("Driton", "Hoxha")]
    # a small first letter is a name only where the text also capitalises it
    assert _roster("im Namen von Sekou camara und beantrage") == []


def test_a_noise_row_is_replaced_by_the_stated_person_and_shifted_cells_are_mended():
    text = (
        "ich schreibe im Namen meiner Angehörigen Dariush jafari, Parisa jafari und Nasrin jafari und "
        "beantrage in ihrer Vertretung, dass die Kommission sich befasst.\n\n"
        "Name __ |Vorname |Geburtsdatuhßeburtsort |Staatsangehörigkeit\n"
        "en ea ee he nn ana\n"
        ": Parisa 13.06.1974 | Schiras —_ iranisch\n"
        "| Nasrin 25.09.2015 |Maschhad —iranisch |\n" + TAIL + "Er lebt mit seiner Ehefrau Parisa Jafari."
    )
    persons = extract_persons(text)
    assert _keys(persons) == [
        ("Jafari", "Dariush", ""),
        ("Jafari", "Parisa", "1974-06-13"),
        ("Jafari", "Nasrin", "2015-09-25"),
    ]
    # the person the noise row stood for has the family's nationality, nothing invented
    assert [p.staatsangehoerigkeit for p in persons] == ["iranisch"] * 3


def test_a_noise_row_without_stated_names_is_dropped():
    text = HEADER + "Karimi | Ahmad | 03.04.1985 | Herat | afghanisch\nen ea ee he nn ana\n" + TAIL
    assert _keys(extract_persons(text)) == [("Karimi", "Ahmad", "1985-04-03")]


def test_a_damaged_first_name_takes_the_stated_one_by_elimination():
    text = (
        "ich schreibe im Namen meines Cousins Sekou Camara und beantrage ...\n\n"
        "Name Vorname | Geburtsdatum Geburtsort. . !\n"
        "Camara | Ho kon | 05.08.1991 |Labe | quineiseh |\n" + TAIL
    )
    persons = extract_persons(text)
    assert _keys(persons) == [("Camara", "Sekou", "1991-08-05")]
    assert persons[0].staatsangehoerigkeit == "guineisch"


def test_a_clean_row_keeps_its_own_spelling():
    # the table is the formal statement: a different but clean spelling stays
    text = (
        "im Auftrag von Mohammed Karimi stellen wir einen Antrag.\n\n"
        + HEADER
        + "Karimi | Mohammad | 03.04.1985 | Herat | afghanisch\n"
        + TAIL
    )
    assert _keys(extract_persons(text)) == [("Karimi", "Mohammad", "1985-04-03")]


def test_speckled_name_cells_keep_the_words_the_text_uses():
    text = (
        "ich stelle einen Härtefallantrag.\n\n"
        + HEADER
        + "‘Murad : u [Haidar Zur | 02.02.1997 | Erbil | irakisch\n"
        "‘Murad = | Gulistan | 07.11.2021 | Dohuk | irakisch\n"
        + TAIL
        + "Ich lebe mit meiner Familie. Haidar Murad und Gulistan Murad leben in Bonn."
    )
    assert _keys(extract_persons(text)) == [
        ("Murad", "Haidar", "1997-02-02"),
        ("Murad", "Gulistan", "2021-11-07"),
    ]


def test_fuzzy_nationality_takes_the_nearest_adjective_and_guards_other_words():
    assert fuzzy_nationality("quineiseh") == "guineisch"
    assert fuzzy_nationality("jrakisch") == "irakisch"  # irakisch (1 slip), not iranisch (2)
    assert fuzzy_nationality("higerianisch") == "nigerianisch"
    assert fuzzy_nationality("kurdisch") == ""  # an ethnicity, two slips from türkisch
    assert fuzzy_nationality("praktisch") == ""
    assert fuzzy_nationality("Kabul") == ""


def test_a_label_value_after_a_blank_line_and_damaged_nationality_in_a_list():
    text = (
        "1. Tehrani, Behnam, geb. am 03.01.1968, in Ahvaz, Staatsangehörigkeit:\n\niranisch\n\n"
        "2. Okafor, Ikechukwu, geb. am 26.04.2021, in Lagos, Staatsangehörigkeit:\nhigerianisch\n"
    )
    persons = extract_persons(text)
    assert [p.staatsangehoerigkeit for p in persons] == ["iranisch", "nigerianisch"]


def test_list_items_with_equal_names_keep_their_own_dates():
    text = (
        "ich schreibe im Namen meiner Angehörigen Yusuf Çelik, Zeynep\n"
        "Çelik, Hasan Çelik, Hasan Çelik und Zeynep Çelik und beantrage in ihrer Vertretung.\n"
        "1. Çelik, Yusuf, geb. am 19.01.1987, in Diyarbakır, Staatsangehörigkeit: türkisch\n"
        "2. Çelik, Zeynep, geb. am 15.05.1990, in Batman, Staatsangehörigkeit: türkisch\n"
        "3. Çelik, Hasan, geb. am 18.09.2011, Staatsangehörigkeit: türkisch\n"
        "4. Çelik, Hasan, geb. am 13.08.2017, in Ankara, Staatsangehörigkeit: türkisch\n"
        "5. Çelik, Zeynep, geb. am 12.10.2019, in Van, Staatsangehörigkeit: türkisch\n"
    )
    assert _keys(extract_persons(text)) == [
        ("Çelik", "Yusuf", "1987-01-19"),
        ("Çelik", "Zeynep", "1990-05-15"),
        ("Çelik", "Hasan", "2011-09-18"),
        ("Çelik", "Hasan", "2017-08-13"),
        ("Çelik", "Zeynep", "2019-10-12"),
    ]


def test_ocr_slips_in_dates_and_a_stacked_header_with_blank_lines():
    text = "1) Alpha DIALLO, geboren am 28, Februar 1982 in Kindia, guineisch\n"
    assert _keys(extract_persons(text)) == [("Diallo", "Alpha", "1982-02-28")]
    text = "Antragsteller ist Arbenita Berisha, geb, am 27:05.1980 in Peja, kosovarischer Staatsangehöriger."
    assert _keys(extract_persons(text)) == [("Berisha", "Arbenita", "1980-05-27")]
    text = (
        "Name\n\nVorname\n\nGeburtsdatum\n\nGeburtsort\n\nStaatsangehorigkei\n\n"
        "Ozdemir\n\nBaran\n\n15.03.2001\n\nSirnak\n\nturkisch\n\n" + TAIL
    )
    assert _keys(extract_persons(text)) == [("Özdemir", "Baran", "2001-03-15")]  # respelled


def test_the_signature_below_a_page_break_names_the_self_told_birth():
    text = (
        "ich stelle einen Härtefallantrag.\n\nIch bin am 02.10.1991 in Raqqa (Syrien) geboren.\n\n"
        "Mit freundlichen Grüßen\n\nSeite 1 von 2\n\n26.05.2025 14:14 FAX +49 536 441519 Tarek Al-Hassan S. 2/3\n\n"
        "N ie Du\n\nTarek Al-Hassan\n\nAnlagen: Lebenslauf"
    )
    persons = extract_persons(text)
    assert _keys(persons) == [("Al-Hassan", "Tarek", "1991-10-02")]
    assert persons[0].staatsangehoerigkeit == "syrisch"


def test_faxed_table_with_unseen_column_order_is_checked_against_the_intro(tmp_path):
    """A real fax (Tesseract): first names first, family names in capitals, the birth place last."""
    family = [
        ("Yaw", "1980-11-26", "Accra"),
        ("Kwame", "1979-01-14", "Kumasi"),
        ("Akosua", "2019-06-24", "Tamale"),
    ]
    rows = [["Vorname", "Familienname", "geb. am", "Staatsangehörigkeit", "Geburtsort"]]
    rows += [[v, "MENSAH", f"{d[8:]}.{d[5:7]}.{d[:4]}", "ghanaisch", place] for v, d, place in family]
    spec = DocSpec(
        blocks=[
            P("Härtefallantrag gemäß § 23a AufenthG", bold=True),
            P("im Auftrag von Yaw Mensah, Kwame Mensah und Akosua Mensah stellen wir einen Antrag."),
            Table(rows, [0.18, 0.2, 0.16, 0.24, 0.22]),
            P("Anschrift aller Personen: Lindenweg 12, 45127 Essen"),
            P("Begründung:", bold=True),
            P("Die Familie lebt seit Jahren in Essen."),
        ]
    )
    rng = random.Random(7)
    image = fax_page(layout(spec)[0], rng, fine=True, header="01.02.2025 10:00 FAX +49 201 5555 S. 1")
    path = tmp_path / "fax.tif"
    path.write_bytes(fax_tiff([image], True, "group4"))
    sub = ingest([path], IngestOptions(quarantine_dir=str(tmp_path / "q"), workers=1))
    persons = extract_persons(sub.files[0].pages[0].text)
    # every person found under the stated names (also one whose row OCR lost), none invented
    assert [(p.name, p.vorname) for p in persons] == [("Mensah", v) for v, _, _ in family]
    assert sum(p.geburtsdatum == d for p, (_, d, _) in zip(persons, family, strict=True)) >= 2
    assert all(p.staatsangehoerigkeit == "ghanaisch" for p in persons)


def test_a_stated_name_of_another_family_is_not_added():
    text = (
        "im Auftrag von Caritas Bonn und Ahmad Karimi stellen wir einen Antrag.\n\n"
        + HEADER
        + "Karimi | Ahmad | 03.04.1985 | Herat | afghanisch\n"
        + TAIL
    )
    assert _keys(extract_persons(text)) == [("Karimi", "Ahmad", "1985-04-03")]


def test_a_lone_small_letter_after_a_birth_place_is_a_speck():
    text = HEADER + "Hakobyan | Aram | 09.10.2008 | Abowjan j | armenisch\n" + TAIL
    assert extract_persons(text)[0].geburtsort == "Abowjan"


def test_a_stacked_header_with_glued_titles_and_a_wrapped_word():
    text = (
        "im Auftrag von Vjosa Morina stellen wir einen Antrag.\n\nName\n\nVorname\n\nGeburtsdatunGeburtsort\n\n"
        "Staatsangehörigk\n\neit\n\nMorina\n\nVjosa\n\n23.08.1983 Mitrovica\n\nkosovarisch\n" + TAIL
    )
    persons = extract_persons(text)
    assert _keys(persons) == [("Morina", "Vjosa", "1983-08-23")]
    assert (persons[0].geburtsort, persons[0].staatsangehoerigkeit) == ("Mitrovica", "kosovarisch")


def test_family_name_in_capitals_is_the_family_name_whichever_comes_first() -> None:
    text = (
        "Härtefallantrag\nSehr geehrte Damen und Herren,\nwir beantragen für:\n"
        "1. HADDAD Karim, geb. 03.04.1988 in Aleppo, syrisch\n2. HADDAD Amira, geb. 05.06.1990 in Homs, syrisch\n"
        "Begründung: ..."
    )
    assert [(p.name, p.vorname) for p in extract_persons(text)] == [("Haddad", "Karim"), ("Haddad", "Amira")]


def test_a_table_read_the_wrong_way_round_is_turned_by_the_names_the_letter_states() -> None:
    text = (
        "Härtefallantrag\nSehr geehrte Damen und Herren,\nim Namen von Karim Haddad und Amira Haddad "
        "beantragen wir ...\nName | Vorname | Geburtsdatum\nKarim | Haddad | 03.04.1988\nAmira | Haddad | 05.06.1990\n"
        "Begründung"
    )
    assert [(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(text)] == [
        ("Haddad", "Karim", "1988-04-03"),
        ("Haddad", "Amira", "1990-06-05"),
    ]


def test_children_named_by_first_name_bear_the_family_name() -> None:
    text = (
        "Härtefallantrag\n1. Haddad, Karim, geb. 03.04.1988 in Aleppo, syrisch\n"
        "2. Haddad, Amira, geb. 05.06.1990 in Homs, syrisch\n"
        "Kinder: Leyla, geb. 14.09.2014 in Dortmund; Omar, geb. 20.11.2016 in Dortmund\nBegründung"
    )
    assert [(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(text)][2:] == [
        ("Haddad", "Leyla", "2014-09-14"),
        ("Haddad", "Omar", "2016-11-20"),
    ]


def test_a_relation_column_holds_no_name() -> None:
    text = (
        "Härtefallantrag\nVerhältnis | Name | Vorname | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
        "Antragsteller | Haddad | Karim | 03.04.1988 | Aleppo | syrisch\n"
        "Ehefrau | Haddad | Amira | 05.06.1990 | Homs | syrisch\nSohn | Haddad | Omar | 20.11.2016 | Dortmund | syrisch\n"
        "Begründung"
    )
    assert [(p.name, p.vorname, p.geburtsort) for p in extract_persons(text)] == [
        ("Haddad", "Karim", "Aleppo"),
        ("Haddad", "Amira", "Homs"),
        ("Haddad", "Omar", "Dortmund"),
    ]


def test_one_column_for_the_whole_name() -> None:
    for header, cells in (
        ("Vor- und Nachname", ("Karim Haddad", "Amira Haddad")),
        ("Name", ("Haddad, Karim", "Haddad, Amira")),
    ):
        text = (
            f"Härtefallantrag\n{header} | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
            f"{cells[0]} | 03.04.1988 | Aleppo | syrisch\n{cells[1]} | 05.06.1990 | Homs | syrisch\nBegründung"
        )
        assert [(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(text)] == [
            ("Haddad", "Karim", "1988-04-03"),
            ("Haddad", "Amira", "1990-06-05"),
        ], header


def test_a_table_rule_glued_to_a_date_cell_is_a_border():
    # as a fax read a ruled table: the rule before the first date cell became "[" ("[26.11.1980")
    text = (
        "im Auftrag von Yaw Mensah, Kwame Mensah und Akosua Mensah stellen wir einen Antrag.\n\n"
        "Vorname [Familienname |geb.am __ sangehörig\n"
        "Yaw |MENSAH [26.11.1980 |ghanaisch\n\n"
        "| Kwame | MENSAH 14.01.1979 ghanaisch\n"
        "Akosua | MENSAH 124.06.2019 ghanaisch\n\n"
        "Anschrift aller Personen: Lindenweg 12, 45127 Essen\n"
    )
    yaw = extract_persons(text)[0]
    assert (yaw.vorname, yaw.geburtsdatum, yaw.staatsangehoerigkeit) == ("Yaw", "1980-11-26", "ghanaisch")
