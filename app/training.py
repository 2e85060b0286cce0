"""Caseworkers' document corrections as labelled pages, for rebuilding the page classifier locally.

The shipped classifier learnt from generated documents. The office's real letterheads and forms
differ; every time a caseworker corrects a type, a split or a merge in the web UI, that is a
labelled example of them. `hfk corrections export` writes those pages in the row format of the
training script's page dumps, and `scripts/train_classifier.py --corrections FILE` trains with them.

The export holds page text of real applications (health and residence data): it is written
readable by the service user only, never leaves the machine by itself, and should be deleted once
the model is rebuilt. The model file itself stores hashed word features, not text.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hfk.settings import Settings
from hfk.store import PRIVATE_FILE_MODE, Store, training_corrections

# The "template" of an exported row: the training script keeps such rows out of its held-out
# template folds (they are no template of the generator) and trains on them in every fold.
CORRECTION_TEMPLATE = "korrektur"


@dataclass
class ExportSummary:
    corrections: int = 0  # corrections read from the store
    pages: int = 0  # labelled pages written
    cases: int = 0
    skipped: list[str] = field(default_factory=list)  # German, one line per correction left out

    def render(self) -> str:
        lines = [
            f"{self.pages} Seite(n) aus {self.corrections} Korrektur(en) in {self.cases} Fall/Fällen exportiert."
        ]
        lines += [f"  übersprungen: {s}" for s in self.skipped]
        return "\n".join(lines)


def correction_rows(store: Store, settings: Settings, progress: Callable[[str], None] | None = None):
    """(rows, summary): one row per page a caseworker labelled, with the page's text as read now.

    The page text comes from re-reading the case's stored originals (the OCR cache makes that cheap);
    a correction whose file or page no longer exists is skipped and named in the summary.
    """
    from hfk.intake import read_case

    found = training_corrections(store)
    summary = ExportSummary(corrections=len(found))
    by_case: dict[int, list[dict]] = defaultdict(list)
    for row in found:
        by_case[row["case_id"]].append(row)
    rows: list[dict] = []
    for n, (case_id, corrections) in enumerate(sorted(by_case.items()), 1):
        reference = store.case_reference(case_id)
        if progress:
            progress(f"Fall {n}/{len(by_case)}: {reference} ({len(corrections)} Korrektur(en))")
        submission, _ = read_case(store, settings, case_id)
        pages_by_file = {f.sha256: {p.number: p for p in f.pages} for f in submission.files}
        # The last correction of a page wins: a type fixed twice is labelled as it was left.
        labelled: dict[tuple[str, int], dict] = {}
        for correction in corrections:
            pages = pages_by_file.get(correction["file_sha256"])
            if pages is None:
                summary.skipped.append(
                    f"{reference}: Datei {correction['file_sha256'][:12]} ist im Fall nicht mehr vorhanden"
                )
                continue
            for label in correction["labels"]:
                page = pages.get(label["page"])
                if page is None:
                    summary.skipped.append(
                        f"{reference}: Seite {label['page']} fehlt in Datei {correction['file_sha256'][:12]}"
                    )
                    continue
                labelled[(correction["file_sha256"], label["page"])] = {
                    "case": reference,
                    "file": correction["file_sha256"][:16],
                    "page": label["page"],
                    "text": page.text,
                    "label": label["type"],
                    "template": CORRECTION_TEMPLATE,
                    "rendering": page.source,
                    "first": bool(label["starts_document"]),
                    "source": page.source,
                }
        if labelled:
            summary.cases += 1
        rows += [labelled[key] for key in sorted(labelled)]
    summary.pages = len(rows)
    return rows, summary


def export_corrections(
    store: Store, settings: Settings, out: Path, actor: str, progress: Callable[[str], None] | None = None
) -> ExportSummary:
    """Write the labelled pages to `out` (JSON lines, mode 0600, replaced atomically) and audit it."""
    rows, summary = correction_rows(store, settings, progress)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.fchmod(fd, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, out)
    with store.transaction() as conn:
        # Counts only: which cases' text left the store is traceable through the corrections.
        store.audit(conn, actor, "corrections_exported", obj=f"pages={summary.pages} cases={summary.cases}")
    return summary
