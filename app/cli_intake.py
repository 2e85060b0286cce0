"""Commands of the unattended intake: mailbox poller, scan folder batch, cases in the store."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_SETTINGS = 3
EXIT_QUARANTINE = 4  # the batch ran, but at least one file went to quarantine
EXIT_MAIL = 5  # the mailbox could not be reached or a mail failed


def register(commands, common: argparse.ArgumentParser) -> None:
    """Add the intake subcommands to the `hfk` parser."""
    scan = commands.add_parser("scan", parents=[common], help="Scan-/Faxordner verarbeiten")
    scan_commands = scan.add_subparsers(dest="scan_command", metavar="SUBCOMMAND", required=True)
    batch = scan_commands.add_parser(
        "batch",
        parents=[common],
        help="alle Dateien im Ordner einmal verarbeiten (nächtlicher Lauf)",
        description="Nimmt jede Datei, sobald sie fertig geschrieben ist, legt sie im Fallspeicher ab und "
        "verschiebt sie danach nach processed/ oder quarantine/. Exit-Code 4, wenn etwas in Quarantäne ging.",
    )
    watch = scan_commands.add_parser("watch", parents=[common], help="Ordner fortlaufend beobachten")
    for sub in (batch, watch):
        sub.add_argument("folder", type=Path, metavar="DIR")
        sub.add_argument(
            "--settle", type=float, metavar="S", help="Sekunden ohne Änderung, bis eine Datei fertig gilt"
        )
    watch.add_argument("--poll-interval", type=float, metavar="S", help="Sekunden zwischen zwei Blicken")

    mail = commands.add_parser("mail", parents=[common], help="Postfach abrufen (IMAP)")
    mail_commands = mail.add_subparsers(dest="mail_command", metavar="SUBCOMMAND", required=True)
    mail_commands.add_parser("poll", parents=[common], help="einmal abrufen")
    mail_commands.add_parser("watch", parents=[common], help="fortlaufend abrufen (IDLE oder Intervall)")

    case = commands.add_parser("cases", parents=[common], help="Fälle im Fallspeicher")
    case_commands = case.add_subparsers(dest="cases_command", metavar="SUBCOMMAND", required=True)
    case_commands.add_parser("list", parents=[common], help="alle Fälle")
    show = case_commands.add_parser("show", parents=[common], help="ein Fall mit Eingängen und Checkliste")
    show.add_argument("reference", metavar="AKTENZEICHEN")
    report = case_commands.add_parser(
        "report", parents=[common], help="Bericht und Entwurf eines Falls schreiben"
    )
    report.add_argument("reference", metavar="AKTENZEICHEN")
    report.add_argument("--out", required=True, type=Path, metavar="DIR")


def dispatch(args: argparse.Namespace, settings) -> int | None:
    """Run an intake subcommand; None when args.command is not one of ours."""
    if args.command not in ("scan", "mail", "cases"):
        return None
    from hfk.store import open_for_command

    store = open_for_command(settings)
    if store is None:
        return EXIT_SETTINGS
    try:
        if args.command == "scan":
            return _scan(args, settings, store)
        if args.command == "mail":
            return _mail(args, settings, store)
        return _cases(args, settings, store)
    finally:
        store.close()


def _say(args, message: str) -> None:
    if not args.quiet:
        print(message, file=sys.stderr, flush=True)


class _Stop:
    """SIGTERM/SIGINT end a watch loop after the current file or mail, never in the middle."""

    def __init__(self) -> None:
        self.requested = False
        signal.signal(signal.SIGTERM, self._handle)
        signal.signal(signal.SIGINT, self._handle)

    def _handle(self, *_args) -> None:
        self.requested = True

    def __call__(self) -> bool:
        return self.requested


def _scan(args, settings, store) -> int:
    from hfk.intake import scan_batch, scan_watch

    if not args.folder.is_dir():
        print(f"Fehler: Ordner {args.folder} nicht gefunden.", file=sys.stderr)
        return EXIT_USAGE
    progress = None if args.quiet else (lambda message: _say(args, "  " + message))
    if args.scan_command == "batch":
        summary = scan_batch(store, settings, args.folder, settle_s=args.settle, progress=progress)
    else:
        summary = scan_watch(
            store,
            settings,
            args.folder,
            poll_interval_s=args.poll_interval,
            settle_s=args.settle,
            should_stop=_Stop(),
            progress=progress,
        )
    print(summary.render())
    return EXIT_QUARANTINE if summary.quarantined else EXIT_OK


class _Originals:
    """What prepare() needs of the store in a worker process: where the originals are, nothing else."""

    def __init__(self, directory: str) -> None:
        self.dir = Path(directory)
        self.originals = self.dir / "originals"

    def original_path(self, sha256: str) -> Path:
        from hfk.store import Store

        return Store.original_path(self, sha256)  # the same layout, without opening the database


_worker: dict = {}


def _worker_init(directory: str, settings) -> None:
    import signal

    # A stop request (SIGTERM to the whole service, Ctrl-C) is the main process's to handle: it
    # finishes the batch in hand, for which it still needs its workers.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker.update(store=_Originals(directory), settings=settings)


def _worker_prepare(mail_id: int, sha256: str):
    from hfk.intake import Original, prepare

    return prepare(
        _worker["store"],
        _worker["settings"],
        Original(f"mail-{mail_id}.eml", sha256),
        source="mail",
        source_ref=f"mail:{mail_id}",
        actor="mail",  # its own scratch folder per mail: a worker ends without running cleanups
    )


class MailDeliver:
    """The poller's deliver_batch(): commit a batch of raw mails as submissions in ONE transaction.

    The stages (ingest, classify) run for several mails at once in worker processes ([mail]
    workers; CPU-bound, so threads would not help); everything that writes stays in this process.
    Each mail's submission and its journal state ("processed") commit together; a mail whose stages
    or rows fail is left out (savepoint) and reported, the others still commit. The cases' reports
    are brought up to date after the commit, once per case, before the poller moves the mails.
    """

    def __init__(self, store, settings) -> None:
        self.store = store
        self.settings = settings
        self.workers = int(settings.mail.get("workers", 0) or 0)
        self.pool = None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def _prepare_all(self, items: list[tuple[dict, bytes]], work: Path) -> list:
        """Per mail the Prepared submission, or the exception its stages raised."""
        from hfk.intake import Original, prepare

        if self.workers > 1 and len(items) > 1:
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool
            from multiprocessing import get_context

            if self.pool is None:
                # spawn, not fork: the parent holds database connections and (in tests) threads.
                self.pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=get_context("spawn"),
                    initializer=_worker_init,
                    initargs=(str(self.store.dir), self.settings),
                )
            futures = [self.pool.submit(_worker_prepare, row["id"], row["sha256"]) for row, _ in items]
            results = []
            for future in futures:
                try:
                    results.append(future.result())
                except BrokenProcessPool:
                    # A worker died (e.g. killed): this batch runs here, in-process; a new pool next time.
                    self.pool.shutdown(wait=False, cancel_futures=True)
                    self.pool = None
                    break
                except Exception as exc:  # noqa: BLE001 - this mail fails, the batch goes on
                    results.append(exc)
            else:
                return results
        results = []
        for row, _raw in items:
            try:
                results.append(
                    prepare(
                        self.store,
                        self.settings,
                        Original(f"mail-{row['id']}.eml", row["sha256"]),
                        source="mail",
                        source_ref=f"mail:{row['id']}",
                        actor="mail",
                        work=work,
                    )
                )
            except Exception as exc:  # noqa: BLE001 - this mail fails, the batch goes on
                results.append(exc)
        return results

    def __call__(self, items: list[tuple[dict, bytes]]) -> list[str | None]:
        from hfk.ingest.scratch import private_tempdir
        from hfk.intake import commit_prepared, finish

        store = self.store
        outcomes: list[str | None] = [None] * len(items)
        with private_tempdir("hfk-mail-") as work:
            results = self._prepare_all(items, Path(work))
        done = []
        with store.transaction() as conn:
            for index, one in enumerate(results):
                if isinstance(one, Exception):
                    outcomes[index] = f"{type(one).__name__}: {one}"
                    continue
                mail_id = items[index][0]["id"]

                def journal(conn, submission_id: int, outcome: str, reason: str, mail_id=mail_id) -> None:
                    store.mail_update(mail_id, conn=conn, state="processed", submission_id=submission_id)

                try:
                    with conn.begin_nested():
                        done.append((one, commit_prepared(store, conn, one, journal)))
                except Exception as exc:  # noqa: BLE001 - rolled back to the savepoint: this mail only
                    outcomes[index] = f"{type(exc).__name__}: {exc}"
        finish(store, self.settings, done, actor="mail")
        return outcomes


def mail_deliver(store, settings) -> MailDeliver:
    """The poller's deliver_batch for this store; close() it when done (it may hold worker processes)."""
    return MailDeliver(store, settings)


def _mail(args, settings, store) -> int:
    from hfk.intake import refresh_stale
    from hfk.mailbox.poller import CONNECTION_ERRORS, MailConfig, MailSettingsError, Poller

    try:
        config = MailConfig.from_settings(settings.mail)
    except MailSettingsError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_SETTINGS
    refresh_stale(store, settings, actor="mail")
    deliver = mail_deliver(store, settings)
    poller = Poller(config, store, deliver)
    try:
        if args.mail_command == "poll":
            stats = poller.poll_once()
            print(stats.render())
            for error in stats.errors:
                print(f"  {error}")
            return EXIT_MAIL if stats.failed else EXIT_OK
        poller.watch(
            should_stop=_Stop(),
            report=lambda stats: _say(args, stats.render()) if stats.seen else None,
            on_error=lambda message: _say(args, message),
        )
        return EXIT_OK
    except MailSettingsError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_SETTINGS
    except CONNECTION_ERRORS as exc:
        print(
            f"Fehler: Postfach {config.host}:{config.port} nicht erreichbar ({type(exc).__name__}: {exc}). "
            "Nichts ging verloren; der nächste Abruf macht weiter.",
            file=sys.stderr,
        )
        return EXIT_MAIL
    finally:
        deliver.close()


def _cases(args, settings, store) -> int:
    if args.cases_command == "list":
        rows = store.list_cases()
        if not rows:
            print("Keine Fälle.")
        for row in rows:
            print(
                f"{row['reference']}  {row['status']:<12} Eingänge: {row['submissions']:>3}  "
                f"erster: {row['first_received'] or '-'}  letzter: {row['last_received'] or '-'}"
            )
        return EXIT_OK
    case = store.case_by_reference(args.reference)
    if case is None:
        print(
            f"Fehler: kein Fall mit Aktenzeichen {args.reference}. `hfk cases list` zeigt alle.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    report = store.report(case.id)
    if report is None:
        from hfk.intake import refresh_case

        report = refresh_case(store, settings, case.id, actor="cli")
    from hfk.privacy import current_actor, record_access

    record_access(
        store, current_actor(), "case_viewed" if args.cases_command == "show" else "case_report", case.id
    )
    if args.cases_command == "show":
        from hfk.cli import STATUS_DE

        print(f"{case.reference}  angelegt {case.created}  Status: {case.status}")
        for sub in report.get("submissions", []):
            print(
                f"  Eingang {sub['received']} ({sub['source']}): {sub['file']}, {len(sub['files'])} Datei(en)"
            )
            for duplicate in sub["duplicates"]:
                print(f"    Dublette: {duplicate}")
        print(f"  {len(report['documents'])} Dokument(e)")
        for item in report["checklist"]:
            if item["status"] in ("missing", "outdated", "incomplete"):
                print(f"  {STATUS_DE[item['status']]:<14} {item.get('label') or item['id']}")
        print("Vollständig." if report["complete"] else "Unvollständig.")
        return EXIT_OK
    from hfk.pipeline import write_outputs

    write_outputs(report, args.out, settings)
    print(f"Bericht: {(args.out / 'report.html').resolve()}")
    print(f"Daten:   {(args.out / 'report.json').resolve()}")
    print(f"Entwurf: {(args.out / 'eingangsbestaetigung.docx').resolve()}")
    return EXIT_OK
