"""Web UI in a real browser: Playwright driving Debian's Chromium against `hfk serve`'s app on loopback."""

from __future__ import annotations

import io
import os
import shutil
import threading
from pathlib import Path

import docx
import pytest
from werkzeug.serving import make_server

from hfk.settings import load_settings
from hfk.store import Store
from hfk.web.app import create_app
from hfk.web.auth import create_user
from hfk.web.demo import populate

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent / "artifacts" / "web"
DOCS_SCREENSHOTS = Path(__file__).parent.parent / "docs" / "screenshots"
PASSWORD = "browser-passwort-123"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian-Paket chromium fehlt")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    settings = load_settings(None)
    settings.store["dir"] = str(root / "store")
    store = Store(root / "store")
    made = populate(store, settings)
    create_user(store, "sachb", PASSWORD, "caseworker")
    app = create_app(store, settings, key=b"browser-test-key-0123456789")
    http = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{http.server_port}", "made": made, "store": store}
    http.shutdown()
    store.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def _readme_dir() -> Path:
    """Where the README-sized copies go: docs/screenshots/ only when asked
    (HFK_PUBLISH_SCREENSHOTS=1), so that a test run leaves the tracked files alone."""
    if os.environ.get("HFK_PUBLISH_SCREENSHOTS") == "1":
        return DOCS_SCREENSHOTS
    return ARTIFACTS / "readme"


def _publish(path: Path, height: int = 900) -> None:
    """A README-sized copy (1200 px wide, top of the page), see _readme_dir()."""
    from PIL import Image

    target = _readme_dir()
    target.mkdir(parents=True, exist_ok=True)
    image = Image.open(path)
    image = image.crop((0, 0, image.width, min(image.height, height)))
    image.thumbnail((1200, 1200))
    # A 256-colour palette keeps the README's pictures small; the UI has few colours anyway.
    image.convert("RGB").quantize(256).save(target / path.name, optimize=True)


def test_log_in_correct_a_type_and_download_the_letter(server, browser):
    base, made = server["url"], server["made"]
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="de-DE"
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)

    page.goto(f"{base}/fall/{made['main'].case_id}")
    assert page.url.startswith(f"{base}/anmelden")  # not logged in: to the login first
    assert page.locator("h1").inner_text() == "Anmelden"
    _publish(_shot(page, "login"), height=500)
    page.fill("input[name=name]", "sachb")
    page.fill("input[name=password]", "falsch-falsch")
    page.click("button[type=submit]")
    assert "Benutzername oder Passwort falsch" in page.locator("p.error").inner_text()
    page.fill("input[name=name]", "sachb")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    assert page.url == f"{base}/fall/{made['main'].case_id}"  # back where the caseworker wanted to go

    page.goto(f"{base}/")
    assert page.locator("table.list tbody tr").count() >= 4
    assert "Karimi, Ahmad" in page.inner_text("table.list")
    _publish(_shot(page, "triage"))
    page.fill("input[name=q]", "Nouri")
    page.click("form.filters button")
    assert page.locator("table.list tbody tr").count() == 1

    page.goto(f"{base}/")
    page.click(f"text={made['main'].case_reference}")
    vollmacht = page.locator("tr.item-vollmacht")
    assert vollmacht.locator("td.status").inner_text() == "fehlt"
    assert vollmacht.locator(".light.red").count() == 1
    # Thumbnails of the original pages really load (rendered on request).
    thumb = page.locator("td.thumbs img").first
    thumb.scroll_into_view_if_needed()
    page.wait_for_function("() => [...document.querySelectorAll('td.thumbs img')].every(i => i.complete)")
    assert page.evaluate("() => document.querySelector('td.thumbs img').naturalWidth") == 180
    _shot(page, "case-before")

    row = page.locator("tr.doc", has_text="anlage.pdf")
    assert "Sonstige Unterlage" in row.locator(".doctype").inner_text()
    row.locator("select[name=type]").select_option("vollmacht")
    row.locator("button", has_text="Typ ändern").click()
    page.wait_for_load_state()
    assert "Dokumenttyp geändert" in page.locator(".flash").inner_text()
    vollmacht = page.locator("tr.item-vollmacht")
    assert vollmacht.locator("td.status").inner_text() == "vorhanden"
    assert vollmacht.locator(".light.green").count() == 1
    assert "Vollmacht" in page.locator("tr.doc", has_text="anlage.pdf").locator(".doctype").inner_text()
    _publish(_shot(page, "case"))

    with page.expect_download() as info:
        page.click("text=Eingangsbestätigung (DOCX)")
    download = info.value
    assert download.suggested_filename == f"{made['main'].case_reference}-eingangsbestaetigung.docx"
    letter = docx.Document(io.BytesIO(Path(download.path()).read_bytes()))
    text = "\n".join(p.text for p in letter.paragraphs) + "\n".join(
        c.text for t in letter.tables for r in t.rows for c in r.cells
    )
    assert "Eingangsbestätigung" in text
    assert "Vollmacht" not in [line.strip() for line in text.splitlines() if "fehlt" in line.lower()]

    page.click("td.thumbs a >> nth=0")
    assert page.locator("img.page-full").count() == 1
    page.wait_for_function("() => document.querySelector('img.page-full').complete")
    assert page.evaluate("() => document.querySelector('img.page-full').naturalWidth") == 1100

    page.goto(f"{base}/statistik")
    assert page.locator("svg.chart").count() == 4
    _publish(_shot(page, "statistik"), height=1100)
    assert not errors, errors  # no CSP violations or broken assets
    context.close()


def test_split_a_bundle_and_undo_it(server, browser):
    base, made = server["url"], server["made"]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(f"{base}/fall/{made['bundle'].case_id}")
    page.fill("input[name=name]", "sachb")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    assert page.locator("tr.item-vollmacht td.status").inner_text() == "fehlt"
    row = page.locator("tr.doc", has_text="antrag-haidari.pdf")
    assert row.count() == 1 and "S. 1, 2" in row.inner_text()

    # A page outside the document: a German error, nothing changes.
    row.locator("details.split summary").click()
    form = row.locator("details.split form")
    form.locator("select[name=type_second]").select_option("vollmacht")
    form.locator("input[name=at]").evaluate("(el) => { el.removeAttribute('max'); el.value = '5'; }")
    form.locator("button", has_text="Teilen").click()
    page.wait_for_load_state()
    assert "Seite 5 gehört nicht zu diesem Dokument" in page.locator(".flash-error").inner_text()
    assert page.locator("tr.doc", has_text="antrag-haidari.pdf").count() == 1

    row = page.locator("tr.doc", has_text="antrag-haidari.pdf")
    row.locator("details.split summary").click()
    form = row.locator("details.split form")
    form.locator("select[name=type_first]").select_option("antrag")
    form.locator("input[name=at]").fill("2")
    form.locator("select[name=type_second]").select_option("vollmacht")
    # The README picture: the documents with the split form filled in (viewport, not the whole page).
    page.evaluate("() => window.scrollTo(0, document.querySelector('table.documents').offsetTop - 60)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "case-split.png"))
    _publish(ARTIFACTS / "case-split.png")
    form.locator("button", has_text="Teilen").click()
    page.wait_for_load_state()
    assert "Dokument geteilt" in page.locator(".flash").inner_text()
    docs = page.locator("tr.doc", has_text="antrag-haidari.pdf")
    assert docs.count() == 2
    assert [docs.nth(i).locator(".doctype").inner_text() for i in range(2)] == ["Antragsschrift", "Vollmacht"]
    vollmacht = page.locator("tr.item-vollmacht")
    assert vollmacht.locator("td.status").inner_text() == "vorhanden"
    assert vollmacht.locator(".light.green").count() == 1
    # The first part offers to merge with the second again; the correction is listed with its author.
    assert docs.nth(0).locator("details.merge").count() == 1
    listed = page.locator("tr.correction").first
    assert "geteilt in S. 1 Antragsschrift und S. 2 Vollmacht" in listed.inner_text()
    assert "sachb" in listed.inner_text()
    listed.scroll_into_view_if_needed()
    _shot(page, "case-after-split")

    listed.locator("button", has_text="Rückgängig").click()
    page.wait_for_load_state()
    assert "Korrektur rückgängig gemacht" in page.locator(".flash").inner_text()
    assert page.locator("tr.item-vollmacht td.status").inner_text() == "fehlt"
    assert page.locator("tr.doc", has_text="antrag-haidari.pdf").count() == 1
    assert "rückgängig gemacht von sachb" in page.locator("tr.correction.undone").inner_text()
    assert not errors, errors
    context.close()


def test_screenshots_are_published():
    # Runs after the browser test in this module: the README's pictures exist and are README-sized.
    from PIL import Image

    for name in ("login", "triage", "case", "case-split", "statistik"):
        image = Image.open(_readme_dir() / f"{name}.png")
        assert image.width <= 1200
        assert (ARTIFACTS / f"{name}.png").exists()
        assert (DOCS_SCREENSHOTS / f"{name}.png").exists()  # the README's copies are committed
    shutil.rmtree(ARTIFACTS / "tmp", ignore_errors=True)
