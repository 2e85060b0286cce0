"""One submission from intake to report: source -> ingest -> classify -> checklist -> outputs."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hfk.checklist.letter import write_letter
from hfk.checklist.model import LetterOptions
from hfk.checklist.report import build_report, write_report_html
from hfk.checklist.rules import evaluate
from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions, Submission
from hfk.settings import Settings


@dataclass
class ProcessResult:
    out_dir: Path
    report: dict

    @property
    def processed_anything(self) -> bool:
        return bool(self.report["documents"])


def received_date(submission: Submission, explicit: date | None, paths: list[Path]) -> date:
    """--received, else the mail's date for a single .eml, else today (DOMAIN.md contract)."""
    if explicit:
        return explicit
    if len(paths) == 1 and paths[0].suffix.lower() == ".eml" and submission.mails:
        if submission.mails[0].date:
            return date.fromisoformat(submission.mails[0].date)
    return date.today()


def aktenzeichen(submission: Submission, received: date) -> str:
    """A provisional reference until the case store assigns one: stable for the same files."""
    digest = hashlib.sha256("".join(sorted(f.sha256 for f in submission.files)).encode()).hexdigest()
    return f"HFK-{received.year}-{digest[:6].upper()}"


def process(
    paths: list[Path],
    out_dir: Path,
    settings: Settings,
    received: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> ProcessResult:
    # A folder we create holds health and residence data: service user only. An existing folder
    # is the caller's choice and keeps its mode; the files written into it are 0600 regardless.
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    quarantine = Path(settings.quarantine_dir) if settings.quarantine_dir else out_dir / "quarantine"

    submission = ingest(
        paths, IngestOptions(quarantine_dir=str(quarantine), **settings.ingest), progress=progress
    )
    received = received_date(submission, received, paths)
    facts = classify(submission, ClassifyOptions(**settings.classify))
    findings = evaluate(facts, received, settings.rules_file)

    report = build_report(submission, facts, findings)
    report["aktenzeichen"] = aktenzeichen(submission, received)
    write_outputs(report, out_dir, settings)
    return ProcessResult(out_dir=out_dir, report=report)


OUTPUT_FILES = ("report.json", "report.html", "eingangsbestaetigung.docx")


def write_outputs(report: dict, out_dir: Path, settings: Settings) -> None:
    """The three outputs of a report, readable by the service user only."""
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    for name in OUTPUT_FILES:
        _private_file(out_dir / name)
    (out_dir / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    write_report_html(report, out_dir / "report.html")
    write_letter(report, out_dir / "eingangsbestaetigung.docx", LetterOptions(**settings.letter))


def _private_file(path: Path) -> None:
    """Create (or tighten) an output file as 0600 before it is written: writers keep that mode."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)
