"""The main window: lays out its parts (search field, filters, results, details, preview,
indexing status) and wires them to the search session, the indexer and the archive."""

from __future__ import annotations

import itertools
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.archive import Archive
from vtviewer.core.exporter import Selection
from vtviewer.core.model import Document, Hit, Problem, SearchResult
from vtviewer.core.ocr import Tesseract, find_tesseract
from vtviewer.core.saved import SavedSearch
from vtviewer.gui.about import about_text, show_about
from vtviewer.gui.archive_folders import ArchiveFolders, same_path
from vtviewer.gui.archive_health import ArchiveHealth
from vtviewer.gui.contacts_view import ContactsWindow
from vtviewer.gui.details_pane import DetailsPane
from vtviewer.gui.editing import Editing
from vtviewer.gui.export_dialog import ExportDialog
from vtviewer.gui.filters_pane import FiltersPane
from vtviewer.gui.import_dialog import ImportDialog
from vtviewer.gui.indexing_run import IndexingRun
from vtviewer.gui.indexing_status import IndexingStatus
from vtviewer.gui.messages import fill
from vtviewer.gui.open_paths import PathOpener
from vtviewer.gui.pdf_preview import PdfPreview
from vtviewer.gui.problems_dialog import ProblemsDialog
from vtviewer.gui.reader import Reader
from vtviewer.gui.results_model import COLUMNS, ResultsModel
from vtviewer.gui.results_view import ResultsArea
from vtviewer.gui.search_bar import SearchBar
from vtviewer.gui.search_session import SearchSession
from vtviewer.gui.settings import Settings
from vtviewer.gui.settings_dialog import SettingsDialog
from vtviewer.gui.similar_dialog import SimilarDialog
from vtviewer.gui.tasks import Indexer, TaskQueue, error_text
from vtviewer.gui.watcher import FolderWatcher
from vtviewer.paths import sample_archive_dir

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The archive window, made of parts: the search session (``session``), the filters
    and saved searches (``filters``), the results (``results_model``, ``results_view``),
    the details and the preview, the indexing runs (``run``) and their status in the status
    bar (``indexing_status``). Nothing slow runs on the GUI thread: searches on the session's
    threads, indexing on the indexer's, and the archive's other reads and writes on the
    task queue (``tasks``).

    Signals:
        results_shown(int): a search result was put on screen (its request number).
        index_finished(object): an indexing run ended (IndexSummary, None when it failed).
    """

    results_shown = Signal(int)
    index_finished = Signal(object)

    def __init__(
        self,
        archive: Archive,
        settings: Settings,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.settings = settings
        self.locale_ = locale or QLocale()
        self.setObjectName("MainWindow")
        self.setWindowTitle("vtviewer")
        self.setAcceptDrops(True)

        self.tasks = TaskQueue(self)
        # Text recognition as set; which Tesseract is installed is asked off this thread.
        self.archive.ocr = settings.ocr()
        self.tesseract: Tesseract | None = None
        self.tasks.run(find_tesseract, self._found_tesseract)
        self.folders = ArchiveFolders(archive, self.tasks, self)
        self.session = SearchSession(archive, self)
        self.indexer = Indexer(archive, self)
        self.watcher = FolderWatcher(self)

        self._ready = False
        self._problems: list[Problem] = []
        #: The results' share of the width right of the filters (the user can drag it).
        self._centre_share = 0.5
        self._closing = False
        self._shown_query = ""
        self._shown_search: tuple[str, tuple[tuple[str, tuple[str, ...]], ...]] = ("", ())
        self._problems_dialog: ProblemsDialog | None = None
        self._import_dialog: ImportDialog | None = None
        self._export_dialog: ExportDialog | None = None
        self._contacts: ContactsWindow | None = None

        self._build_ui()
        self.health = ArchiveHealth(archive, self.indexer, self.archive_notice, self)
        self._build_menus()
        self._build_shortcuts()
        self._connect()
        self._restore_state()
        self._ready = True

    # --- construction --------------------------------------------------------------------

    def _build_ui(self) -> None:
        # Top: the search field, what is said about the search and the archive.
        self.search_bar = SearchBar()
        self.search_field = self.search_bar.search_field
        self.archive_notice = self.search_bar.archive_notice
        self.sample_banner = self.search_bar.sample_banner

        # Left: facets and saved searches.
        self.filters = FiltersPane(self.archive, self.tasks)

        # Centre: the results, or a hint when the archive is empty.
        self.results_model = ResultsModel(self)
        self.results_model.set_locale(self.locale_)
        self.centre = ResultsArea(self.results_model)
        self.results_view = self.centre.view
        self.empty_add_button = self.centre.empty_add_button

        # Right: details above the preview.
        self.details = DetailsPane()
        self.details.set_locale(self.locale_)
        self.preview = PdfPreview()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.reader = Reader(self.archive, self.tasks, self.details, self.preview, self)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.details)
        self.right_splitter.addWidget(self.preview)
        self.right_splitter.setStretchFactor(0, 0)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setChildrenCollapsible(False)
        self.editing = Editing(
            self.archive,
            self.tasks,
            self.details,
            self.reader,
            self.results_model,
            self.results_view,
            self,
            self.indexer.is_running,
            self.right_splitter,
        )

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.filters)
        self.main_splitter.addWidget(self.centre)
        self.main_splitter.addWidget(self.right_splitter)
        # When the window changes size the results get the larger share: the title and
        # its snippet need the room more than the preview does.
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setStretchFactor(2, 2)
        self.main_splitter.splitterMoved.connect(self._remember_centre_share)
        self.main_splitter.setChildrenCollapsible(False)

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.search_bar)
        central_layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

        # Status bar: counts, then indexing progress with Cancel, then problems.
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.indexing_status = IndexingStatus(self.locale_)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.indexing_status)
        self._apply_tab_order()

    def _apply_tab_order(self) -> None:
        """Tab follows the layout: top row, filters, saved searches, results, details
        (its buttons and links), preview. The details pane rebuilds its widgets for
        every document, so this runs again each time it does."""
        chain: list[QWidget] = [
            self.search_field,
            self.search_bar.add_folder_button,
            self.search_bar.sample_add_button,
            *self.filters.focus_chain(),
            self.results_view,
            self.empty_add_button,
            self.details,
            *self.details.focus_widgets(),
            self.preview,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _remember_centre_share(self) -> None:
        sizes = self.main_splitter.sizes()
        if len(sizes) == 3 and sizes[1] + sizes[2] > 0:
            self._centre_share = sizes[1] / (sizes[1] + sizes[2])

    def _balance_panes(self) -> None:
        """Share the width between results and preview by the user's ratio, but never
        squeeze the results below what a readable title column needs while the preview
        still has room to give (on a 1024 px screen the titles were ~120 px wide)."""
        sizes = self.main_splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 3 or total <= 0:
            return
        left = sizes[0]
        rest = total - left
        right_min = max(self.right_splitter.minimumSizeHint().width(), 340)
        wanted = self.results_view.wanted_width()
        centre = max(round(rest * self._centre_share), min(wanted, rest - right_min))
        if [left, centre, rest - centre] != sizes:
            self.main_splitter.setSizes([left, centre, rest - centre])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._ready:
            self._balance_panes()

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.add_folder_action = QAction(self.tr("&Add folder…"), self)
        self.add_folder_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_O))
        self.index_action = QAction(self.tr("&Index now"), self)
        self.index_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.problems_action = QAction(self.tr("&Problems…"), self)
        self.import_action = QAction(self.tr("Import &register…"), self)
        self.export_action = QAction(self.tr("&Export…"), self)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.add_folder_action, self.index_action, self.problems_action):
            file_menu.addAction(action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.preview.text.print_action)
        file_menu.addAction(self.editing.write_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.editing.history.undo_action)
        edit_menu.addAction(self.editing.history.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.editing.edit_action)

        view_menu = menu.addMenu(self.tr("&View"))
        self.focus_search_action = QAction(self.tr("&Search"), self)
        self.focus_search_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.relevance_action = QAction(self.tr("Sort by &relevance"), self)
        self.clear_filters_action = QAction(self.tr("&Clear filters"), self)
        view_menu.addAction(self.focus_search_action)
        view_menu.addAction(self.relevance_action)
        view_menu.addAction(self.clear_filters_action)
        self.contacts_action = QAction(self.tr("C&ontacts…"), self)
        self.contacts_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_K)
        )
        view_menu.addAction(self.contacts_action)
        view_menu.addMenu(self.results_view.columns_menu)

        help_menu = menu.addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About vtviewer"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _build_shortcuts(self) -> None:
        # Ctrl+F and Esc belong to the preview while it shows a document and has focus: it
        # claims them through ShortcutOverride, so these window shortcuts never compete.
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_search)
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape_shortcut.activated.connect(self._escape)
        self.results_view.installEventFilter(self)
        self.search_field.installEventFilter(self)

    def _connect(self) -> None:
        session = self.session
        self.search_bar.query_edited.connect(session.type_query)
        self.search_bar.query_entered.connect(session.search_now)
        self.search_bar.suggestion_chosen.connect(self.set_query)
        self.search_bar.exact_requested.connect(session.search_exact)
        self.search_bar.add_folder_requested.connect(self.add_folder)
        self.empty_add_button.clicked.connect(self.add_folder)
        self.folders.changed.connect(self._folders_changed)
        self.folders.failed.connect(self._task_failed)
        self.filters.filters_changed.connect(session.set_filters)
        self.filters.saved_chosen.connect(self.run_saved_search)
        self.filters.save_requested.connect(lambda: self.save_current_search())
        self.filters.status_message.connect(self._status)
        self.filters.failed.connect(self._task_failed)
        self.clear_filters_action.triggered.connect(self.filters.clear_filters)

        # Sort and paging go between the results model and the session alone.
        session.results.connect(self._on_results)
        session.failed.connect(self._on_search_failed)
        session.more_results.connect(self.results_model.append_hits)
        self.results_model.sort_requested.connect(session.set_sort)
        self.results_model.more_requested.connect(session.fetch_more)
        self.results_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.results_view.delegate.page_clicked.connect(self._page_clicked)
        self.reader.details_changed.connect(self._apply_tab_order)
        self.reader.status_message.connect(self._status)
        self.editing.details_changed.connect(self._apply_tab_order)
        self.editing.status_message.connect(self._status)
        # The facets count the new values (and the rows follow a changed sort key).
        self.editing.documents_changed.connect(lambda _ids: self.run_search())

        self.details.status_message.connect(self._status)
        self.details.attachment_requested.connect(self.reader.open_attachment)
        self.similar = SimilarDialog(self.archive, self.tasks, self)
        self.details.similar_requested.connect(self.similar.show_for)
        self.similar.document_chosen.connect(lambda doc: self.reader.show(Hit(doc, 0.0)))
        self.preview.status_message.connect(self._status)

        self.run = IndexingRun(
            self.archive,
            self.indexer,
            self.health,
            session,
            self.tasks,
            self.indexing_status,
            self.results_view,
            self.locale_,
            self,
        )
        self.run.status_message.connect(self._status)
        self.run.cleared.connect(self.statusBar().clearMessage)
        self.run.finished.connect(self._run_finished)
        self.opener = PathOpener(self.archive, self.tasks, self, parent=self)
        self.opener.show_hit.connect(self._show_opened)
        self.opener.add_folders.connect(self.add_roots)
        self.opener.status_message.connect(self._status)
        self.run.finished.connect(lambda _summary: self.opener.index_finished())
        self.health.index_requested.connect(lambda: self.request_index())
        self.health.rebuild_started.connect(session.hold)
        self.indexing_status.cancel_requested.connect(self.indexer.cancel)
        self.indexing_status.problems_requested.connect(self.show_problems)
        self.watcher.changed.connect(lambda: self.request_index())

        self.add_folder_action.triggered.connect(self.add_folder)
        self.index_action.triggered.connect(lambda: self.request_index())
        self.problems_action.triggered.connect(self.show_problems)
        self.import_action.triggered.connect(self.show_import_dialog)
        self.export_action.triggered.connect(self.show_export)
        self.settings_action.triggered.connect(self.show_settings)
        self.quit_action.triggered.connect(self.close)
        self.focus_search_action.triggered.connect(self.focus_search)
        self.relevance_action.triggered.connect(self.sort_by_relevance)
        self.about_action.triggered.connect(self.show_about)
        self.contacts_action.triggered.connect(self.show_contacts)

    # --- state -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 900)
        state = self.settings.state("state")
        if state is not None:
            self.restoreState(state)
        main = self.settings.state("main_splitter")
        if main is None or not self.main_splitter.restoreState(main):
            self.main_splitter.setSizes([220, 580, 580])
        self._remember_centre_share()
        right = self.settings.state("right_splitter")
        if right is None or not self.right_splitter.restoreState(right):
            self.right_splitter.setSizes([340, 490])
        columns = self.settings.state("columns")
        if columns is not None:
            self.results_view.horizontalHeader().restoreState(columns)
        self.results_view.apply_header_sort()

    def save_state(self) -> None:
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("state", self.saveState())
        self.settings.set_state("main_splitter", self.main_splitter.saveState())
        self.settings.set_state("right_splitter", self.right_splitter.saveState())
        self.settings.set_state("columns", self.results_view.horizontalHeader().saveState())
        self.settings.sync()

    # --- startup ---------------------------------------------------------------------------

    def start(self, catch_up: bool = True) -> None:
        """Call once the window is shown: first search, watching, and the sample if needed.

        ``catch_up`` re-scans the folders shortly after start for changes made while
        vtviewer was closed."""
        # Read before the health check: a rebuild it starts replaces the store.
        roots = self.folders.load()
        self.health.check()
        if self.archive.read_only:
            self._offer_no_writing()
        if not roots and not self.archive.read_only and self.archive.damage is None:
            sample = sample_archive_dir()
            if sample.is_dir():
                self.folders.change([str(sample)], [], lambda: self.request_index())
                roots = [str(sample)]
        self._folders_changed(roots)
        self.run_search()
        self.filters.load_saved_searches()
        # Catch up with changes made while vtviewer was closed, once the window is up.
        if catch_up and not self.indexer.is_running() and roots and not self.archive.read_only:
            self.run.catch_up_soon()
        self._refresh_problems()

    def _offer_no_writing(self) -> None:
        """A read-only data folder: what would write is greyed out, with the reason."""
        reason = self.tr("The data folder is read-only")
        self.search_bar.set_read_only(reason)
        self.empty_add_button.setEnabled(False)
        self.empty_add_button.setToolTip(reason)
        self.filters.set_read_only(reason)
        for action in (self.add_folder_action, self.index_action):
            action.setEnabled(False)

    def roots(self) -> list[str]:
        """The archive's folders, as the window knows them."""
        return self.folders.roots()

    def is_sample(self) -> bool:
        return self.folders.is_sample()

    def _folders_changed(self, roots: object) -> None:
        assert isinstance(roots, list)
        self._update_sample_banner()
        self.watcher.set_roots(roots)

    def _update_sample_banner(self) -> None:
        sample = self.is_sample()
        # Its "Add folder…" cannot work on a read-only data folder.
        self.sample_banner.setVisible(sample and not self.archive.read_only)
        title = "vtviewer"
        if sample:
            title += " — " + self.tr("Sample archive")
        self.setWindowTitle(title)

    # --- searching -------------------------------------------------------------------------

    def query(self) -> str:
        return self.session.query

    def focus_search(self) -> None:
        self.search_bar.focus()

    def set_query(self, text: str) -> None:
        """Put ``text`` into the search field and search at once."""
        self.search_bar.set_text(text)
        self.session.set_query(text)

    def run_search(self) -> int:
        """Search again for the current query, filters and sort (see SearchSession)."""
        return self.session.search()

    def sort_by_relevance(self) -> None:
        self.results_view.sort_by_relevance()
        self.session.set_sort("", False)

    def _on_results(self, request: int, result: object) -> None:
        assert isinstance(result, SearchResult)
        if self._closing:
            return
        reading = self.reader.current
        selected = reading.document.id if reading is not None else None
        query = self.query()
        self.results_model.set_hits(result.hits, result.total, with_snippets=bool(query))
        self.results_view.set_snippets(bool(query))
        self.filters.update_counts(result.facets)
        self.search_bar.show_result(result, query)
        self._update_count(result.total)
        self._update_empty_state(result.total)
        searched = (query, tuple(sorted(self.session.filters.items())))
        if selected is not None:
            row = self.results_model.row_of(selected)
            if row >= 0:
                # Same document still listed: keep it selected without a fresh start.
                self.results_view.select_quietly(row)
                hit = self.results_model.hit(row)
                if hit is not None:
                    self.reader.follow(hit, new_query=query != self._shown_query)
            elif result.total == 0 or searched != self._shown_search:
                # No hits, or a new search that does not list it: the details and the
                # preview no longer show a document that is not among the results. (A
                # refresh while indexing may only have moved it past the loaded rows.)
                self.reader.show(None)
        self._shown_query = query
        self._shown_search = searched
        self.results_shown.emit(request)

    def _on_search_failed(self, _request: int, error: object) -> None:
        if self.health.handle(error):
            self.search_bar.hide_message()
            return
        self.search_bar.show_failure(error_text(error))

    def _update_count(self, total: int) -> None:
        if self.query() or self.session.filters:
            text = self.tr("%Ln document(s) match", "", total)
        else:
            text = self.tr("%Ln document(s)", "", total)
        self.count_label.setText(text)

    def _update_empty_state(self, total: int) -> None:
        empty = total == 0 and not self.query() and not self.session.filters
        # The sample banner has its own "Add folder…": one below it would be a third.
        indexing = self.indexer.is_running()
        self.centre.show_empty(empty, indexing, offer_add=self.sample_banner.isHidden())

    # --- saved searches --------------------------------------------------------------------

    def save_current_search(self, name: str | None = None) -> None:
        """Save the current query, the ticked filters and the sort (asking for a name
        when ``name`` is None)."""
        header = self.results_view.horizontalHeader()
        column = header.sortIndicatorSection()
        sort = COLUMNS[column] if 0 <= column < len(COLUMNS) else ""
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.filters.save_search(self.query(), name, self.filters.filters(), sort, descending)

    def run_saved_search(self, saved: object) -> None:
        """Search as ``saved`` (a SavedSearch) says: its query, its ticked filters (and
        no others) and its sort, in one search."""
        assert isinstance(saved, SavedSearch)
        column = COLUMNS.index(saved.sort) if saved.sort in COLUMNS else -1
        order = Qt.SortOrder.DescendingOrder if saved.descending else Qt.SortOrder.AscendingOrder
        self.search_bar.set_text(saved.query)
        self.filters.set_filters(saved.filters)
        engine_sort = self.results_model.choose_sort(column, order)
        self.results_view.show_sort(column, order)
        self.session.restore(saved.query, saved.filters, engine_sort)

    # --- selection and preview ---------------------------------------------------------------

    def current_hit(self) -> Hit | None:
        return self.reader.current

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.reader.show(self.results_model.hit(current.row()) if current.isValid() else None)

    def _page_clicked(self, index: QModelIndex, page: int) -> None:
        hit = self.results_model.hit(index.row())
        if hit is None:
            return
        if self.results_view.currentIndex().row() != index.row():
            self.results_view.setCurrentIndex(index)
        self.reader.show_page(hit, page)

    # --- keyboard ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.results_view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.results_view.page_links.activate():
                    return True  # a page link chosen with Ctrl+arrows: its page opens
                if self.reader.open_now():
                    self.preview.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if watched is self.search_field and key == Qt.Key.Key_Down:
                self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.results_view.currentIndex().isValid() and self.results_model.rowCount():
                    self.results_view.selectionModel().setCurrentIndex(
                        self.results_model.index(0, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                return True
        return super().eventFilter(watched, event)

    def _escape(self) -> None:
        if self.search_field.hasFocus():
            if self.search_field.text():
                self.search_field.clear()
            return
        self.focus_search()

    # --- folders and indexing ----------------------------------------------------------------

    def add_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add archive folder"))
        if path:
            self.add_roots([path])

    def add_roots(self, folders: Sequence[str]) -> None:
        """Make these folders archive roots (leaving the sample) and index them."""
        folders = [os.path.abspath(f) for f in folders if os.path.isdir(f)]
        if folders and self.health.may_write():
            self.folders.add(folders, self._search_and_index)

    def _search_and_index(self) -> None:
        self.run_search()
        self.request_index()

    def _task_failed(self, error: object) -> None:
        """A job on the task queue failed. The data folder's trouble is said in the
        notice; anything else goes where an unexpected error on the GUI thread goes
        (sys.excepthook: logged, and said to the user once)."""
        if not self.health.handle(error) and isinstance(error, BaseException):
            sys.excepthook(type(error), error, error.__traceback__)

    @property
    def refresh_ms(self) -> int:
        """While indexing, how often (at most) the results refresh to show new documents."""
        return self.run.refresh_ms

    @refresh_ms.setter
    def refresh_ms(self, ms: int) -> None:
        self.run.refresh_ms = ms

    def request_index(
        self, roots: Sequence[str] | None = None, only: Sequence[str] | None = None
    ) -> None:
        """Index now, or right after the current run when one is going."""
        self.run.request_index(roots, only)

    def open_paths(self, paths: Sequence[str]) -> None:
        """Open PDFs and folders given from outside (command line, file manager, a second
        launch): see PathOpener. The window comes to the front."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.opener.open(paths)

    def _show_opened(self, hit: object) -> None:
        assert isinstance(hit, Hit)
        self.results_view.clearSelection()
        self.reader.show(hit)

    def _run_finished(self, summary: object) -> None:
        if summary is not None:
            self._refresh_problems()
        self.index_finished.emit(summary)

    # --- problems --------------------------------------------------------------------------

    def _refresh_problems(self) -> None:
        """Read the problems list on the task queue; the count and the dialog follow."""
        self.tasks.run(self.archive.problems, self._show_problems, self.health.handle)

    def _show_problems(self, problems: object) -> None:
        assert isinstance(problems, list)
        self._problems = problems
        self.indexing_status.show_problem_count(len(problems))
        if self._problems_dialog is not None and self._problems_dialog.isVisible():
            self._problems_dialog.set_problems(problems, self.locale_)

    @property
    def problems_dialog(self) -> ProblemsDialog | None:
        """The Problems view, once it was opened."""
        return self._problems_dialog

    def show_problems(self) -> ProblemsDialog:
        """Open the Problems view (with the list as last read, then read afresh)."""
        if self._problems_dialog is None:
            self._problems_dialog = ProblemsDialog(self)
            self._problems_dialog.retry_requested.connect(self.retry)
            self._problems_dialog.open_requested.connect(self.open_problem)
        self._problems_dialog.set_problems(self._problems, self.locale_)
        self._problems_dialog.show()
        self._problems_dialog.raise_()
        self._refresh_problems()
        return self._problems_dialog

    def retry(self, paths: Sequence[str]) -> None:
        """Index these files again (from the Problems view)."""
        self.run.retry(paths)

    def open_problem(self, problem: object) -> None:
        """Show a file that could not be indexed in the preview.

        Such files are never among the results, so this is the only way to look at one
        in the window: a password-protected PDF asks for its password there; one that
        hung or crashed a reader waits behind "Open anyway"."""
        assert isinstance(problem, Problem)
        self.results_view.select_quietly(-1)
        self.reader.open_problem(problem)

    def show_import_dialog(self) -> ImportDialog:
        """File -> Import register…: the dialog reads and writes on the task queue; the
        results show the imported values once it has written them."""
        # One dialog, kept: its reads and writes may still answer after it is closed.
        if self._import_dialog is None:
            self._import_dialog = ImportDialog(self.archive, self.tasks, self)
            self._import_dialog.imported.connect(lambda _results: self.run_search())
            self._import_dialog.failed.connect(self._task_failed)
        self._import_dialog.show()
        self._import_dialog.raise_()
        self._import_dialog.activateWindow()
        return self._import_dialog

    # --- export ------------------------------------------------------------------------------

    def show_export(self) -> ExportDialog:
        """File -> Export…: the current results (all of them) or the whole archive."""
        key, descending = self.session.sort
        selection = Selection(self.query(), self.session.filters, key, descending)
        self._export_dialog = ExportDialog(
            self.archive,
            self.tasks,
            selection,
            self.results_model.total,
            self.roots(),
            self.locale_,
            self,
        )
        self._export_dialog.exported.connect(
            lambda count, path: self._status(
                fill(self.tr("Exported %Ln document(s) to %1", "", count), path)
            )
        )
        self._export_dialog.failed.connect(self._status)
        self._export_dialog.open()
        return self._export_dialog

    # --- contacts --------------------------------------------------------------------------

    @property
    def contacts_window(self) -> ContactsWindow | None:
        """The Contacts view, once it was opened."""
        return self._contacts

    def show_contacts(self) -> ContactsWindow:
        """Open the Contacts view (see contacts_view.py) and read the people afresh."""
        if self._contacts is None:
            # A window of its own, not one kept above this one: a document it shows here
            # must not be hidden behind it.
            self._contacts = ContactsWindow(self.archive, self.tasks, self.locale_)
            self._contacts.document_requested.connect(self.show_document)
            self._contacts.changed.connect(self.run_search)
            self._contacts.failed.connect(self._task_failed)
            self.index_finished.connect(self._refresh_contacts)
        self._contacts.show()
        self._contacts.raise_()
        self._contacts.reload()
        return self._contacts

    def _refresh_contacts(self, _summary: object = None) -> None:
        """An indexing run ended: the open Contacts view reads the people again."""
        if self._contacts is not None and self._contacts.isVisible():
            self._contacts.reload()

    def show_document(self, document: object) -> None:
        """Show ``document`` in the details and the preview: its row when the results
        list it, else on its own (the results stay as they are)."""
        assert isinstance(document, Document)
        row = self.results_model.row_of(document.id)
        if row >= 0:
            self.results_view.selectRow(row)
        else:
            self.results_view.select_quietly(-1)
            self.reader.show(Hit(document, 0.0))
        self.raise_()
        self.activateWindow()

    # --- settings and about ----------------------------------------------------------------

    def show_settings(self) -> None:
        dialog = SettingsDialog(
            self.roots(),
            self.settings.language_setting(),
            self.settings.theme_setting(),
            self,
            ocr=self.settings.ocr(),
            installed_languages=self.tesseract.languages if self.tesseract else None,
        )
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.ocr()
        self.settings.set_ocr(chosen.enabled, chosen.languages)
        self.archive.ocr = self.settings.ocr()
        self.apply_settings(dialog.roots(), dialog.language(), dialog.theme())

    def apply_settings(self, roots: Sequence[str], language: str, theme: str) -> None:
        old = self.roots()
        if {os.path.abspath(r) for r in roots} != set(old) and not self.health.may_write():
            roots = old  # the language and theme still change
        removed = [root for root in old if not any(same_path(root, r) for r in roots)]
        added = [r for r in roots if not any(same_path(r, o) for o in old)]
        self.settings.set_language_setting(language)
        self.settings.set_theme_setting(theme)
        self.settings.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from vtviewer.gui.theme import apply_theme

            apply_theme(app, self.settings.theme())

        def then() -> None:
            self.run_search()
            if added:
                self.request_index(added)

        if added or removed:
            self.folders.change(added, removed, then)
        else:
            then()

    def _found_tesseract(self, found: object) -> None:
        self.tesseract = found if isinstance(found, Tesseract) else None

    def show_about(self) -> None:
        show_about(self)

    def about_text(self) -> str:
        return about_text()

    # --- drag and drop ---------------------------------------------------------------------

    @staticmethod
    def dropped_folders(paths: Sequence[str]) -> list[str]:
        """Folders become roots; a dropped PDF makes its folder a root."""
        folders: list[str] = []
        for path in paths:
            if os.path.isdir(path):
                folder = path
            elif path.lower().endswith(".pdf") and os.path.isfile(path):
                folder = str(Path(path).parent)
            else:
                continue
            if folder not in folders:
                folders.append(folder)
        return folders

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [u.toLocalFile() for u in urls if u.isLocalFile()]
        if self.dropped_folders(paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        folders = self.dropped_folders(paths)
        if folders:
            event.acceptProposedAction()
            self.add_roots(folders)

    # --- misc ----------------------------------------------------------------------------

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def shutdown(self) -> None:
        """Stop background work; called on close (and by tests)."""
        self.run.stop()
        self.reader.stop()
        self._closing = True
        self.indexer.cancel()
        self.watcher.stop()
        self.indexer.wait(30000)
        self.session.stop()
        self.tasks.stop(5000)
        if self._contacts is not None:
            self._contacts.close()
            self._contacts.deleteLater()
            self._contacts = None

    def closeEvent(self, event: QCloseEvent) -> None:
        # Corrections typed but not saved are never lost without asking.
        if not self.editing.may_close(self.close):
            event.ignore()
            return
        self.save_state()
        self.shutdown()
        self.preview.clear()
        super().closeEvent(event)
