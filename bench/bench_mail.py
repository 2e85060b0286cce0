"""Benchmark: N mails with two small born-digital PDFs each, appended to a real Dovecot, ingested end to end.

Run as root with dovecot-imapd installed:  .venv/bin/python bench/bench_mail.py [--mails 500] [--breakdown]
Prints mails per second for the whole path (IMAP fetch, store, ingest, classify, checklist, commit,
move), including loading the language model once, and writes bench/last-mail.json. --breakdown adds
the wall time per step (timers around the steps; no profiler, so the total stays comparable).
"""

from __future__ import annotations

import argparse
import collections
import email.policy
import functools
import json
import os
import resource
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from imap_server import Dovecot  # noqa: E402
from imap_tools import MailBoxUnencrypted  # noqa: E402

from hfk.cli_intake import mail_deliver  # noqa: E402
from hfk.ingest import samples  # noqa: E402
from hfk.mailbox.poller import MailConfig, Poller  # noqa: E402
from hfk.settings import load_settings  # noqa: E402
from hfk.store import Store  # noqa: E402

TARGET_MAILS_PER_S = 10.0
RESULT = Path(__file__).resolve().parent / "last-mail.json"


def make_mail(number: int) -> bytes:
    message = EmailMessage()
    message["From"] = f"absender{number}@example.org"
    message["To"] = "hfk@example.org"
    message["Subject"] = f"Unterlagen {number}"
    message["Date"] = "Tue, 04 Mar 2025 10:15:00 +0100"
    message["Message-ID"] = f"<bench-{number}@example.org>"
    message.set_content("Sehr geehrte Damen und Herren,\nanbei zwei Unterlagen.\n")
    attest = samples.text_pdf([[f"Ärztliches Attest {number}", "Diagnose: F43.1", "Dortmund, 12.02.2025"]])
    vollmacht = samples.text_pdf([[*samples.VOLLMACHT, f"Nr. {number}"]])
    message.add_attachment(attest, maintype="application", subtype="pdf", filename="attest.pdf")
    message.add_attachment(vollmacht, maintype="application", subtype="pdf", filename="vollmacht.pdf")
    return message.as_bytes(policy=email.policy.SMTP)


class Breakdown:
    """Wall time per step: wraps named functions; a step inside another step counts only once."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = collections.defaultdict(float)
        self.active: list[str] = []

    def wrap(self, owner, name: str, label: str) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        def timed(*args, **kwargs):
            started = time.perf_counter()
            self.active.append(label)
            try:
                return original(*args, **kwargs)
            finally:
                self.active.pop()
                if label not in self.active:
                    self.seconds[label] += time.perf_counter() - started

        setattr(owner, name, timed)

    def install(self) -> None:
        import hfk.intake as intake
        import hfk.mailbox.poller as poller
        from hfk.classify import nlp

        self.wrap(nlp, "load_pipeline", "spaCy-Modell laden (einmal)")
        self.wrap(intake, "ingest", "ingest (Mail zerlegen, PDF-Text)")
        self.wrap(intake, "classify", "classify")
        self.wrap(intake, "evaluate", "checklist")
        self.wrap(intake, "_case_report", "Bericht bauen (inkl. checklist)")
        self.wrap(intake, "_mail_headers", "Mail-Kopf lesen")
        self.wrap(Store, "save_reports", "Berichte speichern (Commit)")
        self.wrap(Store, "put_original", "Original ablegen (fsync)")
        self.wrap(Store, "mail_record_stored", "Journal: Mails erfassen (Commit)")
        self.wrap(Store, "mails_get", "Journal: lesen")
        self.wrap(Store, "mail_same_raw", "Journal: Dublettenprüfung")
        self.wrap(poller, "identify", "Mail identifizieren (Kopf, SHA-256)")
        self.wrap(poller.Poller, "_fetch_many", "IMAP FETCH")
        self.wrap(poller.Poller, "_move_set", "IMAP MOVE")
        self.wrap(intake, "prepare", "prepare (ingest+classify, gesamt)")
        self.wrap(intake, "commit_prepared", "Eingänge schreiben (ohne Commit)")
        self.wrap(intake, "finish", "Berichte (gesamt)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mails", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=MailConfig.batch_size)
    parser.add_argument(
        "--workers", type=int, default=1, help="Prozesse für ingest+classify ([mail] workers)"
    )
    parser.add_argument(
        "--breakdown", action="store_true", help="Zeit je Schritt ausgeben (nur Hauptprozess)"
    )
    args = parser.parse_args()
    breakdown = Breakdown() if args.breakdown else None
    if breakdown:
        breakdown.install()
    server = Dovecot()
    server.start()
    try:
        with MailBoxUnencrypted("127.0.0.1", server.port).login(server.user, server.password) as box:
            for number in range(args.mails):
                box.append(make_mail(number), "INBOX")
        with tempfile.TemporaryDirectory() as tmp:
            settings = load_settings(None)
            settings.store["dir"] = tmp
            store = Store(tmp)
            config = MailConfig(
                host="127.0.0.1",
                port=server.port,
                tls=False,
                user=server.user,
                password=server.password,
                batch_size=args.batch_size,
            )
            settings.mail["workers"] = args.workers
            deliver = mail_deliver(store, settings)
            poller = Poller(config, store, deliver)
            cpu_before = resource.getrusage(resource.RUSAGE_SELF)
            started = time.perf_counter()
            stats = poller.poll_once()
            seconds = time.perf_counter() - started
            cpu_after = resource.getrusage(resource.RUSAGE_SELF)
            cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
            children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
            deliver.close()  # the worker processes end here; their CPU time becomes countable
            children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
            workers_cpu = (children_after.ru_utime - children_before.ru_utime) + (
                children_after.ru_stime - children_before.ru_stime
            )
            result = {
                "mails": args.mails,
                "processed": stats.processed,
                "batch_size": args.batch_size,
                "workers": args.workers,
                "seconds": round(seconds, 2),
                "mails_per_s": round(stats.processed / seconds, 1),
                "cpu_s_main_process": round(cpu, 2),
                "cpu_s_workers": round(workers_cpu, 2),
                "cores": os.cpu_count(),
                "load_avg_1min": round(os.getloadavg()[0], 2),
                "target_mails_per_s": TARGET_MAILS_PER_S,
                "verdict": "ok" if stats.processed / seconds >= TARGET_MAILS_PER_S else "FAIL",
            }
            if breakdown:
                result["ms_per_mail"] = {
                    label: round(value / max(1, args.mails) * 1000, 1)
                    for label, value in sorted(breakdown.seconds.items(), key=lambda kv: -kv[1])
                }
            print(json.dumps(result, ensure_ascii=False, indent=2))
            RESULT.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            store.close()
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
