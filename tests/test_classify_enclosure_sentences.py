"""A sentence that says a paper is enclosed names that paper; it is not the paper. Hand-written for this test."""

from __future__ import annotations

import pytest

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.classify.nlp import default_scorer
from hfk.classify.pages import RuleScorer, without_enclosures
from hfk.ingest.model import Page, SourceFile, Submission

FIRST_PAGE = (
    "Rechtsanwältin Dr. Berg · Kaiserstraße 5 · 44135 Dortmund\n"
    "An die Geschäftsstelle der Härtefallkommission des Landes Nordrhein-Westfalen\n"
    "Dortmund, 12.03.2025\n"
    "Härtefallantrag für Herrn Karim Haddad, geb. 12.03.1984\n"
    "Sehr geehrte Damen und Herren,\n"
    "namens und in Vollmacht meines Mandanten beantrage ich, die Kommission möge sich mit seinem Fall "
    "befassen und ein Härtefallersuchen an das Ministerium richten.\n"
    "Begründung:\nHerr Haddad lebt seit 2015 in Dortmund und arbeitet als Koch in einem Restaurant. "
    "Seine Ehefrau und die beiden Kinder leben mit ihm; die Kinder besuchen die Grundschule.\n" * 3
)

LAST_PAGES = [
    "Eine Rückkehr nach Syrien ist der Familie nicht zuzumuten.\n"
    "Die Einwilligung in die Datenverarbeitung ist beigefügt.\nMit freundlichen Grüßen\nDr. Berg",
    "Eine Rückkehr nach Syrien ist der Familie nicht zuzumuten.\n"
    "Die Vollmacht liegt bei, die Schweigepflichtentbindung wird nachgereicht.\nMit freundlichen Grüßen\nDr. Berg",
    "Eine Rückkehr nach Syrien ist der Familie nicht zuzumuten. Die Vollmacht (Anlage 1) und die "
    "Einwilligung zur Datenverarbeitung (Anlage 2) füge ich bei.\nMit freundlichen Grüßen\nDr. Berg",
]


@pytest.mark.parametrize("last_page", LAST_PAGES, ids=["beigefuegt", "liegt-bei", "fuege-bei"])
def test_a_last_page_that_names_its_enclosures_stays_with_the_application(last_page: str) -> None:
    pages = [Page(number=i + 1, text=t, source="text") for i, t in enumerate([FIRST_PAGE, last_page])]
    source = SourceFile(name="antrag.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    facts = classify(Submission(files=[source]), ClassifyOptions())
    assert [(d.type, d.pages) for d in facts.documents] == [("antrag", [1, 2])]


def test_the_enclosure_sentence_is_blanked_in_place() -> None:
    text = "Sehr geehrte Damen und Herren,\nDie Vollmacht liegt bei.\nMit freundlichen Grüßen"
    out = without_enclosures(text)
    assert "Vollmacht" not in out
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert out.startswith("Sehr geehrte Damen und Herren,\n") and out.endswith("\nMit freundlichen Grüßen")


def test_a_sentence_that_asks_and_encloses_keeps_its_request() -> None:
    scorer = RuleScorer()
    text = "Hiermit beantrage ich die Befassung der Härtefallkommission und füge die Vollmacht bei."
    assert without_enclosures(text, scorer.letter_cues) == text
    assert without_enclosures(text) != text  # without the letter cues it would be blanked


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        (
            "Einwilligungserklärung zur Datenverarbeitung\nIch willige ein, dass die Geschäftsstelle der "
            "Härtefallkommission meine personenbezogenen Daten verarbeitet. Eine Kopie meines Ausweises "
            "liegt bei.\nOrt, Datum, Unterschrift",
            "datenschutzeinwilligung",
        ),
        (
            "Vollmacht\nHiermit bevollmächtige ich Frau Rechtsanwältin Dr. Berg, mich im Verfahren vor der "
            "Härtefallkommission zu vertreten. Eine Kopie des Passes ist beigefügt.\nDortmund, 12.03.2025",
            "vollmacht",
        ),
    ],
)
def test_a_form_that_encloses_something_stays_the_form(text: str, cls: str) -> None:
    assert default_scorer().score(text).best == cls


@pytest.mark.parametrize(
    "page",
    [
        # a scan's line spacing: blank lines between the items
        "Mit freundlichen Grüßen\n\nDr. Berg\n\nAnlagen\n\n- Vollmacht\n\n- Schweigepflichtentbindung\n\n"
        "- Einwilligung Datenschutz\n",
        # numbered enclosures on one line, wrapped
        "Mit freundlichen Grüßen\nDr. Berg\nAnlage 1: Vollmacht Anlage 2: Schweigepflichtentbindung Anlage 3: "
        "Lebenslauf des\nAntragstellers Anlage 4: Einwilligung Datenschutz",
        # the rest of the list of the page before, nothing else on the page
        "- Lebenslauf des Antragstellers\n- Schulbescheinigung\n- Einwilligung Datenschutz",
    ],
    ids=["blank-lines", "numbered", "bullets-only"],
)
def test_an_enclosure_list_in_other_layouts_names_no_form(page: str) -> None:
    from hfk.classify.pages import without_enclosure_list

    left = without_enclosure_list(page)
    assert "Vollmacht" not in left and "Datenschutz" not in left
    assert _documents(FIRST_PAGE, page) == [("antrag", [1, 2])]


def _documents(*texts: str) -> list[tuple[str, list[int]]]:
    pages = [Page(number=i + 1, text=t, source="text") for i, t in enumerate(texts)]
    source = SourceFile(name="antrag.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    return [(d.type, d.pages) for d in classify(Submission(files=[source]), ClassifyOptions()).documents]


ENCLOSURE_LIST_PAGE = (
    "28.11.2024 14:21 FAX +49 211 443319 Migrationsberatung Rheinufer 5. 3/3\n\n"
    "Anlagenverzeichnis - Familie Diallo\n"
    "eingereicht von der Migrationsberatung Rheinufer, Stand 9.6.2024\n\n"
    "Anlage Inhalt Blatt\nA1 Lebenslauf 1-3\nA2 Schulbescheinigungen der Kinder 4-6\n"
    "A3 Unterstützungsschreiben 7-8\nA4 Einwilligungserklärung Datenschutz 9-10\n\n"
    "Alles liegt in Kopie bei; auf Wunsch bringen wir die Originale vorbei."
)
VOLLMACHT_PAGE = (
    "28.11.2024 14:07 FAX +49 211 443319 Migrationsberatung Rheinufer 5. 1/3\n\nVollmacht\n\n"
    "Ich, Alpha Diallo, geboren 4.5.1996, gebe der Migrationsberatung Rheinufer die Vollmacht, in meiner "
    "Härtefallsache alles Nötige zu erledigen.\n\nDüsseldorf, den 2.11.2024\n\nAlpha Diallo"
)
FUEHRUNGSZEUGNIS_PAGE = (
    "28.11.2024 14:14 FAX +49 211 443319 Migrationsberatung Rheinufer 5. 2/3\n\n"
    "Bundesamt für Justiz - Bundeszentralregister\n53094 Bonn\n\nFührungszeugnis nach § 30 Abs. 1 BZRG\n\n"
    "Personendaten:\nDIALLO, Alpha - geb. 04.05.1996 in Labé\n\nInhalt:\nKeine Eintragung\n\n"
    "Ausgestellt am 14.09.2024"
)


def test_a_faxed_list_of_enclosures_after_other_papers_is_a_paper_of_its_own() -> None:
    """blind17 (seen): the model learnt such lists inside applications and called it one; its title
    says what it is when no application comes before it."""
    texts = [VOLLMACHT_PAGE, FUEHRUNGSZEUGNIS_PAGE, ENCLOSURE_LIST_PAGE]
    pages = [Page(number=i + 1, text=t, source="ocr") for i, t in enumerate(texts)]
    source = SourceFile(name="fax.tif", mime="image/tiff", sha256="0" * 64, pages=pages)
    facts = classify(Submission(files=[source]), ClassifyOptions())
    assert [(d.type, d.pages) for d in facts.documents] == [
        ("vollmacht", [1]),
        ("strafrecht", [2]),
        ("sonstiges", [3]),
    ]


def test_a_list_of_enclosures_after_the_application_is_its_last_page() -> None:
    """Guard (blind15, blind11): the same list on a page of its own after a signed application."""
    last = "Eine Rückkehr nach Syrien ist der Familie nicht zuzumuten.\nMit freundlichen Grüßen\nDr. Berg\n\n"
    texts = [FIRST_PAGE, last + ENCLOSURE_LIST_PAGE.split("\n\n", 1)[1]]
    pages = [Page(number=i + 1, text=t, source="text") for i, t in enumerate(texts)]
    source = SourceFile(name="antrag.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    facts = classify(Submission(files=[source]), ClassifyOptions())
    assert [(d.type, d.pages) for d in facts.documents] == [("antrag", [1, 2])]
