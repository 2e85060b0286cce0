"""Keep unreadable files: a copy under a generated name plus a JSON file saying why."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from hfk.ingest.names import display_name, storage_name

log = logging.getLogger(__name__)


def quarantine(
    quarantine_dir: str | os.PathLike,
    name: str,
    reason: str,
    data: bytes | None = None,
    source_path: Path | None = None,
    via: str = "",
    store_name: str | None = None,
) -> str | None:
    """Copy the raw bytes (given, or streamed from source_path) into quarantine; return the path.

    store_name names the stored bytes when they are a container's (a ZIP member that could not be
    unpacked is kept as the whole ZIP). Returns None only if even quarantining fails.
    """
    try:
        qdir = Path(quarantine_dir)
        qdir.mkdir(parents=True, exist_ok=True)
        if data is not None:
            sha = hashlib.sha256(data).hexdigest()
        elif source_path is not None:
            sha = _sha256_file(source_path)
        else:
            sha = hashlib.sha256(b"").hexdigest()
        target = qdir / storage_name(store_name or name, sha)
        if not target.exists():
            if data is not None:
                target.write_bytes(data)
            elif source_path is not None:
                shutil.copyfile(source_path, target)
            else:
                target.write_bytes(b"")
        sidecar = target.with_name(target.name + ".json")
        sidecar.write_text(
            json.dumps(
                {
                    "file": display_name(name),
                    "via": via,
                    "stored_bytes_of": display_name(store_name or name),
                    "reason": reason,
                    "sha256": sha,
                    "quarantined_at": datetime.now(UTC).isoformat(timespec="seconds"),
                },
                ensure_ascii=False,
                indent=2,
            ),
            encoding="utf-8",
        )
        log.info("quarantined sha256=%s", sha[:16])
        return str(target)
    except OSError as exc:
        log.error("quarantine failed: %s", type(exc).__name__)
        return None


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
