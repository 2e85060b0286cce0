"""Letters of support in words the cue lists did not know (session 14, found on blind11 after its
blind runs): a neighbour's "Tür an Tür" letter that asks a future for "diesen Menschen", an employer's
letter "Zum Härtefallantrag unseres Beschäftigten ...", and such a letter behind a club's certificate
in one scan, opened by "Guten Tag, verehrte Kommission" and a written date. Hand-written texts."""

from __future__ import annotations

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.classify.nlp import default_scorer
from hfk.classify.pages import best_class
from hfk.ingest.model import Page, SourceFile, Submission

NEIGHBOUR = (
    "Ute Krämer, Lindenweg 4, 44135 Dortmund\nDortmund, 3. März 2025\n\nGuten Tag, verehrte Kommission,\n"
    "seit sechs Jahren wohnen wir Tür an Tür mit Familie Rostami. Aus Nachbarn sind Freunde geworden; sie "
    "helfen, wo sie können.\nIch bitte Sie von Herzen, diesen Menschen hier eine Zukunft zu geben.\n\nUte Krämer\n"
)
EMPLOYER = (
    "Bäckerei Sonnenschein GmbH\nGeschäftsleitung\n\nBochum, 4.5.2025\n\n"
    "Zum Härtefallantrag unserer Mitarbeiterin Leila Rostami\nSehr geehrte Damen und Herren,\n"
    "Frau Rostami ist seit 2022 in unserem Betrieb tätig. Wir erleben sie als verlässlich und freundlich. "
    "Ihr Weggang wäre für uns ein großer Verlust.\n\nMit freundlichen Grüßen\nAnna Berg, Inhaberin\n"
)
CLUB = (
    "Sportverein Blau-Weiß Dortmund\nMitgliedsbescheinigung\n\nMitglied: Omid Rostami\nMitglied seit: 03/2020\n"
    "Funktion im Verein: Übungsleiter der Jugendmannschaft, ehrenamtlich\nausgestellt Dortmund, 01.02.25 – Vorstand\n"
)


def _best(text: str) -> str:
    return best_class(default_scorer().score(text).scores)[0]


def test_a_neighbours_and_an_employers_letter_are_support_letters():
    assert _best(NEIGHBOUR) == "unterstuetzerschreiben"
    assert _best(EMPLOYER) == "unterstuetzerschreiben"


def test_the_applicants_own_wish_for_a_future_stays_the_application():
    own = (
        "An die Härtefallkommission NRW\n\nSehr geehrte Damen und Herren,\nhiermit beantrage ich, dass sich die "
        "Kommission mit meinem Fall befasst. Ich bitte Sie von Herzen, mir und meinen Kindern hier eine Zukunft "
        "zu geben.\n\nMit freundlichen Grüßen\nLeila Rostami\n"
    )
    assert _best(own) == "antrag"


def test_a_letter_after_a_certificate_in_one_scan_opens_its_own_document():
    pages = [Page(number=i + 1, text=t, source="ocr") for i, t in enumerate([CLUB, NEIGHBOUR])]
    source = SourceFile(name="Anlagen.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    documents = classify(Submission(files=[source]), ClassifyOptions()).documents
    assert [(d.type, d.pages) for d in documents] == [("ehrenamt", [1]), ("unterstuetzerschreiben", [2])]
