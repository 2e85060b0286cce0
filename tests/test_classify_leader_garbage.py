"""A scanned household form whose dotted leaders OCR read as letters and digits (blind17, seen).

The leaders between a label and its value come out as "..: 22 ces cr", "sn cece cece vee" or
"100000 rer enn"; the date's format hint as "(TT.MM.3JJJ)"; the name labels as "Fomitienname"
and "Vornamein)". The persons must still be read, with their address and not the counsel's."""

from hfk.classify.persons import extract_persons

FORM = """Vordruck - Eingabe bei der Härtefallkommission NRW

A Angaben zum Haushalt
Haushaltsmitglied A Stellung zu A: —

Familienname ..: 22 ces cr PETROVIC Vorname{n) sn cece cece vee eueuues Milan
Geburtsdatum (TT.MM.JJJJ) ... 14.02.1984 Geschlecht ... m
Geburtsort/-land .........ceeee Niš Staatsangehörigk. .........6: serbisch
Haushaltsmitglied B Stellung zu A: Ehefrau

Fomitienname ..........0.005 PETROVIC Vornamein) oc. cece cece eee ees Jelena
Geburtsdatum (TT.MM.3JJJ) ... 03.09.1987 Geschlecht ... Ww
Geburtsort/-land ....... cee eee ee Staatsangehörigk. .....,..46. serbisch
Haushaltsmitglied C Stellung zu A: Tochter

Familienname .........0eeeee PETROVIC Vorname(n) ... cc cee ce eee eee Mila
Geburtsdatum (TT.MM.JJJJ) ... 21.11.2016 Geschlecht ... w
Geburtsort/-land ..... cee eee Kragujevac Staatsangehörigk. .........., serbisch
B Wohnanschrift und Behörde

Straße, Hausnummer 100000 rer enn Lindenallee 7
Postleitzahl, Ort ..... 44135 Dortmund
Ausländerbehörde ...... . Stadt Dortmund - Ausländerbehörde

C Vertretung (nur ausfüllen, wenn jemand anderes den Antrag stellt)

Name/Stelle i ran Migrationsberatung Nordstadt
Anschrift a 0000 ee Bornstraße 12, 44145 Dortmund

D Begründung

Herr Milan Petrovic ist mit seiner Familie seit 2015 in Deutschland. Er war in Serbien Maurer.
"""


def test_leader_garbage_between_labels_and_values_is_read_as_the_colon():
    persons = extract_persons(FORM, ocr=True)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Petrović", "Milan", "1984-02-14", "Niš"),
        ("Petrović", "Jelena", "1987-09-03", ""),
        ("Petrović", "Mila", "2016-11-21", "Kragujevac"),
    ]
    assert {p.adresse for p in persons} == {"Lindenallee 7, 44135 Dortmund"}
    assert {p.staatsangehoerigkeit for p in persons} == {"serbisch"}


def test_prose_lines_of_a_leader_form_keep_their_short_words():
    """Guard: "er war in" is made of the letters a row of dots turns into, but is prose."""
    from hfk.classify.persons import _strip_leader_junk

    text = _strip_leader_junk(FORM)
    assert "Er war in Serbien Maurer." in text
    assert "Herr Milan Petrovic ist mit seiner Familie seit 2015 in Deutschland." in text
