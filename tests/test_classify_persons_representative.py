"""A representative (lawyer, counselling service, relative) named with address before the applicants:
never read as a person, and their address never given to the family; the family's address stated after
the persons ("Gemeinsame Anschrift:", "Die Familie lebt gemeinsam in der ...")."""

from hfk.classify.persons import extract_persons

FAMILY = "Lindenstraße 4, 44135 Dortmund"
PERSONS = (
    "Familienname: Haddad\nVorname: Samir\nGeburtsdatum: 12.03.1988\nGeburtsort: Aleppo\n"
    "Staatsangehörigkeit: syrisch\n"
    "Familienname: Haddad\nVorname: Lina\nGeburtsdatum: 05.06.1990\nGeburtsort: Homs\n"
    "Staatsangehörigkeit: syrisch\n"
)


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(p.name, p.vorname, p.geburtsdatum, p.adresse) for p in extract_persons(text, ocr=False)]


FAMILY_ROWS = [("Haddad", "Samir", "1988-03-12", FAMILY), ("Haddad", "Lina", "1990-06-05", FAMILY)]


def test_labelled_representative_block_before_the_persons():
    text = (
        "Formblatt Härtefallantrag nach § 23a AufenthG\nBevollmächtigte/r (falls vorhanden)\n"
        "Name: Rechtsanwältin Dr. Katrin Vogel\nAnschrift: Westenhellweg 40, 44137 Dortmund\n"
        "Antragstellende Personen\n" + PERSONS + f"Gemeinsame Anschrift: {FAMILY}\n"
    )
    assert _rows(text) == FAMILY_ROWS


def test_representative_with_name_and_first_name_fields_and_no_title():
    # a relative: no title, but under the representative's heading and without a birth date
    text = (
        "Vertreten durch den Bruder:\nName: Haddad\nVorname: Karim\nAnschrift: Mittelstraße 3, 41460 Neuss\n\n"
        "Antragsteller\n" + PERSONS + f"Anschrift der Familie: {FAMILY}\n"
    )
    assert _rows(text) == FAMILY_ROWS


def test_organisation_named_as_person_is_dropped_and_its_address_not_shared():
    text = (
        "Bevollmächtigte/r\nName: Medizinische Flüchtlingshilfe Bochum e. V.\n"
        "Anschrift: Engelsburger Straße 168, 44793 Bochum\n\nAntragsteller\n"
        + PERSONS
        + f"Die Familie lebt in der {FAMILY}.\n"
    )
    assert _rows(text) == FAMILY_ROWS


def test_titled_name_without_birth_date_outside_a_heading_is_not_a_person():
    text = (
        "Name: Rechtsanwalt Thomas Brandt\nAnschrift: Bahnhofsvorplatz 1, 45879 Gelsenkirchen\n\n"
        + PERSONS
        + f"alle wohnhaft {FAMILY}\n"
    )
    assert _rows(text) == FAMILY_ROWS


def test_address_intro_with_words_between_verb_and_in():
    for sentence in (
        f"Die Familie lebt gemeinsam in der {FAMILY}.",
        f"Die Eheleute leben zusammen in der {FAMILY}.",
    ):
        text = (
            "Verfahrensbevollmächtigter:\nRechtsanwalt Martin Schreiber\nPoppelsdorfer Allee 22, 53115 Bonn\n\n"
            "Härtefallantrag\n\n" + PERSONS + "\n" + sentence + "\n"
        )
        assert _rows(text) == FAMILY_ROWS, sentence


def test_listed_persons_after_a_lawyers_sender_block():
    text = (
        "Absender:\nRechtsanwälte Keller und Yilmaz\nFriedrich-Ebert-Straße 5, 42103 Wuppertal\n\n"
        "Härtefallantrag nach § 23a AufenthG\n\n"
        "1. Haddad, Samir, geb. 12.03.1988 in Aleppo, syrisch\n"
        "2. Haddad, Lina, geb. 05.06.1990 in Homs, syrisch\n\n"
        f"Die Familie lebt gemeinsam in der {FAMILY}.\n"
    )
    assert _rows(text) == FAMILY_ROWS


def test_representative_address_given_as_the_only_labelled_address_is_not_shared():
    text = (
        "Verfahrensbevollmächtigte\nName: Rechtsanwältin Selin Aydın\nAnschrift: Oststraße 12, 59065 Hamm\n\n"
        + PERSONS
    )
    assert _rows(text) == [("Haddad", "Samir", "1988-03-12", ""), ("Haddad", "Lina", "1990-06-05", "")]


# Texts where nothing changes


def test_sender_block_of_an_applicant_writing_for_themselves_keeps_the_address():
    text = (
        f"Absender: Samir Haddad\n{FAMILY}\n\nHärtefallantrag\n"
        "Familienname: Haddad\nVorname: Samir\nGeburtsdatum: 12.03.1988\n"
        f"Anschrift: {FAMILY}\n"
    )
    assert _rows(text) == [("Haddad", "Samir", "1988-03-12", FAMILY)]


def test_empty_representative_field_does_not_hide_an_undated_applicant():
    text = f"Bevollmächtigte/r: keine\nName: Haddad\nVorname: Samir\nAnschrift: {FAMILY}\n"
    assert _rows(text) == [("Haddad", "Samir", "", FAMILY)]


def test_titled_applicant_with_birth_date_stays_and_lives_in_germany_is_no_address():
    text = (
        "Antragsteller\nName: Dr. Haddad\nVorname: Samir\nGeburtsdatum: 12.03.1988\n"
        f"Anschrift: {FAMILY}\nEhefrau\nName: Haddad\nVorname: Lina\nGeburtsdatum: 05.06.1990\n\n"
        "Die Familie lebt seit 2015 gemeinsam in Deutschland.\n"
    )
    assert _rows(text) == FAMILY_ROWS


def test_a_residence_intro_wins_over_a_bare_anschrift_under_an_unknown_heading() -> None:
    # "Vertretung durch" is not among the representative headings; the family's own address is still
    # the one introduced as where they live ("Wohnort"), not the office's "Anschrift" above it
    text = (
        "Formblatt Härtefallantrag nach § 23a AufenthG\n"
        "Vertretung durch: Kanzlei Vogel & Partner\n"
        "Anschrift: Westenhellweg 40, 44137 Dortmund\n"
        "Angaben zu den Personen\n"
        "Name | Vorname | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
        "Haddad | Samir | 12.03.1988 | Aleppo | syrisch\n"
        "Haddad | Lina | 05.06.1990 | Homs | syrisch\n"
        "Gemeinsamer Wohnort: Lindenstraße 4, 44135 Dortmund\n"
    )
    persons = extract_persons(text)
    assert [p.vorname for p in persons] == ["Samir", "Lina"]
    assert {p.adresse for p in persons} == {"Lindenstraße 4, 44135 Dortmund"}


# Who writes for the family without a lawyer's or counsellor's words: the writer names their tie, or the
# letter encloses (or promises) a power of attorney. An applicant's own letter with neither has no one.
_LETTER = (
    "Samir Haddad\nAm Markt 4, 48143 Münster\n\nMünster, 06.03.2025\n\nHärtefallantrag\n\n"
    "Sehr geehrte Damen und Herren,\n\n{body}\n\nMit freundlichen Grüßen\nSamir Haddad\n"
)


def test_a_relative_who_names_the_tie_represents_the_family():
    from hfk.classify.fields import representative

    body = (
        "ich bin der Schwager von Herrn Karim Haddad, geb. 17.10.1985 in Aleppo. Er lebt seit 2015 in Münster "
        "und bittet die Kommission, seinen Fall zu prüfen."
    )
    rep = representative(_LETTER.format(body=body))
    assert rep is not None and rep.kind == "privat" and rep.name == "Samir Haddad"
    assert "Schwager" in rep.evidence
    # a mother who writes for herself and her children is an applicant, no representative
    own = "ich bin die Mutter von zwei Kindern und lebe seit 2015 in Münster. Ich bitte um Prüfung unseres Falles."
    assert representative(_LETTER.format(body=own)) is None


def test_an_enclosed_power_of_attorney_means_someone_acts_for_the_applicant():
    from hfk.classify.fields import representative

    for said in ("Die Vollmacht der Familie liegt bei.", "Eine Vollmacht wird nachgereicht."):
        body = f"Herr Karim Haddad, geb. 17.10.1985 in Aleppo, bittet um Prüfung seines Falles. {said}"
        rep = representative(_LETTER.format(body=body))
        assert rep is not None and rep.kind == "privat" and "Vollmacht" in rep.evidence
    own = "ich, Karim Haddad, geb. 17.10.1985 in Aleppo, bitte um Prüfung meines Falles. Ich bin seit 2015 hier."
    assert representative(_LETTER.format(body=own)) is None
