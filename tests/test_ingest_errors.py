"""Unreadable, hostile and odd inputs: each becomes an IngestError with a quarantined copy; the rest goes on."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from hfk.ingest import samples
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions, Submission


def _options(tmp_path: Path, **kw) -> IngestOptions:
    return IngestOptions(quarantine_dir=str(tmp_path / "quarantine"), **kw)


def _encrypted(user_password: str) -> bytes:
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(samples.text_pdf([samples.VOLLMACHT]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="eigentuemer", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _run(tmp_path: Path, files: dict[str, bytes], **kw) -> Submission:
    inbox = tmp_path / "in"
    inbox.mkdir(exist_ok=True)
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    return ingest([inbox / name for name in files], _options(tmp_path, **kw))


def _assert_quarantined(error, tmp_path: Path) -> dict:
    assert error.quarantined, error
    path = Path(error.quarantined)
    assert path.exists() and path.parent == tmp_path / "quarantine"
    sidecar = json.loads(Path(error.quarantined + ".json").read_text(encoding="utf-8"))
    assert sidecar["reason"] == error.error and len(sidecar["sha256"]) == 64 and sidecar["quarantined_at"]
    return sidecar


def test_encrypted_pdf_is_quarantined(tmp_path):
    submission = _run(tmp_path, {"geschuetzt.pdf": _encrypted("geheim")})
    assert submission.files == []
    (error,) = submission.errors
    assert error.file == "geschuetzt.pdf"
    assert error.error.startswith("PDF ist verschlüsselt") and "anfordern" in error.error
    sidecar = _assert_quarantined(error, tmp_path)
    assert sidecar["file"] == "geschuetzt.pdf"
    assert Path(error.quarantined).read_bytes() == _encrypted_bytes_of(tmp_path)


def _encrypted_bytes_of(tmp_path: Path) -> bytes:
    return (tmp_path / "in" / "geschuetzt.pdf").read_bytes()


def test_pdf_with_empty_user_password_is_read(tmp_path):
    submission = _run(tmp_path, {"nur_rechte.pdf": _encrypted("")})
    assert submission.errors == []
    (f,) = submission.files
    assert f.pages[0].source == "text" and "Vollmacht" in f.pages[0].text


def test_truncated_pdf_does_not_stop_the_others(tmp_path):
    good = samples.text_pdf([samples.LETTER])
    submission = _run(tmp_path, {"kaputt.pdf": good[: len(good) // 2], "gut.pdf": good})
    assert [f.name for f in submission.files] == ["gut.pdf"]
    assert "Bundesamt" in submission.files[0].pages[0].text
    (error,) = submission.errors
    assert error.file == "kaputt.pdf" and "beschädigt" in error.error
    _assert_quarantined(error, tmp_path)


def test_zero_byte_file(tmp_path):
    submission = _run(tmp_path, {"leer.pdf": b""})
    (error,) = submission.errors
    assert error.error.startswith("Datei ist leer (0 Byte)")
    _assert_quarantined(error, tmp_path)


def test_too_large_and_too_many_pages(tmp_path):
    pdf = samples.text_pdf([["Seite eins mit genug Buchstaben für den Textlayer"]] * 3)
    submission = _run(tmp_path, {"viele.pdf": pdf}, max_pages=2)
    assert "3 Seiten" in submission.errors[0].error
    submission = _run(tmp_path, {"gross.pdf": pdf}, max_file_bytes=100)
    assert "zu groß" in submission.errors[0].error


def test_missing_path_is_an_error(tmp_path):
    submission = ingest([tmp_path / "gibt_es_nicht.pdf"], _options(tmp_path))
    assert submission.errors[0].file == "gibt_es_nicht.pdf" and "nicht gefunden" in submission.errors[0].error


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_bomb_is_rejected(tmp_path):
    bomb = _zip({"a.txt": b"0" * 5_000_000})
    assert len(bomb) < 20_000
    submission = _run(
        tmp_path,
        {"bombe.zip": bomb, "gut.pdf": samples.text_pdf([samples.VOLLMACHT])},
        zip_max_total_bytes=1_000_000,
    )
    assert [f.name for f in submission.files] == ["gut.pdf"]
    (error,) = submission.errors
    assert error.file == "bombe.zip" and "ZIP-Bombe" in error.error
    _assert_quarantined(error, tmp_path)


def test_zip_bomb_with_lying_header_is_rejected(tmp_path):
    """Declared sizes say 10 bytes; the actual decompressed count must stop it."""
    data = bytearray(_zip({"a.txt": b"0" * 3_000_000}))
    # patch uncompressed size in local header (offset 22) and central directory entry
    real = (3_000_000).to_bytes(4, "little")
    fake = (10).to_bytes(4, "little")
    data = data.replace(real, fake)
    submission = _run(tmp_path, {"luege.zip": bytes(data)}, zip_max_total_bytes=1_000_000)
    assert submission.files == []
    (error,) = submission.errors
    # Python's zipfile stops at the declared size and then fails the CRC; either way no crash
    assert error.file == "a.txt" and "beschädigt" in error.error
    assert Path(error.quarantined).read_bytes() == bytes(data)  # the whole archive is kept


def test_too_many_zip_members(tmp_path):
    submission = _run(
        tmp_path, {"viele.zip": _zip({f"{i}.txt": b"x" * 300 for i in range(20)})}, zip_max_members=5
    )
    assert "mehr als 5 Dateien" in submission.errors[0].error


def test_nested_zip_and_depth_limit(tmp_path):
    pdf = samples.text_pdf([samples.VOLLMACHT])
    inner = _zip({"unterlagen/vollmacht.pdf": pdf})
    outer = _zip({"innen.zip": inner, "brief.txt": b"Sehr geehrte Damen und Herren, anbei die Vollmacht."})
    submission = _run(tmp_path, {"aussen.zip": outer})
    assert submission.errors == []
    by_name = {f.name: f for f in submission.files}
    assert set(by_name) == {"vollmacht.pdf", "brief.txt"}
    assert by_name["vollmacht.pdf"].via == "aussen.zip > innen.zip"
    assert "Vollmacht" in by_name["vollmacht.pdf"].pages[0].text

    deep = _zip({"x.zip": _zip({"y.zip": _zip({"z.pdf": pdf})})})
    submission = _run(tmp_path, {"tief.zip": deep}, zip_max_depth=2)
    assert submission.files == []
    assert submission.errors[0].file == "y.zip" and "verpackt" in submission.errors[0].error


def test_hostile_member_names_never_become_paths(tmp_path):
    pdf = samples.text_pdf([samples.VOLLMACHT])
    archive = _zip(
        {
            "../../etc/passwd": b"root:x:0:0:root:/root:/bin/bash\n" * 20,
            "..\\..\\boese.pdf": _encrypted("geheim"),
            "sub/\x07\x1bname\x7f.pdf": pdf,
            "a\x00b/c.pdf": pdf,  # zipfile itself cuts the name at NUL: "a"
            "__MACOSX/._name.pdf": b"junk",
            ".DS_Store": b"junk",
        }
    )
    work = tmp_path / "work"
    work.mkdir()
    submission = _run(work, {"angriff.zip": archive})
    names = sorted(f.name for f in submission.files)
    assert names == ["a", "name.pdf", "passwd"]
    for name in names + [e.file for e in submission.errors]:
        assert (
            "/" not in name
            and "\\" not in name
            and "\x00" not in name
            and "\x1b" not in name
            and "\x7f" not in name
        )
    (error,) = submission.errors
    assert error.file == "boese.pdf"
    quarantined = Path(error.quarantined)
    assert quarantined.parent == work / "quarantine"
    assert not (tmp_path / "boese.pdf").exists() and not (work / "etc").exists()
    # nothing but the submission's inputs and the quarantine was written
    assert {p.name for p in work.iterdir()} == {"in", "quarantine"}


def test_unsupported_and_old_word(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000
    submission = _run(tmp_path, {"antrag.doc": ole, "programm.exe": b"MZ\x90\x00" + b"\x00" * 2000})
    errors = {e.file: e.error for e in submission.errors}
    assert "Word-Format (.doc)" in errors["antrag.doc"] and "PDF" in errors["antrag.doc"]
    assert errors["programm.exe"].startswith("Dateityp nicht unterstützt (")


def test_broken_image_is_an_error(tmp_path):
    jpeg = samples.jpeg(samples.text_image(["Kaputt"]))
    png = samples.png(samples.text_image(["Kaputt"]))
    submission = _run(tmp_path, {"kopf.jpg": jpeg[:200], "halb.png": png[: len(png) // 2]})
    assert submission.files == []
    errors = {e.file: e.error for e in submission.errors}
    assert set(errors) == {"kopf.jpg", "halb.png"}
    assert all("beschädigt" in message for message in errors.values())
    for error in submission.errors:
        _assert_quarantined(error, tmp_path)
