"""Commands of data protection: close a case, retention purge, erasure and export of a case."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_SETTINGS = 3
EXIT_INCOMPLETE = 6  # erased from the database, but some files could not be removed

# `hfk cases ...` belongs to the intake module; our subcommands of it set this command name so
# that its dispatch() passes them on to ours.
CASES_COMMAND = "cases_privacy"


def _cases_subcommands(commands, common: argparse.ArgumentParser):
    parser = commands.choices.get("cases")
    if parser is None:
        parser = commands.add_parser("cases", parents=[common], help="Fälle im Fallspeicher")
        return parser.add_subparsers(dest="cases_command", metavar="SUBCOMMAND", required=True)
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(commands, common: argparse.ArgumentParser) -> None:
    """Add this module's subcommands to the `hfk` parser."""
    sub = _cases_subcommands(commands, common)
    close = sub.add_parser(
        "close",
        parents=[common],
        help="Fall abschließen (ab dann läuft die Aufbewahrungsfrist)",
        description="Ab dem Abschluss läuft die Aufbewahrungsfrist ([privacy] retention_days); danach "
        "löscht `hfk purge` den Fall.",
    )
    reopen = sub.add_parser("reopen", parents=[common], help="Abschluss aufheben (Frist läuft nicht mehr)")
    erase = sub.add_parser(
        "erase",
        parents=[common],
        help="Fall vollständig löschen (z. B. auf Antrag nach Art. 17 DSGVO)",
        description="Löscht Originale, Seiten/OCR-Cache, Quarantäne-Kopien, Bericht und alle Datensätze "
        "des Falls. Im Protokoll bleibt nur: Aktenzeichen, wer, wann, wie viel.",
    )
    export = sub.add_parser(
        "export",
        parents=[common],
        help="alle Daten eines Falls in ein ZIP schreiben (Auskunft nach Art. 15 DSGVO)",
    )
    for parser in (close, reopen, erase, export):
        parser.add_argument("reference", metavar="AKTENZEICHEN")
        parser.set_defaults(command=CASES_COMMAND)
    erase.add_argument("--yes", action="store_true", help="ohne Rückfrage löschen")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.zip")

    purge = commands.add_parser(
        "purge",
        parents=[common],
        help="Fälle löschen, deren Aufbewahrungsfrist abgelaufen ist",
        description="Zeigt die abgelaufenen Fälle mit Anzahlen (keine Namen) und löscht sie nach "
        "Rückfrage oder mit --yes.",
    )
    purge.add_argument("--yes", action="store_true", help="ohne Rückfrage löschen")


def dispatch(args: argparse.Namespace, settings) -> int | None:
    """Run one of this module's subcommands; None when args.command is not one of ours."""
    if args.command not in ("purge", CASES_COMMAND):
        return None
    from hfk.privacy import PrivacyError, current_actor
    from hfk.store import open_for_command

    store = open_for_command(settings)
    if store is None:
        return EXIT_SETTINGS
    actor = current_actor("cli")
    try:
        if args.command == "purge":
            return _purge(args, settings, store, actor)
        return _cases(args, settings, store, actor)
    except PrivacyError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_SETTINGS
    finally:
        store.close()


def _confirmed(args, question: str) -> bool:
    if args.yes:
        return True
    if not sys.stdin or not sys.stdin.isatty():
        print(
            "Abgebrochen: keine Rückfrage möglich (keine Eingabe am Terminal). "
            "Zum Löschen ohne Rückfrage --yes angeben.",
            file=sys.stderr,
        )
        return False
    answer = input(f"{question} Zum Bestätigen 'ja' eingeben: ").strip().lower()
    if answer != "ja":
        print("Abgebrochen, nichts gelöscht.", file=sys.stderr)
        return False
    return True


def _erase_all(store, settings, plans, actor: str, reason: str) -> int:
    from hfk.privacy import compact, erase

    failed: list[str] = []
    for plan in plans:
        result = erase(store, plan, actor, reason)
        failed += result.failed_files
        print(f"gelöscht: {result.reference} ({result.removed_files} Datei(en) entfernt)")
    compact(store)
    for line in failed:
        print(f"  NICHT ENTFERNT: {line}", file=sys.stderr)
    if any(plan.mail_rows for plan in plans):
        print(
            "Hinweis: eingegangene E-Mails liegen weiterhin im Postfach (Ordner "
            f"{settings.mail.get('processed_folder', 'hfk-verarbeitet')}); dort bitte ebenfalls löschen."
        )
    return EXIT_INCOMPLETE if failed else EXIT_OK


def _purge(args, settings, store, actor: str) -> int:
    from hfk.privacy import expired_cases, plan_erasure, retention_days

    days = retention_days(settings)
    expired = expired_cases(store, settings)
    if not expired:
        print(f"Keine Fälle mit abgelaufener Aufbewahrungsfrist ({days} Tage nach Abschluss).")
        return EXIT_OK
    plans = [plan_erasure(store, settings, row["id"]) for row in expired]
    print(f"{len(plans)} Fall/Fälle mit abgelaufener Aufbewahrungsfrist ({days} Tage nach Abschluss):")
    for plan in plans:
        print(f"  {plan.render()}")
    if not _confirmed(args, f"{len(plans)} Fall/Fälle endgültig löschen?"):
        return EXIT_USAGE
    return _erase_all(store, settings, plans, actor, "retention")


def _cases(args, settings, store, actor: str) -> int:
    from hfk.privacy import ERASED_STATUS, export_case, plan_erasure
    from hfk.store import case_close, case_reopen

    case = store.case_by_reference(args.reference)
    if case is None:
        print(
            f"Fehler: kein Fall mit Aktenzeichen {args.reference}. `hfk cases list` zeigt alle.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if case.status == ERASED_STATUS:
        print(f"{case.reference} ist bereits gelöscht; es sind keine Daten mehr gespeichert.")
        return EXIT_OK if args.cases_command == "erase" else EXIT_USAGE
    if args.cases_command == "close":
        if case_close(store, case.id, actor):
            print(f"{case.reference} abgeschlossen. Aufbewahrungsfrist läuft ab heute.")
        else:
            print(f"{case.reference} war bereits abgeschlossen.")
        return EXIT_OK
    if args.cases_command == "reopen":
        done = case_reopen(store, case.id, actor)
        print(f"{case.reference} wieder geöffnet." if done else f"{case.reference} war nicht abgeschlossen.")
        return EXIT_OK
    if args.cases_command == "export":
        counts = export_case(store, case.id, args.out, actor)
        print(
            f"Export {case.reference}: {counts['originals']} Original(e), {counts['submissions']} Eingang/Eingänge, "
            f"{counts['audit_entries']} Protokolleinträge -> {args.out.resolve()}"
        )
        return EXIT_OK
    plan = plan_erasure(store, settings, case.id)
    print("Wird gelöscht:")
    print(f"  {plan.render()}")
    if not _confirmed(args, f"{case.reference} endgültig löschen?"):
        return EXIT_USAGE
    return _erase_all(store, settings, [plan], actor, "request")
