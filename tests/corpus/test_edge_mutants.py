"""The mutation fuzz suite over the real hostile PDFs of the edge-case corpus.

Each corpus file gives every byte mutant (cut, flipped, no header, no or garbled xref
and trailer; the random ones in four seeded rounds) and, where pypdf can rewrite it, a
copy with hostile metadata; with them go every mutant of tests/core/test_mutants.py.
All are indexed by the real Archive in one run, and the same invariant holds: the run
ends, every file is a document or a problem with a readable reason, search works
afterwards.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.mutants import (
    BYTE_MUTATIONS,
    Mutant,
    Run,
    byte_mutants,
    check_accounted,
    check_reasons,
    check_search,
    generated_mutants,
    hostile_metadata,
    indexed,
)
from tests.corpus.conftest import corpus_folder
from vtviewer.core.model import Extraction
from vtviewer.core.pool import ExtractPool, PoolConfig

pytestmark = pytest.mark.corpus

SEED = 1313
#: The mutations that draw on the seeded generator get this many more rounds per file.
ROUNDS = 3
RANDOM_MUTATIONS = sorted(m for m in BYTE_MUTATIONS if m.startswith(("flip", "garbled")))
PER_FILE = len(BYTE_MUTATIONS) + ROUNDS * len(RANDOM_MUTATIONS)
TIMEOUT = 20.0
CONFIG = PoolConfig(workers=2, timeout=TIMEOUT, memory_bytes=1024 * 1024**2)


def corpus_mutants(rng: random.Random) -> Iterator[Mutant]:
    corpus = sorted(corpus_folder().glob("*.pdf"))
    assert len(corpus) == 68, f"{len(corpus)} PDFs in the corpus, expected 68"
    rewritten = 0
    for path in corpus:
        data = path.read_bytes()
        yield from byte_mutants(path.stem, data, rng)
        for again in range(1, ROUNDS + 1):
            yield from byte_mutants(f"{path.stem}-{again}", data, rng, RANDOM_MUTATIONS)
        hostile = hostile_metadata(data)
        if hostile is not None:
            rewritten += 1
            yield Mutant(f"{path.stem}--hostile-metadata", hostile)
    assert rewritten >= 30, f"pypdf rewrote only {rewritten} corpus files"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    tmp = tmp_path_factory.mktemp("edge-mutants")
    rng = random.Random(SEED)
    mutants = [*corpus_mutants(rng), *generated_mutants(tmp, rng)]
    with indexed(tmp, mutants, CONFIG) as run:
        yield run


def test_the_run_ends_within_the_time_limits(run: Run) -> None:
    timeouts = [p for p in run.outcome.problems.values() if p.kind == "timeout"]
    # Two workers; each file may cost its limit at worst, and a hang far more.
    assert run.outcome.seconds < 240 + len(timeouts) * TIMEOUT / 2, timeouts


def test_every_corpus_mutant_is_a_document_or_a_problem(run: Run) -> None:
    assert len(run.files) >= 68 * PER_FILE
    check_accounted(run.outcome, run.files)
    check_reasons(run.outcome)


def test_search_works_after_the_corpus_mutants(run: Run) -> None:
    check_search(run.archive, run.outcome)


def test_a_file_qtpdf_hung_on_is_read_within_the_time_limit(tmp_path: Path) -> None:
    # Found by this suite: one byte of AutoCad_Simple.pdf changed (">>]" to ">e]" in a
    # page's /VP array) and QtPdf's QPdfDocument.load() spun for good (pypdf read it);
    # pypdfium2's PDFium opens it at once, though it finds no text on the damaged page.
    data = bytearray((corpus_folder() / "AutoCad_Simple.pdf").read_bytes())
    assert data[2052:2055] == b">>]", "the corpus file changed"
    data[2053] = ord("e")
    path = tmp_path / "autocad-flipped.pdf"
    path.write_bytes(data)

    with ExtractPool(PoolConfig(workers=1, timeout=5.0)) as pool:
        result = pool.extract(str(path))

    assert isinstance(result, Extraction), result
    assert result.page_count == 1
