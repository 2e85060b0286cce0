"""The completeness report: report.json (DOMAIN.md contract) and the printable HTML Vollständigkeitsbericht."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from hfk.checklist.labels import (
    REPRESENTATIVE_KINDS,
    STATUS_COLOURS,
    STATUS_LABELS,
    TEXT_SOURCE_LABELS,
    document_label,
    german_date,
)
from hfk.checklist.model import BLOCKING, Findings
from hfk.classify.model import CaseFacts, Document, Person
from hfk.ingest.model import Submission

TEMPLATES = Path(__file__).with_name("templates")
PERSON_FIELDS = ("name", "vorname", "geburtsdatum", "geburtsort", "staatsangehoerigkeit", "adresse")


def _document_entry(doc: Document) -> dict:
    # Only metadata: the document text must never leave the process through the report.
    return {
        "file": doc.file,
        "pages": list(doc.pages),
        "type": doc.type,
        "confidence": round(float(doc.confidence), 2),
        "date": doc.date or None,
        "text_source": doc.text_source,
        "evidence": list(doc.evidence),
        "needs_review": bool(doc.needs_review),
        "notes": list(doc.notes),
        "label": document_label(doc.type),
        "file_number": doc.file_number,  # BAMF Gesch.-Z. or another Aktenzeichen, for search
    }


def _person_entry(person: Person) -> dict:
    return {name: (getattr(person, name) or "").strip() for name in PERSON_FIELDS}


def build_report(submission: Submission, facts: CaseFacts, findings: Findings) -> dict:
    """The report.json dict of DOMAIN.md, plus the extra keys files / label / needs_review / notes / reason."""
    rep = facts.representative
    return {
        "schema": 1,
        "received": findings.received,
        "documents": [_document_entry(d) for d in facts.documents],
        "persons": [_person_entry(p) for p in facts.persons],
        "representative": None
        if rep is None
        else {"name": rep.name, "kind": rep.kind, "adresse": rep.adresse},
        "checklist": [
            {
                "id": item.id,
                "status": item.status,
                "detail": item.detail,
                "documents": list(item.documents),
                "label": item.label,
                "reason": item.reason,
            }
            for item in findings.checklist
        ],
        "hints": [asdict(h) for h in findings.hints],
        "complete": findings.complete,
        "errors": [{"file": e.file, "error": e.error} for e in submission.errors],
        "files": [
            {"file": f.name, "mime": f.mime, "pages": len(f.pages), "via": f.via} for f in submission.files
        ],
    }


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        # The report shows names and file names from untrusted submissions.
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["german_date"] = german_date
    return env


def render_report_html(report: dict) -> str:
    """The Vollständigkeitsbericht as one self-contained HTML page (inline CSS, no scripts)."""
    blocking = [c for c in report["checklist"] if c["status"] in BLOCKING]
    rep = report.get("representative")
    context = {
        "r": report,
        "aktenzeichen": report.get("aktenzeichen") or "",
        "received": german_date(report.get("received")),
        "blocking_count": len(blocking),
        "status_labels": STATUS_LABELS,
        "status_colours": STATUS_COLOURS,
        "text_sources": TEXT_SOURCE_LABELS,
        "rep_kind": REPRESENTATIVE_KINDS.get(rep["kind"], rep["kind"]) if rep else "",
        "person_fields": PERSON_FIELDS,
    }
    return _environment().get_template("report.html.j2").render(**context)


def write_report_html(report: dict, path: str | Path) -> None:
    Path(path).write_text(render_report_html(report), encoding="utf-8")
