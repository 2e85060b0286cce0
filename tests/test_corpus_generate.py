"""Tests of the generated corpus: determinism, truth format, splits, renderings, mails, demo."""

from __future__ import annotations

import email
import hashlib
import io
import json
import random
import zipfile
from datetime import date
from email import policy
from pathlib import Path

import pytest
from PIL import Image

from hfk.corpus import generate as G
from hfk.corpus.layout import layout
from hfk.corpus.scenario import CHECKLIST, DocPlan, expected, is_nrw_postcode, months_before
from hfk.corpus.templates import TEMPLATES

STATUSES = {"ok", "missing", "outdated", "incomplete", "not_required", "optional_missing"}
HINTS = {
    "wohnsitz_ausserhalb_nrw",
    "aufenthaltsgestattung",
    "abh_ausserhalb_nrw",
    "abschiebungsanordnung_58a",
    "rueckfuehrungstermin",
    "einreiseverbot",
    "ausbildungs_beschaeftigungsduldung",
    "antrag_nicht_deutsch",
    "anlage_nicht_pdf",
}
ALLOWED = {
    "antrag": {"ok", "missing"},
    "personalien": {"ok", "incomplete", "missing"},
    "begruendung": {"ok", "incomplete"},
    "datenschutzeinwilligung": {"ok", "missing"},
    "lebenslauf": {"ok", "missing"},
    "bamf_bescheid": {"ok", "missing", "incomplete", "not_required"},
    "auslaenderbehoerde": {"ok", "optional_missing"},
    "gerichtsentscheidung": {"ok", "optional_missing", "not_required"},
    "vollmacht": {"ok", "missing", "not_required"},
    "aerztliches_gutachten": {"ok", "missing", "outdated", "not_required"},
    "schweigepflichtsentbindung": {"ok", "missing", "not_required"},
    "schulnachweis": {"ok", "missing", "not_required"},
    "strafrecht": {"ok", "missing", "not_required"},
}


def tree_hash(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    G.generate(out, seed=0, cases=3, split="test")
    return out


def test_same_seed_gives_byte_identical_tree(small_corpus, tmp_path):
    G.generate(tmp_path / "again", seed=0, cases=3, split="test")
    assert tree_hash(tmp_path / "again") == tree_hash(small_corpus)
    G.generate(tmp_path / "other", seed=1, cases=3, split="test")
    assert tree_hash(tmp_path / "other") != tree_hash(small_corpus)


def _attachments(msg) -> dict[str, bytes]:
    """Every logical file inside a mail: attachments, members of attached ZIPs, forwarded mails' parts."""
    out: dict[str, bytes] = {}
    for part in msg.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            out.update(_attachments(inner))
            continue
        name = part.get_filename()
        data = part.get_content()
        if name.lower().endswith(".zip"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for info in z.infolist():
                    out[Path(info.filename).name] = z.read(info)
        else:
            out[name] = data
    return out


def _case_files(case: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for p in (case / "input").iterdir():
        files[p.name] = p.read_bytes()
        if p.suffix == ".eml":
            files.update(_attachments(email.message_from_bytes(p.read_bytes(), policy=policy.default)))
    return files


def test_truth_format_and_files_exist(small_corpus):
    cases = sorted(p for p in small_corpus.iterdir() if p.is_dir())
    assert len(cases) == 3
    for case in cases:
        truth = json.loads((case / "truth.json").read_text(encoding="utf-8"))
        assert set(truth["checklist"]) == set(CHECKLIST)
        for cid, status in truth["checklist"].items():
            assert status in ALLOWED.get(cid, {"ok", "optional_missing"}), (cid, status)
        assert set(truth["hints"]) <= HINTS
        assert truth["complete"] == (
            not any(s in ("missing", "outdated", "incomplete") for s in truth["checklist"].values())
        )
        date.fromisoformat(truth["received"])
        files = _case_files(case)
        for f in truth["files"]:
            if f["file"] != "<body>":
                assert f["file"] in files, f
        for d in truth["documents"]:
            assert d["type"] in TEMPLATES
            assert d["pages"] and min(d["pages"]) >= 1
            file_pages = {f["file"]: f["pages"] for f in truth["files"]}
            assert max(d["pages"]) <= file_pages[d["file"]]
        for p in truth["persons"]:
            assert set(p) == {
                "name",
                "vorname",
                "geburtsdatum",
                "geburtsort",
                "staatsangehoerigkeit",
                "adresse",
            }
        assert (small_corpus / "summary.json").exists() and (small_corpus / "SUMMARY.md").exists()


def test_templates_disjoint_between_splits_and_every_class_has_both():
    for cls, tpls in TEMPLATES.items():
        train = {t[0] for t in tpls if t[1] == "train"}
        test = {t[0] for t in tpls if t[1] == "test"}
        assert train and test, cls
        assert not train & test, cls


def test_generated_train_split_uses_only_train_templates(tmp_path, small_corpus):
    G.generate(tmp_path / "train", seed=0, cases=3, split="train")
    split_of = {t[0]: t[1] for tpls in TEMPLATES.values() for t in tpls}
    for split, root in (("train", tmp_path / "train"), ("test", small_corpus)):
        for truth_file in root.glob("*/truth.json"):
            for d in json.loads(truth_file.read_text(encoding="utf-8"))["documents"]:
                expected_split = split_of.get(d["template"]) or d["template"].rsplit("_", 1)[-1]
                assert expected_split == split, d["template"]


def test_every_template_lays_out_for_a_case_with_every_feature():
    r = random.Random(5)
    c = G.make_case(r, "x", "train", 0)
    c.asylum, c.court, c.criminal, c.illness = True, True, True, True
    c.asylum_applied, c.bamf_date, c.bamf_gz, c.bamf_site = (
        date(2017, 1, 1),
        date(2017, 9, 1),
        "1234567-475",
        ("A", "B", "33615 Bielefeld"),
    )
    c.court_name, c.court_az, c.court_date, c.court_city = (
        "Verwaltungsgericht Köln",
        "5 K 1/18.A",
        date(2018, 5, 1),
        "Köln",
    )
    c.offence, c.criminal_date = ("Diebstahls", "10 Tagessätzen"), date(2019, 1, 1)
    c.diagnosis, c.ill_person = ("F43.1 G", "Posttraumatische Belastungsstörung", "schwer"), 0
    for cls, tpls in TEMPLATES.items():
        for tid, _, fn in tpls:
            pages = layout(fn(c, DocPlan(cls, date(2024, 5, 1), extra={"child": c.applicant}), r))
            assert 1 <= len(pages) <= 8, tid
            assert any(it.kind == "text" for it in pages[0]), tid


def test_fax_tiff_has_fax_resolution_and_is_bilevel(tmp_path):
    r = random.Random("fax-test")
    truth = G.build_case(
        tmp_path, "fax-0", "test", 0, r, force={"channel": "fax", "size": "small", "truncated": False}
    )
    tifs = [f for f in truth["files"] if f["file"].endswith(".tif")]
    if not tifs:  # the 25 % fax-gateway PDF branch: the fax is a PDF then
        assert all(f["rendering"] == "fax" for f in truth["files"])
        return
    for f in tifs:
        with Image.open(tmp_path / "fax-0" / "input" / f["file"]) as im:
            assert im.mode == "1"
            assert im.width == 1728
            dpi = tuple(round(x) for x in im.info["dpi"])
            assert dpi in ((204, 98), (204, 196))
            assert im.n_frames == f["pages"]
            assert im.info["compression"] in ("group3", "group4")


def test_fax_normal_resolution_is_half_height(tmp_path):
    from hfk.corpus import render as R
    from hfk.corpus.layout import DocSpec, P

    pages = layout(DocSpec([P("Telefax Testseite")]))
    normal = R.fax_page(pages[0], random.Random(1), fine=False, header="x")
    fine = R.fax_page(pages[0], random.Random(1), fine=True, header="x")
    assert normal.height * 2 in (fine.height, fine.height - 1)
    data = R.fax_tiff([normal, normal], fine=False, compression="group4")
    with Image.open(io.BytesIO(data)) as im:
        assert tuple(round(x) for x in im.info["dpi"]) == (204, 98)
        assert im.n_frames == 2


def test_eml_attachment_names_decode_with_umlauts(tmp_path):
    c = G.make_case(random.Random(3), "m", "test", 0)
    name = "Ärztliches_Attest_März.pdf"
    msg = G.make_mail(
        c,
        random.Random(1),
        "Härtefallantrag",
        "Text mit Umlauten: äöü",
        False,
        [(name, b"%PDF-1.4 test"), ("Schweigepflichtentbindung.pdf", b"%PDF-1.4 x")],
        __import__("datetime").datetime(2025, 3, 14, 10, 0, tzinfo=__import__("datetime").timezone.utc),
        "a@b.example",
    )
    G._seal_boundaries(msg, random.Random(2))
    raw = msg.as_bytes(policy=policy.default)
    assert b"filename*=utf-8''%C3%84rztliches_Attest_M%C3%A4rz.pdf" in raw  # RFC 2231
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert [a.get_filename() for a in parsed.iter_attachments()] == [name, "Schweigepflichtentbindung.pdf"]
    assert parsed["Date"] == "Fri, 14 Mar 2025 10:00:00 +0000"


def test_mail_case_files_match_attachments(tmp_path):
    truth = G.build_case(
        tmp_path,
        "mail-0",
        "test",
        0,
        random.Random("mail-x"),
        force={"channel": "mail", "size": "large", "truncated": False},
    )
    files = _case_files(tmp_path / "mail-0")
    emls = [f for f in files if f.endswith(".eml")]
    assert len(emls) == 1
    for f in truth["files"]:
        assert f["via"] == emls[0] or f["via"].startswith(emls[0] + " > ")
        if f["file"] != "<body>":
            assert f["file"] in files
    assert sum(1 for f in truth["files"] if f["file"] == "<body>") == 1


def test_truncated_pdf_is_an_error_and_not_a_document(tmp_path):
    truth = G.build_case(
        tmp_path,
        "t-0",
        "test",
        0,
        random.Random("trunc"),
        force={"channel": "post", "size": "small", "truncated": True},
    )
    assert len(truth["errors"]) == 1
    broken = tmp_path / "t-0" / "input" / truth["errors"][0]
    assert broken.exists() and b"%%EOF" not in broken.read_bytes()
    assert truth["errors"][0] not in {d["file"] for d in truth["documents"]}


def test_checklist_rules_follow_domain():
    assert months_before(date(2025, 5, 31), 3) == date(2025, 2, 28)
    assert is_nrw_postcode("50667") and is_nrw_postcode("49477") and is_nrw_postcode("53604")
    assert not is_nrw_postcode("30159") and not is_nrw_postcode("49074") and not is_nrw_postcode("53619")
    assert not is_nrw_postcode("48465") and not is_nrw_postcode("51598") and not is_nrw_postcode("57500")
    c = G.make_case(random.Random(11), "r", "test", 0)
    c.illness, c.asylum, c.sender, c.criminal, c.court = True, False, "anwalt", False, False
    c.received = date(2025, 6, 15)
    c.persons = c.persons[:1]
    c.residence, c.abh_plz, c.gestattung, c.rueckfuehrung, c.einreiseverbot, c.s58a, c.ausbildung = (
        "nrw",
        "50667",
        False,
        None,
        False,
        False,
        False,
    )
    old = DocPlan("aerztliches_gutachten", date(2025, 3, 14))
    fresh = DocPlan("aerztliches_gutachten", date(2025, 3, 15))
    st, hints = expected(c, [DocPlan("antrag", c.received), old], False)
    assert st["aerztliches_gutachten"] == "outdated"
    assert st["schweigepflichtsentbindung"] == "missing" and st["vollmacht"] == "missing"
    assert st["bamf_bescheid"] == "not_required" and st["schulnachweis"] == "not_required"
    assert hints == []
    st, hints = expected(c, [DocPlan("antrag", c.received), fresh], True)
    assert st["aerztliches_gutachten"] == "ok" and hints == ["anlage_nicht_pdf"]


def test_demo_is_small_and_complete_as_described(tmp_path):
    G.generate_demo(tmp_path)
    names = {"vollstaendig", "unvollstaendig", "scan"}
    assert {p.name for p in tmp_path.iterdir() if p.is_dir()} == names
    total = sum(p.stat().st_size for p in tmp_path.rglob("*") if p.is_file())
    assert total < 1_500_000
    truths = {n: json.loads((tmp_path / f"{n}.truth.json").read_text(encoding="utf-8")) for n in names}
    assert truths["vollstaendig"]["complete"] is True
    bad = truths["unvollstaendig"]["checklist"]
    assert (
        bad["vollmacht"] == "missing"
        and bad["aerztliches_gutachten"] == "outdated"
        and bad["schweigepflichtsentbindung"] == "missing"
    )
    assert {f["rendering"] for f in truths["scan"]["files"]} == {"scan"}
    assert sum(f["pages"] for f in truths["scan"]["files"]) <= 8
    for n in names:
        assert not (tmp_path / n / "truth.json").exists()


@pytest.mark.slow
def test_moderate_generation_covers_every_class_and_rendering(tmp_path):
    s = G.generate(tmp_path, seed=3, cases=40, split="test")
    assert set(s["documents_per_class"]) == set(TEMPLATES)
    assert set(s["documents_per_rendering"]) == set(G.RENDERINGS)


@pytest.mark.slow
def test_scan_page_is_readable_by_tesseract(tmp_path):
    import pytesseract

    from hfk.corpus import render as R
    from hfk.corpus.layout import DocSpec, P

    pages = layout(
        DocSpec(
            [
                P("Bundesamt für Migration und Flüchtlinge", bold=True),
                P("Bescheid über den Asylantrag vom 12.03.2024"),
            ]
        )
    )
    jpeg = R.scan_pages(pages, random.Random(4), 200, 65)[0]
    text = pytesseract.image_to_string(Image.open(io.BytesIO(jpeg)), lang="deu")
    assert "Bundesamt" in text and "12.03.2024" in text
