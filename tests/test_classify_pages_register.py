"""A civil register's extract of a birth (a certified translation of it) is an identity paper by its
own title, also where it has none of a passport's words (session 13)."""

from hfk.classify.nlp import default_scorer
from hfk.classify.pages import RuleScorer, best_class

EXTRACT = (
    "Beglaubigte Übersetzung\n"
    "Ghana – Auszug aus dem Personenstandsregister (Geburt)\n\n"
    "1. Familienname Owusu\n2. Vorname Kofi\n3. Geschlecht männlich\n"
    "4. Tag der Geburt 3. März 1990\n5. Ort der Geburt Kumasi\n"
    "6. Vater Yaw Owusu\n7. Mutter Ama Boateng\n\n"
    "Eintragung Nr. 2211/1990\n\n"
    "Als ermächtigter Übersetzer bestätige ich die Richtigkeit der Übertragung. Köln, 4.5.2021\n"
)


def _top(text: str) -> tuple[str, float]:
    scores = RuleScorer().score(text).scores
    best = max(scores, key=scores.get)
    return best, scores[best]


def test_extract_of_the_birth_register_is_an_identity_paper():
    best, score = _top(EXTRACT)
    assert best == "identitaetsnachweis" and score >= 6
    english = EXTRACT.replace(
        "Auszug aus dem Personenstandsregister (Geburt)", "Extract from the Birth Register"
    )
    assert _top(english)[0] == "identitaetsnachweis"


def test_a_letter_that_mentions_a_register_entry_in_passing_stays_what_it_is():
    letter = (
        "Sehr geehrte Damen und Herren,\n\nhiermit beantragen wir für Herrn Owusu die Befassung der "
        "Härtefallkommission nach § 23a AufenthG. Seine Geburtsurkunde (Auszug aus dem Personenstandsregister) "
        "reichen wir nach.\n\nMit freundlichen Grüßen"
    )
    assert _top(letter)[0] == "antrag"


def test_certificate_of_a_birth_entered_in_the_register_is_an_identity_paper():
    text = (
        "Übersetzung aus der englischen Sprache\n"
        "Bescheinigung über die Eintragung einer Geburt – Sierra Leone\n\n"
        "Es wird bescheinigt, dass Musa Sesay, männlichen Geschlechts, am 01.01.1990 in Bo geboren wurde. "
        "Die Geburt wurde am 09.01.1990 in das Register eingetragen.\n\n"
        "Ich versichere die Richtigkeit dieser Übersetzung. Köln, 04.03.2022 – Urkundenübersetzer\n"
    )
    # with the shipped pipeline: the rules alone read it right before, the model outvoted them
    assert best_class(default_scorer().score(text).scores)[0] == "identitaetsnachweis"
