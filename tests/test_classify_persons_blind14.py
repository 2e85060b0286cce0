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
