"""Family tables whose rows start with the birth date ("2 | 14.03.2012 | Haddad, Amal | Tochter"), and
names that a line break splits before "geboren am". Hand-written for this test."""

from __future__ import annotations

import pytest

from hfk.classify.persons import extract_persons

LETTER = "Antrag an die Härtefallkommission des Landes NRW\n\nHiermit beantragen wir für die Familie:\n\n"

DATE_FIRST = [
    # a table with rules, family name first by a comma
    (
        "Nr. | Geburtsdatum | Familienname, Vorname | Verhältnis | Staatsangehörigkeit | Geburtsort\n"
        "1 | 12.03.1984 | Haddad, Karim | Antragsteller | syrisch | Aleppo\n"
        "2 | 05.06.1990 | Haddad, Lina | Ehefrau | syrisch | Homs\n"
        "3 | 14.03.2012 | Haddad, Amal | Tochter | syrisch | Homs\n",
        "syrisch",
    ),
    # a header stacked over two lines, columns kept apart by spaces, no commas in the names
    (
        "Nr.   Geburtsdatum   Familienname      Verhältnis   Staatsangeh.   Geburtsort\n"
        "                     Vorname\n"
        "1     12.03.1984     Haddad Karim      Antragsteller   syrisch   Aleppo\n"
        "2     05.06.1990     Haddad Lina       Ehefrau         syrisch   Homs\n"
        "3     14.03.2012     Haddad Amal       Tochter         syrisch   Homs\n",
        "syrisch",
    ),
    # the family name in capitals, first names first, OCR lost the column gaps
    (
        "lfd. Nr. Geburtsdatum Name Staatsangehörigkeit\n"
        "1 12.03.1984 Karim HADDAD afghanisch\n"
        "2 05.06.1990 Lina HADDAD afghanisch\n"
        "3 14.03.2012 Amal HADDAD afghanisch\n",
        "afghanisch",
    ),
]


@pytest.mark.parametrize(("table", "nat"), DATE_FIRST, ids=["rules", "stacked", "capitals"])
def test_rows_that_start_with_the_birth_date(table: str, nat: str) -> None:
    persons = extract_persons(LETTER + table)
    assert [(p.name, p.vorname, p.geburtsdatum) for p in persons] == [
        ("Haddad", "Karim", "1984-03-12"),
        ("Haddad", "Lina", "1990-06-05"),
        ("Haddad", "Amal", "2012-03-14"),
    ]
    assert all(p.staatsangehoerigkeit == nat for p in persons)


def test_the_place_after_relation_and_nationality_cells() -> None:
    table = (
        "Nr.   Geburtsdatum   Familienname      Verhältnis   Staatsangeh.   Geburtsort\n"
        "                     Vorname\n"
        "1     12.03.1984     Haddad Karim      Antragsteller   syrisch   Aleppo\n"
        "2     05.06.1990     Haddad Lina       Ehefrau         syrisch   Addis Abeba\n"
        "3     14.03.2012     Haddad Amal       Tochter         Homs      syrisch\n"
    )
    persons = extract_persons(LETTER + table)
    assert [p.geburtsort for p in persons] == ["Aleppo", "Addis Abeba", "Homs"]


def test_a_first_names_first_header_keeps_the_row_order() -> None:
    # the stacked header names the first name first: "Karim Haddad" is Haddad, Karim
    table = (
        "Nr.   Geburtsdatum   Vorname           Staatsangeh.\n"
        "                     Name\n"
        "1     12.03.1984     Karim Haddad      syrisch\n"
        "2     05.06.1990     Lina Haddad       syrisch\n"
    )
    persons = extract_persons(LETTER + table)
    assert [(p.name, p.vorname, p.geburtsdatum) for p in persons] == [
        ("Haddad", "Karim", "1984-03-12"),
        ("Haddad", "Lina", "1990-06-05"),
    ]


def test_a_name_before_the_date_is_not_replaced_by_the_words_after_it() -> None:
    # what follows the date is the place and the country, not a name
    text = LETTER + "haddad | Karim 12.03.1984 | Aleppo Syrien\n"
    assert all((p.name, p.vorname) != ("Aleppo", "Syrien") for p in extract_persons(text))


def test_no_person_from_dates_without_names_after_them() -> None:
    text = LETTER + "Eingang | 12.03.2024 | per Fax\nNr. 2 | 05.06.2023 | Bescheid des Bundesamtes\n"
    assert extract_persons(text) == []


WRAPPED = [
    "Antragstellerin ist Frau Lina\nHaddad, geboren am 05.06.1990 in Homs, syrische Staatsangehörige.",
    "Der Antrag gilt für die Ehefrau Lina\nHaddad geboren am 05.06.1990 in Homs.",
]


@pytest.mark.parametrize("text", WRAPPED, ids=["comma", "plain"])
def test_a_name_split_by_a_line_break_before_its_birth(text: str) -> None:
    (person,) = extract_persons(text)
    assert (person.name, person.vorname, person.geburtsdatum) == ("Haddad", "Lina", "1990-06-05")
    assert person.geburtsort == "Homs"


def test_the_line_break_does_not_join_a_heading_to_the_name() -> None:
    text = "Personalien:\nLina Haddad, geboren am 05.06.1990 in Homs."
    (person,) = extract_persons(text)
    assert (person.name, person.vorname) == ("Haddad", "Lina")
