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
    # the verb left out after the comma, or in the first person
    ("Tochter – Amal Haddad, am 3.4.2018 in Dortmund geboren, geht in die Kita.", "Amal"),
    ("Zu meiner Person: Mein Name ist Lina Haddad, bin am 5.6.1990 in Homs geboren.", "Lina"),
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
        # a comma before a date that is no birth
        "Wir kamen nach Dortmund, am 12.03.2016 wurde dort unsere Tochter geboren.",
    ],
)
def test_no_person_from_relatives_or_other_dates(text: str) -> None:
    assert extract_persons(text) == []


def test_namesakes_told_with_their_own_births_are_two_persons() -> None:
    # a son bearing his father's name, a daughter her mother's first name; the father's birth told twice
    text = (
        "Herr Karim Haddad kam am 12. März 1984 in Aleppo zur Welt und hat die syrische Staatsangehörigkeit.\n"
        "Seine Ehefrau Lina Haddad kam am 5. Juni 1990 in Homs zur Welt.\n"
        "Der Sohn Karim Haddad kam am 14. März 2012 in Homs zur Welt.\n"
        "Die Tochter Lina Haddad kam am 3. Mai 2015 in Essen zur Welt.\n"
        "Wie gesagt: Herr Karim Haddad kam am 12. März 1984 in Aleppo zur Welt.\n"
    )
    persons = extract_persons(text, ocr=False)
    assert [(p.vorname, p.geburtsdatum) for p in persons] == [
        ("Karim", "1984-03-12"),
        ("Lina", "1990-06-05"),
        ("Karim", "2012-03-14"),
        ("Lina", "2015-05-03"),
    ]
