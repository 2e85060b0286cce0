"""Commands of the caseworkers' web UI: hfk serve, hfk users."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

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


def dispatch(args: argparse.Namespace, settings) -> int | None:
    """Run one of this module's subcommands; None when args.command is not one of ours."""
    if args.command not in ("serve", "users"):
        return None
    from hfk.store import open_for_command

    store = open_for_command(settings)
    if store is None:
        return EXIT_SETTINGS
    try:
        if args.command == "users":
            return _users(args, store)
        return _serve(args, settings, store)
    finally:
        store.close()


def _read_password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Passwort: ")
    if getpass.getpass("Passwort wiederholen: ") != first:
        print("Fehler: Die Passwörter stimmen nicht überein.", file=sys.stderr)
        return None
    return first


def _users(args, store) -> int:
    from hfk.store import StoreError, user_list
    from hfk.web.auth import AccountError, create_user

    if args.users_command == "list":
        for user in user_list(store):
            print(f"{user['name']:<24} {user['role']:<12} angelegt {user['created']}")
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
    from werkzeug.serving import make_server

    from hfk.store import user_list
    from hfk.web.app import create_app

    app = create_app(store, settings, secure_cookies=args.secure_cookies)
    try:
        server = make_server(args.host, args.port, app, threaded=True)
    except OSError as exc:
        print(
            f"Fehler: {args.host}:{args.port} ist nicht nutzbar ({exc}). Anderen Port mit --port wählen.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not user_list(store):
        print("Hinweis: Es gibt noch kein Konto. Zuerst `hfk users add NAME --role admin`.", file=sys.stderr)
    print(f"hfk Web-Oberfläche: http://{args.host}:{server.server_port}/  (Strg+C beendet)", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK
