"""Faults found trying the window as a new user (issue 9, point 8), each with its test."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.results_model import COLUMNS
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


def periods(window: MainWindow) -> list[str]:
    model = window.results_model
    column = COLUMNS.index("period")
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_after_a_new_search_the_sort_arrow_matches_the_order(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    header = window.results_view.horizontalHeader()
    header.setSortIndicator(COLUMNS.index("period"), Qt.SortOrder.DescendingOrder)
    shown = periods(window)
    assert shown == sorted(shown, key=str.casefold, reverse=True)
    assert len(set(shown)) > 2, "the sample has periods to sort"

    for query in ("plan", "", "kommune"):
        search(qtbot, window, query)
        assert window.results_model.rowCount() > 1
        assert header.sortIndicatorSection() == COLUMNS.index("period")
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        shown = periods(window)
        assert shown == sorted(shown, key=str.casefold, reverse=True), query

    # Back to relevance: no arrow, and the rows in the engine's order again.
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.sort_by_relevance()
    assert header.sortIndicatorSection() == -1
    assert window.session.sort == ("relevance", None)
    assert window.results_model.local_sort is None
