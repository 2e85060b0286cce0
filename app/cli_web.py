"""Commands of the caseworkers' web UI: hfk serve, hfk users, hfk corrections export."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_SETTINGS = 3


def register(commands, common: argparse.ArgumentParser) -> None:
    """Add this module's subcommands to the `hfk` parser."""
    serve = commands.add_parser(
        "serve",
        parents=[common],
        help="Web-Oberfläche für die Sachbearbeitung starten",
        description="Startet die Web-Oberfläche über dem Fallspeicher. Standard: nur auf diesem Rechner "
        "(127.0.0.1). Für den Zugriff aus dem Netz hinter einen Reverse-Proxy mit TLS stellen und "
        "--secure-cookies setzen.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="Adresse (Standard: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="Port (Standard: 8080)")
    serve.add_argument(
        "--secure-cookies",
        action="store_true",
        default=os.environ.get("HFK_WEB_SECURE_COOKIES", "") not in ("", "0"),
        help="Sitzungs-Cookie nur über HTTPS senden (hinter TLS immer setzen; auch HFK_WEB_SECURE_COOKIES=1)",
    )

    users = commands.add_parser("users", parents=[common], help="Konten der Web-Oberfläche")
    users_commands = users.add_subparsers(dest="users_command", metavar="SUBCOMMAND", required=True)
    add = users_commands.add_parser(
        "add",
        parents=[common],
        help="Konto anlegen (Passwort wird abgefragt, nie auf der Kommandozeile)",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=("caseworker", "admin"), default="caseworker")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="Passwort aus der ersten Zeile der Standardeingabe lesen",
    )
    users_commands.add_parser("list", parents=[common], help="alle Konten")
    for name, help_text in (
        ("disable", "Konto deaktivieren (laufende Sitzungen enden sofort)"),
        ("enable", "deaktiviertes Konto wieder aktivieren"),
    ):
        sub = users_commands.add_parser(name, parents=[common], help=help_text)
        sub.add_argument("name", metavar="NAME")
    passwd = users_commands.add_parser(
        "passwd",
        parents=[common],
        help="Passwort neu setzen (wird abgefragt, nie auf der Kommandozeile; laufende Sitzungen enden)",
    )
    passwd.add_argument("name", metavar="NAME")
    passwd.add_argument(
        "--password-stdin",
        action="store_true",
        help="Passwort aus der ersten Zeile der Standardeingabe lesen",
    )

    corrections = commands.add_parser(
        "corrections", parents=[common], help="Korrekturen der Sachbearbeitung (Trainingsdaten)"
    )
    corrections_commands = corrections.add_subparsers(
        dest="corrections_command", metavar="SUBCOMMAND", required=True
    )
    export = corrections_commands.add_parser(
        "export",
        parents=[common],
        help="korrigierte Seiten als Trainingsdaten für scripts/train_classifier.py schreiben",
        description="Schreibt jede Seite, deren Dokumenttyp oder Dokumentgrenze in der Web-Oberfläche "
        "korrigiert wurde, mit ihrem Text und dem korrigierten Typ als JSON-Zeilen (nur für den "
        "Dienstnutzer lesbar). Enthält Text echter Anträge: nach dem Neubau des Modells löschen.",
    )
    export.add_argument("--out", required=True, type=Path, metavar="FILE.jsonl")


def dispatch(args: argparse.Namespace, settings) -> int | None:
    """Run one of this module's subcommands; None when args.command is not one of ours."""
    if args.command not in ("serve", "users", "corrections"):
        return None
    from hfk.store import open_for_command

    store = open_for_command(settings)
    if store is None:
        return EXIT_SETTINGS
    try:
        if args.command == "users":
            return _users(args, store)
        if args.command == "corrections":
            return _export_corrections(args, settings, store)
        return _serve(args, settings, store)
    finally:
        store.close()


def _export_corrections(args, settings, store) -> int:
    from hfk.privacy import current_actor
    from hfk.training import export_corrections

    quiet = getattr(args, "quiet", False)

    def progress(message: str) -> None:
        if not quiet:
            print(message, file=sys.stderr, flush=True)

    summary = export_corrections(store, settings, args.out, current_actor("cli"), progress)
    print(summary.render())
    print(f"Datei: {args.out} (enthält Text echter Anträge; nach dem Neubau des Modells löschen)")
    return EXIT_OK


def _read_password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Passwort: ")
    if getpass.getpass("Passwort wiederholen: ") != first:
        print("Fehler: Die Passwörter stimmen nicht überein.", file=sys.stderr)
        return None
    return first


def _users(args, store) -> int:
    from hfk.store import StoreError, user_get, user_list, user_set_active
    from hfk.web.auth import AccountError, create_user, reset_password

    if args.users_command == "list":
        for user in user_list(store):
            state = "" if user["active"] else "  (deaktiviert)"
            print(f"{user['name']:<24} {user['role']:<12} angelegt {user['created']}{state}")
        return EXIT_OK
    if args.users_command in ("disable", "enable", "passwd"):
        user = user_get(store, args.name.strip())
        if user is None:
            print(f"Fehler: Ein Konto '{args.name}' gibt es nicht (siehe `hfk users list`).", file=sys.stderr)
            return EXIT_USAGE
        if args.users_command == "passwd":
            password = _read_password(args.password_stdin)
            if password is None:
                return EXIT_USAGE
            try:
                reset_password(store, user["id"], password, actor="cli")
            except AccountError as exc:
                print(f"Fehler: {exc}", file=sys.stderr)
                return EXIT_USAGE
            print(f"Passwort von {user['name']} neu gesetzt; laufende Sitzungen des Kontos sind beendet.")
            return EXIT_OK
        active = args.users_command == "enable"
        if user_set_active(store, user["id"], active, actor="cli"):
            print(f"Konto {user['name']} {'wieder aktiviert' if active else 'deaktiviert'}.")
        else:
            print(f"Konto {user['name']} war schon {'aktiv' if active else 'deaktiviert'}.")
        return EXIT_OK
    password = _read_password(args.password_stdin)
    if password is None:
        return EXIT_USAGE
    try:
        create_user(store, args.name, password, args.role, actor="cli")
    except (AccountError, StoreError) as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Konto {args.name} ({args.role}) angelegt.")
    return EXIT_OK


def _serve(args, settings, store) -> int:
    from hfk.store import user_list
    from hfk.web.app import create_app
    from hfk.web.server import GracefulServer

    app = create_app(store, settings, secure_cookies=args.secure_cookies)
    try:
        server = GracefulServer(args.host, args.port, app)
    except OSError as exc:
        print(
            f"Fehler: {args.host}:{args.port} ist nicht nutzbar ({exc}). Anderen Port mit --port wählen.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not user_list(store):
        print("Hinweis: Es gibt noch kein Konto. Zuerst `hfk users add NAME --role admin`.", file=sys.stderr)
    print(
        f"hfk Web-Oberfläche: http://{args.host}:{server.port}/  (Strg+C beendet)",
        file=sys.stderr,
        flush=True,
    )
    # SIGTERM (systemd stop, docker stop) and Ctrl+C: no new connections, running requests finish,
    # then dispatch() closes the store and the command exits 0.
    unfinished = server.run_until_signal()
    if unfinished:
        print(f"hfk Web-Oberfläche beendet; {unfinished} Anfrage(n) wurden nicht fertig.", file=sys.stderr)
    else:
        print("hfk Web-Oberfläche beendet.", file=sys.stderr)
    return EXIT_OK
