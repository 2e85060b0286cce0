"""Patterns that match folded text must be written folded: "ae", "oe", "ue" never occur in it.

fold() turns "ä"/"ae" into "a" (and so on), so "request" becomes "requst" and "Steuern" "steurn": a
pattern spelling them unfolded can never match. This once silently disabled the English request cues.
"""

from __future__ import annotations

import re

import pytest

from hfk.classify import fields
from hfk.classify.normalize import fold
from hfk.classify.pages import default_cues

# "ae", "oe", "ue" as literal letters, not followed by a quantifier that makes the "e" optional
_DIGRAPH = re.compile(r"[aou]e(?![?*{])")


def _literal(source: str) -> str:
    """The pattern's literal letters: escapes and character classes dropped."""
    return re.sub(r"\[[^\]]*\]", "", re.sub(r"\\.", "", source))


def _folded_patterns() -> list[tuple[str, str]]:
    found = [(f"cues.toml {c.cls}", c.pattern.pattern) for c in default_cues().cues if c.pattern is not None]
    for rule in fields.TRIGGER_RULES:
        for pattern in (rule.pattern, rule.exclude, rule.veto, rule.cancel_after):
            if pattern is not None:
                found.append((f"trigger {rule.kind}", pattern.pattern))
    found += [(f"topic {topic}", pattern.pattern) for topic, pattern in fields.TOPIC_RULES.items()]
    return found


@pytest.mark.parametrize(("where", "source"), _folded_patterns())
def test_no_unfolded_digraph_in_a_pattern_on_folded_text(where: str, source: str) -> None:
    hit = _DIGRAPH.search(_literal(source))
    assert hit is None, (
        f"{where}: '{_literal(source)[max(0, hit.start() - 12) : hit.end() + 8]}' kann nie passen"
    )


def test_folding_is_what_the_check_assumes() -> None:
    assert fold("I kindly request") == "i kindly requst"
    assert fold("Er zahlt Steuern") == "er zahlt steurn"
