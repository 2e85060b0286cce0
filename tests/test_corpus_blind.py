"""Tests of the `blind` split: its own templates for every class, only those in its cases, persons rendered faithfully."""

from __future__ import annotations

import json
import random

import pytest

from hfk.corpus import generate as G
from hfk.corpus import render as R
from hfk.corpus.scenario import DocPlan
from hfk.corpus.templates import TEMPLATES
from hfk.corpus.text_antrag import fmt

MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MONTHS_EN = "January February March April May June July August September October November December".split()


def _split_names(split: str) -> set[str]:
    return {t[0] for tpls in TEMPLATES.values() for t in tpls if t[1] == split}


def _birth_forms(d) -> set[str]:
    """The ways a template may write a birth date."""
    return {
        fmt(d),
        f"{d.day}.{d.month}.{d.year}",
        f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}",
        f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
    }


def test_blind_templates_are_new_and_cover_every_class():
    blind = _split_names("blind")
    others = _split_names("train") | _split_names("test") | _split_names("holdout")
    assert blind and not blind & others
    three = {
        "bamf_bescheid",
        "aerztliches_gutachten",
        "vollmacht",
        "schweigepflichtsentbindung",
        "datenschutzeinwilligung",
    }
    for cls, tpls in TEMPLATES.items():
        own = [t[0] for t in tpls if t[1] == "blind"]
        assert len(own) >= (3 if cls in three else 2), cls
    antrag = [t[0] for t in TEMPLATES["antrag"] if t[1] == "blind"]
    assert len([n for n in antrag if "_en_" not in n]) >= 4
    assert len([n for n in antrag if "_en_" in n]) >= 2
    sonst = [t[0] for t in TEMPLATES["sonstiges"] if t[1] == "blind"]
    # choose_template needs both kinds: hearing minutes for asylum cases, something else otherwise
    assert any("anhoerung" in n for n in sonst) and any("anhoerung" not in n for n in sonst)


def test_unknown_split_names_blind_in_the_german_error(tmp_path):
    with pytest.raises(ValueError, match="blind"):
        G.generate(tmp_path, seed=0, cases=1, split="blindtest")


def test_generated_blind_cases_use_only_blind_templates(tmp_path):
    G.generate(tmp_path, seed=2, cases=4, split="blind")
    blind = _split_names("blind")
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(tmp_path.glob("*/truth.json"))]
    assert len(truths) == 4
    used = set()
    for t in truths:
        assert t["split"] == "blind" and t["case_id"].startswith("blind-")
        for d in t["documents"]:
            used.add(d["template"])
            # the mail body that only carries the attachments is named after the split, not a template
            assert d["template"] in blind or d["template"] == "sonstiges_mail_cover_blind", d["template"]
    assert any(n.startswith("antrag_") for n in used)
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["split"] == "blind" and summary["cases"] == 4


def _antrag_cases(language: str, n: int):
    found, seed = [], 0
    while len(found) < n:
        c = G.make_case(random.Random(f"blind-persons:{seed}"), f"b-{seed}", "blind", 0)
        seed += 1
        if c.language == language:
            found.append(c)
    return found


@pytest.mark.parametrize("language", ["de", "en"])
def test_blind_antrag_text_names_every_person_with_birth_date(language):
    tids = [t for t in TEMPLATES["antrag"] if t[1] == "blind" and ("_en_" in t[0]) == (language == "en")]
    cases = _antrag_cases(language, 12 if language == "de" else 6)
    assert any(len(c.persons) > 1 for c in cases)
    cases[0].omitted = {len(cases[0].persons) - 1: "geburtsdatum"}
    for c in cases:
        for tid, _, fn in tids:
            spec = fn(c, DocPlan("antrag", c.received), random.Random(tid + c.case_id))
            text = R.spec_text(spec)
            for i, p in enumerate(c.persons):
                assert p.name.casefold() in text.casefold() and p.vorname in text, (tid, p.full)
                written = any(f in text for f in _birth_forms(p.geburtsdatum))
                # an omitted birth date is nowhere in the letter (not in the story either)
                assert written != (c.omitted.get(i) == "geburtsdatum"), (tid, p.full, c.omitted)
            assert c.adresse in text, tid
            assert c.abh in text, tid


def test_blind_antrag_states_the_scenario_triggers():
    """Hints and checklist triggers the truth expects must be written in the application."""
    c = _antrag_cases("de", 1)[0]
    c.asylum, c.asylum_applied, c.bamf_date, c.bamf_gz = True, c.entry, c.entry, "7654321-475"
    c.rueckfuehrung, c.ausbildung, c.s58a, c.einreiseverbot = c.received, True, True, True
    for tid, _, fn in [t for t in TEMPLATES["antrag"] if t[1] == "blind"]:
        c.language = "en" if "_en_" in tid else "de"
        text = R.spec_text(fn(c, DocPlan("antrag", c.received), random.Random(tid)))
        assert "7654321-475" in text and "§ 58a" in text and "§ 60c" in text and "§ 11" in text, tid
    # and a case without those facts does not mention them
    c.asylum, c.rueckfuehrung, c.ausbildung, c.s58a, c.einreiseverbot = False, None, False, False, False
    c.court, c.criminal, c.illness = False, False, False
    for tid, _, fn in [t for t in TEMPLATES["antrag"] if t[1] == "blind" and "_en_" not in t[0]]:
        c.language = "de"
        text = R.spec_text(fn(c, DocPlan("antrag", c.received), random.Random(tid)))
        for word in ("Asyl", "§ 58a", "§ 60c", "§ 11", "Strafbefehl", "Verwaltungsgericht", "ICD"):
            assert word not in text, (tid, word)
