"""The page links under a result's snippet from the keyboard, and the words a screen
reader says for a result row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

from vtviewer.core.model import Hit, PageHit
from vtviewer.gui.messages import fill

#: At most this many page links under a snippet (the rest are in the preview's find).
MAX_PAGE_LINKS = 15


def linked_pages(hit: Hit) -> list[PageHit]:
    """The pages a row links to, in page order: what the delegate draws, what the keys
    step through."""
    return sorted(hit.pages, key=lambda p: p.page)[:MAX_PAGE_LINKS]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultLinks", text)


def accessible_text(hit: Hit, title: str) -> str:
    """What a screen reader says for the title cell: the title and the snippet."""
    if not hit.pages:
        return title
    return f"{title}. {hit.pages[0].snippet.text}"


def accessible_description(hit: Hit) -> str:
    """The pages the row links to and how to reach them from the keyboard."""
    pages = linked_pages(hit)
    if not pages:
        return ""
    labels = ", ".join(p.label or str(p.page) for p in pages)
    return fill(_tr("Pages: %1. Ctrl+Right and Ctrl+Left choose a page, Enter opens it."), labels)


class PageLinkKeys(QObject):
    """Steps through the page links of the current row of ``view``: Ctrl+Right and
    Ctrl+Left choose the next and previous link (the delegate draws it as focused),
    ``activate`` (the window's Enter) opens its page, Esc or another row leaves the links.
    ``hit_of(row)`` gives a row's Hit.

    Signals:
        focused_changed(int, int): row and 1-based page of the chosen link (-1, -1: none).
        activated(QModelIndex, int): open this page of the row (as a click on the link).
    """

    focused_changed = Signal(int, int)
    activated = Signal(QModelIndex, int)

    def __init__(
        self,
        view: QAbstractItemView,
        hit_of: Callable[[int], Hit | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._hit_of = hit_of
        self._row = -1
        self._position = -1
        view.installEventFilter(self)
        view.selectionModel().currentRowChanged.connect(lambda *_: self.leave())
        model = view.model()
        model.modelReset.connect(self.leave)

    def focused(self) -> tuple[int, int]:
        """(row, 1-based page) of the chosen link, (-1, -1) when none."""
        pages = self._pages(self._row)
        if not 0 <= self._position < len(pages):
            return -1, -1
        return self._row, pages[self._position].page

    def step(self, step: int) -> bool:
        """Choose the next (1) or previous (-1) link of the current row, wrapping."""
        row = self._view.currentIndex().row()
        pages = self._pages(row)
        if not pages:
            return False
        if row != self._row or self._position < 0:
            self._position = 0 if step > 0 else len(pages) - 1
        else:
            self._position = (self._position + step) % len(pages)
        self._row = row
        self._announce(pages)
        return True

    def activate(self) -> bool:
        """Open the chosen link's page; False when no link is chosen."""
        row, page = self.focused()
        if row < 0:
            return False
        model = self._view.model()
        self.activated.emit(model.index(row, 0), page)
        return True

    def leave(self) -> None:
        if self._row < 0 and self._position < 0:
            return
        self._row = self._position = -1
        self._view.setAccessibleDescription("")
        self.focused_changed.emit(-1, -1)
        self._view.viewport().update()

    def _pages(self, row: int) -> Sequence[PageHit]:
        if row < 0:
            return ()
        hit = self._hit_of(row)
        return linked_pages(hit) if hit is not None else ()

    def _announce(self, pages: Sequence[PageHit]) -> None:
        chosen = pages[self._position]
        text = fill(
            _tr("Page link %1 of %2: page %3. Enter opens it."),
            str(self._position + 1),
            str(len(pages)),
            chosen.label or str(chosen.page),
        )
        # Setting the description tells assistive technology that it changed.
        self._view.setAccessibleDescription(text)
        self._view.setStatusTip(text)
        self.focused_changed.emit(self._row, chosen.page)
        self._view.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and self._own(event):
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress and self._own(event):
                key = event.key()
                if key == Qt.Key.Key_Escape:
                    self.leave()
                else:
                    self.step(1 if key == Qt.Key.Key_Right else -1)
                return True
        return super().eventFilter(watched, event)

    def _own(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            return self._position >= 0
        return event.modifiers() == Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Right,
            Qt.Key.Key_Left,
        )
