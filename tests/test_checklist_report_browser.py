"""The HTML Vollständigkeitsbericht in Chromium: on screen and printed to A4 PDF."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from hfk.checklist.report import build_report, write_report_html
from hfk.checklist.rules import evaluate
from hfk.classify.model import BEGRUENDUNG_TOPICS, CaseFacts, Document, Person, Representative, Trigger
from hfk.ingest.model import IngestError, Page, SourceFile, Submission

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu"]
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() or shutil.which("pdftotext") is None,
    reason="Debian-Paket chromium oder poppler-utils (pdftotext) fehlt",
)

RECEIVED = datetime.date(2025, 3, 14)
LONG_FILE = "Antrag_Familie_Beispiel_Haertefallkommission_2025-03-01_final_unterschrieben.pdf"
ILLNESS = (
    "Seit ihrer Flucht im Jahr 2015 leidet Frau Beispiel an einer schweren posttraumatischen "
    "Belastungsstörung (F43.1) mit wiederkehrenden Albträumen, Schlafstörungen und depressiven Episoden, "
    "weshalb sie seit 2019 in fachärztlicher und psychotherapeutischer Behandlung ist."
)


def rich_report() -> dict:
    """Four persons, a lawyer, an outdated Attest, a BAMF decision with a missing page, hints, errors."""
    docs = [
        Document(LONG_FILE, [1, 2, 3, 4, 5, 6], "antrag", 0.97, "2025-03-01", "text", []),
        Document(
            "scan_0001.pdf",
            [1, 2, 3],
            "aerztliches_gutachten",
            0.55,
            "2024-10-02",
            "ocr",
            [],
            needs_review=True,
            notes=["Schweregrad nicht erkennbar"],
        ),
        Document("scan_0001.pdf", [4], "vollmacht", 0.81, None, "mixed", []),
        Document(
            "scan_0001.pdf",
            [5, 6, 7, 9, 10],
            "bamf_bescheid",
            0.93,
            "2019-05-07",
            "ocr",
            [],
            page_numbering=[(1, 6), (2, 6), (3, 6), (5, 6), (6, 6)],
            file_number="7654321-475",
        ),
        Document("formulare.pdf", [1], "datenschutzeinwilligung", 0.9, None, "text", []),
        Document("formulare.pdf", [2, 3], "lebenslauf", 0.9, None, "text", []),
        Document(
            "foto_whatsapp.jpg",
            [1],
            "unterstuetzerschreiben",
            0.62,
            "2025-02-11",
            "ocr",
            [],
            from_mail=True,
            mime="image/jpeg",
            needs_review=True,
        ),
        Document("zeugnis.pdf", [1], "schulnachweis", 0.88, "2024-07-01", "text", []),
    ]
    address = "Musterweg 1, 44135 Dortmund"
    facts = CaseFacts(
        documents=docs,
        persons=[
            Person("Beispiel", "Amira", "1985-06-01", "Damaskus", "syrisch", address),
            Person("Beispiel", "Karim", "1982-11-20", "Homs", "syrisch", address),
            Person("Beispiel", "Lina", "2016-02-01", "Bochum", "syrisch", address),
            Person("Beispiel-Haddad", "Samir", "", "", "syrisch", "Lange Straße 12, 30159 Hannover"),
        ],
        representative=Representative(
            "Rechtsanwältin Dr. Erika Muster", "anwalt", "Kanzleiweg 2, 40210 Düsseldorf"
        ),
        triggers=[
            Trigger("illness", ILLNESS, 0, 2),
            Trigger("asylum", "Der Asylantrag wurde 2019 vom Bundesamt abgelehnt.", 0, 3),
            Trigger("criminal", "Gegen Herrn Beispiel erging 2021 ein Strafbefehl.", 0, 4),
            Trigger("rueckfuehrungstermin", "Die Abschiebung ist für den 02.04.2025 terminiert.", 0, 5),
        ],
        begruendung_topics={t: "Die Familie lebt seit 2015 in Dortmund." for t in BEGRUENDUNG_TOPICS},
        application_language="de",
    )
    files = [
        SourceFile(LONG_FILE, "application/pdf", "a" * 64, [Page(i, "x", "text") for i in range(1, 7)]),
        SourceFile("scan_0001.pdf", "application/pdf", "b" * 64, [Page(i, "x", "ocr") for i in range(1, 11)]),
        SourceFile("foto_whatsapp.jpg", "image/jpeg", "c" * 64, [Page(1, "x", "ocr")], via="antrag.eml"),
    ]
    errors = [
        IngestError("kaputt.pdf", "Die PDF-Datei ist verschlüsselt. Bitte unverschlüsselt erneut senden.")
    ]
    report = build_report(Submission(files=files, errors=errors), facts, evaluate(facts, RECEIVED))
    report["aktenzeichen"] = "HFK-2025-7F3A2B"
    return report


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def report_html(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bericht") / "report.html"
    write_report_html(rich_report(), path)
    return path


def test_report_prints_to_a4_with_all_content(browser, report_html: Path):
    page = browser.new_page()
    page.goto(report_html.as_uri())
    pdf = report_html.with_suffix(".pdf")
    page.pdf(path=str(pdf), format="A4")
    page.close()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    assert 2 <= pages <= 6, f"{pages} Seiten für einen Bericht mit 8 Dokumenten"
    assert re.search(r"Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)", info), info
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for expected in (
        "Vollständigkeitsbericht – Härtefallantrag",
        "HFK-2025-7F3A2B",
        "14.03.2025",
        "Gesamtstatus: unvollständig",
        "Rechtsanwältin Dr. Erika Muster",
        "Beispiel-Haddad",
        "Az. 7654321-475",
        "Seite 4 von 6 fehlt",
        "älter als drei Monate (Stichtag 14.12.2024)",
        "Schweregrad nicht erkennbar",
        "Wohnsitz außerhalb NRW:",
        "Postleitzahl 30159 liegt nicht in NRW",
        "Rückführungstermin steht fest:",
        "entscheidet allein die Härtefallkommission",
        "Nicht lesbare Dateien",
        "kaputt.pdf",
        "JPEG-Bild",
    ):
        assert expected in flat, expected
    for status in ("vorhanden", "fehlt", "veraltet", "unvollständig", "nicht erforderlich", "optional"):
        assert status in flat, status


def test_printed_tables_fit_the_page_width(browser, report_html: Path):
    """No table is wider than the A4 text column: long file names and sentences wrap."""
    page = browser.new_page(viewport={"width": 680, "height": 1000})  # about 180 mm at 96 dpi
    page.emulate_media(media="print")
    page.goto(report_html.as_uri())
    overflow = page.evaluate(
        """() => {
        const body = document.body.getBoundingClientRect();
        return [...document.querySelectorAll('table')]
            .map(t => t.getBoundingClientRect().right - body.right)
            .filter(excess => excess > 1);
    }"""
    )
    # A cell whose content is wider than the cell (words running into the next column).
    spill = page.evaluate(
        """() => [...document.querySelectorAll('td, th')]
            .filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim())"""
    )
    page.close()
    assert overflow == []
    assert spill == []


def test_traffic_light_distinguishable_without_colour(browser, report_html: Path):
    """Each status class shows its own symbol, so the printed report reads in black and white too."""
    page = browser.new_page()
    page.emulate_media(media="print")
    page.goto(report_html.as_uri())
    symbols = page.evaluate(
        """() => Object.fromEntries(['green', 'red', 'yellow', 'grey'].map(c => {
            const el = document.querySelector('.status.' + c);
            return [c, el ? getComputedStyle(el, '::before').content : null];
        }))"""
    )
    page.close()
    assert None not in symbols.values()
    assert len(set(symbols.values())) == 4
