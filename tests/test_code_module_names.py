"""A module-level name is bound once (session 16).

Session 15 gave `classify/fields.py` a second `_CLOSING` pattern under a name it already had; the later
binding silently replaced the older one for every function that used it, and neither ruff (F811 covers
functions and imports, not assignments) nor `duplicates` said so. This test does: a module constant,
function or class bound twice at the top level of a module of the package is an error, named with its
lines. (A name bound in both branches of an `if`/`try` at the top level is a choice, not a rebinding,
and is not counted.)
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "classify", "ingest", "checklist", "mailbox")


def top_level_bindings(source: str) -> dict[str, list[int]]:
    """Each name bound directly in a module's body (assignment, function, class), with its lines."""
    bound: dict[str, list[int]] = {}
    for node in ast.parse(source).body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            bound.setdefault(name, []).append(node.lineno)
    return bound


def rebound(source: str) -> dict[str, list[int]]:
    return {name: lines for name, lines in top_level_bindings(source).items() if len(lines) > 1}


def test_the_check_finds_a_pattern_bound_twice():
    source = (
        'import re\n_CLOSING = re.compile("gruss")\n\ndef f():\n    return _CLOSING\n\n'
        '_CLOSING = re.compile("grusse")\n'
    )
    assert rebound(source) == {"_CLOSING": [2, 7]}
    assert rebound("if True:\n    A = 1\nelse:\n    A = 2\n") == {}


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_binds_a_name_twice(package: str):
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        for name, lines in rebound(path.read_text(encoding="utf-8")).items():
            found[f"{path.relative_to(ROOT)}: {name}"] = lines
    assert found == {}, f"module-level names bound more than once (name: lines): {found}"
