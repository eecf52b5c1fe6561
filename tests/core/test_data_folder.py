"""The data folder: full disks, read-only folders, damaged indexes, the roots file."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from vtviewer.core.archive import Archive
from vtviewer.core.fulltext import FullText
from vtviewer.core.health import DataFolderError, folder_problem, is_engine_panic
from vtviewer.core.model import Extraction, Metadata
from vtviewer.paths import DataPaths


def store_documents(archive: Archive, count: int, start: int = 0) -> None:
    """``count`` documents stored as an indexer would, with their full text."""
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
        assert archive.engine.suggest("reguleringsplam")  # the vocabulary is there
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
