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
FAX_PREP_VERSION = "fax2"
FAX_DPI_RANGE = (180.0, 220.0)  # horizontal fax resolution is 204 dpi (8 dots per mm)
FAX_TARGET_DPI = 300
# Measured on 80 fax pages from train templates (40 fine, 40 normal), real Tesseract: one BILINEAR
# step to 300 dpi plus a 0.8 px Gaussian blur turns the staircase edges of the 1-bit glyphs (and
# LANCZOS's ringing around them) into smooth grey ramps, which Tesseract's binarisation prefers.
FAX_FILTER = Image.Resampling.BILINEAR
FAX_BLUR_RADIUS = 0.8
# Table rules on fax pages (preparation fax2). Tesseract reads the grid of a ruled table on a fax as
# dashes and bars, glues rule pieces to names ("—T Trebwar lBerivan") or reads the columns apart.
# fax_prepare paints long thin horizontal and vertical runs of ink white on the page at its native
# resolution, before resampling: ink is already decided there (1 bit) and the page has a quarter of the
# pixels of the 300-dpi copy. Rules on faxes are broken and dotted (a 0.5 pt line is one pixel before
# thresholding), so a rule is found per strip along it from its ink share, not from one long run.
# Lengths are in mm, so fine (204 x 196 dpi) and normal (204 x 98 dpi) pages are judged alike.
# Measured on 30 fax-only cases from train templates (seed 50, 242 pages): persons right on faxes 0.855
# -> 0.971, page classes unchanged (1.0); fax_prepare costs about 70 ms more CPU a page (skew estimate
# and rules), some 2 % of Tesseract's time on it, and Tesseract reads the cleaned page about 7 % faster.
FAX_RULE_STRIP_MM = 20.0  # a rule is judged per strip of this length along it
FAX_RULE_FILL = 0.15  # a horizontal rule inks at least this share of a strip (table rules on faxes: 0.2-0.7)
FAX_RULE_FILL_WEAK = 0.04  # ...or this share in a strip next to one of it (its dotted, thinned-out pieces)
FAX_RULE_FILL_VERTICAL = 0.3  # vertical rules: a letter's stem is at most 3 mm of the 20 mm strip
FAX_RULE_SIDE_RATIO = 0.35  # rows just beside a rule hold at most this share of its ink (text: more)
FAX_RULE_ATTACHED = 0.2  # at most this share of its pixels touch ink right above/below (a glyph's strokes do)
FAX_RULE_BANDS = (3, 5)  # rows a rule may fill at 196/204 dpi (0.5-pt grid: 1-2, 1.2 pt: 3-4)
FAX_RULE_BANDS_LOW = (2, 3)  # the same at 98 dpi (normal-mode faxes)
FAX_RULE_MIN_RUN_MM = 4.0  # a vertical rule piece is this long; a capital or ascender at 11 pt is < 3 mm


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
    """A fax page to grey at FAX_TARGET_DPI: table rules painted white, then one resampling step.

    Measured on fax pages rendered from train templates (see FAX_* constants for the figures).
    """
    dpi = declared_dpi(image)
    assert dpi is not None  # is_fax_like checked it
    image = to_gray(image)
    grey = np.asarray(image)
    rules = fax_rule_mask(grey < 128, dpi, skew_angle(image))
    if rules.any():
        image = Image.fromarray(np.where(rules, np.uint8(255), grey), "L")
    size = (round(image.width * FAX_TARGET_DPI / dpi[0]), round(image.height * FAX_TARGET_DPI / dpi[1]))
    image = image.resize(size, FAX_FILTER).filter(ImageFilter.GaussianBlur(FAX_BLUR_RADIUS))
    return Prepared(image=image, dpi=FAX_TARGET_DPI, notes=[f"fax_prep_{FAX_PREP_VERSION}"])


def _union_rows(ink: np.ndarray, k: int) -> np.ndarray:
    """u[r] = ink[r] | ... | ink[r + k - 1]: a rule that steps one row (a skewed page) stays one band."""
    u = ink.copy()
    for i in range(1, k):
        u[:-i] |= ink[i:]
    return u


def _strip_counts(a: np.ndarray, strip: int, n: int) -> np.ndarray:
    return a[:, : n * strip].reshape(a.shape[0], n, strip).sum(axis=2, dtype=np.int32)


def _near(m: np.ndarray, step: int) -> np.ndarray:
    """Bands next to a marked one in the strip to the left or right, at the height the page's skew
    moves a rule to from one strip to the next (step rows), give or take two rows."""
    v = m.copy()
    for d in (1, 2):
        v[d:] |= m[:-d]
        v[:-d] |= m[d:]
    out = np.zeros_like(m)
    out[:, :-1] |= _shift_rows(v[:, 1:], step)  # right neighbour: the rule is step rows lower there
    out[:, 1:] |= _shift_rows(v[:, :-1], -step)
    return out


def _shift_rows(a: np.ndarray, d: int) -> np.ndarray:
    """s[r] = a[r + d]; rows outside are empty."""
    if d == 0:
        return a
    s = np.zeros_like(a)
    if abs(d) >= a.shape[0]:
        return s
    if d > 0:
        s[:-d] = a[d:]
    else:
        s[-d:] = a[:d]
    return s


def _rule_bands(
    ink: np.ndarray,
    row_sums: np.ndarray,
    strip: int,
    band: int,
    fill: float,
    step: int,
    need_neighbour: bool,
) -> tuple[np.ndarray, np.ndarray]:
    """(H, strips) mask of rows r where rows r .. r+band-1 of a strip hold a thin rule, and the band union.

    row_sums: cumulative ink per strip down the rows (H + 1, strips). step: rows a rule drops from one
    strip to the next on the skewed page. need_neighbour: a strong band counts only if the rule goes on
    in a strip next to it (horizontal rules; vertical ones are often one table row long).
    """
    h, _w = ink.shape
    n = ink.shape[1] // strip
    u = _union_rows(ink, band)
    b = _strip_counts(u, strip, n)
    outside = np.zeros_like(ink)  # ink right above or right below the band
    outside[1:] = ink[:-1]
    outside[: h - band] |= ink[band:]
    touching = _strip_counts(u & outside, strip, n)
    # rows band+1 .. 2*band beside the band on either side (one row of slack for a skewed rule)
    above = np.zeros_like(b)  # b of the band that ends one row above this one
    above[band + 1 :] = b[: h - band - 1]
    below = np.zeros_like(b)
    below[: h - band - 1] = b[band + 1 :]
    thin = (np.maximum(above, below) <= FAX_RULE_SIDE_RATIO * b) & (touching <= FAX_RULE_ATTACHED * b)
    # the band start that holds the most ink (summed over its rows: a rule thinner than the band fills
    # the union of several overlapping bands, but only the ones that hold all of it peak in the sum)
    total = row_sums[np.minimum(np.arange(h) + band, h)] - row_sums[:h]
    peak = np.ones_like(thin)
    peak[1:] &= total[1:] >= total[:-1]
    peak[:-1] &= total[:-1] > total[1:]
    thin &= peak
    strong = thin & (b >= fill * strip)
    # A rule runs on into the next strip at about the same height; a text baseline that looks thin in
    # one strip does not. So a strong band needs a neighbour, and weak (thinned-out) pieces join a chain.
    # A vertical rule's end piece shares its strip with the text above or below the table (aligned at
    # the same margin), so it is neither thin nor the peak there: next to a rule found in the next
    # strip any band with some ink goes on; only its long runs are cleared (see caller).
    weak = (thin if need_neighbour else np.ones_like(thin)) & (b >= FAX_RULE_FILL_WEAK * strip)
    keep = strong & _near(weak, step) if need_neighbour else strong
    for _ in range(4):
        keep |= weak & _near(keep, step)
    return keep, u


def _long_runs(line: np.ndarray, max_gap: int, min_len: int) -> np.ndarray:
    """The positions of a 1-D mask that lie in runs of at least min_len (gaps up to max_gap bridged)."""
    out = np.zeros_like(line)
    idx = np.flatnonzero(line)
    if idx.size == 0:
        return out
    breaks = np.flatnonzero(np.diff(idx) > max_gap + 1)
    for a, e in zip(np.r_[idx[0], idx[breaks + 1]], np.r_[idx[breaks], idx[-1]], strict=True):
        if e - a + 1 >= min_len:
            out[a : e + 1] = True
    return out


def _rules_along_rows(
    a: np.ndarray, dpi_along: float, dpi_across: float, slope: float, vertical: bool
) -> np.ndarray:
    """The pixels of rules that run along the rows of a (slope: rows per column on the skewed page)."""
    h, w = a.shape
    strip = max(8, round(FAX_RULE_STRIP_MM / 25.4 * dpi_along))
    cleared = np.zeros_like(a)
    # Rule thickness in rows across it: a 0.5-pt grid line is 1-2 rows, a 1.2-pt letterhead rule or
    # a row of underscores 3-4 rows at 196/204 dpi. Each band height finds the rules it contains.
    heights = FAX_RULE_BANDS_LOW if dpi_across < 150 else FAX_RULE_BANDS
    if w < strip or h < 4 * max(heights):
        return cleared  # a sliver, not a page: nothing to judge
    n = w // strip
    fill = FAX_RULE_FILL_VERTICAL if vertical else FAX_RULE_FILL
    min_run = round(FAX_RULE_MIN_RUN_MM / 25.4 * dpi_along)
    row_sums = np.zeros((h + 1, n), np.int32)
    np.cumsum(_strip_counts(a, strip, n), axis=0, out=row_sums[1:])
    found = np.zeros((h, n), bool)  # rules already found with a narrower band
    for band in heights:
        bands, union = _rule_bands(a, row_sums, strip, band, fill, round(slope * strip), not vertical)
        # A wider band only for rules the narrower one missed: around a thin rule it would also take
        # the stem of a letter that stands right beside it.
        bands &= ~found
        grown = bands.copy()
        for d in range(1, band + 1):
            grown[d:] |= bands[:-d]
            grown[:-d] |= bands[d:]
        found |= grown
        runs: dict[int, np.ndarray] = {}
        for r, s in zip(*np.nonzero(bands), strict=True):
            x0, x1 = s * strip, (w if s == n - 1 else (s + 1) * strip)
            r1 = min(h, r + band)
            above = a[r - 1, x0:x1] if r > 0 else np.zeros(x1 - x0, bool)
            below = a[r1, x0:x1] if r1 < h else np.zeros(x1 - x0, bool)
            if vertical:
                # Text in a cell often touches the border beside it (the arm of an "r" at the end of a
                # long word): where ink meets the band from either side, the band keeps its pixels.
                clear = ~(above | below)
                if r not in runs:
                    runs[r] = _long_runs(union[r], 3, min_run)
                clear &= runs[r][x0:x1]
            else:
                clear = ~(above & below)  # a letter's stroke crossing the rule keeps its pixels
            cleared[r:r1, x0:x1] |= a[r:r1, x0:x1] & clear
    return cleared


def fax_rule_mask(ink: np.ndarray, dpi: tuple[float, float], skew: float | None = None) -> np.ndarray:
    """The pixels of table rules, box borders and form lines on a fax page (ink: True = black).

    skew: the page's skew in degrees as skew_angle measures it (measured here if not given): a rule
    is followed from strip to strip at the height the skew moves it to. Horizontal rules first, then
    vertical ones on what is left (so a crossing goes with the vertical rule). A pixel of a rule with ink right
    above and right below (a letter's stroke crossing the rule) stays; a vertical rule is cleared only
    along runs of FAX_RULE_MIN_RUN_MM, so a letter's stem in line with a table border stays.
    """
    dpi = (float(dpi[0]), float(dpi[1]))
    if skew is None:
        skew = skew_angle(Image.fromarray(np.where(ink, np.uint8(0), np.uint8(255)), "L"))
    slope = float(np.tan(np.radians(skew)))  # rows per column of a horizontal line, in pixels
    left = ink & ~_rules_along_rows(ink, dpi[0], dpi[1], slope, False)
    columns = np.ascontiguousarray(left.T)  # row-wise sums are the fast ones
    # a vertical line drifts -slope * (dpi_x / dpi_y)^2 columns per row on an anisotropic page
    slope_v = -slope * (dpi[0] / dpi[1]) ** 2
    vertical = _rules_along_rows(columns, dpi[1], dpi[0], slope_v, True).T
    left &= ~vertical
    # A skewed vertical rule steps sideways within a strip: the pixels it leaves beside the cleared band
    # are specks one or two pixels wide right next to it (read as "," or "|"). A letter's stem beside
    # a border is wider than that and stays.
    beside = np.zeros_like(vertical)
    for d in (1, 2):
        beside[:, d:] |= vertical[:, :-d]
        beside[:, :-d] |= vertical[:, d:]
    wide = np.zeros_like(left)  # pixels in a horizontal run of three or more
    triple = left[:, :-2] & left[:, 1:-1] & left[:, 2:]
    wide[:, :-2] |= triple
    wide[:, 1:-1] |= triple
    wide[:, 2:] |= triple
    left &= ~(beside & ~wide)
    return ink & ~left


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
