"""Import scripts/train_classifier.py (a script, not a package module) for the tests that use it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def train_module():
    path = Path(__file__).resolve().parents[1] / "scripts" / "train_classifier.py"
    spec = importlib.util.spec_from_file_location("train_classifier", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_classifier", module)
    spec.loader.exec_module(module)
    return module
