"""The synthetic person records the birth-date and name model learns from (hfk.corpus.records)."""

from __future__ import annotations

from hfk.classify.birthdates import tokens
from hfk.corpus.records import record_texts


def test_the_same_seed_gives_the_same_texts_and_another_seed_others() -> None:
    assert record_texts(20, 1) == record_texts(20, 1)
    assert record_texts(20, 1) != record_texts(20, 2)


def test_every_person_of_a_record_is_written_in_its_text() -> None:
    """Each truth person's birth date is a date of the text and their first name stands in it (OCR
    damage, which some texts get on purpose, may break a few), and the other names (doctor, lawyer)
    are none of the persons'."""
    persons = dated = named = 0
    for text, truth, others in record_texts(300, 7):
        dates = {t.iso for t in tokens(text) if t.iso}
        assert truth and not {p["name"] for p in truth} & others
        for p in truth:
            persons += 1
            dated += p["geburtsdatum"] in dates
            named += p["vorname"] in text
    assert persons > 600
    assert dated / persons > 0.93 and named / persons > 0.93


def test_records_come_in_many_conventions() -> None:
    texts = [text for text, _, _ in record_texts(300, 3)]
    assert any("\t" in t or " | " in t for t in texts)  # tables
    assert any("geboren am" in t for t in texts)  # prose
    assert any("Date of birth" in t or "born on" in t for t in texts)  # English
    assert any(p["name"].upper() in t for t, truth, _ in record_texts(300, 3) for p in truth)  # capitals
