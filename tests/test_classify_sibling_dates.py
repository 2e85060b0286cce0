"""A decision photographed page by page: the pages without a date take the decision's date."""

from __future__ import annotations

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.ingest.model import Page, SourceFile, Submission

FIRST = (
    "Bundesamt für Migration und Flüchtlinge\nGesch.-Z.: 8724003-261\nUnna, 14.01.2023\n\nBESCHEID\n"
    "In dem Asylverfahren des Herrn Karim Haddad, geb. 03.04.1988, ergeht folgende Entscheidung:\n"
    "1. Die Flüchtlingseigenschaft wird nicht zuerkannt.\n2. Der Antrag auf Asylanerkennung wird abgelehnt.\n"
    "Seite 1 von 2"
)
LAST = (
    "Gesch.-Z.: 8724003-261\nRechtsbehelfsbelehrung\nGegen diesen Bescheid kann innerhalb von zwei Wochen "
    "Klage bei dem Verwaltungsgericht erhoben werden.\nIm Auftrag\nEinzelentscheider\nSeite 2 von 2"
)


def _dates(files: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    sources = [
        SourceFile(name=name, mime="image/jpeg", sha256=str(i) * 64, pages=[Page(1, text, "ocr")])
        for i, (name, text) in enumerate(files)
    ]
    facts = classify(Submission(files=sources), ClassifyOptions())
    return [(d.file, d.type, d.date) for d in facts.documents]


def test_the_signature_page_takes_the_date_of_its_decision() -> None:
    assert _dates([("IMG_1.jpg", FIRST), ("IMG_2.jpg", LAST)]) == [
        ("IMG_1.jpg", "bamf_bescheid", "2023-01-14"),
        ("IMG_2.jpg", "bamf_bescheid", "2023-01-14"),
    ]


def test_two_decisions_with_other_numbers_lend_no_date() -> None:
    other = LAST.replace("8724003-261", "7001234-423").replace("von 2", "von 3")
    assert _dates([("IMG_1.jpg", FIRST), ("IMG_2.jpg", other)])[1] == ("IMG_2.jpg", "bamf_bescheid", None)
