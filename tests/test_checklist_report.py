"""report.json contract and the HTML Vollständigkeitsbericht."""

from __future__ import annotations

import datetime
import json
from html.parser import HTMLParser
from pathlib import Path

from hfk.checklist.model import CHECKLIST_IDS
from hfk.checklist.report import build_report, write_report_html
from hfk.checklist.rules import evaluate
from hfk.classify.model import BEGRUENDUNG_TOPICS, CaseFacts, Document, Person, Representative, Trigger
from hfk.ingest.model import IngestError, Page, SourceFile, Submission

RECEIVED = datetime.date(2025, 3, 14)
SECRET_TEXT = "Vertraulicher Befundtext F43.1 nur im Dokument"
MALICIOUS = "<script>alert(1)</script>"


def make_case(name: str = "Beispiel", complete: bool = False) -> tuple[Submission, CaseFacts]:
    docs = [
        Document("antrag.pdf", [1, 2], "antrag", 0.934, "2025-03-01", "text", ['Seite 1: "Härtefallantrag"']),
        Document(
            "scan.pdf",
            [1, 2, 3],
            "aerztliches_gutachten",
            0.5,
            "2024-10-02",
            "ocr",
            ['Seite 1: "Diagnose"'],
            needs_review=True,
            text=SECRET_TEXT,
            page_texts=[SECRET_TEXT],
            notes=["Schweregrad nicht erkennbar"],
        ),
        Document("scan.pdf", [4], "vollmacht", 0.81, None, "mixed", []),
        Document("formulare.pdf", [1], "datenschutzeinwilligung", 0.9, None, "text", []),
        Document("formulare.pdf", [2], "lebenslauf", 0.9, None, "text", []),
        Document("formulare.pdf", [3], "schweigepflichtsentbindung", 0.9, None, "text", []),
    ]
    if complete:
        docs[1].date = "2025-02-20"
    facts = CaseFacts(
        documents=docs,
        persons=[
            Person(name, "Amira", "1985-06-01", "Damaskus", "syrisch", "Musterweg 1, 44135 Dortmund"),
            Person(name, "Samir", "", "", "syrisch", ""),
        ],
        representative=Representative("Kanzlei Beispiel", "anwalt", "Allee 5, 40210 Düsseldorf"),
        triggers=[Trigger("illness", "Sie leidet an einer Depression.", 0, 2)],
        begruendung_topics={t: "Beleg." for t in BEGRUENDUNG_TOPICS},
        application_language="de",
    )
    if complete:
        facts.persons = facts.persons[:1]
    else:
        facts.triggers.append(Trigger("criminal", "Gegen ihn erging ein Strafbefehl.", 0, 2))
    files = [
        SourceFile(
            "antrag.pdf",
            "application/pdf",
            "a" * 64,
            [Page(1, "x", "text"), Page(2, "y", "text")],
            via="antrag.eml",
        ),
        SourceFile("scan.pdf", "application/pdf", "b" * 64, [Page(i, "z", "ocr") for i in range(1, 5)]),
    ]
    errors = [
        IngestError("kaputt.pdf", "Die PDF-Datei ist verschlüsselt. Bitte unverschlüsselt erneut senden.")
    ]
    return Submission(files=files, errors=errors), facts


def report_for(**kw) -> dict:
    submission, facts = make_case(**kw)
    return build_report(submission, facts, evaluate(facts, RECEIVED))


def test_report_has_every_contract_key():
    report = report_for()
    for key in (
        "schema",
        "received",
        "documents",
        "persons",
        "representative",
        "checklist",
        "hints",
        "complete",
        "errors",
    ):
        assert key in report
    assert report["schema"] == 1
    assert report["received"] == "2025-03-14"
    assert [c["id"] for c in report["checklist"]] == list(CHECKLIST_IDS)
    for c in report["checklist"]:
        assert set(c) >= {"id", "status", "detail", "documents", "label"}
    doc = report["documents"][0]
    assert set(doc) >= {"file", "pages", "type", "confidence", "date", "text_source", "evidence"}
    assert doc["confidence"] == 0.93
    assert report["documents"][2]["date"] is None
    assert report["documents"][1]["needs_review"] is True
    assert report["documents"][1]["label"] == "Ärztliches Gutachten / Attest"
    assert set(report["persons"][0]) == {
        "name",
        "vorname",
        "geburtsdatum",
        "geburtsort",
        "staatsangehoerigkeit",
        "adresse",
    }
    assert report["persons"][1]["geburtsdatum"] == ""
    assert report["representative"] == {
        "name": "Kanzlei Beispiel",
        "kind": "anwalt",
        "adresse": "Allee 5, 40210 Düsseldorf",
    }
    assert report["errors"] == [
        {
            "file": "kaputt.pdf",
            "error": "Die PDF-Datei ist verschlüsselt. Bitte unverschlüsselt erneut senden.",
        }
    ]
    assert report["files"][1] == {"file": "scan.pdf", "mime": "application/pdf", "pages": 4, "via": ""}
    assert report["complete"] is False


def test_report_is_json_and_never_holds_document_text():
    dumped = json.dumps(report_for(), ensure_ascii=False)
    assert SECRET_TEXT not in dumped
    assert json.loads(dumped)["schema"] == 1


def test_complete_flag_follows_findings():
    assert report_for(complete=True)["complete"] is True


def test_no_representative_is_null():
    submission, facts = make_case()
    facts.representative = None
    assert build_report(submission, facts, evaluate(facts, RECEIVED))["representative"] is None


class _TextAndTags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_untrusted_names_and_shows_german_statuses(tmp_path: Path):
    report = report_for(name=MALICIOUS)
    report["aktenzeichen"] = "HFK-2025-ABCDEF"
    report["documents"][0]["file"] = '<img src=x onerror="alert(2)">.pdf'
    out = tmp_path / "report.html"
    write_report_html(report, out)
    html = out.read_text(encoding="utf-8")
    assert MALICIOUS not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html
    parser = _TextAndTags()
    parser.feed(html.replace("<wbr>", ""))  # break opportunities in file names are not text
    assert "script" not in parser.tags and "img" not in parser.tags
    text = " ".join(parser.text)
    assert MALICIOUS in text  # shown to the reader as text
    for word in (
        "vorhanden",
        "fehlt",
        "veraltet",
        "unvollständig",
        "nicht erforderlich",
        "optional, nicht vorhanden",
    ):
        assert word in text, word
    assert "HFK-2025-ABCDEF" in text
    assert "14.03.2025" in text
    assert "02.10.2024" in text  # German date format of the Attest
    assert "unvollständig –" in text
    assert "Prüfung empfohlen" in text
    assert "Nicht lesbare Dateien" in text and "kaputt.pdf" in text
    assert "Hinweis zur Prüfung" in text or "Keine Hinweise" in text
    assert "@page" in html and "A4" in html
    assert "http" not in html.replace('lang="de"', "")  # no external assets
    assert SECRET_TEXT not in html


def test_html_complete_case(tmp_path: Path):
    report = report_for(complete=True)
    out = tmp_path / "report.html"
    write_report_html(report, out)
    html = out.read_text(encoding="utf-8")
    assert "Gesamtstatus: vollständig" in html
    assert "noch nicht vergeben" in html  # no Aktenzeichen yet
