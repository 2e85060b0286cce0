"""Text documents: DOCX (paragraphs and tables in order), ODT, plain text, HTML."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree

from hfk.ingest.errors import FileRejected

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_MAX_XML_BYTES = 50 * 1024 * 1024  # a document.xml beyond this is not a letter but an attack

OLD_WORD = (
    "Altes Word-Format (.doc) kann nicht gelesen werden. "
    "Bitte beim Absender eine PDF-Fassung (oder .docx) anfordern."
)
OUTLOOK_MSG = (
    "Outlook-Nachricht (.msg) kann nicht gelesen werden. Bitte die E-Mail in Outlook als .eml "
    "speichern bzw. weiterleiten oder die Anhänge einzeln als PDF einreichen."
)
RTF = "RTF-Dateien werden nicht gelesen. Bitte beim Absender eine PDF-Fassung anfordern."


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# ---------------------------------------------------------------- DOCX


def read_docx(data: bytes) -> list[str]:
    """Pages of a DOCX: split at explicit page breaks (w:br type=page, pageBreakBefore)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("word/document.xml")
            if info.file_size > _MAX_XML_BYTES:
                raise FileRejected("Word-Dokument ist ungewöhnlich groß und wird nicht geöffnet.")
            root = ElementTree.fromstring(zf.read(info))
    except FileRejected:
        raise
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError, RuntimeError) as exc:
        raise FileRejected(
            "Word-Dokument (.docx) ist beschädigt und kann nicht gelesen werden. "
            "Bitte beim Absender erneut oder als PDF anfordern."
        ) from exc
    body = root.find(f"{_W}body")
    if body is None:
        return [""]
    pages: list[list[str]] = [[]]
    for child in body:
        if child.tag == f"{_W}p":
            if child.find(f"{_W}pPr/{_W}pageBreakBefore") is not None and any(pages[-1]):
                pages.append([])
            for piece, breaks in _docx_paragraph(child):
                pages[-1].append(piece)
                for _ in range(breaks):
                    pages.append([])
        elif child.tag == f"{_W}tbl":
            pages[-1].extend(_docx_table(child))
    texts = [_clean("\n".join(lines)) for lines in pages]
    # A trailing break leaves an empty last page; keep at least one page.
    while len(texts) > 1 and not texts[-1]:
        texts.pop()
    return texts


def _docx_paragraph(p: ElementTree.Element) -> list[tuple[str, int]]:
    """The paragraph's text, split where it contains page breaks: [(text, page_breaks_after)]."""
    out: list[tuple[str, int]] = []
    buf: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == f"{_W}t" and el.text:
            buf.append(el.text)
        elif tag == f"{_W}tab":
            buf.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            if el.get(f"{_W}type") == "page":
                out.append(("".join(buf), 1))
                buf = []
            else:
                buf.append("\n")
        elif tag == f"{_W}p" and el is not p and buf and not buf[-1].endswith("\n"):
            buf.append("\n")  # paragraphs nested in text boxes
    out.append(("".join(buf), 0))
    return out


def _docx_table(tbl: ElementTree.Element) -> list[str]:
    rows: list[str] = []
    for tr in tbl.iter(f"{_W}tr"):
        cells: list[str] = []
        for tc in tr.findall(f"{_W}tc"):
            # a cell's paragraphs, and the lines a break sets apart within one ("Anschrift" / "Hauptstraße
            # 86" / "40589 Düsseldorf"), are words of one row: a space between them, never nothing
            text = " ".join(
                " ".join(part.split()) for p in tc.iter(f"{_W}p") for part, _ in _docx_paragraph(p)
            ).strip()
            if not cells or cells[-1] != text:  # merged cells repeat their text
                cells.append(text)
        line = " | ".join(c for c in cells if c)
        if line:
            rows.append(line)
    return rows


# ---------------------------------------------------------------- ODT


def read_odt(data: bytes) -> list[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("content.xml")
            if info.file_size > _MAX_XML_BYTES:
                raise FileRejected("ODT-Dokument ist ungewöhnlich groß und wird nicht geöffnet.")
            root = ElementTree.fromstring(zf.read(info))
    except FileRejected:
        raise
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError, RuntimeError) as exc:
        raise FileRejected(
            "ODT-Dokument ist beschädigt und kann nicht gelesen werden. Bitte als PDF anfordern."
        ) from exc
    lines: list[str] = []
    for el in root.iter():
        if el.tag in (f"{_TEXT_NS}p", f"{_TEXT_NS}h"):
            lines.append(_odt_text(el))
    return [_clean("\n".join(lines))]


def _odt_text(el: ElementTree.Element) -> str:
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == f"{_TEXT_NS}s":
            parts.append(" " * int(child.get(f"{_TEXT_NS}c", "1") or 1))
        elif child.tag == f"{_TEXT_NS}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT_NS}line-break":
            parts.append("\n")
        elif child.tag in (f"{_TEXT_NS}p", f"{_TEXT_NS}h"):
            pass  # nested paragraphs (frames) are visited by the outer iteration
        else:
            parts.append(_odt_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


# ---------------------------------------------------------------- plain text and HTML


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (German Windows default)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_text(data: bytes) -> list[str]:
    """Form feeds separate pages in text exports; otherwise one page."""
    text = decode_text(data)
    pages = [_clean(p) for p in text.split("\f")]
    return [p for p in pages if p] or [""]


_BLOCK = {
    "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "section", "article", "header", "footer", "hr", "dd", "dt", "address",
}  # fmt: skip
_SKIP = {"script", "style", "head", "title", "noscript", "template"}


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # the stdlib parser is lenient; anything else falls back to stripping tags
        return _clean(re.sub(r"<[^>]+>", " ", html))
    text = "".join(parser.parts)
    text = "\n".join(line.strip(" |").strip() for line in text.split("\n"))
    return _clean(text)


def read_html(data: bytes) -> list[str]:
    raw = data[:4096].lower()
    match = re.search(rb"charset=[\"']?([a-z0-9_-]+)", raw)
    text = None
    if match:
        try:
            text = data.decode(match.group(1).decode("ascii"), errors="replace")
        except LookupError:
            text = None
    return [html_to_text(text if text is not None else decode_text(data))]
