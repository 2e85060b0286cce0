"""What makes no life story and no integration: a birth date given between commas (personal data) and
work or training told in the past without a word of here and now (the life before the flight).
Hand-written for this test."""

from __future__ import annotations

import pytest

from hfk.classify.fields import begruendung_topics


@pytest.mark.parametrize(
    "text",
    [
        "Herr Karim Haddad, geboren am 12.03.1984 in Aleppo, ist der Antragsteller in diesem Verfahren.",
        "Frau Lina Haddad, geboren am 5. Juni 1990 in Homs, wird von uns in diesem Verfahren vertreten.",
        "Mr Karim Haddad, born 12 March 1984 in Aleppo, is the applicant in these proceedings.",
    ],
)
def test_a_birth_date_between_commas_is_no_life_story(text: str) -> None:
    assert "lebensgeschichte" not in begruendung_topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Haddad wurde am 12.03.1984 in Aleppo geboren und wuchs dort mit drei Geschwistern auf.",
        "Herr Karim Haddad, geboren am 12.03.1984 in Aleppo, floh 2015 mit seiner Familie über die Türkei.",
    ],
)
def test_a_birth_told_as_a_story_still_counts(text: str) -> None:
    assert "lebensgeschichte" in begruendung_topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Haddad war in Aleppo viele Jahre als Schneider in einer kleinen Werkstatt tätig.",
        "Sie hatte in Kabul eine Ausbildung zur Krankenschwester begonnen, bevor die Familie fliehen musste.",
    ],
)
def test_work_before_the_flight_is_no_integration(text: str) -> None:
    assert "integration" not in begruendung_topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Haddad ist seit 2019 als Koch in einem Restaurant in Dortmund tätig.",
        "Herr Haddad war von 2019 bis 2022 in Deutschland als Lagerhelfer tätig und sucht nun eine neue Stelle.",
        "Seine Tochter macht eine Ausbildung zur Pflegefachkraft und war im ersten Jahr die Beste ihres Jahrgangs.",
        "Herr Karim Haddad, geboren am 12. März 1984 in Aleppo, lebt seit 2015 in Dortmund und arbeitet als Koch.",
    ],
)
def test_work_here_and_now_is_integration(text: str) -> None:
    assert "integration" in begruendung_topics(text)
