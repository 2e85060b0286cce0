"""Hint triggers, round 2: real sentences of applications, letters and forms, positives and hard negatives."""

from __future__ import annotations

import pytest

from hfk.classify.fields import find_triggers

GESTATTUNG = "aufenthaltsgestattung"
VERBOT = "einreiseverbot"
DULDUNG = "ausbildungs_beschaeftigungsduldung"
TERMIN = "rueckfuehrungstermin"
S58A = "abschiebungsanordnung_58a"


def kinds(text: str) -> set[str]:
    return {kind for kind, _ in find_triggers(text)}


# Each of these was missed or wrongly raised before round 2 (marked "new"), or guards a neighbour of a
# change (marked "guard"): a wider pattern must not catch it.
POSITIVES = [
    # new: the short word, running procedures in other words, the certificate's paragraph
    (GESTATTUNG, "Herr K. ist im Besitz einer Gestattung bis zum 14.03.2027."),
    (GESTATTUNG, "Der Asylfolgeantrag läuft."),
    (GESTATTUNG, "Das Asylverfahren der Familie dauert noch an."),
    (GESTATTUNG, "Das Verfahren beim Bundesamt ist noch nicht abgeschlossen."),
    (GESTATTUNG, "Sie besitzt eine Bescheinigung nach § 63 AsylG."),
    (GESTATTUNG, "The BAMF has not decided yet on my application."),
    # guard: a past verb before a running procedure; a ticked box; "noch nicht beendet" is no ending
    (
        GESTATTUNG,
        "Die Familie hatte im März 2024 einen Asylfolgeantrag gestellt, über den noch nicht entschieden ist.",
    ),
    (GESTATTUNG, "[x] Aufenthaltsgestattung [ ] Duldung"),
    (GESTATTUNG, "Er besitzt eine Aufenthaltsgestattung, weil das Asylverfahren noch nicht beendet ist."),
    # new: a form line with only the date, a police pick-up, a flight booking
    (TERMIN, "Rückführung am 22.04.2026 (Charterflug ab Düsseldorf)"),
    (TERMIN, "Sie werden am 03.06.2026 um 4:00 Uhr von der Polizei abgeholt."),
    (TERMIN, "Es liegt eine Flugbuchung für den 15.07.2026 vor."),
    # new: the ban spelt with a hyphen, in English, by its older name
    (VERBOT, "Gegen ihn besteht ein Einreise- und Aufenthalts-verbot bis 2027."),
    (VERBOT, "He is banned from re-entering Germany until 2027."),
    (VERBOT, "Die Sperrwirkung der Abschiebung gilt noch bis März 2027."),
    # new: the Duldung for a training in other words
    (DULDUNG, "Die Ausländerbehörde stellte eine Duldung wegen seiner Ausbildung in Aussicht."),
    (DULDUNG, "Er erhielt eine Duldung zu Ausbildungszwecken."),
    (DULDUNG, "He was granted a toleration for his apprenticeship as a baker."),
    # guard: "nicht mehr anfechtbar" keeps the order in force
    (S58A, "Die Abschiebungsanordnung nach § 58a AufenthG ist nicht mehr anfechtbar."),
]

NEGATIVES = [
    # new: an ended permit (the date's dots no longer hide the word), an unticked box, a permit of the past
    (GESTATTUNG, "Die Aufenthaltsgestattung ist mit Rechtskraft des Urteils im Mai 2023 erloschen."),
    (GESTATTUNG, "Aufenthaltsstatus: [ ] Aufenthaltsgestattung [x] Duldung"),
    (GESTATTUNG, "Früher hatte er eine Aufenthaltsgestattung, seit 2022 ist er nur noch geduldet."),
    # guard: "läuft ab" is a deadline, no running procedure
    (GESTATTUNG, "Der Asylantrag wurde abgelehnt, die Ausreisefrist läuft ab."),
    # new: a removal that failed
    (TERMIN, "Die Sammelabschiebung am 14.05.2025 scheiterte, weil der Pilot sich weigerte."),
    # guard: the form line of a removal that was stopped; children picked up from school
    (TERMIN, "Rückführung am 05.05.2025 abgebrochen, der Antragsteller erlitt einen Krampfanfall."),
    (TERMIN, "Am 3. Juni wurden die Kinder von der Schule abgeholt."),
    # new: a lifted ban (with a date in between), the law quoted
    (VERBOT, "Das Einreise- und Aufenthaltsverbot wurde mit Bescheid vom 10.10.2024 aufgehoben."),
    (
        VERBOT,
        "Gemäß § 11 Abs. 1 AufenthG ist gegen einen Ausländer, der abgeschoben worden ist, ein Einreise- und "
        "Aufenthaltsverbot zu erlassen.",
    ),
    (VERBOT, "§ 11 AufenthG regelt das Einreise- und Aufenthaltsverbot."),
    # guard: the bar of § 10 Abs. 3 AufenthG is no entry ban
    (VERBOT, "Der Erteilung steht die Sperrwirkung des § 10 Abs. 3 AufenthG entgegen."),
    # guard: a Duldung and a training side by side, a training place alone
    (DULDUNG, "Sie hat eine Duldung und beginnt im August eine Ausbildung zur Pflegefachfrau."),
    (DULDUNG, "Er hat einen Ausbildungsplatz als Koch in Aussicht."),
    # new: an order that does not exist or was set aside
    (S58A, "Eine Abschiebungsanordnung nach § 58a AufenthG liegt nicht vor."),
    (S58A, "Keine Abschiebungsanordnung nach § 58a AufenthG."),
    (S58A, "Die Abschiebungsanordnung nach § 58a AufenthG wurde vom Bundesverwaltungsgericht aufgehoben."),
]


@pytest.mark.parametrize(("kind", "text"), POSITIVES)
def test_trigger_found(kind: str, text: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(("kind", "text"), NEGATIVES)
def test_trigger_not_raised(kind: str, text: str) -> None:
    assert kind not in kinds(text)


def test_unticked_box_cancels_only_its_own_cue() -> None:
    # A status form with two boxes: only the ticked one counts.
    found = kinds(
        "Aufenthaltsstatus: [x] Aufenthaltsgestattung   [ ] Beschäftigungsduldung nach § 60d AufenthG"
    )
    assert GESTATTUNG in found
    assert DULDUNG not in found


def test_trigger_sentence_is_the_evidence() -> None:
    # The hint quotes the sentence that raised it, not the one before.
    text = (
        "Die Familie lebt seit 2016 in Bochum. Die Rückführung nach Serbien ist für den 14.05.2026 angesetzt."
    )
    found = dict(find_triggers(text))
    assert "14.05.2026" in found[TERMIN]
    assert "Bochum" not in found[TERMIN]


def test_a_heading_that_names_court_procedures_raises_no_court_trigger():
    """A section heading on its own line names a topic ("Behördliche und gerichtliche Verfahren"); the
    sentence below it decides. A lawsuit told below a heading still counts."""
    for heading in ("3. Behördliche und gerichtliche Verfahren", "Gerichtliche Schritte", "C) Court cases"):
        text = f"Begründung\n\n{heading}\nDer Asylantrag wurde 2019 abgelehnt. Seitdem ist sie geduldet.\n"
        assert find_triggers(text, {"court"}) == [], heading
        told = text + "\nGegen den Bescheid hat sie Klage beim Verwaltungsgericht Köln erhoben.\n"
        assert [k for k, _ in find_triggers(told, {"court"})] == ["court"], heading
    # a heading that is the whole statement of a lawsuit, with its file number, still counts
    stated = "Begründung\n\nKlage beim VG Köln (7 K 1234/23.A)\nSie ist noch anhängig.\n"
    assert [k for k, _ in find_triggers(stated, {"court"})] == ["court"]


def test_instructions_on_legal_remedies_in_other_words_raise_no_court_trigger():
    """An authority's notice says what one could do ("steht Ihnen der Klageweg ... offen"), which is no
    court procedure; a lawsuit filed still counts."""
    for sentence in (
        "Rechtsbehelf: Gegen diese Verfügung können Sie beim Verwaltungsgericht Köln vorgehen.",
        "Gegen diese Verfügung steht Ihnen binnen eines Monats der Klageweg zum Verwaltungsgericht Aachen offen.",
        "Innerhalb eines Monats können Sie beim Verwaltungsgericht Minden schriftlich Klage erheben.",
    ):
        assert find_triggers(sentence, {"court"}) == [], sentence
    filed = "Gegen die Verfügung hat er Klage beim Verwaltungsgericht Aachen erhoben; sie ist noch offen."
    assert [k for k, _ in find_triggers(filed, {"court"})] == ["court"]
