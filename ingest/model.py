"""Plain data produced by the ingest stage: pages of text with their provenance."""

from __future__ import annotations

from dataclasses import dataclass, field

# How a page's text was obtained. "none" is a blank page (detected, not OCR'd).
TEXT_SOURCES = ("text", "ocr", "none")


@dataclass
class Page:
    """One page of one received file, as text."""

    number: int  # 1-based within its file
    text: str
    source: str  # one of TEXT_SOURCES
    ocr_confidence: float | None = None  # mean word confidence 0..100, OCR pages only
    warnings: list[str] = field(default_factory=list)  # German, e.g. "OCR unvollständig"


@dataclass
class SourceFile:
    """One logical file of a submission: an uploaded file, a mail attachment or a mail body."""

    name: str  # base name as received (sanitised for display, never used as a path); "<body>" for a mail body
    mime: str  # sniffed from the bytes, not from the name or header
    sha256: str
    pages: list[Page]
    via: str = ""  # where it came from, e.g. "antrag.eml" or "unterlagen.zip > antrag.eml"
    from_mail: bool = False  # an attachment or body of an e-mail (hint anlage_nicht_pdf)
    is_mail_body: bool = False


@dataclass
class IngestError:
    """A file that could not be read. The file itself is kept in quarantine."""

    file: str  # base name as received
    error: str  # German, says what is wrong and what to do
    quarantined: str | None = None  # path of the quarantined copy


@dataclass
class MailInfo:
    """Envelope facts of a received e-mail (no body text)."""

    name: str  # base name of the .eml file
    date: str | None  # ISO date of the Date header
    sender: str  # the From address
    subject: str


@dataclass
class Submission:
    """Everything read from the paths of one submission."""

    files: list[SourceFile]
    errors: list[IngestError] = field(default_factory=list)
    mails: list[MailInfo] = field(default_factory=list)


@dataclass
class IngestOptions:
    """Limits and settings of the ingest stage (filled from the settings file by the app)."""

    quarantine_dir: str  # where unreadable files are kept, with a JSON file saying why
    languages: str = "deu+eng"
    ocr_timeout_s: float = 120.0  # per page; a page that times out is marked "OCR unvollständig"
    workers: int = 0  # OCR worker processes; 0 = all cores
    max_file_bytes: int = 200 * 1024 * 1024
    max_pages: int = 2000  # per file
    max_image_pixels: int = 120_000_000  # decompression bomb guard
    zip_max_members: int = 1000
    zip_max_total_bytes: int = 1024 * 1024 * 1024
    zip_max_depth: int = 3
    cache_dir: str | None = None  # OCR results by content hash; None = no cache
