"""The preview's pages: the highlighting page view beside a sidebar with the outline and
page thumbnails."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QSplitter,
    QTabWidget,
    QTreeView,
    QWidget,
)

from vtviewer.gui import preview_sizes
from vtviewer.gui.preview_highlight import HighlightingPdfView
from vtviewer.gui.preview_sizes import SIZES_AT_ONCE, PageSizes
from vtviewer.gui.preview_thumbnails import THUMB_WIDTH, ThumbnailDelegate, ThumbnailModel


class PreviewPages(QSplitter):
    """The page view (``view``) and the hidden-at-first sidebar (``sidebar``) with the
    document's outline (``outline``) and thumbnails (``pages`` showing ``thumbnails``).

    A long document opens on its page alone, and is laid out as one to scroll through
    and gets its outline once its page sizes are read (see preview_sizes):
    ``continuous`` says when.

    Signals:
        page_requested(int): a thumbnail was chosen (1-based page).
        bookmark_chosen(QModelIndex): an outline entry was chosen.
        continuous(): the pages of the long document shown are now laid out one under
            another (the view was on its current page alone until then).
    """

    page_requested = Signal(int)
    bookmark_chosen = Signal(QModelIndex)
    continuous = Signal()

    def __init__(self, document: QPdfDocument, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.view = HighlightingPdfView(self)
        self.view.setAccessibleName(self.tr("Document pages"))
        self.view.setDocument(document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self._document = document
        self.page_sizes = PageSizes(document, self)
        self.page_sizes.ready.connect(self._on_sizes_read)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.sidebar = QTabWidget(self)
        self.sidebar.setAccessibleName(self.tr("Outline and pages"))
        self.sidebar.setDocumentMode(True)
        # Given the document once its page sizes are read (``_on_sizes_read``): the model
        # resolves every entry to its page, the same first reads as the sizes.
        self.bookmarks = QPdfBookmarkModel(self)
        self.outline = QTreeView(self.sidebar)
        self.outline.setModel(self.bookmarks)
        self.outline.setHeaderHidden(True)
        self.outline.setAccessibleName(self.tr("Outline"))
        self.outline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outline.activated.connect(self.bookmark_chosen)
        self.outline.clicked.connect(self.bookmark_chosen)
        self.thumbnails = ThumbnailModel(document, self)
        self.pages = QListView(self.sidebar)
        self.pages.setModel(self.thumbnails)
        self.pages.setItemDelegate(ThumbnailDelegate(self.pages))
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setFlow(QListView.Flow.TopToBottom)
        self.pages.setWrapping(False)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setIconSize(QSize(THUMB_WIDTH, THUMB_WIDTH * 3 // 2))
        self.pages.setSpacing(6)
        self.pages.setUniformItemSizes(False)
        self.pages.setBackgroundRole(QPalette.ColorRole.Mid)
        self.pages.setStyleSheet("QListView { background: palette(mid); }")
        self.pages.activated.connect(lambda index: self.page_requested.emit(index.row() + 1))
        self.pages.clicked.connect(lambda index: self.page_requested.emit(index.row() + 1))
        self.sidebar.addTab(self.outline, self.tr("Outline"))
        self.sidebar.addTab(self.pages, self.tr("Pages"))
        self.sidebar.setMinimumWidth(THUMB_WIDTH + 40)
        self.sidebar.hide()

        self.addWidget(self.sidebar)
        self.addWidget(self.view)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.setSizes([THUMB_WIDTH + 60, 600])

    def loading(self) -> None:
        """A document is about to load: the view lays out its current page alone (one
        page size to read) until ``document_loaded`` knows how long it is."""
        self.closing()
        self.view.setPageMode(QPdfView.PageMode.SinglePage)

    def closing(self) -> None:
        self.page_sizes.stop()
        self.bookmarks.setDocument(None)  # type: ignore[arg-type]  # detached: no outline
        self.thumbnails.clear()

    def document_loaded(self) -> None:
        """A short document laid out with its outline and thumbnails at once; a long one
        once its sizes are read (until then the sidebar's tabs are empty)."""
        if self._document.pageCount() <= SIZES_AT_ONCE or self.page_sizes.read_now(
            preview_sizes.READ_AT_ONCE_SECONDS
        ):
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self._show_outline()
        else:
            self.sidebar.setTabEnabled(0, False)
            self.sidebar.setCurrentIndex(1)  # the pages tab, empty for a moment
            self.page_sizes.start()

    def _on_sizes_read(self) -> None:
        # The sidebar in sight keeps the tab the reader is on.
        self._show_outline(choose_tab=not self.sidebar.isVisible())
        self.continuous.emit()

    def _show_outline(self, *, choose_tab: bool = True) -> None:
        """The outline and the thumbnails; the outline tab when the document has one,
        else the pages (``choose_tab``)."""
        self.bookmarks.setDocument(self._document)
        self.thumbnails.show_document()
        has_outline = self.bookmarks.rowCount(QModelIndex()) > 0
        self.sidebar.setTabEnabled(0, has_outline)
        if choose_tab or not has_outline:
            self.sidebar.setCurrentIndex(0 if has_outline else 1)

    def set_sidebar_visible(self, visible: bool) -> None:
        self.sidebar.setVisible(visible)
        self.thumbnails.set_device_pixel_ratio(self.devicePixelRatioF())

    def show_current_page(self, page: int) -> None:
        """Mark 0-based ``page`` among the thumbnails while they are shown."""
        if self.sidebar.isVisible():
            self.pages.setCurrentIndex(self.thumbnails.index(page, 0))
