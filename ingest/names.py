"""Safe display names: received file names are shown, never used as paths."""

from __future__ import annotations

import re
import unicodedata

_MAX_NAME = 200
_FALLBACK = "unbenannt"
# Characters that are path separators or forbidden in file names on common systems.
_UNSAFE = re.compile(r'[\\/:*?"<>|]')


def display_name(raw: str | None, fallback: str = _FALLBACK) -> str:
    """The base name of a received name, without path parts or control characters.

    Used for SourceFile.name and IngestError.file. Both '/' and '\\' count as separators because
    archive members come from any system; '..' and empty results fall back to a neutral name.
    """
    if not raw:
        return fallback
    text = unicodedata.normalize("NFC", str(raw))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"))
    parts = [p for p in re.split(r"[\\/]", text) if p.strip()]
    name = parts[-1].strip() if parts else ""
    if name in ("", ".", ".."):
        return fallback
    return name[:_MAX_NAME]


def storage_name(raw: str, sha256: str) -> str:
    """A file name safe to create on disk: hash prefix plus a sanitised ASCII-ish name."""
    name = display_name(raw)
    name = _UNSAFE.sub("_", name)
    name = re.sub(r"\s+", "_", name).lstrip(".") or _FALLBACK
    return f"{sha256[:16]}_{name[:100]}"
