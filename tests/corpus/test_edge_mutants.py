"""The mutation fuzz suite over the real hostile PDFs of the edge-case corpus.

Each corpus file gives seeded byte mutants (cut, flipped, no header, no or garbled xref
and trailer) and, where pypdf can rewrite it, a copy with hostile metadata; with them
go every mutant of tests/core/test_mutants.py. All are indexed by the real Archive in
one run, and the same invariant holds: the run ends, every file is a document or a
problem with a readable reason, search works afterwards.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.mutants import (
    BYTE_MUTATIONS,
    Mutant,
    Outcome,
    byte_mutants,
    check_accounted,
    check_reasons,
    check_search,
    hostile_metadata,
    index_folder,
    pdf_files,
    sources,
    structural_mutants,
    write_mutants,
    write_odd_files,
)
from tests.corpus.conftest import corpus_folder
from vtviewer.core.archive import Archive
from vtviewer.core.extract import PoolConfig
from vtviewer.paths import DataPaths

pytestmark = pytest.mark.corpus

SEED = 1313
#: Byte mutations per corpus file (of the 13), chosen per file by the seeded generator.
PER_FILE = 6
TIMEOUT = 20.0
CONFIG = PoolConfig(workers=2, timeout=TIMEOUT, memory_bytes=1024 * 1024**2)


def corpus_mutants(rng: random.Random) -> Iterator[Mutant]:
    corpus = sorted(corpus_folder().glob("*.pdf"))
    assert len(corpus) == 68, f"{len(corpus)} PDFs in the corpus, expected 68"
    rewritten = 0
    for path in corpus:
        data = path.read_bytes()
        chosen = rng.sample(sorted(BYTE_MUTATIONS), PER_FILE)
        yield from byte_mutants(path.stem, data, rng, chosen)
        hostile = hostile_metadata(data)
        if hostile is not None:
            rewritten += 1
            yield Mutant(f"{path.stem}--hostile-metadata", hostile)
    assert rewritten >= 30, f"pypdf rewrote only {rewritten} corpus files"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("edge-mutants")
    rng = random.Random(SEED)
    factory = [
        m
        for name, data in sources(tmp_path_factory.mktemp("sources")).items()
        for m in byte_mutants(name, data, rng)
    ]
    write_mutants(folder, [*corpus_mutants(rng), *factory, *structural_mutants()])
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
    timeouts = [p for p in outcome.problems.values() if p.kind == "timeout"]
    # Two workers; each file may cost its limit at worst, and a hang far more.
    assert outcome.seconds < 240 + len(timeouts) * TIMEOUT / 2, (outcome.seconds, timeouts)


def test_every_file_is_a_document_or_a_problem(outcome: Outcome, files: set[str]) -> None:
    assert len(files) >= 68 * PER_FILE
    check_accounted(outcome, files)


def test_every_problem_has_a_readable_reason(outcome: Outcome) -> None:
    check_reasons(outcome)


def test_search_works_afterwards_and_encodes_as_utf8(archive: Archive, outcome: Outcome) -> None:
    check_search(archive, outcome)
