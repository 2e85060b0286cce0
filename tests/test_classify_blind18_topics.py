"""Topics of the reasoning in blind18's shapes (seen after its blind run), written anew for these tests."""

from hfk.classify.fields import begruendung_topics

LETTER = """Sehr geehrte Damen und Herren,
hiermit beantragen wir für Herrn Bekim Hoxha die Befassung der Härtefallkommission.

I. Woher und auf welchem Weg
Herr Hoxha stammt aus Prizren (Kosovo) und hat dort nach der Schule als Maler gearbeitet.

II. Verfahrensstand
Sein Asylantrag wurde vom Bundesamt 2016 abgelehnt; seitdem lebt er mit einer Duldung in Hagen.

III. Verwurzelung hier
Er arbeitet seit 2019 als Lagerist und spricht Deutsch auf B1-Niveau.

IV. Was eine Abschiebung bedeuten würde
Im Kosovo wartet auf ihn nichts mehr; alles, was das Leben heute ausmacht, ist hier.
"""


def test_nothing_waits_there_and_the_life_is_here():
    topics = begruendung_topics(LETTER)
    assert "humanitaere_gruende" in topics
    assert "wartet auf ihn nichts mehr" in topics["humanitaere_gruende"]


def test_a_return_in_the_conditional_means_starting_from_nothing():
    text = LETTER.replace(
        "Im Kosovo wartet auf ihn nichts mehr; alles, was das Leben heute ausmacht, ist hier.",
        "Müsste er in den Kosovo zurück, hieße das: ohne Wohnung, Arbeit und Netz von vorn anfangen.",
    ).replace("IV. Was eine Abschiebung bedeuten würde\n", "")
    assert "humanitaere_gruende" in begruendung_topics(text)


QUESTIONNAIRE = """Fragebogen für einen Antrag an die Härtefallkommission NRW
5. Woher kommen Sie, wie verlief Ihr Leben bis zur Einreise, wann kamen Sie nach
Deutschland?
Ich bin in Tirana aufgewachsen und habe dort als Schneiderin gearbeitet. Im März 2016 kam ich nach Deutschland.
6. Welche Papiere haben Sie heute? Welche Verfahren gab oder gibt es?
Mein Asylantrag wurde 2017 abgelehnt, seitdem habe ich eine Duldung.
7. Welche Angehörigen leben in Deutschland, welche im Heimatland?
______________________________________________
8. Warum ist eine Rückkehr für Sie nicht zumutbar (auch Krankheiten)?
______________________________________________
"""


def test_a_questionnaires_questions_are_no_reasoning():
    """The questions name every topic; only the answers count (two are left blank here)."""
    topics = begruendung_topics(QUESTIONNAIRE)
    assert "familie" not in topics
    assert "humanitaere_gruende" not in topics
    assert "lebensgeschichte" in topics and "aufenthaltssituation" in topics


def test_the_writers_own_relation_and_a_forms_tick_boxes_are_no_family_ties():
    text = (
        "Sehr geehrte Damen und Herren,\n"
        "ich wende mich an Sie als Bruder und im Namen von Ousmane Traoré samt Familie, weil er diesen "
        "Brief nicht allein schreiben kann.\n"
        "Beziehung zu ☒ Ehegatte/-gattin ☐ Kind Familienstand verheiratet Person 1\n"
        "Herr Traoré stammt aus Bamako und kam 2015 nach Deutschland.\n"
    )
    assert "familie" not in begruendung_topics(text)


def test_a_removal_date_named_as_the_day_of_the_removal():
    from hfk.classify.fields import find_triggers

    said = "Mit Schreiben der Ausländerbehörde wurde der 13.08.2025 als Tag der Abschiebung genannt."
    assert [kind for kind, _ in find_triggers(said)] == ["rueckfuehrungstermin"]
    # guard: the day of another event is no removal date
    assert find_triggers("Sie wurde der 3.4.2015 als Tag der Ankunft genannt.") == []


def test_a_rhetorical_question_of_the_reasoning_still_counts():
    """Guard: only a questionnaire's questions (numbered, or asking the reader) are left out."""
    text = (
        "Sehr geehrte Damen und Herren,\nhiermit beantragen wir für Frau Lina Haddad die Befassung der Kommission.\n"
        "Frau Haddad lebt seit 2015 in Köln und arbeitet als Pflegehelferin in einem Altenheim.\n"
        "Wie soll eine kranke Frau ohne Familie in Syrien eine Rückkehr überstehen?\n"
    )
    assert "humanitaere_gruende" in begruendung_topics(text)
