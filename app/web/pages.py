"""Page images of a case's originals, rendered on request: PDF pages with pypdfium2, images with Pillow."""

from __future__ import annotations

import hashlib
import io
import threading
from collections import OrderedDict

import pypdfium2 as pdfium
from PIL import Image, ImageSequence

from hfk.ingest.containers import Expander, Leaf
from hfk.ingest.model import IngestOptions
from hfk.store import Store

THUMB_WIDTH = 180
VIEW_WIDTH = 1100
_CACHE_SIZE = 256


class NoPreview(Exception):
    """The file has no page image (e.g. a DOCX or text file) or the page does not exist."""


class PageRenderer:
    """Renders PNGs by file hash and page; keeps the most recent ones in memory."""

    def __init__(self, store: Store, options: IngestOptions) -> None:
        self.store = store
        self.options = options
        self._cache: OrderedDict[tuple, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def file_bytes(self, file_row: dict) -> bytes:
        """The file's bytes: kept as an original, or unpacked from its submission's mail or ZIP."""
        path = self.store.original_path(file_row["sha256"])
        if path.exists():
            return path.read_bytes()
        container = self.store.read_original(file_row["original_sha256"])
        expander = Expander(self.options)
        expander.add_bytes(file_row["original_name"], container)
        for item in expander.out.items:
            if isinstance(item, Leaf) and hashlib.sha256(item.data).hexdigest() == file_row["sha256"]:
                return item.data
        raise NoPreview("Die Datei ist im Original der Einsendung nicht mehr zu finden.")

    def png(self, file_row: dict, page: int, width: int) -> bytes:
        key = (file_row["sha256"], page, width)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        data = _render(self.file_bytes(file_row), page, width)
        with self._lock:
            self._cache[key] = data
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return data


def _render(data: bytes, page: int, width: int) -> bytes:
    if page < 1:
        raise NoPreview("Seitenzahlen beginnen bei 1.")
    if data[:5] == b"%PDF-":
        image = _pdf_page(data, page, width)
    else:
        try:
            source = Image.open(io.BytesIO(data))
        except Exception as exc:  # not an image: DOCX, text, HTML
            raise NoPreview("Für diesen Dateityp gibt es keine Seitenansicht.") from exc
        frames = getattr(source, "n_frames", 1)
        if page > frames:
            raise NoPreview(f"Die Datei hat nur {frames} Seite(n).")
        frame = next(f for i, f in enumerate(ImageSequence.Iterator(source), start=1) if i == page)
        image = frame.convert("RGB") if frame.mode not in ("L", "RGB") else frame.copy()
        # Fax TIFFs are often 204x98 dpi: stretch to square pixels so the page is not squashed.
        dpi = source.info.get("dpi")
        if dpi and dpi[0] and dpi[1] and abs(dpi[0] - dpi[1]) > 1:
            image = image.resize((image.width, round(image.height * dpi[0] / dpi[1])))
        image.thumbnail((width, width * 3))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=width <= THUMB_WIDTH)
    return out.getvalue()


def _pdf_page(data: bytes, page: int, width: int) -> Image.Image:
    pdf = pdfium.PdfDocument(data)
    try:
        if page > len(pdf):
            raise NoPreview(f"Die Datei hat nur {len(pdf)} Seite(n).")
        pdf_page = pdf[page - 1]
        scale = width / max(pdf_page.get_width(), 1)
        return pdf_page.render(scale=scale).to_pil().convert("RGB")
    finally:
        pdf.close()
