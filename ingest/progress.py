"""Progress of long ingest work for a terminal: one self-updating bar line, or plain lines when not a tty."""

from __future__ import annotations

import re
import sys
import time
from typing import TextIO

# "OCR Seite 3/40 (scan.pdf, S. 3)" — see hfk.ingest.ocr.progress_message
_COUNT = re.compile(r"^OCR Seite (\d+)/(\d+)\b")
BAR_WIDTH = 28


def parse_count(message: str) -> tuple[int, int] | None:
    """(done, total) of an OCR progress message, None for other messages."""
    match = _COUNT.match(message)
    return (int(match.group(1)), int(match.group(2))) if match else None


class TerminalProgress:
    """A progress callback for ingest(progress=...).

    On a terminal, OCR page messages redraw one line ("\\r") with a bar, pages done/total, elapsed
    time and an estimate of the rest; other messages are printed as lines above it. On anything else
    (a log file, a pipe) every message is one plain line, as before. Call close() when done.
    """

    def __init__(self, stream: TextIO | None = None, prefix: str = "  ", tty: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.prefix = prefix
        self.tty = self._is_tty() if tty is None else tty
        self.started = time.monotonic()
        self.bar_shown = False
        self.width = 0

    def _is_tty(self) -> bool:
        try:
            return self.stream.isatty()
        except (AttributeError, ValueError):
            return False

    def __call__(self, message: str) -> None:
        count = parse_count(message) if self.tty else None
        if count is None:
            self._clear()
            self.stream.write(f"{self.prefix}{message}\n")
            self.stream.flush()
            if self.tty and message.startswith("OCR von "):
                self.started = time.monotonic()  # the clock of the bar starts with the OCR
            return
        self._draw(*count)

    def _draw(self, done: int, total: int) -> None:
        total = max(total, 1)
        filled = round(BAR_WIDTH * min(done, total) / total)
        elapsed = time.monotonic() - self.started
        rest = elapsed / done * (total - done) if done else 0.0
        line = (
            f"{self.prefix}OCR [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} Seiten"
            f"  {_clock(elapsed)}" + (f"  noch ca. {_clock(rest)}" if done < total else "")
        )
        pad = " " * max(0, self.width - len(line))
        self.stream.write("\r" + line + pad)
        self.width = len(line)
        self.bar_shown = True
        if done >= total:
            self.stream.write("\n")
            self.bar_shown = False
            self.width = 0
        self.stream.flush()

    def _clear(self) -> None:
        if self.bar_shown:
            self.stream.write("\r" + " " * self.width + "\r")
            self.bar_shown = False
            self.width = 0

    def close(self) -> None:
        """End an unfinished bar line (e.g. after an error), so the next output starts cleanly."""
        if self.bar_shown:
            self.stream.write("\n")
            self.stream.flush()
            self.bar_shown = False


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"
