"""IMAP poller: fetch by UID, journal before acting, hand raw mails over, move them only after commit.

Knows nothing of classification or of the store's tables: it talks to a MailJournal (the store
implements it) and hands each raw mail to a `deliver` callable that commits the submission.
"""

from __future__ import annotations

import imaplib
import logging
import os
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from imap_tools import MailBox, MailBoxUnencrypted
from imap_tools.errors import ImapToolsError, MailboxLoginError

from hfk.mailbox.message import identify

log = logging.getLogger(__name__)

# A lost or broken connection, or a command the server answered oddly because of it: reconnect and
# poll again. Safe because every step is journalled before it is acted on.
CONNECTION_ERRORS = (imaplib.IMAP4.error, ImapToolsError, OSError, socket.timeout, ssl.SSLError, EOFError)


class MailSettingsError(Exception):
    """The [mail] settings cannot be used; the message says which key and what to do."""


class MailJournal(Protocol):
    def mail_get(self, account: str, folder: str, uidvalidity: int, uid: int) -> dict | None: ...
    def mail_record(
        self, account: str, folder: str, uidvalidity: int, uid: int, message_id: str, sha256: str
    ) -> dict: ...
    def mail_same_raw(self, account: str, message_id: str, sha256: str, exclude_id: int) -> dict | None: ...
    def mail_update(self, mail_id: int, conn=None, **values) -> None: ...
    def mail_failed(self, mail_id: int, error: str, backoff_s: float) -> dict: ...
    def mails_due(self, account: str, max_attempts: int) -> list[dict]: ...
    def put_original(self, data: bytes) -> str: ...
    def read_original(self, sha256: str) -> bytes: ...


# deliver(row, raw) commits the submission AND sets the row's state to "processed" in one
# transaction; it raises when the mail cannot be processed.
Deliver = Callable[[dict, bytes], None]


@dataclass
class MailConfig:
    host: str
    user: str
    password: str
    port: int = 993
    tls: bool = True
    folder: str = "INBOX"
    processed_folder: str = "hfk-verarbeitet"
    failed_folder: str = "hfk-fehler"
    poll_interval_s: float = 60
    idle: bool = True
    max_attempts: int = 5
    backoff_s: float = 300
    timeout_s: float = 60

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}"

    @classmethod
    def from_settings(cls, mail: dict) -> MailConfig:
        if not mail.get("host") or not mail.get("user"):
            raise MailSettingsError(
                "Kein Postfach eingestellt: bitte [mail] host und user in der Einstellungsdatei angeben."
            )
        password = ""
        if mail.get("password_file"):
            path = Path(mail["password_file"])
            if not path.is_file():
                raise MailSettingsError(f"[mail] password_file: Datei {path} nicht gefunden.")
            lines = path.read_text(encoding="utf-8").splitlines()
            password = lines[0] if lines else ""
        elif mail.get("password_env"):
            password = os.environ.get(mail["password_env"], "")
        if not password:
            raise MailSettingsError(
                f"Kein Passwort für das Postfach: bitte die Umgebungsvariable {mail.get('password_env')!r} "
                "setzen oder [mail] password_file angeben (nie auf der Kommandozeile)."
            )
        keys = {k: mail[k] for k in cls.__dataclass_fields__ if k in mail and k != "password"}
        return cls(password=password, **keys)


@dataclass
class PollStats:
    seen: int = 0
    processed: int = 0
    duplicates: int = 0
    failed: int = 0
    retried_ok: int = 0
    given_up: int = 0
    moved_leftover: int = 0  # committed earlier, the move had not happened yet
    errors: list[str] = field(default_factory=list)

    def render(self) -> str:
        return (
            f"{self.seen} Mail(s) gesehen, {self.processed} verarbeitet, {self.duplicates} Dubletten, "
            f"{self.failed} fehlgeschlagen, {self.retried_ok} nach Wiederholung verarbeitet, "
            f"{self.given_up} aufgegeben"
        )


class Poller:
    def __init__(self, config: MailConfig, journal: MailJournal, deliver: Deliver) -> None:
        self.config = config
        self.journal = journal
        self.deliver = deliver

    # -- connection ------------------------------------------------------------------------------

    def connect(self) -> MailBox | MailBoxUnencrypted:
        c = self.config
        if c.tls:
            box = MailBox(c.host, c.port, timeout=c.timeout_s, ssl_context=ssl.create_default_context())
        else:
            box = MailBoxUnencrypted(c.host, c.port, timeout=c.timeout_s)
        try:
            box.login(c.user, c.password, initial_folder=None)
        except MailboxLoginError as exc:
            box.client.shutdown()
            raise MailSettingsError(
                f"Anmeldung am Postfach {c.account} abgelehnt: Benutzer und Passwort prüfen."
            ) from exc
        # Servers announce MOVE only after login; imaplib keeps the list from before it.
        typ, data = box.client.capability()
        if typ == "OK" and data and data[-1]:
            box.client.capabilities = tuple(data[-1].decode().upper().split())
        existing = {f.name for f in box.folder.list()}
        for name in (c.processed_folder, c.failed_folder):
            if name not in existing:
                box.folder.create(name)
        return box

    # -- one poll --------------------------------------------------------------------------------

    def poll_once(self) -> PollStats:
        """Retry due failed mails, then take every mail in the folder. Raises on connection loss."""
        stats = PollStats()
        with self.connect() as box:
            self._retry_due(box, stats)
            self._poll_folder(box, stats)
        return stats

    def _uidvalidity(self, box) -> int:
        status = box.folder.status(self.config.folder, ["UIDVALIDITY"])
        return int(status["UIDVALIDITY"])

    def _fetch_raw(self, box, uid: int) -> bytes | None:
        typ, data = box.client.uid("FETCH", str(uid), "(BODY.PEEK[])")
        if typ != "OK":
            raise imaplib.IMAP4.abort(f"FETCH {uid}: {typ}")
        for item in data:
            if isinstance(item, tuple) and len(item) == 2:
                return item[1]
        return None  # expunged meanwhile (e.g. deleted by a person)

    def _move(self, box, uid: int, folder: str) -> None:
        box.move(str(uid), folder)

    def _poll_folder(self, box, stats: PollStats) -> None:
        c = self.config
        uidvalidity = self._uidvalidity(box)
        box.folder.set(c.folder)
        if self._uidvalidity(box) != uidvalidity:
            raise imaplib.IMAP4.abort("UIDVALIDITY changed while selecting; poll again")
        uids = sorted(int(u) for u in box.uids("ALL"))
        for uid in uids:
            stats.seen += 1
            row = self.journal.mail_get(c.account, c.folder, uidvalidity, uid)
            if row and row["state"] in ("processed", "duplicate"):
                self._move(box, uid, c.processed_folder)
                stats.moved_leftover += 1
                continue
            if row and row["state"] == "failed":
                self._move(box, uid, c.failed_folder)
                stats.moved_leftover += 1
                continue
            if row and row["state"] == "stored":
                raw = self.journal.read_original(row["sha256"])
            else:
                raw = self._fetch_raw(box, uid)
                if raw is None:
                    continue
                ident = identify(raw)
                row = self.journal.mail_record(
                    c.account, c.folder, uidvalidity, uid, ident.message_id, ident.sha256
                )
            earlier = self.journal.mail_same_raw(c.account, row["message_id"], row["sha256"], row["id"])
            if earlier and earlier["state"] in ("processed", "failed"):
                # The same raw mail again (UIDVALIDITY reset, or copied back by a person): never twice.
                self.journal.mail_update(row["id"], state="duplicate", duplicate_of=earlier["id"])
                target = c.processed_folder if earlier["state"] == "processed" else c.failed_folder
                self._move(box, uid, target)
                stats.duplicates += 1
                continue
            if earlier:
                # An earlier record of it never got further (crash, then a UIDVALIDITY reset): this one wins.
                self.journal.mail_update(earlier["id"], state="duplicate", duplicate_of=row["id"])
            if row["state"] == "fetched":
                self.journal.put_original(raw)
                self.journal.mail_update(row["id"], state="stored")
            if self._deliver(row, raw, stats):
                self._move(box, uid, c.processed_folder)
                stats.processed += 1
            else:
                self._move(box, uid, c.failed_folder)
                stats.failed += 1

    def _deliver(self, row: dict, raw: bytes, stats: PollStats) -> bool:
        try:
            self.deliver(row, raw)
            return True
        except Exception as exc:  # noqa: BLE001 - any failure of processing sends the mail to the failed folder
            reason = f"{type(exc).__name__}: {exc}"
            log.warning("mail processing failed mail=%s class=%s", row["id"], type(exc).__name__)
            failed = self.journal.mail_failed(row["id"], reason, self.config.backoff_s)
            stats.errors.append(f"Mail {row['id']}: {reason}")
            if failed["attempts"] >= self.config.max_attempts:
                stats.given_up += 1
            return False

    # -- retries of failed mails -----------------------------------------------------------------

    def _retry_due(self, box, stats: PollStats) -> None:
        c = self.config
        due = self.journal.mails_due(c.account, c.max_attempts)
        if not due:
            return
        box.folder.set(c.failed_folder)
        for row in due:
            # The raw mail is in the store: no download again.
            raw = self.journal.read_original(row["sha256"])
            if not self._deliver(row, raw, stats):
                continue
            stats.retried_ok += 1
            for uid in self._find_in_folder(box, row):
                self._move(box, uid, c.processed_folder)

    def _find_in_folder(self, box, row: dict) -> list[int]:
        """UIDs of the selected folder holding exactly this raw mail (Message-ID first, then SHA-256)."""
        if row["message_id"]:
            criteria = f'HEADER Message-ID "{row["message_id"]}"'
            uids = [int(u) for u in box.uids(criteria)]
        else:
            uids = [int(u) for u in box.uids("ALL")]
        return [
            uid
            for uid in uids
            if (raw := self._fetch_raw(box, uid)) and identify(raw).sha256 == row["sha256"]
        ]

    # -- continuous ------------------------------------------------------------------------------

    def watch(
        self,
        should_stop: Callable[[], bool] = lambda: False,
        report: Callable[[PollStats], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Poll, then wait for news (IDLE or interval); reconnect with backoff after a lost connection."""
        failures = 0
        while not should_stop():
            try:
                stats = self.poll_once()
                failures = 0
                if report:
                    report(stats)
                self._wait_for_news(should_stop)
            except CONNECTION_ERRORS as exc:
                failures += 1
                wait = min(300.0, 2.0**failures)
                if on_error:
                    on_error(
                        f"Verbindung zum Postfach verloren ({type(exc).__name__}); neuer Versuch in {wait:.0f} s"
                    )
                self._sleep(wait, should_stop)

    def _wait_for_news(self, should_stop: Callable[[], bool]) -> None:
        c = self.config
        if not c.idle:
            self._sleep(c.poll_interval_s, should_stop)
            return
        with self.connect() as box:
            if "IDLE" not in box.client.capabilities:
                self._sleep(c.poll_interval_s, should_stop)
                return
            box.folder.set(c.folder)
            # Short IDLE slices so a stop request is noticed; any response means "look again".
            deadline = time.monotonic() + c.poll_interval_s
            while not should_stop() and time.monotonic() < deadline:
                if box.idle.wait(timeout=min(5.0, max(0.1, deadline - time.monotonic()))):
                    return

    @staticmethod
    def _sleep(seconds: float, should_stop: Callable[[], bool]) -> None:
        deadline = time.monotonic() + seconds
        while not should_stop() and time.monotonic() < deadline:
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))
