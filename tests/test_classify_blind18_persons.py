"""Person layouts of blind18 (seen after its blind run), written anew for these tests."""

import pytest

from hfk.classify.persons import extract_persons

PLEADING = """betreffend die Härtefallsache
1. der am 12. März 1980 in Tiflis geborenen georgischen Staatsangehörigen Frau
Nino BERIDZE,
2. des Ehemannes der Antragstellerin zu 1., des am 4.11.1978 in Kutaissi geborenen
georgischen Staatsangehörigen Levan BERIDZE,
3. der minderjährigen Tochter Mariam BERIDZE (geboren am 2. Mai 2012 in
Tiflis, Staatsangehörigkeit: georgisch)
sämtlich wohnhaft Am Kanal 9 (Wohnung 3. OG rechts), 47051 Duisburg
– Antragsteller zu 1. bis 3. –

bevollmächtigt: Flüchtlingsberatung Niederrhein, Königstraße 4, 47051
Duisburg
"""


def test_the_genitive_attributive_birth_of_a_pleading_and_a_flat_by_its_floor():
    persons = extract_persons(PLEADING, ocr=False)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Beridze", "Nino", "1980-03-12", "Tiflis"),
        ("Beridze", "Levan", "1978-11-04", "Kutaissi"),
        ("Beridze", "Mariam", "2012-05-02", "Tiflis"),
    ]
    assert {p.adresse for p in persons} == {"Am Kanal 9, 47051 Duisburg"}


def test_a_nationality_bracket_between_the_name_and_the_birth():
    text = (
        "Ich selbst, Leyla Aliyeva, kam am 09.08.1981 in Baku zur Welt; ich besitze die aserbaidschanische "
        "Staatsangehörigkeit. Unser Sohn Emil Aliyev (Staatsangehörigkeit aserbaidschanisch)\n"
        "kam am 18.2.2013 in Gandscha zur Welt. Unsere Tochter Aysel Aliyeva (Staatsangehörigkeit "
        "aserbaidschanisch) kam am 11. April 2016 in Baku zur Welt.\n"
    )
    persons = extract_persons(text, ocr=False)
    assert [(p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Leyla", "1981-08-09", "Baku"),
        ("Emil", "2013-02-18", "Gandscha"),
        ("Aysel", "2016-04-11", "Baku"),
    ]


CAPTIONED = """Formblatt Härtefallersuchen - Angaben und Begründung

Person 1
KOLA

(Familienname)
Durrës

(Geburtsort)

Person 2
KOLA

(Familienname)
Vlora
(Geburtsort)

Bahnhofstraße 5

(Straße, Hausnummer)

Arben
(Vorname)
albanisch

(Staatsangehörigkeit)

Drita
(Vorname)
albanisch

(Staatsangchörigkeit)

45127 Essen

(Postleitzahl, Wohnort)

16.12.1984
(Geburtsdatum)
selbst

(Verhältnis zum
Antragsteller)

09.05.1987
(Geburtsdatum)
Ehegatte
"""


def test_a_form_with_captions_under_its_values_read_column_by_column():
    persons = extract_persons(CAPTIONED)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Kola", "Arben", "1984-12-16", "Durrës", "albanisch"),
        ("Kola", "Drita", "1987-05-09", "Vlora", "albanisch"),
    ]
    assert {p.adresse for p in persons} == {"Bahnhofstraße 5, 45127 Essen"}


def test_rows_family_name_first_without_a_comma():
    text = (
        "1. Wer schreibt diesen Antrag? (Name, Anschrift, Telefon)\n"
        "Anna Weber - Caritas Essen, Lindenallee 4, 45127 Essen\n\n"
        "2. Für wen gilt der Antrag? Jede Person mit Name, Vorname, Geburtstag,\n"
        "Geburtsort, Staatsangehörigkeit\n\n"
        "Owusu Kofi 2.11.1990 Kumasi ghanaisch (Antragsteller/in)\n"
        "Owusu Ama 2.7.1992 Kumasi ghanaisch (Ehepartner)\n"
        "Owusu Yaw 20.4.2019 Essen ghanaisch (Kind)\n\n"
        "Owusu Kwame 14.11.2021 Essen ghanaisch (Kind)\n"
        "3. Wo wohnt die Familie?\n\nKirchstraße 15, 45127 Essen\n"
    )
    persons = extract_persons(text)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Owusu", "Kofi", "1990-11-02", "Kumasi"),
        ("Owusu", "Ama", "1992-07-02", "Kumasi"),
        ("Owusu", "Yaw", "2019-04-20", "Essen"),
        ("Owusu", "Kwame", "2021-11-14", "Essen"),
    ]


ROWS = """Formblatt Härtefallersuchen – Angaben und Begründung

Person 1

HOXHA  Bekim  18.05.1979

(Familienname)  (Vorname)  (Geburtsdatum)

Prizren  kosovarisch  selbst

(Geburtsort)  (Staatsangehörigkeit)  (Verhältnis zum Antragsteller)

Am Hang 3  58095 Hagen

(Straße, Hausnummer)  (Postleitzahl, Wohnort)

Stadt Hagen – Ausländerbehörde

(zuständige Ausländerbehörde)
"""


@pytest.mark.parametrize("ocr", [False, True], ids=["two-spaces", "ocr-one-space"])
def test_a_row_of_values_over_a_row_of_captions(ocr):
    # OCR keeps one space between the cells and wraps the last caption
    text = (
        ROWS.replace("  ", " ").replace("(Verhältnis zum Antragsteller)", "(Verhältnis zum\nAntragsteller)")
        if ocr
        else ROWS
    )
    persons = extract_persons(text, ocr=ocr)
    assert [
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit, p.adresse) for p in persons
    ] == [("Hoxha", "Bekim", "1979-05-18", "Prizren", "kosovarisch", "Am Hang 3, 58095 Hagen")]
