"""Privacy of `hfk process`: no network, no personal data in DEBUG logs, private files, temp files removed."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from privacy_data import SECRETS, SURNAME, submission_eml  # noqa: E402

HFK = [sys.executable, "-m", "hfk"]

# Loaded by every Python process of the run (PYTHONPATH): any connection other than a local
# Unix socket, and any name lookup, is recorded and refused.
GUARD = """
import os, socket
_LOG = os.environ["HFK_TEST_NET_LOG"]

def _record(what):
    with open(_LOG, "a") as fh:
        fh.write(f"{os.getpid()} {what}\\n")

def _guard(original):
    def connect(self, address, *args):
        if self.family != socket.AF_UNIX:
            _record(f"connect {address!r}")
            raise OSError("network blocked by test")
        return original(self, address, *args)
    return connect

socket.socket.connect = _guard(socket.socket.connect)
socket.socket.connect_ex = _guard(socket.socket.connect_ex)

def _create_connection(address, *args, **kwargs):
    _record(f"create_connection {address!r}")
    raise OSError("network blocked by test")

_getaddrinfo = socket.getaddrinfo
def _lookup(host, *args, **kwargs):
    if host not in (None, "localhost", "127.0.0.1", "::1"):
        _record(f"getaddrinfo {host!r}")
        raise OSError("name lookup blocked by test")
    return _getaddrinfo(host, *args, **kwargs)

socket.create_connection = _create_connection
socket.getaddrinfo = _lookup
"""


def _isolated(tmp: Path) -> tuple[list[str], dict]:
    """Command prefix and environment: the guard, a fresh TMPDIR, DEBUG logging, no network namespace."""
    guard_dir = tmp / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    (tmp / "tmp").mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("HFK_CONFIG", "HFK_STORE_DIR")}
    env.update(
        PYTHONPATH=str(guard_dir),
        HFK_TEST_NET_LOG=str(tmp / "net.log"),
        HFK_LOG_LEVEL="DEBUG",
        TMPDIR=str(tmp / "tmp"),
        HOME=str(tmp / "home"),
    )
    prefix: list[str] = []
    # Where allowed, a network namespace of its own on top: even a C library could not get out.
    if (
        shutil.which("unshare")
        and subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0
    ):
        prefix = ["unshare", "-rn"]
    return prefix, env


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("local")
    prefix, env = _isolated(tmp)
    eml = submission_eml(tmp / "in")
    out = tmp / "out"
    done = subprocess.run(
        [*prefix, *HFK, "process", "--out", str(out), str(eml)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    return tmp, env, prefix, out, done


def test_the_guard_catches_a_connection(tmp_path):
    prefix, env = _isolated(tmp_path)
    code = "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 443), timeout=1)\nexcept OSError:\n    pass"
    subprocess.run([*prefix, sys.executable, "-c", code], env=env, timeout=60, check=True)
    assert "create_connection" in (tmp_path / "net.log").read_text()


def test_process_opens_no_network_connection(run):
    tmp, _env, _prefix, out, done = run
    assert done.returncode == 0, done.stderr
    assert not (tmp / "net.log").exists(), (tmp / "net.log").read_text()
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(report["documents"]) >= 2 and len(report["errors"]) == 1


def test_debug_logs_and_output_carry_no_personal_data(run):
    _tmp, _env, _prefix, out, done = run
    assert " DEBUG " in done.stderr  # the most verbose level really was on
    # The persons were read (so a leak would have had something to leak) ...
    assert SURNAME in (out / "report.json").read_text(encoding="utf-8")
    # ... and none of it reached the terminal or the log.
    for secret in SECRETS:
        assert secret not in done.stderr, secret
        assert secret not in done.stdout, secret


def test_outputs_and_quarantine_are_private(run):
    _tmp, _env, _prefix, out, _done = run
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    written = [p for p in out.rglob("*")]
    names = {p.name for p in written}
    assert {"report.json", "report.html", "eingangsbestaetigung.docx", "quarantine"} <= names
    assert any(n.endswith("kaputt.pdf") for n in names) and any(n.endswith("kaputt.pdf.json") for n in names)
    for path in written:
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


def test_temp_folder_is_empty_after_a_run(run):
    tmp, *_ = run
    assert list((tmp / "tmp").iterdir()) == []


def test_temp_folder_is_empty_after_a_failing_run(tmp_path):
    prefix, env = _isolated(tmp_path)
    eml = submission_eml(tmp_path / "in")
    out = tmp_path / "out"
    (out / "report.json").mkdir(parents=True)  # writing the report fails after ingest and OCR
    done = subprocess.run(
        [*prefix, *HFK, "process", "--out", str(out), str(eml)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode != 0
    assert "OCR" in done.stderr  # it failed after the OCR stage had run
    assert list((tmp_path / "tmp").iterdir()) == []
    for secret in SECRETS:
        assert secret not in done.stderr, secret
