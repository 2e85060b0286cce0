"""Life story as blind19 tells it (seen after its blind run), written anew for this test: the life
before leaving, told without a year or a birth."""

from __future__ import annotations

import pytest

from hfk.classify.fields import begruendung_topics


@pytest.mark.parametrize(
    "text",
    [
        "Bis zur Ausreise lebte ich in Syrien – als jüngstes von vier Kindern.",
        "Bis zur Ausreise arbeitete er in der Bäckerei seines Onkels in Herat.",
        "Sie wuchs in Bamako als ältestes von sechs Geschwistern heran.",
    ],
)
def test_the_life_before_leaving_is_life_story(text: str) -> None:
    assert "lebensgeschichte" in begruendung_topics(text)


def test_a_departure_deadline_is_no_life_story() -> None:
    """Guard: "bis zur Ausreise" as a deadline of the residence status tells no life story."""
    text = "Die Duldung gilt bis zur Ausreise, die für März angekündigt ist."
    assert "lebensgeschichte" not in begruendung_topics(text)
