"""Rebuild the birth-date and name model (classify/data/birthdates.json) from the train split.

It reuses the page dumps of scripts/train_classifier.py (same splits, seeds and OCR): the pages of
each application, labelled with its persons' birth dates from truth.json. Beside them it learns from
synthetic person records (hfk.corpus.records: persons written in many conventions, not rendered, so
they cost no OCR), because the train split's few application templates write persons in few ways.

Since session 23 it also learns from the applications of the seen held-out samples blind5 to blind22
(HELD_OUT: 18 sets of templates, each written by someone who had not read the others, about 1,040
applications), read from the folder of scripts/eval_samples.py; samples missing there are generated
and ingested first (real OCR, about 5 minutes a sample). The `test` split (samples test, test3, test4)
and the `holdout` split stay out of training, so their figures still measure unseen templates. Each
held-out set was evaluated blind once before it was learnt from (README, "Current figures").

Training is deterministic, so a rebuild writes the same file byte for byte.

    .venv/bin/python scripts/train_birthdates.py --work /work/corpus5 --cache /work/corpus/ocr-cache \
        --samples /work/eval
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_samples import ingest_samples  # noqa: E402
from train_classifier import dump, generate  # noqa: E402

from hfk.classify.birthdates import MODEL_FILE, Model, train, vocabulary  # noqa: E402
from hfk.classify.normalize import fold_word  # noqa: E402
from hfk.corpus.records import record_texts  # noqa: E402

EPOCHS = 6
SEED = 20261123
RECORDS_SEED = 1
HELD_OUT = tuple(f"blind{n}" for n in range(5, 23))  # seen held-out samples of eval_samples.SAMPLES


def applications(corpus: Path, rows: list[dict]) -> list[tuple[str, list[dict], set[str]]]:
    """(application text, its truth persons, the folded words of their names) per application."""
    pages: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for row in rows:
        if row["label"] == "antrag":
            pages[(row["case"], row["file"])].append((row["page"], row["text"]))
    out = []
    for (case, _file), texts in sorted(pages.items()):
        truth = json.loads((corpus / case / "truth.json").read_text(encoding="utf-8"))
        names = {fold_word(w) for p in truth["persons"] for w in f"{p['name']} {p['vorname']}".split()}
        out.append(("\n".join(t for _, t in sorted(texts)), truth["persons"], names))
    return out


def held_out_applications(
    root: Path, names: tuple[str, ...], cache: Path
) -> list[tuple[str, list[dict], set[str]]]:
    """(application text, its truth persons, the folded words of their names) per application of the
    held-out samples, from the pickles of scripts/eval_samples.py (the pipeline's own ingest)."""
    ingest_samples(root, list(names), reingest=False, cache=cache)
    out = []
    for name in names:
        for case in sorted(p.parent for p in (root / name).glob("*/truth.json")):
            truth = json.loads((case / "truth.json").read_text(encoding="utf-8"))
            files = {f.name: f for f in pickle.loads((case / "ingested.pickle").read_bytes()).files}
            pages = [
                files[doc["file"]].pages[number - 1].text
                for doc in truth["documents"]
                if doc["type"] == "antrag" and doc["file"] in files
                for number in doc["pages"]
            ]
            if pages:
                folded_names = {
                    fold_word(w) for p in truth["persons"] for w in f"{p['name']} {p['vorname']}".split()
                }
                out.append(("\n".join(pages), truth["persons"], folded_names))
    return out


def figures(model: Model, apps: list[tuple[str, list[dict], set[str]]]) -> tuple[int, int, int]:
    """(birth dates found, birth dates of the persons, dates wrongly read as births)."""
    found = total = false = 0
    for text, persons, _ in apps:
        births = {p["geburtsdatum"] for p in persons if p.get("geburtsdatum")}
        got = set(model.birth_dates(text))
        found += len(got & births)
        total += len(births)
        false += len(got - births)
    return found, total, false


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--work", type=Path, default=Path("corpus-work"), help="folder of the splits and page dumps"
    )
    ap.add_argument("--cache", default=None, help="OCR cache folder (speeds up reruns)")
    ap.add_argument("--train-cases", type=int, default=120)
    ap.add_argument("--val-cases", type=int, default=60)
    ap.add_argument(
        "--records", type=int, default=600, help="synthetic person records learnt beside the train split"
    )
    ap.add_argument(
        "--samples",
        type=Path,
        default=None,
        help="folder of scripts/eval_samples.py with the held-out samples (default: WORK/samples)",
    )
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument(
        "--out", type=Path, default=MODEL_FILE, help="where to write the model (default: the shipped file)"
    )
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    train_dir, val_dir = args.work / "train", args.work / "val"
    generate(train_dir, 1, args.train_cases)
    generate(val_dir, 2, args.val_cases)
    train_apps = applications(train_dir, dump(train_dir, args.work / "pages-train.jsonl", args.cache))
    val_apps = applications(val_dir, dump(val_dir, args.work / "pages-val.jsonl", args.cache))
    records = [
        (
            text,
            persons,
            {fold_word(w) for p in persons for w in f"{p['name']} {p['vorname']}".split()}
            | {fold_word(w) for w in others},
        )
        for text, persons, others in record_texts(args.records, RECORDS_SEED)
    ]
    samples = args.samples or args.work / "samples"
    held_out = held_out_applications(samples, HELD_OUT, Path(args.cache or samples / "ocr-cache"))
    learnt = train_apps + records + held_out
    names = set().union(*(n for _, _, n in learnt))
    vocab = vocabulary([t for t, _, _ in learnt], names)
    model = train(((t, b) for t, b, _ in learnt), vocab, epochs=EPOCHS, seed=SEED)
    print(
        f"applications: train {len(train_apps)}, held-out {len(held_out)} ({HELD_OUT[0]} to {HELD_OUT[-1]})"
        f" and {len(records)} synthetic records, val {len(val_apps)};"
        f" vocabulary {len(vocab)} words"
    )
    for title, apps in (("train", train_apps), ("val", val_apps)):
        found, total, false = figures(model, apps)
        print(f"{title}: birth dates found {found}/{total}, other dates read as births {false}")
    data = model.to_json()
    print(
        f"model sha256 {hashlib.sha256(data.encode()).hexdigest()[:16]} (the same splits give the same digest)"
    )
    if not args.no_save:
        args.out.write_text(data + "\n", encoding="utf-8")
        print(f"saved {args.out} ({args.out.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
