"""The one exception type of the ingest stage: a file cannot be read, with a German reason."""

from __future__ import annotations


class FileRejected(Exception):
    """Raised by the readers; intake turns it into an IngestError and quarantines the bytes.

    The message is German, says what is wrong and what to do, and never quotes document text.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def unexpected(exc: BaseException) -> str:
    """German message for an exception we did not foresee (class name only, no content)."""
    return (
        f"Datei konnte nicht gelesen werden (interner Fehler {type(exc).__name__}). "
        "Bitte die Datei prüfen und ggf. in anderem Format (PDF) erneut anfordern."
    )
