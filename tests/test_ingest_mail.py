"""E-mails: attachment names (RFC 2231/2047), HTML bodies, forwarded messages, inline images, envelope."""

from __future__ import annotations

import base64
from pathlib import Path

from PIL import Image

from hfk.ingest import samples
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions


def _b64(data: bytes) -> str:
    raw = base64.b64encode(data).decode()
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


BODY_HTML = (
    "<html><head><style>p {color: red}</style></head><body>"
    "<p>Sehr geehrte Damen und Herren,</p>"
    "<p>namens und in Vollmacht meiner Mandantin stelle ich einen Antrag an die Härtefallkommission "
    "des Landes Nordrhein-Westfalen. Die Begründung folgt mit gesondertem Schreiben; beigefügt sind "
    "das ärztliche Attest und die Bescheinigung über die Aussetzung der Abschiebung.</p>"
    "<p>Mit freundlichen Grüßen<br>Schröder, Rechtsanwältin</p></body></html>"
)

FORWARDED_BODY = (
    "Liebe Kolleginnen und Kollegen,\n\nanbei leite ich die Unterlagen der Beratungsstelle weiter. "
    "Die Familie lebt seit acht Jahren in Köln, die Kinder besuchen die Grundschule, der Vater "
    "arbeitet in Vollzeit. Eine Stellungnahme der Schule wird nachgereicht.\n\nViele Grüße\nBeratungsstelle\n"
)


def _mail(tmp_path: Path) -> bytes:
    attest = samples.text_pdf([["Ärztliches Attest", "Diagnose: F43.1 posttraumatische Belastungsstörung"]])
    duldung = samples.text_pdf([["Bescheinigung über die Aussetzung der Abschiebung (Duldung)"]])
    logo = samples.png(Image.new("L", (120, 40), 0))
    scan = samples.png(samples.text_image(["Vollmacht"], size=(1240, 1754), font_px=40), dpi=(150, 150))
    text = f"""Return-Path: <kanzlei@example.org>
From: =?utf-8?q?Kanzlei_Schr=C3=B6der?= <kanzlei@example.org>
To: hfk@example.org
Subject: =?utf-8?q?H=C3=A4rtefallantrag_Beispiel?=
Date: Tue, 04 Mar 2025 10:15:00 +0100
Message-ID: <1@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="AAA"

--AAA
Content-Type: multipart/related; boundary="BBB"

--BBB
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{_b64(BODY_HTML.encode())}
--BBB
Content-Type: image/png
Content-Disposition: inline; filename="logo.png"
Content-ID: <logo>
Content-Transfer-Encoding: base64

{_b64(logo)}
--BBB
Content-Type: image/png
Content-Disposition: inline; filename="Vollmacht Scan.png"
Content-Transfer-Encoding: base64

{_b64(scan)}
--BBB--
--AAA
Content-Type: application/octet-stream
Content-Disposition: attachment; filename*=utf-8''%C3%84rztliches%20Attest.pdf
Content-Transfer-Encoding: base64

{_b64(attest)}
--AAA
Content-Type: message/rfc822
Content-Disposition: attachment; filename="Fwd.eml"

From: beratung@example.net
To: kanzlei@example.org
Subject: Unterlagen
Date: Mon, 03 Mar 2025 09:00:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="CCC"

--CCC
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{FORWARDED_BODY}
--CCC
Content-Type: application/pdf; name="=?utf-8?q?Bescheinigung_=C3=BCber_Duldung=2Epdf?="
Content-Disposition: attachment; filename="=?utf-8?q?Bescheinigung_=C3=BCber_Duldung=2Epdf?="
Content-Transfer-Encoding: base64

{_b64(duldung)}
--CCC--
--AAA--
"""
    return text.replace("\n", "\r\n").encode("utf-8")


def test_mail_with_everything(tmp_path):
    path = tmp_path / "antrag.eml"
    path.write_bytes(_mail(tmp_path))
    submission = ingest([path], IngestOptions(quarantine_dir=str(tmp_path / "q")))
    assert submission.errors == []
    names = [f.name for f in submission.files]
    assert names == [
        "<body>",
        "Vollmacht Scan.png",
        "Ärztliches Attest.pdf",
        "<body 2>",
        "Bescheinigung über Duldung.pdf",
    ]
    files = {f.name: f for f in submission.files}

    body = files["<body>"]
    assert body.is_mail_body and body.from_mail and body.via == "antrag.eml"
    assert "Härtefallkommission" in body.pages[0].text
    assert "<p>" not in body.pages[0].text and "color" not in body.pages[0].text
    assert "Mit freundlichen Grüßen\nSchröder" in body.pages[0].text

    attest = files["Ärztliches Attest.pdf"]
    assert attest.from_mail and not attest.is_mail_body and attest.mime == "application/pdf"
    assert attest.via == "antrag.eml"
    assert "F43.1" in attest.pages[0].text

    forwarded = files["<body 2>"]
    assert forwarded.is_mail_body and "Grundschule" in forwarded.pages[0].text
    assert forwarded.via == "antrag.eml > weitergeleitete Nachricht"
    duldung = files["Bescheinigung über Duldung.pdf"]
    assert duldung.from_mail and "Aussetzung der Abschiebung" in duldung.pages[0].text

    scan = files["Vollmacht Scan.png"]
    assert scan.pages[0].source == "ocr" and "Vollmacht" in scan.pages[0].text

    (mail,) = submission.mails
    assert mail.name == "antrag.eml"
    assert mail.date == "2025-03-04"
    assert mail.sender == "kanzlei@example.org"
    assert mail.subject == "Härtefallantrag Beispiel"


def test_short_body_is_kept_as_a_document_and_no_extension_needed(tmp_path):
    pdf = samples.text_pdf([samples.VOLLMACHT])
    raw = (
        "From: a@example.org\r\nTo: b@example.org\r\nSubject: Vollmacht\r\n"
        "Date: Wed, 05 Mar 2025 23:30:00 -0500\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="X"\r\n\r\n--X\r\n'
        "Content-Type: text/plain; charset=utf-8\r\n\r\nAnbei die Vollmacht.\r\n--X\r\n"
        'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="vollmacht.pdf"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{_b64(pdf)}\r\n--X--\r\n"
    ).encode()
    path = tmp_path / "nachricht"  # no extension: sniffed from content
    path.write_bytes(raw)
    submission = ingest([path], IngestOptions(quarantine_dir=str(tmp_path / "q")))
    assert [f.name for f in submission.files] == ["<body>", "vollmacht.pdf"]
    assert submission.files[0].pages[0].text.strip() == "Anbei die Vollmacht."
    assert submission.mails[0].date == "2025-03-05"  # the sender's own date, not converted
    assert submission.mails[0].subject == "Vollmacht"


def test_bad_attachment_does_not_lose_the_mail(tmp_path):
    raw = (
        "From: a@example.org\r\nSubject: x\r\nDate: Wed, 05 Mar 2025 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="X"\r\n\r\n--X\r\n'
        'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="leer.pdf"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n\r\n--X\r\n"
        'Content-Type: text/plain\r\nContent-Disposition: attachment; filename="notiz.txt"\r\n\r\n'
        "Bitte um Rückruf wegen der Vollmacht.\r\n--X--\r\n"
    ).encode()
    path = tmp_path / "m.eml"
    path.write_bytes(raw)
    submission = ingest([path], IngestOptions(quarantine_dir=str(tmp_path / "q")))
    assert [f.name for f in submission.files] == ["notiz.txt"]
    assert submission.files[0].from_mail
    assert [(e.file, e.error[:19]) for e in submission.errors] == [("leer.pdf", "Datei ist leer (0 B")]
