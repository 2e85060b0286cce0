"""Ingest speed and memory, as ratios against baselines measured in the same run.

Usage: .venv/bin/python bench/bench_ingest.py [--scan-pages N] [--digital-pages N] [--big-pages N]

Baselines: the `tesseract` command itself on the same page images with the same parallelism, and
`ocrmypdf --jobs N --output-type none --sidecar` on the same PDF (if installed: pip install ocrmypdf).
Prints one table and a last line with the ratios; writes bench/last-ingest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = [
    "Bundesamt für Migration und Flüchtlinge",
    "Bescheid in dem Asylverfahren des Herrn Ahmad Beispiel, geb. 01.02.1990",
    "1. Die Flüchtlingseigenschaft wird nicht zuerkannt.",
    "2. Der Antrag auf Asylanerkennung wird abgelehnt.",
    "3. Der subsidiäre Schutzstatus wird nicht zuerkannt.",
    "4. Abschiebungsverbote nach § 60 Absatz 5 und 7 liegen nicht vor.",
    "Begründung: Der Antragsteller ist afghanischer Staatsangehöriger und reiste",
    "nach eigenen Angaben am 12.03.2016 in die Bundesrepublik Deutschland ein.",
    "Die Voraussetzungen für die Zuerkennung liegen nicht vor, weil die Angaben",
    "zur Verfolgung im Herkunftsland nicht glaubhaft gemacht wurden.",
]


def make_digital_pdf(path: Path, pages: int) -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n in range(pages):
        c.setFont("DejaVu", 11)
        y = 780
        for k in range(40):
            c.drawString(60, y, f"{LINES[(n + k) % len(LINES)]} ({n + 1}.{k + 1})")
            y -= 18
        c.drawString(60, 40, f"Seite {n + 1} von {pages}")
        c.showPage()
    c.save()


def scan_page(n: int, total: int) -> Image.Image:
    dpi = 300
    img = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 40)
    y = 250
    for k in range(30):
        draw.text((220, y), LINES[(n + k) % len(LINES)], font=font, fill=0)
        y += 95
    draw.text((220, y + 40), f"Seite {n + 1} von {total}", font=font, fill=0)
    return img


def make_scan(folder: Path, pages: int) -> tuple[Path, list[Path]]:
    images = [scan_page(n, pages) for n in range(pages)]
    pngs = []
    for n, img in enumerate(images):
        png = folder / f"page-{n + 1:03d}.png"
        img.save(png, dpi=(300, 300))
        pngs.append(png)
    pdf = folder / f"scan-{pages}.pdf"
    images[0].save(pdf, "PDF", resolution=300, save_all=True, append_images=images[1:])
    return pdf, pngs


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def run_ingest(paths: list[Path], workdir: Path, cache: Path | None = None, workers: int = 0):
    options = IngestOptions(
        quarantine_dir=str(workdir / "q"), cache_dir=str(cache) if cache else None, workers=workers
    )
    return ingest(paths, options)


def tesseract_baseline(pngs: list[Path], jobs: int) -> float:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def one(png: Path) -> None:
        subprocess.run(
            ["tesseract", str(png), "-", "-l", "deu+eng"], env=env, capture_output=True, check=True
        )

    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(one, pngs))
    return time.perf_counter() - start


def ocrmypdf_baseline(pdf: Path, jobs: int, workdir: Path) -> float | None:
    exe = shutil.which("ocrmypdf") or str(Path(sys.executable).parent / "ocrmypdf")
    if not Path(exe).exists():
        return None
    start = time.perf_counter()
    result = subprocess.run(
        [
            exe,
            "--jobs",
            str(jobs),
            "--output-type",
            "none",
            "--sidecar",
            str(workdir / "side.txt"),
            "-l",
            "deu+eng",
            "--force-ocr",
            str(pdf),
            "-",
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        print(f"ocrmypdf failed: {result.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    return time.perf_counter() - start


def peak_memory_of_ingest(pdf: Path, workdir: Path) -> float:
    """Peak RSS (MiB) of a child process that ingests the PDF, including its OCR workers."""
    code = (
        "import sys; from pathlib import Path; from hfk.ingest.intake import ingest; "
        "from hfk.ingest.model import IngestOptions; "
        f"ingest([Path({str(pdf)!r})], IngestOptions(quarantine_dir={str(workdir / 'q')!r}))"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-c", code], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--digital-pages", type=int, default=200)
    parser.add_argument("--scan-pages", type=int, default=10)
    parser.add_argument("--big-pages", type=int, default=100, help="pages of the memory test (0 = skip)")
    args = parser.parse_args()
    jobs = os.cpu_count() or 1
    results: dict = {"cores": jobs}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        digital = work / "digital.pdf"
        make_digital_pdf(digital, args.digital_pages)
        seconds, _ = timed(lambda: run_ingest([digital], work))
        results["digital_pages_per_s"] = args.digital_pages / seconds

        scan_dir = work / "scan"
        scan_dir.mkdir()
        pdf, pngs = make_scan(scan_dir, args.scan_pages)
        results["tesseract_s"] = tesseract_baseline(pngs, jobs)
        results["ocrmypdf_s"] = ocrmypdf_baseline(pdf, jobs, work)
        cache = work / "cache"
        results["ingest_scan_s"], submission = timed(lambda: run_ingest([pdf], work, cache=cache))
        results["ingest_scan_again_s"], _ = timed(lambda: run_ingest([pdf], work, cache=cache))
        results["ocr_pages"] = sum(1 for p in submission.files[0].pages if p.source == "ocr")
        results["ratio_vs_tesseract"] = results["ingest_scan_s"] / results["tesseract_s"]
        if results["ocrmypdf_s"]:
            results["ratio_vs_ocrmypdf"] = results["ingest_scan_s"] / results["ocrmypdf_s"]
        results["cache_speedup"] = results["ingest_scan_s"] / max(results["ingest_scan_again_s"], 1e-6)

        if args.big_pages:
            big_dir = work / "big"
            big_dir.mkdir()
            big_pdf, _ = make_scan(big_dir, args.big_pages)
            results["peak_mib_big_scan"] = peak_memory_of_ingest(big_pdf, work)
            results["big_pages"] = args.big_pages

    for key, value in results.items():
        print(f"{key:<22} {value:.3f}" if isinstance(value, float) else f"{key:<22} {value}")
    Path(__file__).with_name("last-ingest.json").write_text(json.dumps(results, indent=2))
    print(
        "BENCH ingest "
        f"digital={results['digital_pages_per_s']:.0f}p/s "
        f"vs_tesseract={results['ratio_vs_tesseract']:.2f} "
        f"vs_ocrmypdf={results.get('ratio_vs_ocrmypdf', float('nan')):.2f} "
        f"cache_speedup={results['cache_speedup']:.0f}x "
        f"peak_mib={results.get('peak_mib_big_scan', float('nan')):.0f}"
    )


if __name__ == "__main__":
    main()
