"""A volunteer's confirmation in other words (session 13): "Freiwilligenkoordination", "bringt sich in
unsere Arbeit ein", a page of its own after a work certificate in one scan. The authorities' "freiwillige
Ausreise" is no volunteering."""

from hfk.classify.pages import RuleScorer

VOLUNTEER = (
    "Nachbarschaftshaus Nord – Freiwilligenkoordination\n3. Mai 2024\n\nBestätigung\n\n"
    "Gern bestätigen wir, dass Frau Amina Yusuf sich zuverlässig und mit großer Freundlichkeit in unsere "
    "Arbeit einbringt. Ohne Menschen wie sie wäre unser Angebot nicht möglich.\n\nJens Krämer\n"
)


def _top(text: str) -> str:
    scores = RuleScorer().score(text).scores
    return max(scores, key=scores.get)


def test_volunteer_confirmation_in_other_words():
    assert _top(VOLUNTEER) == "ehrenamt"


def test_voluntary_departure_is_no_volunteering():
    scores = (
        RuleScorer()
        .score(
            "Stadt Hagen – Ausländerbehörde\n\nSie werden aufgefordert, das Bundesgebiet zu verlassen. Über die "
            "Förderung der freiwilligen Ausreise berät Sie die Rückkehrberatung.\n"
        )
        .scores
    )
    assert scores["ehrenamt"] <= 0
