"""Page shapes of blind19 (seen after its blind run), written anew for these tests: a test centre's
result sheet sent by fax, and (a guard) an application's second page that opens by telling the exam."""

import pytest

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.ingest.model import Page, SourceFile, Submission

RESULT_SHEET = """12.03.2025 10:41 FAX +49 211 448812 Rechtsanwaltskanzlei Weber S. 3/5

Sprachschule am Rhein e. V. - Prüfungszentrum
Ergebnisbogen Sprachprüfung Deutsch B1
Kandidat/in: HASSAN Omar, geb. 2.2.1991

Modul Punkte max.
Lesen 81 100
Hören 77 100
Schreiben 64 100
Sprechen 70 100

Ergebnis: bestanden - Durchschnitt 73 Punkte.

Ausgestellt: 14.1.2025
"""

APPLICATION_PAGE = """Herr Hassan hat im Integrationskurs Deutsch gelernt und die Sprachprüfung auf dem
Niveau B1 bestanden. Seit März 2023 arbeitet er als Lagerhelfer bei einer Spedition in Neuss.
Ehrenamtlich hilft er in der Kleiderkammer der Gemeinde.
e) Weshalb der Haushalt nicht zurück kann
Die Ärzte haben bei Herrn Hassan eine Posttraumatische Belastungsstörung (ICD-10 F43.1 G)
festgestellt. Eine Rückkehr nach Syrien würde die Behandlung abbrechen.
Wir bitten die Kommission, ein Härtefallersuchen an die Ausländerbehörde zu richten.
Mit freundlichen Grüßen
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [(RESULT_SHEET, "sprachnachweis"), (APPLICATION_PAGE, "antrag")],
    ids=["result-sheet", "application-tells-the-exam"],
)
def test_page_class(text: str, expected: str) -> None:
    source = SourceFile(
        name="fax.pdf",
        mime="application/pdf",
        sha256="0" * 64,
        pages=[Page(number=1, text=text, source="ocr")],
    )
    facts = classify(Submission(files=[source]), ClassifyOptions())
    assert [d.type for d in facts.documents] == [expected]
