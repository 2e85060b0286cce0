"""The scan/fax folder as a source: which files are ready (stable), which to ignore, where they go after."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

# Scanner drivers, sync clients and office programs leave these while they write or as clutter.
IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}
IGNORED_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", "~")
IGNORED_PREFIXES = (".", "~$", "~")


def is_ignored(name: str) -> bool:
    """True for temporary, hidden and system files that are never a submission."""
    lowered = name.lower()
    return (
        lowered in IGNORED_NAMES or lowered.startswith(IGNORED_PREFIXES) or lowered.endswith(IGNORED_SUFFIXES)
    )


def candidates(folder: Path) -> list[Path]:
    """Regular files directly in the folder (not in processed/ or quarantine/), sorted by name."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    for entry in entries:
        if is_ignored(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                found.append(Path(entry.path))
        except OSError:
            continue  # vanished while we looked
    return sorted(found)


class StabilityTracker:
    """A file is ready once its size and mtime have not changed for settle_s seconds.

    Polling, not inotify: network shares (SMB/NFS) deliver no change events, and a scanner writing
    over the network shows a growing file for a while.
    """

    def __init__(self, settle_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.settle_s = settle_s
        self.clock = clock
        self._seen: dict[Path, tuple[tuple[int, int], float]] = {}

    def stable(self, folder: Path) -> list[Path]:
        now = self.clock()
        ready = []
        present = set()
        for path in candidates(folder):
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            present.add(path)
            signature = (stat.st_size, stat.st_mtime_ns)
            previous = self._seen.get(path)
            if previous is None or previous[0] != signature:
                self._seen[path] = (signature, now)
                if self.settle_s <= 0:
                    ready.append(path)
                continue
            if now - previous[1] >= self.settle_s:
                ready.append(path)
        for gone in set(self._seen) - present:
            del self._seen[gone]
        return ready

    def forget(self, path: Path) -> None:
        self._seen.pop(path, None)


def _free_name(folder: Path, name: str) -> Path:
    """name, or "name (2).ext" ... when a different file of that name was already moved there."""
    target = folder / name
    stem, suffix = os.path.splitext(name)
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def move_done(path: Path, destination: Path, sidecar: dict | None = None) -> Path:
    """Move a taken file into destination (processed/ or quarantine/), with a JSON file saying why.

    Call only after the file is committed to the store: the move is the visible "done".
    """
    destination.mkdir(parents=True, exist_ok=True)
    target = _free_name(destination, path.name)
    if sidecar is not None:
        side = target.with_name(target.name + ".json")
        tmp = side.with_name("." + side.name + ".tmp")
        tmp.write_text(json.dumps(sidecar, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, side)
    os.rename(path, target)  # same file system: atomic, the file is either here or there
    _fsync_dir(destination)
    _fsync_dir(path.parent)
    return target
