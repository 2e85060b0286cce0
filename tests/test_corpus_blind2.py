"""Tests of the `blind2` split: its own templates for every class, only those in its cases, persons rendered faithfully."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from hfk.corpus import render as R
from hfk.corpus.scenario import DocPlan
from hfk.corpus.templates import TEMPLATES

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)
from heldout_split import (  # noqa: E402
    antrag_cases,
    check_antrag_names_every_person,
    check_bamf_decision_pages,
    check_split_in_generator_and_cli,
    check_templates_new_and_complete,
    generated_templates,
)


def test_blind2_templates_are_new_and_cover_every_class():
    check_templates_new_and_complete("blind2", ("train", "test", "holdout", "blind"))


def test_blind2_is_a_split_of_generator_and_cli(tmp_path):
    check_split_in_generator_and_cli("blind2", tmp_path)


def test_generated_blind2_cases_use_only_blind2_templates(tmp_path):
    used = generated_templates(tmp_path, "blind2", seed=4, cases=4)
    assert any(n.startswith("antrag_") for n in used)


@pytest.mark.parametrize("language", ["de", "en"])
def test_blind2_antrag_text_names_every_person_with_birth_date(language):
    check_antrag_names_every_person("blind2", language, authority=True)


def test_blind2_bamf_decision_has_reference_and_page_count():
    check_bamf_decision_pages("blind2")


def test_blind2_antrag_states_the_scenario_triggers():
    """Hints and checklist triggers the truth expects are written in the application, and only then."""
    c = next(c for c in antrag_cases("blind2", "de", 20) if c.rep is None or "Asyl" not in c.rep.org)
    c.asylum, c.asylum_applied, c.bamf_date, c.bamf_gz = True, c.entry, c.entry, "7654321-475"
    c.rueckfuehrung, c.ausbildung, c.s58a, c.einreiseverbot = c.received, True, True, True
    for tid, _, fn in [t for t in TEMPLATES["antrag"] if t[1] == "blind2"]:
        c.language = "en" if "_en_" in tid else "de"
        text = R.spec_text(fn(c, DocPlan("antrag", c.received), random.Random(tid)))
        assert "7654321-475" in text and "§ 58a" in text and "§ 60c" in text and "§ 11" in text, tid
    # court, criminal record and illness, each stated with its facts
    c.court, c.court_pending, c.court_name, c.court_az = (
        True,
        True,
        "Verwaltungsgericht Minden",
        "3 K 123/24.A",
    )
    c.criminal, c.offence, c.criminal_date = True, ("Diebstahls", "10 Tagessätzen"), c.received
    c.illness, c.ill_person, c.diagnosis = (
        True,
        0,
        ("F43.1 G", "Posttraumatische Belastungsstörung", "schwer"),
    )
    for tid, _, fn in [t for t in TEMPLATES["antrag"] if t[1] == "blind2" and "_en_" not in t[0]]:
        c.language = "de"
        text = R.spec_text(fn(c, DocPlan("antrag", c.received), random.Random(tid)))
        assert "3 K 123/24.A" in text and "Strafbefehl" in text and "Belastungsstörung" in text, tid
    c.asylum, c.rueckfuehrung, c.ausbildung, c.s58a, c.einreiseverbot = False, None, False, False, False
    c.court, c.criminal, c.illness, c.gestattung = False, False, False, False
    for tid, _, fn in [t for t in TEMPLATES["antrag"] if t[1] == "blind2" and "_en_" not in t[0]]:
        c.language = "de"
        text = R.spec_text(fn(c, DocPlan("antrag", c.received), random.Random(tid)))
        for word in ("Asyl", "§ 58a", "§ 60c", "§ 11", "Strafbefehl", "Verwaltungsgericht", "ICD"):
            assert word not in text, (tid, word)
