"""Tests of the `blind5`, `blind6`, `blind7`, `blind8`, `blind9`, `blind10`, `blind11`, `blind12`, `blind13`, `blind14`, `blind15`, `blind16`, `blind17`, `blind18`, `blind19`, `blind20`, `blind21` and `blind22` splits (sessions 8 to 24): each has its own templates for every class,
new against every split written before it, only those in its cases, persons rendered faithfully."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from hfk.corpus.generate import SPLITS

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)
from heldout_split import (  # noqa: E402
    check_antrag_leaves_out_dropped_topics,
    check_antrag_names_every_person_flat,
    check_antrag_states_triggers,
    check_antrag_writes_birth_place_nationality_and_representative,
    check_bamf_decision_pages,
    check_english_antrag_writes_english_nationality,
    check_split_in_generator_and_cli,
    check_templates_new_and_complete,
    generated_templates,
)

# the split and the seed of its small generated sample
NEWER = {
    "blind5": 5,
    "blind6": 6,
    "blind7": 7,
    "blind8": 8,
    "blind9": 9,
    "blind10": 10,
    "blind11": 11,
    "blind12": 12,
    "blind13": 13,
    "blind14": 14,
    "blind15": 15,
    "blind16": 16,
    "blind17": 17,
    "blind18": 18,
    "blind19": 19,
    "blind20": 20,
    "blind21": 21,
    "blind22": 22,
}


@pytest.mark.parametrize("split", sorted(NEWER))
def test_templates_are_new_and_cover_every_class(split):
    check_templates_new_and_complete(split, SPLITS[: SPLITS.index(split)])


@pytest.mark.parametrize("split", sorted(NEWER))
def test_is_a_split_of_generator_and_cli(split, tmp_path):
    check_split_in_generator_and_cli(split, tmp_path)


@pytest.mark.parametrize("split", sorted(NEWER))
def test_generated_cases_use_only_their_own_templates(split, tmp_path):
    used = generated_templates(tmp_path, split, seed=NEWER[split], cases=4)
    assert any(n.startswith("antrag_") for n in used)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("split", sorted(NEWER))
def test_antrag_text_names_every_person_with_birth_date(split, language):
    """Each person's name and birth date (an omitted one nowhere), the address and, in German, the
    Ausländerbehörde (possibly in the letter writer's words)."""
    abh_of = importlib.import_module(f"hfk.corpus.templates_{split}")._abh_of
    check_antrag_names_every_person_flat(split, language, abh_of)


@pytest.mark.parametrize("split", sorted(NEWER))
def test_antrag_writes_birth_place_nationality_and_representative(split):
    check_antrag_writes_birth_place_nationality_and_representative(split)


@pytest.mark.parametrize("split", sorted(NEWER))
def test_english_antrag_writes_nationality_in_english(split):
    check_english_antrag_writes_english_nationality(split)


@pytest.mark.parametrize("split", sorted(NEWER))
def test_bamf_decision_has_reference_and_page_count(split):
    check_bamf_decision_pages(split)


@pytest.mark.parametrize("split", sorted(NEWER))
def test_antrag_states_the_scenario_triggers(split):
    check_antrag_states_triggers(split)


@pytest.mark.parametrize("split", sorted(NEWER))
def test_antrag_leaves_out_dropped_topics(split):
    check_antrag_leaves_out_dropped_topics(split)
