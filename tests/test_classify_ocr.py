"""Classify real Tesseract output: pages rendered as images (like a poor scan), OCR'd, then classified."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.ingest.model import Page, SourceFile, Submission

pytesseract = pytest.importorskip("pytesseract")

_spec = importlib.util.spec_from_file_location(
    "classify_texts", Path(__file__).with_name("test_classify_case.py")
)
texts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(texts)

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def scan(text: str, seed: int) -> Image.Image:
    """An A4-ish page at 150 dpi with the text, slightly blurred and speckled."""
    rng = random.Random(seed)
    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 22) if FONT.exists() else ImageFont.load_default()
    y = 90
    for line in text.split("\n"):
        draw.text((100, y), line, fill=0, font=font)
        y += 32
    for _ in range(400):  # dust
        x, yy = rng.randrange(1240), rng.randrange(1754)
        draw.point((x, yy), fill=0)
    return img.filter(ImageFilter.GaussianBlur(0.6))


def ocr(text: str, seed: int) -> str:
    return pytesseract.image_to_string(scan(text, seed), lang="deu", config="--psm 4")


def test_ocr_bundle_is_split_and_typed() -> None:
    pages = [texts.VOLLMACHT, texts.SCHWEIGEPFLICHT, texts.BAMF[0], texts.BAMF[1], texts.URTEIL]
    ocr_pages = [Page(number=i + 1, text=ocr(t, i), source="ocr") for i, t in enumerate(pages)]
    source = SourceFile(name="scan.pdf", mime="application/pdf", sha256="1" * 64, pages=ocr_pages)
    facts = classify(Submission(files=[source]), ClassifyOptions())
    assert [(d.type, d.pages) for d in facts.documents] == [
        ("vollmacht", [1]),
        ("schweigepflichtsentbindung", [2]),
        ("bamf_bescheid", [3, 4]),
        ("gerichtsentscheidung", [5]),
    ]
    assert facts.documents[2].file_number == "6543210-423"
    assert facts.documents[3].date == "2018-05-22"
    assert {"asylum", "court"} <= {t.kind for t in facts.triggers}


def test_ocr_application_persons_survive() -> None:
    page = Page(number=1, text=ocr(texts.ANTRAG_ANWALT[0], 7), source="ocr")
    source = SourceFile(name="antrag.pdf", mime="application/pdf", sha256="2" * 64, pages=[page])
    facts = classify(Submission(files=[source]), ClassifyOptions())
    assert facts.documents[0].type == "antrag"
    assert [(p.name, p.vorname, p.geburtsdatum) for p in facts.persons] == [
        ("Karimi", "Ahmad", "1988-04-03"),
        ("Karimi", "Mariam", "1990-09-21"),
        ("Karimi", "Sara", "2015-05-12"),
    ]
    assert facts.representative is not None and facts.representative.kind == "anwalt"
