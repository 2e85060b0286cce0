"""Person records as blind20 writes them (seen after its blind run in session 22; the texts here are
written anew): the data in a bracket after the name, sentences with the birth date labelled after them,
labelled fields with the date last, a birth after a semicolon, and a wrapped "bevollmächtigt haben" that
is no representative's heading."""

from __future__ import annotations

from hfk.classify.persons import extract_persons


def _people(text: str, ocr: bool = True) -> list[tuple[str, str, str, str, str, str]]:
    return [
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit, p.adresse)
        for p in extract_persons(text, ocr=ocr)
    ]


def test_place_and_nationality_in_the_bracket_after_the_name() -> None:
    text = (
        "Antragstellende sind Rahim Noori (02.03.1981; Herat; afghanisch), der Ehepartner Soraya Noori\n"
        "(11.12.1984; Kabul; afghanisch), das Kind Omid Noori (05.06.2012; afghanisch) sowie das Kind Mina\n"
        "Noori (01.02.2015; Herat;\nafghanisch), wohnhaft Lindenweg 3, 44135 Dortmund.\n\n"
        "Das Asylbegehren (04.08.2016) blieb ohne Erfolg.\n"
    )
    assert _people(text, ocr=False) == [
        ("Noori", "Rahim", "1981-03-02", "Herat", "afghanisch", "Lindenweg 3, 44135 Dortmund"),
        ("Noori", "Soraya", "1984-12-11", "Kabul", "afghanisch", "Lindenweg 3, 44135 Dortmund"),
        ("Noori", "Omid", "2012-06-05", "", "afghanisch", "Lindenweg 3, 44135 Dortmund"),
        ("Noori", "Mina", "2015-02-01", "Herat", "afghanisch", "Lindenweg 3, 44135 Dortmund"),
    ]


def test_sentences_with_the_date_after_them_a_semicolon_birth_and_fields_with_the_date_last() -> None:
    text = (
        "Shkelzen Berisha\nHeerstraße 35, 44793 Bochum\n\n"
        "wir wenden uns im Auftrag der unten genannten Personen an Sie, die uns schriftlich\n"
        "bevollmächtigt haben, und ersuchen die Kommission, ihre Lage zu beraten. Die Familie wohnt\n"
        "in Rruga Agim Ramadani 5, 10000 Prishtina (Kosovo).\n"
        "Die Familie im Einzelnen\n"
        "Fatmir Berisha (Antragsteller) besitzt die kosovarische Staatsangehörigkeit und stammt aus\n"
        "Peja. Geburtsdatum: 17. Juli 1988.\n"
        "Ehefrau ist Arta Berisha; sie wurde am 26.11.1990 in Prizren geboren. Sie ist kosovarisch.\n"
        "Besnik Berisha – Geburtsort Gjakova, Nationalität kosovarisch, Jahrgang 2019 (Geburtsdatum\n"
        "22. November 2019) (Sohn).\n"
        "Warum wir um Hilfe bitten\n"
    )
    home = "Rruga Agim Ramadani 5, 10000 Prishtina (Kosovo)"
    assert sorted(_people(text)) == [
        ("Berisha", "Arta", "1990-11-26", "Prizren", "kosovarisch", home),
        ("Berisha", "Besnik", "2019-11-22", "Gjakova", "kosovarisch", home),
        ("Berisha", "Fatmir", "1988-07-17", "Peja", "kosovarisch", home),
    ]


def test_english_items_with_the_nationality_before_the_birth() -> None:
    text = (
        "Our family asks you to look at our situation as a hardship case. Who we are:\n\n"
        "- Arben MORINA, a Kosovar national, DOB 14 May 1979, native of Peja, myself;\n"
        "- Vjosa MORINA, an Kosovar national, DOB 2 June 1982, native of Gjakova, the wife;\n\n"
        "All of us live at Talstraße 6, 51373 Leverkusen.\n"
    )
    assert _people(text) == [
        ("Morina", "Arben", "1979-05-14", "Peja", "Kosovar", "Talstraße 6, 51373 Leverkusen"),
        ("Morina", "Vjosa", "1982-06-02", "Gjakova", "Kosovar", "Talstraße 6, 51373 Leverkusen"),
    ]


def test_a_faxed_column_form_with_damaged_labels_split_words_and_a_cedilla_read_as_g() -> None:
    text = (
        "Antragsteller/in Person 2 Person 3\n"
        "Familienname GELIK GELIK GELIK\n\n"
        "[Vomamein) Emine Yusuf Baran\n\n"
        "| Geburtsdatum 28. 08. 1990 12. 04. 1988 28. 12. 2016\n"
        "Geburtsort Ankara | Diyarbakir Van\n\n"
        "| Staatsangehörigkeit türkis ch türkisch türkisch\n\n"
        "Gemeinsame Wohnanschrift: Lessingstraße 8, 58097 Hagen\n"
    )
    assert [p[:5] for p in _people(text)] == [
        ("Çelik", "Emine", "1990-08-28", "Ankara", "türkisch"),
        ("Çelik", "Yusuf", "1988-04-12", "Diyarbakır", "türkisch"),
        ("Çelik", "Baran", "2016-12-28", "Van", "türkisch"),
    ]


def test_a_writer_who_names_themself_and_tells_the_hometown_first() -> None:
    """(with the umlaut of "Staatsangehörigkeit" lost to OCR)"""
    text = (
        "Härtefallantrag für meine Familie und mich\nGuten Tag,\n"
        "Ich bin Besnik Krasniqi. Meine Heimatstadt ist Peja; dort wurde ich am 3.5.1990 geboren. Meine\n"
        "Staatsangehorigkeit ist kosovarisch.\nIch wohne in Gartenweg 4, 47259 Duisburg.\n"
    )
    assert _people(text, ocr=False) == [
        ("Krasniqi", "Besnik", "1990-05-03", "Peja", "kosovarisch", "Gartenweg 4, 47259 Duisburg")
    ]


def test_a_column_forms_nationality_glued_to_its_label() -> None:
    text = (
        "Antragsteller/in Person 2\n"
        "Familienname DARWISH DARWISH\n"
        "Vorname(n) Omar Dalia\n"
        "Geburtsdatum 09.06.1998 07.01.2002\n"
        "Geburtsort Damaskus Homs\n"
        "Staatsangehörigkeitsyrisch syrisch\n\n"
        "Gemeinsame Wohnanschrift: Dorfstraße 11, 44145 Dortmund\n"
    )
    assert [p[4] for p in _people(text, ocr=False)] == ["syrisch", "syrisch"]


def test_the_writer_and_her_daughter_of_the_same_name_and_an_e_read_as_ampersand() -> None:
    text = (
        "Guten Tag,\nIch bin Hawa Keita. Meine Heimatstadt ist Lab&; dort wurde ich am 4.3.1991 geboren. Meine\n"
        "Staatsangehörigkeit ist guineisch.\n\n"
        "Unsere Tochter heißt Hawa Keita (geboren 12.5.2023, Geburtsort Conakry,\n"
        "Staatsangehörigkeit guineisch).\n\nWir wohnen in Parkallee 76, 53111 Bonn.\n"
    )
    assert sorted(p[:4] for p in _people(text)) == [
        ("Keita", "Hawa", "1991-03-04", "Labé"),
        ("Keita", "Hawa", "2023-05-12", "Conakry"),
    ]


def test_a_column_forms_family_name_split_in_one_cell_and_a_damaged_first_name_label() -> None:
    text = (
        "Antragsteller/in Person 2 Person 3\n"
        "Familienname SARGSYAN SARGSY AN SARGSYAN\n"
        "Vornametn) Tigran Lilit Narek\n"
        "Geburtsdatum 25.01.1986 17.01.1984 14.02.2007\n"
        "Geburtsort Kapan Jerewan Kapan\n"
        "Staatsangehorigkeit armenisch armenisch armenisch\n\n"
        "Gemeinsame Wohnanschrift: Am Markt 60, 48153 Münster\n"
    )
    assert [p[:3] for p in _people(text)] == [
        ("Sargsyan", "Tigran", "1986-01-25"),
        ("Sargsyan", "Lilit", "1984-01-17"),
        ("Sargsyan", "Narek", "2007-02-14"),
    ]


def test_english_rows_with_the_birth_date_last_and_a_submitted_by_sender_line() -> None:
    text = (
        "HARDSHIP APPLICATION\n"
        "Submitted on October 10, 2024 by Ruslan Umarov, Mühlenweg 24, 52068 Aachen\n"
        "Household\n"
        "UMAROV, Ruslan — applicant — Russian — Kasan — July 8, 1979\n"
        "UMAROV, Olga — wife — Russian — Grosny — May 24, 1981\n"
        "Background\nKasan is the town of my childhood.\n"
    )
    assert _people(text) == [
        ("Umarov", "Ruslan", "1979-07-08", "Kasan", "Russian", "Mühlenweg 24, 52068 Aachen"),
        ("Umarov", "Olga", "1981-05-24", "Grosny", "Russian", "Mühlenweg 24, 52068 Aachen"),
    ]


def test_records_without_a_birth_date_in_blind20s_sentences() -> None:
    text = (
        "Ich bin Besnik Prifti. Ich wurde am 3.5.1970 in Fier geboren. Meine Staatsangehörigkeit ist albanisch.\n\n"
        "Unsere Tochter heißt Elira Prifti (Geburtsort Tirana, Staatsangehörigkeit albanisch).\n\n"
        "Arben Prifti (Sohn) besitzt die albanische Staatsangehörigkeit und stammt aus Vlora.\n\n"
        "Weiter gehört dazu Dritan Prifti (Shkodra; albanisch), der Bruder.\n\n"
        "Wir wohnen in Bahnhofstraße 54, 45899 Gelsenkirchen.\n"
    )
    people = {p[:5] for p in _people(text, ocr=False)}
    assert ("Prifti", "Elira", "", "Tirana", "albanisch") in people
    assert ("Prifti", "Arben", "", "Vlora", "albanisch") in people
    assert ("Prifti", "Dritan", "", "Shkodra", "albanisch") in people
