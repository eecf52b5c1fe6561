"""Indexing benchmark: first full index against raw PDFium text extraction, side by side.

    python bench/index_bench.py FOLDER [--files N] [--repeat 3] [--workers N]
                                [--rescan-files 10000]

FOLDER is a folder of real PDFs (for example one made by the shared corpus script). With
``--files N`` an evenly spread subset of N of its PDFs (by path) is used, linked from a
temporary folder, so that a run takes a few minutes.

Each of ``--repeat`` rounds runs, in turn and in fresh processes:

- the first full index of the files into a fresh data directory (``Archive.index``, as
  ``vtviewer index --no-ocr`` runs it), timed from the process start to the end of the
  run;
- the raw engine: pypdfium2 extracting the text of every page of the same files
  (``get_textpage().get_text_range()``) in as many processes as vtviewer has workers,
  the largest files first as vtviewer hands them out, timed the same way.

Alternating the two in one run keeps the ratio meaningful on a machine whose speed
drifts (other work on the same cores); medians are quoted. The index run also logs when
each file's result reached the indexer, which gives the rate over the first and the last
tenth of the pages, and is sampled (Linux /proc) for the resident memory of the indexer
and of each worker, and of all of them together. Then the same archive is rescanned with
no change, and a folder of ``--rescan-files`` small generated PDFs is indexed and
rescanned (0 skips it).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.core.pdf_factory import make_pdf  # noqa: E402

# Each measurement runs in a child process, so it starts cold and its memory is its own.
# The child notes the wall-clock time when its run ends: the parent knows when it started.
INDEX_CHILD = r"""
import json, sys, time
from pathlib import Path
from vtviewer.core import scan
from vtviewer.core.archive import Archive
from vtviewer.core.pool import PoolConfig
from vtviewer.core.model import Extraction
from vtviewer.core.ocr import OcrSettings
from vtviewer.paths import DataPaths

arrivals = []  # (seconds since the run started, pages) per file, as results reach the indexer
t0 = 0.0

class LoggedPool(scan.ExtractPool):
    def map(self, paths, cancel=None):
        for path, result in super().map(paths, cancel):
            pages = result.page_count if isinstance(result, Extraction) else 0
            arrivals.append((time.perf_counter() - t0, pages))
            yield path, result

def main():
    global t0
    data, root, workers, rescans = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    scan.ExtractPool = LoggedPool
    archive = Archive.open(DataPaths(Path(data)), PoolConfig(workers=workers))
    # The text layers only: the OCR pass (Tesseract, where installed) is not extraction.
    archive.ocr = OcrSettings(enabled=False)
    archive.add_root(root)
    t0 = time.perf_counter()
    summary = archive.index()
    first = time.perf_counter() - t0
    end = time.time()
    times = []
    for _ in range(rescans):
        t1 = time.perf_counter()
        again = archive.index()
        times.append(time.perf_counter() - t1)
        assert again.added == again.updated == 0, again
    stats = archive.stats()
    text_bytes = sum(len(p.text.encode("utf-8", "surrogatepass"))
                     for d in archive.documents() for p in archive.pages(d.id))
    archive.close()
    print(json.dumps({"end": end, "seconds": first, "pages": summary.pages,
        "files": summary.added, "problems": summary.problems, "rescans": times,
        "arrivals": arrivals, "index_bytes": stats.index_bytes, "text_bytes": text_bytes}))

if __name__ == "__main__":  # the workers import this file too
    main()
"""

RAW_CHILD = r"""
import json, multiprocessing, os, sys, time

def pages_of(path):
    import pypdfium2
    try:
        pdf = pypdfium2.PdfDocument(path)
    except Exception:
        return 0
    count = 0
    try:
        for i in range(len(pdf)):
            page = pdf.get_page(i)
            page.get_textpage().get_text_range()
            count += 1
    except Exception:
        pass
    finally:
        pdf.close()
    return count

if __name__ == "__main__":
    paths = sorted(json.load(open(sys.argv[1])), key=os.path.getsize, reverse=True)
    with multiprocessing.get_context("spawn").Pool(int(sys.argv[2])) as pool:
        pages = sum(pool.imap_unordered(pages_of, paths))
    print(json.dumps({"end": time.time(), "pages": pages}))
"""


@dataclass
class Memory:
    """Peak resident memory (MiB) of a process tree, sampled from /proc."""

    root: float = 0.0
    children: dict[int, float] = field(default_factory=dict)
    together: float = 0.0


def _status_kb(pid: int, key: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(p) for p in handle.read().split())
    except (OSError, ValueError):
        pass
    return found


def sample_memory(pid: int, memory: Memory, stop: threading.Event) -> None:
    """VmHWM (each process's own peak) of the process and its descendants, and the peak
    of their summed VmRSS, every 20 ms until ``stop``."""
    while not stop.wait(0.02):
        tree, todo = [], [pid]
        while todo:
            current = todo.pop()
            tree.append(current)
            todo.extend(_children(current))
        total = 0
        for current in tree:
            total += _status_kb(current, "VmRSS:")
            peak = _status_kb(current, "VmHWM:") / 1024
            if current == pid:
                memory.root = max(memory.root, peak)
            else:
                memory.children[current] = max(memory.children.get(current, 0.0), peak)
        memory.together = max(memory.together, total / 1024)


def run_child(script: Path, *args: str) -> tuple[dict[str, object], float, Memory]:
    """Run a child script; its result, the seconds from its start to the end it noted,
    and its memory."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    memory, stop = Memory(), threading.Event()
    start = time.time()
    process = subprocess.Popen(
        [sys.executable, str(script), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    sampler = threading.Thread(target=sample_memory, args=(process.pid, memory, stop))
    sampler.start()
    out, err = process.communicate()
    stop.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"benchmark child failed:\n{err}")
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result, float(result["end"]) - start, memory  # type: ignore[arg-type]


def tenth_rates(arrivals: list[list[float]]) -> tuple[float, float]:
    """Pages/s over the first and over the last tenth of the pages, from the times at
    which each file's result arrived."""
    total = sum(pages for _, pages in arrivals)
    if total == 0:
        return 0.0, 0.0
    first_end = last_start = 0.0
    done = 0.0
    for seconds, pages in arrivals:
        before, done = done, done + pages
        if before < total / 10 <= done and not first_end:
            first_end = seconds
        if before < total * 9 / 10 <= done:
            last_start = seconds
    finish = arrivals[-1][0]
    first = total / 10 / first_end if first_end else 0.0  # (0.0: all in one file)
    last = total / 10 / (finish - last_start) if finish > last_start else 0.0
    return first, last


def subset(folder: Path, count: int, into: Path) -> Path:
    """``count`` PDFs spread evenly over the sorted paths of ``folder``, linked in ``into``."""
    pdfs = sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())
    if count >= len(pdfs):
        return folder
    into.mkdir()
    step = len(pdfs) / count
    for n in range(count):
        source = pdfs[int(n * step)]
        (into / f"{n:05}-{source.name}").symlink_to(source)
    return into


def make_small_pdfs(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        sub = folder / f"mappe-{n // 500:03}"
        sub.mkdir(exist_ok=True)
        text = f"Dokument {n}: handlingsplan for år {2000 + n % 20}"
        make_pdf(sub / f"dokument-{n:05}.pdf", [text])


def mib(count: float) -> str:
    return f"{count / 1024 / 1024:.1f} MiB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="a folder of real PDFs")
    parser.add_argument("--files", type=int, default=0, help="use N of its PDFs (0: all)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rescan-files", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(args.folder).resolve()
    if not folder.is_dir():
        parser.error(f"not a folder: {folder}")

    with tempfile.TemporaryDirectory(prefix="vtviewer-bench-") as tmp:
        root = subset(folder, args.files, Path(tmp) / "files") if args.files else folder
        pdfs = sorted(str(p) for p in root.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())
        # Files, not "python -c": spawned workers import the functions of their __main__.
        index_child, raw_child = Path(tmp) / "index_child.py", Path(tmp) / "raw_child.py"
        index_child.write_text(INDEX_CHILD)
        raw_child.write_text(RAW_CHILD)
        listing = Path(tmp) / "files.json"
        listing.write_text(json.dumps(pdfs))
        pdf_bytes = sum(os.path.getsize(p) for p in pdfs)
        print(f"machine: {os.cpu_count()} cores; workers: {args.workers}")
        print(f"files: {len(pdfs)} PDFs of {folder} ({mib(pdf_bytes)})")

        index_runs, raw_runs, walls, raw_walls, memories = [], [], [], [], []
        for n in range(args.repeat):
            data = str(Path(tmp) / f"data-{n}")
            result, wall, memory = run_child(
                index_child, data, str(root), str(args.workers), "1" if n == 0 else "0"
            )
            raw, raw_wall, _raw_memory = run_child(raw_child, str(listing), str(args.workers))
            index_runs.append(result)
            raw_runs.append(raw)
            walls.append(wall)
            raw_walls.append(raw_wall)
            memories.append(memory)
            first, last = tenth_rates(result["arrivals"])  # type: ignore[arg-type]
            pages = float(result["pages"])  # type: ignore[arg-type]
            print(
                f"  round {n + 1}: vtviewer {result['files']} files, {pages:.0f} pages, "
                f"{result['problems']} problems in {wall:.2f} s = {pages / wall:.0f} pages/s "
                f"(run alone {result['seconds']:.2f} s); tenths {first:.0f} -> {last:.0f} "
                f"pages/s | raw PDFium {raw['pages']} pages in {raw_wall:.2f} s = "
                f"{float(raw['pages']) / raw_wall:.0f} pages/s | "  # type: ignore[arg-type]
                f"ratio {wall / raw_wall:.2f}"
            )

        pages = statistics.median(float(r["pages"]) for r in index_runs)  # type: ignore[arg-type]
        raw_pages = statistics.median(float(r["pages"]) for r in raw_runs)  # type: ignore[arg-type]
        ratios = [w / r for w, r in zip(walls, raw_walls, strict=True)]
        print(
            f"first full index: median {statistics.median(walls):.2f} s = "
            f"{pages / statistics.median(walls):.0f} pages/s (goal >= 1,000)"
        )
        print(
            f"raw PDFium, {args.workers} processes: median {statistics.median(raw_walls):.2f} s "
            f"= {raw_pages / statistics.median(raw_walls):.0f} pages/s"
        )
        print(
            f"vtviewer / raw PDFium time: median {statistics.median(ratios):.2f} "
            f"(min {min(ratios):.2f}, max {max(ratios):.2f}; goal <= 1.3)"
        )
        tenths = [tenth_rates(r["arrivals"]) for r in index_runs]  # type: ignore[arg-type]
        first = statistics.median(t[0] for t in tenths)
        last = statistics.median(t[1] for t in tenths)
        print(
            f"throughput over the run: first tenth of the pages {first:.0f} pages/s, "
            f"last tenth {last:.0f} pages/s ({(last / max(first, 1e-9) - 1) * 100:+.0f} %; "
            "goal within 15 %)"
        )
        worker_peak = max(max(m.children.values(), default=0.0) for m in memories)
        print(
            f"peak memory: indexer {max(m.root for m in memories):.0f} MB, "
            f"largest worker {worker_peak:.0f} MB (goal <= 300 MB each), all processes "
            f"together {max(m.together for m in memories):.0f} MB (goal <= 600 MB)"
        )
        data_bytes = float(index_runs[0]["index_bytes"])  # type: ignore[arg-type]
        text_bytes = float(index_runs[0]["text_bytes"])  # type: ignore[arg-type]
        print(
            f"data directory: {mib(data_bytes)} for {mib(text_bytes)} of extracted text "
            f"(ratio {data_bytes / max(1.0, text_bytes):.2f}, goal <= 1.5)"
        )
        rescan = index_runs[0]["rescans"][0]  # type: ignore[index]
        print(f"no-change rescan of the {len(pdfs)} files: {rescan * 1000:.0f} ms")

        if args.rescan_files:
            small = Path(tmp) / "small"
            t0 = time.perf_counter()
            make_small_pdfs(small, args.rescan_files)
            print(f"generated {args.rescan_files} small PDFs in {time.perf_counter() - t0:.1f} s")
            result, wall, memory = run_child(
                index_child, str(Path(tmp) / "data-small"), str(small), str(args.workers), "5"
            )
            rescans: list[float] = result["rescans"]  # type: ignore[assignment]
            print(
                f"  first index of {result['files']} files: {result['seconds']:.1f} s "
                f"({float(result['files']) / float(result['seconds']):.0f} files/s); "  # type: ignore[arg-type]
                f"peak {memory.root:.0f} MB (indexer), "
                f"{max(memory.children.values(), default=0.0):.0f} MB (worker)"
            )
            print(
                f"no-change rescan of {args.rescan_files} files: median "
                f"{statistics.median(rescans):.3f} s, max {max(rescans):.3f} s (goal <= 1 s)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
