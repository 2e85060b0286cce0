"""What the pages show, computed from the store: triage rows, the case view model, the statistics."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from hfk.checklist.labels import STATUS_COLOURS, STATUS_LABELS, document_label, german_date
from hfk.checklist.model import BLOCKING
from hfk.store import case_files

TRIAGE_STATUSES = {
    "complete": "vollständig",
    "incomplete": "unvollständig",
    "review": "Prüfung nötig",
    "errors": "Fehler",
}
SOURCES = {"mail": "E-Mail", "scan": "Scan/Fax", "post": "Post (hochgeladen)", "cli": "Kommandozeile"}
MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


def triage_status(report: dict | None) -> str:
    if report is None or report.get("errors"):
        return "errors"
    if any(d.get("needs_review") for d in report.get("documents", [])):
        return "review"
    return "complete" if report.get("complete") else "incomplete"


def person_names(report: dict | None) -> list[str]:
    names = []
    for person in (report or {}).get("persons", []):
        full = ", ".join(p for p in (person.get("name", ""), person.get("vorname", "")) if p)
        if full:
            names.append(full)
    return names


def _matches(row: dict, query: str) -> bool:
    needle = query.casefold().strip()
    report = row["report"] or {}
    haystack = [row["reference"], *person_names(report)]
    for person in report.get("persons", []):
        haystack += [person.get("name", ""), person.get("vorname", "")]
    for doc in report.get("documents", []):
        haystack.append(doc.get("file_number") or "")
        # The BAMF Gesch.-Z. also shows in the evidence of a Bescheid when the report lacks file_number.
        haystack += doc.get("evidence", [])
    return any(needle in (text or "").casefold() for text in haystack)


def triage_rows(overview: list[dict], status: str = "", source: str = "", query: str = "") -> list[dict]:
    rows = []
    for row in overview:
        report = row["report"]
        state = triage_status(report)
        if status and state != status:
            continue
        if source and source not in row["sources"]:
            continue
        if query and not _matches(row, query):
            continue
        rows.append(
            {
                "id": row["id"],
                "reference": row["reference"],
                "received": german_date(row["first_received"].isoformat()) if row["first_received"] else "",
                "status": state,
                "status_label": TRIAGE_STATUSES[state],
                "sources": [SOURCES.get(s, s) for s in row["sources"]],
                "names": person_names(report),
                "documents": len((report or {}).get("documents", [])),
                "blocking": sum(1 for c in (report or {}).get("checklist", []) if c["status"] in BLOCKING),
            }
        )
    return rows


def case_view(store, case_id: int, report: dict) -> dict:
    """Documents joined to their file ids (for page images), checklist with colours and labels."""
    stored = case_files(store, case_id)
    by_sha = {f["sha256"]: f for f in stored if f["duplicate_of"] is None}
    by_name: dict[str, dict] = {}
    for f in stored:
        if f["duplicate_of"] is None:
            by_name.setdefault(f["name"], f)
    documents = []
    for index, doc in enumerate(report.get("documents", [])):
        file_row = by_sha.get(doc.get("sha256") or "") or by_name.get(doc["file"])
        documents.append(
            {
                **doc,
                "index": index,
                "label": document_label(doc["type"]),
                "date_de": german_date(doc.get("date")),
                "file_id": file_row["id"] if file_row else None,
                "confidence_pct": round(100 * float(doc.get("confidence", 0))),
            }
        )
    checklist = [
        {
            **item,
            "colour": STATUS_COLOURS.get(item["status"], "grey"),
            "status_label": STATUS_LABELS.get(item["status"], item["status"]),
            "doc_refs": [documents[i] for i in item.get("documents", []) if i < len(documents)],
            "can_satisfy": item["status"] in (*BLOCKING, "optional_missing"),
        }
        for item in report.get("checklist", [])
    ]
    return {"documents": documents, "checklist": checklist, "files": stored}


def statistics(overview: list[dict]) -> dict:
    per_year: Counter[str] = Counter()
    per_month: Counter[tuple[int, int]] = Counter()
    nationalities: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    complete = 0
    with_report = 0
    for row in overview:
        if row["first_received"]:
            day = row["first_received"]
            per_year[str(day.year)] += 1
            per_month[(day.year, day.month)] += 1
        report = row["report"]
        if not report:
            continue
        with_report += 1
        complete += bool(report.get("complete"))
        for person in report.get("persons", []):
            nat = (person.get("staatsangehoerigkeit") or "").strip()
            if nat:
                nationalities[nat.capitalize()] += 1
        for item in report.get("checklist", []):
            if item["status"] in BLOCKING:
                missing[item.get("label") or item["id"]] += 1
    months: list[tuple[int, int]] = []
    if per_month:
        # Every month from the first to the last receipt, empty ones included, the last 24 at most.
        (year, month), last = min(per_month), max(per_month)
        while (year, month) <= last:
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return {
        "total": len(overview),
        "per_year": sorted(per_year.items()),
        "per_month": [(f"{MONTHS[m - 1]} {str(y)[2:]}", per_month[(y, m)]) for y, m in months[-24:]],
        "nationalities": nationalities.most_common(10),
        "complete": complete,
        "complete_pct": round(100 * complete / with_report) if with_report else 0,
        "with_report": with_report,
        "missing": missing.most_common(10),
    }


def page_span(pages: list[int]) -> str:
    """'4' or '1–3' (or '1, 3, 4' when the pages do not follow each other)."""
    if not pages:
        return ""
    if len(pages) == 1:
        return str(pages[0])
    if list(pages) == list(range(pages[0], pages[-1] + 1)):
        return f"{pages[0]}–{pages[-1]}"
    return ", ".join(str(p) for p in pages)


def split_error(pages: list[int], raw: str) -> str:
    """Why a document with these pages cannot be split before page `raw` (German), '' if it can."""
    if len(pages) < 2:
        return "Ein Dokument mit nur einer Seite kann nicht geteilt werden."
    allowed = f"{pages[1]} bis {pages[-1]}" if len(pages) > 2 else str(pages[1])
    raw = (raw or "").strip()
    if not raw:
        return f"Bitte angeben, mit welcher Seite der zweite Teil beginnt (Seite {allowed})."
    if not raw.isdigit():
        return f"„{raw[:20]}“ ist keine Seitenzahl. Der zweite Teil kann mit Seite {allowed} beginnen."
    at = int(raw)
    if at == pages[0]:
        return (
            f"Seite {at} ist die erste Seite des Dokuments: Der erste Teil wäre leer. "
            f"Der zweite Teil kann mit Seite {allowed} beginnen."
        )
    if at not in pages:
        return (
            f"Seite {at} gehört nicht zu diesem Dokument (Seiten {page_span(pages)}). "
            f"Der zweite Teil kann mit Seite {allowed} beginnen."
        )
    return ""


def merge_error(first: dict, second: dict | None, same_file: bool) -> str:
    """Why two documents of the report cannot be merged (German), '' if they can."""
    if second is None:
        return "Nach diesem Dokument folgt kein weiteres, mit dem es zusammengeführt werden könnte."
    if not same_file:
        return (
            f"Nur Dokumente derselben Datei können zusammengeführt werden: „{first['file']}“ und "
            f"„{second['file']}“ sind verschiedene Dateien."
        )
    if first["pages"][-1] + 1 != second["pages"][0]:
        return (
            f"Die Seiten schließen nicht aneinander an: Das Dokument endet mit Seite {first['pages'][-1]}, "
            f"das nächste beginnt mit Seite {second['pages'][0]}."
        )
    return ""


def correction_rows(found: list[dict]) -> list[dict]:
    """The case's corrections for the list in the case view, newest first, described in German."""
    rows = []
    for c in reversed(found):
        if c["kind"] == "doc_type":
            text = (
                f"{c['file_name']} S. {page_span(c['pages'])}: Typ {document_label(c['old_type'])} → "
                f"{document_label(c['new_type'])}"
            )
        elif c["kind"] == "split":
            parts = " und ".join(
                f"S. {page_span(p['pages'])} {document_label(p['type'])}" for p in c["parts"]
            )
            text = f"{c['file_name']} S. {page_span(c['pages'])} geteilt in {parts}"
        elif c["kind"] == "merge":
            part = c["parts"][0] if c["parts"] else {"pages": c["pages"], "type": ""}
            text = (
                f"{c['file_name']} S. {page_span(part['pages'])} zusammengeführt zu einem Dokument "
                f"({document_label(part['type'])})"
            )
        else:
            text = f"Punkt „{c['item_id']}“ von Hand erfüllt: {c['comment']}"
        rows.append(
            {
                "id": c["id"],
                "kind": c["kind"],
                "text": text,
                "actor": c["actor"],
                "time": german_time(c["time"]),
                "undone": bool(c.get("undone")),
                "undone_by": c.get("undone_by", ""),
                "undone_time": german_time(c.get("undone") or ""),
            }
        )
    return rows


def german_time(iso: str) -> str:
    """'2025-06-02T09:14:03+00:00' -> '02.06.2025 11:14' (stored in UTC, shown in local time)."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%d.%m.%Y %H:%M")


def page_count(report: dict | None, file_row: dict) -> int | None:
    """How many pages the report counted for this stored file (None when it does not say)."""
    for entry in (report or {}).get("files", []):
        if entry.get("file") == file_row["name"] and entry.get("pages"):
            return int(entry["pages"])
    pages = [
        p for d in (report or {}).get("documents", []) if d["file"] == file_row["name"] for p in d["pages"]
    ]
    return max(pages) if pages else None
