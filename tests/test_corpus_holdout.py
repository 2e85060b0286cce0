"""Tests of the `holdout` split: its own templates, only those in its cases, persons rendered faithfully."""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from hfk.corpus import generate as G
from hfk.corpus import render as R
from hfk.corpus.layout import layout
from hfk.corpus.scenario import DocPlan
from hfk.corpus.templates import TEMPLATES

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)
from heldout_split import (  # noqa: E402
    antrag_cases,
    birth_forms,
    check_antrag_names_every_person,
    generated_templates,
    split_names,
)


def test_holdout_templates_are_new_and_cover_every_class():
    holdout = split_names("holdout")
    assert not holdout & (split_names("train") | split_names("test"))
    for cls, tpls in TEMPLATES.items():
        own = [t[0] for t in tpls if t[1] == "holdout"]
        assert len(own) >= 2, cls
    antrag = [t[0] for t in TEMPLATES["antrag"] if t[1] == "holdout"]
    assert len([n for n in antrag if "_en_" not in n]) >= 3
    assert len([n for n in antrag if "_en_" in n]) >= 1
    sonst = [t[0] for t in TEMPLATES["sonstiges"] if t[1] == "holdout"]
    # choose_template needs both kinds: hearing minutes for asylum cases, something else otherwise
    assert any("anhoerung" in n for n in sonst) and any("anhoerung" not in n for n in sonst)


def test_unknown_split_is_refused_in_german(tmp_path):
    with pytest.raises(ValueError, match="holdout"):
        G.generate(tmp_path, seed=0, cases=1, split="validation")


def test_generated_holdout_cases_use_only_holdout_templates(tmp_path):
    used = generated_templates(tmp_path, "holdout", seed=3, cases=3)
    assert used & split_names("holdout")


@pytest.mark.parametrize("language", ["de", "en"])
def test_holdout_antrag_text_names_every_person_with_birth_date(language):
    check_antrag_names_every_person("holdout", language, authority=False)


def test_holdout_antrag_pdf_text_layer_holds_the_persons():
    c = next(c for c in antrag_cases("holdout", "de", 12) if len(c.persons) > 1)
    c.omitted = {}
    for tid, _, fn in [t for t in TEMPLATES["antrag"] if t[1] == "holdout" and "_en_" not in t[0]]:
        pdf = R.pdf_from_pages(layout(fn(c, DocPlan("antrag", c.received), random.Random(tid))))
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        flat = " ".join(text.split())
        for p in c.persons:
            assert p.vorname in flat and p.name.casefold() in flat.casefold(), (tid, p.full)
            assert any(f in flat for f in birth_forms(p.geburtsdatum)), (tid, p.full)


def test_held_out_cases_always_write_the_topic_that_states_their_hint() -> None:
    """An Einreiseverbot is told in the life story, a training Duldung in the integration part: a
    case whose truth expects the hint must not drop that topic (no document would state it), in
    every split (the train split too since the model rebuild of session 4)."""
    import random

    from hfk.corpus import SPLITS
    from hfk.corpus.generate import make_case

    carriers = {"einreiseverbot": "lebensgeschichte", "ausbildung": "integration"}
    kept = 0
    for i in range(3000):
        for split in SPLITS:
            c = make_case(random.Random(f"hfk-corpus:{split}:9:{i}"), f"{split}-{i:04d}", split, 9)
            for fact, topic in carriers.items():
                assert not (getattr(c, fact) and topic not in c.topics), (split, i, fact)
            kept += any(getattr(c, fact) for fact in carriers) and len(c.topics) == 5
    assert kept > 0  # cases that carry such a hint occur
