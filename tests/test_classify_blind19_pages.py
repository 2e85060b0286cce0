"""Page shapes of blind19 (seen after its blind run), written anew for these tests: a test centre's
result sheet sent by fax, and (a guard) an application's second page that opens by telling the exam."""

import sys
from pathlib import Path

import pytest

from hfk.classify.pages import RuleScorer

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_case import one_type  # noqa: E402  (the one document a page comes out as)

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
    assert one_type(text, src="ocr") == expected


CV_BY_FAX = """27.08.2024 14:28 FAX +49 845 443819 Flüchtlingsberatung der Diakonie S. 4/7

Lebenslauf - Ahmet KAYA
Anschrift: Bergstraße 4, 58095 Hagen

von bis Station
1996 2003 Grundschule im Heimatort
2004 2016 Mitarbeit im Handwerksbetrieb eines Verwandten
03.01.2017 Einreise ins Bundesgebiet
2019 heute Maler und Lackierer in Hagen

Hagen, 17.8.2024
"""


def test_a_cv_is_titled_as_such() -> None:
    """ "Lebenslauf - Name" opening a page is the page's own title (not only a phrase in its head)."""
    assert RuleScorer().score(CV_BY_FAX).title == "lebenslauf"


def test_a_faxed_cv_titled_with_the_name_is_a_cv() -> None:
    """Guard: the whole page comes out as a CV."""
    assert one_type(CV_BY_FAX, src="ocr") == "lebenslauf"
