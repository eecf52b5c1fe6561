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

import pytest

from tests.core.mutants import (
    LATIN1_NAME,
    LOOP_KINDS,
    Outcome,
    Run,
    check_accounted,
    check_reasons,
    check_search,
    generated_mutants,
    indexed,
)
from vtviewer.core.messages import english
from vtviewer.core.pool import PoolConfig

SEED = 13
#: Byte mutants of the 4 sources x 13 mutations kept in `make test`.
BYTE_SAMPLE = 40
TIMEOUT = 10.0
CONFIG = PoolConfig(workers=2, timeout=TIMEOUT, memory_bytes=1024 * 1024**2)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    tmp = tmp_path_factory.mktemp("mutants")
    mutants = generated_mutants(tmp, random.Random(SEED), BYTE_SAMPLE)
    with indexed(tmp, mutants, CONFIG) as run:
        yield run


@pytest.fixture(scope="module")
def outcome(run: Run) -> Outcome:
    return run.outcome


def test_the_run_ends_within_the_time_limits(outcome: Outcome) -> None:
    # Each file may cost its limit at worst; two workers share them. A hang is far more.
    timeouts = [p for p in outcome.problems.values() if p.kind == "timeout"]
    assert outcome.seconds < 30 + len(timeouts) * TIMEOUT, (outcome.seconds, timeouts)
    assert not outcome.summary.cancelled


def test_every_file_is_a_document_or_a_problem(run: Run) -> None:
    assert len(run.files) >= 55
    check_accounted(run.outcome, run.files)


def test_every_problem_has_a_readable_reason(outcome: Outcome) -> None:
    assert outcome.problems, "hostile files and no problem at all?"
    check_reasons(outcome)


def test_search_works_afterwards_and_encodes_as_utf8(run: Run) -> None:
    check_search(run.archive, run.outcome)


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
    assert english(deep.reason) == "damaged PDF: the page tree is nested too deeply"
    for count in ("1000000000", "-1"):
        assert getattr(_by_name(outcome, f"-count-{count}.pdf"), "page_count", 0) == 2


def test_odd_files(outcome: Outcome) -> None:
    assert not any(path.endswith("fifo.pdf") for path in outcome.documents)
    link = _by_name(outcome, "link.pdf")
    assert english(link.reason) == "not a PDF (looks like a text file)"
    untitled = _by_name(outcome, os.fsdecode(LATIN1_NAME))
    assert getattr(getattr(untitled, "meta", None), "title", "") == "Reguleringsplan Øvre Ås"
