"""Splitting bundles: same-class boundaries, continuation pages and numbered decisions (segment.py)."""

from __future__ import annotations

import pytest

from hfk.classify.nlp import default_scorer
from hfk.classify.pages import best_class, default_cues
from hfk.classify.segment import analyse_page, run_scores, split_file
from hfk.ingest.model import Page, SourceFile


@pytest.fixture(scope="module")
def env():
    return default_cues(), default_scorer()


def _split(env, texts: list[str]) -> list[tuple[str, list[int]]]:
    cues, scorer = env
    source = SourceFile(
        name="Scan_0001.pdf",
        mime="application/pdf",
        sha256="0" * 64,
        pages=[Page(number=i + 1, text=t, source="ocr") for i, t in enumerate(texts)],
    )
    runs = split_file(source, scorer, cues)
    return [
        (best_class(run_scores(run, cues), cues.min_score)[0], [i.page.number for i in run]) for run in runs
    ]


def attest(date: str, patient: str = "Testa Beispiel", diagnosis: str = "F43.1") -> str:
    return f"""Praxis für Allgemeinmedizin Dr. med. Muster
Lindenweg 3
40210 Düsseldorf
Tel. 0211 123456

Düsseldorf, den {date}

Ärztliches Attest
Patient/in: {patient}, geb. 01.02.1980

Diagnose:
Posttraumatische Belastungsstörung (ICD-10: {diagnosis} G)
Anamnese und Befund:
Der/die Patient/in befindet sich seit März 2019 in unserer regelmäßigen Behandlung.
Es zeigen sich Ein- und Durchschlafstörungen, Albträume und Intrusionen.
Medikation:
Sertralin 100 mg 1-0-0

Dieses Attest wird auf Wunsch des Patienten zur Vorlage bei Behörden ausgestellt.

Dr. med. Erika Muster"""


ATTEST_PAGE2 = """Die Behandlung muss fortgesetzt werden. Eine Unterbrechung der Psychotherapie würde
zu einer erheblichen Verschlechterung der Symptomatik führen. Bei einer Rückkehr ist mit
einer akuten Dekompensation zu rechnen. Eine vergleichbare Behandlung ist im Herkunftsland
nicht verfügbar. Die Medikation wird regelmäßig kontrolliert.

Dr. med. Erika Muster"""


VOLLMACHT = """Vollmacht

Hiermit bevollmächtige ich, Testa Beispiel, wohnhaft Lindenweg 9, 40210 Düsseldorf,
Rechtsanwältin Anna Probe, mich gegenüber der Härtefallkommission NRW und der
Ausländerbehörde in allen Angelegenheiten zu vertreten.

Düsseldorf, den 03.03.2025

Unterschrift"""


def schulbescheinigung(child: str, date: str) -> str:
    return f"""Städtische Gesamtschule Musterstadt
Schulweg 1, 40210 Düsseldorf

Düsseldorf, den {date}

Schulbescheinigung

{child}, geb. 04.05.2012, besucht im Schuljahr 2024/25 die Klasse 7b unserer Schule.

Schulleitung"""


def bamf(page: int, of: int, body: str) -> str:
    head = "Bundesamt für Migration und Flüchtlinge\nGesch.-Z.: 1234567-423\n"
    return f"{head}\n{body}\n\nSeite {page} von {of}"


BAMF_1 = """Bundesamt für Migration und Flüchtlinge
Außenstelle Bielefeld
Gesch.-Z.: 1234567-423

BESCHEID
In dem Asylverfahren des Testa Beispiel, geb. 01.02.1980, ergeht folgende Entscheidung:
1. Die Flüchtlingseigenschaft wird nicht zuerkannt.
2. Der Antrag auf Asylanerkennung wird abgelehnt.

Seite 1 von 3"""

BAMF_BODY_2 = """Begründung:
Der Antragsteller reiste nach eigenen Angaben auf dem Landweg in die Bundesrepublik ein.
Die Voraussetzungen für die Zuerkennung des subsidiären Schutzes liegen nicht vor."""

BAMF_BODY_3 = """Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb von zwei Wochen nach Zustellung Klage erhoben werden.
Im Auftrag
Referent"""


def test_two_atteste_of_one_practice_are_two_documents(env):
    got = _split(env, [attest("12.01.2025"), attest("03.02.2025", diagnosis="F32.1")])
    assert got == [("aerztliches_gutachten", [1]), ("aerztliches_gutachten", [2])]


def test_attest_continuation_page_without_title_stays(env):
    got = _split(env, [attest("12.01.2025"), ATTEST_PAGE2, VOLLMACHT])
    assert got == [("aerztliches_gutachten", [1, 2]), ("vollmacht", [3])]


def test_two_school_certificates_after_a_vollmacht(env):
    got = _split(
        env,
        [
            VOLLMACHT,
            schulbescheinigung("Mira Beispiel", "02.09.2024"),
            schulbescheinigung("Jon Beispiel", "02.09.2024"),
        ],
    )
    assert got == [("vollmacht", [1]), ("schulnachweis", [2]), ("schulnachweis", [3])]


def test_numbered_decision_stays_one_document_even_when_a_page_lacks_its_number(env):
    page3 = "Bundesamt für Migration und Flüchtlinge\nGesch.-Z.: 1234567-423\n\n" + BAMF_BODY_3
    got = _split(env, [VOLLMACHT, BAMF_1, bamf(2, 3, BAMF_BODY_2), page3])
    assert got == [("vollmacht", [1]), ("bamf_bescheid", [2, 3, 4])]


def test_head_date_marks_first_pages_only(env):
    cues, scorer = env
    first = analyse_page(Page(number=1, text=attest("12.01.2025"), source="ocr"), scorer, cues)
    second = analyse_page(Page(number=2, text=ATTEST_PAGE2, source="ocr"), scorer, cues)
    assert first.head_date and not second.head_date
