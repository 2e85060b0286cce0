"""Tests of the `blind3` split: its own templates for every class, only those in its cases, persons rendered faithfully."""

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
    birth_forms,
    check_bamf_decision_pages,
    check_split_in_generator_and_cli,
    check_templates_new_and_complete,
    generated_templates,
)


def _antrag_text(c, tid: str) -> str:
    fn = next(t[2] for t in TEMPLATES["antrag"] if t[0] == tid)
    return R.spec_text(fn(c, DocPlan("antrag", c.received), random.Random(tid + c.case_id)))


def test_blind3_templates_are_new_and_cover_every_class():
    check_templates_new_and_complete("blind3", ("train", "test", "holdout", "blind", "blind2"))


def test_blind3_is_a_split_of_generator_and_cli(tmp_path):
    check_split_in_generator_and_cli("blind3", tmp_path)


def test_generated_blind3_cases_use_only_blind3_templates(tmp_path):
    used = generated_templates(tmp_path, "blind3", seed=4, cases=4)
    assert any(n.startswith("antrag_") for n in used)


@pytest.mark.parametrize("language", ["de", "en"])
def test_blind3_antrag_text_names_every_person_with_birth_date(language):
    """Every application template writes each person's name and birth date (an omitted one nowhere),
    the address (possibly over two lines) and, in German, the Ausländerbehörde (possibly in other words)."""
    from hfk.corpus.templates_blind3 import _abh_of

    tids = [t[0] for t in TEMPLATES["antrag"] if t[1] == "blind3" and ("_en_" in t[0]) == (language == "en")]
    cases = antrag_cases("blind3", language, 12 if language == "de" else 6)
    assert any(len(c.persons) > 1 for c in cases)
    cases[0].omitted = {len(cases[0].persons) - 1: "geburtsdatum"}
    for c in cases:
        for tid in tids:
            text = _antrag_text(c, tid)
            for i, p in enumerate(c.persons):
                assert p.name.casefold() in text.casefold() and p.vorname in text, (tid, p.full)
                written = any(f in text for f in birth_forms(p.geburtsdatum))
                assert written != (c.omitted.get(i) == "geburtsdatum"), (tid, p.full, c.omitted)
            flat = " ".join(text.split())
            assert c.street in flat and f"{c.plz} {c.city}" in flat, tid
            if language == "de":
                assert c.abh in text or _abh_of(c.abh) in text, tid


def test_blind3_bamf_decision_has_reference_and_page_count():
    check_bamf_decision_pages("blind3")


def test_blind3_antrag_states_the_scenario_triggers():
    """Hints and checklist triggers the truth expects are written in the application, and only then."""
    c = next(c for c in antrag_cases("blind3", "de", 20) if c.rep is None or "Asyl" not in c.rep.org)
    c.asylum, c.asylum_applied, c.bamf_date, c.bamf_gz = True, c.entry, c.entry, "7654321-475"
    c.rueckfuehrung, c.ausbildung, c.s58a, c.einreiseverbot = c.received, True, True, True
    c.topics = {"lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"}
    for tid in [t[0] for t in TEMPLATES["antrag"] if t[1] == "blind3"]:
        c.language = "en" if "_en_" in tid else "de"
        text = _antrag_text(c, tid)
        assert "7654321-475" in text and "§ 58a" in text and "§ 60c" in text and "§ 11" in text, tid
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
    c.gestattung = True
    for tid in [t[0] for t in TEMPLATES["antrag"] if t[1] == "blind3" and "_en_" not in t[0]]:
        c.language = "de"
        text = _antrag_text(c, tid)
        for word in ("3 K 123/24.A", "Strafbefehl", "Belastungsstörung", "Aufenthaltsgestattung"):
            assert word in text, (tid, word)
    c.asylum, c.rueckfuehrung, c.ausbildung, c.s58a, c.einreiseverbot = False, None, False, False, False
    c.court, c.criminal, c.illness, c.gestattung = False, False, False, False
    for tid in [t[0] for t in TEMPLATES["antrag"] if t[1] == "blind3" and "_en_" not in t[0]]:
        c.language = "de"
        text = _antrag_text(c, tid)
        for word in ("Asyl", "§ 58a", "§ 60c", "§ 11", "Strafbefehl", "Verwaltungsgericht", "Gestattung"):
            assert word not in text, (tid, word)


def test_blind3_antrag_leaves_out_dropped_topics():
    """A topic the case drops is not told (the truth then expects an incomplete Begründung)."""
    c = next(c for c in antrag_cases("blind3", "de", 20) if len(c.persons) > 1 and not c.ausbildung)
    c.einreiseverbot = False
    c.topics = {"lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"}
    for tid in [t[0] for t in TEMPLATES["antrag"] if t[1] == "blind3" and "_en_" not in t[0]]:
        assert c.club in _antrag_text(c, tid), tid
    c.topics.discard("integration")
    for tid in [t[0] for t in TEMPLATES["antrag"] if t[1] == "blind3" and "_en_" not in t[0]]:
        assert c.club not in _antrag_text(c, tid), tid
