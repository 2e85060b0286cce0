"""Write the bundled Eingangsbestätigung template (templates/eingangsbestaetigung.docx) with python-docx.

Run:  python -m hfk.checklist.make_letter_template [OUT.docx]

The office may replace the template with its own letterhead (LetterOptions.template). A replacement
uses the same Jinja tags (docxtpl syntax; "{%p ... %}" tags stand alone in their own paragraph):

  absender_name, absender_zeilen (list)   sender block
  empfaenger_zeilen (list)                addressee: representative with Vollmacht, else the applicant
  datum, eingang, aktenzeichen, betreff, anrede, einleitung
  personen_satz, personen (list)          "folgende Person" / "folgende Personen"
  unterlagen_satz, unterlagen (list)      documents received, by type with counts
  fehlend_satz, fehlend (list), frist_satz, frist
                                          only when something blocks; the whole block is inside
                                          {%p if fehlend %} so a complete case asks for nothing
  optional_satz, optional (list)          "sofern vorhanden" evidence
  verantwortlicher                        controller for the data protection notice
All values are plain text; docxtpl escapes them (autoescape), so names cannot break the XML.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

DEFAULT_OUT = Path(__file__).with_name("templates") / "eingangsbestaetigung.docx"

# Seeds: /work/shared/seeds/ (000 = Leistungsbeschreibung "Härtefälle" des Portalverbunds NRW,
# 001 = Tätigkeitsbericht der Härtefallkommission 2024 mit der HFKVO NRW als Anlage,
# 003 = "Wie und wo stelle ich einen Härtefallantrag?", 004 = "Das Verfahren").
# Each statement below names the seed it is taken from; wording follows the seed where possible.
HINWEISE = [
    # Seed 000 (Verfahrensablauf, Antragstellung), Seed 004.
    "Die zuständige Ausländerbehörde wird über den Eingang des Härtefallantrags informiert.",
    # Seed 000 (Bearbeitung des Härtefallantrages), Seed 004; § 5 HFKVO (Seed 001, Anlage).
    "In einem ersten Schritt wird geprüft, ob sich die Härtefallkommission grundsätzlich mit dem Antrag "
    "befassen wird. Dafür ist es wichtig, dass die Gründe, die für einen Härtefall geltend gemacht werden, "
    "deutlich aus dem Antrag hervorgehen. Dabei werden auch bereits mögliche Ausschlussgründe nach § 5 der "
    "Härtefallkommissionsverordnung NRW (HFKVO) geprüft.",
    # Seed 000, Seed 004.
    "Wird der Antrag angenommen, wird die zuständige Ausländerbehörde um eine schriftliche Stellungnahme "
    "gebeten. Diese wird mit dem Antrag und den eingereichten Unterlagen der Härtefallkommission zur "
    "Beratung vorgelegt.",
    # Seed 001 (Kapitel 2 "Aufgaben"); § 4 Abs. 1 HFKVO (Seed 001, Anlage).
    "Ein Rechtsanspruch darauf, dass sich die Härtefallkommission mit einem bestimmten Einzelfall befasst "
    "oder eine bestimmte Entscheidung trifft, besteht nicht. Die Anrufung der Härtefallkommission ist kein "
    "Rechtsbehelf und entfaltet im rechtlichen Sinne keine aufschiebende Wirkung.",
    # Seed 000 (Beratung ... und Entscheidung; Hinweise), Seed 004; § 6 Abs. 2 HFKVO.
    "Die Härtefallkommission berät in nicht öffentlicher Sitzung. Ein persönliches Erscheinen der "
    "antragstellenden oder der bevollmächtigten Person ist nicht vorgesehen und kann nicht stattfinden.",
    # Seed 000, Seed 004; § 7 HFKVO.
    "Bei einem positiven Ergebnis richtet die Härtefallkommission ein Ersuchen an die zuständige "
    "Ausländerbehörde. Das Ersuchen ist für die Ausländerbehörde rechtlich nicht bindend; sie entscheidet in "
    "eigener Zuständigkeit über die Erteilung einer Aufenthaltserlaubnis.",
    # Seed 000, Seed 004 ("erhält in jedem Fall ... eine schriftliche Mitteilung ... erfragen zu können").
    "Über die Beendigung des Verfahrens ergeht in jedem Fall – ob positiver oder negativer Ausgang – eine "
    "schriftliche Mitteilung. Das Ergebnis kann bei der zuständigen Ausländerbehörde erfragt werden.",
    # Seed 003 ("nur Kopien, keine Originale / bei E-Mail bitte nur Anlagen im pdf-Format"), Seed 000.
    "Bitte geben Sie bei allen Schreiben das oben genannte Aktenzeichen an. Reichen Sie Unterlagen bitte nur "
    "in Kopie ein (keine Originale); bei E-Mail bitte nur Anlagen im PDF-Format.",
]

# Art. 13 DSGVO notice. The seeds contain only the consent form (Seed 000: "Erklärung über die
# Einwilligung in die Datenverarbeitung"), the ministry's address (Seeds 001, 003) and § 6 Abs. 2 HFKVO;
# the GDPR articles and the supervisory authority's address are general law / public contact data,
# not from the seeds: the office should confirm them once (see the report of session 2).
DATENSCHUTZ = [
    # Seed 003 / 001: Ministerium ..., Geschäftsstelle der Härtefallkommission, Völklinger Str. 4.
    (
        "Verantwortlich: ",
        "{{ verantwortlicher }}. Die behördliche Datenschutzbeauftragte bzw. den behördlichen "
        "Datenschutzbeauftragten des Ministeriums erreichen Sie unter derselben Anschrift.",
    ),
    # Seed 000 / 001: § 23a AufenthG, HFKVO NRW.
    (
        "Zweck: ",
        "Durchführung des Härtefallverfahrens nach § 23a Aufenthaltsgesetz (AufenthG) in Verbindung mit "
        "der Härtefallkommissionsverordnung NRW (HFKVO).",
    ),
    # General GDPR; Art. 9 Abs. 2 Buchst. a matches the consent form required by Seed 000.
    (
        "Rechtsgrundlage: ",
        "Art. 6 Abs. 1 Buchst. e und Abs. 3 DSGVO in Verbindung mit § 23a AufenthG und der "
        "HFKVO; für Gesundheitsdaten und andere besondere Kategorien personenbezogener Daten Ihre ausdrückliche "
        "Einwilligung (Art. 9 Abs. 2 Buchst. a DSGVO), die mit der Erklärung über die Einwilligung in die "
        "Datenverarbeitung erteilt wird.",
    ),
    # § 3 Abs. 2, § 4 Abs. 2 HFKVO; Seed 000 (Ausländerbehörde informiert, Stellungnahme);
    # Seed 001 Kapitel 6.3 ("Prüfungen ... durch andere beteiligte Stellen und Behörden").
    (
        "Empfänger: ",
        "die Mitglieder der Härtefallkommission, die zuständige Ausländerbehörde sowie, soweit für "
        "das Verfahren erforderlich, weitere beteiligte Stellen und Behörden. Beratungsinhalte und im Verfahren "
        "bekannt gewordene Daten unterliegen der Verschwiegenheitspflicht (§ 6 Abs. 2 HFKVO).",
    ),
    # General GDPR (Art. 5 Abs. 1 Buchst. e).
    (
        "Speicherdauer: ",
        "Ihre Daten werden gespeichert, solange dies für das Härtefallverfahren erforderlich ist, "
        "und nach Ablauf der geltenden Aufbewahrungsfristen gelöscht.",
    ),
    # General GDPR.
    (
        "Ihre Rechte: ",
        "Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), "
        "Einschränkung der Verarbeitung (Art. 18 DSGVO) und Widerspruch gegen die Verarbeitung (Art. 21 DSGVO). "
        "Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen "
        "(Art. 7 Abs. 3 DSGVO).",
    ),
    # Art. 77 DSGVO; address as published by the LDI NRW (not in the seeds).
    (
        "Beschwerderecht: ",
        "Sie können sich bei der Landesbeauftragten für Datenschutz und Informationsfreiheit "
        "Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, beschweren (Art. 77 DSGVO).",
    ),
]


def _tight(paragraph, size: float | None = None, bold: bool = False):
    """No space after the paragraph: address and reference lines belong together."""
    paragraph.paragraph_format.space_after = Pt(0)
    if size or bold:
        for run in paragraph.runs:
            if size:
                run.font.size = Pt(size)
            run.bold = run.bold or bold
    return paragraph


def _tag(doc: Document, text: str) -> None:
    """A paragraph that holds only a docxtpl block tag; docxtpl removes the paragraph itself."""
    doc.add_paragraph(text)


def _loop(doc: Document, var: str, items: str, style: str | None = None, size: float | None = None) -> None:
    """One paragraph per list element; list paragraphs have no gap between them."""
    _tag(doc, f"{{%p for {var} in {items} %}}")
    _tight(doc.add_paragraph(f"{{{{ {var} }}}}", style=style), size)
    _tag(doc, "{%p endfor %}")


def _keep_with_next(paragraph):
    # A lead-in sentence must not be left alone at the foot of a page.
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def _labelled(doc: Document, label: str, tag: str):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(tag)
    return _tight(p)


def _field(paragraph, instruction: str) -> None:
    """A simple Word field (PAGE, NUMPAGES) that LibreOffice and Word fill in when rendering."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")  # 8 pt in half-points, like the words around it
    props.append(size)
    run.append(props)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _setup(doc: Document) -> None:
    # A4 with DIN 5008 margins (python-docx's default document is US Letter).
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin, section.right_margin = Mm(25), Mm(20)
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer.add_run("Seite ")
        _field(footer, "PAGE")
        footer.add_run(" von ")
        _field(footer, "NUMPAGES")
        for run in footer.runs:
            run.font.size = Pt(8)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.0
    # Plain black Arial headings instead of the default blue Calibri Light.
    heading = doc.styles["Heading 2"]
    heading.font.name = "Arial"
    heading.font.size = Pt(11)
    heading.font.bold = True
    heading.font.color.rgb = RGBColor(0, 0, 0)
    heading.paragraph_format.space_before = Pt(10)
    heading.paragraph_format.space_after = Pt(4)
    heading.paragraph_format.keep_with_next = True
    # The default heading style takes its font from the theme (asciiTheme), which overrides font.name.
    fonts = heading.element.rPr.rFonts
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)


def build_template(out: Path = DEFAULT_OUT) -> Path:
    doc = Document()
    # Fixed metadata so that rebuilding gives the same template.
    doc.core_properties.author = "hfk"
    doc.core_properties.title = "Eingangsbestätigung Härtefallantrag"
    doc.core_properties.created = datetime.datetime(2025, 1, 1)
    doc.core_properties.modified = datetime.datetime(2025, 1, 1)
    doc.core_properties.last_modified_by = "hfk"
    _setup(doc)

    # Sender block: small, as on a letterhead.
    _tight(doc.add_paragraph("{{ absender_name }}"), 9, bold=True)
    _loop(doc, "z", "absender_zeilen", size=9)
    doc.add_paragraph()

    _loop(doc, "z", "empfaenger_zeilen")
    doc.add_paragraph()
    doc.add_paragraph()

    date = _tight(doc.add_paragraph("Düsseldorf, {{ datum }}"))
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _labelled(doc, "Aktenzeichen: ", "{{ aktenzeichen }}")
    _labelled(doc, "Eingang am: ", "{{ eingang }}")
    doc.add_paragraph()
    subject = doc.add_paragraph()
    subject.add_run("{{ betreff }}").bold = True
    doc.add_paragraph()

    doc.add_paragraph("{{ anrede }}")
    doc.add_paragraph("{{ einleitung }}")

    _keep_with_next(doc.add_paragraph("{{ personen_satz }}"))
    _loop(doc, "p", "personen", style="List Bullet")
    doc.add_paragraph()

    _keep_with_next(doc.add_paragraph("{{ unterlagen_satz }}"))
    _loop(doc, "u", "unterlagen", style="List Bullet")
    doc.add_paragraph()

    # Only a case with blocking items gets a request for documents and a deadline.
    _tag(doc, "{%p if fehlend %}")
    _keep_with_next(doc.add_paragraph("{{ fehlend_satz }}"))
    _loop(doc, "f", "fehlend", style="List Bullet")
    frist = doc.add_paragraph()
    frist.paragraph_format.space_before = Pt(6)
    frist.add_run("{{ frist_satz }}").bold = True
    _tag(doc, "{%p endif %}")

    _tag(doc, "{%p if optional %}")
    _keep_with_next(doc.add_paragraph("{{ optional_satz }}"))
    _loop(doc, "o", "optional", style="List Bullet")
    doc.add_paragraph()
    _tag(doc, "{%p endif %}")

    doc.add_heading("Hinweise zum weiteren Verfahren", level=2)
    for text in HINWEISE:
        doc.add_paragraph(text, style="List Bullet").paragraph_format.space_after = Pt(3)

    doc.add_paragraph()
    _keep_with_next(doc.add_paragraph("Mit freundlichen Grüßen"))
    _keep_with_next(doc.add_paragraph("Im Auftrag"))
    _keep_with_next(doc.add_paragraph())
    doc.add_paragraph("{{ absender_name }}")

    # The data protection notice follows the signature, in small print, as an enclosure.
    doc.add_heading("Hinweise zum Datenschutz (Art. 13 DSGVO)", level=2)
    for label, text in DATENSCHUTZ:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        p.add_run(label).bold = True
        p.add_run(text)
        for run in p.runs:
            run.font.size = Pt(9)

    out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    doc.save(buffer)
    _write_stable_zip(buffer.getvalue(), out)
    return out


def _write_stable_zip(data: bytes, out: Path) -> None:
    """Re-pack the DOCX with fixed member timestamps so a rebuild gives identical bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    print(build_template(target))
