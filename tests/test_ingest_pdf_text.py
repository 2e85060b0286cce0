"""The text layer of a born-digital PDF keeps a printed line on one line, table rows included."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from hfk.classify.persons import extract_persons
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions

ROWS = [
    ("Name", "Vorname", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit"),
    ("Haddad", "Amal", "03.01.1974", "Homs", "syrisch"),
    ("Haddad", "Karim", "17.08.2009", "Damaskus", "syrisch"),
]
COLUMNS = (60, 150, 240, 340, 430)


def _table_pdf() -> bytes:
    # Every cell drawn on its own, as word processors and the corpus layout engine do: a text
    # extraction that follows the drawing order puts each cell on a line of its own.
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    y = 780
    c.drawString(60, y, "An die Geschäftsstelle der Härtefallkommission NRW")
    y -= 20
    c.drawString(60, y, "hiermit beantrage ich für mich und meinen Sohn die Aufnahme in das Verfahren.")
    y -= 30
    for row in ROWS:
        for x, cell in zip(COLUMNS, row, strict=True):
            c.drawString(x, y, cell)
        y -= 16
    y -= 14
    c.drawString(60, y, "Anschrift aller Personen: Lindenweg 74, 48143 Münster")
    c.showPage()
    c.save()
    return buf.getvalue()


def _text(tmp_path: Path) -> str:
    path = tmp_path / "antrag.pdf"
    path.write_bytes(_table_pdf())
    submission = ingest([path], IngestOptions(quarantine_dir=str(tmp_path / "q")))
    page = submission.files[0].pages[0]
    assert page.source == "text"
    return page.text


def test_a_table_row_drawn_cell_by_cell_stays_one_line(tmp_path):
    lines = _text(tmp_path).splitlines()
    assert "Name Vorname Geburtsdatum Geburtsort Staatsangehörigkeit" in lines
    assert "Haddad Amal 03.01.1974 Homs syrisch" in lines
    assert "Haddad Karim 17.08.2009 Damaskus syrisch" in lines
    # the padding that aligns the columns is not kept: words are single-spaced as in running text
    assert "hiermit beantrage ich für mich und meinen Sohn die Aufnahme in das Verfahren." in lines


def test_the_persons_of_such_a_table_are_read_row_by_row(tmp_path):
    persons = extract_persons(_text(tmp_path))
    got = {(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons}
    assert got == {("Haddad", "Amal", "1974-01-03", "Homs"), ("Haddad", "Karim", "2009-08-17", "Damaskus")}
