"""The Eingangsbestätigung rendered to PDF by LibreOffice headless, read back with pdftotext."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess

import pytest

from hfk.checklist.letter import write_letter
from hfk.checklist.model import LetterOptions
from hfk.checklist.report import build_report
from hfk.checklist.rules import evaluate
from hfk.classify.model import BEGRUENDUNG_TOPICS, CaseFacts, Document, Person, Representative, Trigger
from hfk.ingest.model import Submission

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) oder pdftotext nicht installiert: apt-get install libreoffice-writer-nogui poppler-utils",
)

RECEIVED = datetime.date(2025, 3, 14)
AKTENZEICHEN = "HFK-2025-7F3A2B"
ADDRESS = "Musterweg 1\n44135 Dortmund"


def d(doc_type: str, file: str = "scan.pdf", date: str | None = None) -> Document:
    return Document(file, [1], doc_type, 0.9, date, "text", [])


def complete_facts() -> CaseFacts:
    return CaseFacts(
        documents=[
            d("antrag", "antrag.pdf", "2025-03-03"),
            d("datenschutzeinwilligung"),
            d("lebenslauf"),
            d("sprachnachweis"),
            d("arbeitsnachweis"),
            d("arbeitsnachweis"),
            d("ehrenamt"),
            d("unterstuetzerschreiben"),
            d("auslaenderbehoerde"),
        ],
        persons=[Person("Beispiel", "Amira", "1985-06-01", "Damaskus", "syrisch", ADDRESS)],
        begruendung_topics={t: "Beleg." for t in BEGRUENDUNG_TOPICS},
        application_language="de",
    )


def family_with_lawyer() -> CaseFacts:
    """Three persons, a lawyer with Vollmacht, illness with an old Attest, a school child: three gaps."""
    facts = complete_facts()
    facts.persons += [
        Person("Beispiel", "Karim", "1982-11-20", "Homs", "syrisch", ADDRESS),
        Person("Beispiel", "Lina", "2016-02-01", "Bochum", "syrisch", ADDRESS),
    ]
    facts.representative = Representative(
        "Rechtsanwältin Dr. Erika Muster", "anwalt", "Kanzleiweg 2, 40210 Düsseldorf"
    )
    facts.documents.append(d("vollmacht", "vollmacht.pdf"))
    facts.documents.append(d("aerztliches_gutachten", "attest.pdf", "2024-10-02"))
    facts.triggers.append(Trigger("illness", "Frau Beispiel leidet an einer schweren Depression.", 0, 2))
    return facts


def one_gap() -> CaseFacts:
    facts = complete_facts()
    facts.documents = [doc for doc in facts.documents if doc.type != "lebenslauf"]
    return facts


CASES = {
    # name: (facts, letter options)
    "vollstaendig": (complete_facts, LetterOptions(letter_date="2025-03-17")),
    "familie": (family_with_lawyer, LetterOptions(letter_date="2025-03-20", deadline_weeks=6)),
    "einzeln": (one_gap, LetterOptions(letter_date="2025-03-17", deadline_weeks=4)),
}


def _flat(text: str) -> str:
    """pdftotext output as one line: bullets dropped, words joined, a hyphen broken at a line end rejoined."""
    # List bullets come out as Symbol-font private-use characters (U+F0B7).
    text = re.sub(r"[\ue000-\uf8ff•]", " ", text)
    flat = " ".join(text.split())
    return re.sub(r"(?<=\w)- (?=[A-ZÄÖÜa-zäöü])", "-", flat)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, dict]:
    """Write the three letters and convert them in one LibreOffice run (a private profile per run)."""
    base = tmp_path_factory.mktemp("letters")
    docx_files = []
    for name, (make, options) in CASES.items():
        facts = make()
        report = build_report(Submission(files=[]), facts, evaluate(facts, RECEIVED))
        report["aktenzeichen"] = AKTENZEICHEN
        path = base / f"{name}.docx"
        write_letter(report, path, options)
        docx_files.append(str(path))
    profile = base / "lo-profile"
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(base),
            *docx_files,
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    out = {}
    for name in CASES:
        pdf = base / f"{name}.pdf"
        assert pdf.is_file(), f"LibreOffice hat {name}.pdf nicht erzeugt: {result.stdout} {result.stderr}"
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        out[name] = {"pdf": pdf, "text": text, "flat": _flat(text), "info": info}
    return out


def _pages(info: str) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


@pytest.mark.parametrize("name", list(CASES))
def test_every_letter_is_a4_fully_rendered_with_standard_hints(pdfs, name):
    letter = pdfs[name]
    flat = letter["flat"]
    # A4 portrait (595 x 842 pt), at most three pages, no docxtpl tag left over.
    assert re.search(r"Page size:\s+595(\.\d+)? x 841\.\d+|Page size:\s+595(\.\d+)? x 842", letter["info"])
    assert 1 <= _pages(letter["info"]) <= 3
    assert "{{" not in flat and "{%" not in flat
    assert f"Aktenzeichen: {AKTENZEICHEN}" in flat
    assert "Eingang am: 14.03.2025" in flat
    assert "Eingangsbestätigung – Härtefallantrag nach § 23a Aufenthaltsgesetz" in flat
    assert "hiermit bestätigen wir den Eingang des Härtefallantrags vom 03.03.2025 am 14.03.2025" in flat
    # The standard hints of seeds 000/001/004.
    assert "Die zuständige Ausländerbehörde wird über den Eingang des Härtefallantrags informiert." in flat
    assert "ob sich die Härtefallkommission grundsätzlich mit dem Antrag befassen wird" in flat
    assert "Ausschlussgründe nach § 5 der Härtefallkommissionsverordnung NRW" in flat
    assert (
        "Ein Rechtsanspruch darauf, dass sich die Härtefallkommission mit einem bestimmten Einzelfall" in flat
    )
    assert "keine aufschiebende Wirkung" in flat
    assert "Ein persönliches Erscheinen" in flat and "kann nicht stattfinden" in flat
    assert "schriftliche Mitteilung" in flat and "bei der zuständigen Ausländerbehörde erfragt" in flat
    assert "Ersuchen ist für die Ausländerbehörde rechtlich nicht bindend" in flat
    assert "nur Anlagen im PDF-Format" in flat
    # The data protection notice (Art. 13 DSGVO).
    assert "Hinweise zum Datenschutz (Art. 13 DSGVO)" in flat
    assert (
        "Verantwortlich: Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration"
        in flat
    )
    assert "Völklinger Str. 4, 40219 Düsseldorf" in flat
    assert "Art. 6 Abs. 1 Buchst. e" in flat and "Art. 9 Abs. 2 Buchst. a DSGVO" in flat
    assert "Verschwiegenheitspflicht (§ 6 Abs. 2 HFKVO)" in flat
    assert "Auskunft (Art. 15 DSGVO)" in flat and "Widerspruch gegen die Verarbeitung (Art. 21 DSGVO)" in flat
    assert "(LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf" in flat
    assert "Mit freundlichen Grüßen" in flat
    # Page numbers in the footer are filled in by the renderer.
    assert f"Seite 1 von {_pages(letter['info'])}" in flat


def test_complete_case_one_person_asks_for_nothing(pdfs):
    flat = pdfs["vollstaendig"]["flat"]
    assert "Der Antrag wurde für folgende Person gestellt: Amira Beispiel, geboren am 01.06.1985" in flat
    # Addressed to the applicant.
    assert "Amira Beispiel Musterweg 1 44135 Dortmund" in flat
    assert "Eingegangen sind folgende Unterlagen:" in flat
    assert "Nachweis über Arbeit / Einkommen (2 Dokumente)" in flat
    assert "Schreiben der Ausländerbehörde" in flat
    # No request for documents, no deadline, no optional list either (everything was sent).
    for absent in ("fehlt noch", "fehlen noch", "bis zum", "nachreichen", "Sofern vorhanden, können Sie"):
        assert absent not in flat, absent


def test_family_with_lawyer_plural_deadline_and_addressee(pdfs):
    letter = pdfs["familie"]
    flat = letter["flat"]
    # Addressed to the representative: her name and address come before the reference block.
    head = flat.split("Aktenzeichen:")[0]
    assert "Rechtsanwältin Dr. Erika Muster Kanzleiweg 2 40210 Düsseldorf" in head
    assert "Musterweg 1" not in head
    assert "Düsseldorf, 20.03.2025" in flat
    assert "Der Antrag wurde für folgende drei Personen gestellt:" in flat
    for person in (
        "Amira Beispiel, geboren am 01.06.1985",
        "Karim Beispiel, geboren am 20.11.1982",
        "Lina Beispiel, geboren am 01.02.2016",
    ):
        assert person in flat
    for received in ("Vollmacht", "Ärztliches Gutachten / Attest", "Lebenslauf", "Antragsschrift"):
        assert received in flat.split("Eingegangen sind folgende Unterlagen:")[1].split("fehlen noch")[0]
    assert "Nach unserer ersten Durchsicht fehlen noch folgende Unterlagen:" in flat
    missing = flat.split("fehlen noch folgende Unterlagen:")[1].split("Bitte reichen Sie")[0]
    assert "aktuelles ärztliches Gutachten (nicht älter als drei Monate)" in missing
    assert "das vorliegende Dokument vom 02.10.2024 ist älter als drei Monate" in missing
    assert "Schweigepflichtsentbindungserklärung" in missing
    assert "Kindergartenbescheinigung bzw. Schulzeugnisse" in missing
    assert "Vollmacht" not in missing and "Lebenslauf" not in missing
    # Deadline: letter date 20.03.2025 + 6 configured weeks.
    deadline = datetime.date(2025, 3, 20) + datetime.timedelta(weeks=6)
    assert f"Bitte reichen Sie diese Unterlagen bis zum {deadline:%d.%m.%Y} nach." in flat
    assert "01.05.2025" in flat


def test_single_missing_document_singular(pdfs):
    flat = pdfs["einzeln"]["flat"]
    assert (
        "Nach unserer ersten Durchsicht fehlt noch folgende Unterlage: tabellarischer Lebenslauf von Geburt an"
        in flat
    )
    assert "Bitte reichen Sie diese Unterlage bis zum 14.04.2025 nach." in flat
    assert "fehlen noch" not in flat and "diese Unterlagen" not in flat
    assert "Amira Beispiel Musterweg 1 44135 Dortmund" in flat
