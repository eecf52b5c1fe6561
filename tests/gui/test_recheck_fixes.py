"""Keyboard, preview and status-bar behaviour found wanting in a re-test of the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.pdfgen import write_pdf
from tests.gui.test_main_window import search, titles
from tests.gui.test_problems_and_status import write_encrypted
from vtviewer.core.model import Facets, Message, Problem, Progress, SearchResult
from vtviewer.gui.messages import translate_message
from vtviewer.gui.pdf_preview import PdfPreview
from vtviewer.gui.problems_dialog import ProblemsDialog
from vtviewer.paths import DataPaths


def test_new_query_moves_the_preview_of_the_document_that_stays_selected(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    search(qtbot, window, "bjørnebær")
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: window.preview.current_page() == 3, timeout=10000)
    assert window.preview.search_string() == "Bjørnebær"

    search(qtbot, window, "oppfølging")
    assert titles(window) == ["Kommuneplan 2020"]
    assert window.results_view.currentIndex().row() == 0
    # The new query's best page and words, not the old ones.
    qtbot.waitUntil(lambda: window.preview.current_page() == 4, timeout=10000)
    assert [t.casefold() for t in window.preview.highlighted_terms()] == ["oppfølging"]

    # A refresh with the same query (as while indexing) leaves the user's page alone.
    window.preview.show_page(1)
    qtbot.waitUntil(lambda: window.preview.current_page() == 1, timeout=5000)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.run_search()
    qtbot.wait(200)
    assert window.preview.current_page() == 1


def _focus_cycle(qtbot: QtBot, start: QWidget, key: Qt.Key, presses: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=5000)
    visited: list[QWidget] = [start]
    modifier = (
        Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Backtab
        else Qt.KeyboardModifier.NoModifier
    )
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key, modifier)
        after = QApplication.focusWidget()
        assert after is not None
        visited.append(after)
    return visited


def test_link_labels_take_one_tab_stop_each_way_and_open_on_enter(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    search(qtbot, window, "Handlingsplan 2013")
    window.results_view.selectRow(titles(window).index("Handlingsplan 2013"))
    qtbot.waitUntil(lambda: window.details.document is not None, timeout=5000)
    stops = window.details.focus_widgets()
    qtbot.waitUntil(lambda: all(w.isVisible() for w in stops), timeout=5000)
    links = [w for w in stops if isinstance(w, QLabel)]
    assert len(links) >= 3  # e-mail, phone, file
    first, last = stops[0], stops[-1]

    forward = _focus_cycle(qtbot, first, Qt.Key.Key_Tab, len(stops) - 1)
    assert forward == stops
    backward = _focus_cycle(qtbot, last, Qt.Key.Key_Backtab, len(stops) - 1)
    assert backward == stops[::-1]

    opened: list[str] = []
    window.details.open_url = opened.append  # type: ignore[method-assign]
    mail = next(w for w in links if "mailto:" in w.text())
    mail.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(mail, Qt.Key.Key_Return)
    phone = next(w for w in links if "tel:" in w.text())
    phone.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClick(phone, Qt.Key.Key_Space)
    assert opened == ["mailto:bjoern.iversen@vestre-toten.kommune.no", "tel:97681861"]


def test_enter_in_problems_opens_the_file_and_keeps_the_dialog_open(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_pdf(tmp_path / "a.pdf", ["Innhold"], "A")
    dialog = ProblemsDialog()
    qtbot.addWidget(dialog)
    dialog.set_problems(
        [Problem(str(path), Message("damaged-pdf", (Message("engine-unknown"),)), "damaged", 1.0)]
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    opened: list[object] = []
    dialog.open_requested.connect(opened.append)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    assert dialog.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Enter)
    assert len(opened) == 2
    assert dialog.isVisible()


def test_damaged_file_from_problems_shows_the_indexers_reason(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, tmp_path: Path
) -> None:
    window = make_window(docs_paths)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf at all\n")
    reason = Message("damaged-pdf-pypdf", (Message("engine-invalid-format"), "no xref table"))
    window.open_problem(Problem(str(broken), reason, "damaged", 1.0))
    qtbot.waitUntil(lambda: window.preview.state_name() == "message", timeout=15000)
    detail = translate_message(reason)
    assert detail in window.preview.message_text()
    qtbot.wait(50)
    assert detail in window.statusBar().currentMessage()


@pytest.fixture
def english_locale() -> Iterator[QLocale]:
    before = QLocale()
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    yield locale
    QLocale.setDefault(before)


def test_status_bar_counts_clearing_and_time_left(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, english_locale: QLocale
) -> None:
    window = make_window(docs_paths)
    window.locale_ = english_locale
    window.statusBar().showMessage("Indexed: 6 new, 0 changed, 0 removed.")
    window._index_started()
    assert window.statusBar().currentMessage() == ""

    facets = Facets()
    window._update_count(SearchResult((), 1000, facets))
    assert window.count_label.text().startswith("1,000 ")
    window._show_problem_count(1234)
    assert window.problems_button.text().startswith("1,234 ")

    # One file of 1,000 after 0.2 s says nothing yet about the time left.
    window._index_progress(Progress(done=1, total=1000, pages=3, elapsed=0.2))
    assert "left" not in window.progress_label.text()
    assert "1,000" in window.progress_label.text()
    window._index_progress(Progress(done=100, total=1000, pages=300, elapsed=3.0))
    assert "left" in window.progress_label.text()
    window._index_progress(Progress(done=2, total=4, pages=3, elapsed=0.5))
    assert "left" in window.progress_label.text()  # half of the files: worth an estimate
    window.shutdown()


def test_page_controls_reset_without_a_document(
    qtbot: QtBot, docs_folder: Path, tmp_path: Path
) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.show()
    preview.open_document(str(docs_folder / "kommuneplan-2020.pdf"), 3, trusted=True)
    qtbot.waitUntil(lambda: preview.current_page() == 3, timeout=10000)
    selector = preview._page_selector
    assert selector.isEnabled()
    locked = tmp_path / "locked.pdf"
    write_encrypted(locked, "hemmelig")
    preview.open_document(str(locked), 1, trusted=True)
    qtbot.waitUntil(lambda: preview.state_name() == "password", timeout=10000)
    assert not selector.isEnabled()
    spin = selector.findChild(QSpinBox)
    assert spin is not None and spin.text() == ""
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf")
    preview.open_document(str(docs_folder / "kommuneplan-2020.pdf"), 3, trusted=True)
    qtbot.waitUntil(lambda: preview.current_page() == 3, timeout=10000)
    preview.open_document(str(broken), 1, trusted=True)
    qtbot.waitUntil(lambda: preview.state_name() == "message", timeout=10000)
    assert not selector.isEnabled()
    assert spin.text() == ""
    preview.open_document(str(docs_folder / "kommuneplan-2020.pdf"), 2, trusted=True)
    qtbot.waitUntil(lambda: preview.current_page() == 2, timeout=10000)
    assert selector.isEnabled()
    assert spin.text() == "2"
