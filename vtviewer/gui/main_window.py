"""The main window: search field, facets, results, details and the embedded preview."""

from __future__ import annotations

import html
import itertools
import logging
import os
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QThreadPool,
    QTimer,
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
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vtviewer import __version__
from vtviewer.core.archive import Archive
from vtviewer.core.model import Hit, IndexSummary, Problem, Progress, SearchResult
from vtviewer.gui.archive_health import ArchiveHealth, ArchiveNotice
from vtviewer.gui.details_pane import DetailsPane
from vtviewer.gui.facets import FacetsModel, SavedSearchesModel
from vtviewer.gui.messages import fill, translate_message
from vtviewer.gui.pdf_preview import PdfPreview
from vtviewer.gui.preview_icons import action_icon
from vtviewer.gui.problems_dialog import ProblemsDialog
from vtviewer.gui.results_model import COLUMNS, ENGINE_SORT, ResultsModel
from vtviewer.gui.settings import Settings
from vtviewer.gui.settings_dialog import SettingsDialog
from vtviewer.gui.snippet_delegate import SnippetDelegate, row_height
from vtviewer.gui.tasks import Indexer, Searcher, error_text, run_task
from vtviewer.gui.watcher import FolderWatcher
from vtviewer.paths import sample_archive_dir

log = logging.getLogger(__name__)

#: Rows fetched per search; more come when the user scrolls to the end.
PAGE_SIZE = 200
#: Debounce for typing: a keystroke after a pause searches at once, bursts are coalesced.
DEBOUNCE_MS = 150
#: While indexing, refresh the results at most this often when new documents arrived.
REFRESH_MS = 700
#: No time-left estimate before this many seconds, or this share of the files, passed.
ESTIMATE_AFTER_S = 2.0
ESTIMATE_AFTER_SHARE = 0.05
#: The title column (with its snippet) gets at least this much room when the window
#: narrows, taken from the preview's side.
MIN_TITLE_WIDTH = 240
#: Problems that mean the file hung or killed a reader: not opened without asking.
RISKY_KINDS = ("timeout", "crash", "memory")


def _target(hit: Hit | None) -> tuple[int, tuple[str, ...]]:
    """Where the preview opens for ``hit``: its best page and the words found there."""
    if hit is None:
        return 1, ()
    best = hit.pages[0] if hit.pages else None
    terms = best.terms if best and best.terms else hit.terms
    return (best.page if best else 1), tuple(terms)


def _same_path(a: str, b: str) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


class MainWindow(QMainWindow):
    """The archive window. Heavy work (search, indexing, folder listing) runs on pools.

    Signals:
        results_shown(int): a search result was put on screen (its request number).
        index_finished(object): an indexing run ended (IndexSummary).
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

        self.searcher = Searcher(archive, self)
        self.more_searcher = Searcher(archive, self)
        self.indexer = Indexer(archive, self)
        self.watcher = FolderWatcher(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

        #: While indexing, how often (at most) the results refresh to show new documents.
        self.refresh_ms = REFRESH_MS
        self._sort = "relevance"
        self._descending: bool | None = None
        self._ready = False
        self._last_search_at = 0.0
        self._shown_generation = -1
        self._search_generation = -1
        self._more_epoch = -1
        self._retry_paths: set[str] = set()
        #: The results' share of the width right of the filters (the user can drag it).
        self._centre_share = 0.5
        self._results_epoch = 0
        self._closing = False
        self._pending_index: tuple[list[str] | None, list[str] | None] | None = None
        self._current: Hit | None = None
        self._current_page = 1
        self._current_terms: tuple[str, ...] = ()
        self._shown_query = ""
        self._problems_dialog: ProblemsDialog | None = None
        self._last_progress: Progress | None = None

        self._build_ui()
        self.health = ArchiveHealth(archive, self.indexer, self.archive_notice, self)
        #: While a rebuild replaces the index, searches wait for its first progress.
        self._search_held = False
        self._build_menus()
        self._build_shortcuts()
        self._connect()
        self._restore_state()
        self._ready = True

    # --- construction --------------------------------------------------------------------

    def _build_ui(self) -> None:
        # Top: search field, inline messages, the sample banner.
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("Search titles, text, contacts… (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setMinimumHeight(34)
        self.search_field.addAction(
            action_icon("find", self.palette()), QLineEdit.ActionPosition.LeadingPosition
        )
        font = self.search_field.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.search_field.setFont(font)

        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.add_folder_button.setAccessibleName(self.tr("Add folder"))

        self.message_label = QLabel()
        self.message_label.setObjectName("queryMessage")
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.archive_notice = ArchiveNotice()

        self.sample_banner = QFrame()
        self.sample_banner.setObjectName("sampleBanner")
        self.sample_banner.setFrameShape(QFrame.Shape.NoFrame)
        self.sample_banner.setStyleSheet(
            "QFrame#sampleBanner { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 4px; }"
        )
        banner_layout = QHBoxLayout(self.sample_banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        self.sample_label = QLabel(
            self.tr(
                "You are looking at the bundled <b>sample archive</b>. "
                "Add a folder to index your own PDFs, or drop one onto this window."
            )
        )
        self.sample_label.setWordWrap(True)
        self.sample_add_button = QPushButton(self.tr("Add folder…"))
        self.sample_add_button.setAccessibleName(self.tr("Add folder"))
        banner_layout.addWidget(self.sample_label, 1)
        banner_layout.addWidget(self.sample_add_button)
        self.sample_banner.hide()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(10, 8, 10, 4)
        top_layout.setSpacing(6)
        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.add_folder_button)
        top_layout.addLayout(search_row)
        top_layout.addWidget(self.message_label)
        top_layout.addWidget(self.archive_notice)
        top_layout.addWidget(self.sample_banner)

        # Left: facets and saved searches.
        self.facets_model = FacetsModel(self)
        self.facets_view = QTreeView()
        self.facets_view.setObjectName("facets")
        self.facets_view.setModel(self.facets_model)
        self.facets_view.setHeaderHidden(True)
        self.facets_view.setAccessibleName(self.tr("Filters"))
        self.facets_view.setUniformRowHeights(True)
        self.facets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.facets_view.expand(self.facets_model.facet_index("type"))
        self.facets_view.expand(self.facets_model.facet_index("year"))
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.clear_filters_button.setAutoRaise(True)
        self.clear_filters_button.setEnabled(False)
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))

        self.saved_model = SavedSearchesModel(self)
        self.saved_view = QListView()
        self.saved_view.setObjectName("savedSearches")
        self.saved_view.setModel(self.saved_model)
        self.saved_view.setAccessibleName(self.tr("Saved searches"))
        self.saved_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.saved_view.setUniformItemSizes(True)
        # Saved searches are a short list: as tall as its rows (a few at most, then it
        # scrolls), so the filters keep the height on a small screen.
        self.saved_toggle = QToolButton()
        self.saved_toggle.setObjectName("savedToggle")
        # A disclosure header, not a push button: no sunken look while it is open.
        self.saved_toggle.setStyleSheet(
            "QToolButton#savedToggle { border: none; background: transparent; padding: 2px 0; }"
        )
        self.saved_toggle.setText(self.tr("Saved searches"))
        self.saved_toggle.setAccessibleName(self.tr("Show or hide the saved searches"))
        self.saved_toggle.setCheckable(True)
        self.saved_toggle.setChecked(True)
        self.saved_toggle.setAutoRaise(True)
        self.saved_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.saved_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle_font = self.saved_toggle.font()
        toggle_font.setBold(True)
        self.saved_toggle.setFont(toggle_font)
        self.save_search_button = QToolButton()
        self.save_search_button.setText(self.tr("Save…"))
        self.save_search_button.setToolTip(self.tr("Save the current search"))
        self.save_search_button.setAccessibleName(self.tr("Save the current search"))
        self.delete_search_button = QToolButton()
        self.delete_search_button.setText(self.tr("Delete"))
        self.delete_search_button.setToolTip(self.tr("Delete the selected saved search"))
        self.delete_search_button.setAccessibleName(self.tr("Delete the selected saved search"))

        left = QWidget()
        left.setObjectName("leftPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 0, 0, 0)
        left_layout.setSpacing(4)
        filters_row = QHBoxLayout()
        filters_row.addWidget(self._caption(self.tr("Filters")))
        filters_row.addStretch(1)
        filters_row.addWidget(self.clear_filters_button)
        left_layout.addLayout(filters_row)
        left_layout.addWidget(self.facets_view, 1)
        # The buttons go under the list, not beside the caption: one row holding all
        # three made the left pane too wide to shrink on a small screen.
        left_layout.addWidget(self.saved_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.saved_view, 0)
        saved_buttons = QHBoxLayout()
        saved_buttons.setSpacing(4)
        saved_buttons.addWidget(self.save_search_button)
        saved_buttons.addWidget(self.delete_search_button)
        saved_buttons.addStretch(1)
        left_layout.addLayout(saved_buttons)

        # Centre: the results, or a hint when the archive is empty.
        self.results_model = ResultsModel(self)
        self.results_model.set_locale(self.locale_)
        self.results_view = QTableView()
        self.results_view.setObjectName("results")
        self.results_view.setModel(self.results_model)
        self.results_view.setAccessibleName(self.tr("Results"))
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setShowGrid(False)
        self.results_view.setWordWrap(False)
        self.results_view.setTabKeyNavigation(False)
        self.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results_view.verticalHeader().hide()
        self.results_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.delegate = SnippetDelegate(self.results_view)
        self.results_view.setItemDelegateForColumn(COLUMNS.index("title"), self.delegate)
        header = self.results_view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for name, width in (
            ("type", 96),
            ("period", 84),
            ("organisation", 150),
            ("pages", 48),
            ("modified", 88),
        ):
            self.results_view.setColumnWidth(COLUMNS.index(name), width)
        # Organisation and modified are in the details pane and the facets; hidden by
        # default so the title and its snippet get the room (View > Columns shows them).
        self.results_view.setColumnHidden(COLUMNS.index("organisation"), True)
        self.results_view.setColumnHidden(COLUMNS.index("modified"), True)
        self.results_view.setSortingEnabled(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._set_row_height(False)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_add_button = QPushButton(self.tr("Add folder…"))
        self.empty_add_button.setAccessibleName(self.tr("Add folder"))
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_row = QHBoxLayout()
        empty_row.addStretch(1)
        empty_row.addWidget(self.empty_add_button)
        empty_row.addStretch(1)
        empty_layout.addLayout(empty_row)
        empty_layout.addStretch(2)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.results_view)
        self.centre.addWidget(empty)

        # Right: details above the preview.
        self.details = DetailsPane()
        self.details.set_locale(self.locale_)
        self.preview = PdfPreview()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.details)
        self.right_splitter.addWidget(self.preview)
        self.right_splitter.setStretchFactor(0, 0)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setChildrenCollapsible(False)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(left)
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
        central_layout.addWidget(top)
        central_layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

        # Status bar: counts, then indexing progress with Cancel, then problems.
        bar = self.statusBar()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Indexing progress"))
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel indexing"))
        # Files that could not be indexed are never among the results: this button is
        # how people find them, so it looks like a button, with a warning sign.
        self.problems_button = QToolButton()
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setAccessibleName(self.tr("Show problems"))
        self.problems_button.setToolTip(
            self.tr("Files that could not be indexed: see why, open or retry them")
        )
        self.problems_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self.problems_button.setCursor(Qt.CursorShape.PointingHandCursor)
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.progress_label)
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.problems_button)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()
        self.problems_button.hide()

        self._apply_tab_order()

    def _apply_tab_order(self) -> None:
        """Tab follows the layout: top row, filters, saved searches, results, details
        (its buttons and links), preview. The details pane rebuilds its widgets for
        every document, so this runs again each time it does."""
        chain: list[QWidget] = [
            self.search_field,
            self.add_folder_button,
            self.sample_add_button,
            self.clear_filters_button,
            self.facets_view,
            self.saved_toggle,
            self.saved_view,
            self.save_search_button,
            self.delete_search_button,
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
        share = self._centre_share
        right_min = max(self.right_splitter.minimumSizeHint().width(), 340)
        columns = sum(
            self.results_view.columnWidth(c)
            for c in range(1, self.results_model.columnCount())
            if not self.results_view.isColumnHidden(c)
        )
        wanted = (
            columns + MIN_TITLE_WIDTH + self.results_view.verticalScrollBar().sizeHint().width()
        )
        centre = max(round(rest * share), min(wanted, rest - right_min))
        if [left, centre, rest - centre] != sizes:
            self.main_splitter.setSizes([left, centre, rest - centre])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._ready:
            self._balance_panes()

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.add_folder_action = QAction(self.tr("&Add folder…"), self)
        self.add_folder_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_O))
        self.index_action = QAction(self.tr("&Index now"), self)
        self.index_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.problems_action = QAction(self.tr("&Problems…"), self)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.add_folder_action, self.index_action, self.problems_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = menu.addMenu(self.tr("&View"))
        self.focus_search_action = QAction(self.tr("&Search"), self)
        self.focus_search_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.relevance_action = QAction(self.tr("Sort by &relevance"), self)
        self.clear_filters_action = QAction(self.tr("&Clear filters"), self)
        self.columns_menu = QMenu(self.tr("&Columns"), self)
        for column, title in enumerate(self.results_model.column_titles()):
            if column == 0:
                continue
            action = self.columns_menu.addAction(title)
            action.setCheckable(True)
            action.setData(column)
            action.toggled.connect(
                lambda on, c=column: self.results_view.setColumnHidden(c, not on)
            )
        self.columns_menu.aboutToShow.connect(self._sync_columns_menu)
        view_menu.addAction(self.focus_search_action)
        view_menu.addAction(self.relevance_action)
        view_menu.addAction(self.clear_filters_action)
        view_menu.addMenu(self.columns_menu)

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
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(30)
        self._preview_timer.timeout.connect(self._open_preview)
        # While indexing: look every refresh_ms whether the full-text index committed new
        # documents (searches only see them then) and show them. A timer, not the
        # progress signal: the commit can land between two progress reports, or after
        # the last one of a stretch of slow files.
        self._live_refresh = QTimer(self)
        self._live_refresh.setInterval(self.refresh_ms)
        self._live_refresh.timeout.connect(self._refresh_while_indexing)
        self._catch_up = QTimer(self)
        self._catch_up.setSingleShot(True)
        self._catch_up.setInterval(1500)
        self._catch_up.timeout.connect(lambda: self.request_index())

        self.search_field.textChanged.connect(self._text_changed)
        self.search_field.returnPressed.connect(self._search_now)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.sample_add_button.clicked.connect(self.add_folder)
        self.empty_add_button.clicked.connect(self.add_folder)
        self.message_label.linkActivated.connect(self._message_link)
        self.facets_model.filters_changed.connect(self._filters_changed)
        self.clear_filters_button.clicked.connect(self.facets_model.clear_filters)
        self.clear_filters_action.triggered.connect(self.facets_model.clear_filters)
        self.saved_toggle.toggled.connect(self._toggle_saved)
        self.saved_view.activated.connect(self._run_saved)
        self.saved_view.clicked.connect(self._run_saved)
        self.save_search_button.clicked.connect(self.save_current_search)
        self.delete_search_button.clicked.connect(self.delete_selected_search)

        self.searcher.results.connect(self._on_results)
        self.searcher.failed.connect(self._on_search_failed)
        self.more_searcher.results.connect(self._on_more_results)
        self.results_model.sort_requested.connect(self._sort_requested)
        self.results_model.more_requested.connect(self._more_requested)
        self.results_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.results_view.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.delegate.page_clicked.connect(self._page_clicked)

        self.details.status_message.connect(self._status)
        self.saved_model.modelReset.connect(self._fit_saved_view)
        self.saved_model.rowsInserted.connect(self._fit_saved_view)
        self.saved_model.rowsRemoved.connect(self._fit_saved_view)
        self.preview.status_message.connect(self._status)

        self.indexer.started.connect(self._index_started)
        self.indexer.progress.connect(self._index_progress)
        self.indexer.finished.connect(self._index_done)
        self.indexer.failed.connect(self._index_failed)
        self.health.index_requested.connect(lambda: self.request_index())
        self.health.rebuild_started.connect(self._hold_searches)
        self.cancel_button.clicked.connect(self.indexer.cancel)
        self.watcher.changed.connect(lambda: self.request_index())

        self.add_folder_action.triggered.connect(self.add_folder)
        self.index_action.triggered.connect(lambda: self.request_index())
        self.problems_action.triggered.connect(self.show_problems)
        self.problems_button.clicked.connect(self.show_problems)
        self.settings_action.triggered.connect(self.show_settings)
        self.quit_action.triggered.connect(self.close)
        self.focus_search_action.triggered.connect(self.focus_search)
        self.relevance_action.triggered.connect(self.sort_by_relevance)
        self.about_action.triggered.connect(self.show_about)

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
        header = self.results_view.horizontalHeader()
        columns = self.settings.state("columns")
        if columns is not None:
            header.restoreState(columns)
        self._sort_from_header()

    def save_state(self) -> None:
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("state", self.saveState())
        self.settings.set_state("main_splitter", self.main_splitter.saveState())
        self.settings.set_state("right_splitter", self.right_splitter.saveState())
        self.settings.set_state("columns", self.results_view.horizontalHeader().saveState())
        self.settings.sync()

    def _sort_from_header(self) -> None:
        header = self.results_view.horizontalHeader()
        section = header.sortIndicatorSection()
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        name = COLUMNS[section] if 0 <= section < len(COLUMNS) else ""
        if name in ENGINE_SORT:
            self._sort, self._descending = ENGINE_SORT[name], descending
        else:
            self._sort, self._descending = "relevance", None

    # --- startup ---------------------------------------------------------------------------

    def start(self, catch_up: bool = True) -> None:
        """Call once the window is shown: first search, watching, and the sample if needed.

        ``catch_up`` re-scans the folders shortly after start for changes made while
        vtviewer was closed."""
        self.health.check()
        if self.archive.read_only:
            self._offer_no_writing()
        roots = self.archive.roots()
        if not roots and not self.archive.read_only and self.archive.damage is None:
            sample = sample_archive_dir()
            if sample.is_dir():
                self.archive.add_root(str(sample))
                roots = [str(sample)]
                self.request_index()
        self._update_sample_banner(roots)
        self.run_search()
        self.watcher.set_roots(roots)
        self._load_saved_searches()
        # Catch up with changes made while vtviewer was closed, once the window is up.
        if catch_up and not self.indexer.is_running() and roots and not self.archive.read_only:
            self._catch_up.start()
        self._refresh_problem_count()

    def _offer_no_writing(self) -> None:
        """A read-only data folder: what would write is greyed out, with the reason."""
        reason = self.tr("The data folder is read-only")
        for widget in (
            self.add_folder_button,
            self.sample_add_button,
            self.empty_add_button,
            self.save_search_button,
            self.delete_search_button,
        ):
            widget.setEnabled(False)
            widget.setToolTip(reason)
        for action in (self.add_folder_action, self.index_action):
            action.setEnabled(False)

    def is_sample(self, roots: Sequence[str] | None = None) -> bool:
        roots = self.archive.roots() if roots is None else roots
        sample = str(sample_archive_dir())
        return len(roots) == 1 and _same_path(roots[0], sample)

    def _update_sample_banner(self, roots: Sequence[str] | None = None) -> None:
        sample = self.is_sample(roots)
        # Its "Add folder…" cannot work on a read-only data folder.
        self.sample_banner.setVisible(sample and not self.archive.read_only)
        title = "vtviewer"
        if sample:
            title += " — " + self.tr("Sample archive")
        self.setWindowTitle(title)

    # --- searching -------------------------------------------------------------------------

    def query(self) -> str:
        return self.search_field.text().strip()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def set_query(self, text: str) -> None:
        """Put ``text`` into the search field and search at once."""
        self.search_field.blockSignals(True)
        self.search_field.setText(text)
        self.search_field.blockSignals(False)
        self.run_search()

    def _text_changed(self, _text: str) -> None:
        # Leading edge: a keystroke after a pause searches immediately; a burst of typing
        # is coalesced into one search when it pauses (trailing edge).
        idle = time.monotonic() - self._last_search_at > DEBOUNCE_MS / 1000
        if idle and not self._debounce.isActive():
            self.run_search()
        self._debounce.start()

    def _search_now(self) -> None:
        self._debounce.stop()
        self.run_search()

    def _filters_changed(self) -> None:
        self.clear_filters_button.setEnabled(bool(self.facets_model.filters()))
        self.run_search()

    def run_search(self) -> int:
        """Start a search for the current query, filters and sort; returns its request
        (-1 while a rebuild replaces the index: the search runs once it can)."""
        if self._search_held:
            return -1
        self._last_search_at = time.monotonic()
        self._search_generation = self._fulltext_generation()
        sort = self._sort
        if sort == "relevance" and not self.query():
            sort = "title"  # browsing: an alphabetical list reads better than index order
        return self.searcher.search(
            self.query(), self.facets_model.filters(), sort, self._descending, PAGE_SIZE
        )

    def _on_results(self, request: int, result: object) -> None:
        assert isinstance(result, SearchResult)
        if self._closing:
            return
        self._results_epoch += 1
        self._shown_generation = self._search_generation
        selected = self._current.document.id if self._current is not None else None
        query = self.query()
        self.results_model.set_hits(result.hits, result.total, with_snippets=bool(query))
        self._set_row_height(bool(query))
        self.facets_model.update_counts(result.facets)
        self._show_messages(result)
        self._update_count(result)
        self._update_empty_state(result)
        if selected is not None:
            row = self.results_model.row_of(selected)
            if row >= 0:
                # Same document still listed: keep it selected without a fresh start.
                self.results_view.selectionModel().blockSignals(True)
                self.results_view.selectRow(row)
                self.results_view.selectionModel().blockSignals(False)
                previous, self._current = self._current, self.results_model.hit(row)
                hit = self._current
                # A new query (or new hit pages) moves the preview to what it found now;
                # a refresh while indexing leaves the page the user is reading alone.
                if hit is not None and (
                    query != self._shown_query or _target(hit) != _target(previous)
                ):
                    self._current_page, self._current_terms = _target(hit)
                    self._preview_timer.start()
        self._shown_query = query
        self.results_shown.emit(request)

    def _on_search_failed(self, _request: int, error: object) -> None:
        if self.health.handle(error):
            self.message_label.hide()
            return
        self.message_label.setText(
            html.escape(fill(self.tr("Search failed: %1"), error_text(error)))
        )
        self.message_label.show()

    def _hold_searches(self) -> None:
        """A rebuild is about to replace the index under the searches: let the running
        one finish, start none until the rebuild reports (see _index_progress)."""
        self._search_held = True
        self.searcher.wait(2000)
        self.more_searcher.wait(2000)

    def _show_messages(self, result: SearchResult) -> None:
        parts = [html.escape(translate_message(m)) for m in result.messages]
        if result.suggestions:
            links = ", ".join(
                f'<a href="suggest:{html.escape(s, quote=True)}">{html.escape(s)}</a>'
                for s in result.suggestions[:3]
            )
            parts.append(self.tr("Did you mean %1?").replace("%1", links))
        if not result.total and self.query():
            parts.insert(0, html.escape(self.tr("No documents match your search.")))
        self.message_label.setText(" ".join(parts))
        self.message_label.setVisible(bool(parts))

    def _message_link(self, link: str) -> None:
        if link.startswith("suggest:"):
            self.set_query(link[len("suggest:") :])

    def _update_count(self, result: SearchResult) -> None:
        if self.query() or self.facets_model.filters():
            text = self.tr("%Ln document(s) match", "", result.total)
        else:
            text = self.tr("%Ln document(s)", "", result.total)
        self.count_label.setText(text)

    def _update_empty_state(self, result: SearchResult) -> None:
        empty = result.total == 0 and not self.query() and not self.facets_model.filters()
        if empty:
            if self.indexer.is_running():
                self.empty_label.setText(
                    self.tr("Indexing… documents appear here as they are read.")
                )
            else:
                self.empty_label.setText(
                    self.tr(
                        "No documents yet.\nAdd a folder with PDFs, or drop one onto this window."
                    )
                )
        # The sample banner has its own "Add folder…": one below it would be a third.
        self.empty_add_button.setVisible(
            not self.indexer.is_running() and self.sample_banner.isHidden()
        )
        self.centre.setCurrentIndex(1 if empty else 0)

    def _set_row_height(self, with_snippets: bool) -> None:
        height = row_height(self.results_view.fontMetrics(), with_snippets)
        self.results_view.verticalHeader().setDefaultSectionSize(height)

    def _sort_requested(self, key: str, descending: bool) -> None:
        if not self._ready:
            return
        self._sort = key or "relevance"
        self._descending = descending if key else None
        self.run_search()

    def sort_by_relevance(self) -> None:
        self.results_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._sort, self._descending = "relevance", None
        self.run_search()

    def _more_requested(self, offset: int) -> None:
        epoch = self._results_epoch
        sort = self._sort
        if sort == "relevance" and not self.query():
            sort = "title"
        self._more_epoch = epoch
        self.more_searcher.search(
            self.query(), self.facets_model.filters(), sort, self._descending, PAGE_SIZE, offset
        )

    def _on_more_results(self, _request: int, result: object) -> None:
        assert isinstance(result, SearchResult)
        if self._more_epoch != self._results_epoch:
            return  # a new search replaced the rows meanwhile
        self.results_model.append_hits(result.hits)

    # --- saved searches --------------------------------------------------------------------

    def _load_saved_searches(self) -> None:
        self.saved_model.set_searches(self.archive.saved_searches())

    def save_current_search(self, name: str | None = None) -> None:
        query = self.query()
        if not query:
            self._status(self.tr("Type a search first, then save it."))
            return
        if name is None:
            dialog = QInputDialog(self)
            dialog.setWindowTitle(self.tr("Save search"))
            dialog.setLabelText(self.tr("Name:"))
            dialog.setTextValue(query)
            # PySide6 ships no Norwegian qtbase translation: name the buttons ourselves.
            dialog.setOkButtonText(self.tr("Save"))
            dialog.setCancelButtonText(self.tr("Cancel"))
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return
            name = dialog.textValue()
        name = name.strip()
        if name:
            self.archive.save_search(name, query)
            self._load_saved_searches()

    def delete_selected_search(self) -> None:
        index = self.saved_view.currentIndex()
        if index.isValid():
            self.archive.delete_saved_search(str(index.data()))
            self._load_saved_searches()

    def _toggle_saved(self, shown: bool) -> None:
        self.saved_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._fit_saved_view()

    def _fit_saved_view(self) -> None:
        # No empty box: with nothing saved yet only "Save…" shows.
        shown = self.saved_toggle.isChecked() and self.saved_model.rowCount() > 0
        self.saved_view.setVisible(shown)
        self.delete_search_button.setVisible(shown)
        rows = max(1, min(self.saved_model.rowCount(), 5))
        height = self.saved_view.sizeHintForRow(0) if self.saved_model.rowCount() else 0
        height = max(height, self.saved_view.fontMetrics().height() + 6)
        frame = 2 * self.saved_view.frameWidth()
        self.saved_view.setFixedHeight(rows * height + frame + 2)

    def _run_saved(self, index: QModelIndex) -> None:
        query = index.data(SavedSearchesModel.QueryRole)
        if query is not None:
            self.set_query(str(query))

    # --- selection and preview ---------------------------------------------------------------

    def current_hit(self) -> Hit | None:
        return self._current

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.results_model.hit(current.row()) if current.isValid() else None
        self._current = hit
        if hit is None:
            self.details.clear()
            self.preview.clear()
            self._apply_tab_order()
            return
        self.details.show_document(hit.document)
        self._apply_tab_order()
        self._current_page, self._current_terms = _target(hit)
        self._preview_timer.start()

    def _page_clicked(self, index: QModelIndex, page: int) -> None:
        hit = self.results_model.hit(index.row())
        if hit is None:
            return
        if self.results_view.currentIndex().row() != index.row():
            self.results_view.setCurrentIndex(index)
        self._preview_timer.stop()
        self._current = hit
        self._current_page = page
        for page_hit in hit.pages:
            if page_hit.page == page and page_hit.terms:
                self._current_terms = tuple(page_hit.terms)
                break
        self._open_preview()

    def _open_preview(self) -> None:
        hit = self._current
        if hit is None:
            return
        path = hit.document.path
        problem = self.archive.problem_for(path)
        risky = problem is not None and problem.kind in RISKY_KINDS
        # A file the indexer read without trouble loads in-process at once; a file that
        # hung or crashed a reader waits behind the preview's "Open anyway".
        self.preview.open_document(
            path,
            self._current_page,
            self._current_terms,
            trusted=problem is None,
            blocked_reason=translate_message(problem.reason) if risky and problem else "",
        )

    # --- keyboard ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.results_view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._preview_timer.stop()
                if self._current is not None:
                    self._open_preview()
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
        if not folders or not self.health.may_write():
            return
        if self.is_sample():
            self.archive.remove_root(self.archive.roots()[0])
        existing = self.archive.roots()
        fresh = [f for f in folders if not any(_same_path(f, r) for r in existing)]
        for folder in fresh:
            self.archive.add_root(folder)
        roots = self.archive.roots()
        self._update_sample_banner(roots)
        self.watcher.set_roots(roots)
        self.run_search()
        self.request_index()

    def request_index(
        self, roots: Sequence[str] | None = None, only: Sequence[str] | None = None
    ) -> None:
        """Index now, or right after the current run when one is going."""
        if self._closing or not self.health.may_write():
            return
        wanted = (list(roots) if roots is not None else None, list(only) if only else None)
        if self.indexer.is_running():
            if self._pending_index is None:
                self._pending_index = wanted
            elif self._pending_index != wanted:
                self._pending_index = (None, None)  # several wishes: one full pass covers all
            return
        self.indexer.start(wanted[0], wanted[1])

    def _index_started(self) -> None:
        # The last run's "Indexed: …" would read as this run's result.
        self.statusBar().clearMessage()
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Looking for files…"))
        self.progress_label.setToolTip("")
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setToolTip("")
        self._live_refresh.setInterval(self.refresh_ms)
        self._live_refresh.start()

    def _index_progress(self, progress: object) -> None:
        assert isinstance(progress, Progress)
        self._last_progress = progress
        if self._search_held:
            self._search_held = False  # the rebuild has its new index: searches may run
            self.run_search()
        if progress.phase == "finishing":
            # The last commits (store and full-text index) take a moment: say so, and
            # grey out Cancel, which can no longer make it end sooner.
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Finishing…"))
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(self.tr("Saving what was read; almost done"))
        elif progress.phase == "scanning" or progress.total <= 0:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Looking for files…"))
        elif progress.phase == "indexing":
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(progress.done)
            text = self.tr("Indexing %1 of %2 files").replace(
                "%1", self.locale_.toString(progress.done)
            )
            text = text.replace("%2", self.locale_.toString(progress.total))
            if progress.pages_per_second > 0:
                text += " · " + self.tr("%1 pages/s").replace(
                    "%1", self.locale_.toString(round(progress.pages_per_second))
                )
            left = progress.seconds_left
            # The first files say little about the rest (start-up, one big file first):
            # no estimate until a little time or a few percent of the files have passed.
            settled = (
                progress.elapsed >= ESTIMATE_AFTER_S
                or progress.done >= ESTIMATE_AFTER_SHARE * progress.total
            )
            if settled and left is not None and left > 0:
                text += " · " + self._time_left(left)
            self.progress_label.setText(text)
            if progress.current:
                self.progress_label.setToolTip(progress.current)

    def _fulltext_generation(self) -> int:
        # A plain attribute read: cheap enough for a timer on the GUI thread, and it moves
        # exactly when searches can see new documents.
        return int(self.archive.fulltext.generation)

    def _refresh_while_indexing(self) -> None:
        """Show the documents the full-text index committed since the last search."""
        if not self.indexer.is_running() or self._closing:
            self._live_refresh.stop()
            return
        if self._fulltext_generation() == self._search_generation:
            return
        # Never while the user has scrolled down: a refresh would throw away their place.
        if self.results_view.verticalScrollBar().value() != 0:
            return
        self.run_search()

    def _time_left(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("about %1 s left").replace(
                "%1", self.locale_.toString(max(1, round(seconds)))
            )
        return self.tr("about %1 min left").replace(
            "%1", self.locale_.toString(round(seconds / 60))
        )

    def _index_done(self, summary: object) -> None:
        assert isinstance(summary, IndexSummary)
        if self._closing:
            return
        self._live_refresh.stop()
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()
        retried, self._retry_paths = self._retry_paths, set()
        if summary.cancelled:
            self._status(self.tr("Indexing cancelled."))
        elif summary.added or summary.updated or summary.removed or summary.moved or retried:
            text = (
                self.tr("Indexed: %1 new, %2 changed, %3 removed.")
                .replace("%1", self.locale_.toString(summary.added))
                .replace("%2", self.locale_.toString(summary.updated + summary.moved))
                .replace("%3", self.locale_.toString(summary.removed))
            )
            if retried:
                # Say so when a retry did not help: otherwise "0 new" reads as success.
                archive = self.archive
                run_task(
                    self._pool,
                    lambda: sum(1 for p in archive.problems() if p.path in retried),
                    lambda failed: self._status(self._retry_status(text, int(failed))),
                    None,
                    self,
                )
            else:
                self._status(text)
        # Always refresh at the end: the full-text side commits once more when the run ends.
        self._search_held = False
        self.run_search()
        self._refresh_problem_count()
        self.index_finished.emit(summary)
        if self.health.index_done(summary):
            return  # a rebuild runs now; it covers what was pending
        pending, self._pending_index = self._pending_index, None
        if pending is not None and not summary.cancelled:
            self.indexer.start(pending[0], pending[1])

    def _retry_status(self, text: str, failed: int) -> str:
        if failed:
            text += " " + self.tr("%Ln file(s) could still not be read.", "", failed)
        return text

    def _index_failed(self, error: object) -> None:
        self._live_refresh.stop()
        self._retry_paths = set()
        self._search_held = False
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()
        self._pending_index = None
        rebuilding = self.health.rebuilding
        if not self.health.handle(error) or rebuilding:
            self._status(fill(self.tr("Indexing failed: %1"), error_text(error)))
        self.index_finished.emit(None)
        self.health.index_done(None)

    def _refresh_problem_count(self) -> None:
        archive = self.archive
        run_task(
            self._pool,
            lambda: len(archive.problems()),
            self._show_problem_count,
            self.health.handle,
            self,
        )

    def _show_problem_count(self, count: object) -> None:
        assert isinstance(count, int)
        self.problems_button.setText(self.tr("%Ln problem(s)", "", count))
        self.problems_button.setVisible(count > 0)
        if self._problems_dialog is not None and self._problems_dialog.isVisible():
            self._problems_dialog.set_problems(self.archive.problems(), self.locale_)

    def show_problems(self) -> ProblemsDialog:
        if self._problems_dialog is None:
            self._problems_dialog = ProblemsDialog(self)
            self._problems_dialog.retry_requested.connect(self.retry)
            self._problems_dialog.open_requested.connect(self.open_problem)
        self._problems_dialog.set_problems(self.archive.problems(), self.locale_)
        self._problems_dialog.show()
        self._problems_dialog.raise_()
        return self._problems_dialog

    def retry(self, paths: Sequence[str]) -> None:
        """Index these files again (from the Problems view)."""
        self._retry_paths.update(paths)
        self.request_index(only=list(paths))

    def open_problem(self, problem: object) -> None:
        """Show a file that could not be indexed in the preview.

        Such files are never among the results, so this is the only way to look at one
        in the window: a password-protected PDF asks for its password there; one that
        hung or crashed a reader waits behind "Open anyway"."""
        assert isinstance(problem, Problem)
        self._preview_timer.stop()
        self.results_view.selectionModel().blockSignals(True)
        self.results_view.clearSelection()
        self.results_view.setCurrentIndex(QModelIndex())
        self.results_view.selectionModel().blockSignals(False)
        self._current = None
        self.details.clear()
        self._apply_tab_order()
        risky = problem.kind in RISKY_KINDS
        reason = translate_message(problem.reason)
        self.preview.open_document(
            problem.path,
            1,
            (),
            trusted=False,
            blocked_reason=reason if risky else "",
            detail=reason,
        )
        self._status(
            self.tr("%1 is not in the index: %2")
            .replace("%1", os.path.basename(problem.path))
            .replace("%2", translate_message(problem.reason))
        )

    # --- settings and about ----------------------------------------------------------------

    def show_settings(self) -> None:
        dialog = SettingsDialog(
            self.archive.roots(),
            self.settings.language_setting(),
            self.settings.theme_setting(),
            self,
        )
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.apply_settings(dialog.roots(), dialog.language(), dialog.theme())

    def apply_settings(self, roots: Sequence[str], language: str, theme: str) -> None:
        old = self.archive.roots()
        if {os.path.abspath(r) for r in roots} != set(old) and not self.health.may_write():
            roots = old  # the language and theme still change
        for root in old:
            if not any(_same_path(root, r) for r in roots):
                self.archive.remove_root(root)
        added = [r for r in roots if not any(_same_path(r, o) for o in old)]
        for root in added:
            self.archive.add_root(root)
        self.settings.set_language_setting(language)
        self.settings.set_theme_setting(theme)
        self.settings.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from vtviewer.gui.theme import apply_theme

            apply_theme(app, self.settings.theme())
        current = self.archive.roots()
        self._update_sample_banner(current)
        self.watcher.set_roots(current)
        self.run_search()
        if added:
            self.request_index(added)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About vtviewer"), self.about_text())

    def about_text(self) -> str:
        licences = [
            ("vtviewer", "GPL-3.0-or-later"),
            ("Qt / PySide6", "LGPL-3.0"),
            ("pypdf", "BSD-3-Clause"),
            ("tantivy", "MIT"),
            ("PyStemmer", "MIT / BSD-3-Clause"),
            ("platformdirs", "MIT"),
        ]
        rows = "".join(f"<tr><td>{n}</td><td>&nbsp;{lic}</td></tr>" for n, lic in licences)
        return (
            f"<h3>vtviewer {html.escape(__version__)}</h3>"
            + "<p>"
            + self.tr("An offline viewer for archives of PDF plans and reports.")
            + "</p><p><b>"
            + self.tr("Licences")
            + f"</b></p><table>{rows}</table>"
        )

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

    def _header_menu(self, pos: QPoint) -> None:
        self.columns_menu.exec(self.results_view.horizontalHeader().mapToGlobal(pos))

    def _sync_columns_menu(self) -> None:
        for action in self.columns_menu.actions():
            column = action.data()
            if isinstance(column, int):
                action.blockSignals(True)
                action.setChecked(not self.results_view.isColumnHidden(column))
                action.blockSignals(False)

    def shutdown(self) -> None:
        """Stop background work; called on close (and by tests)."""
        for timer in (self._debounce, self._preview_timer, self._catch_up, self._live_refresh):
            timer.stop()
        self._closing = True
        self.indexer.cancel()
        self.watcher.stop()
        self.indexer.wait(30000)
        self.searcher.wait()
        self.more_searcher.wait()
        self._pool.waitForDone(5000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.shutdown()
        self.preview.clear()
        super().closeEvent(event)
