"""The window on a damaged, read-only or full data folder: it says so and does what helps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from vtviewer.core.archive import Archive
from vtviewer.core.health import Damage, DataFolderError, IndexDamagedError
from vtviewer.core.messages import english
from vtviewer.core.model import IndexSummary, SearchResult
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.settings import Settings
from vtviewer.gui.tasks import run_task
from vtviewer.paths import DataPaths


def _documents(window: MainWindow) -> int:
    return window.archive.stats().documents


def test_a_damaged_database_is_said_and_rebuilt_with_progress(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    with Archive.open(docs_paths) as archive:
        before = archive.stats().documents
    database = docs_paths.database
    with open(database, "r+b") as handle:
        handle.truncate(database.stat().st_size // 2)

    finished: list[object] = []
    archive = Archive.open(docs_paths)
    assert archive.damage is not None and archive.damage.part == "database"
    window = MainWindow(archive, Settings(docs_paths))
    qtbot.addWidget(window)
    window.index_finished.connect(finished.append)
    window.show()
    try:
        window.start(catch_up=False)
        notice = window.archive_notice
        assert notice.isVisible() and notice.kind == "damaged"
        assert str(docs_paths.root) in notice.label.text()
        assert "rebuilding" in notice.label.text()
        assert window.indexing_status.progress_bar.isVisible()  # the rebuild runs like any run
        qtbot.waitUntil(lambda: bool(finished), timeout=60000)
        assert isinstance(finished[0], IndexSummary)
        assert notice.kind == "rebuilt"
        assert _documents(window) == before
        assert window.archive.damage is None
        # The damaged database was set aside, not deleted.
        assert any(".damaged-" in p.name for p in docs_paths.root.iterdir())
        qtbot.waitUntil(lambda: window.results_model.rowCount() == before, timeout=10000)
    finally:
        window.close()
        window.archive.close()


def test_a_read_only_data_folder_is_browsed_and_never_indexed(
    qtbot: QtBot, docs_paths: DataPaths, tmp_path: Path
) -> None:
    archive = Archive.open(docs_paths, read_only=True)
    window = MainWindow(archive, Settings(docs_paths))
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.results_shown, timeout=10000):
            window.start(catch_up=True)
        notice = window.archive_notice
        assert notice.isVisible() and notice.kind == "read-only"
        assert "read-only" in notice.label.text()
        assert not notice.close_button.isVisible()
        assert window.results_model.rowCount() > 0  # searching works
        # Nothing that would write is offered.
        assert not window.search_bar.add_folder_button.isEnabled()
        assert not window.filters.save_search_button.isEnabled()
        assert not window.index_action.isEnabled()
        window.request_index()
        folder = tmp_path / "ny"
        folder.mkdir()
        window.add_roots([str(folder)])
        assert not window.indexer.is_running()
        assert str(folder) not in window.archive.roots()
    finally:
        window.close()
        archive.close()


def test_a_search_that_finds_the_index_damaged_starts_a_rebuild(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(docs_paths)
    real_search = window.archive.search
    rebuilt: list[bool] = []
    window.health.rebuild_started.connect(lambda: rebuilt.append(True))

    def search(*args: object, **kwargs: object) -> SearchResult:
        # Damaged until the rebuild: a failure of a search that a newer one overtook is
        # dropped, so every search fails until then, as with a real damaged index.
        if not rebuilt:
            raise IndexDamagedError(Damage("fulltext", "index out of bounds"))
        return real_search(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(window.archive, "search", search)
    with qtbot.waitSignal(window.index_finished, timeout=60000):
        window.set_query("plan")
        window.run_search()
    assert window.archive_notice.kind == "rebuilt"
    assert not window.search_bar.message_label.text().startswith("Search failed")
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0, timeout=10000)


def test_a_full_disk_while_indexing_is_said_with_a_way_to_go_on(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(docs_paths)
    folder = docs_paths.root

    def index(*args: object, **kwargs: object) -> IndexSummary:
        raise DataFolderError("disk-full", folder, "No space left on device")

    monkeypatch.setattr(window.archive, "index", index)
    with qtbot.waitSignal(window.index_finished, timeout=10000):
        window.request_index()
    notice = window.archive_notice
    assert notice.kind == "folder" and "full" in notice.label.text()
    assert notice.action_button.isVisible()
    monkeypatch.undo()
    with qtbot.waitSignal(window.index_finished, timeout=60000) as blocker:
        notice.action_button.click()
    assert isinstance(blocker.args[0], IndexSummary)


class PanicException(BaseException):
    """What tantivy raises when it panics: not an Exception."""


def test_a_task_that_panics_reports_instead_of_never_answering(qtbot: QtBot) -> None:
    pool = QThreadPool()
    failures: list[BaseException] = []

    def work() -> None:
        raise PanicException("mid > len")

    run_task(pool, work, lambda _value: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], PanicException)
    pool.waitForDone(1000)


def test_a_fifo_sidecar_does_not_keep_the_window_s_run_going(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    """Before: the run blocked on the FIFO for good; Cancel said cancelled while the thread
    kept the indexing lock, so no later run could start."""
    import os

    from tests.gui.pdfgen import write_pdf
    from vtviewer.paths import data_paths

    folder = tmp_path / "arkiv"
    write_pdf(folder / "plan.pdf", ["Reguleringsplan for sentrum"], "Plan")
    os.mkfifo(folder / "plan.pdf.vtviewer.json")
    paths = data_paths(tmp_path / "data")
    with Archive.open(paths) as archive:
        archive.add_root(str(folder))
    window = make_window(paths)
    with qtbot.waitSignal(window.index_finished, timeout=60000) as blocker:
        window.request_index()
    assert isinstance(blocker.args[0], IndexSummary) and blocker.args[0].added == 1
    problem = window.archive.problem_for(str(folder / "plan.pdf.vtviewer.json"))
    assert problem is not None and "not a regular file" in english(problem.reason)
    with qtbot.waitSignal(window.index_finished, timeout=60000):
        window.request_index()  # the lock was let go: another run starts and ends
