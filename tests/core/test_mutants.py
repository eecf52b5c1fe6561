"""The mutation fuzz suite (issue 13, point 7) over PDFs the tests write themselves.

Hostile variants (cut, flipped, headless, xref-less, trailer-less, deflate bombs, page
trees that loop, absurd /Count, lone surrogates, NULs and megabyte strings, Latin-1
names, a FIFO and a link to /etc/passwd) are indexed through the real Archive with a
short time limit and a memory cap. Whatever a file holds, the run ends, every file is a
document or a problem with a reason, and search works afterwards. The byte mutations
are a fixed, seeded sample, to stay within a minute on two cores; the corpus target
(tests/corpus/test_edge_mutants.py) runs them all, on the real hostile PDFs too.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.mutants import (
    LATIN1_NAME,
    LOOP_KINDS,
    Outcome,
    byte_mutants,
    check_accounted,
    check_reasons,
    check_search,
    index_folder,
    pdf_files,
    sources,
    structural_mutants,
    write_mutants,
    write_odd_files,
)
from vtviewer.core.archive import Archive
from vtviewer.core.extract import PoolConfig
from vtviewer.paths import DataPaths

SEED = 13
#: Byte mutants of the 4 sources x 13 mutations kept in `make test`.
BYTE_SAMPLE = 40
TIMEOUT = 10.0
CONFIG = PoolConfig(workers=2, timeout=TIMEOUT, memory_bytes=1024 * 1024**2)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mutants")
    rng = random.Random(SEED)
    mutants = [
        m
        for name, data in sources(tmp_path_factory.mktemp("sources")).items()
        for m in byte_mutants(name, data, rng)
    ]
    write_mutants(folder, [*rng.sample(mutants, BYTE_SAMPLE), *structural_mutants()])
    write_odd_files(folder)
    return folder


@pytest.fixture(scope="module")
def files(folder: Path) -> set[str]:
    return pdf_files(folder)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    with Archive.open(DataPaths(tmp_path_factory.mktemp("data")), CONFIG) as archive:
        yield archive


@pytest.fixture(scope="module")
def outcome(archive: Archive, folder: Path, files: set[str]) -> Outcome:
    return index_folder(archive, folder, files)


def test_the_run_ends_within_the_time_limits(outcome: Outcome, files: set[str]) -> None:
    # Each file may cost its limit at worst; two workers share them. A hang is far more.
    timeouts = [p for p in outcome.problems.values() if p.kind == "timeout"]
    assert outcome.seconds < 30 + len(timeouts) * TIMEOUT, (outcome.seconds, timeouts)
    assert not outcome.summary.cancelled


def test_every_file_is_a_document_or_a_problem(outcome: Outcome, files: set[str]) -> None:
    assert len(files) >= 55
    check_accounted(outcome, files)


def test_every_problem_has_a_readable_reason(outcome: Outcome) -> None:
    assert outcome.problems, "hostile files and no problem at all?"
    check_reasons(outcome)


def test_search_works_afterwards_and_encodes_as_utf8(archive: Archive, outcome: Outcome) -> None:
    check_search(archive, outcome)


def _by_name(outcome: Outcome, name: str) -> object:
    for path, found in [*outcome.documents.items(), *outcome.problems.items()]:
        if path.endswith(name):
            return found
    raise AssertionError(f"no result for *{name}")


def test_page_trees_that_loop_cost_no_time_limit(outcome: Outcome) -> None:
    for kind in LOOP_KINDS:
        result = _by_name(outcome, f"-loop-{kind}.pdf")
        assert getattr(result, "page_count", 0) == 2, (kind, result)
    deep = _by_name(outcome, "-deep-tree.pdf")
    assert getattr(deep, "reason", "") == "damaged PDF: the page tree is nested too deeply"
    for count in ("1000000000", "-1"):
        assert getattr(_by_name(outcome, f"-count-{count}.pdf"), "page_count", 0) == 2


def test_odd_files(outcome: Outcome, folder: Path) -> None:
    assert not any(path.endswith("fifo.pdf") for path in outcome.documents)
    link = _by_name(outcome, "link.pdf")
    assert getattr(link, "reason", "") == "not a PDF (looks like a text file)"
    untitled = _by_name(outcome, os.fsdecode(LATIN1_NAME))
    assert getattr(getattr(untitled, "meta", None), "title", "") == "Reguleringsplan Øvre Ås"
