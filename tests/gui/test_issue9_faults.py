"""Faults found trying the window as a new user (issue 9, point 8), each with its test."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from vtviewer.gui.main_window import MainWindow
from vtviewer.paths import DataPaths


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query(text)


def test_no_hits_clears_the_details_and_the_preview(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    search(qtbot, window, "bjørnebær")
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: window.preview.current_page() == 3, timeout=10000)
    assert window.details.document is not None

    search(qtbot, window, "xyzzyplugh")
    assert window.results_model.rowCount() == 0
    assert window.details.document is None
    assert window.current_hit() is None
    assert window.preview.state_name() == "empty"
    # A late answer of the preview's task does not bring the old document back.
    qtbot.wait(300)
    assert window.preview.state_name() == "empty"
    assert window.details.document is None
