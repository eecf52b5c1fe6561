"""The indexing status in the status bar: progress in the locale's numbers, time left."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from vtviewer.core.model import Progress
from vtviewer.gui.indexing_status import IndexingStatus


def test_indexing_status_numbers_and_time_left(qtbot: QtBot, english_locale: QLocale) -> None:
    status = IndexingStatus(english_locale)
    qtbot.addWidget(status)
    status.show_problem_count(1234)
    assert status.problems_button.text().startswith("1,234 ")
    status.run_started()
    assert not status.progress_bar.isHidden() and status.cancel_button.isEnabled()
    # One file of 1,000 after 0.2 s says nothing yet about the time left.
    status.show_progress(Progress(done=1, total=1000, pages=3, elapsed=0.2))
    assert "left" not in status.progress_label.text()
    assert "1,000" in status.progress_label.text()
    status.show_progress(Progress(done=100, total=1000, pages=300, elapsed=3.0))
    assert "left" in status.progress_label.text()
    status.show_progress(Progress(done=2, total=4, pages=3, elapsed=0.5))
    assert "left" in status.progress_label.text()  # half of the files: worth an estimate
    status.run_ended()
    assert status.progress_bar.isHidden() and status.cancel_button.isHidden()
