"""`hfk corpus generate` and `hfk eval` as CI runs them: a small test split, end to end; and the
developers' scripts/eval_samples.py, which must score exactly as `hfk eval` does."""

import json
import os
import subprocess
import sys
from pathlib import Path

HFK = str(Path(sys.executable).parent / "hfk")
EVAL_SAMPLES = str(Path(__file__).parent.parent / "scripts" / "eval_samples.py")


def test_generate_and_evaluate_a_small_split(tmp_path):
    # The folder is named as one of eval_samples.py's samples, so that script takes these cases as they are.
    cases = tmp_path / "samples" / "test"
    cache = tmp_path / "ocr-cache"
    config = tmp_path / "hfk.toml"
    config.write_text(f'[ingest]\ncache_dir = "{cache}"\n', encoding="utf-8")
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
        env={**os.environ, "HFK_CONFIG": str(config)},
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

    # eval_samples.py: ingest once (the OCR cache filled above makes it quick), then score from the
    # pickles. Every figure but the timing is the one `hfk eval` gave on the same cases.
    samples, scored = tmp_path / "samples", tmp_path / "scored"
    for command in (
        [sys.executable, EVAL_SAMPLES, "ingest", "--dir", str(samples), "--cache", str(cache), "test"],
        [sys.executable, EVAL_SAMPLES, "score", "--dir", str(samples), "--out", str(scored), "test"],
    ):
        run = subprocess.run(command, capture_output=True, text=True, timeout=1800)
        assert run.returncode == 0, run.stderr
    assert len(list(cases.glob("*/ingested.pickle"))) == 4
    assert len(list((scored / "test").glob("*.json"))) == 4
    fast = json.loads((scored / "test.json").read_text(encoding="utf-8"))
    figures.pop("seconds_per_page"), fast.pop("seconds_per_page")  # what each took, not a result
    assert fast == figures
