"""Fixtures of the core tests: a worker pool with the test hooks, PDFs it reads well."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.core.pdf_factory import make_pdf
from tests.core.pool_hooks import hooked_pool
from vtviewer.core.pool import ExtractPool


@pytest.fixture(scope="module")
def pool() -> Iterator[ExtractPool]:
    """Two workers with a short time limit and the test hooks (see pool_hooks.py)."""
    with hooked_pool() as shared:
        yield shared


@pytest.fixture(scope="module")
def good_files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("good")
    return [
        str(make_pdf(folder / f"doc{i}.pdf", [f"Dokument {i} æøå", "Side 2"])) for i in range(5)
    ]
