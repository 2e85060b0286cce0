"""An employer's interim reference ("Zwischenzeugnis", "arbeitet seit 2017 bei uns") is a proof of work
(session 13). Read with the shipped pipeline."""

from hfk.classify.nlp import default_scorer
from hfk.classify.pages import best_class

REFERENCE = (
    "Pflegedienst Lindenhof gGmbH\nZwischenzeugnis\n\n"
    "Herr Yaw Mensah, geboren am 02.03.1990, arbeitet seit 2018 bei uns, zurzeit als Pflegehelfer.\n"
    "Er erledigt seine Aufgaben zuverlässig und stets zu unserer vollen Zufriedenheit. Im Team ist er sehr "
    "geschätzt.\nDas Zeugnis wird auf seinen Wunsch für eine Behörde ausgestellt.\n"
    "Dortmund, 3. März 2025\n\nGeschäftsführung\n"
)


def test_interim_reference_is_a_proof_of_work():
    assert best_class(default_scorer().score(REFERENCE).scores)[0] == "arbeitsnachweis"
