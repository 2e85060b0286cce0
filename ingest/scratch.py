"""Private scratch folders that a killed process does not leave behind: each is named after its
process, and the next one made removes those whose process is gone."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

# Received files, page images and letters pass through these folders: health and residence data. A
# process killed mid-batch (power cut, OOM killer, `kill -9`) never runs its cleanup, so the folders
# carry their owner's process id and are swept by whoever makes the next one.
_OWNED = re.compile(r"^(?P<prefix>hfk-[a-z]+-)(?P<pid>\d+)-[\w]+$")


@contextlib.contextmanager
def private_tempdir(prefix: str, base: str | None = None) -> Iterator[Path]:
    """A folder only this user can read (mode 0700), removed on exit, like
    `tempfile.TemporaryDirectory`; first removes folders of the same prefix left by dead processes.

    prefix: "hfk-ingest-", "hfk-letter-", ... (lower-case letters between "hfk-" and "-").
    base: the parent folder; by default the system's temporary folder.
    """
    if not _OWNED.match(f"{prefix}1-x"):
        raise ValueError(f"prefix {prefix!r} must look like 'hfk-<letters>-'")
    parent = base or tempfile.gettempdir()
    sweep_stale(prefix, parent)
    path = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def sweep_stale(prefix: str, parent: str) -> int:
    """Remove the folders `prefix<pid>-*` in parent whose process no longer runs. Returns how many."""
    removed = 0
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return 0
    uid = os.getuid()
    for entry in entries:
        m = _OWNED.match(entry.name)
        if not m or m["prefix"] != prefix:
            continue
        try:
            if not entry.is_dir(follow_symlinks=False) or entry.stat(follow_symlinks=False).st_uid != uid:
                continue
        except OSError:
            continue
        if _alive(int(m["pid"])):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        removed += 1
    if removed:
        # Counts only: the folder names carry nothing but a process id.
        log.info("removed %d scratch folder(s) %s* left by ended processes", removed, prefix)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process of that number: not ours to judge
    return True
