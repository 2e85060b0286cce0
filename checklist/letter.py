"""The draft Eingangsbestätigung (DOCX) from the report, rendered with docxtpl into the office's template."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from docxtpl import DocxTemplate

from hfk.checklist.labels import document_label, german_date
from hfk.checklist.model import BLOCKING, LetterOptions
from hfk.classify.model import DOCUMENT_TYPES

DEFAULT_TEMPLATE = Path(__file__).with_name("templates") / "eingangsbestaetigung.docx"

BETREFF = "Eingangsbestätigung – Härtefallantrag nach § 23a Aufenthaltsgesetz"
ANREDE = "Sehr geehrte Damen und Herren,"
PLACEHOLDER_ADDRESS = "[Name und Anschrift bitte ergänzen]"
# Checklist items that ask for information in the application rather than for a document.
ANGABEN_IDS = ("personalien", "begruendung")
ZAHLWORTE = {
    2: "zwei",
    3: "drei",
    4: "vier",
    5: "fünf",
    6: "sechs",
    7: "sieben",
    8: "acht",
    9: "neun",
    10: "zehn",
    11: "elf",
    12: "zwölf",
}


class LetterError(RuntimeError):
    """The letter cannot be written; the message says what to fix."""


def _address_lines(address: str) -> list[str]:
    """Split an address into letter lines: at line breaks, else before the postcode ("Str. 1, 40210 Ort")."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if len(lines) == 1:
        lines = [part.strip() for part in re.split(r",\s*(?=(?:D-?)?\d{5}\b)", lines[0]) if part.strip()]
    return lines


def _person_name(person: dict) -> str:
    return " ".join(p for p in (person.get("vorname", ""), person.get("name", "")) if p).strip()


def addressee(report: dict) -> list[str]:
    """The representative when there is one and the Vollmacht is ok, otherwise the first listed person."""
    rep = report.get("representative")
    vollmacht = next((c for c in report["checklist"] if c["id"] == "vollmacht"), None)
    if rep and rep.get("name") and vollmacht and vollmacht["status"] == "ok":
        return [rep["name"], *(_address_lines(rep.get("adresse", "")) or [PLACEHOLDER_ADDRESS])]
    persons = report.get("persons") or []
    if persons and _person_name(persons[0]):
        return [
            _person_name(persons[0]),
            *(_address_lines(persons[0].get("adresse", "")) or [PLACEHOLDER_ADDRESS]),
        ]
    return [PLACEHOLDER_ADDRESS]


def _persons(report: dict) -> tuple[str, list[str]]:
    lines = []
    for number, person in enumerate(report.get("persons") or [], start=1):
        name = _person_name(person) or f"Person {number} (Name nicht erkannt)"
        if person.get("geburtsdatum"):
            name += f", geboren am {german_date(person['geburtsdatum'])}"
        lines.append(name)
    if not lines:
        return "Die Personen, für die der Antrag gelten soll, konnten wir dem Antrag nicht entnehmen.", []
    if len(lines) == 1:
        return "Der Antrag wurde für folgende Person gestellt:", lines
    # Formal German writes small numbers as words ("für folgende drei Personen").
    count = ZAHLWORTE.get(len(lines), str(len(lines)))
    return f"Der Antrag wurde für folgende {count} Personen gestellt:", lines


def _received_documents(report: dict) -> tuple[str, list[str]]:
    counts: dict[str, int] = {}
    for doc in report.get("documents") or []:
        counts[doc["type"]] = counts.get(doc["type"], 0) + 1
    order = {t: i for i, t in enumerate(DOCUMENT_TYPES)}
    lines = []
    for doc_type in sorted(counts, key=lambda t: order.get(t, len(order))):
        n = counts[doc_type]
        lines.append(document_label(doc_type) + (f" ({n} Dokumente)" if n > 1 else ""))
    if not lines:
        return "Unterlagen konnten wir der Sendung nicht entnehmen.", []
    if len(lines) == 1:
        return "Eingegangen ist folgende Unterlage:", lines
    return "Eingegangen sind folgende Unterlagen:", lines


def _antrag_date(report: dict) -> str:
    dates = sorted(
        d["date"] for d in report.get("documents") or [] if d["type"] == "antrag" and d.get("date")
    )
    return german_date(dates[0]) if dates else ""


def _request_sentences(blocking: list[dict], frist: str) -> tuple[str, str]:
    """Lead-in and deadline sentence, in singular or plural, for documents and/or missing information."""
    angaben = sum(1 for c in blocking if c["id"] in ANGABEN_IDS)
    unterlagen = len(blocking) - angaben
    if len(blocking) == 1:
        noun = "Angabe" if angaben else "Unterlage"
        return (
            f"Nach unserer ersten Durchsicht fehlt noch folgende {noun}:",
            f"Bitte reichen Sie diese {noun} bis zum {frist} nach.",
        )
    if angaben and unterlagen:
        noun = "Unterlagen bzw. Angaben"
    else:
        noun = "Angaben" if angaben else "Unterlagen"
    return (
        f"Nach unserer ersten Durchsicht fehlen noch folgende {noun}:",
        f"Bitte reichen Sie diese {noun} bis zum {frist} nach.",
    )


def letter_context(report: dict, options: LetterOptions) -> dict:
    """All values the template needs, as plain text and lists of text."""
    letter_day = (
        datetime.date.fromisoformat(options.letter_date) if options.letter_date else datetime.date.today()
    )
    deadline = letter_day + datetime.timedelta(weeks=options.deadline_weeks)
    eingang = german_date(report.get("received"))
    antrag_vom = _antrag_date(report)
    einleitung = (
        f"hiermit bestätigen wir den Eingang des Härtefallantrags vom {antrag_vom} am {eingang} "
        "bei der Geschäftsstelle der Härtefallkommission."
        if antrag_vom
        else f"hiermit bestätigen wir den Eingang des Härtefallantrags am {eingang} bei der Geschäftsstelle der "
        "Härtefallkommission."
    )
    blocking = [c for c in report["checklist"] if c["status"] in BLOCKING]
    fehlend = [c.get("reason") or c.get("label") or c["id"] for c in blocking]
    optional = [c.get("label") or c["id"] for c in report["checklist"] if c["status"] == "optional_missing"]
    frist = german_date(deadline.isoformat())
    fehlend_satz, frist_satz = _request_sentences(blocking, frist)
    personen_satz, personen = _persons(report)
    unterlagen_satz, unterlagen = _received_documents(report)
    office_lines = [line.strip() for line in options.office_address.splitlines() if line.strip()]
    contact_lines = [line.strip() for line in options.office_contact.splitlines() if line.strip()]
    return {
        "absender_name": options.office_name,
        "absender_zeilen": office_lines + contact_lines,
        "empfaenger_zeilen": addressee(report),
        "datum": german_date(letter_day.isoformat()),
        "eingang": eingang,
        "aktenzeichen": report.get("aktenzeichen") or "[Aktenzeichen]",
        "betreff": BETREFF,
        "anrede": ANREDE,
        "einleitung": einleitung,
        "personen_satz": personen_satz,
        "personen": personen,
        "unterlagen_satz": unterlagen_satz,
        "unterlagen": unterlagen,
        "fehlend_satz": fehlend_satz,
        "fehlend": fehlend,
        "frist": frist,
        "frist_satz": frist_satz,
        "optional_satz": "Sofern vorhanden, können Sie außerdem folgende Unterlagen einreichen:",
        "optional": optional,
        "verantwortlicher": ", ".join(office_lines + contact_lines) or options.office_name,
    }


def write_letter(report: dict, path: str | Path, options: LetterOptions) -> None:
    """Render the Eingangsbestätigung draft for the case of report into path (DOCX)."""
    template = Path(options.template) if options.template else DEFAULT_TEMPLATE
    if not template.is_file():
        raise LetterError(
            f"Briefvorlage {template} nicht gefunden. Bitte den Pfad der Vorlage in den Einstellungen (letter.template) "
            "prüfen oder die Angabe entfernen, um die mitgelieferte Vorlage zu verwenden."
        )
    doc = DocxTemplate(str(template))
    # autoescape: names and addresses come from untrusted submissions and must not break the XML.
    doc.render(letter_context(report, options), autoescape=True)
    doc.save(str(path))
