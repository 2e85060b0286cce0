"""A tiny page-layout engine: document blocks -> positioned items on A4 pages (points, top-left origin).

Both renderers (reportlab PDF and Pillow raster) draw the same positioned items, so a scanned page
looks exactly like its born-digital twin, and page counts are known before anything is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": "DejaVuSans.ttf",
    "sans-bold": "DejaVuSans-Bold.ttf",
    "serif": "DejaVuSerif.ttf",
    "serif-bold": "DejaVuSerif-Bold.ttf",
    "cond": "DejaVuSansCondensed.ttf",
    "cond-bold": "DejaVuSansCondensed-Bold.ttf",
    "mono": "DejaVuSansMono.ttf",
    "mono-bold": "DejaVuSansMono-Bold.ttf",
    "italic": "DejaVuSerif-Italic.ttf",
}
A4_W, A4_H = 595.28, 841.89


@cache
def register_fonts() -> None:
    for key, file in FONTS.items():
        pdfmetrics.registerFont(TTFont("hfk-" + key, FONT_DIR + file))


def text_width(text: str, font: str, size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, "hfk-" + font, size)


# ---- blocks a template produces ----


@dataclass
class P:
    """A paragraph, wrapped to the text width."""

    text: str
    size: float | None = None
    bold: bool = False
    align: str = "left"  # left, right, center
    indent: float = 0.0
    after: float | None = None  # space after in points
    font: str | None = None  # override the family (e.g. "mono", "italic")


@dataclass
class Table:
    rows: list[list[str]]
    widths: list[float]  # fractions of the text width
    header: bool = True
    grid: bool = True
    size: float | None = None


@dataclass
class Space:
    pt: float


@dataclass
class Rule:
    width: float = 0.8


@dataclass
class PageBreak:
    pass


@dataclass
class Signature:
    """A handwritten-looking squiggle above a name line."""

    name: str
    place_date: str = ""


@dataclass
class Box:
    """Framed lines, e.g. a stamp or the Duldung's form fields."""

    lines: list[str]
    size: float | None = None
    bold_first: bool = True


@dataclass
class Style:
    family: str = "sans"  # sans, serif, cond, mono
    size: float = 10.5
    leading: float = 1.35
    margin_left: float = 70.0
    margin_right: float = 60.0
    margin_top: float = 60.0
    margin_bottom: float = 70.0
    para_after: float = 6.0


@dataclass
class DocSpec:
    """What a template returns: the blocks, a style, and an optional footer."""

    blocks: list
    style: Style = field(default_factory=Style)
    footer: str | None = None  # e.g. "Seite {p} von {n}" (filled after pagination)
    header: str | None = None  # repeated small header on pages after the first


# ---- positioned output ----


@dataclass
class Item:
    kind: str  # "text", "line", "squiggle", "rect"
    x: float
    y: float  # baseline for text; top-left for others
    text: str = ""
    font: str = "sans"
    size: float = 10.0
    x2: float = 0.0
    y2: float = 0.0
    width: float = 0.8
    points: list = field(default_factory=list)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for raw in text.split("\n"):
        words = raw.split(" ")
        cur = ""
        for word in words:
            cand = word if not cur else cur + " " + word
            if text_width(cand, font, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
    return lines


def _font(style: Style, bold: bool, override: str | None) -> str:
    fam = override or style.family
    if fam in ("italic",):
        return fam
    return fam + ("-bold" if bold else "")


def layout(spec: DocSpec, squiggle_seed: int = 0) -> list[list[Item]]:
    """Paginate the blocks; returns the items of every page."""
    st = spec.style
    width = A4_W - st.margin_left - st.margin_right
    bottom = A4_H - st.margin_bottom
    pages: list[list[Item]] = [[]]
    y = st.margin_top
    seed = squiggle_seed

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = st.margin_top
        if spec.header:
            pages[-1].append(
                Item("text", st.margin_left, y, spec.header, _font(st, False, None), st.size - 2)
            )
            y += st.size * 2

    def need(h: float) -> None:
        if y + h > bottom and pages[-1]:
            new_page()

    for block in spec.blocks:
        if isinstance(block, PageBreak):
            new_page()
        elif isinstance(block, Space):
            y += block.pt
        elif isinstance(block, Rule):
            need(4)
            pages[-1].append(
                Item("line", st.margin_left, y, x2=A4_W - st.margin_right, y2=y, width=block.width)
            )
            y += 8
        elif isinstance(block, P):
            size = block.size or st.size
            font = _font(st, block.bold, block.font)
            lh = size * st.leading
            for line in wrap(block.text, font, size, width - block.indent):
                need(lh)
                y += size
                w = text_width(line, font, size)
                if block.align == "right":
                    x = A4_W - st.margin_right - w
                elif block.align == "center":
                    x = st.margin_left + (width - w) / 2
                else:
                    x = st.margin_left + block.indent
                if line:
                    pages[-1].append(Item("text", x, y, line, font, size))
                y += lh - size
            y += st.para_after if block.after is None else block.after
        elif isinstance(block, Table):
            size = block.size or st.size - 0.5
            lh = size * 1.3
            colw = [f * width for f in block.widths]
            for ri, row in enumerate(block.rows):
                bold = block.header and ri == 0
                font = _font(st, bold, None)
                cells = [wrap(str(c), font, size, colw[i] - 8) for i, c in enumerate(row)]
                h = max(len(c) for c in cells) * lh + 6
                need(h)
                x = st.margin_left
                for ci, cell in enumerate(cells):
                    for li, line in enumerate(cell):
                        pages[-1].append(Item("text", x + 4, y + 3 + size + li * lh, line, font, size))
                    if block.grid:
                        pages[-1].append(Item("rect", x, y, x2=x + colw[ci], y2=y + h, width=0.5))
                    x += colw[ci]
                if not block.grid and ri == 0 and block.header:
                    pages[-1].append(Item("line", st.margin_left, y + h, x2=st.margin_left + width, y2=y + h))
                y += h
            y += st.para_after + 4
        elif isinstance(block, Signature):
            need(60)
            if block.place_date:
                pages[-1].append(
                    Item(
                        "text", st.margin_left, y + st.size, block.place_date, _font(st, False, None), st.size
                    )
                )
                y += st.size * 1.6
            seed += 1
            pages[-1].append(
                Item("squiggle", st.margin_left + 5, y + 4, x2=150, y2=26, width=1.1, points=[seed])
            )
            y += 32
            pages[-1].append(Item("line", st.margin_left, y, x2=st.margin_left + 190, y2=y, width=0.5))
            y += st.size + 2
            pages[-1].append(Item("text", st.margin_left, y, block.name, _font(st, False, None), st.size - 1))
            y += st.size + st.para_after
        elif isinstance(block, Box):
            size = block.size or st.size
            lh = size * 1.4
            h = len(block.lines) * lh + 10
            need(h)
            pages[-1].append(Item("rect", st.margin_left, y, x2=A4_W - st.margin_right, y2=y + h, width=1.0))
            for i, line in enumerate(block.lines):
                font = _font(st, block.bold_first and i == 0, None)
                pages[-1].append(Item("text", st.margin_left + 8, y + 5 + size + i * lh, line, font, size))
            y += h + st.para_after
    if spec.footer:
        n = len(pages)
        for i, page in enumerate(pages, 1):
            text = spec.footer.format(p=i, n=n)
            w = text_width(text, _font(st, False, None), st.size - 1.5)
            page.append(Item("text", (A4_W - w) / 2, A4_H - 35, text, _font(st, False, None), st.size - 1.5))
    return pages
