"""The command line and scanned pages: index --ocr / --no-ocr, stats, search's note that
a snippet was recognised, the progress of the OCR pass."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.scans import NORWEGIAN, ScanPage, scan_pdf
from vtviewer.cli import ProgressPrinter, main
from vtviewer.core.model import Progress
from vtviewer.core.ocr import find_tesseract


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def scans(qapp: QApplication, tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    scan_pdf(
        folder / "mixed.pdf",
        [ScanPage(text=["Innledning til planarbeidet i kommunen"]), ScanPage(lines=NORWEGIAN)],
    )
    return folder


def test_no_ocr_indexes_the_text_and_counts_the_scanned_pages(
    capsys: pytest.CaptureFixture[str], scans: Path, data_dir: Path
) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, err = run(capsys, "index", str(scans), *d, "--no-ocr", "--workers", "1")
    assert code == 0, err
    assert "1 added" in out
    assert "1 pages have no text layer; index with --ocr" in out
    code, out, _ = run(capsys, "stats", *d, "--json")
    stats = json.loads(out)
    assert (stats["pages_without_text"], stats["pages_recognised"]) == (1, 0)
    code, out, _ = run(capsys, "stats", *d)
    assert "without text layer, not recognised: 1" in out


def test_without_tesseract_the_index_says_how_to_install_it(
    capsys: pytest.CaptureFixture[str],
    scans: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    code, out, err = run(capsys, "index", str(scans), "--data-dir", str(data_dir))
    assert code == 0, err  # a missing Tesseract is no problem
    assert "install Tesseract (sudo apt install tesseract-ocr tesseract-ocr-nor" in out


def test_bad_ocr_languages_are_a_usage_error(
    capsys: pytest.CaptureFixture[str], scans: Path, data_dir: Path
) -> None:
    code, _, err = run(
        capsys, "index", str(scans), "--data-dir", str(data_dir), "--ocr-languages", "nor; rm"
    )
    assert code == 2
    assert "--ocr-languages" in err and "Traceback" not in err


def test_the_ocr_pass_shows_pages_recognised() -> None:
    import io

    stream = io.StringIO()
    printer = ProgressPrinter(stream, enabled=True)
    printer(Progress(12, 340, 12, 6.0, phase="recognising"))
    assert "recognising text: page 12 of 340" in stream.getvalue()


@pytest.mark.tesseract
def test_search_finds_recognised_words_and_says_so(
    capsys: pytest.CaptureFixture[str], scans: Path, data_dir: Path
) -> None:
    assert find_tesseract() is not None, "tesseract is not installed (make test-ocr)"
    d = ["--data-dir", str(data_dir)]
    code, out, err = run(capsys, "index", str(scans), *d, "--workers", "1")
    assert code == 0, err
    assert "1 scanned pages recognised" in out
    code, out, _ = run(capsys, "search", "Æsøya", *d)
    assert code == 0
    assert "p. 2 (recognised text):" in out
    code, out, _ = run(capsys, "search", "Æsøya", *d, "--json")
    page = json.loads(out)["hits"][0]["pages"][0]
    assert page["page"] == 2 and page["recognised"] is True
