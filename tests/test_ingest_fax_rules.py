"""Fax preparation fax2: table rules are painted white before OCR, text is left alone."""

from __future__ import annotations

import io
import re

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from hfk.ingest import images
from hfk.ingest.ocr import _tesseract

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FAX_DPI_X = 204
# Invented family; the names are the kind OCR mangles when a grid line touches them.
ROWS = [
    ["Familienname", "Vorname", "Geburtsdatum", "Geburtsort"],
    ["Tahirović", "Rebwar", "25.09.1980", "Soran"],
    ["Tahirović", "Berivan", "14.10.1982", "Erbil"],
    ["Tahirović", "Shirin", "12.09.2006", "Hagen"],
    ["Tahirović", "Dilan", "03.02.2011", "Hagen"],
]


def _pt(points: float) -> int:
    return round(points * FAX_DPI_X / 72)


def _fax_1bit(grey: Image.Image, fine: bool, seed: int) -> Image.Image:
    """What a fax machine makes of a 204-dpi grey page (as the corpus renders faxes): 196 rows an inch,
    a slight skew, noise, a hard threshold, and for normal mode every second row dropped (98 dpi)."""
    img = grey.resize((grey.width, round(grey.height * 196 / 204)), Image.Resampling.BILINEAR)
    img = img.rotate(0.4, resample=Image.Resampling.BILINEAR, fillcolor=255)
    a = np.asarray(img, dtype=np.float32) + np.random.default_rng(seed).normal(0, 25, (img.height, img.width))
    bw = Image.fromarray(np.where(a > 145, 255, 0).astype(np.uint8)).convert("1", dither=Image.Dither.NONE)
    if not fine:
        bw = bw.resize((bw.width, bw.height // 2), Image.Resampling.NEAREST)
    return bw


def _table_page() -> Image.Image:
    """A persons table ruled with 0.5-pt lines (one pixel at 204 dpi), 10.5-pt text, on a 204-dpi page."""
    page = Image.new("L", (1728, 900), 255)
    d = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, _pt(10.5))
    bold = ImageFont.truetype(FONT_BOLD, _pt(11))
    d.text((_pt(56), _pt(40)), "Angaben zu den Personen", font=bold, fill=20, anchor="ls")
    widths = [_pt(130), _pt(110), _pt(110), _pt(110)]
    row_h = round(_pt(10.5) * 1.3 + _pt(6))
    top = _pt(52)
    for ri, row in enumerate(ROWS):
        x = _pt(56)
        y = top + ri * row_h
        for ci, cell in enumerate(row):
            d.text((x + _pt(4), y + _pt(3) + _pt(10.5)), cell, font=font, fill=20, anchor="ls")
            d.rectangle([x, y, x + widths[ci], y + row_h], outline=20, width=1)
            x += widths[ci]
    d.text(
        (_pt(56), top + len(ROWS) * row_h + _pt(22)),
        "Die Familie lebt seit 2015 in Hagen.",
        font=font,
        fill=20,
        anchor="ls",
    )
    return page


def _tiff_frame(bw: Image.Image, fine: bool) -> Image.Image:
    buf = io.BytesIO()
    bw.save(buf, "TIFF", compression="group4", dpi=(FAX_DPI_X, 196 if fine else 98))
    return images.load_frame(images.open_image(buf.getvalue()), 0)


def _read(frame: Image.Image) -> str:
    prepared = images.prepare(frame)
    image, _angle = images.deskew(prepared.image)
    text, _conf, _words = _tesseract(image, prepared.dpi, "deu", 120)
    return text


def _ink(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L")) < 128


@pytest.mark.parametrize(("fine", "seed"), [(False, 13), (True, 12)])
def test_names_in_a_ruled_table_read_clean_after_the_rules_go(fine, seed):
    # Measured on these very pages with the preparation fax1: grid pieces glued to names and dates
    # ("|Berivan.", "Rebwar u", "os 2. 201", "Tahirovie = Dilan 02.02.2012"); with fax2 they read clean.
    frame = _tiff_frame(_fax_1bit(_table_page(), fine, seed), fine)
    assert images.is_fax_like(frame)
    text = _read(frame)
    words = text.split()
    for row in ROWS[1:]:
        assert row[1] in words and row[2] in words, text
    assert not re.search(r"[|—_]", text), text  # no bars or dashes left from the grid


def test_rule_mask_is_empty_on_a_page_of_plain_text():
    page = Image.new("L", (1728, 900), 255)
    d = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, _pt(10.5))
    bold = ImageFont.truetype(FONT_BOLD, _pt(14))
    d.text((_pt(56), _pt(40)), "Begründung des Härtefallantrags", font=bold, fill=20, anchor="ls")
    lines = [
        "Herr Tahirović lebt seit 2015 in Hagen und arbeitet in Vollzeit als Lagerist (unbefristet).",
        "Die Kinder Shirin und Dilan besuchen die Gesamtschule; beide sprechen fließend Deutsch.",
        "Illegale Beschäftigung lag nie vor – alle Einkünfte sind belegt (Lohnabrechnungen 1/2024–11/2024).",
        "Mitgliedschaft: Fußballverein TuS Hagen-Mitte e. V., Elternpflegschaft, Kirchengemeinde St. Ludgeri.",
        "IIII llll 1111 |||| ==== mmmmmmmm wwwwwwww MMMMMMMM WWWWWWWW HHHHHHHH",
    ]
    for i, line in enumerate(lines):
        d.text((_pt(56), _pt(70) + i * _pt(15)), line, font=font, fill=20, anchor="ls")
    for fine in (False, True):
        bw = _fax_1bit(page, fine, seed=5)
        dpi = (FAX_DPI_X, 196 if fine else 98)
        ink = _ink(bw)
        assert images.fax_rule_mask(ink, dpi).sum() == 0
        # and so the page is prepared exactly as by fax1 (grey, one resampling step, blur)
        frame = _tiff_frame(bw, fine)
        size = (round(frame.width * 300 / dpi[0]), round(frame.height * 300 / dpi[1]))
        fax1 = images.to_gray(frame).resize(size, images.FAX_FILTER)
        fax1 = fax1.filter(ImageFilter.GaussianBlur(images.FAX_BLUR_RADIUS))
        assert np.array_equal(np.asarray(images.prepare(frame).image), np.asarray(fax1))


def test_a_rule_through_letters_leaves_their_strokes_whole():
    # Clean 1-bit page at 204 x 196 dpi: a word in 16 pt, a long rule through its lower stems.
    letters = Image.new("L", (1728, 300), 255)
    d = ImageDraw.Draw(letters)
    font = ImageFont.truetype(FONT, _pt(16))
    d.text((700, 150), "HILL", font=font, fill=0, anchor="ls")
    rule_y = 150 - _pt(16) // 4
    page = letters.copy()
    ImageDraw.Draw(page).line([(100, rule_y), (1600, rule_y)], fill=0, width=2)
    ink, letter_ink = _ink(page), _ink(letters)
    mask = images.fax_rule_mask(ink, (FAX_DPI_X, 196))
    rule_only = ink & ~letter_ink
    assert mask[rule_only].mean() > 0.95  # the rule goes ...
    assert not mask[letter_ink].any()  # ... and no pixel of a letter with it: the stems stay whole
    cleaned = Image.fromarray(np.where(ink & ~mask, 0, 255).astype(np.uint8))
    cleaned.info["dpi"] = (FAX_DPI_X, 196)
    text, _conf, _words = _tesseract(
        cleaned.resize((round(1728 * 300 / 204), round(300 * 300 / 196))), 300, "deu", 60
    )
    assert "HILL" in text.split(), text


def test_a_sliver_of_a_fax_is_left_alone():
    # thinner than a rule band or narrower than a strip: nothing to judge, and no crash
    for shape in [(1, 1), (3, 1728), (900, 20)]:
        assert not images.fax_rule_mask(np.ones(shape, bool), (FAX_DPI_X, 98)).any()
