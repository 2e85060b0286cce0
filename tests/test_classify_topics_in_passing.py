"""Family and life story named in passing (blind15, seen, session 18): a list of persons under roles with
its birth data in brackets, a table's legend of relation codes, a heading that is the family's name, the
parents' farm in the life story and a birth with its full date are no account of family ties or of a life.
The texts are written anew, with other names and wording than the corpus."""

from __future__ import annotations

from hfk.classify.fields import begruendung_topics

REST = (
    "Begründung\n"
    "Die Ausländerbehörde hat die Duldung zuletzt um drei Monate verlängert, die Abschiebung ist angekündigt.\n"
    "Er arbeitet seit 2021 als Lagerhelfer bei einer Spedition in Hamm und spricht Deutsch auf dem Niveau B1.\n"
    "Eine Rückkehr ist ihm nicht zuzumuten, weil dort niemand mehr lebt, der ihn aufnehmen könnte.\n"
)


def test_a_list_of_persons_under_roles_is_no_account_of_family_ties():
    text = (
        "Familie OKAFOR\n\n"
        "Antragsteller: Emeka (* 2.7.1985 in Enugu; StA nigerianisch)\n"
        "Ehefrau: Ngozi (* 14.9.1988 in Enugu; StA nigerianisch)\n"
        "Kinder: Ada (* 1.3.2019 in Hamm; StA nigerianisch), Obi (*\n"
        "5.5.2021 in Hamm; StA nigerianisch)\n\n" + REST
    )
    topics = begruendung_topics(text)
    assert "familie" not in topics
    assert {"aufenthaltssituation", "integration"} <= set(topics)


def test_a_tables_legend_of_codes_with_colons_and_numbered_children_is_no_family_statement():
    text = (
        "| 1 | 3.3.1979 | Gjumri | armenisch | PETROSYAN, Aram | AS\n"
        "Stellung: AS = antragstellende Person : EG = Ehegatte/Ehegattin - K1, K2 ... = Kinder\n\n" + REST
    )
    assert "familie" not in begruendung_topics(text)


def test_the_parents_farm_in_the_life_story_is_no_family_tie_and_a_dated_birth_no_story():
    story = "Herr Okafor wuchs in Nigeria auf und arbeitete nach der Schule auf dem Hof seines Vaters mit.\n"
    topics = begruendung_topics(REST + story)
    assert topics["lebensgeschichte"].startswith("Herr Okafor wuchs")
    assert "familie" not in topics
    birth = "Emeka Okafor kam am 02.07.1985 in Enugu zur Welt und besitzt die nigerianische Staatsangehörigkeit.\n"
    assert "lebensgeschichte" not in begruendung_topics(REST + birth)


def test_ties_and_a_story_still_count_beside_the_data():
    """Guards: the family told as ties, and a birth with a year and the childhood that follows."""
    text = REST + (
        "Seine Ehefrau und die beiden Kinder leben mit ihm in Hamm; die Kinder gehen dort zur Grundschule.\n"
        "Er wurde 1985 in Enugu geboren und wuchs bei seiner Großmutter auf.\n"
    )
    topics = begruendung_topics(text)
    assert topics["familie"].startswith("Seine Ehefrau")
    assert topics["lebensgeschichte"].startswith("Er wurde 1985")
    family = "Familie und Bindungen\nSeine Ehefrau Ngozi kümmert sich um seine Mutter, die bei ihnen wohnt.\n"
    assert "familie" in begruendung_topics(REST + family)


def test_a_heading_that_is_the_familys_name_claims_no_topic_for_the_text_below():
    """ "Familie OKAFOR" above the persons is a name: the work told below it counts for integration, which the
    letter heads later with a mere pointer."""
    text = (
        "Familie OKAFOR\n\n"
        "Antragsteller: Emeka (* 2.7.1985 in Enugu; StA nigerianisch)\n\n"
        "Herr Okafor arbeitet seit 2021 als Lagerhelfer bei einer Spedition in Hamm.\n\n"
        "Integration\nSiehe oben.\n"
    )
    assert begruendung_topics(text)["integration"].startswith("Herr Okafor arbeitet")
