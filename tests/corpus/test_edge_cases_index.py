"""The whole indexer over the 68 real hostile PDFs: each is indexed or has a reason."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.corpus.conftest import corpus_folder
from vtviewer.cli import main
from vtviewer.core.archive import Archive
from vtviewer.core.messages import english
from vtviewer.core.pool import PoolConfig
from vtviewer.paths import DataPaths

pytestmark = pytest.mark.corpus


def test_every_file_is_indexed_or_recorded_with_a_reason(tmp_path: Path) -> None:
    corpus = corpus_folder()
    pdfs = sorted(str(p) for p in corpus.glob("*.pdf"))
    assert len(pdfs) == 68
    archive = Archive.open(DataPaths(tmp_path / "data"), PoolConfig(workers=2, timeout=60.0))
    try:
        archive.add_root(str(corpus))
        started = time.monotonic()
        summary = archive.index()
        elapsed = time.monotonic() - started
        assert elapsed < 300, f"indexing the corpus took {elapsed:.0f} s"
        indexed = {d.path for d in archive.documents()}
        problems = {p.path: p for p in archive.problems()}
        assert indexed | set(problems) == set(pdfs)
        assert not indexed & set(problems)
        assert summary.added == len(indexed) and summary.problems == len(problems)
        for problem in problems.values():
            assert english(problem.reason) and len(english(problem.reason)) < 500, problem
            assert "Traceback" not in english(problem.reason)
        by_name = {Path(path).name: p for path, p in problems.items()}
        assert english(by_name["encryption__r2-user-password.pdf"].reason) == "password required"
        assert by_name["libreoffice-writer-password.pdf"].kind == "password"
        # Most of the corpus is readable; an engine regression would show here.
        assert len(indexed) >= 55
        # Encrypted with an empty user password: opened without asking.
        doc = archive.document_by_path(str(corpus / "encryption__r6-empty-password.pdf"))
        assert doc is not None and doc.encrypted
        # Search works over what was indexed.
        assert archive.search("the", limit=5).total > 0
    finally:
        archive.close()


def test_cli_index_exit_code_and_problem_list_over_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = corpus_folder()
    data = str(tmp_path / "data")
    assert main(["index", str(corpus), "--data-dir", data]) == 1
    capsys.readouterr()
    assert main(["problems", "--data-dir", data, "--json"]) == 0
    problems = json.loads(capsys.readouterr().out)
    assert problems and all(set(p) >= {"path", "reason"} for p in problems)
    # A second run changes nothing and retries nothing.
    assert main(["index", str(corpus), "--data-dir", data, "--json"]) == 1
    summary = json.loads(capsys.readouterr().out)
    assert summary["added"] == 0 and summary["problems"] == 0
