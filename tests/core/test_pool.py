"""Tests for vtviewer.core.pool: workers with time and memory limits, typed messages."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.pdf_factory import make_encrypted_pdf, make_pdf, write_empty_pdf, write_fake_pdf
from tests.core.pool_hooks import TIMEOUT, assert_good, run
from vtviewer.core import pool as pool_module
from vtviewer.core.messages import english
from vtviewer.core.model import Extraction, Problem
from vtviewer.core.pool import IN_FLIGHT_PER_WORKER, ExtractPool, PoolConfig


def test_pool_extracts_in_worker_processes(
    pool: ExtractPool, good_files: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Would break any extraction done in this process.
    monkeypatch.setattr(pool_module, "extract_pdf", None)
    empty = str(write_empty_pdf(tmp_path / "empty.pdf"))
    fake = str(write_fake_pdf(tmp_path / "fake.pdf"))
    secret = str(make_encrypted_pdf(tmp_path / "secret.pdf", "hemmelig"))

    results = run(pool, [*good_files, empty, fake, secret])

    assert_good(results, good_files)
    kinds = {path: r.kind for path, r in results.items() if isinstance(r, Problem)}
    assert kinds == {empty: "empty", fake: "not-pdf", secret: "password"}
    problem = results[empty]
    assert isinstance(problem, Problem)
    assert (problem.path, english(problem.reason)) == (empty, "empty file (0 bytes)")
    assert problem.when == pytest.approx(time.time(), abs=60)
    assert os.getpid() not in pool.worker_pids
    assert len(pool.worker_pids) == 2


def test_pool_extract_one_with_password(pool: ExtractPool, tmp_path: Path) -> None:
    path = str(make_encrypted_pdf(tmp_path / "secret.pdf", "hemmelig", pages=["Bjørn"]))

    asked = pool.extract(path)
    assert isinstance(asked, Problem) and asked.kind == "password"
    opened = pool.extract(path, password="hemmelig")
    assert isinstance(opened, Extraction) and opened.pages == ("Bjørn",)


def test_hanging_file_times_out_and_the_rest_goes_on(
    pool: ExtractPool, good_files: list[str], tmp_path: Path
) -> None:
    hang = str(make_pdf(tmp_path / "HANG-ME.pdf", ["aldri"]))
    before = set(pool.worker_pids)
    started = time.monotonic()

    results = run(pool, [good_files[0], hang, *good_files[1:]])

    assert time.monotonic() - started < TIMEOUT + 10
    problem = results[hang]
    assert isinstance(problem, Problem)
    assert (problem.kind, english(problem.reason)) == ("timeout", "timed out after 3 s")
    assert_good(results, good_files)
    assert before - set(pool.worker_pids), "the hung worker was not replaced"


def test_crashing_worker_is_replaced(
    pool: ExtractPool, good_files: list[str], tmp_path: Path
) -> None:
    crash = str(make_pdf(tmp_path / "CRASH-ME.pdf", ["krasj"]))
    before = set(pool.worker_pids)

    results = run(pool, [crash, *good_files])

    problem = results[crash]
    assert isinstance(problem, Problem)
    assert (problem.kind, english(problem.reason)) == (
        "crash",
        "extraction process crashed (signal 11)",
    )
    assert_good(results, good_files)
    assert before - set(pool.worker_pids), "the crashed worker is still listed"
    assert_good(run(pool, good_files), good_files)


def test_memory_cap_gives_a_memory_problem(
    pool: ExtractPool, good_files: list[str], tmp_path: Path
) -> None:
    hog = str(make_pdf(tmp_path / "HOG-ME.pdf", ["stor"]))

    results = run(pool, [hog, *good_files])

    problem = results[hog]
    assert isinstance(problem, Problem)
    assert (problem.kind, english(problem.reason)) == (
        "memory",
        "ran out of memory (limit 768 MiB)",
    )
    assert_good(results, good_files)


def test_cancel_kills_busy_workers_promptly(
    pool: ExtractPool, good_files: list[str], tmp_path: Path
) -> None:
    hangs = [str(make_pdf(tmp_path / f"HANG-ME-{i}.pdf", ["aldri"])) for i in range(4)]
    cancel = threading.Event()
    seen: list[str] = []
    cancelled_at = 0.0

    for path, _result in pool.map([good_files[0], *hangs, *good_files[1:]], cancel=cancel):
        seen.append(path)
        cancel.set()
        cancelled_at = time.monotonic()

    assert seen == [good_files[0]]
    assert time.monotonic() - cancelled_at < TIMEOUT / 2
    # The pool is still usable, and no stale result leaks into the next run.
    assert_good(run(pool, good_files), good_files)


def test_paths_are_consumed_lazily(pool: ExtractPool, good_files: list[str]) -> None:
    taken: list[str] = []

    def paths() -> Iterator[str]:
        for path in good_files * 4:
            taken.append(path)
            yield path

    results = pool.map(paths())
    next(results)
    # At most IN_FLIGHT_PER_WORKER files per worker in flight, and the one handed out next.
    assert len(taken) <= 2 * IN_FLIGHT_PER_WORKER + 1
    results.close()  # abandoning the run must not leave stale work behind
    assert_good(run(pool, good_files), good_files)


def test_closed_pool_refuses_work() -> None:
    pool = ExtractPool(PoolConfig(workers=1))
    pool.close()
    with pytest.raises(RuntimeError):
        list(pool.map(["x.pdf"]))
    with pytest.raises(ValueError):
        ExtractPool(PoolConfig(workers=0))
