"""Submission -> stages -> store: attach it to a case, record files and duplicates, re-evaluate the case."""

from __future__ import annotations

import email
import email.parser
import email.policy
import hashlib
import logging
import os
import re
import signal
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from hfk.checklist.report import build_report
from hfk.checklist.rules import evaluate
from hfk.classify.case import classify, collect_facts
from hfk.classify.fields import representative
from hfk.classify.model import CaseFacts, ClassifyOptions
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions, Submission
from hfk.ingest.scanfolder import StabilityTracker, candidates, move_done
from hfk.ingest.scratch import private_tempdir
from hfk.pipeline import received_date
from hfk.settings import Settings
from hfk.store import (
    Store,
    apply_checklist_corrections,
    apply_document_corrections,
    case_corrections,
    case_persons,
    cases,
    files,
    german_date,
    now_iso,
    person_key,
    references_in,
    scan_items,
    submissions,
)

log = logging.getLogger(__name__)

# Called inside the transaction that records the submission, so a source's journal entry
# (scan item, mail state) commits together with it or not at all.
Journal = Callable[[Connection, int, str, str], None]

MESSAGE_ID_RE = re.compile(r"<[^<>\s]+>")


@dataclass
class Original:
    """A received file, already kept in the store under its SHA-256."""

    name: str  # name as received (display only)
    sha256: str


@dataclass
class IntakeResult:
    submission_id: int
    outcome: str  # "case" or "quarantine"
    case_id: int | None = None
    case_reference: str | None = None
    new_case: bool = False
    matched_by: str = ""  # "aktenzeichen", "mail_thread", "person", "" for a new case
    reason: str = ""  # why it went to quarantine
    duplicates: list[str] = field(default_factory=list)  # German details


def ingest_options(store: Store, settings: Settings) -> IngestOptions:
    options = dict(settings.ingest)
    # Re-evaluating a whole case re-reads all its files; the OCR cache makes that cheap.
    options["cache_dir"] = options.get("cache_dir") or str(store.dir / "ocr-cache")
    quarantine = settings.quarantine_dir or str(store.dir / "quarantine")
    return IngestOptions(quarantine_dir=quarantine, **options)


def _safe_name(name: str) -> str:
    base = os.path.basename(name.replace("\\", "/")).strip() or "datei"
    return base if base not in (".", "..") else "datei"


def _ingest_originals(
    store: Store, settings: Settings, originals: list[Original], work: Path | None = None
) -> tuple[Submission, list[Path]]:
    """Ingest stored originals under their received names (names may repeat: a subfolder then).

    work: a scratch folder to reuse (a mail batch shares one: creating and removing a folder per mail
    costs milliseconds on a journalling file system); by default a temporary one.
    """
    if work is None:
        with private_tempdir("hfk-intake-") as scratch:
            return _ingest_originals(store, settings, originals, Path(scratch))
    links: list[Path] = []
    try:
        for original in originals:
            path = work / _safe_name(original.name)
            if os.path.lexists(path):
                path = Path(tempfile.mkdtemp(dir=work)) / path.name
            os.symlink(store.original_path(original.sha256), path)
            links.append(path)
        submission = ingest(links, ingest_options(store, settings))
    finally:
        for path in links:
            path.unlink(missing_ok=True)
    return submission, links


def _mail_headers(store: Store, originals: list[Original]) -> tuple[str, list[str]]:
    """Message-ID and the ids this mail replies to (In-Reply-To, References) of a single .eml."""
    if len(originals) != 1 or not originals[0].name.lower().endswith(".eml"):
        return "", []
    with open(store.original_path(originals[0].sha256), "rb") as handle:
        # Headers only: parsing the attachments again would cost as much as the ingest's own parse.
        message = email.parser.BytesHeaderParser(policy=email.policy.compat32).parse(handle)
    own = (message.get("Message-ID") or "").strip()
    refs = MESSAGE_ID_RE.findall(f"{message.get('In-Reply-To') or ''} {message.get('References') or ''}")
    return own, [r for r in refs if r != own]


def _find_case(
    conn: Connection,
    refs: list[str],
    thread: list[str],
    keys: list[str],
    shas: list[str],
    rep_keys: list[str] = (),
    rep_text_keys: Callable[[], set[str]] = set,
) -> tuple[int | None, str, str | None]:
    for reference in refs:
        row = conn.execute(
            select(cases.c.id, cases.c.reference).where(cases.c.reference == reference)
        ).first()
        if row:
            return row.id, "aktenzeichen", row.reference
    if thread:
        row = conn.execute(
            select(cases.c.id, cases.c.reference)
            .join(submissions, submissions.c.case_id == cases.c.id)
            .where(submissions.c.message_id.in_(thread))
            .order_by(submissions.c.id)
        ).first()
        if row:
            return row.id, "mail_thread", row.reference
    if keys:
        row = conn.execute(
            select(cases.c.id, cases.c.reference)
            .join(case_persons, case_persons.c.case_id == cases.c.id)
            .where(case_persons.c.person_key.in_(keys))
            .order_by(cases.c.id)
        ).first()
        if row:
            return row.id, "person", row.reference
    if rep_keys:
        # The same representative writing about the same person (name only, no birth date needed):
        # cases of this representative whose stored representative+name hashes occur in the text.
        mine = select(case_persons.c.case_id).where(case_persons.c.person_key.in_(rep_keys))
        rows = conn.execute(
            select(case_persons.c.person_key, cases.c.id, cases.c.reference)
            .join(cases, cases.c.id == case_persons.c.case_id)
            .where(case_persons.c.case_id.in_(mine))
            .order_by(cases.c.id)
        ).all()
        wanted = rep_text_keys() if rows else set()
        for row in rows:
            if row.person_key in wanted:
                return row.id, "vertretung_person", row.reference
    if shas:
        # Nothing but files already received: the same papers sent again belong to their case.
        found = conn.execute(
            select(files.c.sha256, cases.c.id, cases.c.reference)
            .join(submissions, submissions.c.id == files.c.submission_id)
            .join(cases, cases.c.id == submissions.c.case_id)
            .where(files.c.sha256.in_(shas))
            .order_by(files.c.id)
        ).all()
        if {r.sha256 for r in found} == set(shas):
            return found[0].id, "duplicate", found[0].reference
    return None, "", None


# -- "the same representative and the same person" (a Nachreichung without birth date) ----------

_DIGRAPH_RE = re.compile(r"(?<=[aou])e")
# Characters OCR confuses in names, and the letter-pairs it reads as one letter: mapped to one form
# on both sides, so "Yılmaz", "YILMAZ", "Yi1maz" and "Mueller", "Müller", "Muller" compare equal.
_OCR_PAIRS = (("rn", "m"), ("vv", "w"))
_OCR_CHARS = str.maketrans({"0": "o", "1": "l", "|": "l", "!": "l", "i": "l", "ı": "l", "5": "s", "ß": "s"})
_NAME_TOKEN_RE = re.compile(r"[\w|!]+(?:['\-][\w|!]+)*")


def name_skeleton(word: str) -> str:
    """A spelling-tolerant form of a name: case, umlauts/digraphs, diacritics and OCR confusions folded."""
    text = unicodedata.normalize("NFKD", word.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DIGRAPH_RE.sub("", text)  # "ue" -> "u" as the umlaut folding above made "ü" -> "u"
    for pair, single in _OCR_PAIRS:
        text = text.replace(pair, single)
    text = re.sub(r"[^a-z]", "", text.translate(_OCR_CHARS))
    return re.sub(r"(.)\1+", r"\1", text)  # doubled letters (OCR and spelling alike)


def _hash(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def representative_keys(submission: Submission, facts: CaseFacts) -> list[str]:
    """Hashes of who sends on someone's behalf: the mail sender, the lawyer's or service's name, address.

    classify looks for the representative in the application only; a Nachreichung often has none,
    so every text of the submission (mail body, cover letter) is asked as well.
    """
    found = [facts.representative] if facts.representative else []
    for source_file in submission.files:
        text = "\n".join(p.text for p in source_file.pages)
        if text.strip() and (rep := representative(text)):
            found.append(rep)
    identities = set()
    for mail in submission.mails:
        if "@" in (mail.sender or ""):
            identities.add("absender:" + mail.sender.strip().casefold())
    for rep in found:
        words = [s for w in _NAME_TOKEN_RE.findall(rep.name) if len(s := name_skeleton(w)) > 1]
        if words:
            # A lawyer signs with or without title and first name: the surname is the stable part.
            who = words[-1] if rep.kind == "anwalt" else "".join(words)
            identities.add(f"{rep.kind}:{who}")
        if address := name_skeleton(rep.adresse):
            identities.add("adresse:" + address)
    return sorted(_hash("vertretung", identity) for identity in identities)


def rep_person_keys(rep_key: str, name: str, vorname: str) -> list[str]:
    """Representative + (first name, surname) token pairs of one person, as stored with the case."""
    surnames = [s for w in _NAME_TOKEN_RE.findall(name) if len(s := name_skeleton(w)) > 1]
    firsts = [s for w in _NAME_TOKEN_RE.findall(vorname) if len(s := name_skeleton(w)) > 1]
    return [_hash(rep_key, first, last) for first in firsts for last in surnames]


def rep_text_keys(rep_key: str, text: str) -> list[str]:
    """Representative + every adjacent word pair of a text, in both orders ("Ahmad Karimi", "Karimi, Ahmad")."""
    words = [s for w in _NAME_TOKEN_RE.findall(text) if len(s := name_skeleton(w)) > 1]
    pairs = set(zip(words, words[1:], strict=False))
    return [key for a, b in pairs for key in (_hash(rep_key, a, b), _hash(rep_key, b, a))]


@dataclass
class Prepared:
    """One submission after the stages ran and before anything is written (submit()'s CPU-bound half)."""

    original: Original
    submission: Submission
    facts: CaseFacts | None  # None: nothing readable, the submission goes to quarantine
    received: date
    base: dict  # the submissions row, less case, outcome and detail
    refs: list[str]  # office references (Aktenzeichen) found in subject and text
    thread: list[str]  # Message-IDs this mail replies to
    keys: list[str]  # person keys (name + birth date)
    rep_keys: list[str]  # who represents (sender address, lawyer's or counselling service's name)
    rep_person_keys: list[str]  # representative + person name, as stored with the case
    text: str  # subject(s) and all page text: the names a Nachreichung mentions are looked up in it
    source: str
    actor: str


def prepare(
    store: Store,
    settings: Settings,
    original: Original,
    *,
    source: str,
    source_ref: str,
    actor: str,
    received: date | None = None,
    work: Path | None = None,
) -> Prepared:
    """Ingest and classify one original; writes nothing (work: a scratch folder a batch shares)."""
    submission, paths = _ingest_originals(store, settings, [original], work)
    received = received_date(submission, received, paths)
    message_id, thread = _mail_headers(store, [original])
    base = dict(
        received=received,
        created=now_iso(),
        source=source,
        source_ref=source_ref,
        original_sha256=original.sha256,
        original_name=_safe_name(original.name),
        message_id=message_id,
    )
    prepared = Prepared(original, submission, None, received, base, [], thread, [], [], [], "", source, actor)
    if not submission.files:
        return prepared
    facts = classify(submission, ClassifyOptions(**settings.classify))
    subjects = " ".join(m.subject for m in submission.mails)
    text = subjects + "\n" + "\n".join(p.text for f in submission.files for p in f.pages)
    prepared.facts = facts
    prepared.refs = references_in(text)
    prepared.keys = sorted({k for p in facts.persons if (k := person_key(p.name, p.vorname, p.geburtsdatum))})
    prepared.rep_keys = representative_keys(submission, facts)
    prepared.rep_person_keys = sorted(
        {
            k
            for rep in prepared.rep_keys
            for p in facts.persons
            for k in rep_person_keys(rep, p.name, p.vorname)
        }
    )
    prepared.text = text
    return prepared


def commit_prepared(
    store: Store, conn: Connection, prepared: Prepared, journal: Journal | None = None
) -> IntakeResult:
    """Write one prepared submission inside the caller's transaction (several may share one commit).

    Case joining sees what earlier submissions of the same transaction wrote, so a Nachreichung in
    the same batch as its application still finds the case.
    """
    original, base, actor = prepared.original, prepared.base, prepared.actor
    submission = prepared.submission
    if prepared.facts is None:
        reason = "; ".join(f"{e.file}: {e.error}" for e in submission.errors) or "Keine lesbaren Inhalte."
        sid = conn.execute(
            insert(submissions).values(**base, case_id=None, outcome="quarantine", detail=reason)
        ).inserted_primary_key[0]
        store.audit(
            conn, actor, "submission_quarantined", submission_id=sid, obj=f"original={original.sha256[:16]}"
        )
        if journal:
            journal(conn, sid, "quarantine", reason)
        return IntakeResult(submission_id=sid, outcome="quarantine", reason=reason)

    duplicates: list[str] = []
    shas = sorted({f.sha256 for f in submission.files if not f.is_mail_body})
    case_id, matched_by, reference = _find_case(
        conn,
        prepared.refs,
        prepared.thread,
        prepared.keys,
        shas,
        prepared.rep_keys,
        # Hashing every word pair costs milliseconds: only when this representative has cases at all.
        lambda: {k for rep in prepared.rep_keys for k in rep_text_keys(rep, prepared.text)},
    )
    new_case = case_id is None
    if new_case:
        row = store.new_case(conn, prepared.received.year)
        case_id, reference = row.id, row.reference
    sid = conn.execute(
        insert(submissions).values(**base, case_id=case_id, outcome="case", detail=matched_by)
    ).inserted_primary_key[0]
    seen: set[str] = set()
    for source_file in submission.files:
        if source_file.is_mail_body or source_file.sha256 in seen:
            continue
        seen.add(source_file.sha256)
        earlier = conn.execute(
            select(files.c.id, submissions.c.received, cases.c.reference)
            .join(submissions, submissions.c.id == files.c.submission_id)
            .outerjoin(cases, cases.c.id == submissions.c.case_id)
            .where(files.c.sha256 == source_file.sha256, files.c.duplicate_of.is_(None))
            .order_by(files.c.id)
        ).first()
        detail = ""
        if earlier:
            detail = f"{source_file.name}: bereits eingegangen am {german_date(earlier.received)}"
            if earlier.reference:
                detail += f" ({earlier.reference})"
            duplicates.append(detail)
        conn.execute(
            insert(files).values(
                submission_id=sid,
                sha256=source_file.sha256,
                name=source_file.name,
                duplicate_of=earlier.id if earlier else None,
                detail=detail,
            )
        )
    known = set(
        conn.execute(select(case_persons.c.person_key).where(case_persons.c.case_id == case_id)).scalars()
    )
    # Hashes only: person keys, who represents, and representative + person name (see _find_case).
    for key in [*prepared.keys, *prepared.rep_keys, *prepared.rep_person_keys]:
        if key not in known:
            known.add(key)
            conn.execute(insert(case_persons).values(case_id=case_id, person_key=key))
    conn.execute(update(cases).where(cases.c.id == case_id).values(report_stale=True))
    store.audit(
        conn,
        actor,
        "submission_received",
        case_id=case_id,
        submission_id=sid,
        obj=f"source={prepared.source} original={original.sha256[:16]} files={len(seen)} "
        f"duplicates={len(duplicates)} new_case={new_case} matched_by={matched_by or '-'}",
    )
    if journal:
        journal(conn, sid, "processed", "")
    return IntakeResult(
        submission_id=sid,
        outcome="case",
        case_id=case_id,
        case_reference=reference,
        new_case=new_case,
        matched_by=matched_by,
        duplicates=duplicates,
    )


def finish(store: Store, settings: Settings, done: list[tuple[Prepared, IntakeResult]], actor: str) -> None:
    """Bring the reports of the cases just written up to date: once per case, new ones in one commit.

    The submissions are already committed with report_stale set, so a failure here loses nothing:
    refresh_stale() redoes the report later. Hence errors are logged (ids only), not raised.
    """
    by_case: dict[int, list[tuple[Prepared, IntakeResult]]] = {}
    for prepared, result in done:
        if result.outcome == "case" and result.case_id is not None:
            by_case.setdefault(result.case_id, []).append((prepared, result))
    fresh: list[tuple[int, dict]] = []
    for case_id, entries in by_case.items():
        try:
            if len(entries) == 1 and entries[0][1].new_case:
                # The case is exactly this submission: its report needs no second pass over the files.
                prepared = entries[0][0]
                fresh.append(
                    (
                        case_id,
                        _case_report(
                            store, settings, case_id, prepared.submission, prepared.facts, prepared.received
                        ),
                    )
                )
            else:
                refresh_case(store, settings, case_id, actor)
        except Exception as exc:  # noqa: BLE001 - the report stays stale and is redone later
            log.warning("case report failed case=%s class=%s", case_id, type(exc).__name__)
    if fresh:
        store.save_reports(fresh, actor)


def submit(
    store: Store,
    settings: Settings,
    originals: list[Original],
    *,
    source: str,
    source_ref: str,
    actor: str,
    received: date | None = None,
    journal: Journal | None = None,
) -> IntakeResult:
    """Run the stages over one submission and commit it, with the source's journal entry, at once.

    A submission has exactly one original (a mail, a scanned file, or the ZIP the web upload makes
    of several files): the submissions table records one, and refresh_case re-reads only that one.
    """
    if len(originals) != 1:
        raise ValueError(f"submit() takes exactly one original per submission, got {len(originals)}")
    prepared = prepare(
        store, settings, originals[0], source=source, source_ref=source_ref, actor=actor, received=received
    )
    with store.transaction() as conn:
        result = commit_prepared(store, conn, prepared, journal)
    finish(store, settings, [(prepared, result)], actor)
    return result


def _save_case_report(
    store: Store,
    settings: Settings,
    case_id: int,
    submission: Submission,
    facts: CaseFacts,
    received: date,
    actor: str,
) -> dict:
    report = _case_report(store, settings, case_id, submission, facts, received)
    store.save_report(case_id, report, actor)
    return report


def _case_report(
    store: Store, settings: Settings, case_id: int, submission: Submission, facts: CaseFacts, received: date
) -> dict:
    """The case's report over these files (not saved)."""
    # The caseworkers' corrections (web UI) survive every re-evaluation, e.g. after a Nachreichung.
    found = case_corrections(store, case_id)
    sha_by_name = {f.name: f.sha256 for f in submission.files}
    if apply_document_corrections(facts.documents, sha_by_name, found):
        # Persons, triggers (document indices!) and topics follow the corrected documents.
        facts = collect_facts(facts.documents)
    findings = evaluate(facts, received, settings.rules_file)
    apply_checklist_corrections(findings.checklist, found)
    report = build_report(submission, facts, findings)
    for entry, doc in zip(report["documents"], facts.documents, strict=True):
        entry["sha256"] = sha_by_name.get(doc.file, "")
    report["corrections"] = [c["id"] for c in found]
    with store.engine.connect() as conn:
        reference = conn.execute(select(cases.c.reference).where(cases.c.id == case_id)).scalar_one()
    report["aktenzeichen"] = reference
    report["submissions"] = []
    for sub in store.case_submissions(case_id):
        stored = store.submission_files(sub["id"])
        report["submissions"].append(
            {
                "received": sub["received"].isoformat(),
                "source": sub["source"],
                "file": sub["original_name"],
                "files": [f["name"] for f in stored],
                "duplicates": [f["detail"] for f in stored if f["duplicate_of"]],
            }
        )
    report["duplicates"] = [d for s in report["submissions"] for d in s["duplicates"]]
    return report


def read_case(store: Store, settings: Settings, case_id: int) -> tuple[Submission, list[dict]]:
    """All stored originals of the case read again as one submission (the OCR cache makes this
    cheap), and the case's submissions they came from."""
    subs = [s for s in store.case_submissions(case_id) if s["outcome"] == "case"]
    originals, seen = [], set()
    for sub in subs:
        if sub["original_sha256"] not in seen:
            seen.add(sub["original_sha256"])
            originals.append(Original(sub["original_name"], sub["original_sha256"]))
    submission, _ = _ingest_originals(store, settings, originals)
    return submission, subs


def refresh_case(store: Store, settings: Settings, case_id: int, actor: str = "system") -> dict:
    """Re-read all files of the case as one submission and evaluate the checklist over them."""
    submission, subs = read_case(store, settings, case_id)
    # An exact duplicate counts once: keep the first copy of every file (mail bodies are not files).
    kept, shas = [], set()
    for source_file in submission.files:
        if not source_file.is_mail_body:
            if source_file.sha256 in shas:
                continue
            shas.add(source_file.sha256)
        kept.append(source_file)
    submission.files = kept
    facts = classify(submission, ClassifyOptions(**settings.classify))
    # Deadlines (e.g. "Gutachten not older than 3 months") count from the case's first receipt.
    received = min(s["received"] for s in subs) if subs else date.today()
    return _save_case_report(store, settings, case_id, submission, facts, received, actor)


def refresh_stale(store: Store, settings: Settings, actor: str = "system") -> int:
    """Bring reports up to date that a crash left behind; returns how many were refreshed."""
    stale = store.stale_cases()
    for case_id in stale:
        refresh_case(store, settings, case_id, actor)
    return len(stale)


# -- the scan/fax folder ----------------------------------------------------------------------

_crash_counts: dict[str, int] = {}


def _crash_point(name: str) -> None:
    """Test hook: HFK_TEST_CRASH="after_commit:3" kills this process with SIGKILL at that point."""
    spec = os.environ.get("HFK_TEST_CRASH")
    if not spec:
        return
    point, _, count = spec.partition(":")
    if point != name:
        return
    _crash_counts[name] = _crash_counts.get(name, 0) + 1
    if _crash_counts[name] >= int(count or 1):
        os.kill(os.getpid(), signal.SIGKILL)


@dataclass
class ScanSummary:
    processed: list[str] = field(default_factory=list)  # "name -> HFK-2025-0001"
    quarantined: list[str] = field(default_factory=list)  # "name: reason"
    left: list[str] = field(default_factory=list)  # never became stable during the batch

    def render(self) -> str:
        lines = [
            f"{len(self.processed)} Datei(en) verarbeitet, {len(self.quarantined)} in Quarantäne, "
            f"{len(self.left)} nicht fertig geschrieben (bleiben für den nächsten Lauf liegen)."
        ]
        lines += [f"  verarbeitet: {p}" for p in self.processed]
        lines += [f"  QUARANTÄNE:  {q}" for q in self.quarantined]
        lines += [f"  offen:       {name}" for name in self.left]
        return "\n".join(lines)


def take_scan_file(store: Store, settings: Settings, path: Path, summary: ScanSummary) -> None:
    """One stable file: commit it with its journal entry, then move it. Safe to repeat after a crash."""
    folder = str(path.parent.resolve())
    data = path.read_bytes()
    sha = store.put_original(data)
    row = store.scan_get(folder, path.name, sha)
    if row is None:

        def journal(conn: Connection, sid: int, outcome: str, reason: str) -> None:
            conn.execute(
                insert(scan_items).values(
                    folder=folder,
                    name=path.name,
                    sha256=sha,
                    outcome=outcome,
                    reason=reason,
                    submission_id=sid,
                    moved=False,
                    created=now_iso(),
                )
            )
            _crash_point("before_commit")

        submit(
            store,
            settings,
            [Original(path.name, sha)],
            source="scan",
            source_ref=f"scan:{path.name}",
            actor="scan",
            journal=journal,
        )
        _crash_point("after_commit")
        row = store.scan_get(folder, path.name, sha)
    # else: committed by an earlier run that died before the move; only the move is left.
    scan = settings.scan
    reference = None
    if row["submission_id"]:
        with store.engine.connect() as conn:
            reference = conn.execute(
                select(cases.c.reference)
                .join(submissions, submissions.c.case_id == cases.c.id)
                .where(submissions.c.id == row["submission_id"])
            ).scalar()
    if row["outcome"] == "quarantine":
        sidecar = {
            "datei": path.name,
            "sha256": sha,
            "grund": row["reason"],
            "eingang": row["created"],
            "was_tun": "Datei prüfen (z. B. neu scannen oder entschlüsselt ablegen) und erneut in den "
            "Eingangsordner legen.",
        }
        move_done(path, path.parent / scan["quarantine_subdir"], sidecar)
        summary.quarantined.append(f"{path.name}: {row['reason']}")
    else:
        move_done(path, path.parent / scan["processed_subdir"])
        summary.processed.append(f"{path.name} -> {reference}")
    _crash_point("after_move")
    store.scan_mark_moved(row["id"])


def _reconcile_moves(store: Store, folder: Path) -> None:
    """Journal rows of a run killed between the move and its note: the file is gone, so it was moved."""
    resolved = str(folder.resolve())
    for row in store.scan_rows():
        if row["folder"] == resolved and not row["moved"] and not (folder / row["name"]).exists():
            store.scan_mark_moved(row["id"])


def scan_batch(
    store: Store,
    settings: Settings,
    folder: Path,
    settle_s: float | None = None,
    progress: Callable[[str], None] | None = None,
    max_wait_factor: float = 20.0,
) -> ScanSummary:
    """The nightly run: take every file present at the start once it is stable, then stop."""
    settle = settings.scan["settle_s"] if settle_s is None else settle_s
    refresh_stale(store, settings, actor="scan")
    _reconcile_moves(store, folder)
    summary = ScanSummary()
    tracker = StabilityTracker(settle)
    waiting = {p.name for p in candidates(folder)}
    started = time.monotonic()
    while waiting:
        for path in tracker.stable(folder):
            if path.name not in waiting:
                continue  # arrived during the batch: the next run or `scan watch` takes it
            if progress:
                progress(f"nehme {path.name}")
            take_scan_file(store, settings, path, summary)
            tracker.forget(path)
            waiting.discard(path.name)
        waiting &= {p.name for p in candidates(folder)}  # removed by someone else meanwhile
        if not waiting:
            break
        if time.monotonic() - started > max(settle, 1.0) * max_wait_factor:
            summary.left = sorted(waiting)
            break
        time.sleep(min(max(settle / 4, 0.05), 1.0))
    return summary


def scan_watch(
    store: Store,
    settings: Settings,
    folder: Path,
    poll_interval_s: float | None = None,
    settle_s: float | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    progress: Callable[[str], None] | None = None,
) -> ScanSummary:
    """Keep taking files as they become stable until should_stop() says so."""
    interval = settings.scan["poll_interval_s"] if poll_interval_s is None else poll_interval_s
    settle = settings.scan["settle_s"] if settle_s is None else settle_s
    refresh_stale(store, settings, actor="scan")
    _reconcile_moves(store, folder)
    summary = ScanSummary()
    tracker = StabilityTracker(settle)
    while not should_stop():
        for path in tracker.stable(folder):
            if progress:
                progress(f"nehme {path.name}")
            take_scan_file(store, settings, path, summary)
            tracker.forget(path)
        time.sleep(min(interval, max(settle / 2, 0.05)) if settle else interval)
    return summary
