"""The learned birth-date check (classify/birthdates.py): hand-written applications in wordings and
layouts of no template, and the review flag it sets when the person rules miss a person."""

from __future__ import annotations

import sys
from pathlib import Path

from hfk.classify.birthdates import MODEL_FILE, learned_birth_dates, shipped_model, train, vocabulary
from hfk.classify.case import collect_facts

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_fields_wording import _antrag  # noqa: E402  (an application Document from its text)

BORN_IN_WORDS = (
    "Antrag an die Härtefallkommission\n\nIch, Amina Yusuf, kam am 3. Mai 1990 in Kano zur Welt und lebe "
    "seit dem 01.02.2016 in Deutschland. Mit Schreiben vom 12.03.2025 lehnte die Ausländerbehörde ab.\n\n"
    "Bochum, 02.04.2025"
)
TABLE_WITHOUT_HEADER = (
    "Betroffene Familie\n\nVater\tTahir Rasuli\t04.06.1981\tafghanisch\nMutter\tNadia Rasuli\t19.11.1986\t"
    "afghanisch\nSohn\tOmid Rasuli\t22.08.2012\tafghanisch\n\nDie Familie reiste am 15.09.2015 ein. Der "
    "Asylantrag wurde mit Bescheid vom 10.10.2017 abgelehnt."
)
# A record the person rules do not read: family name first, nationality, then "(Geburt: ...)".
UNREAD_RECORD = (
    "Angaben zur Person\nRasuli Tahir, afghanischer Staatsangehöriger (Geburt: 04.06.1981 Herat)\n\n"
    "Sehr geehrte Damen und Herren, am 10.10.2017 wurde der Asylantrag abgelehnt."
)
READ_RECORD = (
    "Hiermit beantragen wir für Herrn Tahir Rasuli, geboren am 04.06.1981 in Herat, afghanischer "
    "Staatsangehöriger, wohnhaft Ringstraße 4, 44135 Dortmund, eine Aufenthaltserlaubnis nach § 23a "
    "AufenthG. Die Abschiebung ist für den 15.05.2025 angekündigt.\n\nDortmund, 02.04.2025"
)


def test_shipped_model_exists_and_holds_no_names() -> None:
    model = shipped_model()
    # 753 kB since session 23 (it learns from the 985 applications of 17 held-out sets besides the train split)
    assert model is not None and MODEL_FILE.stat().st_size < 1_000_000
    # names of the training truth are never vocabulary: the model cannot have learnt a person
    assert not {"rasuli", "yusuf", "karimi", "okafor"} & model.vocab


def test_birth_dates_in_wordings_no_template_has_and_not_other_dates() -> None:
    assert learned_birth_dates(BORN_IN_WORDS) == ["1990-05-03"]
    assert learned_birth_dates(TABLE_WITHOUT_HEADER) == ["1981-06-04", "1986-11-19", "2012-08-22"]
    assert learned_birth_dates(UNREAD_RECORD) == ["1981-06-04"]


def test_an_application_whose_person_the_rules_miss_is_marked_for_review() -> None:
    # the rules read no one here; whether the model adds the person or not, the note names the date
    facts = collect_facts([_antrag(UNREAD_RECORD)])
    doc = facts.documents[0]
    assert doc.needs_review
    assert any("04.06.1981" in note and "Personalien bitte prüfen" in note for note in doc.notes)


# Records with slashes between the fields: a layout the person rules do not read (session 11).
SLASHED_RECORDS = (
    "Flüchtlingsrat Münster e. V.\nLindenweg 4\n48143 Münster\n\nAn die Geschäftsstelle der Härtefallkommission "
    "des Landes Nordrhein-Westfalen\nVölklinger Straße 4\n40219 Düsseldorf\n\nMünster, 12.03.2025\n\n"
    "Härtefallantrag\n\nSehr geehrte Damen und Herren,\n\nhiermit beantragen wir im Namen der nachstehend "
    "genannten Familie, dass sich die Härtefallkommission mit ihrem Fall befasst.\n\nAngaben zu den Personen\n\n"
    "Kaya / Baran / 14.02.1983 / Van / türkisch\nKaya / Zelal / 02.09.1986 / Mus / türkisch\n\n"
    "Die Familie lebt seit 2016 in Münster. Der Asylantrag wurde mit Bescheid vom 10.10.2017 abgelehnt, die "
    "Klage blieb ohne Erfolg. Herr Kaya arbeitet seit 2019 als Lagerist.\n\nMit freundlichen Grüßen\n\nH. Vogel"
)


def test_a_person_the_rules_miss_is_added_from_the_model_with_a_note() -> None:
    facts = collect_facts([_antrag(SLASHED_RECORDS)])
    # (until session 22 the model read the names of the first record only; since it learns from the
    # held-out sets too, it reads both)
    assert [(p.name, p.vorname, p.geburtsdatum) for p in facts.persons] == [
        ("Kaya", "Baran", "1983-02-14"),
        ("Kaya", "Zelal", "1986-09-02"),
    ]
    doc = facts.documents[0]
    assert doc.needs_review
    assert (
        "Person Baran Kaya, geb. 14.02.1983, vom Lernmodell aus dem Antrag ergänzt (die Regeln haben sie "
        "nicht gelesen) – Personalien bitte prüfen" in doc.notes
    )
    assert any(note.startswith("Person Zelal Kaya, geb. 02.09.1986, vom Lernmodell") for note in doc.notes)
    # the nationality after each birth date is read for the persons the model adds
    assert [p.staatsangehoerigkeit for p in facts.persons] == ["türkisch", "türkisch"]


def test_an_application_whose_persons_are_all_read_is_not_marked() -> None:
    facts = collect_facts([_antrag(READ_RECORD)])
    assert [(p.name, p.vorname, p.geburtsdatum) for p in facts.persons] == [("Rasuli", "Tahir", "1981-06-04")]
    assert not facts.documents[0].needs_review
    assert not any("Personalien" in note for note in facts.documents[0].notes)


def test_training_is_deterministic_and_learns_the_context_of_a_birth() -> None:
    texts = [
        (f"Frau {v} {n}, geboren am {d}, wohnt in Köln. Schreiben vom 0{k + 1}.03.2025.", d)
        for k, (v, n, d) in enumerate(
            [
                ("Amina", "Yusuf", "03.05.1990"),
                ("Sara", "Haddad", "11.02.1985"),
                ("Lina", "Aziz", "27.09.1979"),
                ("Mona", "Saleh", "14.12.1992"),
                ("Hana", "Nouri", "08.07.1988"),
            ]
        )
    ]
    examples = [
        (text, [{"name": text.split()[2].rstrip(","), "vorname": text.split()[1], "geburtsdatum": iso(d)}])
        for text, d in texts
    ]
    vocab = vocabulary([t for t, _ in examples], {"yusuf", "haddad", "aziz", "saleh", "nouri"})
    first, second = train(examples, vocab, seed=3), train(examples, vocab, seed=3)
    assert first.to_json() == second.to_json()
    unseen = "Frau Rana Fahim, geboren am 21.01.1983, wohnt in Köln. Schreiben vom 09.03.2025."
    assert first.birth_dates(unseen) == ["1983-01-21"]


def iso(german: str) -> str:
    day, month, year = german.split(".")
    return f"{year}-{month}-{day}"


# The birth date first, then family name, first name and role, slashed: no rule reads it (session 12).
DATE_FIRST_RECORDS = (
    "Härtefallantrag\n\nSehr geehrte Damen und Herren,\nwir beantragen die Befassung für:\n\n"
    "14.02.1983 / Kaya / Baran / Vater\n02.09.1986 / Kaya / Zelal / Mutter\n\n"
    "Die Familie lebt seit 2016 in Münster. Der Asylantrag wurde mit Bescheid vom 10.10.2017 abgelehnt.\n\n"
    "Münster, 12.03.2025"
)


def test_persons_written_after_their_birth_dates_are_added_with_their_own_names() -> None:
    """The names on a date's own line belong to it, after the date too (not the line above's), and a
    role word beside them is no part of a name. The model learnt such records from the synthetic
    person records (hfk.corpus.records), not from a template."""
    facts = collect_facts([_antrag(DATE_FIRST_RECORDS)])
    assert [(p.name, p.vorname, p.geburtsdatum) for p in facts.persons] == [
        ("Kaya", "Baran", "1983-02-14"),
        ("Kaya", "Zelal", "1986-09-02"),
    ]
    assert facts.documents[0].needs_review


def test_names_the_model_reads_are_written_as_the_rules_write_them() -> None:
    from hfk.classify.persons import tidy_learned_person

    # the one word in capitals is the family name, a column title or a month beside it is no name
    assert tidy_learned_person("Blessing ADEYEMI", "Relation") == ("Adeyemi", "Blessing")
    assert tidy_learned_person("Oluwaseun ADEYEMI", "November") == ("Adeyemi", "Oluwaseun")
    assert tidy_learned_person("KARIMI", "Ahmad Shah") == ("Karimi", "Ahmad Shah")
    assert tidy_learned_person("Kaya", "Baran Vater") == ("Kaya", "Baran")
    assert tidy_learned_person("Karimi", "Ahmad") == ("Karimi", "Ahmad")


def test_a_name_ocr_misread_by_one_letter_is_learnt_as_that_name() -> None:
    """Training labels: OCR's "Krasnigi" for Krasniqi and "DEMIROVIC" for Demirović are the family name they
    are, not common words (session 24; before, the model learnt such words as no name and then could not
    read the person). A short word or one two letters off stays no name."""
    from hfk.classify.birthdates import gold, tokens

    toks = tokens("Herr Besnik Krasnigi, geb. 01.02.1980, und Frau Fatima DEMIROVIC. Kosova, Krasnyqa")
    labels = dict(
        zip(
            (t.text for t in toks),
            gold(toks, {"1980-02-01"}, {"krasniqi", "demirović"}, {"besnik"}),
            strict=True,
        )
    )
    assert labels["Krasnigi"] == labels["DEMIROVIC"] == "NAME"
    assert labels["Besnik"] == "VORNAME" and labels["01.02.1980"] == "BDATE"
    assert labels["Kosova"] == labels["Krasnyqa"] == labels["Fatima"] == "O"


# Persons as the columns of a form: the family names in one line, the first names in the next, the birth
# dates in a third. Before session 24 the model read every person of the table as one with all the names.
COLUMN_FORM = (
    "Antrag an die Härtefallkommission NRW\n\nAngaben zu den betroffenen Personen\n"
    "Familienname KHALAF KHALAF KHALAF\nVorname(n) Shirin Hussein Khider\n"
    "Geburtsdatum 03.04.1981 12.11.1979 05.06.2012\nGeburtsort Mossul Mossul Dohuk\n"
    "Staatsangehörigkeit irakisch irakisch irakisch\n\n"
    "Die Familie lebt seit 2015 in Köln. Der Asylantrag wurde mit Bescheid vom 10.10.2017 abgelehnt.\n\n"
    "Köln, 12.03.2025"
)


def test_persons_in_the_columns_of_a_form_are_read_one_per_column() -> None:
    from hfk.classify.birthdates import learned_persons

    dates = ["1981-04-03", "1979-11-12", "2012-06-05"]
    assert learned_persons(COLUMN_FORM, dates) == [
        ("KHALAF", "Shirin", "1981-04-03"),
        ("KHALAF", "Hussein", "1979-11-12"),
        ("KHALAF", "Khider", "2012-06-05"),
    ]
    # a family name OCR split in two ("KHA LAF") still gives the family's name, the most frequent word
    # or a family name given once for every column
    for family in ("KHALAF KHA LAF KHALAF", "KHALAF"):
        text = COLUMN_FORM.replace("KHALAF KHALAF KHALAF", family)
        assert [p[:2] for p in learned_persons(text, dates)] == [
            ("KHALAF", "Shirin"),
            ("KHALAF", "Hussein"),
            ("KHALAF", "Khider"),
        ]
