"""Re-evaluate a case with the caseworkers' corrections applied (document types, items satisfied by hand)."""

from __future__ import annotations

from hfk.intake import refresh_case
from hfk.settings import Settings
from hfk.store import Store, case_corrections


def recheck_case(store: Store, settings: Settings, case_id: int, actor: str) -> dict:
    """Re-evaluate the case over all its files; hfk.intake applies the corrections and records them."""
    return refresh_case(store, settings, case_id, actor)


def needs_recheck(store: Store, case_id: int, report: dict | None) -> bool:
    """True when the stored report lacks corrections (e.g. a Nachreichung re-evaluated it without them)."""
    if report is None:
        return True
    found = [c["id"] for c in case_corrections(store, case_id)]
    return bool(found) and report.get("corrections") != found
