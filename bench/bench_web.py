"""Benchmark: opening a case with 50 documents in the web UI (target < 300 ms), over real HTTP on loopback.

Usage: .venv/bin/python bench/bench_web.py [--documents 50] [--runs 20]
Baseline in the same process: rendering the printable report.html of the same case.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import io
import json
import logging
import re
import statistics
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import zipfile
from datetime import date
from pathlib import Path

from werkzeug.serving import make_server

from hfk.checklist.report import render_report_html
from hfk.ingest import samples
from hfk.intake import Original, submit
from hfk.settings import load_settings
from hfk.store import Store
from hfk.web.app import create_app
from hfk.web.auth import create_user
from hfk.web.demo import ANLAGE, LEBENSLAUF, antrag

PASSWORD = "bench-passwort-123"


def fifty_document_case(store: Store, settings, documents: int) -> int:
    buffer = io.BytesIO()
    bodies = [LEBENSLAUF, ANLAGE, ["Arbeitsvertrag", "Arbeitgeber: Lager GmbH", "Beginn: 01.02.2019"]]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "00-antrag.pdf", samples.text_pdf([antrag("Bench", "Berta", "01.01.1980", "afghanisch")])
        )
        for n in range(1, documents):
            archive.writestr(f"{n:02d}-anlage.pdf", samples.text_pdf([[*bodies[n % 3], f"Anlage {n}"]]))
    sha = store.put_original(buffer.getvalue())
    result = submit(
        store,
        settings,
        [Original("bench.zip", sha)],
        source="post",
        source_ref="bench",
        actor="bench",
        received=date(2025, 3, 1),
    )
    return result.case_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        settings = load_settings(None)
        settings.store["dir"] = work
        store = Store(work)
        case_id = fifty_document_case(store, settings, args.documents)
        report = store.report(case_id)
        create_user(store, "bench", PASSWORD, "caseworker")
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        server = make_server("127.0.0.1", 0, create_app(store, settings, key=b"bench" * 8), threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}"
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        login = opener.open(f"{base}/anmelden").read().decode()
        token = re.search(r'name="csrf_token" value="([^"]+)"', login).group(1)
        form = urllib.parse.urlencode({"name": "bench", "password": PASSWORD, "csrf_token": token}).encode()
        opener.open(f"{base}/anmelden", data=form).read()

        def timed(fn) -> list[float]:
            fn()  # warm-up (templates compiled, caches filled)
            out = []
            for _ in range(args.runs):
                start = time.perf_counter()
                fn()
                out.append((time.perf_counter() - start) * 1000)
            return out

        case_ms = timed(lambda: opener.open(f"{base}/fall/{case_id}").read())
        triage_ms = timed(lambda: opener.open(f"{base}/").read())
        baseline_ms = timed(lambda: render_report_html(report))
        server.shutdown()
        store.close()
    result = {
        "documents": len(report["documents"]),
        "case_view_ms_median": round(statistics.median(case_ms), 1),
        "case_view_ms_max": round(max(case_ms), 1),
        "triage_ms_median": round(statistics.median(triage_ms), 1),
        "report_html_baseline_ms_median": round(statistics.median(baseline_ms), 1),
        "ratio_case_view_to_report_html": round(
            statistics.median(case_ms) / statistics.median(baseline_ms), 2
        ),
        "runs": args.runs,
    }
    print(json.dumps(result, indent=2))
    Path(__file__).with_name("last-web.json").write_text(
        json.dumps(result, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
