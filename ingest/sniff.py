"""Type by content: libmagic on the bytes, refined for containers libmagic cannot tell apart."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import magic

# Kinds the readers understand; everything else is rejected as unsupported.
KINDS = ("pdf", "image", "zip", "eml", "docx", "odt", "text", "html", "rtf", "doc", "msg", "unknown")

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_ODT = "application/vnd.oasis.opendocument.text"
_OLE = {"application/msword", "application/x-ole-storage", "application/cdfv2", "application/vnd.ms-office"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Every Outlook .msg stores its properties in OLE streams named "__substg1.0_<tag>" (UTF-16 names).
_MSG_STREAM = "__substg1.0_".encode("utf-16-le")
_MSG_MIME = "application/vnd.ms-outlook"
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]")
_MAIL_HEADERS = (b"from", b"to", b"subject", b"date", b"mime-version", b"message-id", b"received")


@dataclass
class Sniffed:
    kind: str
    mime: str


def sniff(data: bytes, name: str = "") -> Sniffed:
    """The kind and MIME type of a file from its bytes. The name only breaks ties for text."""
    head = data[: 1 << 16]
    mime = (magic.from_buffer(head, mime=True) or "application/octet-stream").lower()
    lower_name = name.lower()

    if head[:8] == _OLE_MAGIC:
        # An OLE container first: a .msg may store a PDF attachment right after its header, where
        # the PDF test below (which tolerates junk before "%PDF-") would find it.
        if (
            mime == _MSG_MIME
            or _MSG_STREAM in data
            or (lower_name.endswith(".msg") and mime != "application/msword")
        ):
            # A damaged .msg may have lost its directory; then only its name tells it from a .doc.
            return Sniffed("msg", _MSG_MIME)
        return Sniffed("doc", mime if mime in _OLE else "application/x-ole-storage")
    if head[:4] == b"PK\x03\x04":
        # A ZIP first, for the same reason: a stored (uncompressed) PDF member starts 30 bytes in.
        return _sniff_zip(data, mime)
    if mime == "application/pdf" or b"%PDF-" in data[:1024]:
        return Sniffed("pdf", "application/pdf")
    if mime.startswith("image/") and mime not in ("image/svg+xml",):
        return Sniffed("image", mime)
    if mime in ("application/zip", "application/x-zip-compressed", _DOCX, _ODT) or head[:4] == b"PK\x03\x04":
        return _sniff_zip(data, mime)
    if mime == _MSG_MIME or (head[:8] == _OLE_MAGIC and _MSG_STREAM in data):
        return Sniffed("msg", _MSG_MIME)
    if mime in _OLE or head[:8] == _OLE_MAGIC:
        return Sniffed("doc", mime if mime in _OLE else "application/x-ole-storage")
    if mime == "message/rfc822" or (mime.startswith("text/") and _looks_like_mail(head)):
        return Sniffed("eml", "message/rfc822")
    if mime in ("text/rtf", "application/rtf") or head.startswith(b"{\\rtf"):
        return Sniffed("rtf", "text/rtf")
    if mime == "text/html" or (mime.startswith("text/") and lower_name.endswith((".html", ".htm"))):
        return Sniffed("html", "text/html")
    if mime.startswith("text/") and mime not in ("text/xml",):
        return Sniffed("text", "text/plain")
    if mime == "text/xml" and lower_name.endswith((".html", ".htm", ".xhtml")):
        return Sniffed("html", "text/html")
    return Sniffed("unknown", mime)


def sniff_zip_file(path: Path) -> Sniffed:
    """The kind of a file that starts like a ZIP, read from disk (only its directory is read)."""
    return _sniff_zip(path, "application/zip")


def _sniff_zip(data: bytes | Path, mime: str) -> Sniffed:
    """DOCX and ODT are ZIPs; look inside instead of trusting libmagic's version-dependent answer."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return Sniffed("docx", _DOCX)
            if "mimetype" in names:
                declared = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
                if declared == _ODT:
                    return Sniffed("odt", _ODT)
                return Sniffed("unknown", declared or mime)
            if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
                return Sniffed("unknown", mime)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, NotImplementedError):
        # A damaged ZIP still goes to the ZIP reader, which explains the damage.
        pass
    return Sniffed("zip", "application/zip")


def _looks_like_mail(head: bytes) -> bool:
    """RFC 5322 headers at the top: libmagic calls mails without Received: lines plain text."""
    seen: set[bytes] = set()
    for line in head.splitlines()[:60]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        if not _HEADER_LINE.match(line):
            return False
        seen.add(line.split(b":", 1)[0].strip().lower())
    return b"from" in seen and len(seen & set(_MAIL_HEADERS)) >= 2
