"""blind16's shapes, read after its blind run (session 18). The texts are written anew in those shapes, with
other names and wording: a form with one column per person whose date row is titled "Tag der Geburt" and
whose places have an article ("Deir ez-Zor"); a writer who says "Geburtstag habe ich am ..." and "Ich habe
die ... Staatsangehörigkeit"."""

from __future__ import annotations

from hfk.classify.persons import extract_persons


def test_columns_per_person_under_tag_der_geburt_with_a_place_and_its_article() -> None:
    text = (
        "Personen, auf die sich der Antrag erstreckt\n\n"
        "1 – Antragsteller 2 – Ehefrau 3 – Tochter\n\n"
        "Tag der Geburt 4.7.1979 19.1.1983 30.6.2015\n"
        "Familienname Haddad Haddad Haddad\n"
        "Vorname(n) Samir Rana Lea\n\n"
        "Ort der Geburt Ras al-Ain Homs Homs\n"
        "Staatsangeh. syrisch syrisch syrisch\n\n"
        "gemeinsame Wohnanschrift: wohnhaft in 44135 Dortmund, Kampstraße 8\n"
    )
    got = [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in extract_persons(text)]
    assert got == [
        ("Haddad", "Samir", "1979-07-04", "Ras al-Ain"),
        ("Haddad", "Rana", "1983-01-19", "Homs"),
        ("Haddad", "Lea", "2015-06-30", "Homs"),
    ]
    assert {p.adresse for p in extract_persons(text)} == {"Kampstraße 8, 44135 Dortmund"}


def test_a_writer_whose_birthday_place_and_nationality_stand_in_sentences_of_their_own() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\nich bitte Sie, sich mit meiner Lage zu befassen.\n"
        "Ich heiße Besnik Gashi. Geburtstag habe ich am 2. Februar 1988. Geboren bin ich in Peja. "
        "Ich habe die kosovarische Staatsangehörigkeit.\nWir wohnen: Lindenweg 3, 59065 Hamm.\n"
    )
    [p] = extract_persons(text)
    assert (p.name, p.vorname, p.geburtsdatum, p.geburtsort) == ("Gashi", "Besnik", "1988-02-02", "Peja")
    assert p.staatsangehoerigkeit == "kosovarisch"


def test_the_life_being_here_and_a_treatment_that_must_not_break_off_are_humanitarian_reasons() -> None:
    from hfk.classify.fields import begruendung_topics

    for reason in (
        "Der Lebensmittelpunkt von Frau Gashi liegt seit Jahren in Hamm.",
        "Hier ist mein Leben, dort habe ich nichts mehr.",
        "Bricht die Behandlung ab, verschlechtert sich ihr Zustand erheblich.",
    ):
        assert "humanitaere_gruende" in begruendung_topics("Sehr geehrte Damen und Herren,\n" + reason), (
            reason
        )
    assert "humanitaere_gruende" not in begruendung_topics(
        "Sehr geehrte Damen und Herren,\nSie lebt in Hamm."
    )
