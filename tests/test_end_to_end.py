"""`hfk process` end to end, as the office runs it: the installed command on real files."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo"
HFK = str(Path(sys.executable).parent / "hfk")
CONTRACT_KEYS = {
    "schema",
    "received",
    "documents",
    "persons",
    "representative",
    "checklist",
    "hints",
    "complete",
    "errors",
}
DOCUMENT_KEYS = {"file", "pages", "type", "confidence", "date", "text_source", "evidence"}


def run_process(
    out: Path, *paths: Path, received: str | None = None
) -> tuple[subprocess.CompletedProcess, dict]:
    args = [HFK, "process", "--out", str(out)]
    if received:
        args += ["--received", received]
    result = subprocess.run(
        args + [str(p) for p in paths], cwd=out.parent, capture_output=True, text=True, timeout=900
    )
    report = (
        json.loads((out / "report.json").read_text(encoding="utf-8"))
        if (out / "report.json").exists()
        else {}
    )
    return result, report


def truth_of(name: str) -> dict:
    return json.loads((DEMO / f"{name}.truth.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["vollstaendig", "unvollstaendig", "scan"])
def test_demo_submission_matches_its_truth(tmp_path, name):
    truth = truth_of(name)
    result, report = run_process(tmp_path / "out", DEMO / name, received=truth["received"])
    assert result.returncode == 0, result.stderr
    assert CONTRACT_KEYS <= set(report)
    assert report["schema"] == 1 and report["received"] == truth["received"]
    for document in report["documents"]:
        assert DOCUMENT_KEYS <= set(document)
    assert [item["id"] for item in report["checklist"]] == list(truth["checklist"])

    found = sorted(d["type"] for d in report["documents"])
    assert found == sorted(d["type"] for d in truth["documents"])
    statuses = {item["id"]: item["status"] for item in report["checklist"]}
    assert statuses == truth["checklist"]
    assert report["complete"] is truth["complete"]
    for name_ in ("report.html", "eingangsbestaetigung.docx"):
        assert (tmp_path / "out" / name_).stat().st_size > 1000
    assert "Bericht:" in result.stdout


def test_missing_documents_are_named_in_the_output(tmp_path):
    truth = truth_of("unvollstaendig")
    result, report = run_process(tmp_path / "out", DEMO / "unvollstaendig", received=truth["received"])
    expected_missing = {
        k for k, v in truth["checklist"].items() if v in ("missing", "outdated", "incomplete")
    }
    assert expected_missing, "the demo must lack something"
    reported = {i["id"] for i in report["checklist"] if i["status"] in ("missing", "outdated", "incomplete")}
    assert reported == expected_missing
    assert report["complete"] is False
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "FEHLT" in html.upper()


def _born_digital_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n in range(3):
        for k in range(40):
            c.drawString(
                60, 780 - 18 * k, f"Zeile {k} der Seite {n + 1} eines langen Schreibens mit viel Text."
            )
        c.showPage()
    c.save()


def test_truncated_pdf_is_reported_and_the_rest_is_processed(tmp_path):
    submission = tmp_path / "submission"
    shutil.copytree(DEMO / "vollstaendig", submission)
    whole = tmp_path / "whole.pdf"
    _born_digital_pdf(whole)
    data = whole.read_bytes()
    truncated = data[: len(data) // 2]
    (submission / "kaputt.pdf").write_bytes(truncated)
    truth = truth_of("vollstaendig")

    result, report = run_process(tmp_path / "out", submission, received=truth["received"])
    assert result.returncode == 0, result.stderr
    assert [e["file"] for e in report["errors"]] == ["kaputt.pdf"]
    assert "PDF" in report["errors"][0]["error"]
    assert sorted(d["type"] for d in report["documents"]) == sorted(d["type"] for d in truth["documents"])
    quarantined = [p for p in (tmp_path / "out" / "quarantine").rglob("*") if p.is_file()]
    assert any(p.read_bytes() == truncated for p in quarantined)


def test_nothing_readable_exits_non_zero(tmp_path):
    empty = tmp_path / "leer.pdf"
    empty.write_bytes(b"")
    result, report = run_process(tmp_path / "out", empty)
    assert result.returncode == 1
    assert report["errors"][0]["file"] == "leer.pdf"
    assert report["documents"] == []


def test_usage_errors_are_clear(tmp_path):
    result = subprocess.run(
        [HFK, "process", "--out", str(tmp_path), str(tmp_path / "gibt-es-nicht.pdf")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "nicht gefunden" in result.stderr
    result = subprocess.run(
        [HFK, "process", "--received", "14.03.2025", "--out", str(tmp_path), str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "JJJJ-MM-TT" in result.stderr
