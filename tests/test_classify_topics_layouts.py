"""Topics of the Begründung in three layouts (session 13): headings of a margin column that OCR reads as
a list before the text, sentences numbered in brackets ("[8] Sie lebt mit ..."), and a persons table
whose header says "geboren am" (no life story)."""

from hfk.classify.fields import begruendung_topics
from hfk.classify.normalize import sentences

STORY = (
    "Herr Nuri Aziz kam am 3.2.1985 in Mossul (Irak) zur Welt. Nach acht Schuljahren arbeitete er in einer "
    "Bäckerei. Nach Deutschland gelangte er am 4.9.2015.\n\n"
    "Auf den Asylantrag vom 1.10.2015 erging am 2.5.2016 ein ablehnender Bescheid des BAMF. Gegenwärtig hat "
    "er nur eine Duldung nach § 60a AufenthG.\n\n"
    "Er lebt mit seiner Ehefrau Rania in einem Haushalt. Im Irak lebt nur noch ein alter Onkel.\n\n"
    "Er ist seit 2019 bei einer Spedition als Fahrer angestellt und spricht Deutsch auf dem Niveau B1.\n\n"
    "Zurück in den Irak zu müssen, wäre für ihn unzumutbar, weil dort niemand mehr auf ihn wartet.\n"
)
ALL = {"lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"}


def test_margin_headings_read_before_the_text_claim_no_topic():
    margin = "Härtefallantrag\n\nAnliegen\n\nHerkunft\n\nStatus\n\nAngehörige\n\nIntegration\n\nHärte\n\n"
    assert set(begruendung_topics(margin + STORY)) == ALL


def test_headings_with_text_under_them_still_hold_their_topic():
    headed = (
        "Herkunft\n\nHerr Nuri Aziz kam am 3.2.1985 in Mossul zur Welt und reiste am 4.9.2015 ein.\n\n"
        "Familie\n\n-\n\n"
        "Härte\n\nZurück in den Irak zu müssen, wäre unzumutbar; seine Frau Rania und die Kinder leben hier.\n"
    )
    assert "familie" not in begruendung_topics(headed)


def test_sentences_numbered_in_brackets_are_sentences():
    numbered = "[1] Er kam 2015 nach Deutschland. [2] Seine Tochter ist krank.\n[3] Er lebt mit seiner Frau zusammen."
    assert sentences(numbered) == [
        "[1] Er kam 2015 nach Deutschland.",
        "[2] Seine Tochter ist krank.",
        "[3] Er lebt mit seiner Frau zusammen.",
    ]
    story = "\n".join(f"[{i}] {s}" for i, s in enumerate(sentences(STORY), start=1))
    story = story.replace("[6] Er lebt", "[6] Seine Frau ist krank. Er lebt")
    assert "familie" in begruendung_topics(story)


def test_a_persons_tables_header_is_no_life_story():
    table = (
        "Nr. geboren am in Staatsang. Vorname FAMILIENNAME Stellung\n\n"
        "1 3. Februar 1985 Mossul irakisch Nuri AZIZ Antragsteller\n\n"
    )
    rest = STORY.split("\n\n", 1)[1]  # without the life story
    assert "lebensgeschichte" not in begruendung_topics(table + rest)


def test_no_living_to_be_made_there_is_a_humanitarian_reason():
    rest = STORY.rsplit("\n\n", 1)[0]  # without the sentence on the return
    assert "humanitaere_gruende" not in begruendung_topics(rest + "\n")
    told = rest + "\n\nWovon man im Irak leben sollte, weiß niemand.\n"
    assert "humanitaere_gruende" in begruendung_topics(told)
