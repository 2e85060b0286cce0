"""Retention, erasure, export and audit of cases in the store; permissions of the store's files."""

from __future__ import annotations

import json
import logging
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from hfk.ingest import samples
from hfk.intake import Original, submit
from hfk.privacy import current_actor, expired_cases
from hfk.settings import load_settings
from hfk.store import Store, case_close, case_closed_at

sys.path.insert(0, str(Path(__file__).parent))
from privacy_data import NAME_TOKENS, SECRETS, SURNAME, submission_eml  # noqa: E402

OTHER = [
    "Härtefallantrag gemäß § 23a AufenthG",
    "Der Antrag betrifft folgende Personen:",
    "1. Okonkwo-Brandt, Chidinma, geb. 05.05.1979 in Lagos, nigerianisch",
]


def _store(tmp_path: Path, caplog=None):
    settings = load_settings(None)
    settings.store["dir"] = str(tmp_path / "store")
    if caplog is not None:
        caplog.set_level(logging.DEBUG)  # every logger, libraries included
    store = Store(tmp_path / "store")
    eml = submission_eml(tmp_path / "in")
    sha = store.put_original(eml.read_bytes())
    first = submit(
        store, settings, [Original("eingang.eml", sha)], source="cli", source_ref="a", actor="test"
    )
    # A Nachreichung with the reference: the report is rewritten (old versions must not linger).
    later = store.put_original(
        samples.text_pdf([[f"Aktenzeichen {first.case_reference}", *samples.VOLLMACHT]])
    )
    submit(store, settings, [Original("vollmacht.pdf", later)], source="cli", source_ref="b", actor="test")
    other_sha = store.put_original(samples.text_pdf([OTHER]))
    other = submit(
        store, settings, [Original("other.pdf", other_sha)], source="cli", source_ref="c", actor="test"
    )
    store.close()
    config = tmp_path / "hfk.toml"
    config.write_text(f'[store]\ndir = "{tmp_path / "store"}"\n', encoding="utf-8")
    return settings, first, other, config


def _hfk(config: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hfk", "--config", str(config), *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=180,
    )


def _store_bytes(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("erasure")
    return tmp, *_store(tmp)


def test_intake_at_debug_level_logs_no_personal_data(tmp_path, caplog):
    _store(tmp_path, caplog)
    assert caplog.records  # DEBUG was on and something was logged
    text = "\n".join(r.getMessage() for r in caplog.records)
    for secret in SECRETS:
        assert secret not in text, secret


def test_store_files_and_folders_are_private(case):
    tmp = case[0]
    root = tmp / "store"
    paths = list(root.rglob("*"))
    assert root / "hfk.sqlite3" in paths and any(p.parent.parent.name == "originals" for p in paths)
    assert any(p.suffix == ".json" and p.parent.name == "quarantine" for p in paths)
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    for path in paths:
        if path.parent.name == "ocr-cache" and path.is_file():
            continue  # see test_ocr_cache_entries_are_private
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


def test_ocr_cache_entries_are_private(case):
    entries = list((case[0] / "store" / "ocr-cache").glob("*.json"))
    assert entries
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in entries)


def test_export_holds_everything_on_the_case(case):
    tmp, _settings, first, other, config = case
    out = tmp / "auskunft.zip"
    done = _hfk(config, "cases", "export", first.case_reference, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        originals = [n for n in names if n.startswith("originals/")]
        assert len(originals) == 2 and any(n.endswith("eingang.eml") for n in originals)
        assert {"report.json", "checkliste.json", "fall.json", "protokoll.json", "LIESMICH.txt"} <= set(names)
        report = json.loads(archive.read("report.json"))
        assert report["aktenzeichen"] == first.case_reference and SURNAME in json.dumps(
            report, ensure_ascii=False
        )
        assert json.loads(archive.read("checkliste.json"))["checklist"]
        assert len(json.loads(archive.read("fall.json"))["submissions"]) == 2
        trail = json.loads(archive.read("protokoll.json"))
        assert {"submission_received", "report_updated", "case_exported"} <= {e["action"] for e in trail}
        assert any(e["action"] == "case_exported" and e["actor"] == current_actor("cli") for e in trail)
        assert "Okonkwo" not in json.dumps([archive.read(n).decode("latin-1") for n in names])


def test_erase_asks_then_removes_every_trace_of_the_case(case):
    tmp, settings, first, other, config = case
    root = tmp / "store"
    before = _store_bytes(root)
    assert any(SURNAME.encode() in data for data in before.values())
    refused = _hfk(config, "cases", "erase", first.case_reference)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert "Wird gelöscht" in refused.stdout and SURNAME not in refused.stdout
    assert _store_bytes(root).keys() >= {p for p in before if "originals" in p.parts}  # nothing removed

    done = _hfk(config, "cases", "erase", first.case_reference, "--yes")
    assert done.returncode == 0, done.stderr
    assert "2 Original(e)" in done.stdout and "1 Quarantäne-Datei(en)" in done.stdout, done.stdout
    # Not one file under the store (database, WAL, originals, OCR cache, quarantine) names the persons.
    after = _store_bytes(root)
    for path, data in after.items():
        for token in NAME_TOKENS:
            assert token.encode() not in data, (path, token)
    # The other case is untouched (and the byte search would have found its names).
    assert any(b"Okonkwo-Brandt" in data for data in after.values())
    store = Store(root)
    try:
        assert store.report(other.case_id)["aktenzeichen"] == other.case_reference
        erased = store.case_by_reference(first.case_reference)
        assert erased.status == "gelöscht" and store.case_submissions(first.case_id) == []
        log = store.audit_log()
        entry = next(e for e in log if e["action"] == "case_erased")
        assert entry["case_id"] == first.case_id and entry["actor"] == current_actor("cli")
        assert "reason=request" in entry["object"]
        # The audit trail survives the erasure and holds no personal data.
        assert any(e["action"] == "submission_received" and e["case_id"] == first.case_id for e in log)
        for token in NAME_TOKENS + ["Okonkwo"]:
            assert token not in repr(log)
        # The reference is never given out again.
        with store.transaction() as conn:
            assert store.new_case(conn, 2099).reference == "HFK-2099-0001"
            fresh = store.new_case(conn, int(first.case_reference[4:8]))
        assert fresh.reference != first.case_reference
    finally:
        store.close()


def test_close_and_purge_after_the_retention_period(tmp_path):
    settings, first, other, config = _store(tmp_path)
    assert _hfk(config, "cases", "close", other.case_reference).returncode == 0
    store = Store(tmp_path / "store")
    try:
        assert case_closed_at(store, other.case_id)
        # The first case was closed long ago: its 730 days are over; the other's just began.
        assert case_close(store, first.case_id, "test", when="2020-01-02T09:00:00+00:00")
        assert [r["reference"] for r in expired_cases(store, settings)] == [first.case_reference]
    finally:
        store.close()
    listing = _hfk(config, "purge")
    assert listing.returncode == 2 and first.case_reference in listing.stdout
    assert other.case_reference not in listing.stdout and SURNAME not in listing.stdout
    purged = _hfk(config, "purge", "--yes")
    assert purged.returncode == 0, purged.stderr
    data = b"".join(_store_bytes(tmp_path / "store").values())
    assert SURNAME.encode() not in data and b"Okonkwo-Brandt" in data
    store = Store(tmp_path / "store")
    try:
        actions = [(e["action"], e["case_id"]) for e in store.audit_log()]
        assert ("case_erased", first.case_id) in actions and ("case_closed", other.case_id) in actions
        assert "reason=retention" in next(
            e["object"] for e in store.audit_log() if e["action"] == "case_erased"
        )
    finally:
        store.close()
    assert "Keine Fälle" in _hfk(config, "purge").stdout
