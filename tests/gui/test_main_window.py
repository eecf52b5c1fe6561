"""The main window on real archives: search, select, preview, details, keyboard, facets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.pdfgen import write_pdf
from vtviewer.core.model import Facets, Message, Problem, SearchResult
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.results_model import COLUMNS
from vtviewer.paths import DataPaths, sample_archive_dir


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query(text)


def titles(window: MainWindow) -> list[str]:
    model = window.results_model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_browse_lists_all_documents(make_window: MakeWindow, docs_paths: DataPaths) -> None:
    window = make_window(docs_paths)
    assert sorted(titles(window)) == ["Befolkningsanalyse", "Kommuneplan 2020", "Rapport om vann"]
    assert window.count_label.text() == "3 document(s)"
    assert window.centre.currentIndex() == 0


def test_search_select_opens_preview_on_hit_page(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    search(qtbot, window, "bjørnebær")
    assert titles(window) == ["Kommuneplan 2020"]
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: window.preview.current_page() == 3, timeout=10000)
    assert window.details.document is not None
    assert window.details.document.meta.title == "Kommuneplan 2020"
    # The preview highlights the word as written on the page, not the query.
    assert window.preview.search_string() == "Bjørnebær"


def test_clicking_a_page_link_in_the_snippet_jumps_there(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    search(qtbot, window, "bjørnebær")
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: window.preview.current_page() == 3, timeout=10000)
    window.preview.show_page(1)
    qtbot.waitUntil(lambda: window.preview.current_page() == 1, timeout=5000)

    view = window.results_view
    index = window.results_model.index(0, COLUMNS.index("title"))
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = rect
    option.font = view.font()
    link = None
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.left() + 200, 2):
            if window.results_view.delegate.anchor_at(option, index, QPointF(x, y)) == "page:3":
                link = QPoint(x, y)
                break
        if link is not None:
            break
    assert link is not None, "the snippet shows a link to page 3"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=link)
    qtbot.waitUntil(lambda: window.preview.current_page() == 3, timeout=5000)


def test_details_show_sample_contact_with_mailto_and_tel(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    assert window.is_sample()
    assert window.sample_banner.isVisibleTo(window)
    search(qtbot, window, "Handlingsplan 2013")
    row = titles(window).index("Handlingsplan 2013")
    window.results_view.selectRow(row)
    links = window.details.links()
    assert "mailto:bjoern.iversen@vestre-toten.kommune.no" in links
    assert "tel:97681861" in links
    texts = [label.text() for label in window.details.findChildren(QLabel)]
    assert any('href="mailto:bjoern.iversen@vestre-toten.kommune.no"' in t for t in texts)
    assert any("Bjørn Iversen" in t and "leder for Omstillingsprogrammet" in t for t in texts)

    opened: list[str] = []
    window.details.open_url = opened.append  # type: ignore[method-assign]
    phone_copy = next(
        b for b in window.details.findChildren(QToolButton) if "97681861" in b.toolTip()
    )
    phone_copy.click()
    assert QGuiApplication.clipboard().text() == "97681861"


def test_attachments_and_file_actions(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_paths)
    search(qtbot, window, "omstillingsplan")
    row = titles(window).index("Omstillingsplan 2013 - 2015")
    window.results_view.selectRow(row)
    attachment = sample_archive_dir() / "omstillingsplan-2013-2015-vedlegg-analysedel.pdf"
    assert QUrl.fromLocalFile(str(attachment)).toString() in window.details.links()
    opened: list[str] = []
    monkeypatch.setattr(window.details, "open_url", opened.append)
    from PySide6.QtWidgets import QPushButton

    buttons = {b.objectName(): b for b in window.details.findChildren(QPushButton)}
    buttons["openExternal"].click()
    buttons["showInFolder"].click()
    plan = sample_archive_dir() / "omstillingsplan-2013-2015.pdf"
    assert opened == [
        QUrl.fromLocalFile(str(plan)).toString(),
        QUrl.fromLocalFile(str(sample_archive_dir())).toString(),
    ]


def test_keyboard_search_results_preview_and_back(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        qtbot.keyClicks(window.search_field, "befolkning")
    qtbot.waitUntil(lambda: titles(window) == ["Befolkningsanalyse"], timeout=5000)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.results_view.hasFocus()
    assert window.results_view.currentIndex().row() == 0
    qtbot.keyClick(window.results_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.preview.current_page() == 1, timeout=10000)
    focused = QApplication.focusWidget()
    assert focused is window.preview or window.preview.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert window.search_field.hasFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""


def test_typing_searches_without_blocking_and_drops_stale_results(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    shown: list[int] = []
    window.results_shown.connect(shown.append)
    qtbot.keyClicks(window.search_field, "iversen")
    qtbot.waitUntil(lambda: window.count_label.text() == "3 document(s) match", timeout=5000)
    qtbot.wait(300)
    # Seven keystrokes: a leading search and the trailing one, not seven.
    assert 1 <= len(shown) <= 3
    assert shown[-1] == window.session.latest


def test_did_you_mean_is_clickable(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    search(qtbot, window, "omstilingsplan")
    # Corrected at once; searched exactly as typed, it finds nothing and suggests.
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.search_bar.message_label.linkActivated.emit("exact:")
    assert window.search_bar.message_label.isVisibleTo(window)
    assert 'href="suggest:omstillingsplan"' in window.search_bar.message_label.text()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.search_bar.message_label.linkActivated.emit("suggest:omstillingsplan")
    assert window.search_field.text() == "omstillingsplan"
    assert window.results_model.rowCount() > 0

    search(qtbot, window, 'title:"')
    assert "Unbalanced quote" in window.search_bar.message_label.text()


def test_facet_filters_narrow_the_results(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    model = window.filters.facets_model
    type_index = model.facet_index("type")
    values = {
        model.index(r, 0, type_index).data(Qt.ItemDataRole.UserRole + 2): model.index(
            r, 0, type_index
        )
        for r in range(model.rowCount(type_index))
    }
    assert model.data(values["analysis"]) == "Analysis (2)"
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        model.setData(
            values["analysis"], Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    assert sorted(titles(window)) == [
        "Næringsstrukturanalyse",
        "Områdeanalyse fra Telemarkforskning",
    ]
    assert window.filters.clear_filters_button.isEnabled()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filters.clear_filters_button.click()
    # Six documents, the plan's attachment under the plan.
    assert window.results_model.total == 6
    assert window.results_model.rowCount() == 5


def test_header_click_sorts_through_the_engine(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    header = window.results_view.horizontalHeader()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        header.setSortIndicator(COLUMNS.index("pages"), Qt.SortOrder.DescendingOrder)
    pages = [h.document.page_count for h in (window.results_model.hit(r) for r in range(6)) if h]
    assert pages == sorted(pages, reverse=True)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        header.setSortIndicator(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    assert titles(window) == sorted(titles(window), key=str.casefold)


def test_saved_searches_save_run_delete(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    search(qtbot, window, "iversen")
    window.save_current_search("Bjørn")
    qtbot.waitUntil(lambda: window.filters.saved_model.rowCount() == 1, timeout=5000)
    search(qtbot, window, "")
    index = window.filters.saved_model.index(0, 0)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filters.saved_view.clicked.emit(index)
    assert window.search_field.text() == "iversen"
    window.filters.saved_view.setCurrentIndex(index)
    window.filters.delete_search_button.click()
    qtbot.waitUntil(lambda: window.filters.saved_model.rowCount() == 0, timeout=5000)


def test_file_that_hung_the_indexer_is_not_opened_without_asking(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(docs_paths)
    search(qtbot, window, "bjørnebær")
    problem = Problem("x", Message("timed-out", ("30",)), "timeout")
    monkeypatch.setattr(window.archive, "problem_for", lambda path: problem)
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: "30 s" in window.preview.message_text(), timeout=5000)
    assert window.preview.page_count() == 0
    from PySide6.QtWidgets import QPushButton

    anyway = next(
        b for b in window.preview.findChildren(QPushButton) if b.isVisibleTo(window.preview)
    )
    anyway.click()
    qtbot.waitUntil(lambda: window.preview.current_page() == 3, timeout=10000)


def test_first_start_opens_on_the_sample(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    from vtviewer.paths import data_paths

    window = make_window(data_paths(data_dir))
    assert window.is_sample()
    assert window.sample_banner.isVisibleTo(window)
    assert "Sample archive" in window.windowTitle()
    # Six documents, the plan's attachment under the plan.
    qtbot.waitUntil(lambda: window.results_model.total == 6, timeout=60000)
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 5, timeout=10000)


def test_dropping_a_pdf_makes_its_folder_a_root(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths, tmp_path: Path
) -> None:
    window = make_window(sample_paths)
    pdf = write_pdf(tmp_path / "dropped" / "ny.pdf", ["Dropped text about kraftlinjer"], "Ny plan")
    assert MainWindow.dropped_folders([str(pdf), str(tmp_path / "nope.txt")]) == [str(pdf.parent)]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    event = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.index_finished, timeout=60000):
        window.dropEvent(event)
    # Adding an own folder leaves the sample.
    assert window.archive.roots() == [str(pdf.parent)]
    assert not window.sample_banner.isVisibleTo(window)
    qtbot.waitUntil(lambda: titles(window) == ["Ny plan"], timeout=10000)


def test_about_names_version_and_licences(make_window: MakeWindow, docs_paths: DataPaths) -> None:
    window = make_window(docs_paths)
    text = window.about_text()
    for needle in ("0.1.0", "GPL-3.0-or-later", "LGPL-3.0", "pypdf", "tantivy", "PyStemmer"):
        assert needle in text


def test_ctrl_f_finds_in_the_preview_when_it_has_focus(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    window.activateWindow()
    search(qtbot, window, "bjørnebær")
    window.results_view.setFocus()
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: window.preview.current_page() == 3, timeout=10000)
    # Outside the preview Ctrl+F goes to the search field ...
    qtbot.keyClick(window.results_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    # ... inside it, to the preview's own find bar.
    qtbot.keyClick(window.results_view, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not None and window.preview.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not window.search_field.hasFocus()
    focused = QApplication.focusWidget()
    assert focused is not None and window.preview.isAncestorOf(focused)
    assert focused.accessibleName() == "Find in document"


def test_the_store_is_written_and_problems_read_off_the_gui_thread(
    qtbot: QtBot,
    make_window: MakeWindow,
    docs_paths: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before: removing a folder deleted its rows and committed the full-text index on the
    GUI thread, and every selection read the file's problem there."""
    import threading

    window = make_window(docs_paths)
    archive = window.archive
    threads: dict[str, list[bool]] = {}

    def record(name: str) -> Callable[..., object]:
        real = getattr(archive, name)

        def call(*args: object) -> object:
            on_gui = threading.current_thread() is threading.main_thread()
            threads.setdefault(name, []).append(on_gui)
            return real(*args)

        return call

    for name in ("add_root", "remove_root", "problem_for", "problems"):
        monkeypatch.setattr(archive, name, record(name))
    search(qtbot, window, "bjørnebær")
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: window.preview.current_page() == 3, timeout=10000)
    window.show_problems()
    search(qtbot, window, "")
    assert window.results_model.rowCount() == 3
    folder = tmp_path / "ny"
    folder.mkdir()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.apply_settings([str(folder)], "", "system")
    assert window.archive.roots() == [str(folder)]
    assert window.results_model.rowCount() == 0  # the old folder's documents are gone
    window.tasks.wait()
    assert set(threads) == {"add_root", "remove_root", "problem_for", "problems"}
    assert not any(any(calls) for calls in threads.values()), threads


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


def test_status_bar_counts_and_clears(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, english_locale: QLocale
) -> None:
    window = make_window(docs_paths)
    window.session.results.emit(window.session.latest, SearchResult((), 1000, Facets()))
    assert window.count_label.text().startswith("1,000 ")
    window.statusBar().showMessage("Indexed: 6 new, 0 changed, 0 removed.")
    with qtbot.waitSignal(window.index_finished, timeout=60000):
        window.request_index()
        # The last run's result would read as this run's.
        assert window.statusBar().currentMessage() == ""
