"""Scanned pages: found without a text layer, recognised by Tesseract, searchable on the
right page, cached; and without Tesseract, indexed all the same and counted.

The fixtures are image-only PDFs the tests paint (tests/scans.py). Tests marked
``tesseract`` need Tesseract with Norwegian and English (``make test-ocr`` installs and
runs them); they fail, never skip, when it is missing."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.scans import COLUMNS, NORWEGIAN, ScanPage, scan_pdf
from vtviewer.core.archive import Archive
from vtviewer.core.extract import extract_pdf
from vtviewer.core.model import Progress
from vtviewer.core.ocr import OcrSettings, find_tesseract, parse_tsv
from vtviewer.paths import data_paths


@pytest.fixture
def tesseract() -> None:
    """Tesseract must be there: a loud failure, not a skip, when it is not."""
    found = find_tesseract()
    assert found is not None, (
        "tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-nor "
        "tesseract-ocr-eng (make test-ocr does it)"
    )
    assert {"nor", "eng"} <= set(found.languages), found.languages


def _mixed(folder: Path) -> Path:
    """Page 1 has a text layer, page 2 is a scan of Norwegian text."""
    return scan_pdf(
        folder / "mixed.pdf",
        [
            ScanPage(text=["Innledning til planarbeidet i kommunen og mer tekst her"]),
            ScanPage(lines=NORWEGIAN),
        ],
    )


def _archive(tmp_path: Path, root: Path, *, ocr: bool = True) -> Archive:
    archive = Archive.open(data_paths(tmp_path / "data"))
    archive.ocr = OcrSettings(enabled=ocr)
    archive.add_root(str(root))
    return archive


def test_pages_without_a_text_layer_are_found(qapp: QApplication, tmp_path: Path) -> None:
    path = _mixed(tmp_path / "docs")
    raw = extract_pdf(str(path))
    assert raw.page_count == 2
    assert raw.textless == (2,)


def test_text_pages_are_not_scans(qapp: QApplication, tmp_path: Path) -> None:
    text = ScanPage(text=["Bare tekst på denne siden, ikke et bilde, og litt mer tekst"])
    assert extract_pdf(str(scan_pdf(tmp_path / "t.pdf", [text]))).textless == ()


def test_a_scan_with_a_stamp_of_text_is_a_scan(qapp: QApplication, tmp_path: Path) -> None:
    # A few characters of text layer (a page number stamped later) over a full-page image.
    stamped = ScanPage(lines=NORWEGIAN, text=["Side 2"])
    raw = extract_pdf(str(scan_pdf(tmp_path / "s.pdf", [stamped])))
    assert "Side 2" in raw.pages[0]
    assert raw.textless == (1,)


def test_a_scan_that_carries_an_ocr_layer_is_not_recognised_again(
    qapp: QApplication, tmp_path: Path
) -> None:
    # A scanner's or OCRmyPDF's output: the image, and the text laid over it.
    layered = ScanPage(lines=NORWEGIAN, text=NORWEGIAN)
    raw = extract_pdf(str(scan_pdf(tmp_path / "ocrmypdf.pdf", [layered])))
    assert "Æsøya" in raw.pages[0]
    assert raw.textless == ()


def test_without_tesseract_everything_is_indexed_and_counted(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _mixed(tmp_path / "docs")
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with _archive(tmp_path, tmp_path / "docs") as archive:
        summary = archive.index()
        assert summary.added == 1 and summary.problems == 0 and summary.recognised == 0
        assert archive.problems() == []
        stats = archive.stats()
        assert (stats.pages_without_text, stats.pages_recognised) == (1, 0)
        doc = archive.documents()[0]
        assert archive.page_sources(doc.id) == {"none": 1}
        assert archive.search("planarbeidet").total == 1
        assert archive.search("Tromsø").total == 0


def test_tsv_words_become_lines_and_boxes() -> None:
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "1\t1\t0\t0\t0\t0\t0\t0\t1000\t2000\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t100\t200\t300\t50\t96.5\tSøknad\n"
        "5\t1\t1\t1\t1\t2\t420\t200\t100\t50\t91\tom\n"
        "5\t1\t1\t1\t2\t1\t100\t300\t200\t50\t88\tløyve\n"
        "5\t1\t2\t1\t1\t1\t100\t900\t200\t50\t90\tÆsøya\n"
    )
    page = parse_tsv(tsv, 1000, 2000)
    assert page.text == "Søknad om\nløyve\n\nÆsøya"
    first = page.words[0]
    assert (first.text, first.left, first.top, first.width, first.height) == (
        "Søknad",
        0.1,
        0.1,
        0.3,
        0.025,
    )
    assert first.confidence == 96.5


@pytest.mark.tesseract
def test_scanned_words_are_found_on_their_page(
    qapp: QApplication, tmp_path: Path, tesseract: None
) -> None:
    docs = tmp_path / "docs"
    _mixed(docs)
    scan_pdf(docs / "rotated.pdf", [ScanPage(lines=NORWEGIAN[:3], rotate=90)])
    scan_pdf(docs / "columns.pdf", [ScanPage(lines=COLUMNS, columns=2)])
    with _archive(tmp_path, docs) as archive:
        summary = archive.index()
        assert summary.recognised == 3 and summary.problems == 0
        stats = archive.stats()
        assert (stats.pages_without_text, stats.pages_recognised) == (0, 3)
        result = archive.search("Æsøya")
        assert [h.document.name for h in result.hits] == ["mixed.pdf"]
        pages = result.hits[0].pages
        assert [p.page for p in pages] == [2]
        assert pages[0].recognised
        # The Norwegian matching applies: folded spelling and a compound's part.
        assert archive.search("tromso").total == 2
        assert archive.search("regulering").total >= 2
        rotated = archive.search("dispensasjon")
        assert {h.document.name for h in rotated.hits} == {"mixed.pdf", "rotated.pdf"}
        columns = archive.search('"Kulvert under veien"')
        assert [h.document.name for h in columns.hits] == ["columns.pdf"]
        doc = next(d for d in archive.documents() if d.name == "mixed.pdf")
        words = archive.words(doc.id, 2)
        assert "Æsøya" in {w.text for w in words}
        assert archive.words(doc.id, 1) == ()


@pytest.mark.tesseract
def test_contacts_in_a_scan_are_found_once_it_is_recognised(
    qapp: QApplication, tmp_path: Path, tesseract: None
) -> None:
    lines = ("Søknad om dispensasjon", "Kontaktperson er Kari Nordmann", "e-post kari@example.no")
    scan_pdf(tmp_path / "docs" / "soknad.pdf", [ScanPage(lines=lines)])
    with _archive(tmp_path, tmp_path / "docs") as archive:
        assert archive.index().recognised == 1
        doc = archive.documents()[0]
        assert "kari@example.no" in {c.email for c in doc.meta.contacts}
        assert archive.search("kari@example.no").total == 1


@pytest.mark.tesseract
def test_recognised_pages_are_cached_across_a_rebuild(
    qapp: QApplication, tmp_path: Path, tesseract: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _mixed(tmp_path / "docs")
    with _archive(tmp_path, tmp_path / "docs") as archive:
        assert archive.index().recognised == 1
    # The index made again from nothing (a rebuild of a lost database): Tesseract is not
    # asked again, the cache in the data folder answers.
    paths = data_paths(tmp_path / "data")
    for part in (paths.database, paths.fulltext):
        shutil.rmtree(part) if part.is_dir() else part.unlink()
    from vtviewer.core.pool import ExtractPool

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("recognised again")

    monkeypatch.setattr(ExtractPool, "recognise", refuse)
    with _archive(tmp_path, tmp_path / "docs") as archive:
        summary = archive.index()
        assert summary.recognised == 1
        assert archive.search("Æsøya").total == 1
        assert archive.stats().pages_recognised == 1


def _fake_tesseract(folder: Path, recognise: str) -> None:
    """A 'tesseract' on the PATH that names its version and languages and runs
    ``recognise`` (shell) when asked to read an image."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "tesseract"
    script.write_text(
        "#!/bin/sh\n"
        'case "$1" in\n'
        '  --version) echo "tesseract 9.9.9"; exit 0;;\n'
        "  --list-langs) printf 'languages (4):\\neng\\nnor\\nosd\\nscript/Latin\\n'; exit 0;;\n"
        "esac\n" + recognise + "\n"
    )
    script.chmod(0o755)


def test_a_page_tesseract_fails_on_is_marked_and_not_tried_again(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _mixed(tmp_path / "docs")
    _fake_tesseract(tmp_path / "bin", 'echo "Error: cannot read image" >&2; exit 1')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    with _archive(tmp_path, tmp_path / "docs") as archive:
        summary = archive.index()
        assert (summary.added, summary.problems, summary.recognised) == (1, 0, 0)
        assert archive.problems() == []  # OCR failing is no problem of the file
        doc = archive.documents()[0]
        assert archive.page_sources(doc.id) == {"failed": 1}
        assert archive.stats().pages_without_text == 1
        from vtviewer.core.pool import ExtractPool

        def refuse(*args: object, **kwargs: object) -> object:
            raise AssertionError("tried again")

        monkeypatch.setattr(ExtractPool, "recognise", refuse)
        assert archive.index().recognised == 0


def test_the_ocr_pass_can_be_cancelled_and_keeps_the_text(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _mixed(tmp_path / "docs")
    _fake_tesseract(tmp_path / "bin", "exec sleep 20")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    cancel = threading.Event()
    phases: list[str] = []

    def progress(report: Progress) -> None:
        phases.append(report.phase)
        if report.phase == "recognising":
            cancel.set()

    with _archive(tmp_path, tmp_path / "docs") as archive:
        started = time.monotonic()
        summary = archive.index(progress=progress, cancel=cancel)
        assert time.monotonic() - started < 15
        assert summary.cancelled and summary.recognised == 0
        assert "recognising" in phases
        doc = archive.documents()[0]
        assert archive.page_sources(doc.id) == {"none": 1}  # tried again next time
        assert archive.search("planarbeidet").total == 1


def test_an_index_of_an_older_version_finds_its_scans_at_the_next_run(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    _mixed(tmp_path / "docs")
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    with _archive(tmp_path, tmp_path / "docs") as archive:
        archive.index()
    # What schema 5 held: no page sources, so no scan known.
    conn = sqlite3.connect(data_paths(tmp_path / "data").database)
    conn.execute("DROP INDEX pages_source")
    conn.execute("ALTER TABLE pages DROP COLUMN source")
    conn.execute("DROP TABLE page_words")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with _archive(tmp_path, tmp_path / "docs") as archive:
        summary = archive.index()
        assert (summary.updated, summary.problems) == (1, 0)
        assert archive.stats().pages_without_text == 1


def test_a_page_over_the_time_limit_is_given_up_on_alone(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vtviewer.core.pool import PoolConfig

    _mixed(tmp_path / "docs")
    _fake_tesseract(tmp_path / "bin", "exec sleep 30")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    with Archive.open(data_paths(tmp_path / "data"), PoolConfig(workers=1, timeout=3)) as archive:
        archive.add_root(str(tmp_path / "docs"))
        started = time.monotonic()
        summary = archive.index()
        assert time.monotonic() - started < 25
        assert (summary.added, summary.problems, summary.recognised) == (1, 0, 0)
        doc = archive.documents()[0]
        assert archive.page_sources(doc.id) == {"failed": 1}
        assert archive.search("planarbeidet").total == 1


def test_the_installed_languages_are_read_from_tesseract(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_tesseract(tmp_path / "bin", "exit 1")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    found = find_tesseract()
    assert found is not None
    assert (found.version, found.languages) == ("9.9.9", ("eng", "nor"))
    assert found.choose(("nor", "eng")) == ("nor", "eng")
    assert found.choose(("swe",)) == ("eng",)  # a language missing does not stop it
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert find_tesseract() is None
