"""Scratch folders: a process killed inside one leaves it behind; the next folder made removes it,
and never a live process's folder."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hfk.ingest.scratch import private_tempdir, sweep_stale

# A child that makes a scratch folder, puts a "page" in it, says where, and waits to be killed.
CHILD = textwrap.dedent(
    """
    import sys, time
    from hfk.ingest.scratch import private_tempdir
    with private_tempdir(sys.argv[1], base=sys.argv[2]) as path:
        (path / "page.bmp").write_bytes(b"BM" + bytes(100))
        print(path, flush=True)
        time.sleep(120)
    """
)


def _child(prefix: str, base: Path) -> tuple[subprocess.Popen, Path]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, prefix, str(base)], stdout=subprocess.PIPE, text=True
    )
    line = proc.stdout.readline().strip()
    assert line, "the child did not make its folder"
    return proc, Path(line)


def test_folder_of_killed_process_is_swept_live_one_kept(tmp_path):
    killed, killed_dir = _child("hfk-ingest-", tmp_path)
    live, live_dir = _child("hfk-ingest-", tmp_path)
    other, other_dir = _child("hfk-letter-", tmp_path)
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=30)
        other.send_signal(signal.SIGKILL)
        other.wait(timeout=30)
        # kill -9 runs no cleanup: the page image is still on disk
        assert (killed_dir / "page.bmp").exists()
        with private_tempdir("hfk-ingest-", base=str(tmp_path)) as mine:
            assert mine.is_dir() and oct(mine.stat().st_mode & 0o777) == "0o700"
            assert not killed_dir.exists()
            assert (live_dir / "page.bmp").exists()  # its process still runs
            assert other_dir.exists()  # another prefix: swept by its own kind only
        assert not mine.exists()
        assert sweep_stale("hfk-letter-", str(tmp_path)) == 1
        assert not other_dir.exists()
    finally:
        for proc in (killed, live, other):
            proc.kill()
            proc.wait(timeout=30)
            proc.stdout.close()


def test_folder_removed_on_normal_exit_and_on_error(tmp_path):
    with private_tempdir("hfk-mail-", base=str(tmp_path)) as path:
        (path / "x").write_text("y")
    assert not path.exists()
    with pytest.raises(RuntimeError), private_tempdir("hfk-mail-", base=str(tmp_path)) as path:
        raise RuntimeError("boom")
    assert not path.exists()


def test_foreign_names_are_left_alone(tmp_path):
    (tmp_path / "hfk-ingest-abc").mkdir()  # the old naming, without a process id
    (tmp_path / "hfk-ingest-999999999-x").write_text("a file, not a folder")
    with private_tempdir("hfk-ingest-", base=str(tmp_path)):
        pass
    assert (tmp_path / "hfk-ingest-abc").is_dir()
    assert (tmp_path / "hfk-ingest-999999999-x").is_file()


def test_bad_prefix_rejected(tmp_path):
    with pytest.raises(ValueError, match="hfk-<letters>-"), private_tempdir("tmp", base=str(tmp_path)):
        pass
