"""Accessibility of the results: a screen reader gets the snippet and the page links of a
row, and the page links are chosen and opened from the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.pdfgen import write_pdf
from vtviewer.core.archive import Archive
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.results_model import ResultsModel
from vtviewer.paths import DataPaths, data_paths

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def vegplan_paths(tmp_path: Path) -> DataPaths:
    """One document with "vegplanen" on pages 2, 4 and 5, and one without it."""
    folder = tmp_path / "docs"
    write_pdf(
        folder / "vegplan.pdf",
        [
            "Innledning om kommunen",
            "Vegplanen for sentrum og Raufoss",
            "Skoler og barnehager",
            "Vegplanen for bygdene i nord",
            "Vegplanen og kostnadene",
        ],
        "Vegplan",
    )
    write_pdf(folder / "annet.pdf", ["Rapport om vannforsyning"], "Vann")
    paths = data_paths(tmp_path / "data")
    with Archive.open(paths) as archive:
        archive.add_root(str(folder))
        archive.index()
    return paths


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query(text)


def test_the_model_gives_the_snippet_and_pages_to_screen_readers(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    make_window: MakeWindow,
    vegplan_paths: DataPaths,
) -> None:
    window = make_window(vegplan_paths)
    search(qtbot, window, "vegplanen")
    model = window.results_model
    assert isinstance(model, ResultsModel)
    qtmodeltester.check(model)
    title = model.index(0, 0)
    text = str(title.data(Qt.ItemDataRole.AccessibleTextRole))
    assert text.startswith("Vegplan. ")
    assert "Vegplanen" in text  # the snippet's words, without markup
    assert "<b>" not in text
    description = str(title.data(Qt.ItemDataRole.AccessibleDescriptionRole))
    assert "2, 4, 5" in description
    assert "Enter" in description


def grab_row(window: MainWindow) -> QImage:
    view = window.results_view
    rect = view.visualRect(window.results_model.index(0, 0))
    return view.viewport().grab(rect).toImage()


def test_ctrl_arrows_choose_a_page_link_and_enter_opens_it(
    qtbot: QtBot, make_window: MakeWindow, vegplan_paths: DataPaths
) -> None:
    window = make_window(vegplan_paths)
    search(qtbot, window, "vegplanen")
    view = window.results_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.selectRow(0)
    links = view.page_links
    assert links.focused() == (-1, -1)
    before = grab_row(window)

    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert links.focused() == (0, 2)
    assert "page 2" in view.accessibleDescription()
    assert grab_row(window) != before  # the chosen link is drawn so
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert links.focused() == (0, 4)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert links.focused() == (0, 5)  # wraps round
    assert "3 of 3" in view.accessibleDescription()

    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.preview.current_page() == 5, timeout=10000)
    # The keys stay in the results, on the same link.
    assert links.focused() == (0, 5)

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert links.focused() == (-1, -1)
    assert view.accessibleDescription() == ""
    # Enter without a chosen link opens the row as before.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(window.preview.hasFocus, timeout=10000)


def test_a_row_without_page_links_has_none_to_choose(
    qtbot: QtBot, make_window: MakeWindow, vegplan_paths: DataPaths
) -> None:
    window = make_window(vegplan_paths)  # browsing: no snippets, no page links
    view = window.results_view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.page_links.focused() == (-1, -1)
    assert window.results_model.index(0, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole) == ""
