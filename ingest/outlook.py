"""Outlook .msg files read with extract-msg into plain data: envelope, body text, attachments, messages."""

from __future__ import annotations

import email.utils
import logging
from dataclasses import dataclass, field

from hfk.ingest.errors import FileRejected
from hfk.ingest.office import html_to_text

# extract-msg logs per attachment and property; our own messages cover what matters, logs stay clean.
logging.getLogger("extract_msg").setLevel(logging.ERROR)

BROKEN = (
    "Outlook-Nachricht (.msg) ist beschädigt oder keine gültige Outlook-Datei und kann nicht gelesen "
    "werden. Bitte die E-Mail in Outlook als .eml speichern bzw. erneut weiterleiten oder die Anhänge "
    "einzeln als PDF einreichen."
)
ATTACHMENT_UNREADABLE = (
    "Anhang der Outlook-Nachricht kann nicht gelesen werden ({kind}). Die ganze Nachricht liegt in "
    "der Quarantäne: bitte in Outlook öffnen oder den Anhang beim Absender als PDF anfordern."
)
_KIND_TEXT = {
    "WEB": "nur ein Verweis auf eine Datei im Internet",
    "SIGNED": "Teil einer signierten Nachricht",
    "BROKEN": "beschädigt",
    "UNSUPPORTED": "nicht unterstützte Form",
    "CUSTOM": "Sonderform",
}


@dataclass
class OutlookAttachment:
    filename: str | None  # as sent; only for display, sanitised by the caller
    data: bytes = b""
    message: OutlookMessage | None = None  # an attached (embedded) Outlook message
    inline: bool = False  # shown in the body (content id or hidden), e.g. a signature logo
    is_image: bool = False
    problem: str | None = None  # German reason when the attachment cannot be read


@dataclass
class OutlookMessage:
    subject: str
    sender: str
    date: str | None  # ISO date
    body: str
    body_mime: str
    attachments: list[OutlookAttachment] = field(default_factory=list)


def available() -> bool:
    try:
        import extract_msg  # noqa: F401
    except ImportError:
        return False
    return True


def read(data: bytes) -> OutlookMessage:
    """Everything of a .msg file, read at once (the OLE file is closed on return)."""
    import extract_msg
    from extract_msg.enums import ErrorBehavior

    try:
        msg = extract_msg.openMsg(
            data,
            errorBehavior=ErrorBehavior.ATTACH_SUPPRESS_ALL | ErrorBehavior.RTFDE,
            delayAttachments=False,
        )
    except Exception as exc:  # olefile and extract-msg raise many types on damaged files
        raise FileRejected(BROKEN) from exc
    try:
        if not hasattr(msg, "attachments") or not hasattr(msg, "body"):
            raise FileRejected(BROKEN)  # a calendar item, contact or task: not a mail
        return _message(msg, depth=0)
    except FileRejected:
        raise
    except Exception as exc:
        raise FileRejected(BROKEN) from exc
    finally:
        try:
            msg.close()
        except Exception:
            pass


def _message(msg, depth: int) -> OutlookMessage:
    body, mime = _body(msg)
    out = OutlookMessage(
        subject=" ".join(str(_safe(lambda: msg.subject) or "").split()),
        sender=_address(_safe(lambda: msg.sender)),
        date=_iso(_safe(lambda: msg.date)),
        body=body,
        body_mime=mime,
    )
    for attachment in _safe(lambda: msg.attachments) or []:
        out.attachments.append(_attachment(attachment, depth))
    return out


def _attachment(attachment, depth: int) -> OutlookAttachment:
    from extract_msg.enums import AttachmentType

    kind = _safe(lambda: attachment.type)
    filename = _safe(lambda: attachment.longFilename) or _safe(lambda: attachment.shortFilename)
    filename = filename or _safe(lambda: attachment.displayName)
    inline = bool(_safe(lambda: attachment.contentId)) or bool(_safe(lambda: attachment.hidden))
    mimetype = str(_safe(lambda: attachment.mimetype) or "")
    out = OutlookAttachment(filename=filename, inline=inline, is_image=mimetype.startswith("image/"))
    if kind in (AttachmentType.MSG, AttachmentType.SIGNED_EMBEDDED):
        inner = _safe(lambda: attachment.data)
        if inner is not None and hasattr(inner, "attachments"):
            out.message = _message(inner, depth + 1)
            return out
        out.problem = ATTACHMENT_UNREADABLE.format(kind="beschädigt")
        return out
    if kind == AttachmentType.DATA:
        data = _safe(lambda: attachment.data)
        if isinstance(data, bytes):
            out.data = data
            out.is_image = out.is_image or data[:3] == b"\xff\xd8\xff" or data[:8] == b"\x89PNG\r\n\x1a\n"
            return out
    name = getattr(kind, "name", "UNKNOWN")
    out.problem = ATTACHMENT_UNREADABLE.format(kind=_KIND_TEXT.get(name, "unbekannte Form"))
    return out


def _body(msg) -> tuple[str, str]:
    text = _safe(lambda: msg.body)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if text and text.strip():
        return text.replace("\r\n", "\n"), "text/plain"
    html = _safe(lambda: msg.htmlBody)
    if html:
        raw = html.decode("utf-8", "replace") if isinstance(html, bytes) else str(html)
        return html_to_text(raw), "text/html"
    return "", "text/plain"


def _safe(get):
    """A property of extract-msg, or None: one damaged property must not lose the whole message."""
    try:
        return get()
    except Exception:
        return None


def _address(raw: str | None) -> str:
    if not raw:
        return ""
    return email.utils.parseaddr(str(raw))[1] or ""


def _iso(value) -> str | None:
    try:
        return value.date().isoformat() if value is not None else None
    except (AttributeError, ValueError):
        return None
