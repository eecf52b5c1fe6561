"""Draws the title column: the title, two lines of snippet (matched words bold) and page links."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from vtviewer.gui.results_model import BranchRole, PagesRole, SnippetRole

_AnyIndex = QModelIndex | QPersistentModelIndex
_PAD = 6
#: Lines of snippet under the title; whole lines only, so no half-cut line shows.
SNIPPET_LINES = 2
#: Laid-out snippet and page-link documents kept for repaints (a selection, hovering
#: or scrolling back paints the same rows again): about two screens of rows.
KEPT_DOCUMENTS = 160


def row_height(metrics: QFontMetrics, with_snippets: bool) -> int:
    """The row height the delegate draws into: title, snippet lines and the pages line."""
    lines = 1 + SNIPPET_LINES + 1 if with_snippets else 1
    return metrics.lineSpacing() * lines + 2 * _PAD


class SnippetDelegate(QStyledItemDelegate):
    """Signals:
    page_clicked(QModelIndex, int): a page link under a snippet was clicked.
    """

    page_clicked = Signal(QModelIndex, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The page link chosen from the keyboard: (row, 1-based page), (-1, -1) none.
        self._focused_link = (-1, -1)
        #: (text, font, width, wrap, link colour) -> its document, oldest first.
        self._documents: OrderedDict[tuple[str, str, int, bool, str], QTextDocument] = OrderedDict()

    def set_focused_link(self, row: int, page: int) -> None:
        """Draw the link to ``page`` in ``row`` as the one the keys chose."""
        self._focused_link = (row, page)

    def _sections(self, option: QStyleOptionViewItem) -> tuple[QRect, QRect, QRect]:
        """Title, snippet and pages rectangles inside the cell."""
        line = option.fontMetrics.lineSpacing()
        inner = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        title = QRect(inner.left(), inner.top(), inner.width(), line)
        snippet = QRect(inner.left(), title.bottom() + 1, inner.width(), line * SNIPPET_LINES)
        pages = QRect(inner.left(), snippet.bottom() + 1, inner.width(), line)
        return title, snippet, pages

    def _document(
        self, text: str, font: QFont, width: int, wrap: bool, link_color: str = ""
    ) -> QTextDocument:
        """``text`` (HTML) laid out ``width`` wide; the same text, font and width drawn
        again reuses its document (laying out rich text is most of a row's paint)."""
        key = (text, font.key(), width, wrap, link_color)
        kept = self._documents.get(key)
        if kept is not None:
            self._documents.move_to_end(key)
            return kept
        doc = self._laid_out(text, font, width, wrap, link_color)
        self._documents[key] = doc
        if len(self._documents) > KEPT_DOCUMENTS:
            self._documents.popitem(last=False)
        return doc

    @staticmethod
    def _laid_out(text: str, font: QFont, width: int, wrap: bool, link_color: str) -> QTextDocument:
        doc = QTextDocument()
        if link_color:
            # Rich text takes link colours from the application palette, not the paint
            # context: on a selected row they would vanish into the highlight.
            doc.setDefaultStyleSheet(f"a {{ color: {link_color}; }}")
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        text_option = QTextOption()
        text_option.setWrapMode(
            QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap
        )
        doc.setDefaultTextOption(text_option)
        doc.setHtml(text)
        doc.setTextWidth(max(10, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # An arrow before a hit with attachments; an attachment's row is indented.
        title_text = str(index.data(BranchRole) or "") + opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(text_role)
        snippet = str(index.data(SnippetRole) or "")
        pages = str(index.data(PagesRole) or "")
        title_rect, snippet_rect, pages_rect = self._sections(opt)
        if opt.rect.height() < 2 * opt.fontMetrics.lineSpacing() or not (snippet or pages):
            # Browsing rows are one line high, an attachment's row has nothing under its
            # title: centre the title in it.
            title_rect = opt.rect.adjusted(_PAD, 0, -_PAD, 0)

        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        elided = QFontMetrics(bold).elidedText(
            title_text, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(
            title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided
        )
        painter.restore()

        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        link = text_color if selected else palette.color(QPalette.ColorRole.Link)
        context.palette.setColor(QPalette.ColorRole.Link, link)
        row, page = self._focused_link
        if pages and row == index.row():
            # The chosen link in the base colours, framed by the text colour: it stands
            # out on a selected row as on any other.
            base = palette.color(QPalette.ColorRole.Base).name()
            ink = palette.color(QPalette.ColorRole.Text).name()
            pages = pages.replace(
                f'<a href="page:{page}">',
                f'<a href="page:{page}" style="background-color: {base}; color: {ink}; '
                'font-weight: bold;">',
                1,
            )
        for text, rect, wrap in ((snippet, snippet_rect, True), (pages, pages_rect, False)):
            if not text:
                continue
            doc = self._document(text, opt.font, rect.width(), wrap, link.name())
            painter.save()
            painter.translate(rect.topLeft())
            painter.setClipRect(0, 0, rect.width(), rect.height())
            doc.documentLayout().draw(painter, context)
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _AnyIndex) -> QSize:
        with_snippets = bool(index.data(SnippetRole) or index.data(PagesRole))
        width = option.fontMetrics.horizontalAdvance(str(index.data() or "")) + 2 * _PAD
        return QSize(width, row_height(option.fontMetrics, with_snippets))

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: _AnyIndex,
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            anchor = self.anchor_at(option, index, event.position())
            if anchor.startswith("page:"):
                try:
                    page = int(anchor[5:])
                except ValueError:
                    return False
                self.page_clicked.emit(index.model().index(index.row(), index.column()), page)
                return True
        return super().editorEvent(event, model, option, index)

    def anchor_at(self, option: QStyleOptionViewItem, index: _AnyIndex, pos: QPointF) -> str:
        """The link under ``pos`` (view coordinates), "" when none."""
        _title, _snippet, pages_rect = self._sections(option)
        pages = str(index.data(PagesRole) or "")
        if not pages or not pages_rect.contains(pos.toPoint()):
            return ""
        doc = self._document(pages, option.font, pages_rect.width(), False)
        local = QPointF(pos.x() - pages_rect.left(), pos.y() - pages_rect.top())
        return str(doc.documentLayout().anchorAt(local) or "")
