"""A release from medical confidentiality in other words (session 13): "Einverständnis: Auskunft an die
Härtefallkommission – erlaube ich Dr. med. X, ... Auskunft über Erkrankung, Therapie und Aussichten zu
geben", on a doctor's letterhead. Read with the shipped pipeline."""

from hfk.classify.nlp import default_scorer
from hfk.classify.pages import best_class

RELEASE = (
    "Praxis für Neurologie Dr. med. Weber\n"
    "Einverständnis: Auskunft an die Härtefallkommission\n\n"
    "Ich, Samir Haddad, geb. 04.04.1988, erlaube Dr. med. Petra Weber, der Härtefallkommission "
    "Nordrhein-Westfalen und ihrer Geschäftsstelle Auskunft über Erkrankung, Therapie und Aussichten zu "
    "geben und Kopien der Befunde zu senden.\n\nEssen, den 2. Juni 2025\n\nSamir Haddad\n"
)


def _best(text: str) -> str:
    return best_class(default_scorer().score(text).scores)[0]


def test_permission_to_inform_the_commission_is_a_release():
    assert _best(RELEASE) == "schweigepflichtsentbindung"


def test_a_doctors_report_on_the_illness_stays_a_report():
    report = (
        "Praxis für Neurologie Dr. med. Weber\nÄrztliche Bescheinigung\n\n"
        "Herr Samir Haddad, geb. 04.04.1988, ist seit 2021 in meiner Behandlung. Diagnose: Epilepsie "
        "(ICD-10 G40.2). Die Therapie mit Levetiracetam muss fortgesetzt werden; ein Abbruch gefährdet ihn.\n\n"
        "Essen, den 2. Juni 2025\n\nDr. med. Petra Weber\nFachärztin für Neurologie\n"
    )
    assert _best(report) == "aerztliches_gutachten"
