"""Topics of the Begründung, checklist triggers and the authority: a passing mention is not enough."""

from __future__ import annotations

from hfk.classify.fields import begruendung_topics, find_triggers


def test_passing_mentions_do_not_count_as_topics() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\nhiermit beantrage ich für mich und meine Familie die Aufnahme.\n"
        "1. Noori, Farid, geb. am 03.04.1990, in Herat, Staatsangehörigkeit: afghanisch\n"
        "Ich bin mit einem Visum zum Zweck des Studiums eingereist. Seitdem werde ich geduldet.\n"
        "Eine Rückkehr ist mir nicht zumutbar."
    )
    topics = begruendung_topics(text)
    assert set(topics) == {"aufenthaltssituation", "humanitaere_gruende"}


def test_each_topic_found_in_the_sentence_that_covers_it() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\nich bin am 03.04.1990 in Herat geboren und dort zur Schule gegangen. "
        "Am 12.05.2015 bin ich in die Bundesrepublik Deutschland eingereist. Ich werde geduldet. "
        "Ich lebe mit meiner Ehefrau und zwei Kindern zusammen. Ich arbeite seit 2019 als Lagerhelfer. "
        "Eine Rückkehr ist uns nicht zumutbar."
    )
    topics = begruendung_topics(text)
    assert "in Herat geboren" in topics["lebensgeschichte"]
    assert "Ehefrau" in topics["familie"]
    assert "Lagerhelfer" in topics["integration"]
    assert len(topics) == 5


def test_counselling_service_name_and_legal_remedy_instructions_are_no_triggers() -> None:
    letterhead = "Ökumenisches Netzwerk Asyl Hagen\nRosenstraße 6\n\nSehr geehrte Damen und Herren, wir schreiben für Herrn Noori."
    assert find_triggers(letterhead) == []
    remedy = "Rechtsbehelfsbelehrung: Gegen diese Ordnungsverfügung kann innerhalb eines Monats Klage beim Verwaltungsgericht Arnsberg erhoben werden."
    assert find_triggers(remedy) == []
    case = "Die Klage hat das Verwaltungsgericht Arnsberg abgewiesen. Sein Asylantrag wurde abgelehnt."
    assert [kind for kind, _ in find_triggers(case)] == ["court", "asylum"]


def test_authority_named_with_stadt_after_the_word_and_after_a_passing_mention() -> None:
    from hfk.classify.fields import authority

    text = (
        "Die Aufenthaltserlaubnis wurde von der Ausländerbehörde nicht verlängert. "
        "Zuständig ist die Ausländerbehörde Stadt Mainz - Ausländerbehörde."
    )
    found = authority(text)
    assert found is not None and (found.name, found.outside_nrw) == ("Stadt Mainz", True)
