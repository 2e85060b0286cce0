"""IMAP poller: fetch by UID, journal before acting, hand raw mails over, move them only after commit.

Knows nothing of classification or of the store's tables: it talks to a MailJournal (the store
implements it) and hands each raw mail to a `deliver` callable that commits the submission.
"""

from __future__ import annotations

import imaplib
import logging
import os
import re
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
    def mail_by_id(self, mail_id: int) -> dict: ...
    def mails_get(self, account: str, folder: str, uidvalidity: int, uids: list[int]) -> dict[int, dict]: ...
    def mail_record_stored(
        self, account: str, folder: str, uidvalidity: int, entries: list[tuple[int, str, str]]
    ) -> list[dict]: ...
    def mails_left_in_failed_folder(self, account: str) -> list[dict]: ...
    def mail_same_raw(self, account: str, message_id: str, sha256: str, exclude_id: int) -> dict | None: ...
    def mail_update(self, mail_id: int, conn=None, **values) -> None: ...
    def mail_failed(self, mail_id: int, error: str, backoff_s: float) -> dict: ...
    def mails_due(self, account: str, max_attempts: int) -> list[dict]: ...
    def put_original(self, data: bytes) -> str: ...
    def put_originals(self, blobs: list[bytes]) -> list[str]: ...
    def read_original(self, sha256: str) -> bytes: ...


# deliver(row, raw) commits the submission AND sets the row's state to "processed" in one
# transaction; it raises when the mail cannot be processed.
Deliver = Callable[[dict, bytes], None]
# deliver_batch([(row, raw), ...]) does the same for several mails with one commit and returns, per
# mail, None (committed, row "processed") or why it failed (nothing of that mail committed).
DeliverBatch = Callable[[list[tuple[dict, bytes]]], list[str | None]]


def one_by_one(deliver: Deliver) -> DeliverBatch:
    """A DeliverBatch over a per-mail deliver (one commit per mail)."""

    def deliver_batch(items: list[tuple[dict, bytes]]) -> list[str | None]:
        outcomes: list[str | None] = []
        for row, raw in items:
            try:
                deliver(row, raw)
                outcomes.append(None)
            except Exception as exc:  # noqa: BLE001 - any failure sends the mail to the failed folder
                outcomes.append(f"{type(exc).__name__}: {exc}")
        return outcomes

    return deliver_batch


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
    # Mails fetched, committed (one transaction) and moved (one UID MOVE) together; a commit with
    # synchronous=FULL costs an fsync, so per mail that was a good part of the time.
    batch_size: int = 25
    batch_bytes: int = 32 * 1024 * 1024  # and at most this much raw mail in memory at once

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
    def __init__(self, config: MailConfig, journal: MailJournal, deliver: DeliverBatch) -> None:
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

    def poll_once(self, should_stop: Callable[[], bool] = lambda: False) -> PollStats:
        """Retry due failed mails, then take every mail in the folder, batch by batch.

        Raises on connection loss. should_stop() is asked between batches: a stop request never
        leaves a batch half done (committed but not moved is fine too: the next poll moves it).
        """
        stats = PollStats()
        with self.connect() as box:
            self._retry_due(box, stats)
            self._poll_folder(box, stats, should_stop)
        return stats

    def _uidvalidity(self, box) -> int:
        status = box.folder.status(self.config.folder, ["UIDVALIDITY"])
        return int(status["UIDVALIDITY"])

    def _fetch_raw(self, box, uid: int) -> bytes | None:
        return self._fetch_many(box, [uid]).get(uid)  # None: expunged meanwhile (e.g. deleted by a person)

    def _fetch_many(self, box, uids: list[int]) -> dict[int, bytes]:
        """Raw mails by UID with one UID FETCH; UIDs expunged meanwhile are simply absent."""
        if not uids:
            return {}
        typ, data = box.client.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
        if typ != "OK":
            raise imaplib.IMAP4.abort(f"FETCH: {typ}")
        found: dict[int, bytes] = {}
        pending: bytes | None = None  # a literal whose UID comes after it (servers may order so)
        for item in data:
            if isinstance(item, tuple) and len(item) == 2:
                match = _UID_RE.search(item[0])
                if match:
                    found[int(match.group(1))] = item[1]
                    pending = None
                else:
                    pending = item[1]
            elif isinstance(item, bytes) and pending is not None:
                match = _UID_RE.search(item)
                if match:
                    found[int(match.group(1))] = pending
                pending = None
        return found

    def _sizes(self, box, uids: list[int]) -> dict[int, int]:
        if not uids:
            return {}
        typ, data = box.client.uid("FETCH", ",".join(map(str, uids)), "(UID RFC822.SIZE)")
        if typ != "OK":
            raise imaplib.IMAP4.abort(f"FETCH: {typ}")
        sizes = {}
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            if isinstance(line, bytes) and (uid := _UID_RE.search(line)) and (size := _SIZE_RE.search(line)):
                sizes[int(uid.group(1))] = int(size.group(1))
        return sizes

    def _move(self, box, uid: int, folder: str) -> None:
        self._move_set(box, [uid], folder)

    def _move_set(self, box, uids: list[int], folder: str) -> None:
        """One UID MOVE for the whole set (UIDs expunged meanwhile are skipped by the server)."""
        if uids:
            box.move([str(uid) for uid in sorted(uids)], folder)

    def _batches(self, uids: list[int], sizes: dict[int, int]) -> list[list[int]]:
        c = self.config
        batches: list[list[int]] = []
        current: list[int] = []
        volume = 0
        for uid in uids:
            size = sizes.get(uid, 0)
            if current and (len(current) >= c.batch_size or volume + size > c.batch_bytes):
                batches.append(current)
                current, volume = [], 0
            current.append(uid)
            volume += size
        if current:
            batches.append(current)
        return batches

    def _poll_folder(self, box, stats: PollStats, should_stop: Callable[[], bool]) -> None:
        c = self.config
        uidvalidity = self._uidvalidity(box)
        box.folder.set(c.folder)
        if self._uidvalidity(box) != uidvalidity:
            raise imaplib.IMAP4.abort("UIDVALIDITY changed while selecting; poll again")
        uids = sorted(int(u) for u in box.uids("ALL"))
        stats.seen += len(uids)
        rows = self.journal.mails_get(c.account, c.folder, uidvalidity, uids)
        # Committed by an earlier poll whose move did not happen (line cut, crash): only the move is left.
        done = [u for u in uids if u in rows and rows[u]["state"] in ("processed", "duplicate")]
        failed = [u for u in uids if u in rows and rows[u]["state"] == "failed"]
        self._move_set(box, done, c.processed_folder)
        self._move_set(box, failed, c.failed_folder)
        stats.moved_leftover += len(done) + len(failed)
        todo = [u for u in uids if u not in rows or rows[u]["state"] in ("fetched", "stored")]
        sizes = self._sizes(box, [u for u in todo if u not in rows or rows[u]["state"] == "fetched"])
        for batch in self._batches(todo, sizes):
            if should_stop():
                return
            self._take_batch(box, uidvalidity, batch, rows, stats)

    def _take_batch(self, box, uidvalidity: int, batch: list[int], rows: dict[int, dict], stats) -> None:
        c = self.config
        raws = self._fetch_many(box, [u for u in batch if u not in rows or rows[u]["state"] == "fetched"])
        # Kept (fsynced) before they are recorded as "stored": a record never points at nothing.
        self.journal.put_originals([raw for uid, raw in raws.items() if uid in batch])
        items: list[tuple[int, dict, bytes]] = []
        new: list[tuple[int, str, str]] = []
        for uid in batch:
            row = rows.get(uid)
            if row and row["state"] == "stored":
                items.append((uid, row, self.journal.read_original(row["sha256"])))
                continue
            raw = raws.get(uid)
            if raw is None:
                continue  # expunged meanwhile (e.g. deleted by a person)
            ident = identify(raw)
            if row:  # recorded as "fetched" by an older poller that died before keeping it
                self.journal.mail_update(row["id"], state="stored")
                items.append((uid, self.journal.mail_by_id(row["id"]), raw))
            else:
                new.append((uid, ident.message_id, ident.sha256))
                items.append((uid, {}, raw))
        if new:
            recorded = self.journal.mail_record_stored(c.account, c.folder, uidvalidity, new)
            by_uid = {row["uid"]: row for row in recorded}
            items = [(uid, row or by_uid[uid], raw) for uid, row, raw in items]

        to_processed: list[int] = []
        to_failed: list[int] = []
        deliverable: list[tuple[int, dict, bytes]] = []
        for uid, row, raw in items:
            earlier = self.journal.mail_same_raw(c.account, row["message_id"], row["sha256"], row["id"])
            if earlier and earlier["state"] in ("processed", "failed"):
                # The same raw mail again (UIDVALIDITY reset, or copied back by a person): never twice.
                self.journal.mail_update(row["id"], state="duplicate", duplicate_of=earlier["id"])
                (to_processed if earlier["state"] == "processed" else to_failed).append(uid)
                stats.duplicates += 1
                continue
            if earlier:
                # An earlier record of it never got further (crash, then a UIDVALIDITY reset): this one wins.
                self.journal.mail_update(earlier["id"], state="duplicate", duplicate_of=row["id"])
            deliverable.append((uid, row, raw))

        outcomes = self._deliver([(row, raw) for _, row, raw in deliverable], stats)
        for (uid, _, _), ok in zip(deliverable, outcomes, strict=True):
            if ok:
                to_processed.append(uid)
                stats.processed += 1
            else:
                to_failed.append(uid)
                stats.failed += 1
        # Only now, with everything from these mails committed, do they leave the folder.
        self._move_set(box, to_processed, c.processed_folder)
        self._move_set(box, to_failed, c.failed_folder)

    def _deliver(self, items: list[tuple[dict, bytes]], stats: PollStats) -> list[bool]:
        """Hand the mails over; record each failure (with backoff). True per mail committed."""
        if not items:
            return []
        try:
            outcomes = self.deliver(items)
        except Exception as exc:  # noqa: BLE001 - e.g. the batch's commit failed: none of them is in
            outcomes = [f"{type(exc).__name__}: {exc}"] * len(items)
        for (row, _), reason in zip(items, outcomes, strict=True):
            if reason is None:
                continue
            log.warning("mail processing failed mail=%s", row["id"])
            failed = self.journal.mail_failed(row["id"], reason, self.config.backoff_s)
            stats.errors.append(f"Mail {row['id']}: {reason}")
            if failed["attempts"] >= self.config.max_attempts:
                stats.given_up += 1
        return [reason is None for reason in outcomes]

    # -- retries of failed mails -----------------------------------------------------------------

    def _retry_due(self, box, stats: PollStats) -> None:
        c = self.config
        due = self.journal.mails_due(c.account, c.max_attempts)
        for start in range(0, len(due), c.batch_size):
            chunk = due[start : start + c.batch_size]
            # The raw mail is in the store: no download again.
            items = [(row, self.journal.read_original(row["sha256"])) for row in chunk]
            stats.retried_ok += sum(self._deliver(items, stats))
        # Every mail processed by now whose copy may still be in the failed folder goes to processed,
        # also the ones of an earlier poll whose line was cut between the retry's commit and the move.
        left = self.journal.mails_left_in_failed_folder(c.account)
        if not left:
            return
        box.folder.set(c.failed_folder)
        for row in left:
            self._move_set(box, self._find_in_folder(box, row), c.processed_folder)
            self.journal.mail_update(row["id"], failed_copy=False)

    def _find_in_folder(self, box, row: dict) -> list[int]:
        """UIDs of the selected folder holding exactly this raw mail (Message-ID first, then SHA-256)."""
        if row["message_id"]:
            criteria = f'HEADER Message-ID "{row["message_id"]}"'
            uids = [int(u) for u in box.uids(criteria)]
        else:
            uids = [int(u) for u in box.uids("ALL")]
        raws = self._fetch_many(box, uids)
        return [uid for uid in uids if uid in raws and identify(raws[uid]).sha256 == row["sha256"]]

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
                stats = self.poll_once(should_stop)
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
                if box.idle.wait(timeout=min(2.0, max(0.1, deadline - time.monotonic()))):
                    return

    @staticmethod
    def _sleep(seconds: float, should_stop: Callable[[], bool]) -> None:
        deadline = time.monotonic() + seconds
        while not should_stop() and time.monotonic() < deadline:
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))


_UID_RE = re.compile(rb"\bUID (\d+)")
_SIZE_RE = re.compile(rb"\bRFC822\.SIZE (\d+)")
