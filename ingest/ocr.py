"""OCR of single pages in worker processes: render/decode, clean up, Tesseract, orientation retry."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import multiprocessing
import os
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from hfk.ingest import images, tessapi
from hfk.ingest.errors import FileRejected

log = logging.getLogger(__name__)

# Bump when preprocessing or OCR settings change, so cached results are not reused.
OCR_VERSION = "2"  # unchanged by the move to libtesseract: same engine, same settings, same text
TIMEOUT_WARNING = "OCR unvollständig (Zeitlimit überschritten)"
HUNG_WARNING = (
    "OCR unvollständig: die Seite konnte in der Zeit nicht aufbereitet werden (Darstellung hängt). "
    "Bitte die Seite prüfen oder als neuen Scan anfordern."
)
# The parent kills a worker whose page runs this long past the page's own OCR budget: only a hang in
# C code (PDF rendering, image decoding) gets there, because Tesseract is stopped by its own timeout.
HARD_LIMIT_FACTOR = 2.0
HARD_LIMIT_GRACE_S = 10.0
# A page image embedded in a PDF is taken as it is (no rendering) when it covers the page at this
# share and its resolution lies in this range; otherwise the page is rendered.
DIRECT_IMAGE_COVER = 0.95
DIRECT_IMAGE_DPI = (150.0, 610.0)
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


# True only in pool workers: libtesseract (with its OpenMP runtime) is loaded in processes whose
# OMP_THREAD_LIMIT was set before, never in the parent, which forks further workers later.
_IN_WORKER = False


def _init_worker(max_image_pixels: int) -> None:
    global _IN_WORKER
    # Parallelism comes from processes; Tesseract's own OpenMP threads would only fight over cores.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    images.set_pixel_limit(max_image_pixels)
    _IN_WORKER = True


def _load(job: OcrJob) -> tuple[Image.Image, float | None]:
    if job.kind == "pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(job.path, password=job.password or None)
        try:
            page = doc[job.index]
            try:
                direct = _page_image(page, job.max_image_pixels)
                if direct is not None:
                    return direct, None  # its dpi (maybe non-square, as from a fax) is in .info
                return _render(page, job.max_image_pixels)
            finally:
                page.close()
        finally:
            doc.close()
    source = images.open_image(job.path)
    try:
        return images.load_frame(source, job.index), None
    finally:
        source.close()


def _render(page, max_image_pixels: int) -> tuple[Image.Image, float]:
    width, height = page.get_size()
    scale = PDF_RENDER_DPI / 72.0
    longest = max(width, height, 1.0)
    scale = min(scale, MAX_RENDER_LONG_SIDE / longest)
    if width * height * scale * scale > max_image_pixels:
        scale = (max_image_pixels / max(width * height, 1.0)) ** 0.5
    # Measured: pdfium renders RGB in half the time of its grayscale mode; converting after is cheap.
    bitmap = page.render(scale=scale)
    image = bitmap.to_pil().convert("L")
    bitmap.close()
    return image, 72.0 * scale


def _page_image(page, max_image_pixels: int) -> Image.Image | None:
    """The scan itself when a page is one upright JPEG covering it (a scanner's PDF): no rendering.

    Rendering would only resample the same pixels; decoding the JPEG is ten times faster. Anything
    else (vector content, several images, masks, rotation, odd colour spaces) is rendered.
    """
    import pypdfium2.raw as pdfium_c

    try:
        if page.get_rotation() % 360:
            return None
        found = None
        for obj in page.get_objects(max_depth=1):
            if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                if found is not None:
                    return None
                found = obj
            elif obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                continue  # an invisible OCR layer over the scan; a visible one was read as text
            else:
                return None
        if found is None or found.get_filters(skip_simple=True) != ["DCTDecode"]:
            return None  # simple filters (ASCII85, Flate) around the JPEG are undone by get_data
        a, b, c, d, _e, _f = found.get_matrix().get()
        if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0:
            return None
        width, height = page.get_size()
        left, bottom, right, top = found.get_bounds()
        covered = (min(right, width) - max(left, 0)) * (min(top, height) - max(bottom, 0))
        if covered < DIRECT_IMAGE_COVER * width * height:
            return None
        px_w, px_h = found.get_px_size()
        if px_w * px_h > max_image_pixels:
            return None
        dpi = (px_w * 72.0 / a, px_h * 72.0 / d)
        if not all(DIRECT_IMAGE_DPI[0] <= v <= DIRECT_IMAGE_DPI[1] for v in dpi):
            return None
        image = images.open_image(bytes(found.get_data(decode_simple=True)))
        if image.mode not in ("L", "RGB") or image.size != (px_w, px_h):
            return None  # CMYK JPEGs in PDFs may carry inverted Decode arrays: let pdfium draw them
        image.load()
    except Exception:
        return None  # the renderer decides
    out = image if image.mode == "L" else image.convert("L")
    out.info = {"dpi": dpi}  # EXIF in an embedded JPEG means nothing in a PDF: drop it
    return out


class OcrTimeout(RuntimeError):
    """Tesseract did not finish within the page's budget (the process was killed)."""


def _tesseract(
    image: Image.Image, dpi: int, languages: str, timeout: float, tmpdir: str | None = None
) -> tuple[str, float | None, int]:
    """Text, mean word confidence and word count from ONE Tesseract run (TSV output).

    Tesseract is called directly: the page goes in as an uncompressed BMP (measured: PNG encoding
    cost 0.1 s a page, PGM reading in Leptonica is slower still) and a timeout kills the process.
    """
    if timeout <= 0:
        raise OcrTimeout("page budget spent")
    # In the ingest call's private folder: a worker killed mid-page leaves nothing in /tmp.
    with tempfile.NamedTemporaryFile(suffix=".bmp", prefix="hfk-ocr-", dir=tmpdir) as fh:
        image.save(fh, "BMP")
        fh.flush()
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        cmd = ["tesseract", fh.name, "stdout", "-l", languages, "--psm", "3", "--dpi", str(dpi), "tsv"]
        try:
            done = subprocess.run(cmd, capture_output=True, env=env, timeout=max(0.1, timeout), check=False)
        except subprocess.TimeoutExpired as exc:
            raise OcrTimeout("tesseract timeout") from exc
    if done.returncode != 0:
        # No page text in the message: stderr may quote nothing but paths and settings.
        raise RuntimeError(f"tesseract exit {done.returncode}")
    return _from_tsv(done.stdout.decode("utf-8", "replace"))


def _recognize(
    image: Image.Image, dpi: int, languages: str, timeout: float, tmpdir: str | None = None
) -> tuple[str, float | None, int]:
    """One OCR pass: in a worker through libtesseract (model loaded once), else the command."""
    if _IN_WORKER and tessapi.available():
        if timeout <= 0:
            raise OcrTimeout("page budget spent")
        try:
            return _from_tsv(tessapi.tsv(image, dpi, languages, timeout))
        except tessapi.DeadlineExceeded as exc:
            raise OcrTimeout("tesseract deadline") from exc
        except tessapi.EngineError as exc:
            log.warning("libtesseract failed (%s): page goes to the tesseract command", exc)
    return _tesseract(image, dpi, languages, timeout, tmpdir)


def _from_tsv(tsv: str) -> tuple[str, float | None, int]:
    """Words of Tesseract's TSV reassembled into lines, a blank line between paragraphs."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    rows = csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    next(rows, None)  # header
    for row in rows:
        if len(row) < 12 or row[0] != "5":  # level 5 = word
            continue
        word = row[11].strip()
        if not word:
            continue
        key = (int(row[2]), int(row[3]), int(row[4]))  # block, paragraph, line
        lines.setdefault(key, []).append(word)
        try:
            conf = float(row[10])
        except ValueError:
            conf = -1.0
        if conf >= 0:
            confidences.append(conf)
    out: list[str] = []
    previous: tuple[int, int] | None = None
    for (block, par, _line), words in sorted(lines.items()):
        if previous is not None and previous != (block, par):
            out.append("")
        out.append(" ".join(words))
        previous = (block, par)
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return "\n".join(out), mean, len(confidences)


def _osd(image: Image.Image, timeout: float, tmpdir: str | None = None) -> dict[str, str]:
    with tempfile.NamedTemporaryFile(suffix=".bmp", prefix="hfk-osd-", dir=tmpdir) as fh:
        image.save(fh, "BMP")
        fh.flush()
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        cmd = ["tesseract", fh.name, "stdout", "--psm", "0", "-c", "min_characters_to_try=5"]
        done = subprocess.run(cmd, capture_output=True, env=env, timeout=max(1.0, timeout), check=False)
    out: dict[str, str] = {}
    for line in done.stdout.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def _weak(conf: float | None, words: int) -> bool:
    return conf is None or conf < WEAK_CONFIDENCE or words < WEAK_WORDS


def _osd_rotation(image: Image.Image, timeout: float, tmpdir: str | None = None) -> int:
    """Degrees to rotate counter-clockwise (PIL sense) to make the page upright; 0 if unsure."""
    try:
        osd = _osd(image, timeout, tmpdir)
        rotate = int(osd.get("Rotate", "0") or 0)
    except (subprocess.TimeoutExpired, OSError, ValueError):
        return 0  # too few characters, or timeout: keep the page as it is
    # Measured: Tesseract's "rotate" is clockwise, PIL's rotate() turns counter-clockwise.
    return (360 - rotate) % 360


def _attempt(
    image: Image.Image, dpi: int, job: OcrJob, deadline: float, notes: list[str]
) -> tuple[str, float | None, int]:
    image, angle = images.deskew(image)
    if angle:
        notes.append(f"deskew_{angle}")
    return _recognize(image, dpi, job.languages, deadline - time.monotonic(), os.path.dirname(job.path))


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
                rotation = _osd_rotation(
                    prepared.image, deadline - time.monotonic(), os.path.dirname(job.path)
                )
                if rotation:
                    result.notes.append(f"osd_rotate_{rotation}")
                    turned = prepared.image.rotate(rotation, expand=True, fillcolor=255)
                    text2, conf2, words2 = _attempt(turned, prepared.dpi, job, deadline, result.notes)
                    if (conf2 or 0) * words2 > (conf or 0) * words:
                        result.text, result.confidence = text2, conf2
                        result.notes.append("rotated_better")
        except OcrTimeout:
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


def _cache_get(cache_dir: str | None, key: str | None, prep: str | None = None) -> OcrResult | None:
    """The cached result, if its preparation version is the page's (fax pages carry one, see below)."""
    if not cache_dir or not key:
        return None
    path = Path(cache_dir) / f"{key}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("prep") != prep:
            return None  # read with an older fax preparation: read again, the entry is overwritten
        return OcrResult(
            text=raw["text"], source=raw["source"], confidence=raw.get("confidence"), notes=["cached"]
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _cache_put(cache_dir: str | None, key: str | None, result: OcrResult) -> None:
    if not cache_dir or not key or result.warnings:
        return  # incomplete results are retried next time
    try:
        Path(cache_dir).mkdir(parents=True, exist_ok=True, mode=0o700)
        target = Path(cache_dir) / f"{key}.json"
        tmp = target.with_suffix(".tmp")
        # Page text is health and residence data: the cache entry is the service user's only.
        with os.fdopen(
            os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8"
        ) as out:
            entry = {"text": result.text, "source": result.source, "confidence": result.confidence}
            prep = _prep_of(result)
            if prep:
                entry["prep"] = prep  # fax pages only: other entries stay as they were
            json.dump(entry, out)
        tmp.replace(target)
    except OSError as exc:
        log.warning("OCR cache not written: %s", type(exc).__name__)


# How the cache tells fax pages apart: the entry's FILE NAME stays cache_key(sha, page, languages) for
# every page (privacy erasure finds entries by that name), and an entry of a fax page carries
# "prep": images.FAX_PREP_VERSION. A fax page whose entry lacks it (or has an older one) is read again;
# entries of other pages have no "prep" and are used as before.
_FAX_NOTE = "fax_prep_"


def _prep_of(result: OcrResult) -> str | None:
    """The fax preparation version the worker used for this result, None for other pages."""
    return next((n[len(_FAX_NOTE) :] for n in result.notes if n.startswith(_FAX_NOTE)), None)


def job_prep_version(job: OcrJob) -> str | None:
    """images.FAX_PREP_VERSION if the job's frame is a fax page (header only, no decoding), else None.

    Only image files are checked: a PDF page is rendered at 300 dpi and never takes the fax path.
    """
    if job.kind != "image":
        return None
    try:
        source = images.open_image(job.path)
        try:
            source.seek(job.index)
            fax = images.is_fax_like(source)
        finally:
            source.close()
    except Exception:  # unreadable: the worker reports it; no cache entry either way
        return None
    return images.FAX_PREP_VERSION if fax else None


def hard_limit(job: OcrJob) -> float:
    """Seconds after which the parent gives up on a page's worker (see HARD_LIMIT_FACTOR)."""
    return job.timeout_s * HARD_LIMIT_FACTOR + HARD_LIMIT_GRACE_S


def _hung(job: OcrJob) -> OcrResult:
    return OcrResult(text="", source="ocr", warnings=[HUNG_WARNING], notes=["killed"])


def _broken(exc: BaseException) -> OcrResult:
    return OcrResult(
        text="",
        source="none",
        warnings=[f"Seite konnte nicht gelesen werden ({type(exc).__name__})."],
        failed=True,
    )


def _new_pool(workers: int, max_image_pixels: int) -> ProcessPoolExecutor:
    if threading.active_count() == 1:
        # Forking a single-threaded parent is safe and instant; measured: a cold forkserver that
        # imports numpy, Pillow and pdfium cost 0.3 s per run, a tenth of a short scan's OCR time.
        context = multiprocessing.get_context("fork")
    else:
        # With other threads (a server, a watcher) a fork could copy a held lock: use a clean server
        # that has already imported this module (numpy, Pillow, pdfium).
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["hfk.ingest.ocr"])
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(max_image_pixels,)
    )


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    """Stop a pool with a hung worker: the stdlib cannot cancel a running task, so kill its processes."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public API for the pids
    for process in processes:
        try:
            os.kill(process.pid, signal.SIGKILL)
        except (ProcessLookupError, TypeError):
            pass
    pool.shutdown(wait=True, cancel_futures=True)


def run_jobs(
    jobs: list[OcrJob],
    workers: int,
    cache_dir: str | None = None,
    progress: Callable[[str], None] | None = None,
    *,
    limit: Callable[[OcrJob], float] = hard_limit,
) -> list[OcrResult]:
    """OCR all jobs, one page per task, in worker processes; results in job order.

    Only as many pages as there are workers are in flight: each page is rendered inside its worker
    (the parent passes a path and a page index), so memory stays bounded however long the file is,
    and a task's start time is known, so a hung page can be killed (limit) and the pool replaced.
    `limit` gives each page's hard limit in seconds (tests use a short one).
    """
    results: list[OcrResult | None] = [None] * len(jobs)
    todo: list[int] = []
    for i, job in enumerate(jobs):
        prep = job_prep_version(job) if cache_dir and job.cache_key else None
        cached = _cache_get(cache_dir, job.cache_key, prep)
        if cached is not None:
            results[i] = cached
        else:
            todo.append(i)
    total = len(todo)
    done_count = 0

    def finish(i: int, result: OcrResult) -> None:
        nonlocal done_count
        results[i] = result
        _cache_put(cache_dir, jobs[i].cache_key, result)
        done_count += 1
        if progress:
            try:
                progress(progress_message(done_count, total, jobs[i].label, jobs[i].index + 1))
            except Exception:  # a broken progress sink must not stop OCR
                pass

    workers = max(1, min(workers or os.cpu_count() or 1, total or 1))
    if total:
        # Even one page goes to a worker: only a separate process can be killed if rendering hangs.
        queue = list(reversed(todo))
        pool = _new_pool(workers, jobs[todo[0]].max_image_pixels)
        running: dict[Future, tuple[int, float]] = {}
        try:
            while queue or running:
                while queue and len(running) < workers:
                    i = queue.pop()
                    running[pool.submit(run_job, jobs[i])] = (i, time.monotonic() + limit(jobs[i]))
                next_deadline = min(deadline for _, deadline in running.values())
                finished, _ = wait(
                    list(running),
                    timeout=max(0.0, next_deadline - time.monotonic()),
                    return_when=FIRST_COMPLETED,
                )
                broken_pool = False
                for future in finished:
                    i, _ = running.pop(future)
                    try:
                        finish(i, future.result())
                    except Exception as exc:  # e.g. a worker killed by the OS, or a crash in C code
                        broken_pool = broken_pool or isinstance(exc, BrokenProcessPool)
                        finish(i, _broken(exc))
                if broken_pool:
                    # A dead worker breaks the whole pool: pages still in flight run again in a new one.
                    log.warning("ocr worker died: pool replaced")
                    queue.extend(i for i, _ in running.values())
                    running.clear()
                    _kill_pool(pool)
                    pool = _new_pool(workers, jobs[todo[0]].max_image_pixels)
                    continue
                now = time.monotonic()
                overdue = [f for f, (_, deadline) in running.items() if deadline <= now and not f.done()]
                if overdue:
                    log.warning("ocr worker hung pages=%d: pool replaced", len(overdue))
                    for future in overdue:
                        i, _ = running.pop(future)
                        finish(i, _hung(jobs[i]))
                    # The other pages in flight die with the pool: run them again in a fresh one.
                    queue.extend(i for i, _ in running.values())
                    running.clear()
                    _kill_pool(pool)
                    pool = _new_pool(workers, jobs[todo[0]].max_image_pixels)
        finally:
            if running:  # interrupted: do not wait for pages that may never end
                _kill_pool(pool)
            else:
                pool.shutdown(wait=True)
    for i, job in enumerate(jobs):
        r = results[i]
        if r is not None and r.notes and "cached" not in r.notes:
            log.debug("ocr page=%d seconds=%.2f notes=%s", job.index + 1, r.seconds, ",".join(r.notes))
    return [r if r is not None else OcrResult(text="", source="none") for r in results]


def progress_message(done: int, total: int, label: str, page: int) -> str:
    """The progress line for one finished page; hfk.ingest.progress reads the count back."""
    return f"OCR Seite {done}/{total} ({label}, S. {page})"
