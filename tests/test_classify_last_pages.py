"""An application's last page, seen in blind8 (session 22; the texts are written anew): the list of its
enclosures must not make it a paper of the class it names, and a page that goes on with the sentence
the page before broke off belongs to the same document."""

import sys
from pathlib import Path

import pytest

from hfk.classify.pages import RuleScorer

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_case import run, source  # noqa: E402

ENCLOSURES_PAGE = """(1) Kopie der Aufenthaltsgestattung

(2) Bescheid des Bundesamts (Kopie)

(3) Attest und Entbindung von der Schweigepflicht
(4) Nachweise über die Arbeit

(5) Lebenslauf

Köln, 3.2.2025

Samira Haddad
"""


def test_an_enclosure_list_item_is_no_title() -> None:
    """An application's enclosure list running on to its last page ("(5) Lebenslauf") names an
    enclosure, not the page (it had made blind8's application page a CV)."""
    assert RuleScorer().score(ENCLOSURES_PAGE).title is None
    assert RuleScorer().score("Lebenslauf\n\n" + ENCLOSURES_PAGE).title == "lebenslauf"


def test_an_enclosure_sentence_wrapped_over_two_lines_names_no_document() -> None:
    """ "Anbei: …;" runs on to the next line: both lines list enclosures, and the mark "anbei" itself
    (also a follow-up letter's cue) does not keep the sentence as a request (blind8's last page of an
    application had become a CV)."""
    page = (
        "Anbei: Kopie der Duldung; Vollmacht; BAMF-Bescheid (Kopie);\n"
        "Datenschutzerklärung; Lebenslauf.\n\nMit freundlichen Grüßen\n\nRalf Engel\n"
    )
    scores = RuleScorer().score(page).scores
    assert scores["lebenslauf"] == scores["vollmacht"] == scores["datenschutzeinwilligung"] == 0


def test_a_follow_up_that_sends_the_application_keeps_its_request() -> None:
    """Guard: "anbei übersenden wir den Härtefallantrag" still speaks for the application."""
    page = "Sehr geehrte Damen und Herren,\n\nanbei übersenden wir den Härtefallantrag für Herrn Engel.\n"
    assert RuleScorer().score(page).scores["antrag"] > 0


FIRST_PAGE = """Rechtsanwältin Andrea Kühn
Marktplatz 3, 33098 Paderborn

An die Geschäftsstelle der Härtefallkommission
Völklinger Str. 4, 40219 Düsseldorf

Paderborn, 12.03.2025

Härtefallantrag für Frau Ketevan Beridze, geb. 04.05.1990 in Kutaissi, georgisch

Sehr geehrte Damen und Herren,

namens meiner Mandantin beantrage ich, dass sich die Kommission ihres Falles annimmt. Frau Beridze
lebt seit 2016 in Paderborn, arbeitet in einem Restaurant und engagiert sich bei der Tafel.

Anbei: Kopie der Duldung; Vollmacht; BAMF-Bescheid (Kopie); Urteil bzw. Beschluss"""

SECOND_PAGE = """des Verwaltungsgerichts; ärztliche Bescheinigung und Erklärung zur Schweigepflicht;
Nachweise über Schule bzw. Kita; Lebenslauf; Bestätigungen über ehrenamtliche
Tätigkeit.

Mit freundlichen Grüßen

Andrea Kühn
"""


def test_a_page_that_goes_on_with_the_broken_off_sentence_is_the_same_document() -> None:
    facts = run(source("Antrag_scan.pdf", [FIRST_PAGE, SECOND_PAGE], "ocr"))
    assert [(d.type, d.pages) for d in facts.documents] == [("antrag", [1, 2])]


def test_a_cv_after_a_closed_application_is_its_own_document() -> None:
    """Guard: a CV page after an application that ended with its signature is a new document."""
    closed = FIRST_PAGE.replace("; Urteil bzw. Beschluss", ".") + "\n\nMit freundlichen Grüßen\n\nAndrea Kühn"
    cv = "Lebenslauf\n\nKetevan Beridze\ngeboren am 04.05.1990 in Kutaissi\n\n2008 Abitur in Kutaissi\n2016 Einreise\n"
    facts = run(source("Antrag_scan.pdf", [closed, cv], "ocr"))
    assert [(d.type, d.pages) for d in facts.documents] == [("antrag", [1]), ("lebenslauf", [2])]


LIST_FIRST_PAGE = """Reza Tehrani
Kaiserstraße 7, 53113 Bonn

An die Geschäftsstelle der Härtefallkommission
Völklinger Str. 4, 40219 Düsseldorf

Bonn, 21.01.2025

Härtefallantrag nach § 23a AufenthG

Sehr geehrte Damen und Herren,

ich, Reza Tehrani, geboren am 02.10.1988 in Täbris, iranisch, beantrage, dass sich die
Härtefallkommission meines Falles annimmt. Mein Asylantrag wurde abgelehnt, ich bin geduldet.
Ich lebe seit 2015 in Bonn und arbeite als Koch.

Beigefügte Unterlagen:"""


@pytest.mark.parametrize(
    "rest",
    [
        "(1) Kopie der Duldung\n\n(2) BAMF-Bescheid (Kopie)\n(3) Arbeitsnachweise\n\n(4) Lebenslauf\n",
        "(5) Bestätigungen über ehrenamtliche Tätigkeit\n",
    ],
    ids=["whole-list", "last-item"],
)
def test_a_last_page_of_enclosures_and_the_closing_belongs_to_the_application(rest: str) -> None:
    last = rest + "\nBonn, 21.01.2025\n\nReza Tehrani\n"
    facts = run(source("Scan_0919.pdf", [LIST_FIRST_PAGE, last], "ocr"))
    assert [(d.type, d.pages) for d in facts.documents] == [("antrag", [1, 2])]
