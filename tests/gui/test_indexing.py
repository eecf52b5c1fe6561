"""Background indexing from the window: progress, Cancel, responsiveness, problems, watching."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.pdfgen import write_pdf
from vtviewer.core import scan
from vtviewer.core.archive import Archive
from vtviewer.core.model import IndexSummary, Progress
from vtviewer.gui.main_window import MainWindow
from vtviewer.paths import data_paths


def many_pdfs(folder: Path, count: int, pages: int = 2) -> None:
    for i in range(count):
        write_pdf(
            folder / f"sub{i % 5}" / f"dokument-{i:04d}.pdf",
            [f"Dokument nummer {i} om vegplan og skole, side {p}" for p in range(1, pages + 1)],
            f"Dokument {i:04d}",
        )


def own_archive_window(make_window: MakeWindow, data_dir: Path, folder: Path) -> MainWindow:
    """A window on a new archive whose one root is ``folder`` (not indexed yet)."""
    paths = data_paths(data_dir)
    with Archive.open(paths) as archive:
        archive.add_root(str(folder))
    return make_window(paths)


def test_progress_arrives_and_cancel_stops(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    many_pdfs(folder, 150)
    window = own_archive_window(make_window, data_dir, folder)
    progress: list[Progress] = []
    window.indexer.progress.connect(progress.append)

    status = window.indexing_status

    def cancel_once(p: object) -> None:
        assert isinstance(p, Progress)
        if p.phase == "indexing" and p.done > 0 and status.cancel_button.isEnabled():
            status.cancel_button.click()
            status.cancel_button.setEnabled(False)

    window.indexer.progress.connect(cancel_once)
    with qtbot.waitSignal(window.index_finished, timeout=120000) as blocker:
        window.request_index()
        assert status.progress_bar.isVisible() and status.cancel_button.isVisible()
    summary = blocker.args[0]
    assert isinstance(summary, IndexSummary)
    assert progress, "progress signals arrived on the GUI thread"
    assert any(p.total == 150 for p in progress)
    assert summary.cancelled
    assert summary.added < 150
    assert not status.progress_bar.isVisible()
    assert not window.indexer.is_running()


def test_event_loop_keeps_turning_while_indexing(
    qtbot: QtBot,
    make_window: MakeWindow,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "lots"
    many_pdfs(folder, 300, pages=4)
    # Small files index in a second or two here, faster than the core's full-text commit
    # interval: commit with every store batch so the run shows documents along the way.
    monkeypatch.setattr(scan, "FULLTEXT_COMMIT_SECONDS", 0.0)
    monkeypatch.setattr(scan, "FULLTEXT_MAX_SECONDS", 0.0)
    window = own_archive_window(make_window, data_dir, folder)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    counts: list[int] = []
    window.results_shown.connect(lambda _r: counts.append(window.results_model.total))
    # Tiny files index in about a second here: refresh often enough to see it happen.
    window.refresh_ms = 150
    timer.start()
    with qtbot.waitSignal(window.index_finished, timeout=230000) as blocker:
        window.request_index()
    timer.stop()
    summary = blocker.args[0]
    assert isinstance(summary, IndexSummary) and summary.added == 300
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20
    # Not a speed goal (those live in bench/): a GUI thread blocked by indexing would stall
    # for seconds; half a second leaves room for a shared, noisy CI machine.
    assert max(gaps) < 0.5, f"the event loop stalled for {max(gaps):.3f} s"
    qtbot.waitUntil(lambda: window.results_model.total == 300, timeout=10000)
    # New documents appeared while the run went on, not only at its end.
    assert any(0 < c < 300 for c in counts), counts


def test_problems_view_lists_and_retry_fixes(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "broken"
    write_pdf(folder / "ok.pdf", ["Et fint dokument"], "Fint")
    bad = folder / "skadet.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    window = own_archive_window(make_window, data_dir, folder)
    with qtbot.waitSignal(window.index_finished, timeout=60000):
        window.request_index()
    qtbot.waitUntil(window.indexing_status.problems_button.isVisible, timeout=5000)
    dialog = window.show_problems()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == str(bad)
    assert dialog.model.index(0, 2).data()  # a reason a person can read

    write_pdf(bad, ["Reparert innhold om vannledning"], "Reparert")
    with qtbot.waitSignal(window.index_finished, timeout=60000):
        dialog.retry_all.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
    qtbot.waitUntil(lambda: window.results_model.total == 2, timeout=5000)


def test_watched_folder_picks_up_new_files(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "watched"
    write_pdf(folder / "en.pdf", ["Første dokument"], "En")
    window = own_archive_window(make_window, data_dir, folder)
    with qtbot.waitSignal(window.index_finished, timeout=60000):
        window.request_index()
    window.watcher.set_debounce(100)
    qtbot.waitUntil(lambda: str(folder) in window.watcher.watched(), timeout=5000)
    write_pdf(folder / "to.pdf", ["Andre dokument om brannstasjon"], "To")
    with qtbot.waitSignal(window.index_finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: window.results_model.total == 2, timeout=5000)
    (folder / "en.pdf").unlink()
    with qtbot.waitSignal(window.index_finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: window.results_model.total == 1, timeout=5000)
