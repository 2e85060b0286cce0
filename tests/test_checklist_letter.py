"""The Eingangsbestätigung DOCX, read back with python-docx."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from hfk.checklist.letter import LetterError, write_letter
from hfk.checklist.model import LetterOptions
from hfk.checklist.report import build_report
from hfk.checklist.rules import evaluate
from hfk.classify.model import BEGRUENDUNG_TOPICS, CaseFacts, Document, Person, Representative, Trigger
from hfk.ingest.model import Submission

RECEIVED = datetime.date(2025, 3, 14)
OPTIONS = LetterOptions(letter_date="2025-03-17", deadline_weeks=4)
DEADLINE = "14.04.2025"


def d(doc_type: str, file: str = "scan.pdf", date: str | None = None) -> Document:
    return Document(file, [1], doc_type, 0.9, date, "text", [])


def base_facts() -> CaseFacts:
    return CaseFacts(
        documents=[
            d("antrag", "antrag.pdf", "2025-03-03"),
            d("datenschutzeinwilligung"),
            d("lebenslauf"),
            d("arbeitsnachweis"),
            d("arbeitsnachweis"),
        ],
        persons=[
            Person("Beispiel", "Amira", "1985-06-01", "Damaskus", "syrisch", "Musterweg 1\n44135 Dortmund")
        ],
        begruendung_topics={t: "Beleg." for t in BEGRUENDUNG_TOPICS},
        application_language="de",
    )


def letter_text(
    facts: CaseFacts, tmp_path: Path, aktenzeichen: str = "HFK-2025-0A1B2C", options=OPTIONS
) -> str:
    report = build_report(Submission(files=[]), facts, evaluate(facts, RECEIVED))
    report["aktenzeichen"] = aktenzeichen
    out = tmp_path / "eingangsbestaetigung.docx"
    write_letter(report, out, options)
    document = docx.Document(str(out))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    text = "\n".join(parts)
    assert "{{" not in text and "{%" not in text  # every tag rendered
    return text


def test_complete_case_asks_for_nothing(tmp_path: Path):
    text = letter_text(base_facts(), tmp_path)
    assert "HFK-2025-0A1B2C" in text
    assert "Amira Beispiel" in text
    assert "Musterweg 1" in text and "44135 Dortmund" in text  # addressed to the applicant
    assert "folgende Person gestellt" in text
    assert "Härtefallantrags vom 03.03.2025 am 14.03.2025" in text
    assert "Düsseldorf, 17.03.2025" in text
    assert "fehlt" not in text and "fehlen" not in text
    assert DEADLINE not in text and "bis zum" not in text
    assert "Nachweis über Arbeit / Einkommen (2 Dokumente)" in text
    assert "Sofern vorhanden" in text  # the gentle list of optional evidence
    assert "Sehr geehrte Damen und Herren," in text


def test_standard_hints_and_data_protection(tmp_path: Path):
    text = letter_text(base_facts(), tmp_path)
    assert "Ausländerbehörde wird über den Eingang" in text
    assert "grundsätzlich mit dem Antrag befassen" in text
    assert "keine aufschiebende Wirkung" in text
    assert "kein Rechtsbehelf" in text
    assert "Ausreisepflicht bleibt bestehen" not in text  # not in the seeds: removed
    assert "persönliches Erscheinen" in text
    assert "schriftliche Mitteilung" in text and "erfragt werden" in text
    assert "Art. 13 DSGVO" in text
    assert "§ 23a" in text
    assert "Auskunft" in text and "Berichtigung" in text and "Löschung" in text and "Widerspruch" in text
    assert "LDI NRW" in text
    assert "Völklinger Str. 4" in text


def test_one_missing_document_singular(tmp_path: Path):
    facts = base_facts()
    del facts.documents[2]  # no Lebenslauf
    text = letter_text(facts, tmp_path)
    assert "folgende Unterlage:" in text and "fehlt noch folgende Unterlage" in text
    assert "fehlen" not in text
    assert "tabellarischer Lebenslauf von Geburt an" in text
    assert f"Bitte reichen Sie diese Unterlage bis zum {DEADLINE} nach." in text


def test_several_missing_documents_plural_with_reasons(tmp_path: Path):
    facts = base_facts()
    facts.persons.append(
        Person("Beispiel", "Lina", "2016-02-01", "Bochum", "syrisch", "Musterweg 1\n44135 Dortmund")
    )
    facts.triggers.append(Trigger("illness", "Frau Beispiel leidet an einer schweren Depression.", 0, 2))
    facts.documents.append(d("aerztliches_gutachten", "attest.pdf", "2024-10-02"))
    text = letter_text(facts, tmp_path)
    assert "fehlen noch folgende Unterlagen" in text
    assert "folgende zwei Personen gestellt" in text
    assert "Lina Beispiel, geboren am 01.02.2016" in text
    assert "älter als drei Monate" in text and "02.10.2024" in text
    assert "Schweigepflichtsentbindungserklärung" in text
    assert "Schulzeugnisse" in text
    assert f"Bitte reichen Sie diese Unterlagen bis zum {DEADLINE} nach." in text


def test_missing_information_and_documents_named_as_such(tmp_path: Path):
    facts = base_facts()
    facts.persons[0].geburtsort = ""
    text = letter_text(facts, tmp_path)
    assert "fehlt noch folgende Angabe:" in text
    assert "Bitte reichen Sie diese Angabe bis zum" in text
    del facts.documents[2]  # and no Lebenslauf
    text = letter_text(facts, tmp_path)
    assert "fehlen noch folgende Unterlagen bzw. Angaben:" in text
    assert "Bitte reichen Sie diese Unterlagen bzw. Angaben bis zum" in text


def test_deadline_follows_options(tmp_path: Path):
    facts = base_facts()
    del facts.documents[1]
    text = letter_text(facts, tmp_path, options=LetterOptions(letter_date="2025-12-20", deadline_weeks=2))
    assert "bis zum 03.01.2026" in text


def test_addressed_to_lawyer_when_vollmacht_ok(tmp_path: Path):
    facts = base_facts()
    facts.representative = Representative(
        "Rechtsanwältin Dr. Muster", "anwalt", "Kanzleiweg 2, 40210 Düsseldorf"
    )
    facts.documents.append(d("vollmacht", "vollmacht.pdf"))
    text = letter_text(facts, tmp_path)
    lines = text.splitlines()
    recipient = lines.index("Rechtsanwältin Dr. Muster")
    assert lines[recipient + 1 : recipient + 3] == ["Kanzleiweg 2", "40210 Düsseldorf"]
    assert "Musterweg 1" not in text
    assert "Amira Beispiel" in text  # still named as the person covered


def test_addressed_to_applicant_when_vollmacht_missing(tmp_path: Path):
    facts = base_facts()
    facts.representative = Representative(
        "Rechtsanwältin Dr. Muster", "anwalt", "Kanzleiweg 2, 40210 Düsseldorf"
    )
    text = letter_text(facts, tmp_path)
    assert "Rechtsanwältin Dr. Muster" not in text.splitlines()[:12]
    assert "Musterweg 1" in text
    assert "Vertretungsvollmacht" in text  # asked for


def test_untrusted_names_do_not_break_the_docx(tmp_path: Path):
    facts = base_facts()
    facts.persons[0].vorname = '<w:p>&amp; "Evil" </w:t>'
    text = letter_text(facts, tmp_path)
    assert '<w:p>&amp; "Evil" </w:t> Beispiel' in text


def test_office_template_and_missing_template(tmp_path: Path):
    custom = tmp_path / "briefkopf.docx"
    doc = docx.Document()
    doc.add_paragraph("BRIEFKOPF DER GESCHÄFTSSTELLE")
    doc.add_paragraph("Az. {{ aktenzeichen }}, Eingang {{ eingang }}")
    doc.save(str(custom))
    text = letter_text(
        base_facts(), tmp_path, options=LetterOptions(template=str(custom), letter_date="2025-03-17")
    )
    assert "BRIEFKOPF DER GESCHÄFTSSTELLE" in text
    assert "Az. HFK-2025-0A1B2C, Eingang 14.03.2025" in text
    with pytest.raises(LetterError, match="Briefvorlage"):
        write_letter(
            {"checklist": []}, tmp_path / "x.docx", LetterOptions(template=str(tmp_path / "nix.docx"))
        )


def test_bundled_template_is_reproducible(tmp_path: Path):
    out = tmp_path / "vorlage.docx"
    subprocess.run(
        [sys.executable, "-m", "hfk.checklist.make_letter_template", str(out)],
        check=True,
        capture_output=True,
    )
    bundled = Path(__file__).resolve().parents[1] / "checklist" / "templates" / "eingangsbestaetigung.docx"
    assert out.read_bytes() == bundled.read_bytes()
