"""Renderers: laid-out pages -> born-digital PDF, scan PDF, fax TIFF/PDF, phone photo, DOCX, plain text.

Every renderer is deterministic: randomness comes from the caller's random.Random, reportlab runs
with invariant=1, ZIP/DOCX members carry fixed timestamps, JPEG quality is fixed per call.
"""

from __future__ import annotations

import io
import random
import zipfile
from datetime import datetime
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

from hfk.corpus.layout import (
    A4_H,
    A4_W,
    FONT_DIR,
    FONTS,
    Box,
    DocSpec,
    Item,
    P,
    Signature,
    Table,
    register_fonts,
)

FIXED_ZIP_TIME = (2025, 1, 1, 12, 0, 0)


def _squiggle_points(item: Item) -> list[tuple[float, float]]:
    r = random.Random(item.points[0] if item.points else 0)
    pts = []
    n = 14
    for i in range(n + 1):
        x = item.x + item.x2 * i / n
        y = item.y + item.y2 / 2 + r.uniform(-item.y2 / 2, item.y2 / 2) * (0.4 + 0.6 * (i % 2))
        pts.append((x, y))
    return pts


# ---- born-digital PDF ----


def pdf_from_pages(
    pages: list[list[Item]], title: str = "", author: str = "", date: str = "2025-01-01"
) -> bytes:
    """A born-digital PDF with a text layer; metadata dates fixed to the document's date."""
    register_fonts()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(A4_W, A4_H), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word" if len(title) % 2 else "LibreOffice Writer")
    c.setProducer("hfk-corpus")
    for items in pages:
        for it in items:
            if it.kind == "text":
                c.setFont("hfk-" + it.font, it.size)
                c.drawString(it.x, A4_H - it.y, it.text)
            elif it.kind == "line":
                c.setLineWidth(it.width)
                c.line(it.x, A4_H - it.y, it.x2, A4_H - it.y2)
            elif it.kind == "rect":
                c.setLineWidth(it.width)
                c.rect(it.x, A4_H - it.y2, it.x2 - it.x, it.y2 - it.y, stroke=1, fill=0)
            elif it.kind == "squiggle":
                c.setStrokeColorRGB(0.1, 0.15, 0.5)
                c.setLineWidth(it.width)
                pts = _squiggle_points(it)
                path = c.beginPath()
                path.moveTo(pts[0][0], A4_H - pts[0][1])
                for x, y in pts[1:]:
                    path.lineTo(x, A4_H - y)
                c.drawPath(path, stroke=1, fill=0)
                c.setStrokeColorRGB(0, 0, 0)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---- raster ----


@cache
def _pil_font(font: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_DIR + FONTS[font], px)


def rasterize(items: list[Item], dpi: float, ink: int = 20) -> Image.Image:
    """Draw one page's items onto a white grayscale A4 canvas at dpi."""
    s = dpi / 72.0
    img = Image.new("L", (round(A4_W * s), round(A4_H * s)), 255)
    d = ImageDraw.Draw(img)
    for it in items:
        if it.kind == "text":
            d.text(
                (it.x * s, it.y * s),
                it.text,
                fill=ink,
                font=_pil_font(it.font, max(6, round(it.size * s))),
                anchor="ls",
            )
        elif it.kind == "line":
            d.line(
                [(it.x * s, it.y * s), (it.x2 * s, it.y2 * s)], fill=ink, width=max(1, round(it.width * s))
            )
        elif it.kind == "rect":
            d.rectangle(
                [it.x * s, it.y * s, it.x2 * s, it.y2 * s], outline=ink, width=max(1, round(it.width * s))
            )
        elif it.kind == "squiggle":
            pts = [(x * s, y * s) for x, y in _squiggle_points(it)]
            d.line(pts, fill=60, width=max(1, round(1.3 * s)), joint="curve")
    return img


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def scan_effects(img: Image.Image, rng: random.Random, strength: float = 1.0) -> Image.Image:
    """A flatbed/ADF scan: slight rotation, uneven background, noise, a grey edge now and then."""
    angle = rng.uniform(-1.5, 1.5) * strength
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250, expand=False)
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape
    g = _np_rng(rng)
    # uneven background: a soft gradient in both directions, paper never quite white
    gx = np.linspace(rng.uniform(0.86, 0.97), rng.uniform(0.92, 1.0), w, dtype=np.float32)
    gy = np.linspace(rng.uniform(0.9, 1.0), rng.uniform(0.86, 0.98), h, dtype=np.float32)
    grad = np.outer(gy, gx)
    a = a * grad + (1 - grad) * 40 * (a / 255.0)
    a += g.normal(0, 7 * strength, size=a.shape).astype(np.float32)
    if rng.random() < 0.4 * strength:  # shadow along one edge from the scanner lid
        edge = rng.randint(15, 45)
        a[:, :edge] *= np.linspace(0.55, 1.0, edge, dtype=np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rng.random() < 0.5:
        img = img.filter(ImageFilter.GaussianBlur(0.5))
    return img


def jpeg_bytes(img: Image.Image, quality: int, dpi: tuple[int, int] | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"dpi": dpi} if dpi else {}
    img.save(buf, format="JPEG", quality=quality, optimize=False, **kw)
    return buf.getvalue()


def image_pdf(images: list[bytes | Image.Image], title: str = "Scan") -> bytes:
    """An image-only PDF, one A4 page per image (JPEG bytes pass through, PIL images are flate-coded)."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(A4_W, A4_H), invariant=1)
    c.setTitle(title)
    c.setCreator("Canon iR-ADV C5535 PDF")
    c.setProducer("Canon")
    for im in images:
        src = ImageReader(io.BytesIO(im)) if isinstance(im, bytes) else ImageReader(im)
        c.drawImage(src, 0, 0, width=A4_W, height=A4_H)
        c.showPage()
    c.save()
    return buf.getvalue()


def scan_pages(pages: list[list[Item]], rng: random.Random, dpi: int, quality: int) -> list[bytes]:
    return [jpeg_bytes(scan_effects(rasterize(p, dpi), rng), quality, (dpi, dpi)) for p in pages]


# ---- fax ----


def fax_page(items: list[Item], rng: random.Random, fine: bool, header: str) -> Image.Image:
    """A 1-bit fax page 1728 px wide at 204 x 196 (fine) or 204 x 98 (normal) dpi."""
    img = rasterize(items, 204)
    img = img.resize((img.width, round(img.height * 196 / 204)), Image.BILINEAR)
    canvas = Image.new("L", (1728, img.height), 255)
    canvas.paste(img, ((1728 - img.width) // 2, 0))
    d = ImageDraw.Draw(canvas)
    d.text((30, 28), header, fill=0, font=_pil_font("mono", 22), anchor="ls")
    canvas = canvas.rotate(rng.uniform(-0.6, 0.6), resample=Image.BILINEAR, fillcolor=255)
    a = np.asarray(canvas, dtype=np.float32)
    a += _np_rng(rng).normal(0, 25, size=a.shape).astype(np.float32)
    bw = Image.fromarray(np.where(a > rng.randint(125, 165), 255, 0).astype(np.uint8)).convert(
        "1", dither=Image.NONE
    )
    if not fine:
        bw = bw.resize((bw.width, bw.height // 2), Image.NEAREST)  # drop every second row
    return bw


def fax_tiff(images: list[Image.Image], fine: bool, compression: str) -> bytes:
    buf = io.BytesIO()
    images[0].save(
        buf,
        format="TIFF",
        save_all=True,
        append_images=images[1:],
        compression=compression,
        dpi=(204, 196 if fine else 98),
    )
    return buf.getvalue()


# ---- phone photo ----


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients mapping output (dst) points to input (src) points for Image.transform."""
    m = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return list(np.linalg.solve(np.array(m, dtype=np.float64), b))


def photo_jpeg(items: list[Item], rng: random.Random, quality: int = 82) -> bytes:
    """A phone photo of a page lying on a table: perspective, shading, blur, no DPI."""
    page = rasterize(items, 150).convert("RGB")
    pw, ph = page.size
    W, H = 1500, 2000
    g = _np_rng(rng)
    bg_col = rng.choice([(120, 90, 60), (95, 95, 100), (160, 140, 115), (60, 60, 65)])
    bg = np.full((H, W, 3), bg_col, dtype=np.float32) + g.normal(0, 10, size=(H, W, 3)).astype(np.float32)
    m = 60
    dst = [
        (m + rng.uniform(0, 90), m + rng.uniform(0, 80)),
        (W - m - rng.uniform(0, 90), m + rng.uniform(0, 80)),
        (W - m - rng.uniform(0, 60), H - m - rng.uniform(0, 60)),
        (m + rng.uniform(0, 60), H - m - rng.uniform(0, 60)),
    ]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _perspective_coeffs(dst, src)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform(
        (W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0
    )
    a = np.asarray(warped, dtype=np.float32)
    k = np.asarray(mask, dtype=np.float32)[..., None] / 255.0
    out = a * k + bg * (1 - k)
    # shading: light from one corner, the phone's shadow on the other side
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(W, H)
    shade = 1.05 - rng.uniform(0.25, 0.45) * dist
    tint = np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.85, 0.95)], dtype=np.float32)
    out = out * shade[..., None] * tint
    out += g.normal(0, 5, size=out.shape).astype(np.float32)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1))
    )
    return jpeg_bytes(img, quality)


# ---- DOCX and text ----


def spec_text(spec: DocSpec) -> str:
    """The document as plain text (mail bodies, DOCX paragraphs)."""
    out: list[str] = []
    for b in spec.blocks:
        if isinstance(b, P):
            out.append(b.text)
        elif isinstance(b, Table):
            out.extend("  ".join(r) for r in b.rows)
        elif isinstance(b, Signature):
            if b.place_date:
                out.append(b.place_date)
            out.append(b.name)
        elif isinstance(b, Box):
            out.extend(b.lines)
    return "\n\n".join(out)


def fix_zip_times(data: bytes) -> bytes:
    """Rewrite a ZIP container with fixed member timestamps (python-docx stamps the wall clock)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def docx_bytes(spec: DocSpec, author: str, when: str) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    fam = {"sans": "Arial", "serif": "Times New Roman", "cond": "Arial Narrow", "mono": "Courier New"}
    d.styles["Normal"].font.name = fam.get(spec.style.family, "Calibri")
    d.styles["Normal"].font.size = Pt(round(spec.style.size))
    for b in spec.blocks:
        if isinstance(b, P):
            para = d.add_paragraph()
            run = para.add_run(b.text)
            run.bold = b.bold
            if b.align == "right":
                para.alignment = 2
            elif b.align == "center":
                para.alignment = 1
        elif isinstance(b, Table):
            t = d.add_table(rows=len(b.rows), cols=len(b.widths))
            t.style = "Table Grid" if b.grid else None
            for i, row in enumerate(b.rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        elif isinstance(b, Signature):
            if b.place_date:
                d.add_paragraph(b.place_date)
            d.add_paragraph("\n" + b.name)
        elif isinstance(b, Box):
            for line in b.lines:
                d.add_paragraph(line)
    cp = d.core_properties
    stamp = datetime.fromisoformat(when + "T10:00:00")
    cp.author = author
    cp.last_modified_by = author
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip_times(buf.getvalue())
