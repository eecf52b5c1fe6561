"""The data folder: full disks, read-only folders, damaged indexes, the roots file."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from tests.core.pdf_factory import make_pdf
from vtviewer.core.archive import Archive
from vtviewer.core.fulltext import FullText
from vtviewer.core.health import (
    ArchiveError,
    DataFolderError,
    StoreError,
    folder_problem,
    is_engine_panic,
)
from vtviewer.core.model import Extraction, Metadata
from vtviewer.core.pool import PoolConfig
from vtviewer.paths import DataPaths


def store_documents(archive: Archive, count: int, start: int = 0) -> None:
    """``count`` documents in /arkiv stored as an indexer would, with their full text."""
    archive.add_root("/arkiv")
    with archive.store.transaction() as tx:
        for n in range(start, start + count):
            tx.put_document(
                path=f"/arkiv/plan-{n:04}.pdf",
                size=100 + n,
                mtime=0.0,
                hash=f"h{n}",
                raw=Extraction(page_count=1, pages=(f"Reguleringsplan nummer {n}",)),
                meta=Metadata(title=f"Reguleringsplan {n}"),
            )
    archive.sync_fulltext()


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk-full"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "disk-full"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only"),
        (PermissionError(errno.EACCES, "Permission denied"), "permission"),
        (sqlite3.OperationalError("database or disk is full"), "disk-full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (ValueError("An IO error occurred: 'No space left on device (os error 28)'"), "disk-full"),
        (ValueError("An IO error occurred: 'Read-only file system (os error 30)'"), "read-only"),
    ],
)
def test_data_folder_errors_are_recognised(exc: BaseException, kind: str, tmp_path: Path) -> None:
    problem = folder_problem(exc, tmp_path)
    assert problem is not None
    assert problem.kind == kind and problem.folder == tmp_path
    assert str(tmp_path) in str(problem) and "\n" not in str(problem)


@pytest.mark.parametrize(
    "exc",
    [
        OSError(errno.ENOENT, "No such file or directory"),
        ValueError("Expected Str type for field lang"),
        sqlite3.IntegrityError("UNIQUE constraint failed"),
        RuntimeError("store is closed"),
    ],
)
def test_other_errors_are_not_data_folder_errors(exc: BaseException, tmp_path: Path) -> None:
    assert folder_problem(exc, tmp_path) is None


def test_a_tantivy_panic_is_recognised_by_its_class_name() -> None:
    panic = type("PanicException", (BaseException,), {"__module__": "pyo3_runtime"})
    assert is_engine_panic(panic("index out of bounds"))
    assert not is_engine_panic(KeyboardInterrupt())


def test_a_full_disk_comes_out_of_the_archive_typed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    paths = DataPaths(tmp_path / "data")
    with Archive.open(paths) as archive:
        store_documents(archive, 2)

        def full(self: FullText) -> None:
            raise ValueError("An IO error occurred: 'No space left on device (os error 28)'")

        monkeypatch.setattr(FullText, "commit", full)
        with pytest.raises(DataFolderError) as caught:
            store_documents(archive, 2, start=2)
        assert caught.value.kind == "disk-full"
        assert caught.value.folder == paths.root
        monkeypatch.undo()
        # Nothing is lost: the documents wait in the store for the next sync.
        assert archive.sync_fulltext() == 2
        assert archive.search("reguleringsplan").total == 4


# --- a read-only data folder ------------------------------------------------------------


def _listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_a_read_only_archive_is_searched_and_never_written(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    with Archive.open(paths) as archive:
        archive.add_root("/arkiv")
        store_documents(archive, 3)
        archive.save_search("planer", "reguleringsplan")
    before = _listing(paths.root)
    with Archive.open(paths, read_only=True) as archive:
        assert archive.read_only
        assert archive.search("reguleringsplan").total == 3
        assert archive.engine.suggest("reguleringsplam")  # the index's words are there
        assert len(archive.documents()) == 3
        assert archive.stats().documents == 3
        assert archive.problems() == []
        assert archive.roots() == ["/arkiv"]
        assert archive.saved_searches() == [("planer", "reguleringsplan")]
        assert archive.sync_fulltext() == 0
        for change in (
            archive.index,
            lambda: archive.add_root("/annet"),
            lambda: archive.remove_root("/arkiv"),
            lambda: archive.save_search("a", "b"),
            lambda: archive.delete_saved_search("planer"),
        ):
            with pytest.raises(DataFolderError) as caught:
                change()
            assert caught.value.kind == "read-only" and caught.value.folder == paths.root
    assert _listing(paths.root) == before


def test_a_read_only_folder_without_an_index_is_an_empty_archive(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "tom")
    paths.root.mkdir()
    with Archive.open(paths, read_only=True) as archive:
        assert archive.read_only
        assert archive.search("plan").total == 0
        assert archive.roots() == []
    assert list(paths.root.iterdir()) == []


# --- damage that shows only when the index is read ------------------------------------


def _garble(file: Path) -> None:
    """Garbage over the second quarter of the file (the structures every reader needs)."""
    data = bytearray(file.read_bytes())
    start, end = len(data) // 4, len(data) // 2
    data[start:end] = b"\xff" * (end - start)
    file.write_bytes(bytes(data))


@pytest.mark.parametrize("ending", [".fast", ".term"])
def test_a_panic_while_searching_is_a_typed_error_and_never_a_hang(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ending: str
) -> None:
    import threading

    from vtviewer.core import fulltext
    from vtviewer.core.health import IndexDamagedError

    paths = DataPaths(tmp_path / "data")
    folder = tmp_path / "arkiv"
    folder.mkdir()
    for n in range(5):
        make_pdf(folder / f"plan-{n}.pdf", [f"Reguleringsplan nummer {n}"])
    with Archive.open(paths, PoolConfig(workers=1)) as archive:
        archive.add_root(str(folder))
        archive.index()
    _garble(sorted(paths.fulltext.glob("*" + ending))[0])
    # Damage the checksums do not show at open (bit rot in a file checked before).
    monkeypatch.setattr(fulltext, "index_damage", lambda *args, **kwargs: None)
    with Archive.open(paths, PoolConfig(workers=1)) as archive:
        outcome: list[BaseException | int] = []

        def search() -> None:
            try:
                outcome.append(archive.search("reguleringsplan").total)
            except BaseException as exc:
                outcome.append(exc)

        worker = threading.Thread(target=search, daemon=True)
        worker.start()
        worker.join(30)
        assert not worker.is_alive(), "the search never returned"
        assert len(outcome) == 1 and isinstance(outcome[0], IndexDamagedError)
        assert outcome[0].part == "fulltext"
        assert archive.damage is not None and archive.damage.part == "fulltext"
        with pytest.raises(IndexDamagedError):
            archive.search("reguleringsplan")
        monkeypatch.undo()
        assert archive.rebuild().added == 0  # from the stored text, no PDF read again
        assert archive.damage is None
        assert archive.search("reguleringsplan").total == 5


# --- the roots file ---------------------------------------------------------------------


def test_roots_are_kept_in_their_own_file_and_restored_into_a_new_database(
    tmp_path: Path,
) -> None:
    import json
    import os

    paths = DataPaths(tmp_path / "data")
    latin1 = os.fsdecode(b"/arkiv/Omr\xe5de")
    with Archive.open(paths) as archive:
        archive.add_root("/arkiv/planer")
        archive.add_root(latin1)
        archive.add_root("/arkiv/rapporter")
        archive.remove_root("/arkiv/rapporter")
    saved = json.loads(paths.roots.read_text(encoding="ascii"))
    assert saved["roots"] == sorted(["/arkiv/planer", latin1])
    paths.database.unlink()
    with Archive.open(paths) as archive:
        assert archive.roots() == sorted(["/arkiv/planer", latin1])


def test_an_index_from_before_the_roots_file_writes_it(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    with Archive.open(paths) as archive:
        archive.add_root("/arkiv")
    paths.roots.unlink()
    with Archive.open(paths) as archive:
        assert archive.roots() == ["/arkiv"]
    assert paths.roots.exists()


def test_an_unreadable_roots_file_is_kept_aside(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    paths.roots.write_text("[" * 100_000)
    with Archive.open(paths) as archive:
        assert archive.roots() == []
    assert (paths.root / "roots.json.bad").exists()


# --- removing a folder ------------------------------------------------------------------


def _two_folders(tmp_path: Path) -> tuple[DataPaths, Path, Path]:
    paths = DataPaths(tmp_path / "data")
    first, second = tmp_path / "planer", tmp_path / "rapporter"
    for folder, word in ((first, "Reguleringsplan"), (second, "Årsrapport")):
        folder.mkdir()
        for n in range(3):
            make_pdf(folder / f"{word.lower()}-{n}.pdf", [f"{word} nummer {n}"])
    with Archive.open(paths, PoolConfig(workers=1)) as archive:
        archive.add_root(str(first))
        archive.add_root(str(second))
        assert archive.index().added == 6
    return paths, first, second


def test_a_removal_cut_short_before_the_full_text_commit_is_caught_up(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from vtviewer.core.scan import Indexer

    paths, first, second = _two_folders(tmp_path)

    def killed(self: Indexer, doc_ids: object) -> None:
        raise SystemExit("killed")  # the process ends right after the store committed

    monkeypatch.setattr(Indexer, "remove_fulltext", killed)
    with Archive.open(paths) as archive, pytest.raises(SystemExit):
        archive.remove_root(str(first))
    monkeypatch.undo()
    with Archive.open(paths) as archive:
        assert archive.roots() == [str(second)]
        assert archive.stats().documents == 3
        archive.sync_fulltext()  # what `search` does first
        assert archive.fulltext.doc_count() == 3
        assert archive.search("reguleringsplan").total == 0
        assert archive.search("årsrapport").total == 3


def test_documents_a_cut_short_removal_left_outside_every_root_are_forgotten(
    tmp_path: Path,
) -> None:
    paths, first, _second = _two_folders(tmp_path)
    # What a kill -9 between the two transactions of an older vtviewer left: the root
    # gone, its documents still there (and `roots --remove` refusing it).
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("DELETE FROM roots WHERE path = ?", (str(first),))
    conn.close()
    with Archive.open(paths, PoolConfig(workers=1)) as archive:
        archive.index()
        assert archive.stats().documents == 3
        assert archive.search("reguleringsplan").total == 0
        assert archive.search("årsrapport").total == 3


def test_removing_a_root_forgets_its_documents_and_problems_at_once(tmp_path: Path) -> None:
    paths, first, _second = _two_folders(tmp_path)
    (first / "ikke-pdf.pdf").write_bytes(b"nei")
    with Archive.open(paths, PoolConfig(workers=1)) as archive:
        archive.index()
        assert archive.stats().problems == 1
        archive.remove_root(str(first))
        assert archive.stats().documents == 3 and archive.stats().problems == 0
        assert archive.search("reguleringsplan").total == 0
        assert archive.store.fulltext_removed() == []


def test_any_other_database_error_is_an_archive_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The CLI and the window catch one type: a locked database is not an sqlite3.Error there.
    archive = Archive.open(DataPaths(tmp_path / "data"))
    try:

        def locked() -> None:
            raise sqlite3.OperationalError("database is locked")

        monkeypatch.setattr(archive.store, "problems", locked)
        with pytest.raises(StoreError) as caught:
            archive.problems()
        assert isinstance(caught.value, ArchiveError)
        assert str(caught.value) == "the index could not be read or written (database is locked)"
        assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    finally:
        archive.close()
