"""Mail identity: the facts recorded before any action on a mail."""

import hashlib

from hfk.mailbox.message import identify


def test_identify_reads_message_id_date_and_hash():
    raw = (
        b"From: a@example.org\r\nTo: b@example.org\r\nMessage-ID: <x1@example.org>\r\n"
        b"Date: Fri, 14 Mar 2025 09:30:00 +0100\r\nSubject: Antrag\r\n\r\nText\r\n"
    )
    identity = identify(raw)
    assert identity.message_id == "<x1@example.org>"
    assert identity.date == "2025-03-14"
    assert identity.sha256 == hashlib.sha256(raw).hexdigest()
    assert identity.size == len(raw)


def test_identify_survives_garbage():
    identity = identify(b"\x00\xff not a mail \r\nDate: yesterday-ish\r\n")
    assert identity.date is None
    assert len(identity.sha256) == 64
