"""Text formats (DOCX, ODT, TXT, HTML), folders, type sniffing and safe names — no OCR involved."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

from hfk.ingest import samples
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions
from hfk.ingest.names import display_name, storage_name
from hfk.ingest.pdf import usable_text
from hfk.ingest.sniff import sniff


def _options(tmp_path: Path) -> IngestOptions:
    return IngestOptions(quarantine_dir=str(tmp_path / "q"))


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Antrag an die Härtefallkommission")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Name"
    table.cell(0, 1).text = "Beispiel"
    table.cell(1, 0).text = "Geburtsdatum"
    table.cell(1, 1).text = "01.02.1990"
    row = table.add_row()
    row.cells[0].text = "Anschrift\nHauptstraße 86\n40589 Düsseldorf"  # line breaks within one cell
    row.cells[1].text = "Begründung\tsiehe unten"
    document.add_paragraph("Begründung folgt.")
    document.add_paragraph("Ende Seite eins.").runs[0].add_break(WD_BREAK.PAGE)
    document.add_paragraph("Seite zwei: Integration in Köln.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _odt() -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:h>Stellungnahme der Schule</text:h>"
        '<text:p>Die Schülerin besucht<text:s/>die Klasse<text:s text:c="2"/>7b.</text:p>'
        "</office:text></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content)
    return buf.getvalue()


def test_text_formats(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    files = {
        "antrag.docx": _docx(),
        "schule.odt": _odt(),
        "notiz.txt": "Rückfrage zur Duldung: Frau Müller ruft zurück.".encode("cp1252"),
        "utf8.txt": "Aufenthaltsgestattung für Herrn Öztürk".encode(),
        "seite.html": "<html><body><h1>Bestätigung</h1><p>Ehrenamt&nbsp;seit 2019 &amp; Sprachkurs B1</p>"
        "<script>var x = 1;</script></body></html>".encode(),
    }
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    submission = ingest([inbox / name for name in files], _options(tmp_path))
    assert submission.errors == []
    by_name = {f.name: f for f in submission.files}

    doc = by_name["antrag.docx"]
    assert doc.mime.endswith("wordprocessingml.document")
    assert len(doc.pages) == 2 and all(p.source == "text" for p in doc.pages)
    first = doc.pages[0].text
    # document order: paragraph, table, paragraph
    assert (
        first.index("Härtefallkommission")
        < first.index("Geburtsdatum | 01.02.1990")
        < first.index("Begründung")
    )
    assert "Integration in Köln" in doc.pages[1].text and "Köln" not in first
    # a cell's line breaks and tabs part its words; they are never glued ("AnschriftHauptstraße 8640589")
    assert "Anschrift Hauptstraße 86 40589 Düsseldorf | Begründung siehe unten" in first

    odt = by_name["schule.odt"]
    assert odt.mime == "application/vnd.oasis.opendocument.text"
    assert "Stellungnahme der Schule\nDie Schülerin besucht die Klasse  7b." == odt.pages[0].text

    assert by_name["notiz.txt"].pages[0].text == "Rückfrage zur Duldung: Frau Müller ruft zurück."
    assert by_name["utf8.txt"].pages[0].text == "Aufenthaltsgestattung für Herrn Öztürk"
    html = by_name["seite.html"].pages[0].text
    assert "Bestätigung" in html and "Ehrenamt seit 2019 & Sprachkurs B1" in html and "var x" not in html


def test_folder_is_walked_sorted_without_junk(tmp_path):
    root = tmp_path / "scanordner"
    (root / "b_unter").mkdir(parents=True)
    (root / ".versteckt").mkdir()
    pdf = samples.text_pdf([samples.VOLLMACHT])
    (root / "z.txt").write_text("Zweiter Text mit Inhalt.", encoding="utf-8")
    (root / "a.pdf").write_bytes(pdf)
    (root / "b_unter" / "c.pdf").write_bytes(pdf)
    for junk in (".DS_Store", "Thumbs.db", "~$antrag.docx", "x.tmp", "y.part"):
        (root / junk).write_bytes(b"junk")
    (root / ".versteckt" / "geheim.pdf").write_bytes(pdf)
    submission = ingest([root], _options(tmp_path))
    assert submission.errors == []
    assert [(f.name, f.via) for f in submission.files] == [
        ("a.pdf", "scanordner"),
        ("z.txt", "scanordner"),
        ("c.pdf", "scanordner > b_unter"),
    ]
    assert submission.files[0].sha256 == __import__("hashlib").sha256(pdf).hexdigest()


def test_sniff_by_content():
    pdf = samples.text_pdf([["x"]])
    assert sniff(pdf, "bild.jpg").kind == "pdf"
    assert sniff(samples.jpeg(samples.blank_image((200, 200))), "x.pdf").kind == "image"
    assert sniff(_docx(), "").kind == "docx"
    assert sniff(_odt(), "a.zip").kind == "odt"
    assert sniff(b"From: a@b.de\nSubject: x\nDate: Mon, 1 Jan 2024 10:00:00 +0100\n\nHallo", "").kind == "eml"
    assert sniff("Nur ein Text: Grüße".encode(), "ohne_endung").kind == "text"
    assert sniff(b"\x00\x01\x02\x03" * 100, "a.pdf").kind == "unknown"


def test_names_are_safe():
    assert display_name("../../etc/passwd") == "passwd"
    assert display_name("C:\\Users\\x\\Ärztliches Attest.pdf") == "Ärztliches Attest.pdf"
    assert display_name("a\x00b\x1b.pdf") == "ab.pdf"
    assert display_name("..") == "unbenannt"
    assert display_name("A\u0308rztlich.pdf") == "Ärztlich.pdf"  # NFD from macOS becomes NFC
    stored = storage_name("../ä:b*?.pdf", "ab" * 32)
    assert "/" not in stored and ":" not in stored and stored.startswith("abababababababab_")


def test_text_layer_quality():
    assert usable_text("Bundesamt für Migration und Flüchtlinge, Außenstelle Bielefeld")
    assert not usable_text("Seite 2")
    assert not usable_text("\ufffd\ufffd\ufffd \ufffd\ufffd " * 10)
    assert not usable_text("Qxwrt Zbnmkl Prst Hjkl Wxyz Bcdf Ghjk Lmnp Qrst Vwxz" * 2)
    assert not usable_text("12.03.2024 4711-0815 ... /// 123 456 789 000 111 222 333 444 555 666")
