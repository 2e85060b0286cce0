"""Unpacking: folders, ZIP archives (with bomb limits), e-mails (attachments, bodies, forwards)."""

from __future__ import annotations

import email
import email.parser
import email.policy
import email.utils
import hashlib
import io
import os
import zipfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import BinaryIO

from hfk.ingest import outlook
from hfk.ingest.errors import FileRejected, unexpected
from hfk.ingest.model import IngestOptions, MailInfo
from hfk.ingest.names import display_name
from hfk.ingest.office import decode_text, html_to_text
from hfk.ingest.sniff import Sniffed, sniff, sniff_zip_file

BODY_NAME = "<body>"
# Whatever the sender wrote in the mail is kept as a document (a cover note may name the case or the
# representative); only a body without any text is not one.
MIN_BODY_CHARS = 0
MAX_MAIL_NESTING = 10
LOGO_MAX_SIDE = 400  # inline images smaller than this on both sides are signatures and logos
_CHUNK = 1 << 20
_SKIP_NAMES = {".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r"}
_SKIP_SUFFIXES = (".tmp", ".part", ".crdownload", ".partial", ".swp")


@dataclass
class Leaf:
    """A file to read (not a container), with where it came from.

    With a spool folder the bytes wait on disk (`path`, `data` empty) instead of in memory: a
    submission's files are then held one at a time, not all together until OCR is done.
    """

    name: str  # display name
    data: bytes
    sniffed: Sniffed
    via: str = ""
    from_mail: bool = False
    path: Path | None = None  # spooled bytes (private temporary folder, generated name)

    def read(self) -> bytes:
        return self.path.read_bytes() if self.path is not None else self.data


@dataclass
class Body:
    """A mail's own text, already extracted."""

    text: str
    mime: str
    via: str


@dataclass
class Failure:
    name: str
    message: str
    data: bytes | None = None
    source_path: Path | None = None
    via: str = ""
    store_name: str | None = None  # when data is the containing archive's bytes


@dataclass
class Expanded:
    """Everything found in the paths of one submission, in order."""

    items: list[Leaf | Body | Failure] = field(default_factory=list)
    mails: list[MailInfo] = field(default_factory=list)


@dataclass
class _ZipBudget:
    members: int = 0
    declared: int = 0
    actual: int = 0


def skipped_name(name: str) -> bool:
    """Hidden, temporary and system files that scanners and operating systems leave behind."""
    lower = name.lower()
    return (
        lower.startswith((".", "~$", "~lock."))
        or lower in _SKIP_NAMES
        or lower.endswith(_SKIP_SUFFIXES)
        or lower.startswith("__macosx")
    )


def _join(via: str, name: str) -> str:
    return f"{via} > {name}" if via else name


class Expander:
    """Turns paths into leaves, bodies and failures; containers are opened in memory only.

    spool_dir (a private temporary folder) keeps leaves and ZIP members on disk instead of in memory.
    """

    def __init__(self, options: IngestOptions, spool_dir: Path | None = None) -> None:
        self.options = options
        self.out = Expanded()
        self.spool_dir = spool_dir
        self._spooled = 0
        if spool_dir is not None:
            spool_dir.mkdir(mode=0o700, parents=True, exist_ok=True)

    def _spool_path(self) -> Path:
        assert self.spool_dir is not None
        self._spooled += 1
        return self.spool_dir / f"{self._spooled:06d}.bin"  # generated: never the received name

    def _spool(self, data: bytes) -> Path:
        path = self._spool_path()
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
            out.write(data)
        return path

    # ------------------------------------------------------------ paths

    def add_path(self, path: Path) -> None:
        name = display_name(path.name)
        try:
            if path.is_dir():
                self._add_folder(path)
            elif path.is_file():
                self._add_file(path, via="")
            else:
                self._fail(name, "Datei nicht gefunden oder nicht lesbar. Bitte den Pfad prüfen.")
        except FileRejected as exc:
            self._fail(name, exc.message, source_path=path if path.is_file() else None)
        except Exception as exc:
            self._fail(name, unexpected(exc), source_path=path if path.is_file() else None)

    def _add_folder(self, root: Path) -> None:
        base = display_name(root.name) or "Ordner"
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not skipped_name(d))
            rel = Path(dirpath).relative_to(root)
            via = " > ".join([base, *rel.parts])
            for filename in sorted(filenames):
                if skipped_name(filename):
                    continue
                file_path = Path(dirpath) / filename
                if file_path.is_symlink() or not file_path.is_file():
                    continue  # links may point anywhere; a scan folder has none
                try:
                    self._add_file(file_path, via=via)
                except FileRejected as exc:
                    self._fail(display_name(filename), exc.message, source_path=file_path, via=via)
                except Exception as exc:
                    self._fail(display_name(filename), unexpected(exc), source_path=file_path, via=via)

    def _add_file(self, path: Path, via: str) -> None:
        name = display_name(path.name)
        size = path.stat().st_size
        if size == 0:
            raise FileRejected("Datei ist leer (0 Byte). Bitte beim Absender erneut anfordern.")
        if size > self.options.max_file_bytes:
            raise FileRejected(_too_big(size, self.options.max_file_bytes))
        with open(path, "rb") as fh:
            head = fh.read(1 << 16)
            if size > len(head) and sniff(head, name).kind == "eml":
                # A large mail is parsed from the file: its bytes are never all in memory at once.
                fh.seek(0)
                self._add_mail(name, fh, via, 0, None, 0)
                return
        if size > len(head) and head[:4] == b"PK\x03\x04" and sniff_zip_file(path).kind == "zip":
            # Likewise an archive: members are read from the file one by one.
            self._add_zip(name, path, via, False, 0, None, 0)
            return
        data = path.read_bytes()
        self.add_bytes(name, data, via=via)

    # ------------------------------------------------------------ bytes

    def add_bytes(
        self,
        name: str,
        data: bytes,
        via: str = "",
        from_mail: bool = False,
        zip_depth: int = 0,
        budget: _ZipBudget | None = None,
        mail_depth: int = 0,
        spooled: Path | None = None,
    ) -> None:
        """Dispatch by sniffed type; errors are recorded for this name and never propagate.

        spooled: a spool file that already holds these bytes (a ZIP member), reused for the leaf.
        """
        try:
            if not data:
                raise FileRejected("Datei ist leer (0 Byte). Bitte beim Absender erneut anfordern.")
            if len(data) > self.options.max_file_bytes:
                raise FileRejected(_too_big(len(data), self.options.max_file_bytes))
            sniffed = sniff(data, name)
            if sniffed.kind == "zip":
                self._add_zip(name, data, via, from_mail, zip_depth, budget, mail_depth)
            elif sniffed.kind == "eml":
                self._add_mail(name, data, via, zip_depth, budget, mail_depth)
            elif sniffed.kind == "msg" and outlook.available():
                self._add_outlook(name, data, via, zip_depth, budget, mail_depth)
            elif self.spool_dir is not None:
                path = spooled or self._spool(data)
                spooled = None  # the leaf owns it now
                self.out.items.append(
                    Leaf(name=name, data=b"", sniffed=sniffed, via=via, from_mail=from_mail, path=path)
                )
            else:
                self.out.items.append(
                    Leaf(name=name, data=data, sniffed=sniffed, via=via, from_mail=from_mail)
                )
        except FileRejected as exc:
            self._fail(name, exc.message, data=None if spooled else data, source_path=spooled, via=via)
            spooled = None
        except Exception as exc:
            self._fail(name, unexpected(exc), data=None if spooled else data, source_path=spooled, via=via)
            spooled = None
        finally:
            if spooled is not None:
                spooled.unlink(missing_ok=True)  # a container member, now unpacked further

    def _fail(
        self,
        name: str,
        message: str,
        data: bytes | None = None,
        source_path: Path | None = None,
        via: str = "",
    ) -> None:
        if data is not None and self.spool_dir is not None and source_path is None:
            data, source_path = None, self._spool(data)  # quarantined from the spool at the end
        self.out.items.append(
            Failure(name=name, message=message, data=data, source_path=source_path, via=via)
        )

    # ------------------------------------------------------------ ZIP

    def _add_zip(
        self,
        name: str,
        data: bytes | Path,
        via: str,
        from_mail: bool,
        zip_depth: int,
        budget: _ZipBudget | None,
        mail_depth: int,
    ) -> None:
        opts = self.options
        depth = zip_depth + 1
        if depth > opts.zip_max_depth:
            raise FileRejected(
                f"ZIP-Archive sind tiefer als {opts.zip_max_depth} Ebenen ineinander verpackt. "
                "Bitte die Unterlagen entpackt oder als einzelne PDF-Dateien anfordern."
            )
        budget = budget or _ZipBudget()
        try:
            archive = zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
            raise FileRejected(
                "ZIP-Archiv ist beschädigt und kann nicht geöffnet werden. Bitte beim Absender erneut anfordern."
            ) from exc
        with archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            budget.members += len(infos)
            budget.declared += sum(max(0, i.file_size) for i in infos)
            if budget.members > opts.zip_max_members:
                raise FileRejected(
                    f"ZIP-Archiv enthält mehr als {opts.zip_max_members} Dateien und wird nicht entpackt. "
                    "Bitte die Unterlagen in kleineren Paketen anfordern."
                )
            if budget.declared > opts.zip_max_total_bytes:
                raise FileRejected(_zip_too_big(opts.zip_max_total_bytes))
            # Read every member first (bounded by the limits), so a bomb rejects the archive as a whole.
            members: list[tuple[str, bytes | Path | None, str | None]] = []
            zip_via = _join(via, name)
            for info in infos:
                member_name = display_name(info.filename)
                parts = [p for p in info.filename.replace("\\", "/").split("/") if p not in ("", ".", "..")]
                if any(skipped_name(part) for part in parts):
                    continue
                members.append((member_name, *self._read_member(archive, info, budget)))
        # The archive's bytes, for the quarantine of members that cannot be unpacked: its own file,
        # or spooled once for all of them.
        container: Path | None = data if isinstance(data, Path) else None
        for member_name, member_data, problem in members:
            if problem is not None:
                if self.spool_dir is not None and container is None:
                    container = self._spool(data)
                self.out.items.append(
                    Failure(
                        name=member_name, message=problem, data=None if container else data,
                        source_path=container, via=zip_via, store_name=name,
                    )
                )  # fmt: skip
            else:
                spooled = member_data if isinstance(member_data, Path) else None
                self.add_bytes(
                    member_name, spooled.read_bytes() if spooled else member_data or b"", via=zip_via,
                    from_mail=from_mail, zip_depth=depth, budget=budget, mail_depth=mail_depth,
                    spooled=spooled,
                )  # fmt: skip

    def _read_member(
        self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _ZipBudget
    ) -> tuple[bytes | Path | None, str | None]:
        """Decompress in chunks; the declared size may lie, the actual count decides.

        With a spool folder the member goes to disk chunk by chunk: an archive's members are never
        all in memory together (the limits allow a gigabyte).
        """
        if self.spool_dir is None:
            return self._read_member_to(archive, info, budget, None)
        path = self._spool_path()
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
            try:
                data, problem = self._read_member_to(archive, info, budget, out)
            except BaseException:
                out.close()
                path.unlink(missing_ok=True)
                raise
        if problem is not None:
            path.unlink(missing_ok=True)
            return None, problem
        return path, None

    def _read_member_to(
        self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _ZipBudget, out
    ) -> tuple[bytes | None, str | None]:
        opts = self.options
        if info.flag_bits & 0x1:
            return None, (
                "ZIP-Eintrag ist mit Kennwort verschlüsselt und kann nicht gelesen werden. "
                "Bitte die Datei ohne Kennwort anfordern."
            )
        chunks: list[bytes] = []
        size = 0
        try:
            with archive.open(info) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    budget.actual += len(chunk)
                    if budget.actual > opts.zip_max_total_bytes:
                        raise FileRejected(_zip_too_big(opts.zip_max_total_bytes))
                    if size > opts.max_file_bytes:
                        return None, _too_big(size, opts.max_file_bytes)
                    if out is not None:
                        out.write(chunk)
                    else:
                        chunks.append(chunk)
        except FileRejected:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
            return None, (
                f"ZIP-Eintrag ist beschädigt ({type(exc).__name__}) und kann nicht entpackt werden. "
                "Bitte das Archiv beim Absender erneut anfordern."
            )
        except (NotImplementedError, RuntimeError):
            return None, (
                "ZIP-Eintrag verwendet ein nicht unterstütztes Packverfahren oder ist verschlüsselt. "
                "Bitte die Datei einzeln (PDF) anfordern."
            )
        return (b"".join(chunks) if out is None else None), None

    # ------------------------------------------------------------ e-mail

    def _add_mail(
        self,
        name: str,
        data: bytes | BinaryIO,
        via: str,
        zip_depth: int,
        budget: _ZipBudget | None,
        mail_depth: int,
    ) -> None:
        if mail_depth >= MAX_MAIL_NESTING:
            raise FileRejected(
                "E-Mail ist zu tief verschachtelt (weitergeleitete Nachrichten) und wird nicht gelesen."
            )
        # Measured on a 135 MB mail: message_from_bytes peaked at 1 GB (it parses one str held in a
        # StringIO, four bytes a character); the same parser fed from a byte stream peaked at 0.2 GB.
        source = io.BytesIO(data) if isinstance(data, bytes) else data
        message = email.parser.BytesParser(policy=email.policy.default).parse(source)
        if mail_depth == 0:
            self.out.mails.append(_mail_info(name, message))
        self._message(message, _join(via, name), zip_depth, budget, mail_depth + 1)

    def _message(
        self, message: EmailMessage, via: str, zip_depth: int, budget: _ZipBudget | None, mail_depth: int
    ) -> None:
        body_part = None
        try:
            body_part = message.get_body(preferencelist=("plain", "html"))
        except Exception:  # malformed structure: attachments are still worth reading
            body_part = None
        if body_part is not None:
            text = _part_text(body_part)
            if body_part.get_content_subtype() == "html":
                text = html_to_text(text)
            if sum(not ch.isspace() for ch in text) > MIN_BODY_CHARS:
                mime = "text/html" if body_part.get_content_subtype() == "html" else "text/plain"
                self.out.items.append(Body(text=text, mime=mime, via=via))
        counter = [0]
        self._walk(message, body_part, via, zip_depth, budget, mail_depth, counter)

    def _add_outlook(
        self, name: str, data: bytes, via: str, zip_depth: int, budget: _ZipBudget | None, mail_depth: int
    ) -> None:
        """An Outlook .msg: the same as an .eml (body, attachments, attached messages)."""
        if mail_depth >= MAX_MAIL_NESTING:
            raise FileRejected(
                "E-Mail ist zu tief verschachtelt (weitergeleitete Nachrichten) und wird nicht gelesen."
            )
        message = outlook.read(data)  # FileRejected if it is not a readable .msg
        if mail_depth == 0:
            self.out.mails.append(
                MailInfo(name=name, date=message.date, sender=message.sender, subject=message.subject)
            )
        self._outlook_message(message, data, name, _join(via, name), zip_depth, budget, mail_depth + 1)

    def _outlook_message(
        self,
        message: outlook.OutlookMessage,
        container: bytes,
        container_name: str,
        via: str,
        zip_depth: int,
        budget: _ZipBudget | None,
        mail_depth: int,
    ) -> None:
        if sum(not ch.isspace() for ch in message.body) > MIN_BODY_CHARS:
            self.out.items.append(Body(text=message.body, mime=message.body_mime, via=via))
        for n, attachment in enumerate(message.attachments, 1):
            name = display_name(attachment.filename, fallback=f"Anhang {n}")
            if attachment.problem:
                # The bytes are the whole .msg: the office can open it in Outlook.
                self.out.items.append(
                    Failure(
                        name=name,
                        message=attachment.problem,
                        data=container,
                        via=via,
                        store_name=container_name,
                    )
                )
            elif attachment.message is not None:
                if mail_depth < MAX_MAIL_NESTING:
                    self._outlook_message(
                        attachment.message, container, container_name,
                        _join(via, "weitergeleitete Nachricht"), zip_depth, budget, mail_depth + 1,
                    )  # fmt: skip
            elif attachment.inline and attachment.is_image and _is_logo(attachment.data):
                continue
            else:
                self.add_bytes(
                    name, attachment.data, via=via, from_mail=True, zip_depth=zip_depth, budget=budget,
                    mail_depth=mail_depth,
                )  # fmt: skip

    def _walk(self, part, body_part, via, zip_depth, budget, mail_depth, counter) -> None:
        if part is body_part:
            return
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if inner is not None and mail_depth < MAX_MAIL_NESTING:
                self._message(
                    inner, _join(via, "weitergeleitete Nachricht"), zip_depth, budget, mail_depth + 1
                )
            return
        if part.get_content_maintype() == "multipart":
            for sub in part.iter_parts():
                self._walk(sub, body_part, via, zip_depth, budget, mail_depth, counter)
            return
        filename = part.get_filename()
        disposition = part.get_content_disposition()
        if disposition != "attachment" and not filename:
            return  # alternative renderings of the body, calendar blobs and the like
        data = part.get_payload(decode=True) or b""
        if disposition != "attachment" and part.get_content_maintype() == "image" and _is_logo(data):
            return
        counter[0] += 1
        name = display_name(filename, fallback=f"Anhang {counter[0]}")
        self.add_bytes(
            name, data, via=via, from_mail=True, zip_depth=zip_depth, budget=budget, mail_depth=mail_depth
        )


def _part_text(part) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError, ValueError, AssertionError):
        raw = part.get_payload(decode=True) or b""
        return decode_text(raw)


def _is_logo(data: bytes) -> bool:
    """Small inline pictures (signature logos, icons) are not documents."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.width < LOGO_MAX_SIDE and image.height < LOGO_MAX_SIDE
    except Exception:
        return len(data) < 20_000


def _mail_info(name: str, message: EmailMessage) -> MailInfo:
    date = None
    try:
        raw = message.get("Date")
        if raw:
            date = email.utils.parsedate_to_datetime(str(raw)).date().isoformat()
    except (TypeError, ValueError, IndexError):
        date = None
    sender = ""
    try:
        header = message.get("From")
        addresses = getattr(header, "addresses", ()) if header is not None else ()
        if addresses:
            sender = addresses[0].addr_spec
        elif header is not None:
            sender = email.utils.parseaddr(str(header))[1]
    except Exception:
        sender = ""
    try:
        subject = str(message.get("Subject") or "")
    except Exception:
        subject = ""
    return MailInfo(name=name, date=date, sender=sender, subject=" ".join(subject.split()))


def _too_big(size: int, limit: int) -> str:
    return (
        f"Datei ist zu groß ({size / 1_048_576:.1f} MB, erlaubt {limit / 1_048_576:.0f} MB). "
        "Bitte eine kleinere Fassung anfordern (z. B. Scan mit 300 dpi in Graustufen)."
    ).replace(".", ",", 1)


def _zip_too_big(limit: int) -> str:
    return (
        f"ZIP-Archiv würde entpackt mehr als {limit / 1_048_576:.0f} MB ergeben und wird aus "
        "Sicherheitsgründen nicht entpackt (mögliche ZIP-Bombe). Bitte die Dateien einzeln anfordern."
    )


def body_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
