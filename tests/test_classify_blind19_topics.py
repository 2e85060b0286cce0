"""Life story as blind19 tells it (seen after its blind run), written anew for this test: the life
before leaving, told without a year or a birth."""

from __future__ import annotations

import pytest

from hfk.classify.fields import begruendung_topics, find_triggers


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


@pytest.mark.parametrize(
    "text",
    [
        "I was told that they will take me to the airport on 18 September 2025.",
        "Die Behörde hat angekündigt, man werde ihn am 3. Mai 2026 zum Flughafen bringen.",
    ],
)
def test_the_ride_to_the_airport_on_a_date_is_a_removal_date(text: str) -> None:
    assert "rueckfuehrungstermin" in {kind for kind, _ in find_triggers(text)}


def test_a_ride_to_the_airport_in_the_past_is_no_removal_date() -> None:
    """Guard: a trip told in the past ("brought us to the airport") sets no removal date."""
    text = "On 3 May 2019 my uncle took us to the airport in Tehran, and we flew to Istanbul."
    assert "rueckfuehrungstermin" not in {kind for kind, _ in find_triggers(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Seine Geschichte ist von Unsicherheit geprägt: aufgewachsen in Syrien, früh ohne Mutter, seit dem "
        "Jugendalter tätig als Maurer.",
        "Die Einreise geschah legal mit Visum (Zweck: Ausbildung); eine Verlängerung lehnte die Behörde ab.",
    ],
)
def test_work_in_the_country_of_origin_and_a_visas_purpose_are_no_integration(text: str) -> None:
    assert "integration" not in begruendung_topics(text)


def test_work_here_is_integration() -> None:
    """Guard: the same words about the life here are integration."""
    text = "Seit 2021 ist sie in Deutschland als Pflegehelferin tätig und macht eine Ausbildung."
    assert "integration" in begruendung_topics(text)
