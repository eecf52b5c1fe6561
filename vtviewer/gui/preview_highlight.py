"""A QPdfView that paints the hits of several search models itself, in marker colours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtPdf import QPdfDocument, QPdfLink, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

#: Painted with the Multiply composition mode, like a highlighter pen: white paper turns
#: yellow and the black text stays black, so it reads the same in light and dark themes.
HIT_COLOUR = QColor(255, 226, 0)
#: The hit that F3 / the find bar selected.
CURRENT_HIT_COLOUR = QColor(255, 140, 30)
CURRENT_HIT_FRAME = QColor(230, 100, 0)


def _screen_resolution() -> float:
    """Pixels per point as QPdfView computes it (the primary screen, read once there)."""
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 72.0
    return float(dpi) / 72.0


class HighlightingPdfView(QPdfView):
    """QPdfView plus hit highlighting for any number of search models.

    QPdfView paints only one search model, in a fixed faint colour (#80B0C4DE, not taken
    from the palette) and with the Custom zoom factor even in the fit modes, where it is
    stale. This view is given no search model of Qt's kind; it lays the pages out the
    way QPdfViewPrivate::calculateDocumentLayout does and paints every model's hits on
    top of the pages.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._models: tuple[QPdfSearchModel, ...] = ()
        #: Hits on scanned pages, from the words OCR stored: per 0-based page, boxes as
        #: fractions of the page (see preview_word_hits).
        self._word_boxes: dict[int, list[QRectF]] = {}
        self._current: QPdfLink | None = None
        #: The selected text: its 0-based page and outlines in page points.
        self._selection: tuple[int, tuple[QPolygonF, ...]] = (-1, ())
        self._resolution = _screen_resolution()
        # The layout of every page, recomputed only when something it depends on changes:
        # paintEvent needs it on every scroll step, and a document may have 1000 pages.
        self._layout_key: tuple[object, ...] = ()
        self._layout: dict[int, QRect] = {}
        self.documentChanged.connect(self._watch_document)

    def _watch_document(self, document: QPdfDocument | None) -> None:
        if document is not None:
            document.statusChanged.connect(self._forget_layout)
        self._forget_layout()

    def _forget_layout(self) -> None:
        self._layout_key = ()

    # ---- what to paint ------------------------------------------------------------------

    def set_highlight_models(self, models: Sequence[QPdfSearchModel]) -> None:
        """Paint the hits of ``models`` (those with an empty search string paint nothing)."""
        self._models = tuple(models)
        self.viewport().update()

    def highlight_models(self) -> tuple[QPdfSearchModel, ...]:
        return self._models

    def set_word_boxes(self, boxes: dict[int, list[QRectF]]) -> None:
        """Paint these boxes too (hits on scanned pages; fractions of each page)."""
        self._word_boxes = boxes
        self.viewport().update()

    def word_boxes(self) -> dict[int, list[QRectF]]:
        return self._word_boxes

    def set_current_hit(self, link: QPdfLink | None) -> None:
        """Mark ``link`` (a hit of one of the models) as the selected one; None clears."""
        self._current = link if link is not None and link.isValid() else None
        self.viewport().update()

    def current_hit_link(self) -> QPdfLink | None:
        return self._current

    def set_text_selection(self, page: int, outlines: Sequence[QPolygonF]) -> None:
        """Paint selected text: ``outlines`` on 0-based ``page`` in page points."""
        self._selection = (page, tuple(outlines))
        self.viewport().update()

    def text_selection_rects(self) -> list[QRectF]:
        """The selection's boxes in viewport coordinates (what paintEvent fills)."""
        page, outlines = self._selection
        target = self.page_rect(page)
        if page < 0 or target.isEmpty():
            return []
        boxes = [self._map_polygon(page, outline, target).boundingRect() for outline in outlines]
        return _line_boxes(boxes)

    def _map_polygon(self, page: int, outline: QPolygonF, target: QRectF) -> QPolygonF:
        document = self.document()
        if document is None:
            return QPolygonF()
        points = document.pagePointSize(page)
        if points.width() <= 0 or points.height() <= 0:
            return QPolygonF()
        sx = target.width() / points.width()
        sy = target.height() / points.height()
        return QTransform(sx, 0, 0, sy, target.x(), target.y()).map(outline)

    # ---- geometry -----------------------------------------------------------------------

    def _page_size(self, document: QPdfDocument, page: int) -> QSize:
        """The page's size in pixels, rounded exactly as QPdfView rounds it."""
        points = document.pagePointSize(page)
        natural = QSizeF(points.width() * self._resolution, points.height() * self._resolution)
        mode = self.zoomMode()
        if mode == QPdfView.ZoomMode.Custom:
            zoom = self.zoomFactor()
            return QSizeF(natural.width() * zoom, natural.height() * zoom).toSize()
        size = natural.toSize()
        if size.width() <= 0 or size.height() <= 0:
            return QSize(0, 0)
        margins = self.documentMargins()
        viewport = self.viewport().size()
        if mode == QPdfView.ZoomMode.FitToWidth:
            factor = (viewport.width() - margins.left() - margins.right()) / size.width()
            return size * factor
        room = QSize(
            viewport.width() - margins.left() - margins.right(),
            viewport.height() - self.pageSpacing(),
        )
        return size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)

    def page_geometries(self) -> dict[int, QRect]:
        """Every laid-out page's rectangle in document pixels (before scrolling)."""
        document = self.document()
        if document is None or document.status() != QPdfDocument.Status.Ready:
            return {}
        margins = self.documentMargins()
        key = (
            self.pageMode(),
            self.zoomMode(),
            self.zoomFactor(),
            self.viewport().size(),
            (margins.left(), margins.top(), margins.right(), margins.bottom()),
            self.pageSpacing(),
            # Only SinglePage lays out the current page alone.
            self.pageNavigator().currentPage()
            if self.pageMode() == QPdfView.PageMode.SinglePage
            else -1,
        )
        if key != self._layout_key:
            self._layout = self._calculate_layout(document)
            self._layout_key = key
        return self._layout

    def _calculate_layout(self, document: QPdfDocument) -> dict[int, QRect]:
        """QPdfViewPrivate::calculateDocumentLayout, in the same integer arithmetic."""
        if self.pageMode() == QPdfView.PageMode.SinglePage:
            first = self.pageNavigator().currentPage()
            pages = range(first, first + 1)
        else:
            pages = range(document.pageCount())
        sizes = {page: self._page_size(document, page) for page in pages}
        margins = self.documentMargins()
        total_width = max((s.width() for s in sizes.values()), default=0)
        total_width += margins.left() + margins.right()
        span = max(total_width, self.viewport().width())
        geometries: dict[int, QRect] = {}
        y = margins.top()
        for page in pages:
            size = sizes[page]
            geometries[page] = QRect((span - size.width()) // 2, y, size.width(), size.height())
            y += size.height() + self.pageSpacing()
        return geometries

    def page_rect(self, page: int) -> QRectF:
        """0-based ``page``'s rectangle in viewport coordinates (empty if not laid out)."""
        geometry = self.page_geometries().get(page)
        if geometry is None:
            return QRectF()
        return QRectF(geometry.translated(self._scroll_offset()))

    def effective_zoom(self) -> float:
        """The zoom on screen, in zoomFactor's units, also in the fit modes (where
        zoomFactor keeps the last Custom value)."""
        if self.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.zoomFactor())
        document = self.document()
        page = max(self.pageNavigator().currentPage(), 0)
        if document is None or page >= document.pageCount():
            return 1.0
        points = document.pagePointSize(page)
        size = self._page_size(document, page)
        if points.width() <= 0 or size.width() <= 0:
            return 1.0
        return float(size.width() / (points.width() * self._resolution))

    def hit_rects(self, page: int) -> dict[str, list[QRectF]]:
        """Per search string, the highlight rectangles on 0-based ``page`` in viewport
        coordinates (what paintEvent fills)."""
        target = self.page_rect(page)
        rects: dict[str, list[QRectF]] = {}
        if target.isEmpty():
            return rects
        for model in self._models:
            text = model.searchString()
            if text:
                found = rects.setdefault(text, [])
                for link in model.resultsOnPage(page):
                    found.extend(self._map_link(link, target))
        if self._word_boxes.get(page):
            rects["recognised"] = self._map_boxes(page, target)
        return rects

    def _map_boxes(self, page: int, target: QRectF) -> list[QRectF]:
        return [
            QRectF(
                target.x() + box.x() * target.width(),
                target.y() + box.y() * target.height(),
                box.width() * target.width(),
                box.height() * target.height(),
            )
            for box in self._word_boxes.get(page, ())
        ]

    def _scroll_offset(self) -> QPoint:
        return QPoint(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())

    def _map_link(self, link: QPdfLink, target: QRectF) -> list[QRectF]:
        document = self.document()
        if document is None:
            return []
        points = document.pagePointSize(link.page())
        if points.width() <= 0 or points.height() <= 0:
            return []
        sx = target.width() / points.width()
        sy = target.height() / points.height()
        return [
            QRectF(
                target.x() + r.x() * sx, target.y() + r.y() * sy, r.width() * sx, r.height() * sy
            )
            for r in _line_boxes(link.rectangles())
        ]

    # ---- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._paint_selection()
        if not self._models and self._current is None and not self._word_boxes:
            return
        area = QRectF(event.rect())
        offset = self._scroll_offset()
        painter = QPainter(self.viewport())
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        painter.setPen(Qt.PenStyle.NoPen)
        for page, geometry in self.page_geometries().items():
            target = QRectF(geometry.translated(offset))
            if not target.intersects(area):
                continue
            # One path per page, so overlapping hits of two terms are not darker.
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for model in self._models:
                if model.searchString():
                    for link in model.resultsOnPage(page):
                        for rect in self._map_link(link, target):
                            path.addRect(rect)
            for rect in self._map_boxes(page, target):
                path.addRect(rect)
            if not path.isEmpty():
                painter.fillPath(path, HIT_COLOUR)
            current = self._current
            if current is not None and current.page() == page:
                rects = self._map_link(current, target)
                for rect in rects:
                    painter.fillRect(rect, CURRENT_HIT_COLOUR)
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
                painter.setPen(QPen(CURRENT_HIT_FRAME, 2))
                for rect in rects:
                    painter.drawRect(rect.adjusted(-1, -1, 1, 1))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        painter.end()

    def _paint_selection(self) -> None:
        page, outlines = self._selection
        target = self.page_rect(page)
        if page < 0 or not outlines or target.isEmpty():
            return
        # A pale tint of the palette's selection colour, multiplied like the hits: the
        # paper turns blue and the text stays black, in light and dark themes alike.
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        colour = QColor(
            (highlight.red() + 2 * 255) // 3,
            (highlight.green() + 2 * 255) // 3,
            (highlight.blue() + 2 * 255) // 3,
        )
        painter = QPainter(self.viewport())
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        painter.setPen(Qt.PenStyle.NoPen)
        # One even band per line, a little taller than the glyphs, as text editors do.
        boxes = [self._map_polygon(page, o, target).boundingRect() for o in outlines]
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for box in _line_boxes(boxes):
            grow = box.height() * 0.15
            path.addRect(box.adjusted(-1, -grow, 1, grow))
        painter.fillPath(path, colour)
        painter.end()


def _line_boxes(rects: Sequence[QRectF]) -> list[QRectF]:
    """A hit's rectangles joined into one box per line.

    pdfium gives some files one box per glyph, of the glyph's own height, which paints
    a ragged, gappy band; a marker stroke is one even box per line of the hit.
    """
    boxes: list[QRectF] = []
    for rect in sorted(rects, key=lambda r: (r.center().y(), r.x())):
        last = boxes[-1] if boxes else None
        if last is not None and abs(rect.center().y() - last.center().y()) <= last.height() / 2:
            boxes[-1] = last.united(rect)
        else:
            boxes.append(QRectF(rect))
    return boxes
