"""Benchmark: N mails with two small born-digital PDFs each, appended to a real Dovecot, ingested end to end.

Run as root with dovecot-imapd installed:  .venv/bin/python bench/bench_mail.py [--mails 500]
Prints mails per second for the whole path (IMAP fetch, store, ingest, classify, checklist, commit, move).
"""

from __future__ import annotations

import argparse
import email.policy
import json
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mails", type=int, default=500)
    args = parser.parse_args()
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
                host="127.0.0.1", port=server.port, tls=False, user=server.user, password=server.password
            )
            poller = Poller(config, store, mail_deliver(store, settings))
            started = time.perf_counter()
            stats = poller.poll_once()
            seconds = time.perf_counter() - started
            result = {
                "mails": args.mails,
                "processed": stats.processed,
                "seconds": round(seconds, 2),
                "mails_per_s": round(stats.processed / seconds, 1),
            }
            print(json.dumps(result))
            store.close()
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
