"""Births told in running text with the name introduced in other ways: "namens", "heißt ... und ist",
an apposition between commas, a pronoun after the name. Hand-written for this test."""

from __future__ import annotations

import pytest

from hfk.classify.persons import extract_persons

READ = [
    (
        "Der Sohn namens Omar Haddad ist am 01.02.2015 in Dortmund geboren und besucht die Grundschule.",
        "Omar",
    ),
    ("Die Tochter heißt Amal Haddad und ist am 03.04.2018 in Dortmund geboren.", "Amal"),
    (
        "Die Tochter der Familie, Amal Haddad, ist am 03.04.2018 in Dortmund geboren und geht in die Kita.",
        "Amal",
    ),
    ("Das jüngste Kind, Amal Haddad, ist am 03.04.2018 in Dortmund geboren.", "Amal"),
    ("Meine Ehefrau Lina Haddad: Sie ist am 05.06.1990 in Homs geboren.", "Lina"),
    ("Unser Sohn heißt Omar Haddad. Er ist am 01.02.2015 in Dortmund geboren.", "Omar"),
]


@pytest.mark.parametrize(("text", "vorname"), READ, ids=[r[1] + str(i) for i, r in enumerate(READ)])
def test_a_birth_told_after_the_name_in_other_words(text: str, vorname: str) -> None:
    (person,) = extract_persons(text)
    assert (person.name, person.vorname) == ("Haddad", vorname)
    assert person.geburtsdatum and person.geburtsort in ("Dortmund", "Homs")


@pytest.mark.parametrize(
    "text",
    [
        # a relative outside the application, also between commas or before a pronoun
        "Sein Onkel, Abebe Kebede, wurde am 03.04.1960 in Addis Abeba geboren.",
        "Sein Onkel Abebe Kebede: Er ist am 03.04.1960 in Addis Abeba geboren.",
        # before the pronoun a sentence, not a name
        "Seit 2016 lebt die Familie in Dortmund. Sie ist am 01.02.2016 eingereist.",
        "Herr Haddad lebt in Dortmund. Er ist am 12.03.2016 eingereist, nachdem seine Tochter geboren war.",
    ],
)
def test_no_person_from_relatives_or_other_dates(text: str) -> None:
    assert extract_persons(text) == []
