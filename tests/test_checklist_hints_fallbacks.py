"""Checklist mechanisms that reach past the application: residence named in decisions, unread page
numbers of a decision, children evidenced by their school papers."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from hfk.checklist.rules import evaluate
from hfk.classify.case import text_facts
from hfk.classify.model import BEGRUENDUNG_TOPICS, CaseFacts, Document

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)
from test_checklist_rules import adult  # noqa: E402  (the same adult applicant as the rules tests)

RECEIVED = datetime.date(2025, 3, 14)


def doc(doc_type: str, text: str = "", pages=(1,), page_texts=None, **kw) -> Document:
    """A document as classify hands it on: the facts read from its text filled in."""
    texts = list(page_texts) if page_texts is not None else [text] * len(pages)
    read = text_facts(texts)
    read.update(text=text or read["text"], date=None, file="scan.pdf", **kw)
    return Document(pages=list(pages), type=doc_type, confidence=0.9, text_source="ocr", evidence=[], **read)


def facts(documents, persons=None) -> CaseFacts:
    return CaseFacts(
        documents=documents,
        persons=persons or [],
        begruendung_topics={t: "x" for t in BEGRUENDUNG_TOPICS},
        application_language="de",
    )


def item(findings, item_id: str):
    return next(i for i in findings.checklist if i.id == item_id)


def test_wohnsitz_from_a_decision_when_the_application_gives_no_address() -> None:
    bamf = doc(
        "bamf_bescheid",
        "In dem Asylverfahren des Rezai, geb. am 24.12.1971, wohnhaft Kölner Straße 83, 34117 Kassel, ergeht",
    )
    hints = evaluate(facts([bamf]), RECEIVED).hints
    wohnsitz = [h for h in hints if h.id == "wohnsitz_ausserhalb_nrw"]
    assert wohnsitz and "34117" in wohnsitz[0].detail


def test_wohnsitzauflage_with_a_city_outside_nrw() -> None:
    duldung = doc(
        "auslaenderbehoerde", "Duldung\nWohnsitzauflage: Kassel\nAusstellende Behörde: Stadt Kassel"
    )
    assert "wohnsitz_ausserhalb_nrw" in [h.id for h in evaluate(facts([duldung]), RECEIVED).hints]
    inside = doc("auslaenderbehoerde", "Duldung\nWohnsitzauflage: Bielefeld")
    assert "wohnsitz_ausserhalb_nrw" not in [h.id for h in evaluate(facts([inside]), RECEIVED).hints]


def test_application_address_wins_over_other_documents() -> None:
    # the application's NRW address is known: a supporter-like "wohnhaft" elsewhere is not consulted
    bamf = doc("bamf_bescheid", "wohnhaft Kölner Straße 83, 34117 Kassel")
    hints = evaluate(facts([doc("antrag", "Antrag"), bamf], [adult()]), RECEIVED).hints
    assert "wohnsitz_ausserhalb_nrw" not in [h.id for h in hints]


def test_bamf_last_page_without_readable_number_is_no_gap() -> None:
    texts = ["Bescheid ...\nSeite 1 von 3", "Begründung ...\nSeite 2 von 3", "ales\nRN:\nra"]
    bamf = doc(
        "bamf_bescheid",
        "\n\n".join(texts),
        pages=(5, 6, 7),
        page_texts=texts,
        page_numbering=[(1, 3), (2, 3)],
    )
    it = item(evaluate(facts([bamf]), RECEIVED), "bamf_bescheid")
    assert it.status == "ok", it.detail
    assert "Seite 7" in it.detail and "3 von 3" in it.detail


def test_bamf_real_gap_stays_incomplete() -> None:
    texts = ["Bescheid ...\nSeite 1 von 3", "Gründe ...\nSeite 3 von 3"]
    bamf = doc(
        "bamf_bescheid", "\n\n".join(texts), pages=(1, 2), page_texts=texts, page_numbering=[(1, 3), (3, 3)]
    )
    it = item(evaluate(facts([bamf]), RECEIVED), "bamf_bescheid")
    assert it.status == "incomplete" and "Seite 2 von 3 fehlt" in it.detail


def test_child_evidenced_by_the_school_report_when_birth_dates_are_unread() -> None:
    parent = adult()
    child = adult(vorname="Nasrin", geburtsdatum="")  # birth date not read from the application
    zeugnis = doc("schulnachweis", "Zeugnis für Nasrin Beispiel, geboren am 25.09.2015 - Schuljahr 2024/2025")
    it = item(evaluate(facts([doc("antrag", "Antrag"), zeugnis], [parent, child]), RECEIVED), "schulnachweis")
    assert it.status == "ok", it.detail
    assert "25.09.2015" in it.detail


def test_child_evidenced_by_a_birth_date_of_the_application_no_person_carries() -> None:
    """The learned model finds a child's birth date in the application whose person the rules did not read
    (classify puts such dates on the application's birth_dates): school papers are asked for (blind17, seen)."""
    antrag = doc("antrag", "Antrag", birth_dates=["2020-01-16"])
    it = item(evaluate(facts([antrag], [adult()]), RECEIVED), "schulnachweis")
    assert it.status == "missing", it.detail
    assert "16.01.2020" in it.detail and "5 Jahre" in it.detail


def test_school_paper_of_an_adult_does_not_make_the_item_required() -> None:
    zeugnis = doc("schulnachweis", "Abschlusszeugnis für Amira Beispiel, geboren am 01.06.1985")
    it = item(evaluate(facts([doc("antrag", "Antrag"), zeugnis], [adult()]), RECEIVED), "schulnachweis")
    assert it.status == "not_required"


def test_wohnsitz_from_a_forms_address_field_when_no_application_came() -> None:
    """A Nachreichung without an application: the Duldung's and the consent form's "Anschrift:" are
    where the applicant lives (blind17, seen)."""
    duldung = doc(
        "auslaenderbehoerde",
        "Bescheinigung über die Aussetzung der Abschiebung (Duldung)\nFamilienname: YILMAZ\n"
        "Vorname(n): Derya\nAnschrift: Schillerstraße 14, 60313 Frankfurt am Main\n"
        "Aussetzung befristet bis: 24.10.2024",
    )
    wohnsitz = [h for h in evaluate(facts([duldung]), RECEIVED).hints if h.id == "wohnsitz_ausserhalb_nrw"]
    assert wohnsitz and "60313" in wohnsitz[0].detail


def test_a_representatives_address_field_is_no_residence() -> None:
    """Guard: the lawyer's "Anschrift:" on a power of attorney is not where the applicant lives."""
    vollmacht = doc(
        "vollmacht",
        "Vollmacht\nHiermit bevollmächtige ich\nRechtsanwältin Dr. Kaya\nAnschrift: Zeil 5, 60313 Frankfurt am Main\n"
        "mich im Verfahren vor der Härtefallkommission zu vertreten.",
    )
    assert "wohnsitz_ausserhalb_nrw" not in [h.id for h in evaluate(facts([vollmacht]), RECEIVED).hints]
