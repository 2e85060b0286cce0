"""Outlook .msg: generated CFB files read by extract-msg; body, attachments, nested messages, damage."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import extract_msg
import olefile

from hfk.ingest import samples
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions
from hfk.ingest.sniff import sniff


def _options(tmp_path: Path) -> IngestOptions:
    return IngestOptions(quarantine_dir=str(tmp_path / "q"))


def _pdf(lines: list[str]) -> bytes:
    return samples.text_pdf([lines])


def _nested_msg() -> bytes:
    inner = samples.msg_tree(
        "WG: Bescheid",
        "Anbei der Bescheid des Bundesamts.",
        [("bescheid.pdf", _pdf(samples.LETTER))],
        embedded=True,
    )
    return samples.outlook_msg(
        "Antrag Härtefall",
        "Sehr geehrte Damen und Herren,\nanbei die Vollmacht und der Bescheid.",
        [("../../etc/Voll\x07macht.pdf", _pdf(samples.VOLLMACHT)), ("weiter.msg", inner)],
        sender="kanzlei@example.org",
        date=(2025, 3, 14),
    )


def test_generated_msg_is_a_valid_compound_file():
    data = _nested_msg()
    assert data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and len(data) % 512 == 0
    ole = olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT)
    streams = {"/".join(p) for p in ole.listdir()}
    assert "__substg1.0_0037001F" in streams and "__properties_version1.0" in streams
    assert "__attach_version1.0_#00000000/__substg1.0_37010102" in streams
    # a PDF attachment is larger than the mini-stream cutoff: it lives in ordinary sectors
    assert ole.openstream("__attach_version1.0_#00000000/__substg1.0_37010102").read()[:5] == b"%PDF-"
    assert ole.get_size("__attach_version1.0_#00000000/__substg1.0_37010102") >= 4096
    assert ole.openstream("__substg1.0_0037001F").read().decode("utf-16-le") == "Antrag Härtefall"


def test_extract_msg_reads_the_generated_file():
    msg = extract_msg.openMsg(_nested_msg())
    try:
        assert msg.subject == "Antrag Härtefall"
        assert msg.body.startswith("Sehr geehrte Damen und Herren")
        assert msg.date.date().isoformat() == "2025-03-14"
        first, second = msg.attachments
        assert first.longFilename == "../../etc/Voll\x07macht.pdf"
        assert first.data[:5] == b"%PDF-"
        inner = second.data
        assert inner.subject == "WG: Bescheid"
        assert [a.longFilename for a in inner.attachments] == ["bescheid.pdf"]
    finally:
        msg.close()


def test_msg_body_attachments_and_forwarded_message_are_read(tmp_path):
    data = _nested_msg()
    assert sniff(data, "ohne-endung").kind == "msg"  # by content, although a PDF follows the header
    path = tmp_path / "antrag.msg"
    path.write_bytes(data)
    submission = ingest([path], _options(tmp_path))
    assert submission.errors == []
    names = [f.name for f in submission.files]
    assert names == ["<body>", "Vollmacht.pdf", "<body 2>", "bescheid.pdf"]
    body, vollmacht, body2, bescheid = submission.files
    assert body.is_mail_body and "anbei die Vollmacht" in body.pages[0].text
    assert vollmacht.from_mail and vollmacht.via == "antrag.msg"
    assert "bevollmächtige" in vollmacht.pages[0].text  # the attachment went through the PDF reader
    assert body2.via == "antrag.msg > weitergeleitete Nachricht"
    assert "Bundesamt" in bescheid.pages[0].text and bescheid.via == body2.via
    (mail,) = submission.mails
    assert (mail.name, mail.subject, mail.sender, mail.date) == (
        "antrag.msg",
        "Antrag Härtefall",
        "kanzlei@example.org",
        "2025-03-14",
    )


def test_broken_msg_is_a_german_error_and_the_rest_goes_on(tmp_path):
    broken = tmp_path / "kaputt.msg"
    broken.write_bytes(_nested_msg()[:3000])  # transfer cut off: the directory is lost
    good = tmp_path / "vollmacht.pdf"
    good.write_bytes(_pdf(samples.VOLLMACHT))
    submission = ingest([broken, good], _options(tmp_path))
    assert [f.name for f in submission.files] == ["vollmacht.pdf"]
    (error,) = submission.errors
    assert error.file == "kaputt.msg"
    assert "Outlook-Nachricht (.msg) ist beschädigt" in error.error and ".eml" in error.error
    assert Path(error.quarantined).read_bytes() == broken.read_bytes()


def test_msg_inside_a_zip_and_attached_to_an_eml(tmp_path):
    data = samples.outlook_msg("Unterlagen", "Siehe Anhang.", [("pass.pdf", _pdf(samples.LETTER))])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mails/nachricht.msg", data)
    mail = EmailMessage()
    mail["From"] = "beratung@example.org"
    mail["Subject"] = "Weiterleitung"
    mail.set_content("Die Outlook-Datei liegt bei.")
    mail.add_attachment(data, maintype="application", subtype="vnd.ms-outlook", filename="alt.msg")
    (tmp_path / "paket.zip").write_bytes(buf.getvalue())
    (tmp_path / "weiter.eml").write_bytes(mail.as_bytes())
    submission = ingest([tmp_path / "paket.zip", tmp_path / "weiter.eml"], _options(tmp_path))
    assert submission.errors == []
    vias = [(f.name, f.via) for f in submission.files if f.name == "pass.pdf"]
    assert vias == [("pass.pdf", "paket.zip > nachricht.msg"), ("pass.pdf", "weiter.eml > alt.msg")]


def test_container_signature_wins_over_a_pdf_header_inside():
    """A stored ZIP or a .msg carries a PDF member a few bytes in: the container is what arrived."""
    pdf = _pdf(samples.VOLLMACHT)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("a.pdf", pdf)
        zf.writestr("b.pdf", pdf)
    assert b"%PDF-" in buf.getvalue()[:1024]
    assert sniff(buf.getvalue(), "paket.zip").kind == "zip"
    assert sniff(samples.outlook_msg("x", "y", [("a.pdf", pdf)]), "x.msg").kind == "msg"
    assert sniff(pdf, "a.pdf").kind == "pdf"
