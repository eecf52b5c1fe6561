"""The results table: its columns (widths, which show, the View > Columns menu), the
snippet under each title, rows as tall as the snippets need; and in its place, while the
archive is empty, a hint with "Add folder…"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vtviewer.gui.add_folder_button import AddFolderButton
from vtviewer.gui.result_links import PageLinkKeys
from vtviewer.gui.results_model import COLUMNS, SHUT, ResultsModel
from vtviewer.gui.snippet_delegate import SnippetDelegate, row_height

#: The title column (with its snippet) gets at least this much room when the window
#: narrows, taken from the preview's side.
MIN_TITLE_WIDTH = 240


class ResultsView(QTableView):
    """A table of ``ResultsModel`` rows; sorting a column asks the model (which asks the
    search session for an engine sort). The snippet delegate's page links are its
    ``delegate.page_clicked``, clicked or chosen from the keys (``page_links``)."""

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.setModel(model)
        self._model = model
        self.setAccessibleName(self.tr("Results"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows can be chosen to edit them together (F2).
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.delegate = SnippetDelegate(self)
        self.setItemDelegateForColumn(COLUMNS.index("title"), self.delegate)
        # The page links from the keyboard: a chosen link opens as a click on it would.
        self.page_links = PageLinkKeys(self, model.hit, self)
        self.page_links.focused_changed.connect(self.delegate.set_focused_link)
        self.page_links.activated.connect(self.delegate.page_clicked)
        header = self.horizontalHeader()
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
            self.setColumnWidth(COLUMNS.index(name), width)
        # Organisation and modified are in the details pane and the facets; hidden by
        # default so the title and its snippet get the room (View > Columns shows them).
        self.setColumnHidden(COLUMNS.index("organisation"), True)
        self.setColumnHidden(COLUMNS.index("modified"), True)
        self.setSortingEnabled(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.set_snippets(False)

        self.columns_menu = QMenu(self.tr("&Columns"), self)
        for column, title in enumerate(model.column_titles()):
            if column == 0:
                continue
            action = self.columns_menu.addAction(title)
            action.setCheckable(True)
            action.setData(column)
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
        self.columns_menu.aboutToShow.connect(self._sync_columns_menu)
        header.customContextMenuRequested.connect(self._header_menu)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click on the arrow before a title shows or hides the hit's attachments.
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.column() == COLUMNS.index("title"):
            row = index.row()
            arrow = self.fontMetrics().horizontalAdvance(SHUT) * 2 + 8
            inside = event.position().x() - self.visualRect(index).left()
            if self._model.has_attachments(row) and inside < arrow:
                self._model.set_expanded(row, not self._model.is_expanded(row))
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Right shows a hit's attachments, Left hides them (or goes up to their hit).
        row = self.currentIndex().row()
        key = event.key()
        if key == Qt.Key.Key_Right and self._model.has_attachments(row):
            self._model.set_expanded(row, True)
            event.accept()
            return
        if key == Qt.Key.Key_Left and row >= 0:
            if self._model.is_expanded(row):
                self._model.set_expanded(row, False)
            elif self._model.parent_row(row) != row:
                self.selectRow(self._model.parent_row(row))
            event.accept()
            return
        super().keyPressEvent(event)

    def set_snippets(self, with_snippets: bool) -> None:
        """Rows tall enough for a snippet and its page links, or one line without."""
        height = row_height(self.fontMetrics(), with_snippets)
        self.verticalHeader().setDefaultSectionSize(height)

    def select_quietly(self, row: int) -> None:
        """Select ``row`` (-1: nothing) without telling the selection's listeners."""
        selection = self.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.selectRow(row)
        else:
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
        selection.blockSignals(False)

    def sort_by_relevance(self) -> None:
        """No column sorts: the engine's ranking (the model asks for it)."""
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def show_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Show the sort arrow on ``column`` (-1: none) without sorting."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()

    def apply_header_sort(self) -> None:
        """Ask for the sort the header shows (after its state was restored)."""
        header = self.horizontalHeader()
        self._model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def wanted_width(self) -> int:
        """The width at which the shown columns and a readable title column fit."""
        columns = sum(
            self.columnWidth(c)
            for c in range(1, self._model.columnCount())
            if not self.isColumnHidden(c)
        )
        return columns + MIN_TITLE_WIDTH + self.verticalScrollBar().sizeHint().width()

    def at_top(self) -> bool:
        """Whether the user has not scrolled down (a refresh would lose their place)."""
        return self.verticalScrollBar().value() == 0

    def _header_menu(self, pos: QPoint) -> None:
        self.columns_menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def _sync_columns_menu(self) -> None:
        for action in self.columns_menu.actions():
            column = action.data()
            if isinstance(column, int):
                action.blockSignals(True)
                action.setChecked(not self.isColumnHidden(column))
                action.blockSignals(False)


class ResultsArea(QStackedWidget):
    """The centre of the window: the results (``view``), or a hint while the archive has
    no documents yet (with ``empty_add_button``)."""

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ResultsView(model)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_add_button = AddFolderButton()
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
        self.addWidget(self.view)
        self.addWidget(empty)

    def show_empty(self, empty: bool, indexing: bool, offer_add: bool) -> None:
        """The hint instead of the results when ``empty``; "Add folder…" when no run goes
        and ``offer_add`` (no other "Add folder…" shows)."""
        if empty:
            if indexing:
                self.empty_label.setText(
                    self.tr("Indexing… documents appear here as they are read.")
                )
            else:
                self.empty_label.setText(
                    self.tr(
                        "No documents yet.\nAdd a folder with PDFs, or drop one onto this window."
                    )
                )
        self.empty_add_button.setVisible(not indexing and offer_add)
        self.setCurrentIndex(1 if empty else 0)
