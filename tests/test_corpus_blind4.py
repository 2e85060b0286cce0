"""Tests of the `blind4` split: its own templates for every class, only those in its cases, persons rendered faithfully."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)
from heldout_split import (  # noqa: E402
    check_antrag_leaves_out_dropped_topics,
    check_antrag_names_every_person_flat,
    check_antrag_states_triggers,
    check_antrag_writes_birth_place_nationality_and_representative,
    check_bamf_decision_pages,
    check_split_in_generator_and_cli,
    check_templates_new_and_complete,
    generated_templates,
)


def test_blind4_templates_are_new_and_cover_every_class():
    check_templates_new_and_complete("blind4", ("train", "test", "holdout", "blind", "blind2", "blind3"))


def test_blind4_is_a_split_of_generator_and_cli(tmp_path):
    check_split_in_generator_and_cli("blind4", tmp_path)


def test_generated_blind4_cases_use_only_blind4_templates(tmp_path):
    used = generated_templates(tmp_path, "blind4", seed=5, cases=4)
    assert any(n.startswith("antrag_") for n in used)


@pytest.mark.parametrize("language", ["de", "en"])
def test_blind4_antrag_text_names_every_person_with_birth_date(language):
    """Each person's name and birth date (an omitted one nowhere), the address (possibly over two
    lines) and, in German, the Ausländerbehörde (possibly in other words)."""
    from hfk.corpus.templates_blind4 import _abh_of

    check_antrag_names_every_person_flat("blind4", language, _abh_of)


def test_blind4_antrag_writes_birth_place_nationality_and_representative():
    check_antrag_writes_birth_place_nationality_and_representative("blind4")


def test_blind4_bamf_decision_has_reference_and_page_count():
    check_bamf_decision_pages("blind4")


def test_blind4_antrag_states_the_scenario_triggers():
    check_antrag_states_triggers("blind4")


def test_blind4_antrag_leaves_out_dropped_topics():
    check_antrag_leaves_out_dropped_topics("blind4")
