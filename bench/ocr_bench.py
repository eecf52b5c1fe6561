"""OCR benchmark: word accuracy on the test fixtures, OCR pages/s, and the text-layer
indexing rate with OCR on and off.

    python bench/ocr_bench.py [--dpi 200,300,400] [--copies 4] [--text-files 300]
                              [--workers N] [--repeat 3]

The fixtures are those of tests/scans.py: Norwegian text with æ, ø and å painted into
an image and written as an image-only PDF, a page turned 90 degrees, a two-column page,
and a PDF with a text page beside a scanned page (``--copies`` of each, so the pass has
pages enough to time). For each resolution the scans are indexed into a fresh data
folder (no cache) and then:

- word accuracy: every word of three letters or more painted on a page is searched for
  (as a phrase of one word, the way a person types it); it counts when the search lists
  the right document with the right page among its pages. The goal is >= 97 %;
- OCR pages/s: pages recognised over the seconds of the OCR pass (from the progress
  reports: the first "recognising" report to the end of the run).

Then ``--text-files`` generated text PDFs plus the scans are indexed ``--repeat`` times
each with OCR off and OCR on, alternating, into fresh folders (medians quoted): the
text-layer rate (pages/s until the text pass ends, that is until the first "recognising"
report or the end) should be the same, since the OCR pass only starts after it.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from tests.core.pdf_factory import make_pdf  # noqa: E402
from tests.scans import COLUMNS, NORWEGIAN, ScanPage, scan_pdf  # noqa: E402
from vtviewer.core.archive import Archive  # noqa: E402
from vtviewer.core.model import Progress  # noqa: E402
from vtviewer.core.ocr import OcrSettings, find_tesseract  # noqa: E402
from vtviewer.core.pool import PoolConfig  # noqa: E402
from vtviewer.paths import data_paths  # noqa: E402

#: (file name, pages, which 1-based pages are scans with which lines)
FIXTURES: tuple[tuple[str, list[ScanPage], dict[int, tuple[str, ...]]], ...] = (
    ("norsk.pdf", [ScanPage(lines=NORWEGIAN)], {1: NORWEGIAN}),
    ("rotert.pdf", [ScanPage(lines=NORWEGIAN[:4], rotate=90)], {1: NORWEGIAN[:4]}),
    ("spalter.pdf", [ScanPage(lines=COLUMNS, columns=2)], {1: COLUMNS}),
    (
        "blandet.pdf",
        [ScanPage(text=["Innledning til planarbeidet i kommunen"]), ScanPage(lines=NORWEGIAN[2:])],
        {2: NORWEGIAN[2:]},
    ),
)


def make_scans(folder: Path, copies: int) -> dict[tuple[str, int], tuple[str, ...]]:
    """Write the fixtures; returns the expected words per (file name, page)."""
    expected: dict[tuple[str, int], tuple[str, ...]] = {}
    for copy in range(copies):
        for name, pages, scanned in FIXTURES:
            target = folder / f"{copy:02d}-{name}"
            scan_pdf(target, pages)
            for page, lines in scanned.items():
                words = tuple(w for line in lines for w in re.findall(r"\w{3,}", line))
                expected[(target.name, page)] = words
    return expected


class Timeline:
    """When the text pass ended and the OCR pass began, from the progress reports."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.first_ocr: float | None = None
        self.text_pages = 0
        self.ended = 0.0

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if progress.phase == "recognising" and self.first_ocr is None:
            self.first_ocr = now
        elif progress.phase in ("indexing", "finishing") and self.first_ocr is None:
            self.text_pages = max(self.text_pages, progress.pages)
        self.ended = now

    @property
    def text_seconds(self) -> float:
        return (self.first_ocr or self.ended) - self.started

    @property
    def ocr_seconds(self) -> float:
        return self.ended - self.first_ocr if self.first_ocr is not None else 0.0


def index(
    folder: Path, data: Path, ocr: OcrSettings, workers: int
) -> tuple[Archive, Timeline, int]:
    archive = Archive.open(data_paths(data), PoolConfig(workers=workers))
    archive.ocr = ocr
    archive.add_root(str(folder))
    timeline = Timeline()
    summary = archive.index(progress=timeline)
    timeline.ended = time.monotonic()
    return archive, timeline, summary.pages


def accuracy(archive: Archive, expected: dict[tuple[str, int], tuple[str, ...]]) -> tuple[int, int]:
    found = total = 0
    for (name, page), words in expected.items():
        for word in words:
            total += 1
            result = archive.search(f'"{word}"', limit=100)
            for hit in result.hits:
                if hit.document.name == name and any(p.page == page for p in hit.pages):
                    found += 1
                    break
    return found, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dpi", default="200,300,400", help="resolutions to measure")
    parser.add_argument("--copies", type=int, default=4, help="copies of each fixture")
    parser.add_argument("--text-files", type=int, default=300, help="text PDFs for the rate")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the rate runs")
    args = parser.parse_args()
    tesseract = find_tesseract()
    if tesseract is None:
        print("tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-nor")
        return 1
    app = QGuiApplication([])
    print(f"Tesseract {tesseract.version}, languages {'+'.join(tesseract.languages)}")
    # The OCR workers run niced: on a shared machine other work goes first.
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{args.workers} workers on {os.cpu_count()} cores, load average {load:.1f}\n")
    with tempfile.TemporaryDirectory(prefix="vtviewer-ocr-bench-") as tmp:
        base = Path(tmp)
        scans = base / "scans"
        expected = make_scans(scans, args.copies)
        pages = len(expected)
        print(f"{'dpi':>5} {'words found':>14} {'accuracy':>9} {'OCR pages/s':>12}")
        for dpi in (int(d) for d in args.dpi.split(",")):
            archive, timeline, _ = index(
                scans, base / f"data-{dpi}", OcrSettings(dpi=dpi), args.workers
            )
            try:
                found, total = accuracy(archive, expected)
            finally:
                archive.close()
            rate = pages / timeline.ocr_seconds if timeline.ocr_seconds else 0.0
            print(f"{dpi:>5} {found:>6} of {total:<6} {100 * found / total:>8.1f}% {rate:>12.2f}")

        texts = base / "mixed"
        texts.mkdir()
        for n in range(args.text_files):
            body = [f"Side {p} av saksdokument {n}: planarbeidet i kommunen" for p in range(5)]
            make_pdf(texts / f"tekst-{n:04d}.pdf", body)
        make_scans(texts, 1)
        print("\ntext-layer indexing rate (pages/s until the text pass ends; median of rounds)")
        rates: dict[str, list[float]] = {"OCR off": [], "OCR on": []}
        ocr_seconds: list[float] = []
        text_pages = 0
        # Off and on alternate, so that a machine whose load drifts weighs on both alike.
        for round_ in range(args.repeat):
            for label, ocr in (("OCR off", OcrSettings(enabled=False)), ("OCR on", OcrSettings())):
                data = base / f"rate-{round_}-{label}"
                archive, timeline, _ = index(texts, data, ocr, args.workers)
                archive.close()
                text_pages = timeline.text_pages
                rates[label].append(timeline.text_pages / timeline.text_seconds)
                if ocr.enabled:
                    ocr_seconds.append(timeline.ocr_seconds)
        for label, values in rates.items():
            shown = ", ".join(f"{v:.0f}" for v in values)
            median = statistics.median(values)
            print(f"  {label:8} {median:6.0f} pages/s  ({text_pages} pages; {shown})")
        print(f"  (with OCR on, the OCR pass then took {statistics.median(ocr_seconds):.1f} s)")
    if hasattr(os, "getloadavg"):
        print(f"\nload average at the end {os.getloadavg()[0]:.1f}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
