"""The hfk command line: process a submission, generate the test corpus, evaluate accuracy."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date
from pathlib import Path

from hfk import __version__
from hfk.corpus import SPLITS

EXIT_OK = 0
EXIT_NOTHING_PROCESSED = 1
EXIT_USAGE = 2
EXIT_SETTINGS = 3

log = logging.getLogger("hfk")

STATUS_DE = {
    "ok": "vorhanden",
    "missing": "FEHLT",
    "outdated": "VERALTET",
    "incomplete": "UNVOLLSTÄNDIG",
    "not_required": "nicht erforderlich",
    "optional_missing": "empfohlen, fehlt",
}


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' ist kein Datum im Format JJJJ-MM-TT") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hfk",
        description="Eingang von Härtefallanträgen (§ 23a AufenthG, NRW): Unterlagen lesen, "
        "klassifizieren, Vollständigkeit prüfen, Eingangsbestätigung entwerfen.",
    )
    parser.add_argument("--version", action="version", version=f"hfk {__version__}")
    # --config and -q are accepted before and after the command; SUPPRESS keeps a subcommand
    # from resetting a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="Einstellungsdatei (TOML); Standard: $HFK_CONFIG",
    )
    common.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="keine Fortschrittsmeldungen"
    )
    parser.add_argument("--config", metavar="FILE", help="Einstellungsdatei (TOML); Standard: $HFK_CONFIG")
    parser.add_argument("-q", "--quiet", action="store_true", help="keine Fortschrittsmeldungen")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    process = commands.add_parser(
        "process",
        parents=[common],
        help="eine Einsendung verarbeiten (Dateien, Mails, ZIPs, Ordner)",
        description="Alle PATHs bilden zusammen eine Einsendung. Schreibt report.json, report.html "
        "und eingangsbestaetigung.docx nach DIR.",
    )
    process.add_argument(
        "--received",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="Eingangsdatum (Standard: Datum der Mail bei einer einzelnen .eml, sonst heute)",
    )
    process.add_argument("--out", required=True, type=Path, metavar="DIR", help="Ausgabeordner")
    process.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    corpus = commands.add_parser(
        "corpus", parents=[common], help="generierte Testdaten (keine echten Personendaten)"
    )
    corpus_commands = corpus.add_subparsers(dest="corpus_command", metavar="SUBCOMMAND", required=True)
    generate = corpus_commands.add_parser(
        "generate", parents=[common], help="Testfälle mit Wahrheitsdaten erzeugen"
    )
    generate.add_argument("--out", required=True, type=Path, metavar="DIR")
    generate.add_argument("--seed", type=int, default=0)
    generate.add_argument("--cases", type=int, default=60)
    generate.add_argument(
        "--split",
        choices=SPLITS,
        default="test",
    )
    demo = corpus_commands.add_parser(
        "demo", parents=[common], help="die drei Demo-Einsendungen neu erzeugen"
    )
    demo.add_argument("--out", required=True, type=Path, metavar="DIR")

    evaluate = commands.add_parser(
        "eval", parents=[common], help="Genauigkeit auf generierten Testfällen messen"
    )
    evaluate.add_argument("--cases", required=True, type=Path, metavar="DIR")
    evaluate.add_argument("--json", type=Path, metavar="FILE", help="Ergebnisse zusätzlich als JSON")
    evaluate.add_argument("--limit", type=int, default=0, help="nur die ersten N Fälle")
    for extension in _extensions():
        extension.register(commands, common)
    return parser


def _extensions():
    """Modules that add subcommands: each has register(commands, common) and dispatch(args, settings)."""
    from hfk import cli_intake, cli_privacy, cli_web

    return (cli_intake, cli_web, cli_privacy)


def _say(quiet: bool, message: str) -> None:
    if not quiet:
        print(message, file=sys.stderr, flush=True)


def _cmd_process(args, settings) -> int:
    from hfk.pipeline import process

    missing = [p for p in args.paths if not p.exists()]
    if missing:
        print(f"Fehler: nicht gefunden: {', '.join(str(p) for p in missing)}", file=sys.stderr)
        return EXIT_USAGE
    from hfk.ingest.progress import TerminalProgress

    _say(args.quiet, f"Verarbeite Einsendung aus {len(args.paths)} Pfad(en) ...")
    # A bar on a terminal, plain lines in a log; nothing with -q.
    progress = None if args.quiet else TerminalProgress(sys.stderr)
    try:
        result = process(args.paths, args.out, settings, received=args.received, progress=progress)
    finally:
        if progress is not None:
            progress.close()
    report = result.report
    documents, errors = report["documents"], report["errors"]
    print(
        f"Eingang {report['received']}, Aktenzeichen {report.get('aktenzeichen', '-')}: "
        f"{len(documents)} Dokument(e), {len(errors)} nicht lesbare Datei(en)"
    )
    for item in report["checklist"]:
        if item["status"] in ("missing", "outdated", "incomplete"):
            print(f"  {STATUS_DE[item['status']]:<14} {item.get('label') or item['id']}")
    print("Vollständig." if report["complete"] else "Unvollständig.")
    for error in errors:
        print(f"  Nicht lesbar: {error['file']}: {error['error']}")
    print(f"Bericht: {(args.out / 'report.html').resolve()}")
    print(f"Daten:   {(args.out / 'report.json').resolve()}")
    print(f"Entwurf: {(args.out / 'eingangsbestaetigung.docx').resolve()}")
    return EXIT_OK if result.processed_anything else EXIT_NOTHING_PROCESSED


def _cmd_corpus(args) -> int:
    from hfk.corpus.generate import generate, generate_demo

    if args.corpus_command == "demo":
        generate_demo(args.out)
        print(f"Demo-Einsendungen: {args.out.resolve()}")
        return EXIT_OK
    progress = None if args.quiet else (lambda *parts: _say(False, "  " + " ".join(str(p) for p in parts)))
    summary = generate(args.out, seed=args.seed, cases=args.cases, split=args.split, progress=progress)
    print(
        f"{summary.get('cases', args.cases)} Fälle, {summary.get('pages_total', '?')} Seiten: {args.out.resolve()}"
    )
    return EXIT_OK


def _cmd_eval(args, settings) -> int:
    from hfk.evaluate import evaluate_cases

    progress = None if args.quiet else (lambda message: _say(False, message))
    results = evaluate_cases(args.cases, settings, json_path=args.json, limit=args.limit, progress=progress)
    print(results.render())
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    # Everything hfk writes (store, outputs, quarantine, temporary files) is health and residence
    # data: readable by the service user only, whichever code path creates the file.
    os.umask(0o077)
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    # HFK_LOG_LEVEL=DEBUG for diagnosis; logs carry ids and hashes, never names or document text.
    level = os.environ.get("HFK_LOG_LEVEL", "WARNING").upper()
    logging.basicConfig(
        level=getattr(logging, level, logging.WARNING),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )

    from hfk.settings import SettingsError, load_settings

    try:
        settings = load_settings(args.config)
    except SettingsError as exc:
        print(f"Fehler in den Einstellungen: {exc}", file=sys.stderr)
        return EXIT_SETTINGS
    if args.command == "process":
        return _cmd_process(args, settings)
    if args.command == "corpus":
        return _cmd_corpus(args)
    if args.command == "eval":
        return _cmd_eval(args, settings)
    for extension in _extensions():
        result = extension.dispatch(args, settings)
        if result is not None:
            return result
    parser.print_help()
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
