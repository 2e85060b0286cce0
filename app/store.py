"""The case store: cases, submissions, files, reports, the mail and scan journals, the audit log."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

REFERENCE_RE = re.compile(r"\bHFK-(\d{4})-(\d{4,})\b")

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied", String(32), nullable=False),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("reference", String(32), nullable=False, unique=True),  # HFK-YYYY-NNNN
    Column("year", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("created", String(32), nullable=False),
    Column("status", String(32), nullable=False),  # "offen" (incomplete), "vollständig"
    Column("report_stale", Boolean, nullable=False, default=True),
    UniqueConstraint("year", "seq"),
)

# One hashed key per person (name + first name + birth date) so a Nachreichung finds its case
# without the store searching through names.
case_persons = Table(
    "case_persons",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("person_key", String(64), nullable=False, index=True),
    UniqueConstraint("case_id", "person_key"),
)

submissions = Table(
    "submissions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=True, index=True),
    Column("received", Date, nullable=False),
    Column("created", String(32), nullable=False),
    Column("source", String(8), nullable=False),  # mail / scan / cli
    Column("source_ref", Text, nullable=False),  # e.g. "mail:12" or "scan:/srv/scan/fax1.tif"
    Column("original_sha256", String(64), nullable=False, index=True),
    Column("original_name", Text, nullable=False),
    Column("message_id", Text, nullable=False, default=""),
    Column("outcome", String(16), nullable=False),  # "case" or "quarantine"
    Column("detail", Text, nullable=False, default=""),  # why it went to quarantine / which rule matched
)

files = Table(
    "files",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("submission_id", Integer, ForeignKey("submissions.id"), nullable=False, index=True),
    Column("sha256", String(64), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("duplicate_of", Integer, ForeignKey("files.id"), nullable=True),
    Column("detail", Text, nullable=False, default=""),  # "bereits eingegangen am ..."
)

reports = Table(
    "reports",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
    Column("updated", String(32), nullable=False),
    Column("report_json", Text, nullable=False),
)

mails = Table(
    "mails",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account", Text, nullable=False),
    Column("folder", Text, nullable=False),
    Column("uidvalidity", Integer, nullable=False),
    Column("uid", Integer, nullable=False),
    Column("message_id", Text, nullable=False),
    Column("sha256", String(64), nullable=False, index=True),
    Column("state", String(16), nullable=False),  # fetched / stored / processed / failed / duplicate
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text, nullable=False, default=""),
    Column("next_attempt_at", String(32), nullable=True),
    Column("submission_id", Integer, ForeignKey("submissions.id"), nullable=True),
    Column("duplicate_of", Integer, ForeignKey("mails.id"), nullable=True),
    Column("created", String(32), nullable=False),
    Column("updated", String(32), nullable=False),
    # Set when the mail failed (a copy goes to the failed folder), cleared once no copy is left
    # there; a retry that succeeded but lost the line before its move is finished by the next poll.
    Column("failed_copy", Boolean, nullable=False, default=False),
    UniqueConstraint("account", "folder", "uidvalidity", "uid"),
)

scan_items = Table(
    "scan_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("folder", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("sha256", String(64), nullable=False, index=True),
    Column("outcome", String(16), nullable=False),  # processed / quarantine
    Column("reason", Text, nullable=False, default=""),
    Column("submission_id", Integer, ForeignKey("submissions.id"), nullable=True),
    Column("moved", Boolean, nullable=False, default=False),
    Column("created", String(32), nullable=False),
    UniqueConstraint("folder", "name", "sha256"),
)

# Ids and hashes only: no names, no document text.
audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("time", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("action", String(64), nullable=False),
    Column("case_id", Integer, nullable=True),
    Column("submission_id", Integer, nullable=True),
    Column("object", Text, nullable=False, default=""),
)


def _migration_1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[t for t in metadata.sorted_tables if t.name != "schema_version"])


# Ordered; a migration is never edited once released, a change is a new entry.
MIGRATIONS: list[Callable[[Connection], None]] = [_migration_1]


class StoreError(Exception):
    """The store cannot be used; the message says what to do."""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def german_date(day: date | str) -> str:
    day = date.fromisoformat(day) if isinstance(day, str) else day
    return day.strftime("%d.%m.%Y")


@dataclass
class CaseRow:
    id: int
    reference: str
    created: str
    status: str


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        # pysqlite's own transaction handling starts transactions late and as DEFERRED; we emit
        # BEGIN IMMEDIATE ourselves so two writers (poller, batch, web UI) queue instead of failing.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class Store:
    """One store: a database (SQLite by default) plus a folder of content-addressed originals."""

    def __init__(self, directory: str | os.PathLike, url: str = "") -> None:
        self.dir = Path(directory)
        # Health and residence data: the store is the service user's alone (0700 folders, 0600 files).
        private_dir(self.dir)
        self.originals = self.dir / "originals"
        private_dir(self.originals)
        private_dir(self.dir / "ocr-cache")  # the default cache of OCR text (hfk.intake.ingest_options)
        self.url = url or f"sqlite:///{(self.dir / 'hfk.sqlite3').resolve()}"
        if self.url.startswith("sqlite:///"):
            private_sqlite_file(Path(self.url.removeprefix("sqlite:///")))
        self.engine = _sqlite_engine(self.url) if self.url.startswith("sqlite") else create_engine(self.url)
        self._migrate()

    @classmethod
    def from_settings(cls, settings) -> Store:
        return cls(settings.store["dir"], settings.store.get("url", ""))

    def close(self) -> None:
        self.engine.dispose()

    # -- schema ---------------------------------------------------------------------------------

    def _migrate(self) -> None:
        with self.engine.begin() as conn:
            schema_version.create(conn, checkfirst=True)
        with self.engine.begin() as conn:
            current = conn.execute(select(func.max(schema_version.c.version))).scalar() or 0
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"Die Datenbank hat Schema-Version {current}, dieses hfk kennt nur bis "
                    f"{len(MIGRATIONS)}. Bitte hfk aktualisieren."
                )
            for version, migration in enumerate(MIGRATIONS[current:], start=current + 1):
                migration(conn)
                conn.execute(insert(schema_version).values(version=version, applied=now_iso()))

    def version(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.max(schema_version.c.version))).scalar() or 0

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    # -- originals ------------------------------------------------------------------------------

    def original_path(self, sha256: str) -> Path:
        return self.originals / sha256[:2] / sha256

    def put_original(self, data: bytes) -> str:
        """Keep bytes under their SHA-256; an existing original is never overwritten."""
        sha = hashlib.sha256(data).hexdigest()
        final = self.original_path(sha)
        if final.exists():
            return sha
        private_dir(final.parent)
        fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=".tmp-")  # mkstemp: mode 0600
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            try:
                # link() refuses to replace an existing file, unlike rename(): a concurrent writer of
                # the same content wins and ours is dropped; both are identical by construction.
                os.link(tmp, final)
            except FileExistsError:
                pass
        finally:
            os.unlink(tmp)
        dir_fd = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return sha

    def put_originals(self, blobs: list[bytes]) -> list[str]:
        """put_original for several; their fsyncs run in parallel, so the disk commits them together."""
        if len(blobs) < 2:
            return [self.put_original(blob) for blob in blobs]
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=min(8, len(blobs))) as pool:
            return list(pool.map(self.put_original, blobs))

    def read_original(self, sha256: str) -> bytes:
        return self.original_path(sha256).read_bytes()

    # -- audit ----------------------------------------------------------------------------------

    @staticmethod
    def audit(
        conn: Connection,
        actor: str,
        action: str,
        case_id: int | None = None,
        submission_id: int | None = None,
        obj: str = "",
    ) -> None:
        conn.execute(
            insert(audit).values(
                time=now_iso(),
                actor=actor,
                action=action,
                case_id=case_id,
                submission_id=submission_id,
                object=obj,
            )
        )

    def audit_log(self, case_id: int | None = None) -> list[dict]:
        query = select(audit).order_by(audit.c.id)
        if case_id is not None:
            query = query.where(audit.c.case_id == case_id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    # -- cases ----------------------------------------------------------------------------------

    @staticmethod
    def new_case(conn: Connection, year: int) -> CaseRow:
        """The next reference of the year, inside the caller's (write-locked) transaction."""
        if conn.dialect.name == "postgresql":
            # SQLite's BEGIN IMMEDIATE already serialises writers; PostgreSQL's READ COMMITTED does
            # not, and busy writers can keep taking the number just read. A lock held until the
            # transaction ends hands out the numbers one writer at a time.
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(230230)")
        for _ in range(5):
            seq = (conn.execute(select(func.max(cases.c.seq)).where(cases.c.year == year)).scalar() or 0) + 1
            reference = f"HFK-{year}-{seq:04d}"
            created = now_iso()
            try:
                with conn.begin_nested():
                    case_id = conn.execute(
                        insert(cases).values(
                            reference=reference,
                            year=year,
                            seq=seq,
                            created=created,
                            status="offen",
                            report_stale=True,
                        )
                    ).inserted_primary_key[0]
            except IntegrityError:
                continue  # another writer took the number (PostgreSQL); take the next one
            return CaseRow(case_id, reference, created, "offen")
        raise StoreError("Kein freies Aktenzeichen gefunden; bitte erneut versuchen.")

    def case_reference(self, case_id: int) -> str:
        with self.engine.connect() as conn:
            return conn.execute(select(cases.c.reference).where(cases.c.id == case_id)).scalar() or ""

    def case_by_reference(self, reference: str, conn: Connection | None = None) -> CaseRow | None:
        query = select(cases).where(cases.c.reference == reference.strip().upper())
        if conn is None:
            with self.engine.connect() as own:
                row = own.execute(query).first()
        else:
            row = conn.execute(query).first()
        return CaseRow(row.id, row.reference, row.created, row.status) if row else None

    def list_cases(self) -> list[dict]:
        query = (
            select(
                cases.c.id,
                cases.c.reference,
                cases.c.created,
                cases.c.status,
                func.count(submissions.c.id).label("submissions"),
                func.min(submissions.c.received).label("first_received"),
                func.max(submissions.c.received).label("last_received"),
            )
            .select_from(cases.outerjoin(submissions, submissions.c.case_id == cases.c.id))
            .group_by(cases.c.id)
            .order_by(cases.c.year, cases.c.seq)
        )
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def case_submissions(self, case_id: int, conn: Connection | None = None) -> list[dict]:
        query = select(submissions).where(submissions.c.case_id == case_id).order_by(submissions.c.id)
        if conn is None:
            with self.engine.connect() as own:
                return [dict(r._mapping) for r in own.execute(query)]
        return [dict(r._mapping) for r in conn.execute(query)]

    def submission_files(self, submission_id: int) -> list[dict]:
        query = select(files).where(files.c.submission_id == submission_id).order_by(files.c.id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def report(self, case_id: int) -> dict | None:
        with self.engine.connect() as conn:
            text = conn.execute(select(reports.c.report_json).where(reports.c.case_id == case_id)).scalar()
        return json.loads(text) if text else None

    def save_report(self, case_id: int, report: dict, actor: str) -> None:
        self.save_reports([(case_id, report)], actor)

    def save_reports(self, reports_by_case: list[tuple[int, dict]], actor: str) -> None:
        """Save several cases' reports in one transaction (a mail batch: one commit, not one per case)."""
        with self.transaction() as conn:
            for case_id, report in reports_by_case:
                self._save_report(conn, case_id, report, actor)

    def _save_report(self, conn: Connection, case_id: int, report: dict, actor: str) -> None:
        text = json.dumps(report, ensure_ascii=False)
        exists = conn.execute(select(reports.c.case_id).where(reports.c.case_id == case_id)).first()
        if exists:
            conn.execute(
                update(reports)
                .where(reports.c.case_id == case_id)
                .values(updated=now_iso(), report_json=text)
            )
        else:
            conn.execute(insert(reports).values(case_id=case_id, updated=now_iso(), report_json=text))
        status = "vollständig" if report.get("complete") else "offen"
        conn.execute(update(cases).where(cases.c.id == case_id).values(status=status, report_stale=False))
        self.audit(conn, actor, "report_updated", case_id=case_id, obj=f"complete={report.get('complete')}")

    def stale_cases(self) -> list[int]:
        with self.engine.connect() as conn:
            return [r.id for r in conn.execute(select(cases.c.id).where(cases.c.report_stale.is_(True)))]

    # -- mail journal (used by hfk.mailbox.poller through the MailJournal protocol) -------------

    def mail_get(self, account: str, folder: str, uidvalidity: int, uid: int) -> dict | None:
        query = select(mails).where(
            mails.c.account == account,
            mails.c.folder == folder,
            mails.c.uidvalidity == uidvalidity,
            mails.c.uid == uid,
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return dict(row._mapping) if row else None

    def mails_get(self, account: str, folder: str, uidvalidity: int, uids: list[int]) -> dict[int, dict]:
        """The journal rows of these UIDs (one query per 500, not one per mail)."""
        found: dict[int, dict] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(uids), 500):
                query = select(mails).where(
                    mails.c.account == account,
                    mails.c.folder == folder,
                    mails.c.uidvalidity == uidvalidity,
                    mails.c.uid.in_(uids[start : start + 500]),
                )
                found.update({row.uid: dict(row._mapping) for row in conn.execute(query)})
        return found

    def mail_record_stored(
        self, account: str, folder: str, uidvalidity: int, entries: list[tuple[int, str, str]]
    ) -> list[dict]:
        """Record fetched mails whose raw bytes are already kept (put_original), in one commit.

        entries: (uid, message_id, sha256). A UID recorded before keeps its row. Returns the rows.
        """
        stamp = now_iso()
        with self.transaction() as conn:
            for uid, message_id, sha256 in entries:
                key = (
                    mails.c.account == account,
                    mails.c.folder == folder,
                    mails.c.uidvalidity == uidvalidity,
                    mails.c.uid == uid,
                )
                if conn.execute(select(mails.c.id).where(*key)).first():
                    continue
                mail_id = conn.execute(
                    insert(mails).values(
                        account=account,
                        folder=folder,
                        uidvalidity=uidvalidity,
                        uid=uid,
                        message_id=message_id,
                        sha256=sha256,
                        state="stored",
                        attempts=0,
                        last_error="",
                        created=stamp,
                        updated=stamp,
                        failed_copy=False,
                    )
                ).inserted_primary_key[0]
                self.audit(conn, "mail", "mail_fetched", obj=f"mail={mail_id} sha256={sha256[:16]}")
        rows = self.mails_get(account, folder, uidvalidity, [uid for uid, _, _ in entries])
        return [rows[uid] for uid, _, _ in entries]

    def mails_left_in_failed_folder(self, account: str) -> list[dict]:
        """Mails processed after a retry whose copy may still sit in the failed folder."""
        query = (
            select(mails)
            .where(
                mails.c.account == account,
                mails.c.state.in_(("processed", "duplicate")),
                mails.c.failed_copy.is_(True),
            )
            .order_by(mails.c.id)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def mail_by_id(self, mail_id: int) -> dict:
        with self.engine.connect() as conn:
            return dict(conn.execute(select(mails).where(mails.c.id == mail_id)).one()._mapping)

    def mail_same_raw(self, account: str, message_id: str, sha256: str, exclude_id: int) -> dict | None:
        """An earlier record of exactly these raw bytes (same Message-ID and SHA-256)."""
        query = (
            select(mails)
            .where(
                mails.c.account == account,
                mails.c.sha256 == sha256,
                mails.c.message_id == message_id,
                mails.c.id != exclude_id,
                mails.c.state != "duplicate",
            )
            .order_by(mails.c.id)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return dict(row._mapping) if row else None

    def mail_update(self, mail_id: int, conn: Connection | None = None, **values) -> None:
        values["updated"] = now_iso()
        statement = update(mails).where(mails.c.id == mail_id).values(**values)
        if conn is not None:
            conn.execute(statement)
            return
        with self.transaction() as own:
            own.execute(statement)
            if "state" in values:
                self.audit(own, "mail", f"mail_{values['state']}", obj=f"mail={mail_id}")

    def mail_failed(self, mail_id: int, error: str, backoff_s: float) -> dict:
        """Count a failed attempt; the next one waits backoff_s * 2^(attempts-1)."""
        with self.transaction() as conn:
            row = conn.execute(select(mails).where(mails.c.id == mail_id)).one()
            attempts = row.attempts + 1
            wait = timedelta(seconds=backoff_s * (2 ** (attempts - 1)))
            conn.execute(
                update(mails)
                .where(mails.c.id == mail_id)
                .values(
                    state="failed",
                    failed_copy=True,
                    attempts=attempts,
                    last_error=error[:2000],
                    next_attempt_at=(datetime.now(UTC) + wait).isoformat(timespec="seconds"),
                    updated=now_iso(),
                )
            )
            self.audit(conn, "mail", "mail_failed", obj=f"mail={mail_id} attempts={attempts}")
        return self.mail_by_id(mail_id)

    def mails_due(self, account: str, max_attempts: int) -> list[dict]:
        """Failed mails whose backoff is over and that have attempts left."""
        query = (
            select(mails)
            .where(
                mails.c.account == account,
                mails.c.state == "failed",
                mails.c.attempts < max_attempts,
                mails.c.next_attempt_at <= now_iso(),
            )
            .order_by(mails.c.id)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def mail_rows(self, account: str | None = None) -> list[dict]:
        query = select(mails).order_by(mails.c.id)
        if account:
            query = query.where(mails.c.account == account)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    # -- scan journal ---------------------------------------------------------------------------

    def scan_get(self, folder: str, name: str, sha256: str) -> dict | None:
        query = select(scan_items).where(
            scan_items.c.folder == folder, scan_items.c.name == name, scan_items.c.sha256 == sha256
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return dict(row._mapping) if row else None

    def scan_mark_moved(self, item_id: int) -> None:
        with self.transaction() as conn:
            conn.execute(update(scan_items).where(scan_items.c.id == item_id).values(moved=True))

    def scan_rows(self) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(scan_items).order_by(scan_items.c.id))]


def person_key(name: str, vorname: str, geburtsdatum: str) -> str | None:
    """A hash that is equal for the same person (name, first name, birth date), None if unknown."""
    name = " ".join(name.casefold().split())
    vorname = " ".join(vorname.casefold().split())
    if not name or not geburtsdatum:
        return None
    return hashlib.sha256(f"{name}|{vorname}|{geburtsdatum}".encode()).hexdigest()


def references_in(text: str) -> list[str]:
    return [m.group(0) for m in REFERENCE_RE.finditer(text or "")]


# -- web UI (issue 8): accounts, corrections, the triage overview -----------------------------

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),  # argon2id, never the password
    Column("role", String(16), nullable=False),  # "caseworker" or "admin"
    Column("created", String(32), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
)

# A caseworker's correction of a case. Document-type corrections double as training data for the
# classifier (file hash + pages + old/new type); the free-text comment never goes to the audit log.
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("time", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("kind", String(16), nullable=False),  # "doc_type" or "checklist"
    Column("file_sha256", String(64), nullable=False, default=""),
    Column("file_name", Text, nullable=False, default=""),
    Column("pages", Text, nullable=False, default="[]"),  # JSON list of 1-based page numbers
    Column("old_type", String(64), nullable=False, default=""),
    Column("new_type", String(64), nullable=False, default=""),
    Column("item_id", String(64), nullable=False, default=""),
    Column("comment", Text, nullable=False, default=""),
)

USER_ROLES = ("caseworker", "admin")


def _migration_web_accounts(conn: Connection) -> None:
    # checkfirst: a store created fresh already got these tables from migration 1's create_all.
    metadata.create_all(conn, tables=[users, corrections], checkfirst=True)


MIGRATIONS.append(_migration_web_accounts)


def user_add(store: Store, name: str, password_hash: str, role: str, actor: str = "cli") -> int:
    if role not in USER_ROLES:
        raise StoreError(f"Unbekannte Rolle '{role}'. Erlaubt: {', '.join(USER_ROLES)}.")
    with store.transaction() as conn:
        if conn.execute(select(users.c.id).where(users.c.name == name)).first():
            raise StoreError(f"Benutzer '{name}' gibt es schon. Bitte einen anderen Namen wählen.")
        user_id = conn.execute(
            insert(users).values(
                name=name, password_hash=password_hash, role=role, created=now_iso(), active=True
            )
        ).inserted_primary_key[0]
        store.audit(conn, actor, "user_added", obj=f"user={user_id} role={role}")
    return user_id


def user_get(store: Store, name: str) -> dict | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
    return dict(row._mapping) if row else None


def user_by_id(store: Store, user_id: int) -> dict | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.id == user_id)).first()
    return dict(row._mapping) if row else None


def user_set_hash(store: Store, user_id: int, password_hash: str) -> None:
    """Store a re-hashed password (argon2 parameters raised since the last login)."""
    with store.transaction() as conn:
        conn.execute(update(users).where(users.c.id == user_id).values(password_hash=password_hash))


def user_list(store: Store) -> list[dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(users.c.id, users.c.name, users.c.role, users.c.created, users.c.active))
        return [dict(r._mapping) for r in rows]


def correction_add(store: Store, case_id: int, actor: str, kind: str, **values) -> int:
    """Record a correction and its audit entry (ids, hash prefix and types only) in one transaction."""
    if kind not in CORRECTION_KINDS:
        raise StoreError(f"Unbekannte Korrekturart '{kind}'.")
    if isinstance(values.get("pages"), list):
        values["pages"] = json.dumps(values["pages"])
    if isinstance(values.get("parts"), list):
        values["parts"] = json.dumps(values["parts"])
    with store.transaction() as conn:
        correction_id = conn.execute(
            insert(corrections).values(case_id=case_id, time=now_iso(), actor=actor, kind=kind, **values)
        ).inserted_primary_key[0]
        if kind == "doc_type":
            obj = (
                f"correction={correction_id} file={values.get('file_sha256', '')[:16]} "
                f"pages={values.get('pages', '[]')} old={values.get('old_type', '')} "
                f"new={values.get('new_type', '')}"
            )
        elif kind in ("split", "merge"):
            parts = json.loads(values.get("parts") or "[]")
            shown = ",".join(f"{_page_span(p['pages'])}:{p['type']}" for p in parts)
            obj = (
                f"correction={correction_id} file={values.get('file_sha256', '')[:16]} "
                f"pages={values.get('pages', '[]')} old={values.get('old_type', '')} parts={shown}"
            )
        else:
            obj = f"correction={correction_id} item={values.get('item_id', '')}"
        store.audit(conn, actor, f"correction_{kind}", case_id=case_id, obj=obj)
        conn.execute(update(cases).where(cases.c.id == case_id).values(report_stale=True))
    return correction_id


def _page_span(pages: list[int]) -> str:
    return str(pages[0]) if len(pages) == 1 else f"{pages[0]}-{pages[-1]}"


def _decode_correction(row: dict) -> dict:
    row["pages"] = json.loads(row["pages"] or "[]")
    row["parts"] = json.loads(row.get("parts") or "[]")
    return row


def case_corrections(store: Store, case_id: int, include_undone: bool = False) -> list[dict]:
    """The case's corrections in the order they were made; undone ones only when asked for."""
    query = select(corrections).where(corrections.c.case_id == case_id).order_by(corrections.c.id)
    if not include_undone:
        query = query.where(corrections.c.undone == "")
    with store.engine.connect() as conn:
        return [_decode_correction(dict(r._mapping)) for r in conn.execute(query)]


def training_corrections(store: Store) -> list[dict]:
    """Document corrections as classifier training data (undone ones left out).

    Every row has file hash, pages, old and new type (as before), plus kind and per-page labels:
    [{"page": 4, "type": "vollmacht", "starts_document": True}, ...] for every page the caseworker
    labelled. A type change labels the document's pages; a split or merge labels each resulting
    part, so the segmenter learns where documents start and the page scorer the type of each page.
    """
    query = (
        select(corrections)
        .where(corrections.c.kind.in_(("doc_type", "split", "merge")), corrections.c.undone == "")
        .order_by(corrections.c.id)
    )
    with store.engine.connect() as conn:
        rows = [_decode_correction(dict(r._mapping)) for r in conn.execute(query)]
    out = []
    for row in rows:
        parts = (
            row["parts"] if row["kind"] != "doc_type" else [{"pages": row["pages"], "type": row["new_type"]}]
        )
        labels = [
            {"page": page, "type": part["type"], "starts_document": position == 0}
            for part in parts
            for position, page in enumerate(part["pages"])
        ]
        new_type = row["new_type"] or "+".join(part["type"] for part in parts)
        out.append(
            {
                "kind": row["kind"],
                "case_id": row["case_id"],
                "file_sha256": row["file_sha256"],
                "pages": row["pages"],
                "old_type": row["old_type"],
                "new_type": new_type,
                "labels": labels,
                "time": row["time"],
            }
        )
    return out


def apply_document_corrections(documents: list, sha_by_name: dict[str, str], found: list[dict]) -> int:
    """Apply the caseworkers' document corrections to classify Documents, in the order they were made.

    A type change matches a document by file hash + pages; a split or merge makes each of its parts
    one document of the file (those pages taken out of whatever documents held them). The list is
    changed in place; returns how many corrections took effect (0: the documents are unchanged).
    """
    changed = 0
    for correction in found:
        if correction.get("undone"):
            continue
        if correction["kind"] in ("split", "merge"):
            try:
                changed += _apply_parts(documents, sha_by_name, correction)
            except Exception:  # a correction that cannot be applied must not make the case unreadable
                import logging

                logging.getLogger(__name__).exception("correction %s not applied", correction["id"])
        if correction["kind"] != "doc_type":
            continue
        for doc in documents:
            if _same_file(doc, sha_by_name, correction) and list(doc.pages) == list(correction["pages"]):
                doc.type = correction["new_type"]
                doc.confidence = 1.0
                doc.needs_review = False
                doc.evidence = [
                    f"Typ von Hand korrigiert ({correction['actor']}, {german_date(correction['time'][:10])})",
                    *doc.evidence,
                ]
                changed += 1
    return changed


def _same_file(doc, sha_by_name: dict[str, str], correction: dict) -> bool:
    sha = sha_by_name.get(doc.file, "")
    return sha == correction["file_sha256"] if sha else doc.file == correction["file_name"]


_EVIDENCE_PAGE = re.compile(r"^Seite (\d+):")


def _distinct(docs: list) -> list:
    """The documents in order, each once (Documents are dataclasses: compared by identity here)."""
    seen: set[int] = set()
    return [d for d in docs if not (id(d) in seen or seen.add(id(d)))]


def _apply_parts(documents: list, sha_by_name: dict[str, str], correction: dict) -> int:
    """Re-cut one file's documents so that each part of a split/merge is exactly one document."""
    from dataclasses import replace

    from hfk.classify.case import text_facts

    parts = [p for p in correction.get("parts") or [] if p.get("pages")]
    own = [d for d in documents if _same_file(d, sha_by_name, correction)]
    by_page = {
        page: (doc, text)
        for doc in own
        for page, text in zip(doc.pages, doc.page_texts or [""] * len(doc.pages), strict=False)
    }
    wanted = {page for part in parts for page in part["pages"]}
    if not parts or not wanted <= set(by_page):
        return 0  # the file no longer has these pages (e.g. read differently): nothing to re-cut
    verb = "getrennt" if correction["kind"] == "split" else "zusammengeführt"
    stamp = f"Seiten von Hand {verb} ({correction['actor']}, {german_date(correction['time'][:10])})"
    made = []
    for part in parts:
        pages = sorted(part["pages"])
        sources = [by_page[page][0] for page in pages]
        texts = [by_page[page][1] for page in pages]
        first = sources[0]
        text_sources = {s.text_source for s in sources}
        evidence = []
        for source in _distinct(sources):
            for line in source.evidence:
                m = _EVIDENCE_PAGE.match(line)
                if m and int(m.group(1)) in pages and line not in evidence:
                    evidence.append(line)
        notes = [
            n
            for s in _distinct(sources)
            for n in s.notes
            if (m := _EVIDENCE_PAGE.match(n)) and int(m.group(1)) in pages
        ]
        made.append(
            replace(
                first,
                pages=pages,
                type=part["type"],
                confidence=1.0,
                needs_review=False,
                text_source=text_sources.pop() if len(text_sources) == 1 else "mixed",
                evidence=[stamp, *evidence],
                notes=notes,
                **text_facts(texts),
            )
        )
    rest = []
    for doc in own:
        keep = [
            (p, t)
            for p, t in zip(doc.pages, doc.page_texts or [""] * len(doc.pages), strict=False)
            if p not in wanted
        ]
        if len(keep) == len(doc.pages):
            rest.append(doc)
        elif keep:
            # What is left of a document that lost pages to a part keeps its type.
            doc.pages = [p for p, _ in keep]
            doc.page_texts = [t for _, t in keep]
            doc.text = "\n\n".join(doc.page_texts)
            rest.append(doc)
    new_own = sorted([*rest, *made], key=lambda d: d.pages[0])
    result, placed = [], False
    for doc in documents:
        if any(doc is o for o in own):
            if not placed:
                result.extend(new_own)
                placed = True
        else:
            result.append(doc)
    documents[:] = result
    return 1


def apply_checklist_corrections(items: list, found: list[dict]) -> int:
    """Mark checklist items as satisfied by hand; the caseworker's comment becomes the evidence."""
    changed = 0
    for correction in found:
        if correction["kind"] != "checklist":
            continue
        for item in items:
            if item.id == correction["item_id"]:
                item.status = "ok"
                item.detail = (
                    f"Von Hand als erfüllt markiert ({correction['actor']}, "
                    f"{german_date(correction['time'][:10])}): {correction['comment']}"
                )
                changed += 1
    return changed


def case_overview(store: Store) -> list[dict]:
    """Every case with its stored report and the sources of its submissions, newest first."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(cases.c.id, cases.c.reference, cases.c.created, cases.c.status, reports.c.report_json)
            .select_from(cases.outerjoin(reports, reports.c.case_id == cases.c.id))
            .order_by(cases.c.year.desc(), cases.c.seq.desc())
        ).all()
        subs = conn.execute(
            select(submissions.c.case_id, submissions.c.source, submissions.c.received).where(
                submissions.c.case_id.is_not(None)
            )
        ).all()
    sources: dict[int, set[str]] = {}
    first: dict[int, date] = {}
    for sub in subs:
        sources.setdefault(sub.case_id, set()).add(sub.source)
        if sub.case_id not in first or sub.received < first[sub.case_id]:
            first[sub.case_id] = sub.received
    return [
        {
            "id": row.id,
            "reference": row.reference,
            "created": row.created,
            "status": row.status,
            "report": json.loads(row.report_json) if row.report_json else None,
            "sources": sorted(sources.get(row.id, ())),
            "first_received": first.get(row.id),
        }
        for row in rows
    ]


def quarantined_submissions(store: Store) -> list[dict]:
    query = select(submissions).where(submissions.c.outcome == "quarantine").order_by(submissions.c.id.desc())
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def case_files(store: Store, case_id: int) -> list[dict]:
    """All file rows of a case's submissions (served by id only, never by path)."""
    query = (
        select(files, submissions.c.original_sha256, submissions.c.original_name, submissions.c.received)
        .join(submissions, submissions.c.id == files.c.submission_id)
        .where(submissions.c.case_id == case_id)
        .order_by(files.c.id)
    )
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


# -- data protection (issue 9): private files, closing cases for the retention period ----------

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def private_dir(path: str | os.PathLike) -> Path:
    """Create a folder readable by the service user only; tighten it if it exists and is ours."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    try:
        if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
            os.chmod(path, PRIVATE_DIR_MODE)
    except OSError:
        pass  # not ours to change (e.g. a mount point); its contents are still created private
    return path


def private_sqlite_file(path: Path) -> None:
    """Create the SQLite file 0600 before SQLite does; its -wal and -shm files copy that mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE))
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if candidate.exists() and candidate.stat().st_mode & 0o077:
                os.chmod(candidate, PRIVATE_FILE_MODE)
        except OSError:
            pass


# When a case was closed: the retention period ([privacy] retention_days) counts from here.
case_closures = Table(
    "case_closures",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
    Column("closed", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
)


def _migration_case_closures(conn: Connection) -> None:
    # checkfirst: a store created fresh already got this table from migration 1's create_all.
    metadata.create_all(conn, tables=[case_closures], checkfirst=True)


MIGRATIONS.append(_migration_case_closures)


def case_close(store: Store, case_id: int, actor: str, when: str | None = None) -> bool:
    """Mark a case closed (False if it already was); the audit entry carries ids only."""
    with store.transaction() as conn:
        if conn.execute(select(case_closures.c.case_id).where(case_closures.c.case_id == case_id)).first():
            return False
        conn.execute(insert(case_closures).values(case_id=case_id, closed=when or now_iso(), actor=actor))
        store.audit(conn, actor, "case_closed", case_id=case_id)
    return True


def case_reopen(store: Store, case_id: int, actor: str) -> bool:
    """Undo a closure (False if the case was not closed): the retention period no longer runs."""
    with store.transaction() as conn:
        done = conn.execute(case_closures.delete().where(case_closures.c.case_id == case_id)).rowcount
        if done:
            store.audit(conn, actor, "case_reopened", case_id=case_id)
    return bool(done)


def case_closed_at(store: Store, case_id: int) -> str | None:
    with store.engine.connect() as conn:
        return conn.execute(select(case_closures.c.closed).where(case_closures.c.case_id == case_id)).scalar()


def cases_closed_before(store: Store, cutoff: str) -> list[dict]:
    """Closed cases whose closure (ISO time) lies before cutoff: the ones past their retention period."""
    query = (
        select(cases.c.id, cases.c.reference, case_closures.c.closed)
        .join(case_closures, case_closures.c.case_id == cases.c.id)
        .where(case_closures.c.closed < cutoff)
        .order_by(cases.c.year, cases.c.seq)
    )
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def case_summary(store: Store, case_id: int) -> dict | None:
    """One case as case_overview() shows it, without reading every other case."""
    with store.engine.connect() as conn:
        row = conn.execute(
            select(cases.c.id, cases.c.reference, cases.c.created, cases.c.status, reports.c.report_json)
            .select_from(cases.outerjoin(reports, reports.c.case_id == cases.c.id))
            .where(cases.c.id == case_id)
        ).first()
        if row is None:
            return None
        subs = conn.execute(
            select(submissions.c.source, submissions.c.received).where(submissions.c.case_id == case_id)
        ).all()
    return {
        "id": row.id,
        "reference": row.reference,
        "created": row.created,
        "status": row.status,
        "report": json.loads(row.report_json) if row.report_json else None,
        "sources": sorted({s.source for s in subs}),
        "first_received": min((s.received for s in subs), default=None),
    }


def open_for_command(settings) -> Store | None:
    """The store for a CLI command; None, after saying why on stderr, when it cannot be used."""
    import sys

    try:
        return Store.from_settings(settings)
    except (StoreError, OSError) as exc:
        print(f"Fehler: Fallspeicher {settings.store['dir']} nicht nutzbar: {exc}", file=sys.stderr)
        return None


# -- web UI, second round (issue 8): page-range corrections, undo, accounts, login throttling ---

# A split or merge stores the resulting documents as parts: [{"pages": [1, 2], "type": "antrag"}, ...].
corrections.append_column(Column("parts", Text, nullable=False, default="[]", server_default="[]"))
# Undo keeps the row (who corrected what stays visible) and marks it: an undone correction is
# no longer applied and no longer training data.
corrections.append_column(Column("undone", String(32), nullable=False, default="", server_default=""))
corrections.append_column(Column("undone_by", String(64), nullable=False, default="", server_default=""))
# Raised when a password is changed or reset or the account is deactivated: sessions that carry
# an older number stop working.
users.append_column(Column("session_version", Integer, nullable=False, default=0, server_default="0"))

# Failed logins, for throttling: the account name only as a hash, the client address as seen.
login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("time", String(32), nullable=False, index=True),
    Column("name_hash", String(64), nullable=False, index=True),
    Column("address", String(64), nullable=False, default=""),
)

CORRECTION_KINDS = ("doc_type", "checklist", "split", "merge")


def _migration_web_round_two(conn: Connection) -> None:
    from sqlalchemy import inspect

    # A store created fresh got the new columns and table from migration 1's create_all already.
    metadata.create_all(conn, tables=[login_failures], checkfirst=True)
    inspector = inspect(conn)
    wanted = {
        "corrections": [
            ("parts", "TEXT NOT NULL DEFAULT '[]'"),
            ("undone", "VARCHAR(32) NOT NULL DEFAULT ''"),
            ("undone_by", "VARCHAR(64) NOT NULL DEFAULT ''"),
        ],
        "users": [("session_version", "INTEGER NOT NULL DEFAULT 0")],
    }
    for table, columns in wanted.items():
        have = {c["name"] for c in inspector.get_columns(table)}
        for name, ddl in columns:
            if name not in have:
                conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {name} {ddl}")


MIGRATIONS.append(_migration_web_round_two)


def correction_undo(store: Store, case_id: int, correction_id: int, actor: str) -> dict | None:
    """Mark a correction of this case as undone; None when there is no such active correction."""
    with store.transaction() as conn:
        row = conn.execute(
            select(corrections.c.id, corrections.c.kind).where(
                corrections.c.id == correction_id,
                corrections.c.case_id == case_id,
                corrections.c.undone == "",
            )
        ).first()
        if row is None:
            return None
        conn.execute(
            update(corrections)
            .where(corrections.c.id == correction_id)
            .values(undone=now_iso(), undone_by=actor)
        )
        store.audit(
            conn, actor, "correction_undone", case_id=case_id, obj=f"correction={row.id} kind={row.kind}"
        )
        conn.execute(update(cases).where(cases.c.id == case_id).values(report_stale=True))
    return {"id": row.id, "kind": row.kind}


def user_set_active(store: Store, user_id: int, active: bool, actor: str) -> bool:
    """(De)activate an account; deactivating also ends its sessions. False when nothing changed."""
    with store.transaction() as conn:
        row = conn.execute(select(users.c.active).where(users.c.id == user_id)).first()
        if row is None or bool(row.active) == active:
            return False
        values: dict = {"active": active}
        if not active:
            values["session_version"] = users.c.session_version + 1
        conn.execute(update(users).where(users.c.id == user_id).values(**values))
        store.audit(conn, actor, "user_enabled" if active else "user_disabled", obj=f"user={user_id}")
    return True


def user_set_password(store: Store, user_id: int, password_hash: str, actor: str, action: str) -> int:
    """Store a new password hash (changed or reset); other sessions of the account end. Returns the
    account's new session version (the caller's own session keeps working with it)."""
    with store.transaction() as conn:
        conn.execute(
            update(users)
            .where(users.c.id == user_id)
            .values(password_hash=password_hash, session_version=users.c.session_version + 1)
        )
        store.audit(conn, actor, action, obj=f"user={user_id}")
        return conn.execute(select(users.c.session_version).where(users.c.id == user_id)).scalar_one()


def login_failure_add(store: Store, name_hash: str, address: str, keep_since: str) -> None:
    """Record a failed login; entries older than keep_since (ISO time) are dropped on the way."""
    with store.transaction() as conn:
        conn.execute(login_failures.delete().where(login_failures.c.time < keep_since))
        conn.execute(insert(login_failures).values(time=now_iso(), name_hash=name_hash, address=address[:64]))


def login_failures_since(
    store: Store, since: str, name_hash: str, address: str
) -> tuple[list[str], list[str]]:
    """Times (ISO) of failed logins since `since`: for this account and from this address."""
    with store.engine.connect() as conn:
        by_name = conn.execute(
            select(login_failures.c.time)
            .where(login_failures.c.time >= since, login_failures.c.name_hash == name_hash)
            .order_by(login_failures.c.time)
        ).scalars()
        by_name = list(by_name)
        by_address = list(
            conn.execute(
                select(login_failures.c.time)
                .where(login_failures.c.time >= since, login_failures.c.address == address)
                .order_by(login_failures.c.time)
            ).scalars()
        )
    return by_name, by_address


def login_failures_clear(store: Store, name_hash: str) -> None:
    """A successful login forgets the account's failed attempts."""
    with store.transaction() as conn:
        conn.execute(login_failures.delete().where(login_failures.c.name_hash == name_hash))


def _migration_mail_failed_copy(conn: Connection) -> None:
    # A store created fresh got the column from migration 1's create_all (the table as defined now).
    from sqlalchemy import inspect

    if "failed_copy" not in {c["name"] for c in inspect(conn).get_columns("mails")}:
        conn.exec_driver_sql("ALTER TABLE mails ADD COLUMN failed_copy BOOLEAN NOT NULL DEFAULT FALSE")
        # Any mail that ever failed may have a copy in the failed folder: let the poller look once.
        conn.execute(update(mails).where(mails.c.attempts > 0).values(failed_copy=True))


MIGRATIONS.append(_migration_mail_failed_copy)
