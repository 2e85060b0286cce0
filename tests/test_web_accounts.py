"""Web UI accounts: deactivate, password change and reset (UI and CLI), login throttling, graceful SIGTERM."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time

import pytest

from hfk.settings import load_settings
from hfk.store import Store, user_get
from hfk.web.app import create_app
from hfk.web.auth import check_login, create_user

PASSWORD = "richtig-langes-passwort"


@pytest.fixture()
def env(tmp_path):
    settings = load_settings(None)
    settings.store["dir"] = str(tmp_path / "store")
    store = Store(tmp_path / "store")
    create_user(store, "admin", PASSWORD, "admin")
    create_user(store, "sachb", PASSWORD, "caseworker")
    app = create_app(store, settings, key=b"test-key-accounts-0123456789")
    app.testing = True
    yield {"store": store, "settings": settings, "app": app}
    store.close()


def _token(client, url: str = "/") -> str:
    page = client.get(url).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def login(app, name="sachb", password=PASSWORD, address="10.0.0.1"):
    client = app.test_client()
    token = _token(client, "/anmelden")
    response = client.post(
        "/anmelden",
        data={"name": name, "password": password, "csrf_token": token},
        environ_base={"REMOTE_ADDR": address},
    )
    return client, response


def _flashes(page: str) -> list[str]:
    return re.findall(r'<p class="flash[^"]*"[^>]*>([^<]*)</p>', page)


def test_admin_only_routes_refuse_caseworkers(env):
    caseworker, _ = login(env["app"])
    token = _token(caseworker)
    user_id = user_get(env["store"], "admin")["id"]
    assert (
        caseworker.post(f"/benutzer/{user_id}/aktiv", data={"csrf_token": token, "active": "0"}).status_code
        == 403
    )
    response = caseworker.post(
        f"/benutzer/{user_id}/passwort", data={"csrf_token": token, "password": "x" * 12}
    )
    assert response.status_code == 403
    assert user_get(env["store"], "admin")["active"]
    assert check_login(env["store"], "admin", PASSWORD)


def test_deactivation_ends_running_sessions(env):
    store, app = env["store"], env["app"]
    caseworker, _ = login(app)
    assert caseworker.get("/").status_code == 200
    admin, _ = login(app, name="admin")
    token = _token(admin, "/benutzer")
    sachb = user_get(store, "sachb")["id"]
    response = admin.post(
        f"/benutzer/{sachb}/aktiv", data={"csrf_token": token, "active": "0"}, follow_redirects=True
    )
    assert "Konto sachb deaktiviert." in _flashes(response.get_data(as_text=True))
    assert "nein (deaktiviert)" in response.get_data(as_text=True)
    assert caseworker.get("/").status_code == 302  # the running session is over
    _client, again = login(app)
    assert "Benutzername oder Passwort falsch" in again.get_data(as_text=True)
    # The admin cannot lock themselves out.
    me = user_get(store, "admin")["id"]
    response = admin.post(
        f"/benutzer/{me}/aktiv", data={"csrf_token": token, "active": "0"}, follow_redirects=True
    )
    assert any("eigene Konto" in f for f in _flashes(response.get_data(as_text=True)))
    assert user_get(store, "admin")["active"]
    admin.post(f"/benutzer/{sachb}/aktiv", data={"csrf_token": token, "active": "1"})
    _client, back = login(app)
    assert back.status_code == 302
    actions = [e["action"] for e in store.audit_log()]
    assert "user_disabled" in actions and "user_enabled" in actions


def test_admin_resets_a_password(env):
    store, app = env["store"], env["app"]
    caseworker, _ = login(app)
    admin, _ = login(app, name="admin")
    token = _token(admin, "/benutzer")
    sachb = user_get(store, "sachb")["id"]
    short = admin.post(
        f"/benutzer/{sachb}/passwort", data={"csrf_token": token, "password": "kurz"}, follow_redirects=True
    )
    assert any("mindestens 10 Zeichen" in f for f in _flashes(short.get_data(as_text=True)))
    assert caseworker.get("/").status_code == 200
    admin.post(f"/benutzer/{sachb}/passwort", data={"csrf_token": token, "password": "neues-passwort-42"})
    assert caseworker.get("/").status_code == 302  # the old session ends with the reset
    assert not check_login(store, "sachb", PASSWORD) and check_login(store, "sachb", "neues-passwort-42")
    assert admin.get("/benutzer").status_code == 200
    assert "password_reset" in [e["action"] for e in store.audit_log()]
    assert "neues-passwort" not in repr(store.audit_log())


def test_users_change_their_own_password(env):
    store, app = env["store"], env["app"]
    elsewhere, _ = login(app)  # the same account on another computer
    client, _ = login(app)
    token = _token(client, "/konto")
    page = client.post(
        "/konto",
        data={
            "csrf_token": token,
            "old_password": "falsch-falsch",
            "new_password": "x" * 12,
            "new_password2": "x" * 12,
        },
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Das bisherige Passwort stimmt nicht." in _flashes(page)
    page = client.post(
        "/konto",
        data={
            "csrf_token": token,
            "old_password": PASSWORD,
            "new_password": "a" * 12,
            "new_password2": "b" * 12,
        },
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Die beiden neuen Passwörter stimmen nicht überein." in _flashes(page)
    assert check_login(store, "sachb", PASSWORD)
    page = client.post(
        "/konto",
        data={
            "csrf_token": token,
            "old_password": PASSWORD,
            "new_password": "mein-neues-passwort",
            "new_password2": "mein-neues-passwort",
        },
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Passwort geändert" in page
    assert client.get("/").status_code == 200  # this session stays
    assert elsewhere.get("/").status_code == 302  # the other one ends
    assert check_login(store, "sachb", "mein-neues-passwort") and not check_login(store, "sachb", PASSWORD)


def test_login_is_throttled_after_repeated_failures(env, tmp_path):
    store, app = env["store"], env["app"]
    for attempt in range(5):
        _client, response = login(app, password=f"falsch-{attempt}", address="10.0.0.7")
        assert "Benutzername oder Passwort falsch" in response.get_data(as_text=True)
    # Now even the right password is refused, from any address, with a clear German message.
    _client, response = login(app, address="10.0.0.8")
    assert response.status_code == 429
    body = response.get_data(as_text=True)
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in body and "10 Minuten gesperrt" in body
    # Another account is not affected; a good login clears that account's failures.
    _client, other = login(app, name="admin", address="10.0.0.9")
    assert other.status_code == 302
    assert "login_throttled" in [e["action"] for e in store.audit_log()]
    with store.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name_hash FROM login_failures")]
    assert names and all(len(n) == 64 and "sachb" not in n for n in names)

    # Per address: many accounts tried from one address lock that address (limit from [web]).
    settings = env["settings"]
    settings.web = {**settings.web, "login_max_failures_per_address": 3, "login_lockout_s": 120}
    strict = create_app(store, settings, key=b"test-key-accounts-strict-01234")
    for name in ("x1", "x2", "x3"):
        login(strict, name=name, password="falsch-falsch", address="192.0.2.5")
    _client, blocked = login(strict, name="admin", address="192.0.2.5")
    assert blocked.status_code == 429 and "2 Minuten" in blocked.get_data(as_text=True)
    _client, fine = login(strict, name="admin", address="192.0.2.6")
    assert fine.status_code == 302


def test_web_settings_are_checked(tmp_path):
    from hfk.settings import SettingsError

    config = tmp_path / "hfk.toml"
    config.write_text("[web]\nlogin_max_failures = 3\n", encoding="utf-8")
    assert load_settings(config).web["login_max_failures"] == 3
    config.write_text("[web]\nlogin_max_fail = 3\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="login_max_fail"):
        load_settings(config)


def _hfk(tmp_path) -> list[str]:
    config = tmp_path / "hfk.toml"
    if not config.exists():
        config.write_text(f'[store]\ndir = "{tmp_path / "store"}"\n', encoding="utf-8")
    return [sys.executable, "-m", "hfk", "--config", str(config)]


def _run(cmd: list[str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=60)


def test_cli_disable_enable_passwd(tmp_path):
    hfk = [*_hfk(tmp_path), "users"]
    assert _run([*hfk, "add", "meier", "--password-stdin"], "erstes-passwort-1\n").returncode == 0
    disabled = _run([*hfk, "disable", "meier"])
    assert disabled.returncode == 0 and "deaktiviert" in disabled.stdout
    assert "(deaktiviert)" in _run([*hfk, "list"]).stdout
    store = Store(tmp_path / "store")
    assert not check_login(store, "meier", "erstes-passwort-1")
    assert _run([*hfk, "enable", "meier"]).returncode == 0
    assert check_login(store, "meier", "erstes-passwort-1")
    short = _run([*hfk, "passwd", "meier", "--password-stdin"], "kurz\n")
    assert short.returncode == 2 and "mindestens 10 Zeichen" in short.stderr
    changed = _run([*hfk, "passwd", "meier", "--password-stdin"], "zweites-passwort-2\n")
    assert changed.returncode == 0 and "neu gesetzt" in changed.stdout
    assert check_login(store, "meier", "zweites-passwort-2") and not check_login(
        store, "meier", "erstes-passwort-1"
    )
    unknown = _run([*hfk, "disable", "niemand"])
    assert unknown.returncode == 2 and "gibt es nicht" in unknown.stderr
    # The password never appears as an argument: passwd has no such option.
    assert _run([*hfk, "passwd", "meier", "--password", "x"]).returncode == 2
    store.close()


def test_serve_finishes_running_requests_on_sigterm(tmp_path):
    hfk = _hfk(tmp_path)
    process = subprocess.Popen(
        [*hfk, "serve", "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    try:
        line = ""
        deadline = time.monotonic() + 60
        while "http://" not in line and time.monotonic() < deadline:
            line = process.stderr.readline()
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", line).group(1))
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            # A request that has begun but is not complete when SIGTERM arrives ...
            conn.sendall(b"GET /anmelden HTTP/1.1\r\nHost: localhost\r\n")
            # (A later connection answered means the server has accepted the earlier one.)
            with socket.create_connection(("127.0.0.1", port), timeout=30) as probe:
                probe.sendall(b"GET /anmelden HTTP/1.1\r\nHost: localhost\r\n\r\n")
                assert probe.recv(65536).startswith(b"HTTP/1.1 200")
            process.send_signal(signal.SIGTERM)
            time.sleep(1.0)
            assert process.poll() is None  # ... keeps the server alive until it is answered
            conn.sendall(b"\r\n")
            answer = b""
            while chunk := conn.recv(65536):
                answer += chunk
        assert answer.startswith(b"HTTP/1.1 200") and b"Anmelden" in answer
        assert process.wait(timeout=30) == 0
        rest = process.stderr.read()
        assert "beendet" in rest and "Traceback" not in rest
        with pytest.raises(OSError):  # nothing listens any more
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
        store = Store(tmp_path / "store")  # the store was closed cleanly and opens again
        assert store.version() >= 1
        store.close()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_migration_upgrades_a_store_of_the_first_web_release(tmp_path):
    from sqlalchemy import inspect

    from hfk.store import MIGRATIONS, _migration_web_round_two

    store = Store(tmp_path / "store")
    create_user(store, "alt", PASSWORD, "caseworker")
    with store.transaction() as conn:
        # The schema as the first web release left it: no undo/parts columns, no session version.
        for table, column in [
            ("corrections", "parts"),
            ("corrections", "undone"),
            ("corrections", "undone_by"),
            ("users", "session_version"),
        ]:
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.exec_driver_sql("DROP TABLE login_failures")
    with store.transaction() as conn:
        _migration_web_round_two(conn)
    with store.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("corrections")}
        assert {"parts", "undone", "undone_by"} <= columns
        assert "login_failures" in inspect(conn).get_table_names()
    assert user_get(store, "alt")["session_version"] == 0 and check_login(store, "alt", PASSWORD)
    assert _migration_web_round_two in MIGRATIONS and store.version() == len(MIGRATIONS)
    store.close()
