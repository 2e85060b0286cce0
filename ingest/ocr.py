"""OCR of single pages in worker processes: render/decode, clean up, Tesseract, orientation retry."""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import pytesseract
from PIL import Image

from hfk.ingest import images
from hfk.ingest.errors import FileRejected

log = logging.getLogger(__name__)

# Bump when preprocessing or OCR settings change, so cached results are not reused.
OCR_VERSION = "1"
TIMEOUT_WARNING = "OCR unvollständig (Zeitlimit überschritten)"
PDF_RENDER_DPI = 300
MAX_RENDER_LONG_SIDE = 5000
# A first OCR pass below these counts gets an orientation check (OSD) and, if rotated, a second pass.
WEAK_CONFIDENCE = 70.0
WEAK_WORDS = 12


@dataclass
class OcrJob:
    """One page to OCR; picklable so it runs in a worker process."""

    kind: str  # "pdf" or "image"
    path: str  # private temporary copy of the file's bytes (generated name)
    index: int  # 0-based page or frame
    languages: str
    timeout_s: float
    max_image_pixels: int
    label: str = ""  # display name, for progress messages only
    password: str | None = None
    cache_key: str | None = None


@dataclass
class OcrResult:
    text: str
    source: str  # "ocr" or "none"
    confidence: float | None = None
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # preprocessing steps taken (no content)
    seconds: float = 0.0
    failed: bool = False  # the page could not be decoded or rendered at all


def cache_key(file_sha256: str, page_number: int, languages: str) -> str:
    raw = f"{OCR_VERSION}|{file_sha256}|{page_number}|{languages}"
    return hashlib.sha256(raw.encode()).hexdigest()


# ---------------------------------------------------------------- worker side


def _init_worker(max_image_pixels: int) -> None:
    # Parallelism comes from processes; Tesseract's own OpenMP threads would only fight over cores.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    images.set_pixel_limit(max_image_pixels)


def _load(job: OcrJob) -> tuple[Image.Image, float | None]:
    if job.kind == "pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(job.path, password=job.password or None)
        try:
            page = doc[job.index]
            width, height = page.get_size()
            scale = PDF_RENDER_DPI / 72.0
            longest = max(width, height, 1.0)
            scale = min(scale, MAX_RENDER_LONG_SIDE / longest)
            if width * height * scale * scale > job.max_image_pixels:
                scale = (job.max_image_pixels / max(width * height, 1.0)) ** 0.5
            bitmap = page.render(scale=scale, grayscale=True)
            image = bitmap.to_pil().copy()
            page.close()
        finally:
            doc.close()
        return image, 72.0 * scale
    source = images.open_image(job.path)
    try:
        return images.load_frame(source, job.index), None
    finally:
        source.close()


def _tesseract(image: Image.Image, dpi: int, languages: str, timeout: float) -> tuple[str, float | None, int]:
    """Text, mean word confidence and word count from one Tesseract run (image_to_data)."""
    if timeout <= 0:
        raise RuntimeError("Tesseract process timeout")  # the page's budget is already spent
    data = pytesseract.image_to_data(
        image,
        lang=languages,
        config=f"--psm 3 --dpi {dpi}",
        output_type=pytesseract.Output.DICT,
        timeout=max(0.1, timeout),
    )
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        if not word:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(word)
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if conf >= 0:
            confidences.append(conf)
    out: list[str] = []
    previous: tuple[int, int] | None = None
    for (block, par, _line), words in sorted(lines.items()):
        if previous is not None and previous != (block, par):
            out.append("")  # blank line between paragraphs
        out.append(" ".join(words))
        previous = (block, par)
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return "\n".join(out), mean, len(confidences)


def _weak(conf: float | None, words: int) -> bool:
    return conf is None or conf < WEAK_CONFIDENCE or words < WEAK_WORDS


def _osd_rotation(image: Image.Image, timeout: float) -> int:
    """Degrees to rotate counter-clockwise (PIL sense) to make the page upright; 0 if unsure."""
    try:
        osd = pytesseract.image_to_osd(
            image,
            config="--psm 0 -c min_characters_to_try=5",
            output_type=pytesseract.Output.DICT,
            timeout=max(1.0, timeout),
        )
    except (pytesseract.TesseractError, RuntimeError):
        return 0  # too few characters, or timeout: keep the page as it is
    # Measured: Tesseract's "rotate" is clockwise, PIL's rotate() turns counter-clockwise.
    return (360 - int(osd.get("rotate", 0))) % 360


def _attempt(
    image: Image.Image, dpi: int, job: OcrJob, deadline: float, notes: list[str]
) -> tuple[str, float | None, int]:
    image, angle = images.deskew(image)
    if angle:
        notes.append(f"deskew_{angle}")
    return _tesseract(image, dpi, job.languages, deadline - time.monotonic())


def run_job(job: OcrJob) -> OcrResult:
    """Everything for one page. Never raises: failures come back as warnings on the page."""
    started = time.monotonic()
    deadline = started + job.timeout_s
    images.set_pixel_limit(job.max_image_pixels)
    result = OcrResult(text="", source="none")
    try:
        raw, dpi_hint = _load(job)
        prepared = images.prepare(raw, dpi_hint)
        result.notes.extend(prepared.notes)
        if images.is_blank(prepared.image):
            result.notes.append("blank")
            return _done(result, started)
        result.source = "ocr"
        try:
            text, conf, words = _attempt(prepared.image, prepared.dpi, job, deadline, result.notes)
            result.text, result.confidence = text, conf
            if _weak(conf, words) and deadline - time.monotonic() > 1:
                # Orientation is judged on the undeskewed page: deskew of a sideways page is noise.
                rotation = _osd_rotation(prepared.image, deadline - time.monotonic())
                if rotation:
                    result.notes.append(f"osd_rotate_{rotation}")
                    turned = prepared.image.rotate(rotation, expand=True, fillcolor=255)
                    text2, conf2, words2 = _attempt(turned, prepared.dpi, job, deadline, result.notes)
                    if (conf2 or 0) * words2 > (conf or 0) * words:
                        result.text, result.confidence = text2, conf2
                        result.notes.append("rotated_better")
        except RuntimeError:  # pytesseract raises RuntimeError on its timeout
            result.warnings.append(TIMEOUT_WARNING)
    except FileRejected as exc:
        result.warnings.append(exc.message)
        result.failed = True
    except Exception as exc:  # one bad page must not take the file down
        result.warnings.append(f"Seite konnte nicht gelesen werden ({type(exc).__name__}).")
        result.failed = True
    return _done(result, started)


def _done(result: OcrResult, started: float) -> OcrResult:
    result.seconds = round(time.monotonic() - started, 3)
    return result


# ---------------------------------------------------------------- main side


def _cache_get(cache_dir: str | None, key: str | None) -> OcrResult | None:
    if not cache_dir or not key:
        return None
    path = Path(cache_dir) / f"{key}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return OcrResult(
            text=raw["text"], source=raw["source"], confidence=raw.get("confidence"), notes=["cached"]
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _cache_put(cache_dir: str | None, key: str | None, result: OcrResult) -> None:
    if not cache_dir or not key or result.warnings:
        return  # incomplete results are retried next time
    try:
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        target = Path(cache_dir) / f"{key}.json"
        tmp = target.with_suffix(".tmp")
        tmp.write_text(
            json.dumps({"text": result.text, "source": result.source, "confidence": result.confidence}),
            encoding="utf-8",
        )
        tmp.replace(target)
    except OSError as exc:
        log.warning("OCR cache not written: %s", type(exc).__name__)


def run_jobs(
    jobs: list[OcrJob],
    workers: int,
    cache_dir: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[OcrResult]:
    """OCR all jobs, one page per task, in worker processes; results in job order."""
    results: list[OcrResult | None] = [None] * len(jobs)
    todo: list[int] = []
    for i, job in enumerate(jobs):
        cached = _cache_get(cache_dir, job.cache_key)
        if cached is not None:
            results[i] = cached
        else:
            todo.append(i)
    total = len(todo)

    def report(done: int, i: int) -> None:
        if progress:
            try:
                progress(f"OCR Seite {done}/{total} ({jobs[i].label}, S. {jobs[i].index + 1})")
            except Exception:  # a broken progress sink must not stop OCR
                pass

    workers = max(1, min(workers or os.cpu_count() or 1, total or 1))
    if total == 1 or workers == 1:
        # Measured on 2 cores: one page took 4.8 s with OpenMP threads and 1.1 s with one thread.
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        for done, i in enumerate(todo, 1):
            results[i] = run_job(jobs[i])
            _cache_put(cache_dir, jobs[i].cache_key, results[i])
            report(done, i)
    elif total:
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(jobs[todo[0]].max_image_pixels,),
        ) as pool:
            futures = {pool.submit(run_job, jobs[i]): i for i in todo}
            for done, future in enumerate(as_completed(futures), 1):
                i = futures[future]
                try:
                    results[i] = future.result()
                except Exception as exc:  # e.g. a worker killed by the OS
                    results[i] = OcrResult(
                        text="",
                        source="none",
                        warnings=[f"Seite konnte nicht gelesen werden ({type(exc).__name__})."],
                        failed=True,
                    )
                _cache_put(cache_dir, jobs[i].cache_key, results[i])
                report(done, i)
    for i, job in enumerate(jobs):
        r = results[i]
        if r is not None and r.notes and "cached" not in r.notes:
            log.debug("ocr page=%d seconds=%.2f notes=%s", job.index + 1, r.seconds, ",".join(r.notes))
    return [r if r is not None else OcrResult(text="", source="none") for r in results]
