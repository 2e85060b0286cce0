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
from docx.shared import Pt

DEFAULT_OUT = Path(__file__).with_name("templates") / "eingangsbestaetigung.docx"

HINWEISE = [
    "Die zuständige Ausländerbehörde wird über den Eingang des Härtefallantrags informiert.",
    "In einem ersten Schritt wird geprüft, ob sich die Härtefallkommission grundsätzlich mit dem Antrag "
    "befassen wird (Vorprüfung). Dabei werden auch mögliche Ausschlussgründe nach § 5 der "
    "Härtefallkommissionsverordnung NRW geprüft. Es ist daher wichtig, dass die Gründe, die Sie für einen "
    "Härtefall geltend machen, deutlich aus dem Antrag hervorgehen.",
    "Ein Rechtsanspruch auf eine Befassung der Härtefallkommission oder auf eine bestimmte Entscheidung "
    "besteht nicht. Der Härtefallantrag hat keine aufschiebende Wirkung: Die Ausreisepflicht bleibt "
    "bestehen.",
    "Die Härtefallkommission berät in nicht öffentlicher Sitzung. Ein persönliches Erscheinen der "
    "antragstellenden oder der bevollmächtigten Person ist nicht vorgesehen und nicht möglich.",
    "Über die Beendigung des Verfahrens erhalten Sie in jedem Fall eine schriftliche Mitteilung. Das "
    "Ergebnis können Sie bei der zuständigen Ausländerbehörde erfragen.",
    "Bitte geben Sie bei allen Schreiben das oben genannte Aktenzeichen an. Unterlagen senden Sie bitte nur "
    "in Kopie (keine Originale); bei E-Mail bitte nur Anlagen im PDF-Format.",
]

DATENSCHUTZ = [
    "Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten: {{ verantwortlicher }}. "
    "Die behördliche Datenschutzbeauftragte bzw. den behördlichen Datenschutzbeauftragten erreichen Sie "
    "unter derselben Anschrift.",
    "Zweck der Verarbeitung: Durchführung des Härtefallverfahrens nach § 23a Aufenthaltsgesetz (AufenthG) "
    "in Verbindung mit der Härtefallkommissionsverordnung NRW.",
    "Rechtsgrundlage: Art. 6 Abs. 1 Buchst. e und Abs. 3 DSGVO in Verbindung mit § 23a AufenthG und der "
    "Härtefallkommissionsverordnung NRW; für Gesundheitsdaten und andere besondere Kategorien "
    "personenbezogener Daten Art. 9 Abs. 2 Buchst. a DSGVO (Ihre Einwilligung) und Buchst. g DSGVO.",
    "Empfänger: die Mitglieder der Härtefallkommission, die zuständige Ausländerbehörde sowie, soweit für "
    "das Verfahren erforderlich, weitere beteiligte öffentliche Stellen.",
    "Speicherdauer: Ihre Daten werden gespeichert, solange dies für das Härtefallverfahren erforderlich "
    "ist, und nach Ablauf der geltenden Aufbewahrungsfristen gelöscht.",
    "Ihre Rechte: Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), "
    "Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Widerspruch gegen die "
    "Verarbeitung (Art. 21 DSGVO). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die "
    "Zukunft widerrufen (Art. 7 Abs. 3 DSGVO).",
    "Beschwerderecht: Sie können sich bei der Landesbeauftragten für Datenschutz und Informationsfreiheit "
    "Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, beschweren.",
]


def _tag(doc: Document, text: str) -> None:
    """A paragraph that holds only a docxtpl block tag; docxtpl removes the paragraph itself."""
    doc.add_paragraph(text)


def _loop(doc: Document, var: str, items: str, style: str | None = None) -> None:
    _tag(doc, f"{{%p for {var} in {items} %}}")
    doc.add_paragraph(f"{{{{ {var} }}}}", style=style)
    _tag(doc, "{%p endfor %}")


def _labelled(doc: Document, label: str, tag: str) -> None:
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(tag)


def build_template(out: Path = DEFAULT_OUT) -> Path:
    doc = Document()
    # Fixed metadata so that rebuilding gives the same template.
    doc.core_properties.author = "hfk"
    doc.core_properties.title = "Eingangsbestätigung Härtefallantrag"
    doc.core_properties.created = datetime.datetime(2025, 1, 1)
    doc.core_properties.modified = datetime.datetime(2025, 1, 1)
    doc.core_properties.last_modified_by = "hfk"
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    # Sender block: small, as on a letterhead.
    sender = doc.add_paragraph()
    run = sender.add_run("{{ absender_name }}")
    run.bold = True
    run.font.size = Pt(9)
    _tag(doc, "{%p for z in absender_zeilen %}")
    line = doc.add_paragraph()
    line.add_run("{{ z }}").font.size = Pt(9)
    _tag(doc, "{%p endfor %}")
    doc.add_paragraph()

    _loop(doc, "z", "empfaenger_zeilen")
    doc.add_paragraph()

    date = doc.add_paragraph("Datum: {{ datum }}")
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _labelled(doc, "Aktenzeichen: ", "{{ aktenzeichen }}")
    _labelled(doc, "Eingang am: ", "{{ eingang }}")
    doc.add_paragraph()
    subject = doc.add_paragraph()
    subject.add_run("{{ betreff }}").bold = True
    doc.add_paragraph()

    doc.add_paragraph("{{ anrede }}")
    doc.add_paragraph("{{ einleitung }}")

    doc.add_paragraph("{{ personen_satz }}")
    _loop(doc, "p", "personen", style="List Bullet")

    doc.add_paragraph("{{ unterlagen_satz }}")
    _loop(doc, "u", "unterlagen", style="List Bullet")

    # Only a case with blocking items gets a request for documents and a deadline.
    _tag(doc, "{%p if fehlend %}")
    doc.add_paragraph("{{ fehlend_satz }}")
    _loop(doc, "f", "fehlend", style="List Bullet")
    frist = doc.add_paragraph()
    frist.add_run("{{ frist_satz }}").bold = True
    _tag(doc, "{%p endif %}")

    _tag(doc, "{%p if optional %}")
    doc.add_paragraph("{{ optional_satz }}")
    _loop(doc, "o", "optional", style="List Bullet")
    _tag(doc, "{%p endif %}")

    doc.add_heading("Hinweise zum weiteren Verfahren", level=2)
    for text in HINWEISE:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Hinweise zum Datenschutz (Art. 13 DSGVO)", level=2)
    for text in DATENSCHUTZ:
        doc.add_paragraph(text)

    doc.add_paragraph()
    doc.add_paragraph("Mit freundlichen Grüßen")
    doc.add_paragraph("Im Auftrag")
    doc.add_paragraph()
    doc.add_paragraph("{{ absender_name }}")

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
