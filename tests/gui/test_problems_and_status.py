"""The Problems view opens files, the status bar tells what indexing is doing and left."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.core.pool_hooks import HOOKS
from tests.gui.conftest import MakeWindow
from tests.gui.pdfgen import write_encrypted, write_pdf
from vtviewer.core.archive import Archive
from vtviewer.core.model import Facets, IndexSummary, Message, Problem, Progress, SearchResult
from vtviewer.core.pool import PoolConfig
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.messages import translate_message
from vtviewer.gui.problems_dialog import ProblemsDialog
from vtviewer.gui.results_model import SnippetRole
from vtviewer.gui.settings_dialog import SettingsDialog
from vtviewer.paths import DataPaths, data_paths


def own_archive_window(make_window: MakeWindow, data_dir: Path, folder: Path) -> MainWindow:
    paths = data_paths(data_dir)
    with Archive.open(paths) as archive:
        archive.add_root(str(folder))
    return make_window(paths)


def index(qtbot: QtBot, window: MainWindow) -> IndexSummary:
    with qtbot.waitSignal(window.index_finished, timeout=120000) as blocker:
        window.request_index()
    summary = blocker.args[0]
    assert isinstance(summary, IndexSummary)
    return summary


def test_password_pdf_opens_from_the_problems_view_and_asks_for_the_password(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    write_pdf(folder / "open.pdf", ["Et åpent dokument"], "Åpent")
    locked = folder / "locked.pdf"
    write_encrypted(locked, "hemmelig")
    window = own_archive_window(make_window, data_dir, folder)
    index(qtbot, window)
    # Not among the results, but the status bar says there is something to look at.
    qtbot.waitUntil(lambda: window.results_model.total == 1, timeout=5000)
    qtbot.waitUntil(window.indexing_status.problems_button.isVisible, timeout=5000)
    # "1 problem(s)" untranslated, "1 problem" with the English plural forms loaded.
    assert window.indexing_status.problems_button.text().startswith("1 problem")
    assert not window.indexing_status.problems_button.icon().isNull()

    window.indexing_status.problems_button.click()
    dialog = window.problems_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.index(0, 0).data() == str(locked)
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.preview.state_name() == "password", timeout=15000)
    assert window.current_hit() is None
    assert "locked.pdf" in window.statusBar().currentMessage()


def test_double_click_in_problems_opens_a_risky_file_only_on_request(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, docs_folder: Path
) -> None:
    window = make_window(docs_paths)
    dialog = ProblemsDialog(window)
    qtbot.addWidget(dialog)
    dialog.open_requested.connect(window.open_problem)
    path = str(docs_folder / "kommuneplan-2020.pdf")
    dialog.set_problems([Problem(path, Message("timed-out", ("30",)), "timeout", 1.0)])
    dialog.show()
    table = dialog.table
    rect = table.visualRect(dialog.model.index(0, 1))
    # A real double-click is press, release, double-click: the view needs the press.
    no_modifier = Qt.KeyboardModifier.NoModifier
    left = Qt.MouseButton.LeftButton
    QTest.mouseClick(table.viewport(), left, no_modifier, rect.center())
    QTest.mouseDClick(table.viewport(), left, no_modifier, rect.center())
    qtbot.waitUntil(lambda: "30 s" in window.preview.message_text(), timeout=5000)
    assert window.preview.page_count() == 0  # not loaded in-process without asking


def test_finishing_phase_is_shown_and_cancel_disabled(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "some"
    for i in range(5):
        write_pdf(folder / f"d{i}.pdf", [f"Dokument {i}"], f"Dokument {i}")
    window = own_archive_window(make_window, data_dir, folder)
    seen: list[tuple[str, bool]] = []

    def record(progress: object) -> None:
        assert isinstance(progress, Progress)
        if progress.phase == "finishing":
            status = window.indexing_status
            seen.append((status.progress_label.text(), status.cancel_button.isEnabled()))

    window.indexer.progress.connect(record)
    index(qtbot, window)
    assert seen == [("Finishing…", False)]
    assert not window.indexing_status.cancel_button.isVisible()


def test_retry_that_still_fails_says_so(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "broken"
    write_pdf(folder / "ok.pdf", ["Et fint dokument"], "Fint")
    for name in ("a.pdf", "b.pdf"):
        (folder / name).write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    window = own_archive_window(make_window, data_dir, folder)
    index(qtbot, window)
    dialog = window.show_problems()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    with qtbot.waitSignal(window.index_finished, timeout=60000):
        dialog.retry_all.click()
    qtbot.waitUntil(
        lambda: "could still not be read" in window.statusBar().currentMessage(),
        timeout=5000,
    )
    assert "2 file" in window.statusBar().currentMessage()
    assert dialog.model.rowCount() == 2


def test_documents_appear_while_indexing_with_the_core_commit_intervals(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "lots"
    # The first full-text commit comes 1.5 s into a run (scan.FULLTEXT_COMMIT_SECONDS), and
    # one-page files index faster than that here: each takes 50 ms longer, so that the run
    # (3 s with two workers) outlasts it, as a run of real files does.
    for i in range(120):
        name = f"SLOW-ME-d{i:03d}.pdf"
        write_pdf(folder / name, [f"Dokument {i} om vegplan"], f"Dokument {i:03d}")
    window = own_archive_window(make_window, data_dir, folder)
    window.archive.pool_config = PoolConfig(workers=2, hooks=HOOKS)
    window.refresh_ms = 50
    counts: list[int] = []
    window.results_shown.connect(lambda _r: counts.append(window.results_model.total))
    summary = index(qtbot, window)
    assert summary.added == 120
    qtbot.waitUntil(lambda: window.results_model.total == 120, timeout=10000)
    assert any(0 < c < 120 for c in counts), counts


def test_metadata_only_hit_says_where_it_matched(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query("bjørnebær")
    hit = window.results_model.hit(0)
    assert hit is not None and hit.pages
    only_meta = replace(hit, pages=())
    window.results_model.set_hits((only_meta,), 1, with_snippets=True)
    snippet = str(window.results_model.index(0, 0).data(SnippetRole))
    assert "Match in the document’s details" in snippet


def test_empty_state_add_button_only_without_the_sample_banner(
    make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    empty = SearchResult(hits=(), total=0, facets=Facets())
    window.sample_banner.show()
    window.session.results.emit(window.session.latest, empty)
    assert window.centre.currentIndex() == 1
    assert not window.empty_add_button.isVisibleTo(window)
    window.sample_banner.hide()
    window.session.results.emit(window.session.latest, empty)
    assert window.empty_add_button.isVisibleTo(window)


def tab_chain(window: MainWindow) -> list[QWidget]:
    """What Tab visits, in order, starting at the search field."""
    chain: list[QWidget] = []
    widget: QWidget | None = window.search_field.nextInFocusChain()
    while widget is not None and widget is not window.search_field and len(chain) < 500:
        if (
            widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_order_follows_the_layout_and_controls_have_names(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    window.archive.save_search("Vann", "vann")
    window.filters.load_saved_searches()
    qtbot.waitUntil(lambda: window.filters.saved_view.isVisibleTo(window), timeout=5000)
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: window.details.document is not None, timeout=5000)
    button = window.details.findChild(QPushButton, "openExternal")
    assert button is not None
    qtbot.waitUntil(button.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: window.preview.state_name() == "view", timeout=10000)
    chain = tab_chain(window)
    open_external = next(w for w in chain if w.objectName() == "openExternal")
    first_preview = next(w for w in chain if window.preview.isAncestorOf(w) or w is window.preview)
    order = [
        window.search_bar.add_folder_button,
        window.filters.facets_view,
        window.filters.saved_toggle,
        window.filters.saved_view,
        window.filters.save_search_button,
        window.results_view,
        open_external,
        first_preview,
    ]
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions), [type(w).__name__ for w in chain]
    ours = [w for w in chain if not window.preview.isAncestorOf(w)]
    unnamed = [type(w).__name__ for w in ours if not w.accessibleName()]
    assert not unnamed


def test_standard_buttons_speak_bokmaal(bokmaal: object, qtbot: QtBot) -> None:
    settings = SettingsDialog([], "", "system")
    qtbot.addWidget(settings)
    assert settings.cancel_button.text() == "Avbryt"
    problems = ProblemsDialog()
    qtbot.addWidget(problems)
    box = problems.findChild(QDialogButtonBox)
    assert box is not None
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Lukk"
    texts = {b.text() for b in problems.findChildren(QPushButton)}
    assert {"Åpne", "Lukk"} <= texts
    assert problems.model.headerData(1, Qt.Orientation.Horizontal) == "Type"
    assert QCoreApplication.translate("AddFolderButton", "Add folder…") == "Legg til mappe…"


def test_the_window_parts_speak_bokmaal(
    bokmaal: object, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    """The parts split off the main window and the preview look their strings up under
    their own class name; the translations moved there with them."""
    window = make_window(docs_paths)
    assert window.search_bar.add_folder_button.text() == "Legg til mappe…"  # AddFolderButton
    assert window.filters.saved_toggle.text() == "Lagrede søk"  # FiltersPane
    tip = window.indexing_status.problems_button.toolTip()  # IndexingStatus
    assert tip == "Filer som ikke kunne indekseres: se hvorfor, åpne dem eller prøv igjen"
    preview = window.preview
    assert preview.find_bar.edit.placeholderText() == "Finn i dokumentet"  # FindBar
    assert preview.toolbar.action("zoom_in").text() == "Zoom inn"  # PreviewToolbar
    assert preview.pages.view.accessibleName() == "Dokumentsider"  # PreviewPages
    assert preview.message_page.open_anyway.text() == "Åpne likevel"  # MessagePage
    assert preview.password_page.button.text() == "Lås opp"  # PasswordPage
    assert window.run.tr("Indexing cancelled.") == "Indekseringen ble avbrutt."  # IndexingRun


def test_a_file_name_with_a_placeholder_is_shown_as_it_is(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, tmp_path: Path
) -> None:
    """Before: "%1 is not in the index: %2" was filled one placeholder at a time, so the
    "%2" in the file's name was replaced by the reason."""
    broken = tmp_path / "rapport%2.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf at all\n")
    window = make_window(docs_paths)
    window.open_problem(
        Problem(
            str(broken),
            Message("damaged-pdf-pypdf", (Message("engine-invalid-format"), "no xref table")),
            "damaged",
            1.0,
        )
    )
    message = window.statusBar().currentMessage()
    assert message.startswith("rapport%2.pdf is not in the index: ")


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
    qtbot.waitUntil(lambda: detail in window.statusBar().currentMessage(), timeout=5000)
