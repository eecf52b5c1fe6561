"""One file never stops a run: failures while merging, storing or full-text indexing one
file become that file's problem; text from anywhere is stored as valid Unicode."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from tests.core.pdf_factory import make_pdf, write_empty_pdf
from tests.core.test_scan import CONFIG, RecordingFullText
from vtviewer.core import scan as scan_module
from vtviewer.core.fulltext import FullText
from vtviewer.core.index import Store, Writer
from vtviewer.core.messages import english
from vtviewer.core.model import Document, Extraction, Metadata, Page
from vtviewer.core.scan import Indexer
from vtviewer.core.search import SearchEngine


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.open(":memory:")
    yield s
    s.close()


def _five_pdfs(root: Path) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    return [make_pdf(root / f"dok{i}.pdf", [f"Dokument nummer {i} om planer"]) for i in range(5)]


def fail_to_store(monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    """Make the store write of the file ``bad`` raise "injected failure"."""
    real_put = Writer.put_document

    def put_document(self: Writer, **kwargs: object) -> int:
        if kwargs["path"] == bad:
            raise RuntimeError("injected failure")
        return real_put(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Writer, "put_document", put_document)


def test_a_failing_store_write_for_one_file_keeps_every_other_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _five_pdfs(tmp_path / "arkiv")
    bad = str(files[2])
    fail_to_store(monkeypatch, bad)
    fulltext = RecordingFullText()
    summary = Indexer(store, fulltext, CONFIG).run([str(tmp_path / "arkiv")])

    assert (summary.added, summary.problems) == (4, 1)
    indexed = {d.path for d in store.iter_documents()}
    assert indexed == {str(f) for f in files} - {bad}
    problem = store.problem_for(bad)
    assert problem is not None and "injected failure" in english(problem.reason)
    assert "stored" in english(problem.reason)
    # The full-text index holds exactly what the store holds.
    assert {d.path for d, _ in fulltext.docs.values()} == indexed


def test_a_failing_merge_for_one_file_keeps_every_other_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _five_pdfs(tmp_path / "arkiv")
    bad = str(files[0])
    real_build = scan_module.MetadataSource.build

    def build(
        self: scan_module.MetadataSource, pdf: str, raw: Extraction, content: str
    ) -> Metadata:
        if pdf == bad:
            raise RecursionError("maximum recursion depth exceeded")
        return real_build(self, pdf, raw, content)

    monkeypatch.setattr(scan_module.MetadataSource, "build", build)
    summary = Indexer(store, RecordingFullText(), CONFIG).run([str(tmp_path / "arkiv")])
    assert (summary.added, summary.problems) == (4, 1)
    problem = store.problem_for(bad)
    assert problem is not None and "RecursionError" in english(problem.reason)


class RefusingFullText(RecordingFullText):
    """Refuses documents whose title contains "refuse", like tantivy refusing a value."""

    def add(self, doc: Document, pages: Sequence[Page], copies: int = 1) -> None:
        if "refuse" in doc.path:
            raise OverflowError("can't convert negative int to unsigned")
        super().add(doc, pages, copies)


def test_a_document_the_fulltext_index_refuses_becomes_a_problem(
    store: Store, tmp_path: Path
) -> None:
    root = tmp_path / "arkiv"
    files = _five_pdfs(root)
    refused = make_pdf(root / "refuse.pdf", ["Dette dokumentet nektes"])
    fulltext = RefusingFullText()
    indexer = Indexer(store, fulltext, CONFIG)
    summary = indexer.run([str(root)])
    assert summary.problems == 0  # stored fine; refused afterwards
    # Store and full-text index agree; the refused file is a problem with its reason.
    assert {d.path for d in store.iter_documents()} == {str(f) for f in files}
    assert {d.path for d, _ in fulltext.docs.values()} == {str(f) for f in files}
    problem = store.problem_for(str(refused))
    assert problem is not None and "search index" in english(problem.reason)
    assert store.pending_fulltext() == []
    # The next run neither fails nor tries the unchanged file again.
    again = indexer.run([str(root)])
    assert (again.added, again.problems) == (0, 0)


def test_a_stored_document_the_engine_refuses_does_not_break_search_for_others(
    tmp_path: Path,
) -> None:
    """Before: a period of -5 committed to the store failed in the full-text sync that
    every later search and index ran first, so nothing could be searched any more."""
    store = Store.open(":memory:")
    fulltext = FullText.open(tmp_path / "ft")
    try:
        with store.transaction() as tx:
            for n, meta in enumerate(
                (Metadata(title="God plan"), Metadata(title="Ond plan", period_from=-5))
            ):
                raw = Extraction(page_count=1, pages=(f"plan nummer {n}",))
                tx.put_document(
                    path=str(tmp_path / f"{n}.pdf"),
                    size=1,
                    mtime=1.0,
                    hash=str(n),
                    raw=raw,
                    meta=meta,
                )
        indexer = Indexer(store, fulltext, CONFIG)
        assert indexer.sync_fulltext() == 1
        result = SearchEngine(store, fulltext).search("plan")
        assert [h.document.meta.title for h in result.hits] == ["God plan"]
        problem = store.problem_for(str(tmp_path / "1.pdf"))
        assert problem is not None and "search index" in english(problem.reason)
        assert indexer.sync_fulltext() == 0  # nothing left pending, no error
    finally:
        fulltext.close()
        store.close()


def test_latin1_file_name_and_surrogates_in_a_sidecar_are_stored(
    store: Store, tmp_path: Path
) -> None:
    """Before: UnicodeEncodeError in Store.put_document, and every later run died at the
    same file."""
    root = tmp_path / "arkiv"
    root.mkdir()
    name = os.fsdecode("Reguleringsplan_Øvre_Ås.pdf".encode("latin-1"))
    pdf = make_pdf(os.path.join(str(root), name), ["Skannet side uten tittel"])
    other = make_pdf(root / "annen.pdf", ["En annen plan"])
    sidecar = other.with_name(other.name + ".vtviewer.json")
    sidecar.write_text(
        '{"vtviewer": 1, "title": "\\ud800 Plan", "tags": ["\\udcff", "ok"],'
        ' "summary": "nul\\u0000byte"}',
        encoding="utf-8",
    )
    fulltext = RecordingFullText()
    summary = Indexer(store, fulltext, CONFIG).run([str(root)])
    assert (summary.added, summary.problems) == (2, 0)

    doc = store.document_by_path(str(pdf))
    assert doc is not None
    with open(doc.path, "rb") as handle:  # the path keeps its bytes and opens the file
        assert handle.read(5) == b"%PDF-"
    described = store.document_by_path(str(other))
    assert described is not None
    assert described.meta.title == "\ufffd Plan"
    assert described.meta.tags == ("\ufffd", "ok")
    assert described.meta.summary == "nulbyte"
    for document in store.iter_documents():
        json.dumps([document.meta.title, document.meta.summary], ensure_ascii=False).encode()


def _lock_folder(monkeypatch: pytest.MonkeyPatch, locked: Path) -> object:
    """Make ``locked`` unreadable to the scanner (chmod does not stop root, who runs CI);
    returns the real os.scandir to put back."""
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(scan_module.os, "scandir", scandir)
    return real_scandir


def test_an_unreadable_folder_stops_being_a_problem_once_it_can_be_read(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: the folder stayed a problem, even after --retry, so every later index
    exited 1."""
    root = tmp_path / "arkiv"
    locked = root / "låst"
    locked.mkdir(parents=True)
    make_pdf(locked / "inne.pdf", ["Inne i den låste mappen"])
    make_pdf(root / "ute.pdf", ["Utenfor"])
    real_scandir = _lock_folder(monkeypatch, locked)
    indexer = Indexer(store, RecordingFullText(), CONFIG)
    indexer.run([str(root)])
    problem = store.problem_for(str(locked))
    assert problem is not None and problem.kind == "unreadable"

    monkeypatch.setattr(scan_module.os, "scandir", real_scandir)
    # A retry of the problem files (what `index --retry` passes) reads the folder again.
    summary = indexer.run([str(root)], only=[])
    assert summary.added == 1
    assert store.problem_for(str(locked)) is None
    assert store.document_by_path(str(locked / "inne.pdf")) is not None


def test_an_unreadable_folder_problem_clears_on_a_normal_run(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "arkiv"
    locked = root / "låst"
    locked.mkdir(parents=True)
    real_scandir = _lock_folder(monkeypatch, locked)
    indexer = Indexer(store, RecordingFullText(), CONFIG)
    indexer.run([str(root)])
    assert store.problem_for(str(locked)) is not None
    monkeypatch.setattr(scan_module.os, "scandir", real_scandir)
    indexer.run([str(root)])
    assert store.problem_for(str(locked)) is None


def test_a_full_disk_stops_the_run_with_its_error_and_keeps_what_was_stored(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk is not one file's problem: every file after it would fail too. Before,
    the savepoint that SQLite had already rolled back turned it into "no such savepoint"."""
    files = _five_pdfs(tmp_path / "arkiv")
    real_put = Writer.put_document
    calls = [0]

    def put_document(self: Writer, **kwargs: object) -> int:
        calls[0] += 1
        if calls[0] == 3:
            # What SQLite does on SQLITE_FULL: the transaction is rolled back, then raised.
            self._db.execute("ROLLBACK")
            raise sqlite3.OperationalError("database or disk is full")
        return real_put(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Writer, "put_document", put_document)
    indexer = Indexer(store, RecordingFullText(), CONFIG)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        indexer.run([str(tmp_path / "arkiv")])
    assert store.count_problems() == 0  # no file is blamed for the disk
    kept = store.count_documents()
    assert kept >= 1  # the first file is committed at once

    monkeypatch.setattr(Writer, "put_document", real_put)
    summary = indexer.run([str(tmp_path / "arkiv")])
    assert summary.added == len(files) - kept
    assert store.count_documents() == len(files)


def test_a_retried_pdf_reads_its_sidecar_and_catalog(store: Store, tmp_path: Path) -> None:
    """Before: a retry walked the PDF alone and merged it without its sidecar."""
    root = tmp_path / "arkiv"
    (root / "del").mkdir(parents=True)
    pdf = write_empty_pdf(root / "del" / "tom.pdf")
    pdf.with_name("tom.pdf.vtviewer.json").write_text('{"vtviewer": 1, "title": "Fra sidecar"}')
    (root / "vtviewer-catalog.json").write_text(
        '{"vtviewer": 1, "entries": [{"files": ["del/tom.pdf"], "organisation": "Kommunen"}]}'
    )
    indexer = Indexer(store, RecordingFullText(), CONFIG)
    indexer.run([str(root)])
    assert store.problem_for(str(pdf)) is not None
    make_pdf(pdf, ["Nå med innhold"])
    indexer.run([str(root)], only=[str(pdf)])
    doc = store.document_by_path(str(pdf))
    assert doc is not None
    assert (doc.meta.title, doc.meta.sources["title"]) == ("Fra sidecar", "sidecar")
    assert doc.meta.organisation == "Kommunen"


def test_retrying_a_fixed_sidecar_merges_its_pdf_again(store: Store, tmp_path: Path) -> None:
    """Before: the sidecar's problem and the old metadata stayed until a normal run."""
    root = tmp_path / "arkiv"
    root.mkdir()
    pdf = make_pdf(root / "plan.pdf", ["Planens tekst"])
    sidecar = pdf.with_name("plan.pdf.vtviewer.json")
    sidecar.write_text('{"vtviewer": 1, "title": ')
    indexer = Indexer(store, RecordingFullText(), CONFIG)
    indexer.run([str(root)])
    assert store.problem_for(str(sidecar)) is not None
    sidecar.write_text('{"vtviewer": 1, "title": "Rettet tittel"}')
    os.utime(sidecar, (2_000_000_000, 2_000_000_000))
    summary = indexer.run([str(root)], only=[str(sidecar)])
    assert summary.updated == 1
    assert store.problem_for(str(sidecar)) is None
    doc = store.document_by_path(str(pdf))
    assert doc is not None and doc.meta.title == "Rettet tittel"


def test_a_sidecar_linked_from_outside_the_folders_is_not_read(
    store: Store, tmp_path: Path
) -> None:
    root = tmp_path / "arkiv"
    root.mkdir()
    outside = tmp_path / "hemmelig.json"
    outside.write_text('{"vtviewer": 1, "title": "HEMMELIG"}')
    pdf = make_pdf(root / "plan.pdf", ["Planens tekst"], title="Planen")
    pdf.with_name("plan.pdf.vtviewer.json").symlink_to(outside)
    Indexer(store, RecordingFullText(), CONFIG).run([str(root)])
    doc = store.document_by_path(str(pdf))
    assert doc is not None and doc.meta.title == "Planen"
    problem = store.problem_for(str(pdf) + ".vtviewer.json")
    assert problem is not None and "outside" in english(problem.reason)


def test_a_titleless_document_with_a_latin1_name_goes_into_the_fulltext_index(
    tmp_path: Path,
) -> None:
    """Before: UnicodeEncodeError on title_sort, which was made from the raw file name."""
    fulltext = FullText.open(None)
    path = os.fsdecode(b"/arkiv/\xd8vre.pdf")
    doc = Document(5, path, 1, 0.0, "h", 1, False, Metadata(title=""))
    assert doc.name == "Øvre.pdf"
    fulltext.add(doc, [Page(5, 1, "tekst")])
    fulltext.commit()
    assert fulltext.doc_count() == 1


def test_retrying_a_fifo_named_pdf_says_what_it_is(store: Store, tmp_path: Path) -> None:
    """Before: "folder could not be read: Not a directory", not counted as a problem."""
    root = tmp_path / "arkiv"
    root.mkdir()
    fifo = root / "rør.pdf"
    os.mkfifo(fifo)
    summary = Indexer(store, RecordingFullText(), CONFIG).run([str(root)], only=[str(fifo)])
    assert summary.problems == 1
    problem = store.problem_for(str(fifo))
    assert problem is not None and english(problem.reason) == "not a regular file (a named pipe)"


def test_a_latin1_named_file_is_read_by_pdfium_through_a_readable_link(tmp_path: Path) -> None:
    """Before: QtPdf could not open the file (Qt drops undecodable bytes), so its text came
    from the fallback engine."""
    from vtviewer.core.extract import extract_pdf
    from vtviewer.paths import openable_path

    name = os.fsdecode("Reguleringsplan_Øvre_Ås.pdf".encode("latin-1"))
    pdf = make_pdf(os.path.join(str(tmp_path), name), ["Tekst på første side"])
    link = openable_path(str(pdf))
    assert link != str(pdf) and link.endswith("Reguleringsplan_Øvre_Ås.pdf")
    assert os.path.samefile(link, pdf)
    assert openable_path(str(tmp_path / "vanlig.pdf")) == str(tmp_path / "vanlig.pdf")
    raw = extract_pdf(str(pdf))
    assert raw.text_engine == "pdfium"
    assert "første" in raw.pages[0]


def test_a_dead_full_text_writer_is_not_blamed_on_the_documents(
    store: Store, tmp_path: Path
) -> None:
    """Before: "index writer was killed" counted as each document's fault: every pending
    document left the store as "could not be added to the search index"."""

    class DeadWriter(RecordingFullText):
        def add(self, doc: Document, pages: Sequence[Page], copies: int = 1) -> None:
            raise ValueError("An error occurred in a thread: 'An index writer was killed.'")

    files = _five_pdfs(tmp_path / "arkiv")
    with pytest.raises(ValueError, match="writer was killed"):
        Indexer(store, DeadWriter(), CONFIG).run([str(tmp_path / "arkiv")])
    assert store.count_problems() == 0
    assert store.count_documents() >= 1  # what was stored stays, pending for the index
    summary = Indexer(store, RecordingFullText(), CONFIG).run([str(tmp_path / "arkiv")])
    assert store.count_documents() == len(files) and store.pending_fulltext() == []
    assert summary.problems == 0
