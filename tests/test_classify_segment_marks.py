"""Marks that end a document or open one, whatever its wording: a list of enclosures under a heading of its own
is no title, a date alone on a line of the head dates a letter, "Seite 2 von 2" is a last page, and a
certificate ends with its date of issue or its stamp. Hand-written for this test."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_segment_runon import _documents  # noqa: E402  (the documents of one file's pages)

APPLICATION_P1 = (
    "Beratungsstelle Zuflucht e. V. · Lindenweg 4 · 48143 Münster\n"
    "An die Geschäftsstelle der Härtefallkommission des Landes Nordrhein-Westfalen\n"
    "Münster, 02.04.2025\n"
    "Härtefallantrag für Herrn Tarik Beispiel, geb. 11.09.1987\n"
    "Sehr geehrte Damen und Herren,\n"
    "wir beantragen, dass sich die Härtefallkommission mit dem Fall von Herrn Beispiel befasst.\n"
    + (
        "Herr Beispiel lebt seit 2016 in Münster. Sein Asylantrag wurde abgelehnt, seitdem ist er geduldet. "
        "Er arbeitet in einer Gärtnerei, zahlt seine Miete selbst und ist im Kirchenchor aktiv.\n"
    )
    * 2
)
# The application's last page: the story goes on, the letter closes, and a list of what it encloses follows
# under a heading that is neither "Anlagen" nor "Anlagen:".
APPLICATION_P2_ENCLOSURES = (
    "Die Gemeinde hat ihn als verlässlichen Helfer kennengelernt. Eine Rückkehr ist ihm nicht zuzumuten, "
    "weil er dort weder Familie noch eine Wohnung hat.\n"
    "Mit freundlichen Grüßen\n"
    "H. Vogel\n"
    "Folgende Unterlagen liegen bei\n"
    "Vollmacht\n"
    "Lebenslauf\n"
    "Einverständniserklärung Datenschutz\n"
    "Bescheinigung der Gärtnerei\n"
)

PENALTY_ORDER = (
    "Amtsgericht Münster\n"
    "Strafbefehl\n"
    "In der Strafsache gegen Herrn Tarik Beispiel, geboren am 11.09.1987, wird auf Antrag der "
    "Staatsanwaltschaft gegen Sie eine Geldstrafe von 30 Tagessätzen zu je 10,00 Euro festgesetzt.\n"
    "Gegen diesen Strafbefehl können Sie innerhalb von zwei Wochen nach Zustellung Einspruch einlegen.\n"
    "Richterin am Amtsgericht\n"
)
# A support letter without a title known to any cue: a letterhead, a date on a line of its own, the letter.
SUPPORT_BARE_DATE = (
    "Nachbarschaftsinitiative Kreuzviertel\n"
    "Sprecherkreis\n"
    "21.03.2025\n"
    "Wir kennen Herrn Tarik Beispiel seit vielen Jahren als Nachbarn. Er hilft, wo er kann, und wir "
    "würden uns sehr freuen, wenn er in Münster bleiben dürfte. Wir bitten die Kommission, ihm eine "
    "Perspektive zu geben.\n"
    "Für den Sprecherkreis: B. Lohmann\n"
)

DECISION_P1 = (
    "Bundesamt für Migration und Flüchtlinge\n"
    "Gesch.-Z.: 7712345-423\n"
    "Bescheid\n"
    "In dem Asylverfahren des Herrn Tarik Beispiel, geb. 11.09.1987, ergeht folgende Entscheidung:\n"
    "1. Die Flüchtlingseigenschaft wird nicht zuerkannt.\n"
    "2. Der Antrag auf Asylanerkennung wird abgelehnt.\n"
    "Seite 1 von 2\n"
)
DECISION_P2 = (
    "Begründung\n"
    "Der Antragsteller hat eine begründete Furcht vor Verfolgung nicht glaubhaft gemacht. Die Voraussetzungen "
    "für die Zuerkennung subsidiären Schutzes liegen nicht vor.\n"
    "Im Auftrag\nKrüger\n"
    "Seite 2 von 2\n"
)
# A short note on the volunteering with neither title nor date line: only the decision's last page number
# says where the decision ends.
VOLUNTEER_PLAIN = (
    "Tarik Beispiel gehört seit 2020 zu unserem Team der Fahrradwerkstatt und repariert jeden Samstag "
    "ehrenamtlich Räder für Geflüchtete. Er ist zuverlässig und bei allen beliebt.\n"
    "Das Team der Fahrradwerkstatt Rückenwind\n"
)

LANGUAGE_CERTIFICATE = (
    "Sprachinstitut Westfalen\n"
    "Zeugnis über die Sprachprüfung Deutsch B1\n"
    "Tarik Beispiel, geboren am 11.09.1987, hat die Prüfung Deutsch B1 am 14.01.2025 bestanden.\n"
    "Schriftlicher Teil 71 von 100 Punkten, mündlicher Teil 80 von 100 Punkten.\n"
    "Ausstellungsdatum: 20.01.2025\n"
)


def test_a_list_of_enclosures_under_its_own_heading_does_not_open_a_document() -> None:
    # "Vollmacht" alone on a short line would read as the title of a power of attorney
    assert _documents(APPLICATION_P1, APPLICATION_P2_ENCLOSURES) == [("antrag", [1, 2])]


def test_a_letter_dated_on_a_line_of_its_own_after_a_penalty_order_is_a_document_of_its_own() -> None:
    assert _documents(PENALTY_ORDER, SUPPORT_BARE_DATE) == [
        ("strafrecht", [1]),
        ("unterstuetzerschreiben", [2]),
    ]


def test_the_page_after_the_last_numbered_page_opens_a_new_document() -> None:
    assert _documents(DECISION_P1, DECISION_P2, VOLUNTEER_PLAIN) == [
        ("bamf_bescheid", [1, 2]),
        ("ehrenamt", [3]),
    ]


def test_a_certificate_ends_with_its_date_of_issue() -> None:
    # the note after it has no title and no date line: that the certificate closed is what tells
    assert _documents(LANGUAGE_CERTIFICATE, VOLUNTEER_PLAIN) == [
        ("sprachnachweis", [1]),
        ("ehrenamt", [2]),
    ]


def test_the_marks_do_not_split_a_numbered_decision() -> None:
    assert _documents(DECISION_P1, DECISION_P2) == [("bamf_bescheid", [1, 2])]
