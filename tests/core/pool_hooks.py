"""Test seams for the worker pool (pool.WorkerHooks), run in the worker processes.

A file whose path holds HANG-ME hangs, CRASH-ME crashes with SIGSEGV, HOG-ME allocates past
the memory cap, SLOW-ME takes SLOW_SECONDS longer, and PDFIUM-HANGS hangs once PDFium has
it (pypdf read it already). The hooks are module-level functions: they reach the spawned
workers pickled by name.
"""

from __future__ import annotations

import os
import signal
import threading
import time

from vtviewer.core.model import Extraction, Problem
from vtviewer.core.pool import ExtractPool, PoolConfig, WorkerHooks

TIMEOUT = 3.0
MEMORY = 768 * 1024**2
SLOW_SECONDS = 0.05


def misbehave(path: str, memory_bytes: int) -> None:
    if "HANG-ME" in path:
        threading.Event().wait()
    if "CRASH-ME" in path:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "SLOW-ME" in path:
        time.sleep(SLOW_SECONDS)
    if "HOG-ME" in path:
        hog = bytearray(memory_bytes + 64 * 1024**2)
        hog[-1] = 1


def hang_in_pdfium(path: str) -> None:
    if "PDFIUM-HANGS" in path:
        threading.Event().wait()


HOOKS = WorkerHooks(before_extract=misbehave, in_pdfium=hang_in_pdfium)


def hooked_pool() -> ExtractPool:
    """Two workers with a short time limit and the hooks above."""
    return ExtractPool(PoolConfig(workers=2, timeout=TIMEOUT, memory_bytes=MEMORY, hooks=HOOKS))


def run(pool: ExtractPool, paths: list[str]) -> dict[str, Extraction | Problem]:
    results = dict(pool.map(paths))
    assert sorted(results) == sorted(paths)
    return results


def assert_good(results: dict[str, Extraction | Problem], paths: list[str]) -> None:
    for path in paths:
        result = results[path]
        assert isinstance(result, Extraction), result
        assert result.pages[0].startswith("Dokument ") and result.pages[0].endswith(" æøå")
