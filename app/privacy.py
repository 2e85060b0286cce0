"""Data protection: the audit trail of access, retention purge, erasure and export (Art. 15 GDPR) of cases."""

from __future__ import annotations

import getpass
import json
import logging
import os
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, select, update

from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions
from hfk.ingest.names import storage_name
from hfk.ingest.ocr import cache_key
from hfk.ingest.quarantine import sha256_file
from hfk.ingest.scratch import private_tempdir
from hfk.settings import Settings
from hfk.store import (
    Store,
    audit,
    case_closed_at,
    cases,
    cases_closed_before,
    files,
    mails,
    metadata,
    now_iso,
    reports,
    scan_items,
    submissions,
)

log = logging.getLogger(__name__)

ERASED_STATUS = "gelöscht"
DEFAULT_RETENTION_DAYS = 730

# Tables handled one by one in erase(); every other table with a case_id or submission_id column
# (e.g. corrections of the web UI) is exported and erased generically, so a new table is covered.
_SPECIAL_TABLES = {"schema_version", "audit", "cases", "submissions", "files", "mails", "scan_items"}


class PrivacyError(Exception):
    """A data protection command cannot run; the message says what to do."""


def current_actor(channel: str = "cli") -> str:
    """Who acts: the OS user for the CLI (the web UI passes its own login name)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = f"uid{os.getuid()}"
    return f"{channel}:{user}"[:64]


def record_access(store: Store, actor: str, action: str, case_id: int, obj: str = "") -> None:
    """One audit entry for viewing/changing a case (ids only; callers never pass names or text)."""
    with store.transaction() as conn:
        store.audit(conn, actor, action, case_id=case_id, obj=obj)


def retention_days(settings: Settings) -> int:
    days = settings.privacy.get("retention_days", DEFAULT_RETENTION_DAYS)
    if not isinstance(days, int) or isinstance(days, bool) or days < 0:
        raise PrivacyError(f"[privacy] retention_days muss eine ganze Zahl ≥ 0 sein, nicht {days!r}.")
    return days


# -- what an erasure removes ----------------------------------------------------------------


@dataclass
class ErasurePlan:
    """Everything held on one case, as counts and paths (never names), before it is removed."""

    case_id: int
    reference: str
    closed: str | None
    submission_ids: list[int] = field(default_factory=list)
    file_rows: int = 0
    other_rows: dict[str, int] = field(default_factory=dict)  # table -> rows (reports, corrections ...)
    originals: list[str] = field(default_factory=list)  # sha256 to delete
    shared_originals: int = 0  # kept: another case or submission holds the same file
    cache_entries: list[Path] = field(default_factory=list)
    quarantine_entries: list[Path] = field(default_factory=list)
    scan_copies: list[Path] = field(default_factory=list)  # taken scans in the scan folder's processed/
    mail_rows: int = 0

    def render(self) -> str:
        closed = f"abgeschlossen {self.closed[:10]}" if self.closed else "nicht abgeschlossen"
        rows = sum(self.other_rows.values())
        return (
            f"{self.reference} ({closed}): {len(self.submission_ids)} Eingang/Eingänge, "
            f"{self.file_rows} Datei-Einträge, {len(self.originals)} Original(e)"
            f"{f' (+{self.shared_originals} mit anderen Fällen geteilt, bleiben)' if self.shared_originals else ''}, "
            f"{len(self.cache_entries)} OCR-Cache-Einträge, {len(self.quarantine_entries)} Quarantäne-Datei(en), "
            f"{len(self.scan_copies)} Scan-Kopie(n), {rows} weitere Datensätze (Bericht, Korrekturen, ...)"
        )


def _case_tables() -> list:
    return [t for t in metadata.sorted_tables if t.name not in _SPECIAL_TABLES and "case_id" in t.c]


def _submission_tables() -> list:
    return [
        t
        for t in metadata.sorted_tables
        if t.name not in _SPECIAL_TABLES and "submission_id" in t.c and "case_id" not in t.c
    ]


def _ocr_cache_dir(store: Store, settings: Settings) -> Path:
    return Path(settings.ingest.get("cache_dir") or store.dir / "ocr-cache")


def _quarantine_dir(store: Store, settings: Settings) -> Path:
    return Path(settings.quarantine_dir or store.dir / "quarantine")


def _reingest(store: Store, settings: Settings, originals: list[tuple[str, str]]):
    """Read the case's originals again into a private temporary quarantine: tells which quarantine
    copies and OCR cache entries belong to it (cached pages make this cheap)."""
    with private_tempdir("hfk-erase-") as work:
        paths = []
        for index, (name, sha) in enumerate(originals):
            if not store.original_path(sha).exists():
                continue
            folder = Path(work) / "in" / str(index)
            folder.mkdir(parents=True)
            path = folder / (os.path.basename(name.replace("\\", "/")) or "datei")
            os.symlink(store.original_path(sha), path)
            paths.append(path)
        options = dict(settings.ingest)
        options["cache_dir"] = str(_ocr_cache_dir(store, settings))
        quarantine = Path(work) / "q"
        submission = (
            ingest(paths, IngestOptions(quarantine_dir=str(quarantine), **options)) if paths else None
        )
        quarantined = sorted(p.name for p in quarantine.iterdir()) if quarantine.exists() else []
    return submission, quarantined


def plan_erasure(store: Store, settings: Settings, case_id: int) -> ErasurePlan:
    closed = case_closed_at(store, case_id)  # before ours: every connection takes the write lock
    with store.engine.connect() as conn:
        case = conn.execute(select(cases).where(cases.c.id == case_id)).one()
        subs = conn.execute(select(submissions).where(submissions.c.case_id == case_id)).all()
        sub_ids = [s.id for s in subs]
        file_rows = conn.execute(select(files).where(files.c.submission_id.in_(sub_ids))).all()
        plan = ErasurePlan(case_id, case.reference, closed, sub_ids, len(file_rows))
        for table in _case_tables():
            count = conn.execute(select(table).where(table.c.case_id == case_id)).all()
            if count:
                plan.other_rows[table.name] = len(count)
        for table in _submission_tables():
            count = conn.execute(select(table).where(table.c.submission_id.in_(sub_ids))).all()
            if count:
                plan.other_rows[table.name] = len(count)
        plan.mail_rows = len(conn.execute(select(mails.c.id).where(mails.c.submission_id.in_(sub_ids))).all())
        own_shas = sorted({s.original_sha256 for s in subs})
        shared = set(
            conn.execute(
                select(submissions.c.original_sha256).where(
                    submissions.c.original_sha256.in_(own_shas), submissions.c.id.not_in(sub_ids)
                )
            ).scalars()
        )
        leaf_shas = {f.sha256 for f in file_rows}
        shared_leaves = set(
            conn.execute(
                select(files.c.sha256).where(
                    files.c.sha256.in_(leaf_shas), files.c.submission_id.not_in(sub_ids)
                )
            ).scalars()
        )
        scans = conn.execute(select(scan_items).where(scan_items.c.submission_id.in_(sub_ids))).all()
    plan.originals = [sha for sha in own_shas if sha not in shared]
    plan.shared_originals = len(own_shas) - len(plan.originals)

    names: dict[str, str] = {}
    for sub in subs:
        names.setdefault(sub.original_sha256, sub.original_name)
    submission, quarantined = _reingest(store, settings, list((n, s) for s, n in names.items()))
    pages_by_sha: dict[str, int] = {sha: 0 for sha in leaf_shas}
    if submission:
        for source in submission.files:
            pages_by_sha[source.sha256] = max(pages_by_sha.get(source.sha256, 0), len(source.pages))
    cache = _ocr_cache_dir(store, settings)
    languages = settings.ingest.get("languages", "deu+eng")
    max_pages = int(settings.ingest.get("max_pages", 2000))
    for sha in sorted(set(pages_by_sha) - shared_leaves):
        # Every page number a cache entry could have: a page that failed has none, later ones may.
        for number in range(1, max(pages_by_sha[sha], max_pages) + 1):
            entry = cache / f"{cache_key(sha, number, languages)}.json"
            if entry.exists():
                plan.cache_entries.append(entry)
    qdir = _quarantine_dir(store, settings)
    for name in quarantined:
        if name.endswith(".json") and name[:-5] in quarantined:
            continue  # the sidecar goes with its file
        if (qdir / name).exists():
            plan.quarantine_entries.append(qdir / name)
    for scan in scans:
        copy = Path(scan.folder) / settings.scan.get("processed_subdir", "processed") / scan.name
        if copy.is_file() and sha256_file(copy) == scan.sha256:
            plan.scan_copies.append(copy)
    return plan


@dataclass
class ErasureResult:
    reference: str
    removed_files: int
    failed_files: list[str]  # paths that could not be removed (German note for the operator)


def erase(store: Store, plan: ErasurePlan, actor: str, reason: str) -> ErasureResult:
    """Remove everything held on the case; keep a tombstone (reference, status) so the reference is
    never given out again, and an audit entry with counts only."""
    sub_ids = plan.submission_ids
    with store.transaction() as conn:
        file_ids = list(conn.execute(select(files.c.id).where(files.c.submission_id.in_(sub_ids))).scalars())
        # A later copy in another case pointed at ours as "first received": it becomes the first.
        conn.execute(
            update(files)
            .where(files.c.duplicate_of.in_(file_ids), files.c.submission_id.not_in(sub_ids))
            .values(duplicate_of=None)
        )
        # The mail journal keeps the row (so the mail is never fetched again) without any link to the case.
        conn.execute(
            update(mails)
            .where(mails.c.submission_id.in_(sub_ids))
            .values(submission_id=None, message_id="", last_error="")
        )
        conn.execute(delete(scan_items).where(scan_items.c.submission_id.in_(sub_ids)))
        for table in _submission_tables():
            conn.execute(delete(table).where(table.c.submission_id.in_(sub_ids)))
        for table in reversed(_case_tables()):
            conn.execute(delete(table).where(table.c.case_id == plan.case_id))
        conn.execute(delete(files).where(files.c.submission_id.in_(sub_ids)))
        conn.execute(delete(submissions).where(submissions.c.case_id == plan.case_id))
        conn.execute(
            update(cases).where(cases.c.id == plan.case_id).values(status=ERASED_STATUS, report_stale=False)
        )
        store.audit(
            conn,
            actor,
            "case_erased",
            case_id=plan.case_id,
            obj=f"reference={plan.reference} reason={reason} submissions={len(sub_ids)} "
            f"files={plan.file_rows} originals={len(plan.originals)} cache={len(plan.cache_entries)} "
            f"quarantine={len(plan.quarantine_entries)} scans={len(plan.scan_copies)}",
        )
    removed, failed = 0, []
    paths = [store.original_path(sha) for sha in plan.originals]
    paths += plan.cache_entries + plan.scan_copies
    for entry in plan.quarantine_entries:
        paths += [entry, entry.with_name(entry.name + ".json")]
    for path in paths:
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            failed.append(f"{path}: {type(exc).__name__}")
    log.info("case erased case=%d removed_files=%d failed=%d", plan.case_id, removed, len(failed))
    return ErasureResult(plan.reference, removed, failed)


def compact(store: Store) -> None:
    """Rewrite the SQLite file so deleted rows leave no readable remains in free pages or the WAL."""
    if not store.url.startswith("sqlite"):
        return  # PostgreSQL: VACUUM is the database administrator's routine
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()


def expired_cases(store: Store, settings: Settings, today: date | None = None) -> list[dict]:
    """Closed cases whose retention period is over (closure + retention_days ≤ today)."""
    today = today or datetime.now(UTC).date()
    cutoff = today - timedelta(days=retention_days(settings))
    # closed is an ISO timestamp; everything closed before the day after the cutoff has expired.
    return [
        row
        for row in cases_closed_before(store, (cutoff + timedelta(days=1)).isoformat())
        if row["closed"][:10] <= cutoff.isoformat()
    ]


# -- export (Art. 15 GDPR) --------------------------------------------------------------------


def _jsonable(rows) -> list[dict]:
    out = []
    for row in rows:
        item = dict(row._mapping)
        for key, value in item.items():
            if isinstance(value, (date, datetime)):
                item[key] = value.isoformat()
        out.append(item)
    return out


LIESMICH = """Auskunft nach Art. 15 DSGVO: alle Daten, die hfk zu Fall {reference} speichert.

originals/        die eingegangenen Dateien (E-Mails, PDFs, Scans) unverändert, Name: Hash_Dateiname
report.json       die daraus gelesenen Daten: Dokumente, Personen, Checkliste, Hinweise
checkliste.json   die Checkliste (Entscheidungen der Prüfung) einzeln
fall.json         der Fall, seine Eingänge und Dateien (Eingangsdatum, Quelle, Dubletten)
tabellen/         weitere Datensätze zum Fall (z. B. Korrekturen durch Sachbearbeitung)
protokoll.json    das Zugriffsprotokoll: wer hat wann was angesehen, geändert, exportiert
Erstellt {created} von {actor}.
"""


def export_case(store: Store, case_id: int, out: Path, actor: str) -> dict:
    """Write one ZIP (mode 0600) with everything held on the case; returns counts."""
    with store.engine.connect() as conn:
        case = conn.execute(select(cases).where(cases.c.id == case_id)).one()
    record_access(store, actor, "case_exported", case_id, obj=f"reference={case.reference}")
    with store.engine.connect() as conn:
        subs = conn.execute(
            select(submissions).where(submissions.c.case_id == case_id).order_by(submissions.c.id)
        ).all()
        sub_ids = [s.id for s in subs]
        file_rows = conn.execute(
            select(files).where(files.c.submission_id.in_(sub_ids)).order_by(files.c.id)
        ).all()
        report_text = conn.execute(select(reports.c.report_json).where(reports.c.case_id == case_id)).scalar()
        tables = {
            t.name: _jsonable(conn.execute(select(t).where(t.c.case_id == case_id)))
            for t in _case_tables()
            if t.name != "reports"
        }
        tables.update(
            {
                t.name: _jsonable(conn.execute(select(t).where(t.c.submission_id.in_(sub_ids))))
                for t in _submission_tables()
            }
        )
        trail = _jsonable(conn.execute(select(audit).where(audit.c.case_id == case_id).order_by(audit.c.id)))
    report = json.loads(report_text) if report_text else {}
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    originals = 0
    with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:

        def put(name: str, data) -> None:
            text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2)
            archive.writestr(name, text)

        put("LIESMICH.txt", LIESMICH.format(reference=case.reference, created=now_iso(), actor=actor))
        put("report.json", report)
        put("checkliste.json", {"checklist": report.get("checklist", []), "hints": report.get("hints", [])})
        put(
            "fall.json",
            {
                "case": _jsonable([case])[0],
                "closed": case_closed_at(store, case_id),
                "submissions": _jsonable(subs),
                "files": _jsonable(file_rows),
            },
        )
        for name, rows in tables.items():
            if rows:
                put(f"tabellen/{name}.json", rows)
        put("protokoll.json", trail)
        seen: set[str] = set()
        for sub in subs:
            sha = sub.original_sha256
            if sha in seen or not store.original_path(sha).exists():
                continue
            seen.add(sha)
            archive.write(store.original_path(sha), f"originals/{storage_name(sub.original_name, sha)}")
            originals += 1
    return {"originals": originals, "submissions": len(subs), "audit_entries": len(trail)}
