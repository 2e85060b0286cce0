"""A neighbour's or friend's short letter in their own words is a support letter (session 13): who they
are to the family in the subject, that they live in the same house, a chance asked for the family and
the loss if it had to go. Read with the shipped pipeline (rules and the trained model)."""

from hfk.classify.nlp import default_scorer
from hfk.classify.pages import best_class

NEIGHBOUR = (
    "Petra Vogel, Am Anger 7, 33602 Bielefeld\n\n"
    "Härtefallkommission NRW\n– Geschäftsstelle –\n\n"
    "Bielefeld, 3. Mai 2025\n"
    "Betreff: unsere Nachbarn, Familie Osei\n"
    "Liebe Mitglieder der Kommission,\n"
    "seit vier Jahren wohnen Akua Osei mit ihren Kindern und wir im selben Haus. Sie gießt unsere "
    "Blumen, wir passen manchmal auf die Kleinen auf.\n"
    "Wir wären sehr traurig, wenn die Familie gehen müsste. Geben Sie ihr bitte eine Chance.\n"
    "Viele Grüße\n\nPetra Vogel\n"
)


def _best(text: str) -> str:
    return best_class(default_scorer().score(text).scores)[0]


def test_neighbours_letter_is_a_support_letter():
    assert _best(NEIGHBOUR) == "unterstuetzerschreiben"


def test_the_applicants_own_request_stays_an_application():
    own = (
        "Akua Osei, Am Anger 7, 33602 Bielefeld\n\n"
        "Härtefallkommission NRW\n– Geschäftsstelle –\n\n"
        "Bielefeld, 3. Mai 2025\n"
        "Betreff: Antrag nach § 23a AufenthG\n"
        "Sehr geehrte Damen und Herren,\n"
        "hiermit beantrage ich, dass die Härtefallkommission sich mit meinem Fall befasst. Ich lebe seit "
        "2016 in Bielefeld, meine Kinder gehen hier zur Schule. Bitte geben Sie uns eine Chance zu bleiben.\n"
        "Mit freundlichen Grüßen\n\nAkua Osei\n"
    )
    assert _best(own) == "antrag"
