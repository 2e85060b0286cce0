"""Large containers are not held in memory several times over: ZIP members and mail attachments are
spooled to the private temporary folder, big mails and ZIPs are read from their files."""

from __future__ import annotations

import io
import random
import subprocess
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from hfk.ingest import samples

MB = 1 << 20

# Measured before spooling (100 MB ZIP of four 25 MB PDFs, 135 MB mail with the same as attachments):
# ZIP +228 MiB, mail +1012 MiB over the process's own size; after: +103 MiB and +318 MiB.
_CHILD = """
import resource, sys
from pathlib import Path
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
s = ingest([Path(sys.argv[1])], IngestOptions(quarantine_dir=sys.argv[2], max_file_bytes=400 << 20))
assert not s.errors, s.errors
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(s.files), (peak - base) // 1024)
"""


def _big_pdf(seed: int, size: int) -> bytes:
    """A one-page born-digital PDF carrying an incompressible embedded file (no OCR, real bytes)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(samples.text_pdf([samples.VOLLMACHT]))))
    writer.add_attachment(f"anlage{seed}.bin", random.Random(seed).randbytes(size))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _extra_mib(path: Path, tmp_path: Path) -> tuple[int, int]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(tmp_path / "q")],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    files, extra = out.stdout.split()
    return int(files), int(extra)


@pytest.mark.slow
def test_big_zip_and_mail_peak_memory_stays_near_one_copy(tmp_path):
    pdfs = [_big_pdf(k, 15 * MB) for k in range(4)]
    archive = tmp_path / "paket.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zf:
        for k, pdf in enumerate(pdfs):
            zf.writestr(f"teil{k}.pdf", pdf)
    mail = EmailMessage()
    mail["From"] = "kanzlei@example.org"
    mail["Subject"] = "Unterlagen"
    mail.set_content("Anbei die Unterlagen.")
    for k, pdf in enumerate(pdfs):
        mail.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"teil{k}.pdf")
    eml = tmp_path / "antrag.eml"
    eml.write_bytes(mail.as_bytes())

    files, extra = _extra_mib(archive, tmp_path)
    assert files == 4
    # one member at a time (plus the PDF reader's work), not archive + all members (was 2.3 x)
    assert extra < 1.5 * archive.stat().st_size / MB

    files, extra = _extra_mib(eml, tmp_path)
    assert files == 5  # body and four attachments
    # the mail parser's own copy and one attachment at a time (was 7.5 x the mail's size)
    assert extra < 3.5 * eml.stat().st_size / MB
