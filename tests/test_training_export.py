"""`hfk corrections export`: the caseworkers' corrections become labelled pages the training script uses."""

from __future__ import annotations

import json
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from hfk.cli import main
from hfk.settings import load_settings
from hfk.store import Store, correction_add, correction_undo
from hfk.web.demo import submit_pdf

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)
from train_script import train_module  # noqa: E402

# A letter of a form the generated corpus never had: the caseworker says it is a Vollmacht.
ODD_VOLLMACHT = [
    "Kanzlei am Ring - Mandatsübernahme",
    "Die Unterzeichnende beauftragt Frau Rechtsanwältin Albers mit der Wahrnehmung ihrer Interessen",
    "gegenüber der Härtefallkommission, einschließlich Akteneinsicht und Zustellung.",
    "Dortmund, 02.03.2025",
]
ANTRAG = [
    "Härtefallantrag gemäß § 23a AufenthG",
    "Hiermit beantrage ich, die Härtefallkommission möge sich mit meinem Fall befassen.",
    "1. Karimi, Ahmad, geb. 03.04.1988 in Kabul, afghanisch",
]
NOTE = ["Anlage 3", "Siehe beiliegendes Schreiben.", "Dortmund, 01.03.2025"]


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    root = tmp_path_factory.mktemp("corrections-export")
    config = root / "hfk.toml"
    config.write_text(f'[store]\ndir = "{root / "store"}"\n', encoding="utf-8")
    settings = load_settings(config)
    store = Store(root / "store")
    bundle = submit_pdf(store, settings, "antrag.pdf", [ANTRAG, ODD_VOLLMACHT], date(2025, 3, 4))
    other = submit_pdf(store, settings, "anlage.pdf", [NOTE], date(2025, 3, 5))
    # A PDF sent alone is its own original: the file's hash is the original's.
    sha = store.case_submissions(bundle.case_id)[0]["original_sha256"]
    other_sha = store.case_submissions(other.case_id)[-1]["original_sha256"]
    assert bundle.case_id != other.case_id and sha != other_sha
    # Split the bundle; relabel the note twice (the later label wins); one correction undone.
    correction_add(
        store,
        bundle.case_id,
        "sachb",
        "split",
        file_sha256=sha,
        file_name="antrag.pdf",
        pages=[1, 2],
        old_type="antrag",
        parts=[{"pages": [1], "type": "antrag"}, {"pages": [2], "type": "vollmacht"}],
    )

    def relabel(old: str, new: str) -> int:
        return correction_add(
            store,
            other.case_id,
            "sachb",
            "doc_type",
            file_sha256=other_sha,
            file_name="anlage.pdf",
            pages=[1],
            old_type=old,
            new_type=new,
        )

    relabel("vollmacht", "lebenslauf")
    relabel("lebenslauf", "sonstiges")
    undone = relabel("sonstiges", "ehrenamt")
    correction_undo(store, other.case_id, undone, "sachb")
    yield {"root": root, "config": config, "store": store, "bundle": bundle, "other": other}
    store.close()


def test_export_writes_labelled_pages_privately_and_audits_counts(env, capsys):
    out = env["root"] / "export" / "korrekturen.jsonl"
    assert main(["--config", str(env["config"]), "-q", "corrections", "export", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "3 Seite(n) aus 3 Korrektur(en) in 2 Fall/Fällen exportiert." in printed
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_label = {(r["case"], r["page"]): r for r in rows}
    bundle_ref, other_ref = env["bundle"].case_reference, env["other"].case_reference
    assert set(by_label) == {(bundle_ref, 1), (bundle_ref, 2), (other_ref, 1)}
    assert by_label[(bundle_ref, 2)]["label"] == "vollmacht" and by_label[(bundle_ref, 2)]["first"]
    assert "Mandatsübernahme" in by_label[(bundle_ref, 2)]["text"]
    assert by_label[(bundle_ref, 1)]["label"] == "antrag"
    # The later of two relabellings wins; the undone one is no training data.
    assert by_label[(other_ref, 1)]["label"] == "sonstiges"
    assert all(r["template"] == "korrektur" and len(r["file"]) == 16 for r in rows)
    # The audit log names counts, never text or names.
    entry = [a for a in env["store"].audit_log() if a["action"] == "corrections_exported"][-1]
    assert entry["object"] == "pages=3 cases=2"
    assert "Karimi" not in json.dumps(env["store"].audit_log(), ensure_ascii=False)


def test_training_with_exported_corrections_learns_the_office_layout(env):
    tc = train_module()
    out = env["root"] / "for-training.jsonl"
    assert main(["--config", str(env["config"]), "-q", "corrections", "export", "--out", str(out)]) == 0
    corrected = tc.load_corrections(out)
    assert {r["label"] for r in corrected} == {"antrag", "vollmacht", "sonstiges"}
    # A small stand-in for the generated train split: the Vollmacht there always says "Vollmacht".
    base = [
        {
            "text": f"Vollmacht\nHiermit bevollmächtige ich Herrn {n} in allen Angelegenheiten",
            "label": "vollmacht",
        }
        for n in ("Albers", "Kaya", "Weber", "Schulz")
    ] + [
        {
            "text": f"Härtefallantrag gemäß § 23a AufenthG\nIch beantrage für {n} die Befassung",
            "label": "antrag",
        }
        for n in ("Albers", "Kaya", "Weber", "Schulz")
    ]
    odd = next(r["text"] for r in corrected if r["label"] == "vollmacht")

    def predicted(rows) -> str:
        nlp = tc.train(rows, model_weight=9.0, epochs=8)
        cats = nlp.get_pipe("textcat")(nlp.make_doc(tc.model_text(odd))).cats
        return max(cats, key=cats.get)

    assert predicted(base) != "vollmacht"  # the office's own layout is unknown to the generated data
    assert predicted(base + corrected * tc.CORRECTION_WEIGHT) == "vollmacht"


def test_a_broken_export_file_stops_training_with_a_german_message(tmp_path):
    tc = train_module()
    bad = tmp_path / "kaputt.jsonl"
    bad.write_text(
        '{"label": "vollmacht", "text": "x"}\n{"label": "gibtsnicht", "text": "y"}\n', encoding="utf-8"
    )
    with pytest.raises(SystemExit, match=r"Zeile 2 hat keinen gültigen Dokumenttyp"):
        tc.load_corrections(bad)
    bad.write_text("{kein json\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"Zeile 1 ist kein JSON"):
        tc.load_corrections(bad)
