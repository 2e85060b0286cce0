"""Whose illness a sentence tells of. The writer of a support letter who was ill ("Nachdem ich operiert wurde,
hat er für mich eingekauft") and anyone's illness said in general ("wenn jemand krank wird") are no illness
of the applicants; a support letter that says the applicant is ill is. Hand-written for this test."""

from __future__ import annotations

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.ingest.model import Page, SourceFile, Submission

APPLICATION = (
    "Beratungsstelle Zuflucht e. V. · Lindenweg 4 · 48143 Münster\n"
    "An die Geschäftsstelle der Härtefallkommission des Landes Nordrhein-Westfalen\n"
    "Münster, 02.04.2025\n"
    "Härtefallantrag für Herrn Tarik Beispiel, geb. 11.09.1987\n"
    "Sehr geehrte Damen und Herren,\n"
    "wir beantragen, dass sich die Härtefallkommission mit dem Fall von Herrn Beispiel befasst.\n"
    "Herr Beispiel lebt seit 2016 in Münster. Er arbeitet in einer Gärtnerei, zahlt seine Miete selbst und "
    "singt im Kirchenchor. In der Nachbarschaft helfen alle einander, wenn jemand krank wird.\n"
    "Mit freundlichen Grüßen\nH. Vogel\n"
)


def _support(body: str) -> str:
    return (
        "Gisela Muster\nAhornweg 9, 48143 Münster\n\nMünster, 20.03.2025\n\n"
        "Sehr geehrte Damen und Herren,\n\nich kenne Herrn Tarik Beispiel seit 2017 als Nachbarn. "
        + body
        + " Ich bitte Sie, ihm ein Bleiberecht zu geben.\n\nMit freundlichen Grüßen\nGisela Muster"
    )


def _illness(*texts: str) -> list[str]:
    files = [
        SourceFile(
            name=f"datei{i}.pdf",
            mime="application/pdf",
            sha256=f"{i}" * 64,
            pages=[Page(number=1, text=t, source="text")],
        )
        for i, t in enumerate(texts)
    ]
    facts = classify(Submission(files=files), ClassifyOptions())
    assert [d.type for d in facts.documents] == ["antrag"] + ["unterstuetzerschreiben"] * (len(texts) - 1)
    return [t.sentence for t in facts.triggers if t.kind == "illness"]


def test_the_writers_own_illness_in_a_support_letter_is_none_of_the_applicants() -> None:
    letter = _support("Nachdem ich operiert wurde, hat er wochenlang für mich eingekauft.")
    assert _illness(APPLICATION, letter) == []


def test_an_illness_of_anyone_said_in_general_is_no_illness() -> None:
    assert _illness(APPLICATION) == []


def test_a_support_letter_that_says_the_applicant_is_ill_is_an_illness() -> None:
    letter = _support("Seit seiner Flucht leidet er an einer schweren Depression.")
    assert _illness(APPLICATION, letter) == ["Seit seiner Flucht leidet er an einer schweren Depression."]


def test_the_writers_illness_some_words_after_als_ich_is_none_of_the_applicants() -> None:
    # blind12's neighbours: "als ich im letzten Winter krank war, hat die Familie für mich eingekauft"
    letter = _support("Als ich im letzten Winter krank war, hat die Familie für mich eingekauft.")
    assert _illness(APPLICATION, letter) == []
