""" "Similar documents": the ten documents most like the one in the details pane, with the
words they share, found through the task queue; activating one shows it in the window."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.archive import Archive
from vtviewer.core.model import Document, SimilarDocument
from vtviewer.core.text import display_name
from vtviewer.gui.messages import fill
from vtviewer.gui.tasks import TaskQueue, error_text

#: The SimilarDocument of a row; its title, and "Shares: …" (the second line drawn).
SimilarRole = Qt.ItemDataRole.UserRole + 1
TitleRole = Qt.ItemDataRole.UserRole + 2
SharedRole = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex
_PAD = 6


class SimilarModel(QAbstractListModel):
    """The similar documents as a list: the title, then the words shared (second line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[SimilarDocument, ...] = ()

    def set_items(self, items: tuple[SimilarDocument, ...]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        title = item.document.meta.title or display_name(item.document.path)
        shared = ", ".join(item.shared)
        if role == Qt.ItemDataRole.DisplayRole:
            if not shared:
                return title
            return title + "\n" + fill(self.tr("Shares: %1"), shared)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole list of shared words, which the row may cut short.
            words = "\n" + fill(self.tr("Shares: %1"), shared) if shared else ""
            return item.document.path + words
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fill(self.tr("%1, shares %2"), title, shared) if shared else title
        if role == SimilarRole:
            return item
        if role == TitleRole:
            return title
        if role == SharedRole:
            return fill(self.tr("Shares: %1"), shared) if shared else ""
        return None


class SimilarDelegate(QStyledItemDelegate):
    """A row in two lines: the title in bold, the shared words under it, dimmer."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(option.rect.width(), 2 * line + 2 * _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        line = option.fontMetrics.lineSpacing()
        inner = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.save()
        bold = option.font
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(role))
        title = painter.fontMetrics().elidedText(
            str(index.data(TitleRole)), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), 0, title)
        bold.setBold(False)
        painter.setFont(bold)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        shared = painter.fontMetrics().elidedText(
            str(index.data(SharedRole)), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(QRect(inner.left(), inner.top() + line, inner.width(), line), 0, shared)
        painter.restore()


class SimilarDialog(QDialog):
    """Lists the documents like one; stays open while the user reads them.

    Signals:
        document_chosen(object): the user activated one (its Document).
    """

    document_chosen = Signal(object)

    def __init__(self, archive: Archive, tasks: TaskQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._tasks = tasks
        #: Counts the documents asked about; an answer for an earlier one is dropped.
        self._request = 0
        self.setObjectName("similarDialog")
        self.setWindowTitle(self.tr("Similar documents"))
        self.resize(520, 460)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = SimilarModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(SimilarDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(True)
        self.view.setToolTip(self.tr("Enter or a double-click shows the document"))
        self.view.setAccessibleName(self.tr("Similar documents"))
        self.view.activated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def show_for(self, document: Document) -> None:
        """List the documents like ``document`` (read off the GUI thread) and show."""
        self._request += 1
        request = self._request
        title = document.meta.title or display_name(document.path)
        self.heading.setText(
            fill(html.escape(self.tr("Documents like %1")), f"<b>{html.escape(title)}</b>")
        )
        self.status.setText(self.tr("Looking for similar documents…"))
        self.status.show()
        self.model.set_items(())
        archive, doc_id = self._archive, document.id

        def done(found: object) -> None:
            if request != self._request:
                return
            assert isinstance(found, tuple)
            self.model.set_items(found)
            if found:
                self.status.hide()
                self.view.setCurrentIndex(self.model.index(0, 0))
            else:
                self.status.setText(self.tr("No other document shares enough words with it."))

        def failed(error: BaseException) -> None:
            if request == self._request:
                self.status.setText(
                    fill(self.tr("Could not look for similar documents: %1"), error_text(error))
                )

        self._tasks.run(lambda: archive.similar(doc_id), done, failed)
        self.show()
        self.raise_()
        self.view.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.data(index, SimilarRole)
        if isinstance(item, SimilarDocument):
            self.document_chosen.emit(item.document)
