"""A BAMF decision's Tenor in other words (session 13) marks the page as deciding: "1. Flüchtlingsschutz
wird nicht gewährt", "Eine Anerkennung als Asylberechtigte/r erfolgt nicht", "Die Voraussetzungen eines
Abschiebungsverbots (§ 60 Abs. 5, Abs. 7 S. 1 AufenthG) sind nicht gegeben", "Der Asylantrag ist
unzulässig und wird abgelehnt". An application that tells of the refusal decides nothing."""

from hfk.classify.pages import RuleScorer

HEAD = (
    "Bundesamt für Migration und Flüchtlinge\nDienstsitz Unna\n\nGeschäftszeichen 1234567-423\n"
    "Entscheidung über Ihren Asylantrag\n\n"
)


def test_tenor_in_other_words_decides():
    for tenor in (
        "1.\nFlüchtlingsschutz wird nicht gewährt.\n\n2.\nEine Anerkennung als Asylberechtigte/r erfolgt nicht.",
        "1. Der Asylantrag ist unzulässig und wird abgelehnt.\n\n"
        "2. Die Voraussetzungen eines Abschiebungsverbots (§ 60 Abs. 5, Abs. 7 S. 1 AufenthG) sind nicht gegeben.",
    ):
        assert "bamf_bescheid" in RuleScorer().score(HEAD + tenor).decided, tenor


def test_application_telling_of_the_refusal_decides_nothing():
    letter = (
        "An die Härtefallkommission\n\nSehr geehrte Damen und Herren,\nhiermit beantrage ich die Befassung der "
        "Kommission. Mein Asylantrag wurde vom Bundesamt für Migration und Flüchtlinge abgelehnt; "
        "Flüchtlingsschutz wurde mir nicht gewährt.\n\nMit freundlichen Grüßen\n"
    )
    assert RuleScorer().score(letter).decided == ()
