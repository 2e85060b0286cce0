"""The declared spaCy page pipeline: rule cues, a trained text classifier and their blend, in that order.

The pipeline is written down in classify/data/pipeline.cfg (spaCy's config format), so a reader sees
what runs in which order:

    hfk_cues   (rules)        weighted cue phrases of cues.toml -> rule scores, evidence, first-page cues
    textcat    (statistical)  bag-of-words classifier trained on the train split -> doc.cats
    hfk_blend  (rules+model)  rule score + weight * model probability -> the page's class scores

The trained weights are one file, classify/data/textcat.spacy (nlp.to_bytes()), rebuilt by
scripts/train_classifier.py. The doc's text is the *model form* of a page (folded, digits masked, see
model_text); the page as read travels in doc.user_data["raw"] for the case-sensitive rule cues.
"""

from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from pathlib import Path

from hfk.classify.fields import text_language
from hfk.classify.model import DOCUMENT_TYPES
from hfk.classify.normalize import PAGE_LINE, fold
from hfk.classify.pages import PageScore, RuleScorer, default_cues

log = logging.getLogger(__name__)

DATA = Path(__file__).with_name("data")
CONFIG_FILE = DATA / "pipeline.cfg"
MODEL_FILE = DATA / "textcat.spacy"
MODEL_EVIDENCE = "Textklassifikator"  # evidence shown for the model's vote, with its probability
MAX_MODEL_CHARS = 6000  # the head of a page carries the class; long pages cost time, not accuracy

_DIGITS = re.compile(r"\d")
_NON_WORD = re.compile(r"[^\w§ ]+")


def model_text(text: str) -> str:
    """What the text classifier reads: folded (case, umlauts, 'ae'), digits masked, punctuation gone.

    Masking digits keeps dates, file numbers and amounts from being learnt as words; dropping
    punctuation makes OCR specks ("Bescheid ,") look like the clean text.
    """
    folded = fold(text[: MAX_MODEL_CHARS * 2])[:MAX_MODEL_CHARS]
    return _NON_WORD.sub(" ", _DIGITS.sub("0", folded))


def scored_text(text: str) -> str:
    """What the shipped classifier is given to score a page: model_text without a fax machine's
    transmission line or a page footer. The line names the sender ("… FAX … Kanzlei Brandt
    Rechtsanwälte S. 3/5") on every page of a bundle, and the model read a language certificate faxed by
    a lawyer as an application (blind21). Training (scripts/train_classifier.py) still reads model_text,
    so a rebuild reproduces the shipped model; a model trained without the lines scored worse on the
    seen samples (session 23: scans blind8 1.000 -> 0.940) and is not shipped."""
    return model_text(PAGE_LINE.sub("", text))


def _register() -> None:
    """Register the two rule factories with spaCy (idempotent; spaCy is imported only here)."""
    import spacy
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

    if Language.has_factory("hfk_cues"):
        return

    @spacy.registry.tokenizers("hfk_whitespace.v1")
    def make_whitespace_tokenizer():
        # model_text has already removed punctuation: splitting on spaces is all that is left to do,
        # and it is several times faster than the German tokenizer's affix rules.
        return lambda nlp: Tokenizer(nlp.vocab)

    class CueComponent:
        """Rule component: scores the raw page text with the cue phrases of cues.toml."""

        def __init__(self) -> None:
            self.scorer = RuleScorer()

        def __call__(self, doc):
            raw = doc.user_data.get("raw", doc.text)
            doc.user_data["rule_score"] = self.scorer.score(raw)
            return doc

    class BlendComponent:
        """Adds the model's class probabilities (scaled) to the rule scores.

        Rules keep their evidence and first-page cues (segmentation needs them); the model decides
        where the rules are silent or torn, and its probability is what a reader sees as support.
        """

        def __init__(self, model_weight: float, min_probability: float) -> None:
            self.model_weight = model_weight
            self.min_probability = min_probability
            self.capped = default_cues().form_capped
            self.min_rule = default_cues().min_score

        def __call__(self, doc):
            rule: PageScore | None = doc.user_data.get("rule_score")
            if rule is None or rule.blank:
                doc.user_data["page_score"] = rule
                return doc
            scores = dict(rule.scores)
            capped = set(rule.capped) if rule.capped else (set(self.capped) if rule.form_page else set())
            # The model learnt German pages; on a page in another language its probabilities carry
            # no signal (an English application came out "sonstiges" at 0.93): the rules decide.
            cats = doc.cats if text_language(doc.user_data.get("raw", "")) in ("de", "und") else {}
            if rule.request_letter:
                capped.add("sonstiges")  # a long request letter to the commission is never "nothing known"
            if any(
                v >= self.min_rule and len(rule.evidence.get(c, ())) >= 2
                for c, v in rule.scores.items()
                if c != "sonstiges"
            ):
                # "sonstiges" is the model's "like none of the papers I learnt": where the rules found
                # several of a class's own phrases, a layout the model never saw is no evidence against
                # them. One word alone ("Bitte geben Sie Bescheid") leaves the model its say.
                capped.add("sonstiges")
            for cls, p in cats.items():
                # the model learnt train layouts: on a form page it must not lift a capped class again
                if p >= self.min_probability and cls not in capped:
                    scores[cls] = scores.get(cls, 0.0) + self.model_weight * p
            evidence = {k: list(v) for k, v in rule.evidence.items()}
            best = max(cats, key=cats.get) if cats else None
            if best and cats[best] >= 0.5:
                # low rank: the rule phrases are the better explanation; the model's word comes after
                evidence.setdefault(best, []).append((0.5, f"{MODEL_EVIDENCE} {cats[best]:.0%}"))
            doc.user_data["page_score"] = PageScore(
                scores=scores,
                start=dict(rule.start),
                evidence=evidence,
                blank=False,
                form_page=rule.form_page,
                capped=rule.capped,
                title=rule.title,
                request_letter=rule.request_letter,
                decided=rule.decided,
            )
            return doc

    @Language.factory("hfk_cues")
    def make_cues(nlp, name):  # noqa: ARG001 - spaCy's factory signature
        return CueComponent()

    @Language.factory("hfk_blend", default_config={"model_weight": 6.0, "min_probability": 0.05})
    def make_blend(nlp, name, model_weight: float, min_probability: float):  # noqa: ARG001
        return BlendComponent(model_weight, min_probability)


def build_pipeline(model_weight: float = 6.0, ngram_size: int = 2, length: int = 2**16):
    """A fresh, untrained pipeline as pipeline.cfg declares it (used by the training script)."""
    import spacy

    _register()
    nlp = spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": "hfk_whitespace.v1"}}})
    nlp.add_pipe("hfk_cues")
    textcat = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": ngram_size,
                "no_output_layer": False,
                "length": length,
            }
        },
    )
    for cls in DOCUMENT_TYPES:
        textcat.add_label(cls)
    nlp.add_pipe("hfk_blend", config={"model_weight": model_weight})
    return nlp


@lru_cache(maxsize=1)
def load_pipeline():
    """The shipped pipeline, loaded once per process; None when spaCy or the model file is missing
    (or HFK_CLASSIFY_RULES_ONLY is set, to compare with the rules alone)."""
    if os.environ.get("HFK_CLASSIFY_RULES_ONLY"):
        log.info("HFK_CLASSIFY_RULES_ONLY set: classifying with cue rules only")
        return None
    if not MODEL_FILE.exists() or not CONFIG_FILE.exists():
        log.warning("page model %s missing: classifying with cue rules only", MODEL_FILE.name)
        return None
    try:
        import spacy
        from spacy.util import load_config
    except ImportError:
        log.warning("spaCy not installed: classifying with cue rules only")
        return None
    _register()
    config = load_config(CONFIG_FILE)
    nlp = spacy.blank("de", config=config)
    nlp.from_bytes(MODEL_FILE.read_bytes())
    return nlp


class ModelScorer:
    """PageScorer of the whole declared pipeline (rules + text classifier + blend)."""

    def __init__(self, nlp=None) -> None:
        self.nlp = nlp or load_pipeline()
        if self.nlp is None:
            raise RuntimeError("Seitenmodell nicht verfügbar (classify/data/textcat.spacy fehlt)")

    def score(self, text: str) -> PageScore:
        doc = self.nlp.make_doc(scored_text(text))
        doc.user_data["raw"] = text
        for _, component in self.nlp.pipeline:
            doc = component(doc)
        return doc.user_data["page_score"]

    def probabilities(self, text: str) -> dict[str, float]:
        doc = self.nlp.make_doc(scored_text(text))
        doc.user_data["raw"] = text
        return self.nlp.get_pipe("textcat")(doc).cats


def default_scorer():
    """The blended scorer when the model is shipped, else the rule scorer."""
    nlp = load_pipeline()
    return ModelScorer(nlp) if nlp is not None else RuleScorer()
