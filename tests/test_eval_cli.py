"""`hfk corpus generate` and `hfk eval` as CI runs them: a small test split, end to end."""

import json
import subprocess
import sys
from pathlib import Path

HFK = str(Path(sys.executable).parent / "hfk")


def test_generate_and_evaluate_a_small_split(tmp_path):
    cases = tmp_path / "cases"
    generated = subprocess.run(
        [HFK, "corpus", "generate", "--out", str(cases), "--cases", "4", "--seed", "11", "--split", "test"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert generated.returncode == 0, generated.stderr
    assert len(list(cases.glob("*/truth.json"))) == 4

    figures_file = tmp_path / "eval.json"
    evaluated = subprocess.run(
        [HFK, "eval", "-q", "--cases", str(cases), "--json", str(figures_file)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert evaluated.returncode == 0, evaluated.stderr
    summary = evaluated.stdout.strip().splitlines()[-1]
    assert summary.startswith("SUMMARY cases=4 ")
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    assert figures["cases"] == 4 and not figures["failed_cases"]
    assert figures["pages"] == sum(
        f["pages"] for t in cases.glob("*/truth.json") for f in json.loads(t.read_text())["files"]
    )
    # Floors, not targets: they catch a pipeline that stopped working, the README has the real figures.
    assert figures["page_accuracy"] >= 0.6
    assert figures["checklist_accuracy"] >= 0.7
