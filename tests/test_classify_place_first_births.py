"""A birth told place first ("geboren in Kasan am 11.07.1988", "born in Kasan on 11 July 1988"), and
OCR's variants of separators and tree branches (blind17, seen)."""

import pytest

from hfk.classify.persons import extract_persons


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Applicant: Dmitri DUDAYEV - born in Kasan on 11 July 1988 - Russian citizen\n",
            ("Dudayev", "Dmitri", "1988-07-11", "Kasan"),
        ),
        (
            "Herr Dmitri Dudayev, geboren in Kasan am 11.07.1988\n",
            ("Dudayev", "Dmitri", "1988-07-11", "Kasan"),
        ),
        (
            "Herr Arsen Petrosyan, geboren in Nischni Nowgorod am 3. Juli 1979, armenischer Staatsangehöriger\n",
            ("Petrosyan", "Arsen", "1979-07-03", "Nischni Nowgorod"),
        ),
    ],
    ids=["english", "german", "two-word-place"],
)
def test_place_before_date(text, expected):
    persons = extract_persons(text)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [expected]


def test_a_dash_read_as_a_tilde_separates_the_parts_of_an_item():
    text = (
        "Applicant: Altin PRIFTI - born in Elbasan on 16 September 1968 - Albanian citizen\n"
        "Child: Jonida PRIFTI ~ born in Shkodra on 13 September 2023 - Albanian citizen\n"
    )
    persons = extract_persons(text)
    assert [(p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Altin", "1968-09-16", "Elbasan"),
        ("Jonida", "2023-09-13", "Shkodra"),
    ]


def test_a_tree_branch_read_as_an_underscore_is_no_name():
    text = (
        "Familie IWANOWA\n"
        "IWANOWA, Aminat * 29.9.1997 Wladikawkas : russisch\n"
        "H- Ruslan + * 25.6.2001 Wladikawkas : russisch\n"
        "L_ Madina + * 26.8.2018 Wladikawkas : russisch\n"
    )
    persons = extract_persons(text)
    assert [(p.name, p.vorname, p.geburtsdatum) for p in persons] == [
        ("Iwanowa", "Aminat", "1997-09-29"),
        ("Iwanowa", "Ruslan", "2001-06-25"),
        ("Iwanowa", "Madina", "2018-08-26"),
    ]


def test_a_leader_form_value_right_after_its_label():
    text = (
        "Familienname SOW Vorname(n) ..cecccneeuueeeuuee Mamadou\n"
        "Geburtsdatum (TT.MM.JJJJ) ... 04.05.1998 Geschlecht ... m\n"
        "Geburtsort/-land ...ceeeeeee Conakry Staatsangehörigk. .....eeeee guineisch\n"
        "Straße, Hausnummer ........ Rosenstraße 108\n"
    )
    persons = extract_persons(text)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Sow", "Mamadou", "1998-05-04", "Conakry")
    ]
