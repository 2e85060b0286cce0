"""The case store: schema, originals, references, Nachreichungen, duplicates, audit log, concurrent writers."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

from hfk.ingest import samples
from hfk.intake import Original, submit
from hfk.settings import load_settings
from hfk.store import MIGRATIONS, Store

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)
from pg_server import Postgres, unavailable_reason  # noqa: E402

ANTRAG = [
    "Rechtsanwältin Dr. Miriam Albers, Hohe Straße 12, 44139 Dortmund",
    "Geschäftsstelle der Härtefallkommission, Völklinger Str. 4, 40219 Düsseldorf",
    "Dortmund, den 03.03.2025",
    "Härtefallantrag gemäß § 23a AufenthG",
    "Namens und im Auftrag meiner Mandanten beantrage ich, die Härtefallkommission möge sich mit dem",
    "Fall befassen. Der Antrag betrifft folgende Personen:",
    "1. Karimi, Ahmad, geb. 03.04.1988 in Kabul, afghanisch",
    "Wohnhaft: Musterstraße 5, 44135 Dortmund",
    "Begründung: Herr Karimi reiste am 14.08.2015 nach Deutschland ein und arbeitet als Lagerhelfer.",
]

ERGAENZUNG = [
    "Beratungsstelle Nord, Dortmund",
    "An die Härtefallkommission NRW",
    "Ergänzung zum Härtefallantrag",
    "Der Antrag betrifft folgende Personen:",
    "1. Karimi, Ahmad, geb. 03.04.1988 in Kabul, afghanisch",
    "Anbei reichen wir die Vollmacht nach.",
]


@pytest.fixture(scope="module")
def postgres():
    reason = unavailable_reason()
    if reason:
        pytest.skip(f"PostgreSQL-Test übersprungen: {reason}")
    server = Postgres()
    server.start()
    yield server
    server.cleanup()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request) -> str:
    """The default SQLite store (""), or a fresh database on a throwaway PostgreSQL."""
    if request.param == "sqlite":
        return ""
    return request.getfixturevalue("postgres").create_database(f"hfk_{uuid.uuid4().hex[:12]}")


def _setup(tmp_path: Path, url: str = ""):
    settings = load_settings(None)
    settings.store["dir"] = str(tmp_path / "store")
    settings.store["url"] = url
    return settings, Store(tmp_path / "store", url)


def _submit(store, settings, name: str, lines: list[list[str]], ref: str):
    sha = store.put_original(samples.text_pdf(lines))
    return submit(store, settings, [Original(name, sha)], source="cli", source_ref=ref, actor="test")


def test_schema_is_migrated_once_and_sqlite_is_in_wal_mode(tmp_path):
    store = Store(tmp_path / "s")
    assert store.version() == len(MIGRATIONS)
    store.close()
    again = Store(tmp_path / "s")
    assert again.version() == len(MIGRATIONS)
    with again.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM schema_version").scalar() == len(MIGRATIONS)


def test_originals_are_content_addressed_and_never_overwritten(tmp_path):
    store = Store(tmp_path / "s")
    sha = store.put_original(b"erste Fassung")
    path = store.original_path(sha)
    assert path == tmp_path / "s" / "originals" / sha[:2] / sha
    inode = path.stat().st_ino
    assert store.put_original(b"erste Fassung") == sha
    assert path.stat().st_ino == inode  # the same file, not rewritten
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".tmp")]


def test_references_are_sequential_per_year(tmp_path, db_url):
    store = Store(tmp_path / "s", db_url)
    assert store.version() == len(MIGRATIONS)
    with store.transaction() as conn:
        refs = [store.new_case(conn, year).reference for year in (2025, 2025, 2026, 2025)]
    assert refs == ["HFK-2025-0001", "HFK-2025-0002", "HFK-2026-0001", "HFK-2025-0003"]


def test_concurrent_writers_get_distinct_references(tmp_path, db_url):
    Store(tmp_path / "s", db_url).close()
    made: list[str] = []
    errors: list[BaseException] = []

    def writer():
        store = Store(tmp_path / "s", db_url)  # its own engine, as a second process would have
        try:
            for _ in range(15):
                with store.transaction() as conn:
                    made.append(store.new_case(conn, 2025).reference)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=writer) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(made) == [f"HFK-2025-{n:04d}" for n in range(1, 46)]


def test_nachreichung_by_person_and_by_reference_and_duplicates(tmp_path, db_url):
    settings, store = _setup(tmp_path, db_url)
    first = _submit(store, settings, "antrag.pdf", [ANTRAG], "a")
    assert first.new_case and first.case_reference.startswith("HFK-")

    # The same person (name + birth date) in a letter from someone else: the same case.
    second = _submit(store, settings, "ergaenzung.pdf", [ERGAENZUNG], "b")
    assert (second.case_reference, second.matched_by) == (first.case_reference, "person")

    # The office's reference in the text: the same case, though nothing else links it.
    third = _submit(
        store, settings, "vollmacht.pdf", [[f"Aktenzeichen {first.case_reference}", *samples.VOLLMACHT]], "c"
    )
    assert (third.case_reference, third.matched_by) == (first.case_reference, "aktenzeichen")

    # The very same PDF once more: recorded as a duplicate, attached to its case, not counted twice.
    fourth = _submit(store, settings, "antrag-kopie.pdf", [ANTRAG], "d")
    assert fourth.case_reference == first.case_reference
    assert len(fourth.duplicates) == 1 and "bereits eingegangen am" in fourth.duplicates[0]

    unrelated = _submit(store, settings, "attest.pdf", [["Ärztliches Attest", "Diagnose: F43.1"]], "e")
    assert unrelated.new_case and unrelated.case_reference != first.case_reference

    report = store.report(first.case_id)
    assert report["aktenzeichen"] == first.case_reference
    assert len(report["submissions"]) == 4
    assert [d["file"] for d in report["documents"]].count("antrag-kopie.pdf") == 0
    types = {d["type"] for d in report["documents"]}
    assert "vollmacht" in types and "antrag" in types
    vollmacht = next(i for i in report["checklist"] if i["id"] == "vollmacht")
    assert vollmacht["status"] == "ok"  # satisfied by the Nachreichung: evaluated over the whole case

    # The audit log carries ids and hashes, never names or document text.
    log = store.audit_log()
    assert {"submission_received", "report_updated"} <= {e["action"] for e in log}
    text = repr(log)
    assert "Karimi" not in text and "Albers" not in text and "Attest" not in text


def test_cases_commands(tmp_path):
    settings, store = _setup(tmp_path)
    result = _submit(store, settings, "antrag.pdf", [ANTRAG], "a")
    store.close()
    config = tmp_path / "hfk.toml"
    config.write_text(f'[store]\ndir = "{tmp_path / "store"}"\n', encoding="utf-8")
    hfk = [sys.executable, "-m", "hfk", "--config", str(config), "cases"]
    env = dict(os.environ)
    listing = subprocess.run([*hfk, "list"], capture_output=True, text=True, env=env, timeout=120)
    assert result.case_reference in listing.stdout
    show = subprocess.run([*hfk, "show", result.case_reference], capture_output=True, text=True, timeout=120)
    assert show.returncode == 0 and "antrag.pdf" in show.stdout
    out = tmp_path / "bericht"
    report = subprocess.run(
        [*hfk, "report", result.case_reference, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert report.returncode == 0, report.stderr
    assert {p.name for p in out.iterdir()} == {"report.json", "report.html", "eingangsbestaetigung.docx"}
    assert result.case_reference in (out / "report.html").read_text(encoding="utf-8")
    missing = subprocess.run([*hfk, "show", "HFK-1999-0001"], capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "kein Fall" in missing.stderr


def _letter(sender: str, about: str) -> list[str]:
    """A Nachreichung: a cover letter naming the person without birth date, and a Vollmacht."""
    return [
        sender,
        "An die Geschäftsstelle der Härtefallkommission NRW",
        "Dortmund, den 20.03.2025",
        f"In der Härtefallsache {about} reiche ich für meinen Mandanten die unterschriebene Vollmacht nach.",
        "Mit freundlichen Grüßen",
        "Rechtsanwältin Albers",
    ]


def _submit_pages(store, settings, name: str, pages: list[list[str]], ref: str):
    sha = store.put_original(samples.text_pdf(pages))
    return submit(store, settings, [Original(name, sha)], source="cli", source_ref=ref, actor="test")


def test_nachreichung_by_the_same_representative_about_the_same_person_joins_the_case(tmp_path, db_url):
    settings, store = _setup(tmp_path, db_url)
    first = _submit(store, settings, "antrag.pdf", [ANTRAG], "a")
    albers = "Rechtsanwältin Miriam Albers, Hohe Straße 12, 44139 Dortmund"

    # The same lawyer about the same person, without birth date; the name in capitals and with an
    # OCR slip ("rn" for "m"): the same case.
    later = _submit_pages(
        store, settings, "nachreichung.pdf", [_letter(albers, "KARIMI, Ahrnad"), samples.VOLLMACHT], "b"
    )
    assert (later.case_reference, later.matched_by) == (first.case_reference, "vertretung_person")
    # First name before surname, umlaut-free spelling of the lawyer's address: still the same.
    again = _submit_pages(
        store, settings, "nachreichung2.pdf", [_letter(albers, "Ahmad Karimi"), samples.VOLLMACHT], "c"
    )
    assert again.case_reference == first.case_reference

    # The same lawyer about another person: a new case.
    other_person = _submit_pages(
        store, settings, "andere.pdf", [_letter(albers, "Nouri, Samira"), samples.VOLLMACHT], "d"
    )
    assert other_person.new_case and other_person.case_reference != first.case_reference

    # Another representative about a person of the same name (no birth date to tell): a new case.
    other_rep = [
        "Rechtsanwalt Jonas Berger, Kaiserstraße 40, 45127 Essen",
        *_letter("", "Karimi, Ahmad")[1:5],
        "Rechtsanwalt Berger",
    ]
    stranger = _submit_pages(store, settings, "berger.pdf", [other_rep, samples.VOLLMACHT], "e")
    assert stranger.new_case and stranger.case_reference not in (
        first.case_reference,
        other_person.case_reference,
    )

    report = store.report(first.case_id)
    assert len(report["submissions"]) == 3
    # Only hashes are stored for the rule: no name in the store's key table or the audit log.
    with store.engine.connect() as conn:
        stored = " ".join(conn.exec_driver_sql("SELECT person_key FROM case_persons").scalars())
    assert "karimi" not in stored.casefold() and "albers" not in stored.casefold()
    assert "Karimi" not in repr(store.audit_log())
