"""Tests of the `blind` split: its own templates for every class, only those in its cases, persons rendered faithfully."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from hfk.corpus import generate as G
from hfk.corpus import render as R
from hfk.corpus.scenario import DocPlan
from hfk.corpus.templates import TEMPLATES

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)
from heldout_split import antrag_cases, check_antrag_names_every_person, generated_templates, split_names  # noqa: E402


def test_blind_templates_are_new_and_cover_every_class():
    blind = split_names("blind")
    others = split_names("train") | split_names("test") | split_names("holdout")
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
    used = generated_templates(tmp_path, "blind", seed=2, cases=4)
    assert any(n.startswith("antrag_") for n in used)


@pytest.mark.parametrize("language", ["de", "en"])
def test_blind_antrag_text_names_every_person_with_birth_date(language):
    check_antrag_names_every_person("blind", language, authority=True)


def test_blind_antrag_states_the_scenario_triggers():
    """Hints and checklist triggers the truth expects must be written in the application."""
    c = antrag_cases("blind", "de", 1)[0]
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
