"""The completeness report: report.json (DOMAIN.md contract) and the printable HTML Vollständigkeitsbericht."""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from hfk.checklist.labels import (
    REPRESENTATIVE_KINDS,
    STATUS_COLOURS,
    STATUS_LABELS,
    TEXT_SOURCE_LABELS,
    compact_pages,
    document_label,
    german_date,
    keep_together,
    mime_label,
    soft_hyphenate,
)
from hfk.checklist.model import BLOCKING, Findings
from hfk.classify.model import CaseFacts, Document, Person
from hfk.ingest.model import Submission

TEMPLATES = Path(__file__).with_name("templates")
# Seed 000: "Ob Ausschlussgründe vorliegen, entscheidet nach Antragstellung allein die Härtefallkommission."
HINT_INTRO = (
    "Hinweise für die Prüfung durch die Geschäftsstelle bzw. die Kommission – keine Entscheidungen. Ob "
    "Ausschlussgründe nach § 5 HFKVO vorliegen, entscheidet allein die Härtefallkommission."
)
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
    env.filters["pages"] = compact_pages
    env.filters["mime"] = mime_label
    env.filters["detail"] = detail_html
    env.filters["shy"] = soft_hyphenate
    env.filters["nbsp"] = keep_together
    env.filters["file"] = file_html
    return env


# Parts of a checklist detail that start a new line in the HTML report, so that the status reason,
# the triggering sentences and the remarks can be read apart (report.json keeps the one string).
DETAIL_BREAKS = (
    "Erforderlich, weil:",
    "Empfohlen, weil:",
    "Immer erforderlich",
    "Quelle:",
    "Anmerkung zu Dokument",
    "Dargelegt:",
    "Vorhanden sind dennoch:",
    "Unvollständig:",
    "Seitenzählung vollständig",
    "Keine Seitenzählung erkannt",
)
_DETAIL_SPLIT = re.compile(r"\s(?=(?:" + "|".join(re.escape(m) for m in DETAIL_BREAKS) + r"))")


def file_html(name: str) -> Markup:
    """A file name, escaped, that may wrap after "_", "-" or "." before it wraps anywhere else."""
    return Markup(re.sub(r"([_.\-])", r"\1<wbr>", str(escape(name or ""))))


def detail_html(detail: str) -> Markup:
    """The checklist detail, escaped, with a line break before each of its parts."""
    parts = _DETAIL_SPLIT.split(detail or "")
    return Markup("<br>").join(escape(keep_together(part)) for part in parts if part)


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
        "blocking_statuses": BLOCKING,
        "hint_intro": HINT_INTRO,
    }
    return _environment().get_template("report.html.j2").render(**context)


def write_report_html(report: dict, path: str | Path) -> None:
    Path(path).write_text(render_report_html(report), encoding="utf-8")
