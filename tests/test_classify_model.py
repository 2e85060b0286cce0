"""The shipped spaCy page pipeline: declared order, loading, hand-written pages, agreement with the rules."""

from __future__ import annotations

import pytest

from hfk.classify.case import classify
from hfk.classify.model import DOCUMENT_TYPES, ClassifyOptions
from hfk.classify.nlp import CONFIG_FILE, MODEL_FILE, ModelScorer, build_pipeline, load_pipeline, model_text
from hfk.classify.pages import RuleScorer, best_class
from hfk.ingest.model import Page, SourceFile, Submission

spacy = pytest.importorskip("spacy")

# Hand-written pages in wordings of our own (not the corpus templates).
PAGES = {
    "bamf_bescheid": (
        "Bundesamt für Migration und Flüchtlinge\nAußenstelle Bielefeld\nGesch.-Z.: 8812345-438\n"
        "BESCHEID\nIn dem Asylverfahren des Herrn Farid Noori ergeht folgende Entscheidung:\n"
        "1. Die Flüchtlingseigenschaft wird nicht zuerkannt.\n2. Der Antrag auf Asylanerkennung wird abgelehnt."
    ),
    "vollmacht": (
        "VOLLMACHT\nHiermit bevollmächtige ich, Farid Noori, geb. 03.04.1990, Frau Rechtsanwältin Jana Vogt, "
        "mich in allen aufenthaltsrechtlichen Angelegenheiten zu vertreten und Zustellungen entgegenzunehmen.\n"
        "Bochum, den 02.02.2025\nUnterschrift"
    ),
    "schweigepflichtsentbindung": (
        "Entbindung von der ärztlichen Schweigepflicht\nIch, Farid Noori, entbinde meine behandelnden "
        "Ärztinnen und Ärzte gegenüber der Härtefallkommission von der Schweigepflicht.\nUnterschrift"
    ),
    "aerztliches_gutachten": (
        "Praxis für Psychiatrie und Psychotherapie Dr. med. Petra Lang\nÄrztliches Attest\n"
        "Herr Farid Noori befindet sich seit 2022 in meiner Behandlung.\nDiagnose: F43.1 posttraumatische "
        "Belastungsstörung, schwere Ausprägung. Medikation: Sertralin 100 mg. Prognose ungünstig."
    ),
    "datenschutzeinwilligung": (
        "Datenschutzerklärung\nIch willige ein, dass meine personenbezogenen Daten einschließlich "
        "Gesundheitsdaten (Art. 9 DSGVO) für das Härtefallverfahren verarbeitet werden. Die Einwilligung "
        "kann ich jederzeit widerrufen.\nOrt, Datum, Unterschrift"
    ),
    "lebenslauf": (
        "Lebenslauf\nPersönliche Daten\nName: Farid Noori\n1996 - 2004 Schulbesuch in Herat\n"
        "2004 - 2015 Arbeit als Schneider\n2015 Einreise nach Deutschland\nseit 2019 Lagerhelfer"
    ),
}


@pytest.fixture(scope="module")
def scorer() -> ModelScorer:
    nlp = load_pipeline()
    assert nlp is not None, "classify/data/textcat.spacy fehlt: scripts/train_classifier.py ausführen"
    return ModelScorer(nlp)


def test_shipped_files_exist_and_stay_small() -> None:
    assert CONFIG_FILE.exists() and MODEL_FILE.exists()
    assert MODEL_FILE.stat().st_size < 10_000_000


def test_pipeline_declares_rules_model_and_blend_in_order(scorer: ModelScorer) -> None:
    assert scorer.nlp.pipe_names == ["hfk_cues", "textcat", "hfk_blend"]
    assert set(scorer.nlp.get_pipe("textcat").labels) == set(DOCUMENT_TYPES)
    assert load_pipeline() is scorer.nlp  # loaded once per process


@pytest.mark.parametrize("label", sorted(PAGES))
def test_hand_written_pages_are_classified(scorer: ModelScorer, label: str) -> None:
    score = scorer.score(PAGES[label])
    assert best_class(score.scores)[0] == label
    probabilities = scorer.probabilities(PAGES[label])
    assert abs(sum(probabilities.values()) - 1.0) < 1e-3


@pytest.mark.parametrize("label", sorted(PAGES))
def test_rules_and_blend_agree_on_strong_cues(scorer: ModelScorer, label: str) -> None:
    rules = RuleScorer().score(PAGES[label])
    blended = scorer.score(PAGES[label])
    assert best_class(rules.scores)[0] == best_class(blended.scores)[0] == label
    # the rule evidence survives the blend, so the report still shows the deciding phrases
    assert rules.evidence[label][0] in blended.evidence[label]


def test_model_survives_ocr_noise(scorer: ModelScorer) -> None:
    noisy = (
        "Bundesamt fur Migration und Fluchtlinge\nAuBenstelle Bielefeld\nGesch.-Z.: 8812345 - 438\n"
        "BESCHEID\nIn dem Asylverfahren des Herm Farid Noori ergeht folgende Entscheidung :\n"
        "1 . Die Fluchtlingseigenschaft wird nicht zuerkannt ."
    )
    assert best_class(scorer.score(noisy).scores)[0] == "bamf_bescheid"


def test_model_text_masks_digits_and_folds() -> None:
    assert (
        model_text("Bescheid vom 14. März 2025, Gesch.-Z. 123") == "bescheid vom 00  marz 0000  gesch z  000"
    )


def test_classify_uses_the_model_and_keeps_evidence() -> None:
    pages = [Page(number=i + 1, text=text, source="text") for i, text in enumerate(PAGES.values())]
    facts = classify(
        Submission(files=[SourceFile(name="bundle.pdf", mime="application/pdf", sha256="0", pages=pages)]),
        ClassifyOptions(),
    )
    assert [d.type for d in facts.documents] == list(PAGES)
    assert all(d.evidence and d.confidence >= 0.6 and not d.needs_review for d in facts.documents)


def test_build_train_and_reload_a_tiny_pipeline() -> None:
    """The training code path end to end on three pages: fresh pipeline -> update -> bytes -> load."""
    from spacy.training import Example

    nlp = build_pipeline(model_weight=5.0, length=2**10)
    examples = [
        Example.from_dict(
            nlp.make_doc(model_text(text)), {"cats": {c: float(c == label) for c in DOCUMENT_TYPES}}
        )
        for label, text in list(PAGES.items())[:3]
    ]
    with nlp.select_pipes(enable=["textcat"]):
        optimizer = nlp.initialize(lambda: examples)
        for _ in range(20):
            nlp.update(examples, sgd=optimizer)
    fresh = spacy.blank("de", config=nlp.config)
    fresh.from_bytes(nlp.to_bytes())
    text = PAGES["vollmacht"]
    assert best_class(ModelScorer(fresh).score(text).scores)[0] == "vollmacht"


def test_consent_naming_the_commission_is_not_an_application_even_by_rules_alone() -> None:
    page = (
        "Datenschutz - Einverständnis\nIch willige ein, dass die Geschäftsstelle der Härtefallkommission "
        "meine personenbezogenen Daten zur Bearbeitung des Härtefallantrags verarbeitet. Die Daten werden "
        "an die Mitglieder der Härtefallkommission übermittelt.\nKöln, den 06.10.2025"
    )
    assert best_class(RuleScorer().score(page).scores)[0] == "datenschutzeinwilligung"
