"""Tests of the `blind2` split: its own templates for every class, only those in its cases, persons rendered faithfully."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)
from heldout_split import (  # noqa: E402
    check_antrag_names_every_person,
    check_antrag_states_triggers,
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
    """Hints and checklist triggers the truth expects are written in the application, and only then
    (with the case's own topics; no Aufenthaltsgestattung; no ICD code without an illness)."""
    check_antrag_states_triggers("blind2", all_topics=False, gestattung=False, also_absent=("ICD",))
