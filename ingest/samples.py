"""Synthetic, deterministic input files for tests and benchmarks (no real personal data)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
A4_300 = (2480, 3508)

LETTER = [
    "Bundesamt für Migration und Flüchtlinge",
    "Außenstelle Bielefeld",
    "",
    "Bescheid",
    "",
    "In dem Asylverfahren der Frau Ayşe Beispiel, geboren am 01.02.1990,",
    "wird folgende Entscheidung getroffen:",
    "",
    "1. Die Flüchtlingseigenschaft wird nicht zuerkannt.",
    "2. Der Antrag auf Asylanerkennung wird abgelehnt.",
    "3. Der subsidiäre Schutzstatus wird nicht zuerkannt.",
    "4. Abschiebungsverbote nach § 60 Absatz 5 und 7 liegen nicht vor.",
    "",
    "Gez. Müller, Regierungsoberinspektorin",
]

VOLLMACHT = [
    "Vollmacht",
    "",
    "Hiermit bevollmächtige ich Frau Rechtsanwältin Schröder,",
    "mich im Verfahren vor der Härtefallkommission zu vertreten.",
    "Die Vollmacht gilt für alle Erklärungen gegenüber Behörden.",
    "",
    "Düsseldorf, den 14.03.2025",
    "Unterschrift",
]


def text_image(lines: list[str], size: tuple[int, int] = A4_300, font_px: int = 42) -> Image.Image:
    """A white A4 page at 300 dpi with black text (about 10 pt), like a clean scan."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, font_px)
    y = 250
    for line in lines:
        draw.text((220, y), line, fill=0, font=font)
        y += int(font_px * 1.6)
    return image


def blank_image(size: tuple[int, int] = A4_300, specks: int = 20) -> Image.Image:
    """An empty page with a little scanner dust."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for i in range(specks):
        x, y = (i * 7919) % size[0], (i * 104729) % size[1]
        draw.rectangle((x, y, x + 2, y + 2), fill=0)
    return image


def scan_pdf(pages: list[Image.Image], resolution: int = 300) -> bytes:
    """A PDF of images only (no text layer), as a scanner writes it."""
    buf = io.BytesIO()
    first, *rest = [p.convert("L") for p in pages]
    first.save(buf, "PDF", resolution=resolution, save_all=True, append_images=rest)
    return buf.getvalue()


def text_pdf(pages: list[list[str]]) -> bytes:
    """A born-digital PDF (reportlab, embedded DejaVu so umlauts have a Unicode map)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", FONT))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for lines in pages:
        pdf.setFont("DejaVuSans", 11)
        y = A4[1] - 72
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def jpeg_pages_pdf(jpegs: list[bytes], resolution: int = 300) -> bytes:
    """A scanner's PDF: each page one JPEG, embedded as it is (no re-encoding), at the given dpi."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, invariant=1)
    for data in jpegs:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        size = (width * 72 / resolution, height * 72 / resolution)
        pdf.setPageSize(size)
        pdf.drawImage(reader, 0, 0, width=size[0], height=size[1])
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def numbered_page(n: int, total: int, lines: int = 30) -> Image.Image:
    """A full scanned text page, different for each n (for benchmarks: no two pages alike)."""
    body = [LETTER[4 + (n + k) % (len(LETTER) - 4)] or LETTER[0] for k in range(lines)]
    return text_image([*body, f"Seite {n + 1} von {total}"], font_px=40)


def merge_pdfs(parts: list[bytes]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def fax_tiff(pages: list[Image.Image], fine: bool = False, compression: str = "group4") -> bytes:
    """A fax as a gateway stores it: 1728 px wide at 204 dpi, 98 (normal) or 196 (fine) dpi high, 1 bit."""
    y_dpi = 196 if fine else 98
    frames = []
    for page in pages:
        width = 1728
        height = round(page.height * (y_dpi / 300))
        # squash to fax geometry (204 dpi across, 98/196 dpi down), then threshold to black/white
        frame = page.convert("L").resize((width, height), Image.Resampling.LANCZOS)
        frames.append(frame.point(lambda v: 255 if v > 160 else 0).convert("1"))
    buf = io.BytesIO()
    frames[0].save(
        buf, "TIFF", compression=compression, dpi=(204, y_dpi), save_all=True, append_images=frames[1:]
    )
    return buf.getvalue()


def jpeg(image: Image.Image, dpi: tuple[int, int] | None = (300, 300), quality: int = 85) -> bytes:
    buf = io.BytesIO()
    kwargs = {"quality": quality}
    if dpi:
        kwargs["dpi"] = dpi
    image.convert("RGB").save(buf, "JPEG", **kwargs)
    return buf.getvalue()


def png(image: Image.Image, dpi: tuple[int, int] = (300, 300)) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG", dpi=dpi)
    return buf.getvalue()


def image_pdf_with_text_layer(image: Image.Image, layer_text: str) -> bytes:
    """A scan with a bad text layer on top (as from a broken OCR or a font without Unicode map)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    pdf.drawImage(ImageReader(image.convert("RGB")), 0, 0, width=A4[0], height=A4[1])
    layer = pdf.beginText(40, 20)
    layer.setFont("Helvetica", 8)
    layer.setTextRenderMode(3)  # invisible, like the text layer of a scanned PDF
    layer.textLine(layer_text)
    pdf.drawText(layer)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()
