"""The scan/fax folder: stability, ignored files, and a batch killed with SIGKILL that still finishes exactly once."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from hfk.ingest import samples
from hfk.ingest.scanfolder import StabilityTracker, candidates, is_ignored
from hfk.store import Store

IGNORED = ["scan7.pdf.part", "~$brief.docx", ".DS_Store", "Thumbs.db", ".versteckt.pdf", "fax.tmp"]


def _pdfs(folder: Path, count: int) -> dict[str, str]:
    """count small born-digital PDFs, each different; returns name -> sha256."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for number in range(count):
        data = samples.text_pdf(
            [[f"Ärztliches Attest Nr. {number}", "Diagnose: F43.1", f"Dortmund, 0{number % 9 + 1}.02.2025"]]
        )
        (folder / f"scan{number:02d}.pdf").write_bytes(data)
        made[f"scan{number:02d}.pdf"] = hashlib.sha256(data).hexdigest()
    return made


def _config(tmp_path: Path) -> Path:
    config = tmp_path / "hfk.toml"
    config.write_text(f'[store]\ndir = "{tmp_path / "store"}"\n[scan]\nsettle_s = 0\n', encoding="utf-8")
    return config


def _batch(config: Path, folder: Path, crash: str | None = None) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("HFK_TEST_CRASH", None)
    if crash:
        env["HFK_TEST_CRASH"] = crash
    return subprocess.Popen(
        [sys.executable, "-m", "hfk", "--config", str(config), "-q", "scan", "batch", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_ignored_names():
    for name in IGNORED:
        assert is_ignored(name), name
    for name in ("scan01.pdf", "Fax 2025-03-04.tif", "antrag.eml", "foto.jpg"):
        assert not is_ignored(name), name


def test_a_file_is_taken_only_once_it_is_stable(tmp_path):
    clock = [0.0]
    tracker = StabilityTracker(settle_s=5, clock=lambda: clock[0])
    growing = tmp_path / "fax.tif"
    growing.write_bytes(b"II*\x00" + b"\x00" * 100)
    (tmp_path / "fax.tif.part").write_bytes(b"x")
    assert tracker.stable(tmp_path) == []  # first sight
    clock[0] = 3.0
    with growing.open("ab") as handle:  # the scanner is still writing
        handle.write(b"\x00" * 100)
    assert tracker.stable(tmp_path) == []
    clock[0] = 7.0
    assert tracker.stable(tmp_path) == []  # unchanged for 4 s only
    clock[0] = 8.5
    assert tracker.stable(tmp_path) == [growing]
    assert candidates(tmp_path) == [growing]


def test_batch_killed_with_sigkill_at_many_points_finishes_each_file_exactly_once(tmp_path):
    inbox = tmp_path / "eingang"
    made = _pdfs(inbox, 8)
    broken = b"%PDF-1.4\n1 0 obj <<>> kaputt"
    (inbox / "zz-kaputt.pdf").write_bytes(broken)
    made["zz-kaputt.pdf"] = hashlib.sha256(broken).hexdigest()
    for name in IGNORED:
        (inbox / name).write_bytes(b"temp")
    config = _config(tmp_path)

    # Kill points: inside the commit transaction, right after a commit (before the move), right after
    # a move (before the journal notes it), at the very first commit, then one by timing.
    kills = ["before_commit:2", "after_commit:2", "after_move:1", "after_commit:1", "before_commit:1"]
    for crash in kills:
        run = _batch(config, inbox, crash)
        run.communicate(timeout=120)
        assert run.returncode == -signal.SIGKILL, crash
    done_before = len(list((inbox / "processed").glob("*.pdf")))
    run = _batch(config, inbox)
    deadline = time.monotonic() + 60
    while len(list((inbox / "processed").glob("*.pdf"))) <= done_before and time.monotonic() < deadline:
        time.sleep(0.01)
    run.kill()  # SIGKILL at whatever point it has reached
    run.communicate(timeout=60)

    final = _batch(config, inbox)
    out, err = final.communicate(timeout=120)
    assert final.returncode == 4, err  # something went to quarantine
    assert "in Quarantäne" in out

    store = Store(tmp_path / "store")
    rows = store.scan_rows()
    assert Counter(r["sha256"] for r in rows) == Counter(made.values())  # each exactly once
    assert all(r["moved"] for r in rows)
    assert sorted(p.name for p in (inbox / "processed").iterdir()) == sorted(
        n for n in made if n != "zz-kaputt.pdf"
    )
    assert sorted(p.name for p in (inbox / "quarantine").iterdir()) == ["zz-kaputt.pdf", "zz-kaputt.pdf.json"]
    assert "beschädigt" in (inbox / "quarantine" / "zz-kaputt.pdf.json").read_text(encoding="utf-8")
    for path in (inbox / "processed").iterdir():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == made[path.name]
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == sorted(IGNORED)  # left alone
    with store.engine.connect() as conn:
        sources = Counter(
            r.original_sha256 for r in conn.exec_driver_sql("SELECT original_sha256 FROM submissions")
        )
    assert sources == Counter(made.values())
    assert store.stale_cases() == []  # reports interrupted by a kill were brought up to date
    for sha in made.values():
        assert store.original_path(sha).read_bytes()  # the original is kept
