"""Limits and guards: OCR timeouts, hung pages, bounded memory, page limits, .msg, progress bar."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from hfk.ingest import samples
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions
from hfk.ingest.ocr import (
    HUNG_WARNING,
    TIMEOUT_WARNING,
    OcrJob,
    OcrTimeout,
    _load,
    _tesseract,
    progress_message,
    run_jobs,
)
from hfk.ingest.progress import TerminalProgress, parse_count
from hfk.ingest.sniff import sniff


def _options(tmp_path: Path, **kw) -> IngestOptions:
    return IngestOptions(quarantine_dir=str(tmp_path / "q"), **kw)


def _job(path: Path, kind: str = "image", timeout_s: float = 60.0) -> OcrJob:
    return OcrJob(
        kind=kind,
        path=str(path),
        index=0,
        languages="deu+eng",
        timeout_s=timeout_s,
        max_image_pixels=120_000_000,
        label=path.name,
    )


def test_doc_named_file_that_is_a_pdf(tmp_path):
    path = tmp_path / "antrag.doc"
    path.write_bytes(samples.text_pdf([samples.VOLLMACHT]))
    submission = ingest([path], _options(tmp_path))
    assert submission.errors == []
    (f,) = submission.files
    assert f.name == "antrag.doc" and f.mime == "application/pdf"
    assert f.pages[0].source == "text" and "Härtefallkommission" in f.pages[0].text


def _fake_msg() -> bytes:
    """The parts of an Outlook .msg the sniffer looks at: OLE signature and a property stream name."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    entry = "__substg1.0_0037001F".encode("utf-16-le").ljust(128, b"\x00")
    return header + entry * 4 + b"\x00" * 1024


def test_outlook_msg_is_a_clear_error(tmp_path):
    assert sniff(_fake_msg(), "mail.msg").kind == "msg"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000, "x.doc").kind == "doc"
    path = tmp_path / "antrag.msg"
    path.write_bytes(_fake_msg())
    submission = ingest([path], _options(tmp_path))
    (error,) = submission.errors
    assert error.file == "antrag.msg"
    assert "Outlook" in error.error and ".eml" in error.error and "PDF" in error.error
    assert Path(error.quarantined).read_bytes() == _fake_msg()


def test_tesseract_process_is_killed_at_its_timeout():
    page = samples.text_image(samples.LETTER)
    started = time.monotonic()
    with pytest.raises(OcrTimeout):
        _tesseract(page, 300, "deu+eng", 0.3)
    # a full page takes Tesseract well over a second; the kill ends the call long before that
    assert time.monotonic() - started < 5


def test_page_over_time_is_marked_incomplete_and_not_cached(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(samples.png(samples.text_image(samples.LETTER)))
    cache = tmp_path / "cache"
    submission = ingest([path], _options(tmp_path, ocr_timeout_s=0.5, cache_dir=str(cache)))
    (page,) = submission.files[0].pages
    assert page.warnings == [TIMEOUT_WARNING] and page.warnings[0].startswith("OCR unvollständig")
    assert page.source == "ocr"  # never silently a blank page
    assert not list(cache.glob("*.json"))  # retried next time


def test_hung_page_is_killed_and_the_other_pages_go_on(tmp_path):
    """A page whose decoding never returns (here: reading a FIFO nobody writes) is killed by the parent."""
    hung = tmp_path / "haengt.png"
    os.mkfifo(hung)
    good = []
    for n, lines in enumerate([samples.VOLLMACHT, samples.LETTER[:4]]):
        path = tmp_path / f"gut{n}.png"
        path.write_bytes(samples.png(samples.text_image(lines, size=(2480, 1200))))
        good.append(path)
    jobs = [_job(good[0]), _job(hung), _job(good[1])]
    started = time.monotonic()
    results = run_jobs(jobs, 2, limit=lambda job: 3.0 if job.path == str(hung) else 600.0)
    assert time.monotonic() - started < 120
    assert results[1].warnings == [HUNG_WARNING] and results[1].text == ""
    assert "Vollmacht" in results[0].text and not results[0].warnings
    assert "Bundesamt" in results[2].text and not results[2].warnings


def test_multipage_image_over_the_page_limit_is_refused_before_rendering(tmp_path):
    frames = [samples.blank_image((400, 560), specks=0)] * 5
    path = tmp_path / "fax.tif"
    path.write_bytes(samples.fax_tiff(frames))
    submission = ingest([path], _options(tmp_path, max_pages=3))
    assert submission.files == []
    assert "5 Seiten" in submission.errors[0].error and "höchstens 3" in submission.errors[0].error


def test_scanner_pdf_page_is_taken_directly_and_a_rotated_page_is_rendered(tmp_path):
    page = samples.text_image(samples.VOLLMACHT)
    direct = tmp_path / "scan.pdf"
    direct.write_bytes(samples.jpeg_pages_pdf([samples.jpeg(page)]))
    image, dpi_hint = _load(_job(direct, kind="pdf"))
    assert dpi_hint is None and image.size == page.size  # the embedded JPEG itself, 300 dpi
    assert round(image.info["dpi"][0]) == 300

    reader = PdfReader(direct)
    writer = PdfWriter()
    writer.add_page(reader.pages[0]).rotate(90)
    turned = tmp_path / "quer.pdf"
    with open(turned, "wb") as fh:
        writer.write(fh)
    image, dpi_hint = _load(_job(turned, kind="pdf"))
    assert dpi_hint == pytest.approx(300, abs=1)
    assert image.width > image.height  # rendered as displayed (landscape), not the stored portrait


@pytest.mark.slow
def test_hundred_page_scan_is_streamed_in_bounded_memory(tmp_path):
    """100 scanned pages (blank, so no Tesseract time): every page is decoded, never all at once."""
    pdf = tmp_path / "hundert.pdf"
    pdf.write_bytes(samples.jpeg_pages_pdf([samples.jpeg(samples.blank_image())] * 100))
    code = (
        "from pathlib import Path; from hfk.ingest.intake import ingest; "
        "from hfk.ingest.model import IngestOptions; "
        f"s = ingest([Path({str(pdf)!r})], IngestOptions(quarantine_dir={str(tmp_path / 'q')!r}, workers=2)); "
        "print(len(s.files[0].pages), sum(p.source == 'none' for p in s.files[0].pages))"
    )
    returncode, out, peak_mib = samples.run_python_with_peak_rss(code, timeout=300)
    assert returncode == 0
    assert out.split() == ["100", "100"]
    # all 100 decoded pages at once would be 870 MB in the parent alone
    print(f"\npeak memory of the process tree: {peak_mib:.0f} MiB")
    assert 0 < peak_mib < 400, f"peak {peak_mib:.0f} MiB"


def test_progress_bar_on_a_terminal():
    out = io.StringIO()
    bar = TerminalProgress(out, tty=True)
    bar("OCR von 3 Seite(n) beginnt")
    for done in (1, 2, 3):
        bar(progress_message(done, 3, "scan.pdf", done))
    text = out.getvalue()
    assert text.startswith("  OCR von 3 Seite(n) beginnt\n")
    assert text.count("\r") == 3 and "] 3/3 Seiten" in text and text.endswith("\n")
    assert "[" + "#" * 28 + "]" in text
    assert parse_count(progress_message(7, 40, "a.pdf", 9)) == (7, 40)
    assert parse_count("OCR von 3 Seite(n) beginnt") is None


def test_progress_without_terminal_prints_plain_lines():
    out = io.StringIO()
    bar = TerminalProgress(out)  # a StringIO is no terminal
    messages = [
        "OCR von 2 Seite(n) beginnt",
        progress_message(1, 2, "a.pdf", 1),
        progress_message(2, 2, "a.pdf", 2),
    ]
    for message in messages:
        bar(message)
    bar.close()
    assert out.getvalue() == "".join(f"  {m}\n" for m in messages)
    assert "\r" not in out.getvalue()


def test_unfinished_bar_is_closed_before_other_messages():
    out = io.StringIO()
    bar = TerminalProgress(out, prefix="", tty=True)
    bar(progress_message(1, 4, "a.pdf", 1))
    bar("Fehler: b.pdf")
    bar.close()
    lines = out.getvalue().split("\n")
    assert lines[-2].endswith("Fehler: b.pdf") and lines[-1] == ""


def test_image_frames_counted(tmp_path):
    # a sanity check of the generator used above: five frames really are five pages
    frames = [samples.blank_image((400, 560), specks=0)] * 5
    with Image.open(io.BytesIO(samples.fax_tiff(frames))) as image:
        assert image.n_frames == 5
