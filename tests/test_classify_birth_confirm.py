"""A birth date OCR misread by one digit in the application is confirmed against the rest of the case."""

from __future__ import annotations

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.ingest.model import Page, SourceFile, Submission


def _antrag(born: str) -> str:
    return (
        "Flüchtlingsberatung Ruhr e. V., Kirchstraße 2, 45127 Essen\n\n"
        "An die Geschäftsstelle der Härtefallkommission NRW\n\nEssen, 14.03.2025\n\n"
        "Härtefallantrag gemäß § 23a AufenthG\n\nSehr geehrte Damen und Herren,\n\n"
        "im Namen von Frau Leila Bahrami beantragen wir, ihren Fall als Härtefall zu behandeln.\n\n"
        f"1. Bahrami, Leila, geb. am {born} in Isfahan, Staatsangehörigkeit: iranisch\n"
        "wohnhaft: Kölner Straße 75, 53227 Bonn\n\nBegründung:\n\n"
        "Frau Leila Bahrami wurde am 28.09.1989 in Isfahan (Iran) geboren und lebt seit 2016 in Bonn.\n"
    )


BAMF = (
    "Bundesamt für Migration und Flüchtlinge\nGesch.-Z.: 5502744-439\nUnna, 01.10.2018\n\nBescheid\n\n"
    "In dem Asylverfahren der Bahrami, Leila, geb. am 28.09.1989 in Isfahan, ergeht folgende Entscheidung:\n"
    "1. Die Flüchtlingseigenschaft wird nicht zuerkannt.\nRechtsbehelfsbelehrung\nSeite 1 von 1"
)


def _persons(antrag: str, bamf: str = BAMF) -> list[tuple[str, str, str]]:
    files = [
        SourceFile(name="fax.pdf", mime="application/pdf", sha256="1" * 64, pages=[Page(1, antrag, "ocr")]),
        SourceFile(
            name="bescheid.pdf", mime="application/pdf", sha256="2" * 64, pages=[Page(1, bamf, "text")]
        ),
    ]
    facts = classify(Submission(files=files), ClassifyOptions())
    return [(p.name, p.vorname, p.geburtsdatum) for p in facts.persons]


def test_a_one_digit_ocr_slip_is_outvoted_by_the_case() -> None:
    assert _persons(_antrag("28.09.1939")) == [("Bahrami", "Leila", "1989-09-28")]


def test_a_date_the_case_agrees_with_stays() -> None:
    assert _persons(_antrag("28.09.1989")) == [("Bahrami", "Leila", "1989-09-28")]


def test_one_other_mention_is_not_enough_and_other_dates_are_not_taken() -> None:
    # Without the BAMF decision only the reasoning disagrees: one voice against the table.
    assert _persons(_antrag("28.09.1939"), bamf="Anlage") == [("Bahrami", "Leila", "1939-09-28")]
    # Two digits apart is another date (a document's own date, a sibling), never a correction.
    assert _persons(_antrag("21.03.1989"))[0][2] == "1989-03-21"


def test_a_left_out_birth_date_stays_empty() -> None:
    # The application is incomplete without it, whatever the other papers say.
    text = (
        _antrag("28.09.1989")
        .replace(", geb. am 28.09.1989 in Isfahan", ", in Isfahan")
        .replace("wurde am 28.09.1989 in Isfahan (Iran) geboren und", "stammt aus Isfahan und")
    )
    assert "1989" not in text
    assert _persons(text) == [("Bahrami", "Leila", "")]
