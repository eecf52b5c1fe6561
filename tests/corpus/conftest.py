"""Where the real hostile PDFs are: $VTVIEWER_CORPUS or ../shared/corpus/edge-cases."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def corpus_folder() -> Path:
    folder = Path(
        os.environ.get("VTVIEWER_CORPUS") or REPO / ".." / "shared" / "corpus" / "edge-cases"
    )
    if not folder.is_dir():
        # Never skip: a missing corpus is a broken set-up, and CI must say so loudly.
        pytest.fail(f"corpus folder {folder} not found (set VTVIEWER_CORPUS)")
    return folder.resolve()
