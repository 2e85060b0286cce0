"""Entry point of the ingest stage: paths of one submission -> Submission (files, pages, errors)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hfk.ingest import images, office, pdf
from hfk.ingest.containers import BODY_NAME, Body, Expander, Failure, Leaf, body_sha256
from hfk.ingest.errors import FileRejected, unexpected
from hfk.ingest.model import IngestError, IngestOptions, Page, SourceFile, Submission
from hfk.ingest.ocr import OcrJob, OcrResult, cache_key, run_jobs
from hfk.ingest.quarantine import quarantine
from hfk.ingest.scratch import private_tempdir

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    """A file whose pages are partly known and partly waiting for OCR."""

    source: SourceFile
    slots: list[Page | None]  # None = filled from an OCR job
    fallback: dict[int, str] = field(default_factory=dict)  # slot -> weak text layer
    jobs: list[tuple[int, int]] = field(default_factory=list)  # (slot, job index)
    file_warnings: list[str] = field(default_factory=list)  # put on the first page
    data_path: Path | None = None  # the bytes on disk, for quarantine if no page at all can be read


def ingest(
    paths: list[Path],
    options: IngestOptions,
    *,
    progress: Callable[[str], None] | None = None,
) -> Submission:
    """Read all paths as ONE submission. Unreadable files become errors; the rest goes on."""
    previous_limit = images.Image.MAX_IMAGE_PIXELS
    images.set_pixel_limit(options.max_image_pixels)
    try:
        return _ingest(paths, options, progress)
    finally:
        images.set_pixel_limit(previous_limit)  # Pillow's limit is process-wide


def _ingest(paths: list[Path], options: IngestOptions, progress: Callable[[str], None] | None) -> Submission:
    # One private folder for the whole call: received files wait here (spooled) instead of in
    # memory, and the OCR workers read their pages from here.
    with private_tempdir("hfk-ingest-") as workdir:
        expander = Expander(options, spool_dir=Path(workdir) / "spool")
        for path in paths:
            expander.add_path(Path(path))
        submission = Submission(files=[], mails=expander.out.mails)
        pending: list[_Pending] = []
        jobs: list[OcrJob] = []
        body_count = 0
        for item in expander.out.items:
            if isinstance(item, Failure):
                submission.errors.append(
                    _error(
                        options,
                        item.name,
                        item.message,
                        item.data,
                        item.source_path,
                        item.via,
                        item.store_name,
                    )
                )
            elif isinstance(item, Body):
                body_count += 1
                name = BODY_NAME if body_count == 1 else f"<body {body_count}>"
                source = SourceFile(
                    name=name,
                    mime=item.mime,
                    sha256=body_sha256(item.text),
                    pages=[Page(number=1, text=item.text, source="text")],
                    via=item.via,
                    from_mail=True,
                    is_mail_body=True,
                )
                pending.append(_Pending(source=source, slots=list(source.pages)))
            else:
                try:
                    pending.append(_plan_leaf(item, options, Path(workdir), jobs))
                except FileRejected as exc:
                    submission.errors.append(
                        _error(options, item.name, exc.message, item.data or None, item.path, item.via)
                    )
                except Exception as exc:
                    log.warning("ingest failure class=%s", type(exc).__name__)
                    submission.errors.append(
                        _error(options, item.name, unexpected(exc), item.data or None, item.path, item.via)
                    )

        if jobs and progress:
            _say(progress, f"OCR von {len(jobs)} Seite(n) beginnt")
        results = run_jobs(jobs, options.workers, options.cache_dir, progress) if jobs else []

        for entry in pending:
            failed = [results[j].failed for _, j in entry.jobs]
            if failed and all(failed) and len(failed) == len(entry.slots):
                # Not one page could be decoded: the file is damaged, not merely hard to read.
                first = results[entry.jobs[0][1]].warnings
                message = first[0] if first and "Seite konnte" not in first[0] else DAMAGED
                submission.errors.append(
                    _error(options, entry.source.name, message, None, entry.data_path, entry.source.via)
                )
                continue
            for slot, job_index in entry.jobs:
                entry.slots[slot] = _page_from(slot + 1, results[job_index], entry.fallback.get(slot, ""))
            entry.source.pages = [p for p in entry.slots if p is not None]
            if entry.file_warnings and entry.source.pages:
                entry.source.pages[0].warnings.extend(entry.file_warnings)
            submission.files.append(entry.source)
    return submission


DAMAGED = (
    "Datei ist beschädigt oder unvollständig (keine Seite lesbar). Bitte beim Absender erneut anfordern."
)


def _say(progress: Callable[[str], None], message: str) -> None:
    try:
        progress(message)
    except Exception:
        pass


def _page_from(number: int, result: OcrResult, fallback: str) -> Page:
    """An OCR result as a page; a weak text layer wins if OCR found even less."""
    if fallback and _letters(fallback) >= _letters(result.text):
        return Page(number=number, text=fallback, source="text")
    return Page(
        number=number,
        text=result.text,
        source=result.source if (result.text or result.source == "none") else "ocr",
        ocr_confidence=result.confidence if result.source == "ocr" else None,
        warnings=list(result.warnings),
    )


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _error(
    options: IngestOptions,
    name: str,
    message: str,
    data: bytes | None,
    source_path: Path | None,
    via: str,
    store_name: str | None = None,
) -> IngestError:
    where = quarantine(
        options.quarantine_dir,
        name,
        message,
        data=data,
        source_path=source_path,
        via=via,
        store_name=store_name,
    )
    return IngestError(file=name, error=message, quarantined=where)


def _plan_leaf(leaf: Leaf, options: IngestOptions, workdir: Path, jobs: list[OcrJob]) -> _Pending:
    """Read one file's text layer and queue its pages for OCR; its bytes are in memory only meanwhile."""
    data = leaf.read()
    sha = hashlib.sha256(data).hexdigest()
    entry = _plan_leaf_pages(leaf, data, options, workdir, jobs, sha)
    if entry.jobs:
        entry.data_path = Path(jobs[entry.jobs[0][1]].path)
    return entry


def _plan_leaf_pages(
    leaf: Leaf, data: bytes, options: IngestOptions, workdir: Path, jobs: list[OcrJob], sha: str
) -> _Pending:
    source = SourceFile(
        name=leaf.name, mime=leaf.sniffed.mime, sha256=sha, pages=[], via=leaf.via, from_mail=leaf.from_mail
    )
    kind = leaf.sniffed.kind
    if kind == "pdf":
        plan = pdf.read_pdf(data, options.max_pages)
        entry = _Pending(source=source, slots=[])
        path = _spill(workdir, sha, data, leaf.path) if any(p.needs_ocr for p in plan.pages) else ""
        for p in plan.pages:
            if p.needs_ocr:
                entry.slots.append(None)
                if p.text:
                    entry.fallback[p.number - 1] = p.text
                entry.jobs.append((p.number - 1, len(jobs)))
                jobs.append(_job("pdf", path, p.number - 1, leaf.name, sha, options, plan.password))
            else:
                entry.slots.append(Page(number=p.number, text=p.text, source="text"))
        entry.file_warnings = plan.warnings
        return entry
    if kind == "image":
        try:
            image = images.open_image(data)
        except FileRejected:
            raise
        except Exception as exc:
            raise FileRejected(
                f"Bilddatei ({leaf.sniffed.mime}) ist beschädigt oder wird nicht unterstützt. "
                "Bitte als PDF oder JPEG/PNG anfordern."
            ) from exc
        with image:
            count = images.frame_count(image)
            if image.width * image.height > options.max_image_pixels:
                raise FileRejected(images._bomb_message())
        if count > options.max_pages:
            raise FileRejected(
                f"Bilddatei hat {count} Seiten, erlaubt sind höchstens {options.max_pages}. "
                "Bitte die Unterlagen aufgeteilt einreichen lassen."
            )
        path = _spill(workdir, sha, data, leaf.path)
        entry = _Pending(source=source, slots=[None] * count)
        for index in range(count):
            entry.jobs.append((index, len(jobs)))
            jobs.append(_job("image", path, index, leaf.name, sha, options))
        return entry
    texts = _read_text_kind(kind, leaf, data)
    source.pages = [Page(number=i, text=t, source="text") for i, t in enumerate(texts, 1)]
    return _Pending(source=source, slots=list(source.pages))


def _read_text_kind(kind: str, leaf: Leaf, data: bytes) -> list[str]:
    if kind == "docx":
        return office.read_docx(data)
    if kind == "odt":
        return office.read_odt(data)
    if kind == "text":
        return office.read_text(data)
    if kind == "html":
        return office.read_html(data)
    if kind == "doc":
        raise FileRejected(office.OLD_WORD)
    if kind == "rtf":
        raise FileRejected(office.RTF)
    if kind == "msg":
        raise FileRejected(office.OUTLOOK_MSG)
    raise FileRejected(
        f"Dateityp nicht unterstützt ({leaf.sniffed.mime}). "
        "Bitte als PDF, Bild (JPEG/PNG/TIFF), DOCX oder ODT anfordern."
    )


def _spill(workdir: Path, sha: str, data: bytes, spooled: Path | None = None) -> str:
    """A private copy for the OCR workers, under a generated name (never the received name).

    A spooled file is moved there, not written again; the same content arriving twice is kept once.
    """
    path = workdir / f"{sha}.bin"
    if not path.exists():
        if spooled is not None and spooled.parent.parent == workdir:
            spooled.replace(path)
        else:
            path.write_bytes(data)
    return str(path)


def _job(
    kind: str,
    path: str,
    index: int,
    label: str,
    sha: str,
    options: IngestOptions,
    password: str | None = None,
) -> OcrJob:
    return OcrJob(
        kind=kind,
        path=path,
        index=index,
        languages=options.languages,
        timeout_s=options.ocr_timeout_s,
        max_image_pixels=options.max_image_pixels,
        label=label,
        password=password,
        cache_key=cache_key(sha, index + 1, options.languages) if options.cache_dir else None,
    )


__all__ = ["ingest"]
