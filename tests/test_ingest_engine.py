"""OCR workers use libtesseract in-process (model loaded once per worker): same text as the command."""

from __future__ import annotations

from pathlib import Path

from hfk.ingest import images, samples, tessapi
from hfk.ingest.ocr import OcrJob, _tesseract, run_jobs


def _job(path: Path, timeout_s: float = 120.0) -> OcrJob:
    return OcrJob(
        kind="image",
        path=str(path),
        index=0,
        languages="deu+eng",
        timeout_s=timeout_s,
        max_image_pixels=120_000_000,
    )


def test_library_is_found():
    # The worker path must really be in use on this system, or the speed figures mean nothing.
    assert tessapi.available()


def test_worker_engine_reads_the_same_text_as_the_tesseract_command(tmp_path):
    pages = [samples.text_image(samples.LETTER), samples.text_image(samples.VOLLMACHT)]
    paths = []
    for n, page in enumerate(pages):
        path = tmp_path / f"seite{n}.png"
        path.write_bytes(samples.png(page))
        paths.append(path)
    # Three pages on one worker: the second and third run on an engine that has read a page before.
    jobs = [_job(paths[0]), _job(paths[1]), _job(paths[0])]
    results = run_jobs(jobs, 1)
    for job, result in zip(jobs, results, strict=True):
        prepared = images.prepare(images.load_frame(images.open_image(job.path), 0))
        text, conf, _words = _tesseract(prepared.image, prepared.dpi, "deu+eng", 120.0, str(tmp_path))
        assert result.text == text and result.confidence == conf
    assert "Bundesamt für Migration" in results[0].text and "Vollmacht" in results[1].text
    # page order on a worker does not change a page's text (adaptive classifier cleared per page)
    assert results[2].text == results[0].text


def test_worker_engine_stops_at_the_page_deadline(tmp_path):
    path = tmp_path / "seite.png"
    path.write_bytes(samples.png(samples.text_image(samples.LETTER * 3)))
    (result,) = run_jobs([_job(path, timeout_s=0.3)], 1)
    assert result.warnings and result.warnings[0].startswith("OCR unvollständig")
    assert "killed" not in result.notes  # stopped by the engine's deadline, not by the parent
