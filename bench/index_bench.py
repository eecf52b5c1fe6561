"""Indexing benchmark: first full index (pages/s), no-change rescan time, peak memory.

    python bench/index_bench.py FOLDER [--repeat 3] [--workers N] [--rescan-files 10000]

FOLDER is indexed from scratch ``--repeat`` times into fresh data directories (the median
is quoted); then a folder of ``--rescan-files`` small generated PDFs is indexed once and
rescanned without changes. Peak memory is the largest resident set of the indexing
process and, separately, of any one extraction worker.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.core.pdf_factory import make_pdf  # noqa: E402

# Run in a child process so each measurement starts cold and its peak memory is its own.
CHILD = r"""
import json, resource, sys, time
from vtviewer.core.archive import Archive
from vtviewer.core.extract import PoolConfig
from vtviewer.paths import DataPaths
data, root, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
archive = Archive.open(DataPaths(__import__("pathlib").Path(data)), PoolConfig(workers=workers))
archive.add_root(root)
t0 = time.perf_counter()
summary = archive.index()
first = time.perf_counter() - t0
rescans = []
for _ in range(int(sys.argv[4])):
    t0 = time.perf_counter()
    again = archive.index()
    rescans.append(time.perf_counter() - t0)
    assert again.added == again.updated == 0, again
stats = archive.stats()
text_bytes = sum(len(p.text.encode("utf-8", "surrogatepass"))
                 for d in archive.documents() for p in archive.pages(d.id))
archive.close()
self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": first, "pages": summary.pages, "files": summary.added,
    "problems": summary.problems, "rescans": rescans, "self_mb": self_kb / 1024,
    "worker_mb": child_kb / 1024, "index_bytes": stats.index_bytes,
    "text_bytes": text_bytes}))
"""


def run_child(data: Path, root: Path, workers: int, rescans: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), str(root), str(workers), str(rescans)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def make_small_pdfs(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        sub = folder / f"mappe-{n // 500:03}"
        sub.mkdir(exist_ok=True)
        text = f"Dokument {n}: handlingsplan for år {2000 + n % 20}"
        make_pdf(sub / f"dokument-{n:05}.pdf", [text])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(REPO.parent / "shared/corpus/edge-cases"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rescan-files", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(args.folder).resolve()
    if not folder.is_dir():
        parser.error(f"not a folder: {folder}")
    pdf_bytes = sum(p.stat().st_size for p in folder.rglob("*") if p.suffix.lower() == ".pdf")
    print(f"machine: {os.cpu_count()} cores; workers: {args.workers}")
    print(f"folder: {folder} ({pdf_bytes / 1024 / 1024:.1f} MiB of PDF)")

    with tempfile.TemporaryDirectory(prefix="vtviewer-bench-") as tmp:
        runs = []
        for n in range(args.repeat):
            result = run_child(Path(tmp) / f"data-{n}", folder, args.workers, 1)
            runs.append(result)
            rate = result["pages"] / result["seconds"]
            print(
                f"  run {n + 1}: {result['files']:.0f} files, {result['pages']:.0f} pages, "
                f"{result['problems']:.0f} problems in {result['seconds']:.2f} s = "
                f"{rate:.0f} pages/s; rescan {result['rescans'][0] * 1000:.0f} ms; "  # type: ignore[index]
                f"peak {result['self_mb']:.0f} MB (indexer), {result['worker_mb']:.0f} MB (worker)"
            )
        rates = [r["pages"] / r["seconds"] for r in runs]
        print(f"first full index: median {statistics.median(rates):.0f} pages/s (goal >= 500)")
        print(
            f"peak memory: indexer {max(r['self_mb'] for r in runs):.0f} MB, "
            f"worker {max(r['worker_mb'] for r in runs):.0f} MB (goal <= 300 MB)"
        )
        data_bytes, text_bytes = runs[0]["index_bytes"], runs[0]["text_bytes"]
        print(
            f"data directory: {data_bytes / 1024 / 1024:.1f} MiB for "
            f"{text_bytes / 1024 / 1024:.1f} MiB of extracted text "
            f"(ratio {data_bytes / max(1, text_bytes):.2f}, goal <= 2)"
        )

        if args.rescan_files:
            small = Path(tmp) / "small"
            t0 = time.perf_counter()
            make_small_pdfs(small, args.rescan_files)
            print(f"generated {args.rescan_files} small PDFs in {time.perf_counter() - t0:.1f} s")
            result = run_child(Path(tmp) / "data-small", small, args.workers, 5)
            rescans = result["rescans"]
            print(
                f"  first index of {result['files']:.0f} files: {result['seconds']:.1f} s "
                f"({result['files'] / result['seconds']:.0f} files/s); "
                f"peak {result['self_mb']:.0f} MB (indexer), {result['worker_mb']:.0f} MB (worker)"
            )
            print(
                f"no-change rescan of {args.rescan_files} files: median "
                f"{statistics.median(rescans):.3f} s, max {max(rescans):.3f} s (goal <= 1 s)"  # type: ignore[type-var]
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
