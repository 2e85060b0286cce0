"""Persons whose birth date the application leaves out, in blind13's shapes (seen, read again in session 19):
a starred list item that starts with the place, and a numbered table row with a dash in the date's cell.
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
