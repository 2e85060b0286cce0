"""Tests of the `holdout` split: its own templates, only those in its cases, persons rendered faithfully."""

from __future__ import annotations

import io
import json
import random

import pytest
from pypdf import PdfReader

from hfk.corpus import generate as G
from hfk.corpus import render as R
from hfk.corpus.layout import layout
from hfk.corpus.scenario import DocPlan
from hfk.corpus.templates import TEMPLATES
from hfk.corpus.text_antrag import fmt

MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MONTHS_EN = "January February March April May June July August September October November December".split()


def _split_names(split: str) -> set[str]:
    return {t[0] for tpls in TEMPLATES.values() for t in tpls if t[1] == split}


def _birth_forms(d) -> set[str]:
    """The ways a template of any split may write a birth date."""
    return {
        fmt(d),
        f"{d.day}.{d.month}.{d.year}",
        f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}",
        f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
    }


def test_holdout_templates_are_new_and_cover_every_class():
    holdout = _split_names("holdout")
    assert not holdout & (_split_names("train") | _split_names("test"))
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
    G.generate(tmp_path, seed=3, cases=3, split="holdout")
    holdout = _split_names("holdout")
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(tmp_path.glob("*/truth.json"))]
    assert len(truths) == 3
    used = set()
    for t in truths:
        assert t["split"] == "holdout" and t["case_id"].startswith("holdout-")
        for d in t["documents"]:
            used.add(d["template"])
            # the mail body that only carries the attachments is named after the split, not a template
            assert d["template"] in holdout or d["template"] == "sonstiges_mail_cover_holdout", d["template"]
    assert used & holdout
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["split"] == "holdout" and summary["cases"] == 3


def _antrag_cases(language: str, n: int):
    found, seed = [], 0
    while len(found) < n:
        c = G.make_case(random.Random(f"holdout-persons:{seed}"), f"h-{seed}", "holdout", 0)
        seed += 1
        if c.language == language:
            found.append(c)
    return found


@pytest.mark.parametrize("language", ["de", "en"])
def test_holdout_antrag_text_names_every_person_with_birth_date(language):
    tids = [t for t in TEMPLATES["antrag"] if t[1] == "holdout" and ("_en_" in t[0]) == (language == "en")]
    cases = _antrag_cases(language, 12 if language == "de" else 6)
    # make sure the check also meets an omitted birth date and a family
    assert any(len(c.persons) > 1 for c in cases)
    cases[0].omitted = {len(cases[0].persons) - 1: "geburtsdatum"}
    for c in cases:
        for tid, _, fn in tids:
            spec = fn(c, DocPlan("antrag", c.received), random.Random(tid + c.case_id))
            text = R.spec_text(spec)
            for i, p in enumerate(c.persons):
                assert p.name.casefold() in text.casefold() and p.vorname in text, (tid, p.full)
                written = any(f in text for f in _birth_forms(p.geburtsdatum))
                assert written != (c.omitted.get(i) == "geburtsdatum"), (tid, p.full, c.omitted)
            assert c.adresse in text, tid


def test_holdout_antrag_pdf_text_layer_holds_the_persons():
    c = next(c for c in _antrag_cases("de", 12) if len(c.persons) > 1)
    c.omitted = {}
    for tid, _, fn in [t for t in TEMPLATES["antrag"] if t[1] == "holdout" and "_en_" not in t[0]]:
        pdf = R.pdf_from_pages(layout(fn(c, DocPlan("antrag", c.received), random.Random(tid))))
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        flat = " ".join(text.split())
        for p in c.persons:
            assert p.vorname in flat and p.name.casefold() in flat.casefold(), (tid, p.full)
            assert any(f in flat for f in _birth_forms(p.geburtsdatum)), (tid, p.full)


def test_held_out_cases_always_write_the_topic_that_states_their_hint() -> None:
    """An Einreiseverbot is told in the life story, a training Duldung in the integration part: a
    case whose truth expects the hint must not drop that topic (no document would state it), in
    every split (the train split too since the model rebuild of session 4)."""
    import random

    from hfk.corpus.generate import make_case

    carriers = {"einreiseverbot": "lebensgeschichte", "ausbildung": "integration"}
    kept = 0
    for i in range(3000):
        for split in ("test", "holdout", "blind", "train"):
            c = make_case(random.Random(f"hfk-corpus:{split}:9:{i}"), f"{split}-{i:04d}", split, 9)
            for fact, topic in carriers.items():
                assert not (getattr(c, fact) and topic not in c.topics), (split, i, fact)
            kept += any(getattr(c, fact) for fact in carriers) and len(c.topics) == 5
    assert kept > 0  # cases that carry such a hint occur
