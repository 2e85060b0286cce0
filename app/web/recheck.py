"""Re-evaluate a case with the caseworkers' corrections applied (document types, items satisfied by hand)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from hfk.checklist.report import build_report
from hfk.checklist.rules import evaluate
from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.intake import Original, _ingest_originals
from hfk.settings import Settings
from hfk.store import (
    Store,
    apply_checklist_corrections,
    apply_document_corrections,
    case_corrections,
    cases,
)


def recheck_case(store: Store, settings: Settings, case_id: int, actor: str) -> dict:
    """Like hfk.intake.refresh_case, plus the corrections; the report records which were applied."""
    subs = [s for s in store.case_submissions(case_id) if s["outcome"] == "case"]
    originals, seen = [], set()
    for sub in subs:
        if sub["original_sha256"] not in seen:
            seen.add(sub["original_sha256"])
            originals.append(Original(sub["original_name"], sub["original_sha256"]))
    submission, _ = _ingest_originals(store, settings, originals)
    kept, shas = [], set()
    for source_file in submission.files:
        if not source_file.is_mail_body:
            if source_file.sha256 in shas:
                continue  # an exact duplicate counts once
            shas.add(source_file.sha256)
        kept.append(source_file)
    submission.files = kept
    facts = classify(submission, ClassifyOptions(**settings.classify))
    found = case_corrections(store, case_id)
    sha_by_name = {f.name: f.sha256 for f in submission.files}
    apply_document_corrections(facts.documents, sha_by_name, found)
    received = min(s["received"] for s in subs) if subs else date.today()
    findings = evaluate(facts, received, settings.rules_file)
    apply_checklist_corrections(findings.checklist, found)
    report = build_report(submission, facts, findings)
    for entry, doc in zip(report["documents"], facts.documents, strict=True):
        # Extra keys for the UI: the file number makes the case findable by BAMF Gesch.-Z.
        entry["file_number"] = doc.file_number
        entry["sha256"] = sha_by_name.get(doc.file, "")
    with store.engine.connect() as conn:
        report["aktenzeichen"] = conn.execute(
            select(cases.c.reference).where(cases.c.id == case_id)
        ).scalar_one()
    report["submissions"] = []
    for sub in store.case_submissions(case_id):
        stored = store.submission_files(sub["id"])
        report["submissions"].append(
            {
                "received": sub["received"].isoformat(),
                "source": sub["source"],
                "file": sub["original_name"],
                "files": [f["name"] for f in stored],
                "duplicates": [f["detail"] for f in stored if f["duplicate_of"]],
            }
        )
    report["duplicates"] = [d for s in report["submissions"] for d in s["duplicates"]]
    report["corrections"] = [c["id"] for c in found]
    store.save_report(case_id, report, actor)
    return report


def needs_recheck(store: Store, case_id: int, report: dict | None) -> bool:
    """True when the stored report lacks corrections (e.g. a Nachreichung re-evaluated it without them)."""
    if report is None:
        return True
    found = [c["id"] for c in case_corrections(store, case_id)]
    return bool(found) and report.get("corrections") != found
