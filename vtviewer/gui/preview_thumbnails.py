"""Page thumbnails for the preview's side panel, rendered lazily off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from vtviewer.gui.messages import fill

#: Thumbnail width in device-independent pixels; heights follow each page's aspect.
THUMB_WIDTH = 112

ModelIndex = QModelIndex | QPersistentModelIndex


class ThumbnailModel(QAbstractListModel):
    """One row per page: the page label as text and its thumbnail as decoration.

    The rows are there once the document's page sizes are (``show_document``, see
    preview_sizes). A thumbnail is requested when its row is first painted (see
    ``ThumbnailDelegate``: a list asks every row for its size, but paints only those in
    sight), rendered by QPdfPageRenderer on its worker thread, and cached; until then the
    row shows a blank page of the right shape.
    """

    def __init__(self, document: QPdfDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(document)
        self._renderer.pageRendered.connect(self._on_rendered)
        self._pixmaps: dict[int, QPixmap] = {}
        self._requested: set[int] = set()
        #: request id -> page, so renders of a previous document are dropped on arrival.
        self._pending: dict[int, int] = {}
        self._placeholders: dict[tuple[int, int], QPixmap] = {}
        self._count = 0
        self._ratio = 1.0

    def set_device_pixel_ratio(self, ratio: float) -> None:
        self._ratio = max(1.0, ratio)

    def rendered_pages(self) -> set[int]:
        """0-based pages whose thumbnail has arrived (for tests and diagnostics)."""
        return set(self._pixmaps)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._document.pageLabel(page) or str(page + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._pixmaps.get(page)
            if pixmap is not None:
                return pixmap
            return self._placeholder(self._thumb_size(page))
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(self.tr("Page %1"), self._document.pageLabel(page) or str(page + 1))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignHCenter
        return None

    def request(self, page: int) -> None:
        """Render the thumbnail of 0-based ``page`` unless it is here or on its way."""
        if page in self._requested or not 0 <= page < self._count:
            return
        self._requested.add(page)
        size = self._thumb_size(page)
        request = self._renderer.requestPage(page, size * self._ratio, QPdfDocumentRenderOptions())
        self._pending[request] = page

    def show_document(self) -> None:
        """One row per page of the document loaded (its page sizes read)."""
        self._reset(self._document.pageCount())

    def clear(self) -> None:
        self._reset(0)

    def _thumb_size(self, page: int) -> QSize:
        points = self._document.pagePointSize(page)
        if points.width() <= 0 or points.height() <= 0:
            return QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.414))
        height = min(int(THUMB_WIDTH * points.height() / points.width()), THUMB_WIDTH * 3)
        return QSize(THUMB_WIDTH, max(height, 8))

    def _placeholder(self, size: QSize) -> QPixmap:
        key = (size.width(), size.height())
        pixmap = self._placeholders.get(key)
        if pixmap is None:
            pixmap = QPixmap(size)
            pixmap.fill(QColor("white"))
            painter = QPainter(pixmap)
            _draw_edge(painter, pixmap)
            painter.end()
            self._placeholders[key] = pixmap
        return pixmap

    def _on_rendered(
        self,
        page: int,
        _size: QSize,
        image: QImage,
        _options: QPdfDocumentRenderOptions,
        request_id: int,
    ) -> None:
        if self._pending.pop(request_id, None) != page or image.isNull():
            return
        image.setDevicePixelRatio(self._ratio)
        # pdfium leaves unpainted areas transparent; thumbnails are paper, so paint it white.
        paper = QImage(image.size(), QImage.Format.Format_RGB32)
        paper.setDevicePixelRatio(self._ratio)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        _draw_edge(painter, paper)
        painter.end()
        self._pixmaps[page] = QPixmap.fromImage(paper)
        index = self.index(page, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def _reset(self, count: int) -> None:
        self.beginResetModel()
        self._pixmaps.clear()
        self._requested.clear()
        self._pending.clear()
        self._count = count
        self.endResetModel()


class ThumbnailDelegate(QStyledItemDelegate):
    """Paints a thumbnail row, and asks the model to render the page the first time."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        model = index.model()
        if isinstance(model, ThumbnailModel):
            model.request(index.row())
        super().paint(painter, option, index)


def _draw_edge(painter: QPainter, device: QImage | QPixmap) -> None:
    """A thin grey edge, so a white page stands out on any background."""
    ratio = device.devicePixelRatio()
    painter.setPen(QColor(0, 0, 0, 90))
    painter.drawRect(0, 0, int(device.width() / ratio) - 1, int(device.height() / ratio) - 1)
