"""Tesseract through its C API (libtesseract via ctypes): the language model is loaded once per worker.

The `tesseract` command loads deu+eng afresh for every page: measured 0.25 s of CPU per page, about a
tenth of a 300-dpi page's whole OCR time. A worker process keeps one engine per language set instead
and hands each page's pixels over in memory (no image file is written or read). Results equal the
command's: the same engine, page segmentation mode 3, the page's dpi, and the adaptive classifier is
cleared before every page, as in a fresh process (otherwise a page's text would depend on which pages
its worker read before). A deadline in the engine's monitor stops recognition at the page's budget.
If the library cannot be loaded, `available()` is False and the caller runs the command instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import time

from PIL import Image

log = logging.getLogger(__name__)

TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
PSM_AUTO = 3  # the command's default: automatic page segmentation, no OSD
_LIBRARY_NAMES = ("libtesseract.so.5", "libtesseract.so")


class EngineError(RuntimeError):
    """The engine could not be started or failed on a page (no content in the message)."""


class DeadlineExceeded(RuntimeError):
    """Recognition was stopped at the page's deadline."""


_lib: ctypes.CDLL | None = None
_lib_failed = False
_engines: dict[str, int] = {}  # languages -> TessBaseAPI handle, per process


def _load_library() -> ctypes.CDLL | None:
    global _lib, _lib_failed
    if _lib is not None or _lib_failed:
        return _lib
    if os.environ.get("HFK_TESSERACT_CLI"):  # escape hatch: force the command (comparison, debugging)
        _lib_failed = True
        return None
    lib = None
    for name in (*_LIBRARY_NAMES, ctypes.util.find_library("tesseract")):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
            break
        except OSError:
            continue
    if lib is None:
        _lib_failed = True
        return None
    try:
        vp, cp, ci = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        lib.TessVersion.restype = cp
        lib.TessBaseAPICreate.restype = vp
        lib.TessBaseAPIInit3.argtypes = [vp, cp, cp]
        lib.TessBaseAPIInit3.restype = ci
        lib.TessBaseAPISetPageSegMode.argtypes = [vp, ci]
        lib.TessBaseAPISetVariable.argtypes = [vp, cp, cp]
        lib.TessBaseAPISetVariable.restype = ci
        lib.TessBaseAPISetImage.argtypes = [vp, ctypes.c_char_p, ci, ci, ci, ci]
        lib.TessBaseAPISetSourceResolution.argtypes = [vp, ci]
        lib.TessBaseAPIClearAdaptiveClassifier.argtypes = [vp]
        lib.TessBaseAPIRecognize.argtypes = [vp, vp]
        lib.TessBaseAPIRecognize.restype = ci
        lib.TessBaseAPIGetTsvText.argtypes = [vp, ci]
        lib.TessBaseAPIGetTsvText.restype = ctypes.POINTER(ctypes.c_char)
        lib.TessDeleteText.argtypes = [ctypes.POINTER(ctypes.c_char)]
        lib.TessBaseAPIClear.argtypes = [vp]
        lib.TessBaseAPIDelete.argtypes = [vp]
        lib.TessMonitorCreate.restype = vp
        lib.TessMonitorDelete.argtypes = [vp]
        lib.TessMonitorSetDeadlineMSecs.argtypes = [vp, ci]
        version = (lib.TessVersion() or b"").decode("ascii", "replace")
        if not version.startswith(("4.", "5.")):
            raise OSError(f"unsupported libtesseract {version}")
    except (AttributeError, OSError) as exc:
        log.warning("libtesseract unusable (%s): using the tesseract command", type(exc).__name__)
        _lib_failed = True
        return None
    _lib = lib
    return lib


def available() -> bool:
    return _load_library() is not None


def _engine(languages: str) -> int:
    handle = _engines.get(languages)
    if handle:
        return handle
    lib = _load_library()
    if lib is None:
        raise EngineError("libtesseract not available")
    handle = lib.TessBaseAPICreate()
    if not handle:
        raise EngineError("TessBaseAPICreate failed")
    if lib.TessBaseAPIInit3(handle, None, languages.encode("ascii")) != 0:
        lib.TessBaseAPIDelete(handle)
        raise EngineError("TessBaseAPIInit3 failed (language data missing?)")
    lib.TessBaseAPISetPageSegMode(handle, PSM_AUTO)
    # The engine's own chatter ("Detected 209 diacritics") would go to the worker's stderr, past
    # hfk's logging and into the office's terminal or journal: send it nowhere.
    lib.TessBaseAPISetVariable(handle, b"debug_file", os.devnull.encode("ascii"))
    _engines[languages] = handle
    return handle


def tsv(image: Image.Image, dpi: int, languages: str, timeout_s: float) -> str:
    """Tesseract's TSV for one grey page (mode "L"); DeadlineExceeded after timeout_s seconds."""
    lib = _load_library()
    if lib is None:
        raise EngineError("libtesseract not available")
    if image.mode != "L":
        image = image.convert("L")
    handle = _engine(languages)
    pixels = image.tobytes()  # kept referenced until Recognize is done: the engine reads it in place
    lib.TessBaseAPIClearAdaptiveClassifier(handle)
    lib.TessBaseAPISetImage(handle, pixels, image.width, image.height, 1, image.width)
    lib.TessBaseAPISetSourceResolution(handle, int(dpi))
    monitor = lib.TessMonitorCreate()
    started = time.monotonic()
    try:
        lib.TessMonitorSetDeadlineMSecs(monitor, max(1, int(timeout_s * 1000)))
        status = lib.TessBaseAPIRecognize(handle, monitor)
        if status != 0:
            if time.monotonic() - started >= timeout_s * 0.9:
                raise DeadlineExceeded("recognition stopped")
            raise EngineError(f"Recognize returned {status}")
        raw = lib.TessBaseAPIGetTsvText(handle, 0)
        try:
            text = ctypes.string_at(raw).decode("utf-8", "replace") if raw else ""
        finally:
            if raw:
                lib.TessDeleteText(raw)
    finally:
        lib.TessMonitorDelete(monitor)
        lib.TessBaseAPIClear(handle)
    del pixels
    # The command's TSV renderer writes a header line; GetTsvText does not: keep one format.
    return TSV_HEADER + text
