"""PDF: text layer per page with pypdf; pages without a usable text layer are marked for OCR."""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from pypdf import PasswordType, PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from hfk.ingest.errors import FileRejected

# pypdf logs recoverable damage as warnings; our own messages cover it and logs stay content-free.
logging.getLogger("pypdf").setLevel(logging.ERROR)

MIN_LETTERS = 20
MIN_LETTER_SHARE = 0.5
MAX_BAD_SHARE = 0.05
MIN_VOWEL_WORD_SHARE = 0.5
_VOWELS = set("aeiouyäöüáéíóúàèìòùâêîôû")

ENCRYPTED = (
    "PDF ist verschlüsselt (kennwortgeschützt) und kann nicht gelesen werden. "
    "Bitte beim Absender eine Fassung ohne Kennwortschutz anfordern."
)
BROKEN = (
    "PDF ist beschädigt oder unvollständig (z. B. abgebrochene Übertragung) und kann nicht "
    "gelesen werden. Bitte die Datei beim Absender erneut anfordern."
)

TRUNCATED = "PDF möglicherweise unvollständig (Dateiende fehlt): bitte prüfen, ob alle Seiten da sind."


@dataclass
class PdfPagePlan:
    """What to do with one page: its text layer, or OCR (keeping a weak text layer as fallback)."""

    number: int  # 1-based
    text: str
    needs_ocr: bool


@dataclass
class PdfPlan:
    pages: list[PdfPagePlan]
    password: str | None  # "" when encrypted with an empty user password
    warnings: list[str] = field(default_factory=list)  # for the whole file (shown on page 1)


def usable_text(text: str) -> bool:
    """A text layer worth keeping: enough letters, few replacement/private-use characters, real words."""
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return False
    letters = sum(ch.isalpha() for ch in chars)
    bad = sum(ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cc", "Cn") for ch in chars)
    if letters < MIN_LETTERS or letters / len(chars) < MIN_LETTER_SHARE or bad / len(chars) > MAX_BAD_SHARE:
        return False
    # Fonts without a Unicode map yield letter soup ("Qmnxk Zrtpl"): real words carry vowels.
    words = [w for w in re.findall(r"[^\W\d_]{3,}", text)]
    if words:
        with_vowel = sum(any(ch.lower() in _VOWELS for ch in w) for w in words)
        if with_vowel / len(words) < MIN_VOWEL_WORD_SHARE:
            return False
    return True


def read_pdf(data: bytes, max_pages: int) -> PdfPlan:
    """Open, decrypt with the empty password if needed, and plan every page."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise FileRejected(BROKEN) from exc
    password: str | None = None
    if reader.is_encrypted:
        try:
            result = reader.decrypt("")
        except (FileNotDecryptedError, NotImplementedError, PdfReadError, ValueError, KeyError) as exc:
            raise FileRejected(ENCRYPTED) from exc
        if result == PasswordType.NOT_DECRYPTED:
            raise FileRejected(ENCRYPTED)
        password = ""
    try:
        count = len(reader.pages)
    except FileNotDecryptedError as exc:
        raise FileRejected(ENCRYPTED) from exc
    except Exception as exc:  # pypdf raises many types on damaged page trees
        raise FileRejected(BROKEN) from exc
    if count == 0:
        raise FileRejected(BROKEN)
    if count > max_pages:
        raise FileRejected(
            f"PDF hat {count} Seiten, erlaubt sind höchstens {max_pages}. "
            "Bitte die Unterlagen aufgeteilt einreichen lassen."
        )
    pages: list[PdfPagePlan] = []
    failures = 0
    for index in range(count):
        try:
            text = _page_text(reader.pages[index])
        except Exception:
            # A damaged content stream: the renderer may still draw the page, so OCR it.
            failures += 1
            text = ""
        text = _tidy(text)
        pages.append(PdfPagePlan(number=index + 1, text=text, needs_ocr=not usable_text(text)))
    if failures == count and count > 0:
        _check_renderable(data, password)
    plan = PdfPlan(pages=pages, password=password)
    if b"%%EOF" not in data[-8192:]:
        # pypdf recovered what it could, but the end of the file is missing: pages may be lost.
        plan.warnings.append(TRUNCATED)
    return plan


def _check_renderable(data: bytes, password: str | None) -> None:
    """If pypdf could not read a single page, ask pdfium before sending every page to OCR."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data, password=password or None)
        doc.close()
    except Exception as exc:
        raise FileRejected(BROKEN) from exc


def _page_text(page) -> str:
    """The page's text with each printed line on one line, as a reader (and OCR) sees it.

    pypdf's plain extraction breaks a line wherever the PDF starts a new text object: every cell of
    a table row, drawn on its own, comes out on a line of its own, and a person table of five columns
    turns into a column of single words whose rows nobody can tell apart. The layout mode places text
    by its position, so a table row stays one line; the padding it uses to keep columns aligned is
    squeezed to single spaces below (like OCR output). The words are those of the plain mode, except
    that two cells printed edge to edge can come out glued ("GeburtsdatumGeburtsort"); the person
    parser reads such headers.
    """
    try:
        text = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # a font or operator the layout mode cannot place: the plain text is still good
        return page.extract_text() or ""
    return _squeeze(text)


def _squeeze(text: str) -> str:
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\x00", ""))
    lines = [line.rstrip() for line in text.splitlines()]
    return "\n".join(lines).strip()
