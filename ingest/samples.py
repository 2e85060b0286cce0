"""Synthetic, deterministic input files for tests and benchmarks (no real personal data)."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import threading

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
A4_300 = (2480, 3508)

LETTER = [
    "Bundesamt für Migration und Flüchtlinge",
    "Außenstelle Bielefeld",
    "",
    "Bescheid",
    "",
    "In dem Asylverfahren der Frau Ayşe Beispiel, geboren am 01.02.1990,",
    "wird folgende Entscheidung getroffen:",
    "",
    "1. Die Flüchtlingseigenschaft wird nicht zuerkannt.",
    "2. Der Antrag auf Asylanerkennung wird abgelehnt.",
    "3. Der subsidiäre Schutzstatus wird nicht zuerkannt.",
    "4. Abschiebungsverbote nach § 60 Absatz 5 und 7 liegen nicht vor.",
    "",
    "Gez. Müller, Regierungsoberinspektorin",
]

VOLLMACHT = [
    "Vollmacht",
    "",
    "Hiermit bevollmächtige ich Frau Rechtsanwältin Schröder,",
    "mich im Verfahren vor der Härtefallkommission zu vertreten.",
    "Die Vollmacht gilt für alle Erklärungen gegenüber Behörden.",
    "",
    "Düsseldorf, den 14.03.2025",
    "Unterschrift",
]


def text_image(lines: list[str], size: tuple[int, int] = A4_300, font_px: int = 42) -> Image.Image:
    """A white A4 page at 300 dpi with black text (about 10 pt), like a clean scan."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, font_px)
    y = 250
    for line in lines:
        draw.text((220, y), line, fill=0, font=font)
        y += int(font_px * 1.6)
    return image


def blank_image(size: tuple[int, int] = A4_300, specks: int = 20) -> Image.Image:
    """An empty page with a little scanner dust."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for i in range(specks):
        x, y = (i * 7919) % size[0], (i * 104729) % size[1]
        draw.rectangle((x, y, x + 2, y + 2), fill=0)
    return image


def scan_pdf(pages: list[Image.Image], resolution: int = 300) -> bytes:
    """A PDF of images only (no text layer), as a scanner writes it."""
    buf = io.BytesIO()
    first, *rest = [p.convert("L") for p in pages]
    first.save(buf, "PDF", resolution=resolution, save_all=True, append_images=rest)
    return buf.getvalue()


def text_pdf(pages: list[list[str]]) -> bytes:
    """A born-digital PDF (reportlab, embedded DejaVu so umlauts have a Unicode map)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", FONT))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for lines in pages:
        pdf.setFont("DejaVuSans", 11)
        y = A4[1] - 72
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def jpeg_pages_pdf(jpegs: list[bytes], resolution: int = 300) -> bytes:
    """A scanner's PDF: each page one JPEG, embedded as it is (no re-encoding), at the given dpi."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, invariant=1)
    for data in jpegs:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        size = (width * 72 / resolution, height * 72 / resolution)
        pdf.setPageSize(size)
        pdf.drawImage(reader, 0, 0, width=size[0], height=size[1])
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def numbered_page(n: int, total: int, lines: int = 30) -> Image.Image:
    """A full scanned text page, different for each n (for benchmarks: no two pages alike)."""
    body = [LETTER[4 + (n + k) % (len(LETTER) - 4)] or LETTER[0] for k in range(lines)]
    return text_image([*body, f"Seite {n + 1} von {total}"], font_px=40)


def merge_pdfs(parts: list[bytes]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def fax_tiff(pages: list[Image.Image], fine: bool = False, compression: str = "group4") -> bytes:
    """A fax as a gateway stores it: 1728 px wide at 204 dpi, 98 (normal) or 196 (fine) dpi high, 1 bit."""
    y_dpi = 196 if fine else 98
    frames = []
    for page in pages:
        width = 1728
        height = round(page.height * (y_dpi / 300))
        # squash to fax geometry (204 dpi across, 98/196 dpi down), then threshold to black/white
        frame = page.convert("L").resize((width, height), Image.Resampling.LANCZOS)
        frames.append(frame.point(lambda v: 255 if v > 160 else 0).convert("1"))
    buf = io.BytesIO()
    frames[0].save(
        buf, "TIFF", compression=compression, dpi=(204, y_dpi), save_all=True, append_images=frames[1:]
    )
    return buf.getvalue()


def jpeg(image: Image.Image, dpi: tuple[int, int] | None = (300, 300), quality: int = 85) -> bytes:
    buf = io.BytesIO()
    kwargs = {"quality": quality}
    if dpi:
        kwargs["dpi"] = dpi
    image.convert("RGB").save(buf, "JPEG", **kwargs)
    return buf.getvalue()


def png(image: Image.Image, dpi: tuple[int, int] = (300, 300)) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG", dpi=dpi)
    return buf.getvalue()


def image_pdf_with_text_layer(image: Image.Image, layer_text: str) -> bytes:
    """A scan with a bad text layer on top (as from a broken OCR or a font without Unicode map)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    pdf.drawImage(ImageReader(image.convert("RGB")), 0, 0, width=A4[0], height=A4[1])
    layer = pdf.beginText(40, 20)
    layer.setFont("Helvetica", 8)
    layer.setTextRenderMode(3)  # invisible, like the text layer of a scanned PDF
    layer.textLine(layer_text)
    pdf.drawText(layer)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


# ---------------------------------------------------------------- Outlook .msg (OLE2 / CFB)
#
# No library writes .msg files, so tests build them here from the specifications: [MS-CFB] for the
# container (header, FAT, mini FAT, directory as a red-black tree, mini stream) and [MS-OXMSG] for
# the MAPI property streams inside. Small on purpose: version 3 (512-byte sectors), no DIFAT, so
# files up to about 7 MB.

_FREESECT, _ENDOFCHAIN, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_SECTOR, _MINI_SECTOR, _MINI_CUTOFF = 512, 64, 4096
CfbTree = dict  # name -> bytes (a stream) or CfbTree (a storage)


def cfb(tree: CfbTree) -> bytes:
    """A Compound File Binary file (version 3) holding the given storages and streams."""
    # Directory entries in breadth-first order; entry 0 is the root storage.
    entries: list[dict] = [{"name": "Root Entry", "type": 5, "data": b"", "children": tree}]
    queue = [0]
    while queue:
        parent = queue.pop(0)
        children = entries[parent]["children"]
        ids = []
        for name, value in children.items():
            if len(name) > 31:
                raise ValueError(f"CFB names have at most 31 characters: {name!r}")
            entry = {"name": name, "type": 1 if isinstance(value, dict) else 2}
            entry["data"] = b"" if isinstance(value, dict) else bytes(value)
            entry["children"] = value if isinstance(value, dict) else {}
            entries.append(entry)
            ids.append(len(entries) - 1)
            if isinstance(value, dict):
                queue.append(len(entries) - 1)
        entries[parent]["child_ids"] = ids
    for entry in entries:
        entry.update(left=_NOSTREAM, right=_NOSTREAM, child=_NOSTREAM, black=True, start=_ENDOFCHAIN)
    for entry in entries:
        ids = sorted(entry.get("child_ids", []), key=lambda i: _cfb_key(entries[i]["name"]))
        entry["child"] = _cfb_tree(entries, ids)

    # Small streams go into the mini stream (64-byte sectors), big ones into their own sectors.
    mini = bytearray()
    mini_fat: list[int] = []
    big: list[dict] = []
    for entry in entries[1:]:
        data = entry["data"]
        if entry["type"] != 2 or not data:
            continue
        if len(data) < _MINI_CUTOFF:
            count = -(-len(data) // _MINI_SECTOR)
            entry["start"] = len(mini_fat)
            mini_fat.extend(range(len(mini_fat) + 1, len(mini_fat) + count))
            mini_fat.append(_ENDOFCHAIN)
            mini += data.ljust(count * _MINI_SECTOR, b"\x00")
        else:
            big.append(entry)

    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        count = max(1, -(-len(data) // _SECTOR))
        first = len(sectors)
        for k in range(count):
            sectors.append(data[k * _SECTOR : (k + 1) * _SECTOR].ljust(_SECTOR, b"\x00"))
            fat.append(first + k + 1 if k < count - 1 else _ENDOFCHAIN)
        return first

    for entry in big:
        entry["start"] = place(entry["data"])
    root = entries[0]
    if mini:
        root["start"], root["data"] = place(bytes(mini)), bytes(mini)
    mini_fat_start, mini_fat_count = _ENDOFCHAIN, 0
    if mini_fat:
        raw = b"".join(struct.pack("<I", v) for v in mini_fat)
        raw += struct.pack("<I", _FREESECT) * ((-len(mini_fat)) % (_SECTOR // 4))
        mini_fat_start, mini_fat_count = place(raw), len(raw) // _SECTOR

    directory = b"".join(_cfb_entry(e) for e in entries)
    directory += _cfb_entry(None) * ((-len(entries)) % (_SECTOR // 128))
    dir_start = place(directory)

    # FAT sectors come last and describe themselves too.
    fat_count = 1
    while len(fat) + fat_count > fat_count * (_SECTOR // 4):
        fat_count += 1
    if fat_count > 109:
        raise ValueError("test .msg too large for a CFB without DIFAT")
    fat_start = len(sectors)
    fat.extend([_FATSECT] * fat_count)
    fat.extend([_FREESECT] * (fat_count * (_SECTOR // 4) - len(fat)))
    fat_raw = b"".join(struct.pack("<I", v) for v in fat)
    for k in range(fat_count):
        sectors.append(fat_raw[k * _SECTOR : (k + 1) * _SECTOR])

    difat = [fat_start + k for k in range(fat_count)] + [_FREESECT] * (109 - fat_count)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
    header += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\x00" * 6
    header += struct.pack("<IIIII", 0, fat_count, dir_start, 0, _MINI_CUTOFF)
    header += struct.pack("<IIII", mini_fat_start, mini_fat_count, _ENDOFCHAIN, 0)
    header += b"".join(struct.pack("<I", v) for v in difat)
    assert len(header) == _SECTOR
    return header + b"".join(sectors)


def _cfb_key(name: str) -> tuple[int, str]:
    # [MS-CFB] 2.6.4: shorter names first, then by upper-cased UTF-16 code units.
    return (len(name.encode("utf-16-le")), name.upper())


def _cfb_tree(entries: list[dict], ids: list[int], depth: int = 0) -> int:
    """A size-balanced binary search tree of siblings; returns the root's id.

    Coloured as a valid red-black tree: every path to a leaf has depth h or h+1 in such a tree, so
    the nodes of an incomplete deepest level are red and all others black.
    """
    if not ids:
        return _NOSTREAM
    deepest = max(0, len(ids).bit_length() - 1)
    perfect = len(ids) == (1 << (deepest + 1)) - 1

    def build(part: list[int], level: int) -> int:
        if not part:
            return _NOSTREAM
        mid = len(part) // 2
        node = entries[part[mid]]
        node["left"] = build(part[:mid], level + 1)
        node["right"] = build(part[mid + 1 :], level + 1)
        node["black"] = perfect or level < deepest
        return part[mid]

    return build(ids, depth)


def _cfb_entry(entry: dict | None) -> bytes:
    if entry is None:  # unused slot
        return b"\x00" * 64 + struct.pack("<HBBIII", 0, 0, 0, _NOSTREAM, _NOSTREAM, _NOSTREAM) + b"\x00" * 48
    name = entry["name"].encode("utf-16-le") + b"\x00\x00"
    size = len(entry["data"]) if entry["type"] in (2, 5) else 0
    # An empty stream (and an empty root) starts at ENDOFCHAIN; storages have no sectors at all.
    start = entry["start"] if size else (0 if entry["type"] == 1 else _ENDOFCHAIN)
    return (
        name.ljust(64, b"\x00")
        + struct.pack("<HBB", len(name), entry["type"], 1 if entry["black"] else 0)
        + struct.pack("<III", entry["left"], entry["right"], entry["child"])
        + b"\x00" * 16  # CLSID
        + b"\x00" * 4  # state bits
        + b"\x00" * 16  # creation and modification time
        + struct.pack("<IQ", start, size)
    )


def _msg_props(header: bytes, props: list[tuple[int, int]], values: dict[int, bytes]) -> bytes:
    """A __properties_version1.0 stream: fixed values inline, variable ones by their size."""
    out = bytearray(header)
    for tag, inline in props:
        out += struct.pack("<II", tag, 0x6)  # readable | writable
        if tag in values:
            kind = tag & 0xFFFF
            size = len(values[tag]) + (2 if kind == 0x001F else 0)
            size = 0xFFFFFFFF if kind == 0x000D else size
            out += struct.pack("<II", size, 0)
        else:
            out += struct.pack("<Q", inline)
    return bytes(out)


def msg_tree(
    subject: str,
    body: str,
    attachments: list[tuple[str, bytes | CfbTree]] | None = None,
    *,
    sender: str = "",
    date: tuple[int, int, int] | None = None,
    embedded: bool = False,
) -> CfbTree:
    """The storages and streams of an Outlook message ([MS-OXMSG]); an attachment whose content is
    a CfbTree (from msg_tree(..., embedded=True)) is an attached Outlook message."""

    def utf16(text: str) -> bytes:
        return text.encode("utf-16-le")  # the stream holds no terminator; its size counts one

    attachments = attachments or []
    values = {0x001A001F: utf16("IPM.Note"), 0x0037001F: utf16(subject), 0x1000001F: utf16(body)}
    if sender:
        values[0x0C1A001F] = utf16(sender.split("@")[0])  # PR_SENDER_NAME
        values[0x5D01001F] = utf16(sender)  # PR_SENDER_SMTP_ADDRESS
    fixed: list[tuple[int, int]] = []
    if date:
        import datetime

        # PR_CLIENT_SUBMIT_TIME: a FILETIME, 100-ns steps since 1601-01-01 UTC.
        since = datetime.datetime(*date, 10, 0, tzinfo=datetime.UTC) - datetime.datetime(
            1601, 1, 1, tzinfo=datetime.UTC
        )
        fixed.append((0x00390040, (since.days * 86400 + since.seconds) * 10_000_000))
    tree: CfbTree = {}
    if not embedded:
        # Named-property mapping: required storage, empty for a message without named properties.
        tree["__nameid_version1.0"] = {
            "__substg1.0_00020102": b"",
            "__substg1.0_00030102": b"",
            "__substg1.0_00040102": b"",
        }
    for tag, value in values.items():
        tree[f"__substg1.0_{tag:08X}"] = value
    count = len(attachments)
    header = b"\x00" * 8 + struct.pack("<IIII", 0, count, 0, count) + (b"" if embedded else b"\x00" * 8)
    tree["__properties_version1.0"] = _msg_props(header, fixed + [(t, 0) for t in values], values)
    for n, (filename, content) in enumerate(attachments):
        is_msg = isinstance(content, dict)
        att_values = {0x3704001F: utf16(filename[:8]), 0x3707001F: utf16(filename)}
        if is_msg:
            att_values[0x3701000D] = b""
        else:
            att_values[0x37010102] = bytes(content)
        att_fixed = [(0x37050003, 5 if is_msg else 1), (0x0E210003, n)]
        storage: CfbTree = {
            "__properties_version1.0": _msg_props(
                b"\x00" * 8, att_fixed + [(t, 0) for t in att_values], att_values
            )
        }
        for tag, value in att_values.items():
            storage[f"__substg1.0_{tag:08X}"] = content if tag == 0x3701000D else value
        tree[f"__attach_version1.0_#{n:08X}"] = storage
    return tree


def outlook_msg(
    subject: str,
    body: str,
    attachments: list[tuple[str, bytes | CfbTree]] | None = None,
    *,
    sender: str = "",
    date: tuple[int, int, int] | None = None,
) -> bytes:
    """An Outlook .msg file: subject, plain-text body, attachments (files or messages)."""
    return cfb(msg_tree(subject, body, attachments, sender=sender, date=date))


def run_python_with_peak_rss(code: str, timeout: float | None = None) -> tuple[int, str, float]:
    """Run `python -c code` and sample the resident memory of its whole process tree (forkserver, OCR
    workers, tesseract) every 50 ms. Returns (exit code, stdout, peak MiB)."""
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss_kib(child.pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, _ = child.communicate(timeout=timeout)
    finally:
        stop.set()
        sampler.join()
    return child.returncode, out, peak / 1024


def _tree_rss_kib(root: int) -> int:
    """Resident memory (KiB) of a process and all its descendants, read from /proc."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
            parent[int(entry)] = int(fields["PPid"])
            rss[int(entry)] = int(fields.get("VmRSS", "0 kB").split()[0])
        except (OSError, ValueError, KeyError):
            continue
    total = 0
    for pid, kib in rss.items():
        p = pid
        while p and p != root:
            p = parent.get(p, 0)
        if p == root:
            total += kib
    return total
