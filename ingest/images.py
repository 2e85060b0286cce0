"""Image clean-up before OCR: fax resampling, grey, orientation from EXIF, size, deskew, blank pages."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from hfk.ingest.errors import FileRejected

A4_WIDTH_INCH = 8.27
MAX_LONG_SIDE = 3500  # phone photos: more pixels only cost OCR time
TARGET_DPI = 300  # Tesseract is trained on text of roughly this size
MIN_OCR_DPI = 250  # below this (fax: 204 dpi) upscale to TARGET_DPI
MAX_OCR_DPI = 400  # above this downscale to TARGET_DPI
MAX_LONG_SIDE_SCAN = 5000  # A3 at 300 dpi still fits
# Share of dark pixels below which a page counts as empty. Measured on the 800 px copy: a page with
# only "Ja" at 10 pt has 0.000065, scanner dust 0.000005. A false "blank" loses a page, a false
# "not blank" costs one OCR call, so the threshold sits low.
BLANK_DARK_FRACTION = 0.00005
DESKEW_MAX_DEG = 5.0
# Fax pages (1-bit or anisotropic, about 200 dpi) take their own preparation (fax_prepare). Its
# version goes into the OCR cache entry of fax pages only: bump it when fax_prepare changes, and only
# fax pages are read again; scans and photos keep their cached text.
FAX_PREP_VERSION = "fax1"
FAX_DPI_RANGE = (180.0, 220.0)  # horizontal fax resolution is 204 dpi (8 dots per mm)
FAX_TARGET_DPI = 300
# Measured on 80 fax pages from train templates (40 fine, 40 normal), real Tesseract: one BILINEAR
# step to 300 dpi plus a 0.8 px Gaussian blur turns the staircase edges of the 1-bit glyphs (and
# LANCZOS's ringing around them) into smooth grey ramps, which Tesseract's binarisation prefers.
FAX_FILTER = Image.Resampling.BILINEAR
FAX_BLUR_RADIUS = 0.8


@dataclass
class Prepared:
    image: Image.Image  # mode "L", square pixels
    dpi: int
    notes: list[str]  # what was done, for measurement and debugging (no content)


def set_pixel_limit(max_pixels: int) -> None:
    Image.MAX_IMAGE_PIXELS = max_pixels


def open_image(data: bytes | str) -> Image.Image:
    """Open an image; a decompression bomb is a FileRejected, not a crash or a warning."""
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(source)
            image.size  # noqa: B018 - the header is parsed lazily
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise FileRejected(_bomb_message()) from None
    return image


def load_frame(image: Image.Image, index: int) -> Image.Image:
    """Decode one frame; decoding is where truncated files and bombs surface."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image.seek(index)
            if image.width * image.height > Image.MAX_IMAGE_PIXELS:
                raise FileRejected(_bomb_message())
            frame = image.copy()
            frame.info = dict(image.info)
            return frame
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise FileRejected(_bomb_message()) from None


def _bomb_message() -> str:
    return (
        f"Bild ist zu groß (mehr als {Image.MAX_IMAGE_PIXELS:,} Bildpunkte) und wird aus "
        "Sicherheitsgründen nicht geöffnet. Bitte eine kleinere Fassung (z. B. PDF-Scan mit 300 dpi) anfordern."
    ).replace(",", ".")


def frame_count(image: Image.Image) -> int:
    return max(1, int(getattr(image, "n_frames", 1) or 1))


def declared_dpi(image: Image.Image) -> tuple[float, float] | None:
    dpi = image.info.get("dpi")
    try:
        if dpi and len(dpi) == 2 and float(dpi[0]) > 0 and float(dpi[1]) > 0:
            return float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError):
        pass
    return None


def to_gray(image: Image.Image) -> Image.Image:
    """Any mode to 8-bit grey; transparency is put on white (a transparent scan is white paper)."""
    if image.mode == "L":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("L")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(image, dtype=np.float64)
        top = arr.max() or 1.0
        return Image.fromarray((arr * (255.0 / top)).clip(0, 255).astype(np.uint8), "L")
    if image.mode == "F":
        arr = np.asarray(image, dtype=np.float64)
        return Image.fromarray(arr.clip(0, 255).astype(np.uint8), "L")
    return image.convert("RGB").convert("L")


def is_fax_like(image: Image.Image) -> bool:
    """A fax page: declared about 204 dpi across and either 1-bit or with non-square pixels.

    Reads the mode and the header's dpi only (no pixel decoding), so the parent can decide before
    the cache lookup which preparation, and so which cache version, a page gets.
    """
    dpi = declared_dpi(image)
    if dpi is None or not FAX_DPI_RANGE[0] <= max(dpi) <= FAX_DPI_RANGE[1]:
        return False
    try:
        if image.getexif().get(0x0112, 1) != 1:
            return False  # an orientation tag: the general path turns the page upright first
    except Exception:
        return False
    return image.mode == "1" or abs(dpi[0] - dpi[1]) > 1


def prepare(image: Image.Image, dpi_hint: float | None = None) -> Prepared:
    """Square pixels, grey, upright per EXIF, sensible size and resolution for Tesseract."""
    if dpi_hint is None and is_fax_like(image):
        return fax_prepare(image)
    return general_prepare(image, dpi_hint)


def general_prepare(image: Image.Image, dpi_hint: float | None = None) -> Prepared:
    """The preparation of scans and photos (and of fax pages before fax_prepare)."""
    notes: list[str] = []
    dpi = declared_dpi(image)
    try:
        transposed = ImageOps.exif_transpose(image)
        if transposed is not None and transposed.size != image.size:
            notes.append("exif_rotated")
        image = transposed if transposed is not None else image
    except Exception:  # broken EXIF must not stop OCR
        notes.append("exif_ignored")
    image = to_gray(image)

    if dpi is not None and abs(dpi[0] - dpi[1]) > 1:
        # Fax "normal" is 204 x 98 dpi: stretch the low axis, or the text is squashed to half height.
        high = max(dpi)
        new_size = (round(image.width * high / dpi[0]), round(image.height * high / dpi[1]))
        image = image.resize(new_size, Image.Resampling.LANCZOS)
        dpi = (high, high)
        notes.append("resampled_square")

    if dpi_hint is not None:
        effective = float(dpi_hint)
    elif dpi is not None and 100 <= dpi[0] <= 1200:
        effective = dpi[0]
    else:
        # Phone photos carry 72 dpi or none: assume the short side is an A4 page width.
        effective = max(72.0, min(image.width, image.height) / A4_WIDTH_INCH)
        notes.append("dpi_assumed")

    scale = 1.0
    if effective < MIN_OCR_DPI:
        scale = TARGET_DPI / effective  # fax and low-res scans: small glyphs OCR badly
    elif effective > MAX_OCR_DPI:
        scale = TARGET_DPI / effective  # 600 dpi scans: four times the pixels, no better text
    long_side = max(image.size)
    cap = MAX_LONG_SIDE if "dpi_assumed" in notes else MAX_LONG_SIDE_SCAN
    if long_side * scale > cap:
        scale = min(1.0, cap / long_side) if scale <= 1.0 else max(1.0, cap / long_side)
    if abs(scale - 1.0) > 0.02:
        image = image.resize(
            (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
            Image.Resampling.LANCZOS,
        )
        effective *= scale
        notes.append(f"scaled_{scale:.2f}")
    return Prepared(image=image, dpi=int(round(effective)), notes=notes)


def fax_prepare(image: Image.Image) -> Prepared:
    """A fax page to grey at FAX_TARGET_DPI in one resampling step (both axes at once).

    Measured on fax pages rendered from train templates (see FAX_* constants for the figures).
    """
    dpi = declared_dpi(image)
    assert dpi is not None  # is_fax_like checked it
    image = to_gray(image)
    size = (round(image.width * FAX_TARGET_DPI / dpi[0]), round(image.height * FAX_TARGET_DPI / dpi[1]))
    image = image.resize(size, FAX_FILTER).filter(ImageFilter.GaussianBlur(FAX_BLUR_RADIUS))
    return Prepared(image=image, dpi=FAX_TARGET_DPI, notes=[f"fax_prep_{FAX_PREP_VERSION}"])


def _small(image: Image.Image, width: int = 800) -> np.ndarray:
    if image.width > width:
        # Box reduction by an integer factor first: a quarter of the cost of resizing the full page.
        factor = image.width // width
        if factor >= 2:
            image = image.reduce(factor)
        if image.width > width:
            h = max(1, round(image.height * width / image.width))
            image = image.resize((width, h), Image.Resampling.BILINEAR)
    return np.asarray(image, dtype=np.uint8)


def is_blank(image: Image.Image) -> bool:
    """Almost no dark pixels once the borders (scanner edges, punch holes) are ignored."""
    arr = _small(image)
    h, w = arr.shape
    my, mx = max(1, h // 20), max(1, w // 20)
    inner = arr[my : h - my, mx : w - mx]
    if inner.size == 0:
        return True
    dark = inner < 128
    return float(dark.mean()) < BLANK_DARK_FRACTION


def skew_angle(image: Image.Image) -> float:
    """Small skew by projection profile: the angle whose row sums vary most (lines of text align)."""
    arr = _small(image, 500)  # 1 px over the width is 0.11 degrees: finer than the 0.25-degree steps
    ink = (arr < 160).astype(np.uint8) * 255
    if ink.mean() < 0.5:  # too little ink to judge
        return 0.0
    small = Image.fromarray(ink, "L")

    def score(angle: float) -> float:
        rotated = small.rotate(angle, resample=Image.Resampling.NEAREST, expand=False, fillcolor=0)
        rows = np.asarray(rotated, dtype=np.float64).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    # coarse 1-degree steps, then 0.25-degree steps around the best: 18 small rotations in all
    best = max(np.arange(-DESKEW_MAX_DEG, DESKEW_MAX_DEG + 0.01, 1.0), key=score)
    best = max(np.arange(best - 0.75, best + 0.76, 0.25), key=score)
    return float(round(best, 2))


def deskew(image: Image.Image) -> tuple[Image.Image, float]:
    angle = skew_angle(image)
    if abs(angle) < 0.3:
        return image, 0.0
    rotated = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    return rotated, angle
