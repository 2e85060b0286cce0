"""The IMAP poller against a real Dovecot: lossless under cut connections, restarts, deletions, UIDVALIDITY."""

from __future__ import annotations

import email.policy
import os
import signal
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from imap_tools import MailBoxUnencrypted
from sqlalchemy import func, select

from hfk.cli_intake import mail_deliver
from hfk.ingest import samples
from hfk.mailbox.poller import CONNECTION_ERRORS, MailConfig, Poller
from hfk.settings import load_settings
from hfk.store import Store, submissions

sys.path.insert(0, str(Path(__file__).parent))  # the helper module beside this file (importlib mode)
from imap_server import CuttingProxy, Dovecot, available, random_gaps  # noqa: E402

pytestmark = pytest.mark.skipif(not available(), reason="needs Debian's dovecot-imapd and root")

FOLDER = "Eingang"  # not INBOX: the UIDVALIDITY test deletes and recreates it


def make_mail(number: int, body: str | None = None, pdf: bytes | None = None, subject: str = "") -> bytes:
    message = EmailMessage()
    message["From"] = f"absender{number}@example.org"
    message["To"] = "hfk@example.org"
    message["Subject"] = subject or f"Unterlagen {number}"
    message["Date"] = "Tue, 04 Mar 2025 10:15:00 +0100"
    message["Message-ID"] = f"<mail-{number}@test.example.org>"
    message.set_content(body or f"Sehr geehrte Damen und Herren,\nanbei die Unterlagen Nr. {number}.\n")
    if pdf:
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"anlage-{number}.pdf")
    return message.as_bytes(policy=email.policy.SMTP)  # CRLF, as IMAP stores it


@pytest.fixture
def dovecot():
    server = Dovecot()
    server.start()
    yield server
    server.cleanup()


def imap(server: Dovecot) -> MailBoxUnencrypted:
    return MailBoxUnencrypted("127.0.0.1", server.port).login(
        server.user, server.password, initial_folder=None
    )


def append(server: Dovecot, raws: list[bytes], folder: str = FOLDER) -> None:
    with imap(server) as box:
        if folder not in {f.name for f in box.folder.list()}:
            box.folder.create(folder)
        for raw in raws:
            box.append(raw, folder)


def count(server: Dovecot, folder: str) -> int:
    with imap(server) as box:
        if folder not in {f.name for f in box.folder.list()}:
            return 0
        return box.folder.status(folder, ["MESSAGES"])["MESSAGES"]


class Setup:
    def __init__(
        self, tmp_path: Path, server: Dovecot, port: int | None = None, workers: int = 1, **overrides
    ) -> None:
        self.settings = load_settings(None)
        self.settings.store["dir"] = str(tmp_path / "store")
        # In-process by default (quick to start); the 200-mail test uses worker processes.
        self.settings.mail["workers"] = workers
        self.store = Store(tmp_path / "store")
        values = dict(
            host="127.0.0.1",
            port=port or server.port,
            tls=False,
            user=server.user,
            password=server.password,
            folder=FOLDER,
            backoff_s=0,
            max_attempts=3,
            timeout_s=10,
        )
        values.update(overrides)
        self.config = MailConfig(**values)
        self.delivered = 0
        self.hooks: dict[int, callable] = {}
        self.fail_ids: dict[str, int] = {}  # Message-ID -> how many more times processing fails
        real = self.real = mail_deliver(self.store, self.settings)

        def deliver(items: list[tuple[dict, bytes]]) -> list[str | None]:
            """The real batch deliver; the mails in fail_ids fail, hooks run after the batch's commit."""
            outcomes: list[str | None] = [None] * len(items)
            passing = []
            for index, (row, _raw) in enumerate(items):
                if self.fail_ids.get(row["message_id"], 0) > 0:
                    self.fail_ids[row["message_id"]] -= 1
                    outcomes[index] = "RuntimeError: Testfehler bei der Verarbeitung"
                else:
                    passing.append(index)
            for index, outcome in zip(passing, real([items[i] for i in passing]), strict=True):
                outcomes[index] = outcome
                if outcome is None:
                    self.delivered += 1
                    if self.delivered in self.hooks:
                        self.hooks[self.delivered]()
            return outcomes

        self.poller = Poller(self.config, self.store, deliver)

    def run_until_done(self, max_rounds: int = 200) -> int:
        """Poll until a poll finds nothing left; returns how many polls broke off on a connection error."""
        broken = 0
        for _ in range(max_rounds):
            try:
                stats = self.poller.poll_once()
            except CONNECTION_ERRORS:
                broken += 1
                continue
            if stats.seen == 0 and not self.store.mails_due(self.config.account, self.config.max_attempts):
                return broken
        raise AssertionError("the poller did not finish")

    def submission_counts(self) -> tuple[int, int]:
        with self.store.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(submissions)).scalar()
            distinct = conn.execute(select(func.count(func.distinct(submissions.c.original_sha256)))).scalar()
        return total, distinct

    def processed_message_ids(self) -> list[str]:
        return sorted(r["message_id"] for r in self.store.mail_rows() if r["state"] == "processed")


def test_200_mails_with_20_cut_connections_each_processed_exactly_once(tmp_path, dovecot):
    raws = [make_mail(n) for n in range(200)]
    append(dovecot, raws)
    # Gaps of 0.3-8 kB: the cuts land in logins, FETCH literals, MOVEs and STATUS answers alike.
    proxy = CuttingProxy(
        dovecot.port, random_gaps(20, 300, 8_000, seed=int(os.environ.get("HFK_CUT_SEED", "7")))
    )
    setup = Setup(tmp_path, dovecot, port=proxy.port, workers=2)
    try:
        broken = setup.run_until_done()
    finally:
        proxy.close()
        setup.real.close()
    assert proxy.cuts_done == 20, f"only {proxy.cuts_done} cuts in {proxy.bytes} bytes"
    assert broken >= 1
    total, distinct = setup.submission_counts()
    assert (total, distinct) == (200, 200)
    assert setup.processed_message_ids() == sorted(f"<mail-{n}@test.example.org>" for n in range(200))
    assert count(dovecot, FOLDER) == 0
    assert count(dovecot, setup.config.processed_folder) == 200
    assert count(dovecot, setup.config.failed_folder) == 0
    # Every raw mail is kept, content-addressed, exactly as fetched.
    for row in setup.store.mail_rows():
        assert setup.store.read_original(row["sha256"]) in raws
    assert len(setup.store.list_cases()) == 200


def test_server_restart_and_a_mail_deleted_by_a_person_mid_run(tmp_path, dovecot):
    append(dovecot, [make_mail(n) for n in range(30)])
    setup = Setup(tmp_path, dovecot, batch_size=5)

    def delete_by_person():
        with imap(dovecot) as box:
            box.folder.set(FOLDER)
            uids = box.uids("ALL")
            box.delete(uids[-1])  # a mail not yet fetched
            box.delete(uids[0])  # the mail just processed, before the poller could move it

    setup.hooks[5] = delete_by_person
    setup.hooks[12] = dovecot.restart
    broken = setup.run_until_done()
    assert broken >= 1  # the restart broke the poll that was running
    total, distinct = setup.submission_counts()
    assert total == distinct == 29  # the one deleted before it was fetched is gone, nothing twice
    assert len(setup.processed_message_ids()) == 29
    assert count(dovecot, FOLDER) == 0
    assert count(dovecot, setup.config.processed_folder) == 28  # one was deleted after processing


def test_uidvalidity_change_never_processes_a_mail_twice(tmp_path, dovecot):
    raws = [make_mail(n) for n in range(10)]
    append(dovecot, raws)
    proxy = CuttingProxy(dovecot.port)
    setup = Setup(tmp_path, dovecot, port=proxy.port, batch_size=4)
    # After the first batch's commit the line dies before the MOVE: mails 0-3 are committed but still there.
    setup.hooks[4] = proxy.cut_all
    with pytest.raises(CONNECTION_ERRORS):
        setup.poller.poll_once()
    assert setup.delivered == 4
    # A person (or a server migration) recreates the folder: same mails, new UIDVALIDITY, new UIDs.
    with imap(dovecot) as box:
        old_validity = box.folder.status(FOLDER, ["UIDVALIDITY"])["UIDVALIDITY"]
        box.folder.delete(FOLDER)
    append(dovecot, raws)
    with imap(dovecot) as box:
        assert box.folder.status(FOLDER, ["UIDVALIDITY"])["UIDVALIDITY"] != old_validity
    setup.run_until_done()
    proxy.close()
    total, distinct = setup.submission_counts()
    assert total == distinct == 10
    states = [r["state"] for r in setup.store.mail_rows()]
    assert states.count("processed") == 10
    assert states.count("duplicate") == 4
    assert count(dovecot, FOLDER) == 0


def test_failed_mail_goes_to_failed_folder_and_is_retried_from_the_store(tmp_path, dovecot):
    append(dovecot, [make_mail(n) for n in range(4)])
    setup = Setup(tmp_path, dovecot, max_attempts=3)
    setup.fail_ids["<mail-1@test.example.org>"] = 1  # fails once, then works
    setup.fail_ids["<mail-2@test.example.org>"] = 99  # always fails
    stats = setup.poller.poll_once()
    assert (stats.processed, stats.failed) == (2, 2)
    assert count(dovecot, setup.config.failed_folder) == 2
    failed = {r["message_id"]: r for r in setup.store.mail_rows() if r["state"] == "failed"}
    assert "RuntimeError: Testfehler" in failed["<mail-1@test.example.org>"]["last_error"]
    setup.run_until_done()
    rows = {r["message_id"]: r for r in setup.store.mail_rows()}
    assert rows["<mail-1@test.example.org>"]["state"] == "processed"
    assert rows["<mail-2@test.example.org>"]["state"] == "failed"
    assert rows["<mail-2@test.example.org>"]["attempts"] == 3  # bounded, then left for a person
    assert count(dovecot, setup.config.failed_folder) == 1
    assert count(dovecot, setup.config.processed_folder) == 3
    assert setup.submission_counts() == (3, 3)


def test_backoff_delays_the_retry(tmp_path, dovecot):
    append(dovecot, [make_mail(1)])
    setup = Setup(tmp_path, dovecot, backoff_s=3600)
    setup.fail_ids["<mail-1@test.example.org>"] = 1
    setup.poller.poll_once()
    stats = setup.poller.poll_once()
    assert stats.retried_ok == 0  # not due for an hour
    row = setup.store.mail_rows()[0]
    assert (row["state"], row["attempts"]) == ("failed", 1)
    assert row["next_attempt_at"] > row["updated"]


def test_nachreichung_by_reference_in_subject_joins_the_case(tmp_path, dovecot):
    antrag = samples.text_pdf([["Antrag an die Härtefallkommission", "Hiermit beantrage ich ..."]])
    append(dovecot, [make_mail(1, pdf=antrag)])
    setup = Setup(tmp_path, dovecot)
    setup.run_until_done()
    [case] = setup.store.list_cases()
    vollmacht = samples.text_pdf([samples.VOLLMACHT])
    append(
        dovecot,
        [
            make_mail(2, pdf=vollmacht, subject=f"Nachreichung zu {case['reference']}"),
            make_mail(3, pdf=antrag, subject="nochmal"),  # the same PDF again: a duplicate
        ],
    )
    setup.run_until_done()
    cases = setup.store.list_cases()
    assert len(cases) == 1 and cases[0]["submissions"] == 3
    report = setup.store.report(cases[0]["id"])
    assert report["aktenzeichen"] == case["reference"]
    assert {d["type"] for d in report["documents"]} >= {"vollmacht"}
    assert len(report["duplicates"]) == 1 and "bereits eingegangen am" in report["duplicates"][0]
    # The duplicate PDF is not counted twice in the case's documents.
    assert sum(1 for d in report["documents"] if d["file"].startswith("anlage-1")) == 1
    assert sum(1 for d in report["documents"] if d["file"].startswith("anlage-3")) == 0


def test_hfk_mail_poll_command_reads_password_from_environment(tmp_path, dovecot):
    append(dovecot, [make_mail(1)], folder="INBOX")
    config = tmp_path / "hfk.toml"
    config.write_text(
        f'[store]\ndir = "{tmp_path / "store"}"\n'
        f'[mail]\nhost = "127.0.0.1"\nport = {dovecot.port}\ntls = false\nuser = "{dovecot.user}"\n'
        'password_env = "HFK_TEST_PW"\n',
        encoding="utf-8",
    )
    env = dict(os.environ, HFK_TEST_PW=dovecot.password)
    run = subprocess.run(
        [sys.executable, "-m", "hfk", "--config", str(config), "mail", "poll"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "1 verarbeitet" in run.stdout
    listing = subprocess.run(
        [sys.executable, "-m", "hfk", "--config", str(config), "cases", "list"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "HFK-" in listing.stdout
    env.pop("HFK_TEST_PW")
    missing = subprocess.run(
        [sys.executable, "-m", "hfk", "--config", str(config), "mail", "poll"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert missing.returncode == 3
    assert "HFK_TEST_PW" in missing.stderr


def test_retry_that_lost_its_move_still_ends_in_processed_and_is_recorded_once(tmp_path, dovecot):
    append(dovecot, [make_mail(n) for n in range(3)])
    proxy = CuttingProxy(dovecot.port)
    try:
        setup = Setup(tmp_path, dovecot, port=proxy.port)
        setup.fail_ids["<mail-1@test.example.org>"] = 1  # fails once, the retry works
        stats = setup.poller.poll_once()
        assert (stats.processed, stats.failed) == (2, 1)
        assert count(dovecot, setup.config.failed_folder) == 1
        # The retry commits (3rd delivery), then the line dies before the mail leaves the failed folder.
        setup.hooks[3] = proxy.cut_all
        with pytest.raises(CONNECTION_ERRORS):
            setup.poller.poll_once()
        row = next(r for r in setup.store.mail_rows() if r["message_id"] == "<mail-1@test.example.org>")
        assert row["state"] == "processed" and row["failed_copy"]
        assert count(dovecot, setup.config.failed_folder) == 1  # stranded there, for now
        setup.run_until_done()
    finally:
        proxy.close()
    assert count(dovecot, setup.config.failed_folder) == 0
    assert count(dovecot, setup.config.processed_folder) == 3
    assert setup.submission_counts() == (3, 3)
    row = next(r for r in setup.store.mail_rows() if r["message_id"] == "<mail-1@test.example.org>")
    assert (row["state"], row["failed_copy"], row["attempts"]) == ("processed", False, 1)
    assert setup.delivered == 3  # the mail was not processed a second time


# -- `hfk mail watch` as the long-running service --------------------------------------------------


def _watch_config(tmp_path: Path, port: int, server: Dovecot, **mail) -> Path:
    values = dict(
        host="127.0.0.1",
        port=port,
        tls=False,
        user=server.user,
        password_env="HFK_TEST_PW",
        folder=FOLDER,
        idle=True,
        poll_interval_s=600,  # only IDLE can bring a new mail in within the test
        backoff_s=0,
    )
    values.update(mail)
    lines = [f'[store]\ndir = "{tmp_path / "store"}"', "[mail]"]
    for key, value in values.items():
        lines.append(f"{key} = {str(value).lower() if isinstance(value, bool) else repr(value)}")
    config = tmp_path / "hfk.toml"
    config.write_text("\n".join(lines).replace("'", '"') + "\n", encoding="utf-8")
    return config


class Watcher:
    """`hfk mail watch` as a real child process, output into files (a full pipe would block it)."""

    def __init__(self, tmp_path: Path, config: Path, server: Dovecot) -> None:
        self.err_path = tmp_path / "watch.err"
        self.out_path = tmp_path / "watch.out"
        env = dict(os.environ, HFK_TEST_PW=server.password)
        with open(self.out_path, "w") as out, open(self.err_path, "w") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "hfk", "--config", str(config), "mail", "watch"],
                stdout=out,
                stderr=err,
                env=env,
            )

    def stderr(self) -> str:
        return self.err_path.read_text(encoding="utf-8")

    def wait_for(self, condition, what: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return
            assert self.process.poll() is None, f"watch ended early: {self.stderr()}"
            time.sleep(0.3)
        raise AssertionError(f"watch: {what} did not happen; stderr: {self.stderr()}")

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=60)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def _settled(tmp_path: Path, total: int) -> Store:
    """The store after the watcher ended: every journalled mail finished, every report current."""
    store = Store(tmp_path / "store")
    rows = store.mail_rows()
    assert {r["state"] for r in rows} <= {"processed"}
    assert store.stale_cases() == []
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(submissions)).scalar() == len(rows)
    assert len(rows) <= total
    return store


def test_mail_watch_takes_new_mails_through_idle_and_stops_cleanly_on_sigterm(tmp_path, dovecot):
    append(dovecot, [make_mail(1)])
    processed = MailConfig(host="", user="", password="").processed_folder
    watcher = Watcher(tmp_path, _watch_config(tmp_path, dovecot.port, dovecot, batch_size=4), dovecot)
    try:
        watcher.wait_for(lambda: count(dovecot, processed) == 1, "the first mail")
        time.sleep(1)  # the watcher is in IDLE now
        append(dovecot, [make_mail(2)])
        watcher.wait_for(lambda: count(dovecot, processed) == 2, "the mail announced by IDLE")
        # A burst, and SIGTERM as soon as the first batch of it is through: the batch in hand is
        # finished (committed AND moved), the rest stays untouched in the folder.
        append(dovecot, [make_mail(n) for n in range(10, 30)])
        watcher.wait_for(lambda: count(dovecot, processed) >= 3, "the burst")
        assert watcher.stop() == 0, watcher.stderr()
    finally:
        watcher.kill()
    store = _settled(tmp_path, 22)
    done = len(store.mail_rows())
    assert count(dovecot, processed) == done
    assert count(dovecot, FOLDER) == 22 - done
    store.close()
    # The next run finishes the rest: every mail exactly once.
    config = _watch_config(tmp_path, dovecot.port, dovecot)
    run = subprocess.run(
        [sys.executable, "-m", "hfk", "--config", str(config), "mail", "poll"],
        capture_output=True,
        text=True,
        env=dict(os.environ, HFK_TEST_PW=dovecot.password),
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    store = _settled(tmp_path, 22)
    assert len(store.mail_rows()) == 22
    assert (count(dovecot, processed), count(dovecot, FOLDER)) == (22, 0)


def test_mail_watch_reconnects_after_the_line_drops_during_idle(tmp_path, dovecot):
    proxy = CuttingProxy(dovecot.port)
    append(dovecot, [make_mail(1)])
    processed = MailConfig(host="", user="", password="").processed_folder
    watcher = Watcher(tmp_path, _watch_config(tmp_path, proxy.port, dovecot), dovecot)
    try:
        watcher.wait_for(lambda: count(dovecot, processed) == 1, "the first mail")
        time.sleep(1.5)  # the watcher is in IDLE now
        proxy.cut_all()
        append(dovecot, [make_mail(2)])
        watcher.wait_for(lambda: count(dovecot, processed) == 2, "the mail after the reconnect")
        assert "Verbindung zum Postfach verloren" in watcher.stderr()
        assert watcher.stop() == 0, watcher.stderr()
    finally:
        watcher.kill()
        proxy.close()
    store = _settled(tmp_path, 2)
    assert len(store.mail_rows()) == 2
