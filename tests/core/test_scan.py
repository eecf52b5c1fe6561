"""The scanner and indexer: new, changed, moved, removed files; bad input; progress; cancel."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from tests.core.pdf_factory import (
    make_encrypted_pdf,
    make_pdf,
    write_empty_pdf,
    write_fake_pdf,
    write_truncated_pdf,
)
from tests.core.pool_hooks import HOOKS
from vtviewer.core.index import Store
from vtviewer.core.messages import english
from vtviewer.core.model import Document, Page, Progress
from vtviewer.core.pool import PoolConfig
from vtviewer.core.scan import Indexer, walk


class RecordingFullText:
    """Stands in for the full-text engine: remembers what it was given."""

    def __init__(self) -> None:
        self.docs: dict[int, tuple[Document, list[Page]]] = {}
        self.staged: dict[int, tuple[Document, list[Page]] | None] = {}
        self.commits = 0

    def add(self, doc: Document, pages: Sequence[Page], copies: int = 1) -> None:
        self.staged[doc.id] = (doc, list(pages))

    def remove(self, doc_id: int) -> None:
        self.staged[doc_id] = None

    def commit(self) -> None:
        for doc_id, entry in self.staged.items():
            if entry is None:
                self.docs.pop(doc_id, None)
            else:
                self.docs[doc_id] = entry
        self.staged.clear()
        self.commits += 1


CONFIG = PoolConfig(workers=2, timeout=60.0)


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.open(":memory:")
    yield s
    s.close()


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    root = tmp_path / "arkiv"
    (root / "planer" / "2013").mkdir(parents=True)
    make_pdf(
        root / "planer" / "omstillingsplan.pdf",
        [
            "Omstillingsplan 2013 - 2015\nStrategiplan for Vestre Toten",
            "Kontaktperson er Bjørn Iversen, leder for Omstillingsprogrammet - tlf 97681861 "
            "og epost bjoern.iversen@vestre-toten.kommune.no",
        ],
        title="Omstillingsplan 2013 - 2015",
    )
    make_pdf(root / "planer" / "2013" / "handlingsplan.PDF", ["Handlingsplan 2013"])
    make_pdf(root / "rapport.pdf", ["Rapport fra Omstillingsprogrammet", "Side to", "Side tre"])
    return root


def _indexer(store: Store, fulltext: RecordingFullText | None = None) -> Indexer:
    return Indexer(store, fulltext or RecordingFullText(), CONFIG)


def test_first_index_finds_every_pdf_and_keeps_text_per_page(
    store: Store, archive_dir: Path
) -> None:
    fulltext = RecordingFullText()
    summary = _indexer(store, fulltext).run([str(archive_dir)])
    assert (summary.added, summary.problems, summary.pages) == (3, 0, 6)
    doc = store.document_by_path(str(archive_dir / "planer" / "omstillingsplan.pdf"))
    assert doc is not None
    assert doc.meta.title == "Omstillingsplan 2013 - 2015"
    assert doc.meta.period_from == 2013 and doc.meta.period_to == 2015
    pages = store.pages(doc.id)
    assert "Bjørn Iversen" in pages[1].text and "Bjørn" not in pages[0].text
    emails = {c.email for c in doc.meta.contacts}
    assert "bjoern.iversen@vestre-toten.kommune.no" in emails
    # The full-text engine got every document and the store knows it did.
    assert set(fulltext.docs) == {d.id for d in store.iter_documents()}
    assert store.pending_fulltext() == []


def test_a_run_leaves_the_store_without_a_write_ahead_log(
    tmp_path: Path, archive_dir: Path
) -> None:
    store = Store.open(tmp_path / "index.db")
    wal = tmp_path / "index.db-wal"
    reader = Store.open(tmp_path / "index.db")  # another connection, as a search has
    assert reader.count_documents() == 0
    summary = _indexer(store).run([str(archive_dir)])
    assert summary.added == 3
    assert wal.stat().st_size == 0  # all of it is in the database file
    assert reader.count_documents() == 3
    reader.close()
    store.close()


def test_rescan_without_changes_extracts_nothing(store: Store, archive_dir: Path) -> None:
    indexer = _indexer(store)
    indexer.run([str(archive_dir)])
    before = [(d.id, d.indexed_at, d.meta) for d in store.iter_documents()]
    summary = indexer.run([str(archive_dir)])
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 3)
    assert [(d.id, d.indexed_at, d.meta) for d in store.iter_documents()] == before


def test_touched_file_is_confirmed_by_hash_and_not_extracted(
    store: Store, archive_dir: Path
) -> None:
    indexer = _indexer(store)
    indexer.run([str(archive_dir)])
    path = archive_dir / "rapport.pdf"
    before = store.document_by_path(str(path))
    os.utime(path, (time.time() + 100, time.time() + 100))
    summary = indexer.run([str(archive_dir)])
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 3)
    after = store.document_by_path(str(path))
    assert before is not None and after is not None
    assert after.indexed_at == before.indexed_at
    assert after.mtime == pytest.approx(path.stat().st_mtime)


def test_changed_content_is_extracted_again_keeping_the_id(store: Store, archive_dir: Path) -> None:
    indexer = _indexer(store)
    indexer.run([str(archive_dir)])
    path = archive_dir / "rapport.pdf"
    before = store.document_by_path(str(path))
    make_pdf(path, ["Rapport, ny utgave", "med mer tekst", "og enda mer", "og en side til"])
    summary = indexer.run([str(archive_dir)])
    assert summary.updated == 1
    after = store.document_by_path(str(path))
    assert before is not None and after is not None
    assert after.id == before.id and after.page_count == 4


def test_moved_and_renamed_files_keep_their_identity(store: Store, archive_dir: Path) -> None:
    fulltext = RecordingFullText()
    indexer = _indexer(store, fulltext)
    indexer.run([str(archive_dir)])
    old = archive_dir / "planer" / "omstillingsplan.pdf"
    before = store.document_by_path(str(old))
    (archive_dir / "flyttet").mkdir()
    new = archive_dir / "flyttet" / "Omstillingsplan 2013-2015 (kopi).pdf"
    old.rename(new)
    summary = indexer.run([str(archive_dir)])
    assert (summary.moved, summary.added, summary.removed) == (1, 0, 0)
    after = store.document_by_path(str(new))
    assert before is not None and after is not None and after.id == before.id
    assert store.document_by_path(str(old)) is None
    assert fulltext.docs[after.id][0].path == str(new)


def test_removed_files_are_forgotten(store: Store, archive_dir: Path) -> None:
    fulltext = RecordingFullText()
    indexer = _indexer(store, fulltext)
    indexer.run([str(archive_dir)])
    doc = store.document_by_path(str(archive_dir / "rapport.pdf"))
    assert doc is not None
    (archive_dir / "rapport.pdf").unlink()
    summary = indexer.run([str(archive_dir)])
    assert summary.removed == 1
    assert store.document(doc.id) is None
    assert doc.id not in fulltext.docs


def test_bad_files_become_problems_and_the_rest_is_indexed(store: Store, archive_dir: Path) -> None:
    bad = archive_dir / "dårlige filer"
    bad.mkdir()
    write_empty_pdf(bad / "tom.pdf")
    write_fake_pdf(bad / "ikke-pdf.pdf")
    write_truncated_pdf(bad / "avkuttet.pdf")
    make_encrypted_pdf(bad / "hemmelig.pdf", user_password="hemmelig", pages=["Hemmelig"])
    summary = _indexer(store).run([str(archive_dir)])
    problems = {Path(p.path).name: p for p in store.problems()}
    assert problems["tom.pdf"].kind == "empty"
    assert problems["ikke-pdf.pdf"].kind == "not-pdf"
    assert english(problems["hemmelig.pdf"].reason) == "password required"
    # A truncated file is either repaired by the engine or recorded with a reason.
    truncated = store.document_by_path(str(bad / "avkuttet.pdf"))
    assert truncated is not None or problems["avkuttet.pdf"].reason
    assert store.count_documents() >= 3
    assert summary.problems == len(problems)
    # Problems that did not change are not tried again on the next scan.
    again = _indexer(store).run([str(archive_dir)])
    assert again.problems == 0 and again.added == 0


def test_retry_tries_problems_again(store: Store, archive_dir: Path) -> None:
    path = archive_dir / "tom.pdf"
    write_empty_pdf(path)
    indexer = _indexer(store)
    indexer.run([str(archive_dir)])
    assert store.problem_for(str(path)) is not None
    make_pdf(path, ["Nå med innhold"])
    os.utime(path, (1_000_000, 1_000_000))  # a changed stamp is noticed anyway; force retry
    summary = indexer.run([str(archive_dir)], only=[str(path)])
    assert summary.added == 1
    assert store.problem_for(str(path)) is None


def test_walk_survives_loops_hidden_and_unreadable_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "rot"
    (root / "a" / "b").mkdir(parents=True)
    (root / ".skjult").mkdir()
    (root / "$RECYCLE.BIN").mkdir()
    (root / "låst").mkdir()
    make_pdf(root / "a" / "b" / "én.pdf", ["x"])
    make_pdf(root / ".skjult" / "hidden.pdf", ["x"])
    make_pdf(root / "$RECYCLE.BIN" / "deleted.pdf", ["x"])
    make_pdf(root / "låst" / "locked.pdf", ["x"])
    (root / "a" / "b" / "loop").symlink_to(root, target_is_directory=True)
    (root / "a" / "self").symlink_to(root / "a", target_is_directory=True)
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if os.path.basename(path) == "låst":
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = walk([str(root)])
    names = sorted(Path(p).name for p in result.pdfs)
    assert names == ["én.pdf"]
    assert [Path(p.path).name for p in result.problems] == ["låst"]
    assert "Permission denied" in english(result.problems[0].reason)


def test_non_utf8_file_names_are_indexed(store: Store, tmp_path: Path) -> None:
    root = tmp_path / "latin1"
    root.mkdir()
    raw_name = os.fsencode(str(root)) + b"/Omr\xe5deanalyse.pdf"  # Latin-1 å
    make_pdf(os.fsdecode(raw_name), ["Områdeanalyse fra Telemarkforskning"])
    summary = _indexer(store).run([str(root)])
    assert summary.added == 1
    (doc,) = list(store.iter_documents())
    assert os.fsencode(doc.path) == raw_name
    assert os.path.exists(doc.path)
    assert _indexer(store).run([str(root)]).unchanged == 1


def test_progress_is_reported_and_cancel_stops_cleanly(store: Store, tmp_path: Path) -> None:
    root = tmp_path / "mange"
    root.mkdir()
    total = 200
    for n in range(total):
        make_pdf(root / f"dok-{n:03}.pdf", [f"Dokument {n}", "side to"])
    cancel = threading.Event()
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        if p.done >= 5:
            cancel.set()

    summary = _indexer(store).run([str(root)], progress=progress, cancel=cancel)
    assert summary.cancelled
    kept = store.count_documents()
    assert 5 <= kept < total
    assert seen[0].phase == "scanning"
    assert seen[-1].phase == "cancelled"
    assert any(p.total == total for p in seen)
    assert all(p.pages_per_second >= 0 for p in seen)
    # The next run continues where this one stopped.
    rest = _indexer(store).run([str(root)])
    assert rest.added == total - kept
    assert store.count_documents() == total


def test_sidecar_overrides_and_broken_sidecar_is_a_problem(store: Store, archive_dir: Path) -> None:
    pdf = archive_dir / "rapport.pdf"
    sidecar = Path(str(pdf) + ".vtviewer.json")
    sidecar.write_text(
        '{"vtviewer": 1, "title": "Rapport fra Omstillingsprogrammet 2017", "type": "report"}',
        encoding="utf-8",
    )
    indexer = _indexer(store)
    indexer.run([str(archive_dir)])
    doc = store.document_by_path(str(pdf))
    assert doc is not None
    assert doc.meta.title == "Rapport fra Omstillingsprogrammet 2017"
    assert doc.meta.sources["title"] == "sidecar"
    # Editing only the sidecar merges again without re-extracting the PDF.
    sidecar.write_text('{"vtviewer": 1,\n "title": "Ny tittel",\n}', encoding="utf-8")
    os.utime(sidecar, (time.time() + 5, time.time() + 5))
    indexer.run([str(archive_dir)])
    problem = store.problem_for(str(sidecar))
    assert problem is not None and "line 3" in english(problem.reason)
    doc = store.document_by_path(str(pdf))
    assert doc is not None and doc.meta.title  # still indexed, with a title
    sidecar.write_text('{"vtviewer": 1, "title": "Ny tittel"}', encoding="utf-8")
    os.utime(sidecar, (time.time() + 10, time.time() + 10))
    indexer.run([str(archive_dir)])
    doc = store.document_by_path(str(pdf))
    assert doc is not None and doc.meta.title == "Ny tittel"
    assert store.problem_for(str(sidecar)) is None


def test_catalog_in_a_parent_folder_describes_files_below_it(
    store: Store, archive_dir: Path
) -> None:
    catalog = archive_dir / "vtviewer-catalog.json"
    catalog.write_text(
        '{"vtviewer": 1, "entries": [{"files": ["planer/2013/handlingsplan.PDF"],'
        ' "title": "Handlingsplan 2013", "type": "action plan", "period": "2013",'
        ' "contacts": [{"name": "Bjørn Iversen", "phone": "97681861"}]}]}',
        encoding="utf-8",
    )
    indexer = _indexer(store)
    indexer.run([str(archive_dir)])
    doc = store.document_by_path(str(archive_dir / "planer" / "2013" / "handlingsplan.PDF"))
    assert doc is not None
    assert doc.meta.doc_type == "action plan"
    assert doc.meta.sources["doc_type"] == "catalog"
    assert doc.meta.contacts[0].name == "Bjørn Iversen"
    # The other documents are not in the catalog and keep their own metadata.
    other = store.document_by_path(str(archive_dir / "rapport.pdf"))
    assert other is not None and other.meta.sources.get("doc_type") != "catalog"


def test_sample_archive_metadata_from_its_catalog(store: Store) -> None:
    from vtviewer.paths import sample_archive_dir

    sample = sample_archive_dir()
    summary = _indexer(store).run([str(sample)])
    assert summary.problems == 0 and summary.added >= 5
    plan = store.document_by_path(str(sample / "omstillingsplan-2013-2015.pdf"))
    assert plan is not None
    assert plan.meta.title == "Omstillingsplan 2013 - 2015"
    assert (plan.meta.period_from, plan.meta.period_to) == (2013, 2015)
    assert plan.meta.doc_type == "plan"
    assert plan.meta.contacts[0].email == "bjoern.iversen@vestre-toten.kommune.no"
    assert any(a.endswith("vedlegg-analysedel.pdf") for a in plan.meta.attachments)
    # One person across the sample's documents is one contact.
    assert [c.name for c in store.contacts()] == ["Bjørn Iversen"]


def test_the_first_document_is_searchable_while_the_run_goes_on(
    store: Store, tmp_path: Path
) -> None:
    root = tmp_path / "mange"
    root.mkdir()
    # The first full-text commit comes 1.5 s into a run: each file takes 50 ms longer, so
    # that the run (3 s with one worker) outlasts it, as a run of real files does.
    for n in range(60):
        make_pdf(root / f"SLOW-ME-dok-{n:03}.pdf", [f"Dokument {n}"])
    fulltext = RecordingFullText()
    seen_during_run: list[int] = []

    def progress(p: Progress) -> None:
        if p.phase == "indexing" and 0 < p.done < p.total:
            seen_during_run.append(len(fulltext.docs))

    config = PoolConfig(workers=1, hooks=HOOKS)
    Indexer(store, fulltext, config).run([str(root)], progress=progress)
    assert any(n > 0 for n in seen_during_run)


def test_a_changed_file_is_hashed_once(
    store: Store, archive_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vtviewer.core import scan

    indexer = _indexer(store)
    indexer.run([str(archive_dir)])
    path = archive_dir / "rapport.pdf"
    make_pdf(path, ["Rapport, ny utgave", "med mer tekst"])
    calls: list[str] = []
    real = scan.file_hash

    def counting(p: str) -> str:
        calls.append(p)
        return real(p)

    monkeypatch.setattr(scan, "file_hash", counting)
    assert indexer.run([str(archive_dir)]).updated == 1
    assert calls == [str(path)]
    doc = store.document_by_path(str(path))
    assert doc is not None and doc.hash == real(str(path))
