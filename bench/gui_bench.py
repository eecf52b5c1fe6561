"""GUI benchmark on a scale archive: cold start, keystroke, preview, memory.

    .venv/bin/python bench/gui_bench.py [FOLDER] [--size 100000] [--data DIR] [--runs 5]
    .venv/bin/python bench/gui_bench.py --archive DATA_DIR

The archive is the one bench/scale_bench.py builds from the real PDFs in FOLDER and
caches in DIR (built now when missing and FOLDER is given); its documents point at the
real PDFs, so the preview opens real files. ``--archive`` takes any vtviewer data dir.
Each measure runs in a fresh child process with the window on the offscreen platform
(QT_QPA_PLATFORM=offscreen unless set). Not a test: it prints medians.

Targets (issue 7): cold start to first results painted <= 1.0 s; keystroke -> results
painted <= 100 ms and result selected -> preview page painted <= 150 ms at 1,000,000
pages; window process <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

#: Words typed into the search field, letter by letter (real and Norwegian words).
TYPED = ("kommune", "plan", "regulering", "document", "tromsø", "package")
#: The query whose hits are selected for the preview measure.
PREVIEW_QUERY = "plan"


# --- child processes: each measure runs in a fresh process ---------------------------------


def child_cold_start(data: Path) -> None:
    """Prints the wall-clock time when the first results are on screen."""
    from PySide6.QtWidgets import QApplication

    from vtviewer.gui.app import make_application, open_window
    from vtviewer.paths import data_paths

    app = make_application()
    window = open_window(app, data_paths(data))
    shown: list[float] = []

    def on_results(_request: int) -> None:
        window.results_view.viewport().repaint()  # the rows painted, not merely loaded
        shown.append(time.time())
        app.quit()

    window.results_shown.connect(on_results)
    window.start(catch_up=False)
    app.exec()
    rows = window.results_model.rowCount()
    window.shutdown()
    window.archive.close()
    QApplication.processEvents()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"shown": shown[0], "rows": rows, "peak_mb": peak_mb}), flush=True)


def child_interaction(data: Path, runs: int) -> None:
    """Keystroke -> results shown, and selection -> preview page painted; peak memory."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtTest import QTest

    from vtviewer.gui.app import make_application, open_window
    from vtviewer.paths import data_paths

    app = make_application()
    window = open_window(app, data_paths(data))
    window.resize(1400, 900)

    def wait_for(predicate: object, timeout: float = 120.0) -> None:
        deadline = time.perf_counter() + timeout
        while not predicate():  # type: ignore[operator]
            if time.perf_counter() > deadline:
                raise TimeoutError("benchmark step timed out")
            app.processEvents()
            time.sleep(0.001)

    latest: list[int] = [0]
    window.results_shown.connect(lambda request: latest.__setitem__(0, request))
    window.start(catch_up=False)
    wait_for(lambda: latest[0] > 0)

    # Keystroke -> results shown (painted). Each keystroke follows a pause, as when a
    # person types a word and looks; bursts are coalesced by the debounce by design.
    keystrokes: list[float] = []
    window.search_field.setFocus()
    for word in TYPED[: max(2, runs)]:
        window.search_field.clear()
        wait_for(lambda: window.session.latest == latest[0])
        time.sleep(0.2)
        app.processEvents()
        for letter in word[:5]:
            before = latest[0]
            start = time.perf_counter()
            QTest.keyClicks(window.search_field, letter)
            wait_for(lambda before=before: latest[0] > before)
            window.results_view.viewport().repaint()
            keystrokes.append((time.perf_counter() - start) * 1000)
            time.sleep(0.2)
            app.processEvents()

    # Selected result -> preview page painted.
    window.set_query(PREVIEW_QUERY)
    wait_for(lambda: window.results_model.rowCount() > 0 and latest[0] == window.session.latest)
    view = window.preview.findChild(QPdfView)
    assert view is not None
    painted: list[float] = []

    class PaintSpy(QObject):
        """The time of each paint of the view once it shows a page (not the empty view
        a new load starts with)."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and window.preview.current_page() >= 1:
                painted.append(time.perf_counter())
            return False

    spy = PaintSpy()
    view.viewport().installEventFilter(spy)
    model = window.results_model
    real_rows = [
        r
        for r in range(model.rowCount())
        if (hit := model.hit(r)) is not None and os.path.exists(hit.document.path)
    ]
    previews: list[float] = []
    pages: list[tuple[int, int, int]] = []  # (page of the hit, page shown, pages of the file)
    for row in real_rows[: max(3, 2 * runs)]:
        window.results_view.clearSelection()
        window.preview.clear()
        app.processEvents()
        time.sleep(0.1)
        painted.clear()
        start = time.perf_counter()
        window.results_view.selectRow(row)
        QTest.qWait(0)
        wait_for(lambda: window.preview.current_page() >= 1 and bool(painted))
        previews.append((painted[0] - start) * 1000)
        hit = model.hit(row)
        if hit is not None:
            wanted = hit.pages[0].page if hit.pages else 1
            pages.append((wanted, window.preview.current_page(), hit.document.page_count))
    del Qt

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.shutdown()
    window.archive.close()
    print(
        json.dumps(
            {
                "keystroke_ms": keystrokes,
                "preview_ms": previews,
                "preview_pages": pages,
                "peak_mb": peak_mb,
            }
        ),
        flush=True,
    )


def run_child(args: list[str]) -> dict[str, object]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["VTVIEWER_LANG"] = "en"
    out = subprocess.run([sys.executable, __file__, *args], env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"child {args[:2]} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def archive_data(parser: argparse.ArgumentParser, args: argparse.Namespace) -> tuple[Path, str]:
    """The vtviewer data dir to open, and what it holds (for the report)."""
    if args.archive:
        data = Path(args.archive)
        if not (data / "index.sqlite3").is_file():
            parser.error(f"not a vtviewer data dir: {data}")
        return data, str(data)
    import scale_archive

    cache = Path(args.data) if args.data else scale_archive.default_data()
    if args.folder:
        built = scale_archive.build(Path(args.folder), cache, args.size)
    else:
        found = scale_archive.load(cache, args.size)
        if found is None:
            parser.error(
                f"no archive of {args.size} pages in {cache}: give FOLDER (a folder of real"
                " PDFs) to build it, or build it with bench/scale_bench.py"
            )
        built = found
    info = built.info
    return built.data, f"{info['pages']:,} pages, {info['documents']:,} documents"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", nargs="?", help="a folder of real PDFs (builds the archive)")
    parser.add_argument("--size", type=int, default=100_000, help="pages of the scale archive")
    parser.add_argument("--data", help="the scale benchmarks' cache folder")
    parser.add_argument("--archive", help="a vtviewer data dir to measure instead")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=("cold", "interaction"), help=argparse.SUPPRESS)
    parser.add_argument("--child-data", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "cold":
        child_cold_start(Path(args.child_data))
        return 0
    if args.child == "interaction":
        child_interaction(Path(args.child_data), args.runs)
        return 0

    data, label = archive_data(parser, args)
    # A settings file from an earlier run would restore an old geometry: start clean.
    (data / "settings.ini").unlink(missing_ok=True)

    cold: list[float] = []
    cold_peak: list[float] = []
    for _ in range(args.runs):
        start = time.time()
        result = run_child(["--child", "cold", "--child-data", str(data)])
        cold.append(float(result["shown"]) - start)  # type: ignore[arg-type]
        cold_peak.append(float(result["peak_mb"]))  # type: ignore[arg-type]
    interaction = run_child(
        ["--child", "interaction", "--child-data", str(data), "--runs", str(args.runs)]
    )
    keystroke = [float(x) for x in interaction["keystroke_ms"]]  # type: ignore[attr-defined]
    preview = [float(x) for x in interaction["preview_ms"]]  # type: ignore[attr-defined]
    peak = float(interaction["peak_mb"])  # type: ignore[arg-type]

    def line(label: str, value: float, unit: str, target: float) -> str:
        verdict = "ok" if value <= target else "OVER"
        return f"{label:<44} {value:8.1f} {unit:<3} (target <= {target:g} {unit}) {verdict}"

    print(f"archive: {label}; {args.runs} runs, medians; load average {os.getloadavg()[0]:.1f}")
    print(line("cold start -> first results painted", statistics.median(cold) * 1000, "ms", 1000))
    print(line("keystroke -> results painted", statistics.median(keystroke), "ms", 100))
    print(line("result selected -> preview page painted", statistics.median(preview), "ms", 150))
    print(line("peak memory (interaction process)", peak, "MB", 300))
    print(line("peak memory (cold start process)", max(cold_peak), "MB", 300))
    print(
        f"  cold runs ms: {[round(c * 1000) for c in cold]}\n"
        f"  keystrokes ms (typed {', '.join(TYPED[: max(2, args.runs)])}, 5 letters each):"
        f" {[round(k, 1) for k in keystroke]}\n"
        f"  keystroke p95 {_p95(keystroke):.1f} ms; preview p95 {_p95(preview):.1f} ms\n"
        f"  previews ms ({PREVIEW_QUERY!r}, {len(preview)} rows):"
        f" {[round(p, 1) for p in preview]}\n"
        f"  preview pages: {interaction.get('preview_pages')}"
    )
    return 0


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] if ordered else 0.0


if __name__ == "__main__":
    sys.exit(main())
