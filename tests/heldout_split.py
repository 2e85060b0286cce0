"""Checks shared by the tests of the held-out splits (`holdout`, `blind`): their cases use only their
own templates, and their applications write every person the truth records."""

from __future__ import annotations

import json
import random
from pathlib import Path

from hfk.corpus import generate as G
from hfk.corpus import render as R
from hfk.corpus.scenario import DocPlan
from hfk.corpus.templates import TEMPLATES
from hfk.corpus.text_antrag import fmt

MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MONTHS_EN = "January February March April May June July August September October November December".split()


def split_names(split: str) -> set[str]:
    return {t[0] for tpls in TEMPLATES.values() for t in tpls if t[1] == split}


def birth_forms(d) -> set[str]:
    """The ways a template of any split may write a birth date."""
    return {
        fmt(d),
        f"{d.day}.{d.month}.{d.year}",
        f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}",
        f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
    }


def generated_templates(out: Path, split: str, seed: int, cases: int) -> set[str]:
    """Generate `cases` cases of `split`; assert each document used a template of that split.
    Returns the template names used."""
    G.generate(out, seed=seed, cases=cases, split=split)
    own = split_names(split)
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*/truth.json"))]
    assert len(truths) == cases
    used = set()
    for t in truths:
        assert t["split"] == split and t["case_id"].startswith(f"{split}-")
        for d in t["documents"]:
            used.add(d["template"])
            # the mail body that only carries the attachments is named after the split, not a template
            assert d["template"] in own or d["template"] == f"sonstiges_mail_cover_{split}", d["template"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["split"] == split and summary["cases"] == cases
    return used


def antrag_cases(split: str, language: str, n: int) -> list:
    found, seed = [], 0
    while len(found) < n:
        c = G.make_case(random.Random(f"{split}-persons:{seed}"), f"{split[0]}-{seed}", split, 0)
        seed += 1
        if c.language == language:
            found.append(c)
    return found


def check_antrag_names_every_person(split: str, language: str, authority: bool) -> None:
    """Every application template of the split writes each person's name and birth date (and an
    omitted birth date nowhere), the address and, if `authority`, the Ausländerbehörde."""
    tids = [t for t in TEMPLATES["antrag"] if t[1] == split and ("_en_" in t[0]) == (language == "en")]
    assert tids
    cases = antrag_cases(split, language, 12 if language == "de" else 6)
    # make sure the check also meets an omitted birth date and a family
    assert any(len(c.persons) > 1 for c in cases)
    cases[0].omitted = {len(cases[0].persons) - 1: "geburtsdatum"}
    for c in cases:
        for tid, _, fn in tids:
            text = R.spec_text(fn(c, DocPlan("antrag", c.received), random.Random(tid + c.case_id)))
            for i, p in enumerate(c.persons):
                assert p.name.casefold() in text.casefold() and p.vorname in text, (tid, p.full)
                written = any(f in text for f in birth_forms(p.geburtsdatum))
                # an omitted birth date is nowhere in the letter (not in the story either)
                assert written != (c.omitted.get(i) == "geburtsdatum"), (tid, p.full, c.omitted)
            assert c.adresse in text, tid
            if authority:
                assert c.abh in text, tid
