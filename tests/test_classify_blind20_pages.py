"""Pages and reasoning as blind20 shows them (seen after its blind run in session 22; the texts here are
written anew): a counselling service's note of a first meeting, a social welfare office's decision, a
neighbour's short support letter, and sentences that name relatives or income without telling the
family's ties or the integration here."""

import sys
from pathlib import Path

import pytest

from hfk.classify.fields import begruendung_topics, find_triggers
from hfk.classify.pages import RuleScorer

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_case import one_type  # noqa: E402

FIRST_MEETING = """Flüchtlingshilfe Am Dom – Erstgespräch

Aufnahme am 2024-10-02 · Beratungs-Nr. 4471

HADDAD, Samir · geb. 1985-02-03 · Antragsteller
HADDAD, Lina · geb. 1988-07-09 · Ehefrau
Adr.: Lindenweg 4, 50667 Köln

Anliegen: Aufenthalt sichern, ggf. Härtefallkommission prüfen.
Mitgebracht: Duldung, Arbeitsvertrag
Nächster Termin: 2024-10-16
"""

WELFARE_DECISION = """Stadt Bochum - Amt für Soziales
Sachgebiet Laufende Hilfen

Herr Samir Haddad, Lindenweg 4, 44787 Bochum
02.09.2024

Änderungsbescheid

Die laufenden Leistungen für Ihre Bedarfsgemeinschaft (2 Person(en)) werden ab dem 01.09.2024 neu
festgesetzt, weil sich Ihr Einkommen geändert hat.

Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.
"""

NEIGHBOUR = """Von: Petra Lange, Gartenweg 3, Bochum

An: Härtefallkommission beim Ministerium in Düsseldorf

Betrifft: Samir Haddad

Ich bin seit vielen Jahren Trainerin und Nachbarin von Samir. Wenn jemand Hilfe braucht, ist er da:
beim Umzug, beim Einkaufen für die alte Dame im Erdgeschoss, beim Fahrdienst zum Turnier.

Ich stehe für ein Gespräch gern zur Verfügung und unterstütze das Anliegen.

Petra Lange
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [(FIRST_MEETING, "sonstiges"), (WELFARE_DECISION, "sonstiges"), (NEIGHBOUR, "unterstuetzerschreiben")],
    ids=["first-meeting", "welfare-decision", "neighbour"],
)
def test_page_class(text: str, expected: str) -> None:
    assert one_type(text, src="ocr") == expected


def test_the_rules_name_them() -> None:
    """The rules alone give each its class (the model had tipped them to other classes); the neighbour's
    letter, which the pipeline read right already here (a guard above), has its own cue now."""
    for text, expected in ((FIRST_MEETING, "sonstiges"), (WELFARE_DECISION, "sonstiges")):
        scores = RuleScorer().score(text).scores
        assert max(scores, key=scores.get) == expected
    evidence = RuleScorer().score(NEIGHBOUR).evidence["unterstuetzerschreiben"]
    assert "Ich bin seit Jahren Nachbar von" in [label for _, label in evidence]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Nach wenigen Schuljahren musste er zum Einkommen der Familie beitragen, zuletzt als Hirte.",
            "integration",
        ),
        ("Müsste er nach Syrien zurück, wäre die Familie dort ohne jedes Einkommen.", "integration"),
        (
            "Mit diesem Brief stelle ich einen Härtefallantrag, für mich selbst und für meine Angehörigen.",
            "familie",
        ),
        ("Ehemann ist Amir Moradi; er wurde am 21.11.1997 in Teheran geboren.", "familie"),
        (
            "Antragstellende sind Senad Jovanović (16.11.1987; Leskovac; serbisch) und der Sohn Nenad.",
            "familie",
        ),
        ("16. September 2018) (Tochter).", "familie"),
        (
            "Bis zur Jugend lebte ich mit meinen Eltern in Herat, mein Vater hatte dort eine kleine Werkstatt.",
            "familie",
        ),
        (
            "CARITASVERBAND HAGEN – FACHDIENST INTEGRATION UND\nMIGRATION\nLessingstraße 48 – 58095 Hagen\n\n"
            "Härtefallkommission des Landes Nordrhein-Westfalen, Völklinger Str. 4,\n40219 Düsseldorf\n",
            "integration",
        ),
    ],
)
def test_sentences_that_do_not_tell_the_topic(text: str, topic: str) -> None:
    assert topic not in begruendung_topics(text)


def test_own_income_and_relatives_here_still_count() -> None:
    """Guard: the own income here and relatives here are integration and family ties."""
    found = begruendung_topics(
        "Er bestreitet sein Einkommen selbst. Seine Schwester lebt mit ihrer Familie in Köln und hilft ihm."
    )
    assert {"integration", "familie"} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "As the asylum procecure continues, my paper is a Duldung for now.",
        "What I hold is an Aufenthallsgestattuny until the court decides.",
    ],
)
def test_a_running_asylum_procedure_in_ocr_damaged_words(text: str) -> None:
    assert "aufenthaltsgestattung" in {kind for kind, _ in find_triggers(text)}


def test_a_paper_to_bring_to_the_hearing_is_no_running_procedure() -> None:
    text = "Mitzubringen sind dieses Schreiben, das Ankunftsdokument oder die Gestattung sowie Belege."
    assert "aufenthaltsgestattung" not in {kind for kind, _ in find_triggers(text)}
