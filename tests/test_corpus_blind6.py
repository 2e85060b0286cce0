"""Tests of the `blind6` split: its own templates for every class, only those in its cases, persons rendered faithfully."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hfk.corpus.templates import TEMPLATES

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)
from heldout_split import (  # noqa: E402
    antrag_cases,
    antrag_text,
    check_antrag_leaves_out_dropped_topics,
    check_antrag_names_every_person_flat,
    check_antrag_states_triggers,
    check_antrag_writes_birth_place_nationality_and_representative,
    check_bamf_decision_pages,
    check_split_in_generator_and_cli,
    check_templates_new_and_complete,
    generated_templates,
)


def test_blind6_templates_are_new_and_cover_every_class():
    check_templates_new_and_complete(
        "blind6", ("train", "test", "holdout", "blind", "blind2", "blind3", "blind4", "blind5")
    )


def test_blind6_is_a_split_of_generator_and_cli(tmp_path):
    check_split_in_generator_and_cli("blind6", tmp_path)


def test_generated_blind6_cases_use_only_blind6_templates(tmp_path):
    used = generated_templates(tmp_path, "blind6", seed=6, cases=4)
    assert any(n.startswith("antrag_") for n in used)


@pytest.mark.parametrize("language", ["de", "en"])
def test_blind6_antrag_text_names_every_person_with_birth_date(language):
    """Each person's name and birth date (an omitted one nowhere), the address and, in German, the
    Ausländerbehörde (possibly in the letter writer's words)."""
    from hfk.corpus.templates_blind6 import _abh_of

    check_antrag_names_every_person_flat("blind6", language, _abh_of)


def test_blind6_antrag_writes_birth_place_nationality_and_representative():
    check_antrag_writes_birth_place_nationality_and_representative("blind6")


def test_blind6_english_antrag_writes_nationality_in_english():
    """The truth records the English nationality for an English application."""
    for c in antrag_cases("blind6", "en", 6):
        for tid in [t[0] for t in TEMPLATES["antrag"] if t[1] == "blind6" and "_en_" in t[0]]:
            text = antrag_text(c, tid)
            if not any(v == "staatsangehoerigkeit" for v in c.omitted.values()):
                assert c.natinfo["en"] in text, tid


def test_blind6_bamf_decision_has_reference_and_page_count():
    check_bamf_decision_pages("blind6")


def test_blind6_antrag_states_the_scenario_triggers():
    check_antrag_states_triggers("blind6")


def test_blind6_antrag_leaves_out_dropped_topics():
    check_antrag_leaves_out_dropped_topics("blind6")
