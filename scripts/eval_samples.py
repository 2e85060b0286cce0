"""Measure the classifier on many generated samples quickly, for development (not for the office).

`hfk eval` runs the whole pipeline and OCRs every page: about 7 minutes per 60-case sample. Work on
`classify/` and `checklist/` needs the figures of twenty samples after every change, so this script
splits the run in two:

1. `ingest`: generate each sample if it is missing and ingest every case once (real OCR, with the
   OCR cache), keeping the ingested submission as a pickle beside the case;
2. `score`: classify, check and score every case from those pickles with the code as it is now, on
   both cores, and write the figures of `hfk eval` (the same scoring code) per sample as JSON, plus
   each case's report.json for reading.

Re-ingest (`--reingest`) after a change to `ingest/`; the pickles hold ingest's output.

    .venv/bin/python scripts/eval_samples.py ingest --dir /work/eval test blind19
    .venv/bin/python scripts/eval_samples.py score --dir /work/eval --out /work/eval/figs-A test blind19
    .venv/bin/python scripts/eval_samples.py compare /work/eval/figs-A /work/eval/figs-B

Everything it reads and writes is generated data; the pickles hold page text, so keep --dir private.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import lru_cache
from pathlib import Path

# The samples the README's figures are measured on: name -> (split, seed). 60 cases each.
SAMPLES = {
    "test": ("test", 0),
    "test4": ("test", 4),
    "test3": ("test", 3),
    "val": ("train", 2),
    "holdout": ("holdout", 4),
    "blind5": ("blind5", 13),
    "blind6": ("blind6", 15),
    "blind7": ("blind7", 17),
    **{f"blind{n}": (f"blind{n}", n + 10) for n in range(8, 23)},
}

# The figures `compare` shows, as (label, path into the figures JSON).
KEY_FIGURES = (
    ("pages macro-F1", ("page_macro_f1",)),
    ("bundles exact", ("bundle_segmentation_exact",)),
    ("medical dates", ("date_accuracy", "aerztliches_gutachten")),
    ("BAMF dates", ("date_accuracy", "bamf_bescheid")),
    ("persons right", ("persons_right",)),
    ("person fields", ("person_field_accuracy",)),
    ("extra persons", ("persons_extra",)),
    ("checklist", ("checklist_accuracy",)),
    ("complete", ("complete_accuracy",)),
    ("hints P", ("hint_precision",)),
    ("hints R", ("hint_recall",)),
)


@lru_cache(maxsize=1)  # read once per process, not once per case
def _settings():
    from hfk.settings import load_settings

    return load_settings()


def _cases(sample_dir: Path) -> list[Path]:
    return sorted(p.parent for p in sample_dir.glob("*/truth.json"))


def ingest_samples(root: Path, names: list[str], reingest: bool, cache: Path) -> None:
    from hfk.corpus.generate import generate
    from hfk.ingest.intake import ingest
    from hfk.ingest.model import IngestOptions

    settings = _settings()
    options = dict(settings.ingest, cache_dir=str(cache))
    for name in names:
        split, seed = SAMPLES[name]
        sample = root / name
        if not _cases(sample):
            print(f"{name}: generating split {split}, seed {seed}", file=sys.stderr, flush=True)
            generate(sample, seed=seed, cases=60, split=split)
        cases = _cases(sample)
        started = time.perf_counter()
        for n, case in enumerate(cases, 1):
            target = case / "ingested.pickle"
            if target.exists() and not reingest:
                continue
            inputs = sorted((case / "input").iterdir())
            quarantine = case / "eval-quarantine"
            submission = ingest(inputs, IngestOptions(quarantine_dir=str(quarantine), **options))
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(pickle.dumps(submission))
            os.replace(tmp, target)
            print(
                f"{name}: [{n}/{len(cases)}] {case.name} ({time.perf_counter() - started:.0f} s)",
                file=sys.stderr,
                flush=True,
            )


def _score_one(case: str) -> tuple[str, dict, dict | None, str | None, float]:
    """One case's report from its pickle: (case, truth, report or None, error, seconds taken)."""
    from hfk.checklist.report import build_report
    from hfk.checklist.rules import evaluate
    from hfk.classify.case import classify
    from hfk.classify.model import ClassifyOptions

    settings = _settings()
    path = Path(case)
    truth = json.loads((path / "truth.json").read_text(encoding="utf-8"))
    submission = pickle.loads((path / "ingested.pickle").read_bytes())
    started = time.perf_counter()
    try:
        facts = classify(submission, ClassifyOptions(**settings.classify))
        findings = evaluate(facts, date.fromisoformat(truth["received"]), settings.rules_file)
        report = json.loads(json.dumps(build_report(submission, facts, findings), ensure_ascii=False))
    except Exception as exc:  # scored as nothing found, as `hfk eval` does
        return case, truth, None, type(exc).__name__, time.perf_counter() - started
    return case, truth, report, None, time.perf_counter() - started


def score_samples(root: Path, names: list[str], out: Path, workers: int) -> None:
    from hfk.evaluate import EvalResults, Tally, _score_case

    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        cases = [c for c in _cases(root / name) if (c / "ingested.pickle").exists()]
        if not cases:
            print(f"{name}: not ingested (run `ingest` first)", file=sys.stderr)
            continue
        tally = Tally()
        reports = out / name
        reports.mkdir(exist_ok=True)
        with ProcessPoolExecutor(workers) as pool:
            for case, truth, report, error, seconds in pool.map(_score_one, [str(c) for c in cases]):
                if report is None:
                    tally.failed_cases.append(f"{Path(case).name} ({error})")
                    report = {"documents": [], "checklist": [], "hints": [], "persons": [], "errors": []}
                    report["complete"] = None
                (reports / f"{Path(case).name}.json").write_text(
                    json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8"
                )
                tally.seconds += seconds
                tally.pages += sum(f["pages"] for f in truth["files"])
                tally.cases += 1
                _score_case(truth, report, tally)
        figures = EvalResults(tally).figures()
        (out / f"{name}.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{name:<9} " + "  ".join(f"{label} {_value(figures, path)}" for label, path in KEY_FIGURES))


def _value(figures: dict, path: tuple[str, ...]) -> str:
    value = figures
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    if value is None:
        return "-"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def _flat(figures: dict) -> dict[str, str]:
    """Every figure worth comparing, by label: the key figures, each rendering and checklist item."""
    flat = {label: _value(figures, path) for label, path in KEY_FIGURES}
    for rendering, v in figures.get("per_rendering", {}).items():
        flat[f"pages {rendering}"] = f"{v['macro_f1']:.3f}"
    for item, v in figures.get("checklist_per_id", {}).items():
        flat[f"item {item}"] = "-" if v is None else f"{v:.3f}"
    return flat


def compare(a: Path, b: Path) -> None:
    """Each sample's figures that differ between two `score` outputs."""
    same = []
    for path in sorted(a.glob("*.json")):
        other = b / path.name
        if not other.exists():
            continue
        old = _flat(json.loads(path.read_text(encoding="utf-8")))
        new = _flat(json.loads(other.read_text(encoding="utf-8")))
        changed = [f"{k} {old[k]} → {new.get(k, '-')}" for k in old if old[k] != new.get(k, "-")]
        if changed:
            print(f"{path.stem}: " + "; ".join(changed))
        else:
            same.append(path.stem)
    print(f"unchanged: {', '.join(same) or '-'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    ing = commands.add_parser("ingest", help="generate and ingest samples once (real OCR)")
    sco = commands.add_parser("score", help="classify, check and score from the ingested pickles")
    for sub in (ing, sco):
        sub.add_argument("--dir", type=Path, required=True, help="where the samples live")
        sub.add_argument("names", nargs="*", metavar="SAMPLE", help=f"default: all of {', '.join(SAMPLES)}")
    ing.add_argument("--reingest", action="store_true", help="ingest again (after a change to ingest/)")
    ing.add_argument("--cache", type=Path, help="OCR cache (default: DIR/ocr-cache)")
    sco.add_argument("--out", type=Path, required=True, help="folder for the figures and reports")
    sco.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    cmp_ = commands.add_parser("compare", help="the figures that differ between two `score` outputs")
    cmp_.add_argument("a", type=Path)
    cmp_.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.command == "compare":
        compare(args.a, args.b)
        return 0
    names = args.names or list(SAMPLES)
    unknown = [n for n in names if n not in SAMPLES]
    if unknown:
        parser.error(f"unknown sample(s): {', '.join(unknown)}; known: {', '.join(SAMPLES)}")
    if args.command == "ingest":
        ingest_samples(args.dir, names, args.reingest, args.cache or args.dir / "ocr-cache")
    else:
        score_samples(args.dir, names, args.out, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
