"""Ingest with real Tesseract: scans, faxes, photos, rotation, mixed PDFs, blank pages."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from PIL import Image

from hfk.ingest import samples
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions, Submission


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> tuple[Submission, list[str], float]:
    """One submission with every kind of scanned input, OCR'd in one go (two worker processes)."""
    root = tmp_path_factory.mktemp("scans")
    letter = samples.text_image(samples.LETTER)
    vollmacht = samples.text_image(samples.VOLLMACHT)
    files = {
        "scan.pdf": samples.scan_pdf([letter]),
        "fax_normal.tif": samples.fax_tiff([vollmacht]),
        "fax_fine_g3.tif": samples.fax_tiff([letter], fine=True, compression="group3"),
        "kopfueber.pdf": samples.scan_pdf([vollmacht.rotate(180)]),
        "gemischt.pdf": samples.merge_pdfs(
            [samples.text_pdf([samples.LETTER]), samples.scan_pdf([vollmacht])]
        ),
        "mit_leerseite.pdf": samples.scan_pdf([letter, samples.blank_image()]),
        # a phone photo: 72 dpi claimed, large, slightly rotated
        "foto.jpg": samples.jpeg(
            vollmacht.resize((3024, 4276)).rotate(2, expand=True, fillcolor=255), dpi=(72, 72)
        ),
        "textlayer_muell.pdf": samples.image_pdf_with_text_layer(
            letter, "Qxwrt Zbnmkl Prst Hjkl Wxyz Bcdf Ghjk Lmnp Qrst Vwxz Trkl"
        ),
        # a JPEG that someone renamed to .pdf
        "eigentlich_bild.pdf": samples.jpeg(letter),
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    messages: list[str] = []
    started = time.monotonic()
    submission = ingest(
        [root / name for name in files],
        IngestOptions(quarantine_dir=str(root / "q"), workers=2),
        progress=messages.append,
    )
    elapsed = time.monotonic() - started
    ocr_pages = sum(p.source == "ocr" for f in submission.files for p in f.pages)
    print(
        f"\n{ocr_pages} OCR pages in {elapsed:.1f} s with 2 workers = {elapsed / max(ocr_pages, 1):.2f} s/page"
    )
    return submission, messages, elapsed


def _file(submission: Submission, name: str):
    matches = [f for f in submission.files if f.name == name]
    assert matches, f"{name} missing; errors: {submission.errors}"
    return matches[0]


def test_no_errors(scans):
    submission, _, _ = scans
    assert submission.errors == []
    assert len(submission.files) == 9


def test_scanned_pdf_is_ocred(scans):
    f = _file(scans[0], "scan.pdf")
    assert [p.source for p in f.pages] == ["ocr"]
    assert "Bundesamt" in f.pages[0].text and "Flüchtlinge" in f.pages[0].text
    assert f.pages[0].ocr_confidence is not None and f.pages[0].ocr_confidence > 70
    assert f.mime == "application/pdf"


def test_fax_normal_resolution_is_resampled_and_read(scans):
    f = _file(scans[0], "fax_normal.tif")
    assert f.mime == "image/tiff"
    text = f.pages[0].text
    assert "Vollmacht" in text and "Härtefallkommission" in text


def test_fax_fine_group3(scans):
    text = _file(scans[0], "fax_fine_g3.tif").pages[0].text
    assert "Bundesamt" in text and "Asylverfahren" in text


def test_upside_down_scan_is_turned(scans):
    page = _file(scans[0], "kopfueber.pdf").pages[0]
    assert "Vollmacht" in page.text and "Härtefallkommission" in page.text
    assert page.ocr_confidence > 70


def test_mixed_pdf_text_layer_and_ocr(scans):
    f = _file(scans[0], "gemischt.pdf")
    assert [p.source for p in f.pages] == ["text", "ocr"]
    assert "Bundesamt für Migration" in f.pages[0].text
    assert f.pages[0].ocr_confidence is None
    assert "Vollmacht" in f.pages[1].text
    assert [p.number for p in f.pages] == [1, 2]


def test_blank_page_is_not_ocred(scans):
    f = _file(scans[0], "mit_leerseite.pdf")
    assert [p.source for p in f.pages] == ["ocr", "none"]
    assert f.pages[1].text == "" and f.pages[1].warnings == []


def test_phone_photo(scans):
    text = _file(scans[0], "foto.jpg").pages[0].text
    assert "Vollmacht" in text and "Rechtsanwältin" in text


def test_pdf_named_file_that_is_a_jpeg(scans):
    f = _file(scans[0], "eigentlich_bild.pdf")
    assert f.mime == "image/jpeg"
    assert "Bundesamt" in f.pages[0].text


def test_progress_reported(scans):
    _, messages, _ = scans
    assert any(m.startswith("OCR Seite 1/") for m in messages)
    assert any("scan.pdf" in m for m in messages)


def test_multipage_tiff_and_cache(tmp_path):
    pages = [samples.text_image(samples.VOLLMACHT), samples.blank_image()]
    path = tmp_path / "fax.tif"
    path.write_bytes(samples.fax_tiff(pages))
    options = IngestOptions(quarantine_dir=str(tmp_path / "q"), cache_dir=str(tmp_path / "cache"), workers=2)
    first = ingest([path], options)
    assert [p.source for p in first.files[0].pages] == ["ocr", "none"]
    assert "Vollmacht" in first.files[0].pages[0].text
    assert len(list((tmp_path / "cache").glob("*.json"))) == 2
    second = ingest([path], options)
    assert [p.text for p in second.files[0].pages] == [p.text for p in first.files[0].pages]


def test_ocr_timeout_is_marked(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(samples.png(samples.text_image(samples.LETTER)))
    submission = ingest([path], IngestOptions(quarantine_dir=str(tmp_path / "q"), ocr_timeout_s=0.01))
    page = submission.files[0].pages[0]
    assert page.warnings == ["OCR unvollständig (Zeitlimit überschritten)"]


def test_decompression_bomb_image_is_an_error(tmp_path):
    path = tmp_path / "riesig.png"
    Image.new("1", (6000, 6000), 1).save(path)
    submission = ingest([path], IngestOptions(quarantine_dir=str(tmp_path / "q"), max_image_pixels=1_000_000))
    assert submission.files == []
    assert "zu groß" in submission.errors[0].error
    assert Path(submission.errors[0].quarantined).exists()


def test_fax_without_square_pixels_reads_worse():
    """Documents the measurement: the squashed fax page gives less confident OCR than the resampled one."""
    from hfk.ingest import images
    from hfk.ingest.ocr import _tesseract

    letter = samples.text_image(samples.LETTER, font_px=30)
    squashed = Image.open(io.BytesIO(samples.fax_tiff([letter])))
    _, conf_raw, _ = _tesseract(squashed.convert("L"), 204, "deu+eng", 60)
    prepared = images.prepare(Image.open(io.BytesIO(samples.fax_tiff([letter]))))
    assert prepared.image.height > squashed.height * 2  # stretched to square pixels (and 300 dpi)
    text, conf_fixed, _ = _tesseract(prepared.image, prepared.dpi, "deu+eng", 60)
    assert "Regierungsoberinspektorin" in text
    assert conf_fixed > conf_raw


def test_garbage_text_layer_goes_to_ocr(scans):
    page = _file(scans[0], "textlayer_muell.pdf").pages[0]
    assert page.source == "ocr"
    assert "Bundesamt" in page.text and "Qxwrt" not in page.text
