"""A relation word beside the first name (a table's role column, a list item) is never part of it.
Hand-written for this test."""

from __future__ import annotations

import pytest

from hfk.classify.persons import extract_persons, strip_roles


@pytest.mark.parametrize(
    ("read", "vorname"),
    [
        ("Amal Tochter", "Amal"),
        ("Samir Ehemann", "Samir"),
        ("Ehefrau Lina", "Lina"),
        ("Lina Antragstellerin", "Lina"),
        ("Omar (Sohn)", "Omar"),
        ("Amal Samira", "Amal Samira"),  # two first names stay
        ("Kind", "Kind"),  # nothing else left: left as read, the checks downstream judge it
    ],
)
def test_relation_words_leave_the_first_name(read: str, vorname: str) -> None:
    assert strip_roles(read) == vorname


def test_a_role_column_after_the_name_column() -> None:
    text = (
        "Name | Vorname | Rolle | Geburtsdatum | Geburtsort\n"
        "Haddad | Samir Antragsteller | | 12.03.1988 | Aleppo\n"
        "Haddad | Amal Tochter | | 03.04.2018 | Dortmund\n"
    )
    assert [(p.vorname, p.geburtsdatum) for p in extract_persons(text)] == [
        ("Samir", "1988-03-12"),
        ("Amal", "2018-04-03"),
    ]


@pytest.mark.parametrize("title", ["Herrn", "Herm", "Hern"])
def test_a_title_as_ocr_reads_it_is_no_first_name(title: str) -> None:
    # a fax's OCR reads the "rn" of "Herrn" as "m"
    (person,) = extract_persons(f"Antrag für {title} Karim Haddad geboren am 12.03.1984 in Aleppo, syrisch")
    assert (person.name, person.vorname) == ("Haddad", "Karim")


def test_antragstellende_person_is_a_role_not_a_name() -> None:
    # the gender-neutral form of official forms, its second word wrapped to the next line
    text = (
        "Härtefallantrag\nAngaben zu den Personen:\n\nVerhältnis | Name, Vorname | geb. am | in | Staatsangeh.\n\n"
        "Antragstellende | Haddad Amal | 12.03.1985 | Aleppo | syrisch\nPerson\n"
    )
    (person,) = extract_persons(text)
    assert (person.name, person.vorname, person.geburtsdatum) == ("Haddad", "Amal", "1985-03-12")


def test_the_noun_of_antragstellende_person_is_no_family_name() -> None:
    # one person only: no second row whose family name would set the first one right
    text = (
        "Härtefallantrag\nDie betroffenen Personen:\nVerhältnis Name, Vorname geb. am in Staatsang.\n"
        "Antragstellende Person Haddad Amal 12.03.1985 Aleppo syrisch\n"
    )
    assert [(p.name, p.vorname) for p in extract_persons(text, ocr=False)] == [("Haddad", "Amal")]
