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
        # Quarantined files are as sensitive as any received file: service user only.
        qdir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if qdir.stat().st_uid == os.getuid() and qdir.stat().st_mode & 0o077:
            os.chmod(qdir, 0o700)
        if data is not None:
            sha = hashlib.sha256(data).hexdigest()
        elif source_path is not None:
            sha = sha256_file(source_path)
        else:
            sha = hashlib.sha256(b"").hexdigest()
        target = qdir / storage_name(store_name or name, sha)
        if not target.exists():
            with _open_private(target) as out:
                if data is not None:
                    out.write(data)
                elif source_path is not None:
                    with open(source_path, "rb") as src:
                        shutil.copyfileobj(src, out)
        sidecar = target.with_name(target.name + ".json")
        with _open_private(sidecar) as out:
            out.write(
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
                ).encode("utf-8")
            )
        log.info("quarantined sha256=%s", sha[:16])
        return str(target)
    except OSError as exc:
        log.error("quarantine failed: %s", type(exc).__name__)
        return None


def _open_private(path: Path):
    """Open for writing (truncating) a file created with mode 0600, whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an older copy may have been created with looser rights
    return os.fdopen(fd, "wb")


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, read in 1 MiB chunks (files may be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
