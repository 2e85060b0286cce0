"""Web UI in-process (Flask test client): access control of every route, login, CSRF, escaping, corrections."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys

import docx
import pytest
from PIL import Image

from hfk.ingest import samples
from hfk.intake import refresh_case
from hfk.settings import load_settings
from hfk.store import Store, training_corrections
from hfk.web.app import PUBLIC_ENDPOINTS, create_app
from hfk.web.auth import create_user
from hfk.web.demo import XSS, populate

PASSWORD = "richtig-langes-passwort"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    root = tmp_path_factory.mktemp("web")
    settings = load_settings(None)
    settings.store["dir"] = str(root / "store")
    store = Store(root / "store")
    made = populate(store, settings)
    create_user(store, "admin", PASSWORD, "admin")
    create_user(store, "sachb", PASSWORD, "caseworker")
    app = create_app(store, settings, key=b"test-key-0123456789abcdef")
    app.testing = True
    yield {"store": store, "settings": settings, "app": app, "made": made, "root": root}
    store.close()


def _csrf(client) -> str:
    page = client.get("/anmelden" if not _logged_in(client) else "/").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _logged_in(client) -> bool:
    with client.session_transaction() as sess:
        return "user_id" in sess


def login(app, name="sachb", password=PASSWORD):
    client = app.test_client()
    token = _csrf(client)
    response = client.post("/anmelden", data={"name": name, "password": password, "csrf_token": token})
    return client, response


def _build(rule, values: dict) -> str:
    path = rule.rule
    for name, value in values.items():
        path = re.sub(rf"<(?:[a-z]+:)?{name}>", str(value), path)
    return path


def test_every_route_needs_a_login(env):
    app, store, made = env["app"], env["store"], env["made"]
    case_id = made["main"].case_id
    file_id = store.submission_files(made["main"].submission_id)[0]["id"]
    client = app.test_client()
    checked = 0
    assert PUBLIC_ENDPOINTS == {"login", "static"}
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC_ENDPOINTS:
            continue
        url = _build(
            rule,
            {
                "case_id": case_id,
                "file_id": file_id,
                "page": 1,
                "index": 0,
                "item_id": "vollmacht",
                "correction_id": 1,
                "user_id": 1,
            },
        )
        assert "<" not in url, f"route {rule.rule} has a parameter this test does not fill in"
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(url, method=method)
            if method == "GET":
                assert response.status_code == 302, url
                assert response.headers["Location"].startswith("/anmelden"), url
            else:
                assert response.status_code == 401, (method, url)
            body = response.get_data(as_text=True)
            assert "Karimi" not in body and "HFK-2025-0001" not in body
            checked += 1
    assert checked >= 23  # every page, download, image and form of the UI
    # The login page itself and the stylesheet are reachable; nothing else is.
    assert client.get("/anmelden").status_code == 200
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/gibt-es-nicht").status_code in (302, 401)


def test_login_wrong_password_and_cookie_flags(env):
    app = env["app"]
    client, bad = login(app, password="falsch-falsch-falsch")
    assert bad.status_code == 200 and "Benutzername oder Passwort falsch" in bad.get_data(as_text=True)
    client, unknown = login(app, name="niemand")
    assert "Benutzername oder Passwort falsch" in unknown.get_data(as_text=True)
    client, good = login(app)
    assert good.status_code == 302 and good.headers["Location"] == "/"
    cookie = good.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    secure_app = create_app(env["store"], env["settings"], secure_cookies=True, key=b"k" * 32)
    _client, secure = login(secure_app)
    assert "Secure" in secure.headers["Set-Cookie"]
    # The password is stored as an argon2id hash only.
    with env["store"].engine.connect() as conn:
        hashes = [r[0] for r in conn.exec_driver_sql("SELECT password_hash FROM users")]
    assert all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_login_redirects_only_to_local_paths(env):
    client = env["app"].test_client()
    token = _csrf(client)
    response = client.post(
        "/anmelden?next=//evil.example/x", data={"name": "sachb", "password": PASSWORD, "csrf_token": token}
    )
    assert response.headers["Location"] == "/"


def test_csrf_token_is_required_on_every_post(env):
    client, _ = login(env["app"])
    case_id = env["made"]["main"].case_id
    for url, data in [
        (f"/fall/{case_id}/dokument/0/typ", {"type": "vollmacht"}),
        (f"/fall/{case_id}/checkliste/lebenslauf", {"comment": "x"}),
        ("/abmelden", {}),
        ("/posteingang", {}),
    ]:
        assert client.post(url, data=data).status_code == 400, url
        assert client.post(url, data={**data, "csrf_token": "falsch"}).status_code == 400, url
    assert client.get("/").status_code == 200  # still logged in: the forged logout did nothing


def test_roles_and_logout(env):
    caseworker, _ = login(env["app"])
    assert caseworker.get("/benutzer").status_code == 403
    assert caseworker.get("/protokoll").status_code == 403
    admin, _ = login(env["app"], name="admin")
    assert admin.get("/benutzer").status_code == 200
    log = admin.get("/protokoll").get_data(as_text=True)
    assert "login" in log and "Karimi" not in log
    token = _csrf(admin)
    assert admin.post("/abmelden", data={"csrf_token": token}).status_code == 302
    assert admin.get("/benutzer").status_code == 302  # back to the login


def test_triage_filters_and_search(env):
    client, _ = login(env["app"])
    made = env["made"]

    def refs(query: str) -> set[str]:
        page = client.get("/" + query).get_data(as_text=True)
        return set(re.findall(r">(HFK-\d{4}-\d{4})</a>", page))

    everything = refs("")
    assert {r.case_reference for r in made.values()} <= everything
    assert refs("?q=karimi") == {made["main"].case_reference}
    assert refs(f"?q={made['second'].case_reference}") == {made["second"].case_reference}
    # The BAMF Gesch.-Z. is searchable once the UI has evaluated the case (its report keeps
    # file_number; the intake's report does not carry it yet).
    token = _csrf(client)
    client.post(f"/fall/{made['bamf'].case_id}/neu-pruefen", data={"csrf_token": token})
    assert refs("?q=8765432-423") == {made["bamf"].case_reference}
    assert refs("?quelle=scan") == {made["second"].case_reference}
    assert made["main"].case_reference in refs("?status=review")  # the unclassified Anlage
    assert made["main"].case_reference not in refs("?status=complete")
    page = client.get("/").get_data(as_text=True)
    assert "Karimi, Ahmad" in page and "E-Mail" in page


def test_applicant_text_is_escaped_and_csp_is_set(env):
    store, made = env["store"], env["made"]
    client, _ = login(env["app"])
    page = client.get(f"/fall/{made['xss'].case_id}")
    body = page.get_data(as_text=True)
    assert "<img src=x onerror" not in body and "&lt;img src=x onerror=alert(1)&gt;.pdf" in body
    # A report whose person name is markup (as a classifier might one day read it).
    report = store.report(made["bamf"].case_id)
    report["persons"] = [
        {
            "name": XSS,
            "vorname": XSS,
            "geburtsdatum": "",
            "geburtsort": "",
            "staatsangehoerigkeit": XSS,
            "adresse": "",
        }
    ]
    report["hints"] = [{"id": "antrag_nicht_deutsch", "detail": XSS}]
    store.save_report(made["bamf"].case_id, report, "test")
    for url in ("/", f"/fall/{made['bamf'].case_id}", "/statistik", "/?q=script"):
        body = client.get(url).get_data(as_text=True)
        assert "<script>" not in body, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body, url
    headers = page.headers
    assert headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert "script-src 'none'" in headers["Content-Security-Policy"]
    assert headers["Cache-Control"] == "no-store" and headers["X-Frame-Options"] == "DENY"
    assert not re.search(r'(src|href)="(https?:)?//', body)  # no external assets


def test_type_correction_re_evaluates_and_is_kept(env):
    store, settings, made = env["store"], env["settings"], env["made"]
    case_id = made["main"].case_id
    client, _ = login(env["app"])
    before = store.report(case_id)
    anlage = next(i for i, d in enumerate(before["documents"]) if d["file"] == "anlage.pdf")
    assert before["documents"][anlage]["type"] == "sonstiges"
    assert next(c for c in before["checklist"] if c["id"] == "vollmacht")["status"] == "missing"
    token = _csrf(client)
    response = client.post(
        f"/fall/{case_id}/dokument/{anlage}/typ", data={"type": "vollmacht", "csrf_token": token}
    )
    assert response.status_code == 302
    after = store.report(case_id)
    assert after["documents"][anlage]["type"] == "vollmacht"
    assert next(c for c in after["checklist"] if c["id"] == "vollmacht")["status"] == "ok"
    page = client.get(f"/fall/{case_id}").get_data(as_text=True)
    assert "Typ von Hand korrigiert (sachb" in page and "Sonstige Unterlage → Vollmacht" in page

    # Training data: file hash, pages, old and new type.
    rows = training_corrections(store)
    assert rows[-1]["old_type"] == "sonstiges" and rows[-1]["new_type"] == "vollmacht"
    assert rows[-1]["pages"] == [1] and len(rows[-1]["file_sha256"]) == 64
    audit = [e for e in store.audit_log(case_id) if e["action"] == "correction_doc_type"]
    assert audit and "old=sonstiges new=vollmacht" in audit[-1]["object"]
    assert "anlage" not in repr(audit) and "Karimi" not in repr(audit)

    # The intake re-evaluating the case (e.g. after a Nachreichung) keeps the corrections.
    refresh_case(store, settings, case_id, actor="test")
    refreshed = store.report(case_id)
    assert refreshed["documents"][anlage]["type"] == "vollmacht"
    assert next(c for c in refreshed["checklist"] if c["id"] == "vollmacht")["status"] == "ok"


def test_manual_satisfaction_needs_a_comment(env):
    store, made = env["store"], env["made"]
    case_id = made["second"].case_id
    client, _ = login(env["app"])
    token = _csrf(client)
    client.post(
        f"/fall/{case_id}/checkliste/datenschutzeinwilligung", data={"comment": " ", "csrf_token": token}
    )
    item = next(c for c in store.report(case_id)["checklist"] if c["id"] == "datenschutzeinwilligung")
    assert item["status"] == "missing"
    client.post(
        f"/fall/{case_id}/checkliste/datenschutzeinwilligung",
        data={"comment": "liegt in der Papierakte", "csrf_token": token},
    )
    item = next(c for c in store.report(case_id)["checklist"] if c["id"] == "datenschutzeinwilligung")
    assert item["status"] == "ok" and "liegt in der Papierakte" in item["detail"]
    audit = [e for e in store.audit_log(case_id) if e["action"] == "correction_checklist"]
    assert audit and "Papierakte" not in repr(audit)  # the comment is free text: not in the log


def test_downloads_reflect_the_current_case(env):
    store, made = env["store"], env["made"]
    client, _ = login(env["app"])
    case_id = made["main"].case_id
    reference = made["main"].case_reference
    data = json.loads(client.get(f"/fall/{case_id}/report.json").data)
    assert data["aktenzeichen"] == reference and data == store.report(case_id)
    html = client.get(f"/fall/{case_id}/report.html")
    assert reference in html.get_data(as_text=True) and "attachment" in html.headers["Content-Disposition"]
    letter = client.get(f"/fall/{case_id}/eingangsbestaetigung.docx")
    assert (
        letter.status_code == 200
        and f"{reference}-eingangsbestaetigung.docx" in letter.headers["Content-Disposition"]
    )
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(letter.data)).paragraphs)
    assert "Eingangsbestätigung" in text


def test_page_images_only_for_files_of_the_case(env):
    store, made = env["store"], env["made"]
    client, _ = login(env["app"])
    case_id = made["second"].case_id
    file_id = store.submission_files(made["second"].submission_id)[0]["id"]
    other = store.submission_files(made["main"].submission_id)[0]["id"]
    thumb = client.get(f"/fall/{case_id}/datei/{file_id}/seite/2.png?groesse=klein")
    assert thumb.status_code == 200 and thumb.mimetype == "image/png"
    image = Image.open(io.BytesIO(thumb.data))
    assert image.width == 180 and image.height > image.width  # an A4 page, upright
    full = Image.open(io.BytesIO(client.get(f"/fall/{case_id}/datei/{file_id}/seite/1.png").data))
    assert full.width == 1100
    assert client.get(f"/fall/{case_id}/datei/{other}/seite/1.png").status_code == 404  # another case's file
    assert client.get(f"/fall/{case_id}/datei/{file_id}/seite/3.png").status_code == 404  # no such page
    viewer = client.get(f"/fall/{case_id}/datei/{file_id}/seite/1").get_data(as_text=True)
    assert f"/fall/{case_id}/datei/{file_id}/seite/1.png" in viewer and "antrag-nouri.pdf" in viewer


def test_page_image_of_a_file_inside_a_zip(env, tmp_path):
    client, _ = login(env["app"])
    token = _csrf(client)
    first = samples.text_pdf([["Ärztliches Attest", "Diagnose: F43.1", "Dr. med. Beispiel"]])
    second = samples.png(samples.text_image(["Lebenslauf", "2015 Einreise", "2019 Arbeit"]))
    response = client.post(
        "/posteingang",
        data={
            "csrf_token": token,
            "received": "2025-06-02",
            "files": [(io.BytesIO(first), "attest.pdf"), (io.BytesIO(second), "lebenslauf.png")],
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    case_id = int(response.headers["Location"].rsplit("/", 1)[1])
    report = env["store"].report(case_id)
    assert {d["file"] for d in report["documents"]} == {"attest.pdf", "lebenslauf.png"}
    assert report["submissions"][0]["source"] == "post" and report["received"] == "2025-06-02"
    page = client.get(f"/fall/{case_id}").get_data(as_text=True)
    ids = re.findall(rf"/fall/{case_id}/datei/(\d+)/seite/1\.png", page)
    assert len(set(ids)) == 2
    for file_id in set(ids):
        image = client.get(f"/fall/{case_id}/datei/{file_id}/seite/1.png?groesse=klein")
        assert image.status_code == 200 and Image.open(io.BytesIO(image.data)).width == 180


def test_statistics_page(env):
    client, _ = login(env["app"])
    page = client.get("/statistik").get_data(as_text=True)
    assert page.count("<svg") == 4
    assert "Afghanisch" in page and "Iranisch" in page
    assert "Einwilligung in die Datenverarbeitung" in page or "Datenschutz" in page
    assert re.search(r"\d+ %</span> vollständig", page)


def test_cli_users_add_reads_the_password_from_stdin(tmp_path):
    config = tmp_path / "hfk.toml"
    config.write_text(f'[store]\ndir = "{tmp_path / "store"}"\n', encoding="utf-8")
    hfk = [sys.executable, "-m", "hfk", "--config", str(config), "users"]
    env = dict(os.environ)
    made = subprocess.run(
        [*hfk, "add", "mueller", "--role", "admin", "--password-stdin"],
        input="ein-sehr-gutes-passwort\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    short = subprocess.run(
        [*hfk, "add", "kurz", "--password-stdin"], input="kurz\n", capture_output=True, text=True, timeout=60
    )
    assert short.returncode == 2 and "mindestens 10 Zeichen" in short.stderr
    again = subprocess.run(
        [*hfk, "add", "mueller", "--password-stdin"],
        input="noch-ein-passwort\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 2 and "gibt es schon" in again.stderr
    listing = subprocess.run([*hfk, "list"], capture_output=True, text=True, timeout=60)
    assert "mueller" in listing.stdout and "admin" in listing.stdout and "kurz" not in listing.stdout
    store = Store(tmp_path / "store")
    from hfk.web.auth import check_login

    assert check_login(store, "mueller", "ein-sehr-gutes-passwort")
    assert not check_login(store, "mueller", "falsch")


def test_viewing_and_downloading_a_case_is_audited_without_names(env):
    store, made = env["store"], env["made"]
    case_id = made["main"].case_id
    client, _ = login(env["app"])
    assert client.get(f"/fall/{case_id}").status_code == 200
    assert client.get(f"/fall/{case_id}/report.json").status_code == 200
    actions = [(e["actor"], e["action"]) for e in store.audit_log(case_id)]
    assert ("sachb", "case_viewed") in actions
    assert ("sachb", "report_downloaded") in actions
    assert "Karimi" not in repr(store.audit_log(case_id))
