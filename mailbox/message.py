"""Identity of a raw mail as received: what the poller records before it acts on a mail."""

from __future__ import annotations

import email
import email.parser
import email.policy
import email.utils
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class MailIdentity:
    """Enough to recognise a mail again without keeping its content in the log."""

    sha256: str  # of the raw bytes, exactly as fetched
    message_id: str  # "" when the mail has none
    date: str | None  # ISO date of the Date header, None when missing or unreadable
    size: int


def identify(raw: bytes) -> MailIdentity:
    """Read the identifying headers of a raw RFC 5322 message; never fails on a malformed one."""
    digest = hashlib.sha256(raw).hexdigest()
    try:
        # Headers only: the body (attachments) is the ingest's to parse, once.
        message = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        message_id = (message.get("Message-ID") or "").strip()
        parsed = email.utils.parsedate_to_datetime(message["Date"]) if message["Date"] else None
        day = parsed.date().isoformat() if parsed else None
    except (TypeError, ValueError, IndexError):
        message_id, day = "", None
    return MailIdentity(sha256=digest, message_id=message_id, date=day, size=len(raw))
