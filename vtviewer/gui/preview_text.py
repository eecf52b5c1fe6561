"""Text in the preview: select with the mouse or Shift+arrows, select a page, copy it
(hyphenated line ends joined), and copy a link to the page."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QPointF, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtPdf import QPdfDocument, QPdfSelection
from PySide6.QtWidgets import QApplication, QMenu

from vtviewer.gui.messages import fill
from vtviewer.gui.preview_highlight import HighlightingPdfView

#: pdfium marks a hyphen it found at the end of a line with U+FFFE (and joins the lines);
#: other files carry a soft hyphen, or a plain one before the line break.
_BREAK_HYPHEN = re.compile(r"(?<=\w)(?:\ufffe|\u00ad|\u2010|-)[ \t]*(?:\r\n|\r|\n)?(?=\w)")
_LEFTOVER_MARKS = re.compile(r"[\ufffe\u00ad]")
#: How far a point off the text is moved sideways to find the nearest character, in points.
_NUDGE = 18.0
_NUDGES = 14


def copied_text(text: str) -> str:
    """Text as copied from a page: a word split over two lines joined again
    ("utbyg-\\nging" -> "utbygging"); a hyphen before a capital kept ("Nord-Norge");
    Windows line ends made plain."""

    def join(match: re.Match[str]) -> str:
        after = match.string[match.end() : match.end() + 1]
        return "-" if after.isupper() or after.isdigit() else ""

    joined = _BREAK_HYPHEN.sub(join, text)
    joined = _LEFTOVER_MARKS.sub("", joined)
    return joined.replace("\r\n", "\n").replace("\r", "\n")


def page_link(path: str, page: int) -> QUrl:
    """file:///…/plan.pdf#page=3: the fragment PDF viewers open at that page."""
    url = QUrl.fromLocalFile(path)
    url.setFragment(f"page={page}")
    return url


class PreviewText(QObject):
    """Selection of the text on one page of ``view`` (of ``document``), by character:
    press and drag (or click, then shift-click) with the mouse; after a click, Shift+arrows
    extend it; Ctrl+A selects the page; Ctrl+C copies. The view paints the selection.
    ``path_of`` gives the path of the open file (for "Copy page link").

    Signals:
        copied(str): this text went to the clipboard.
        status_message(str): something to say in the status bar.
        print_requested(): the user chose "Print…" in the context menu.
    """

    copied = Signal(str)
    status_message = Signal(str)
    print_requested = Signal()

    def __init__(
        self,
        document: QPdfDocument,
        view: HighlightingPdfView,
        path_of: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._view = view
        self._path_of = path_of
        self._page = -1
        #: Caret positions between characters: the selection is [min, max) of them.
        self._anchor = -1
        self._caret = -1
        self._selection: QPdfSelection | None = None
        self._pressed = False
        self._press_pos = QPointF()
        self._first_char: tuple[int, QRectF, QRectF] | None = None
        document.statusChanged.connect(lambda _status: self.clear())
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu)

        self.copy_action = self._action(self.tr("&Copy"), QKeySequence.StandardKey.Copy)
        self.copy_action.triggered.connect(self.copy)
        self.select_page_action = self._action(
            self.tr("Select &all text on the page"), QKeySequence.StandardKey.SelectAll
        )
        self.select_page_action.triggered.connect(lambda: self.select_page(self.current_page()))
        self.link_action = self._action(self.tr("Copy page &link"), None)
        self.link_action.triggered.connect(lambda: self.copy_page_link(self.current_page()))
        self.print_action = self._action(self.tr("P&rint…"), QKeySequence.StandardKey.Print)
        # Printing is the window's File > Print… too: its key works wherever the focus is.
        self.print_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.print_action.triggered.connect(self.print_requested)

    def _action(self, text: str, key: QKeySequence.StandardKey | None) -> QAction:
        action = QAction(text, self._view)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            # Only while the page view has the focus: the window keeps its own keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self._view.addAction(action)
        return action

    # --- what is selected ----------------------------------------------------------------

    def selection(self) -> QPdfSelection | None:
        return self._selection

    def selected_text(self) -> str:
        """The selection as it is copied."""
        selection = self._selection
        return copied_text(selection.text()) if selection and selection.isValid() else ""

    def page(self) -> int:
        """0-based page of the selection, -1 without one."""
        selection = self._selection
        return self._page if selection is not None and selection.isValid() else -1

    def current_page(self) -> int:
        """0-based page on top of the view."""
        return max(self._view.pageNavigator().currentPage(), 0)

    def clear(self) -> None:
        self._page = -1
        self._anchor = self._caret = -1
        self._selection = None
        self._first_char = None
        self._view.set_text_selection(-1, [])

    def select_page(self, page: int) -> bool:
        """Select all the text of 0-based ``page``; False when it has none."""
        if not 0 <= page < self._document.pageCount():
            return False
        every = self._document.getAllText(page)
        if not every.isValid() or not every.text():
            self.status_message.emit(self.tr("This page has no text to select."))
            return False
        self._page = page
        self._anchor = every.startIndex()
        self._caret = every.endIndex()
        self._show(every)
        return True

    def select_between(self, page: int, start: QPointF, end: QPointF) -> bool:
        """Select from the character at ``start`` to the one at ``end`` (page points)."""
        first = self.caret_at(page, start)
        last = self.caret_at(page, end)
        if first is None or last is None:
            return False
        self._page = page
        self._anchor, self._caret = first, last
        return self._update()

    def extend(self, step: int) -> bool:
        """Move the caret ``step`` characters (after a click or a selection)."""
        if self._page < 0 or self._caret < 0:
            return False
        self._caret = max(0, self._caret + step)
        return self._update()

    def extend_line(self, direction: int) -> bool:
        """Move the caret a line down (1) or up (-1)."""
        if self._page < 0 or self._caret < 0:
            return False
        probe = self._caret if direction > 0 or self._caret == 0 else self._caret - 1
        box = self._document.getSelectionAtIndex(self._page, probe, 1).boundingRectangle()
        if box.isEmpty():
            return False
        # A character's box is as tall as its glyph, not the line: step further until
        # the caret lands on another line.
        for share in (1.5, 2.2, 3.0, 4.0, 5.5):
            target = QPointF(box.center().x(), box.center().y() + direction * box.height() * share)
            caret = self.caret_at(self._page, target, nudges=_NUDGES if share >= 4.0 else 0)
            if caret is not None and caret != self._caret:
                self._caret = caret
                return self._update()
        return False

    def copy(self) -> bool:
        text = self.selected_text()
        if not text:
            return False
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self.copied.emit(text)
        self.status_message.emit(self.tr("%Ln character(s) copied", "", len(text)))
        return True

    def copy_page_link(self, page: int) -> str:
        """Put a link to 0-based ``page`` of the open file on the clipboard: the URL for
        programs that take links, "path, page 3" as its text. Returns that text."""
        path = self._path_of()
        if not path:
            return ""
        url = page_link(path, page + 1)
        readable = fill(self.tr("%1, page %2"), path, str(page + 1))
        data = QMimeData()
        data.setUrls([url])
        data.setText(readable)
        escaped = readable.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        data.setHtml(
            f'<a href="{url.toString(QUrl.ComponentFormattingOption.FullyEncoded)}">{escaped}</a>'
        )
        QGuiApplication.clipboard().setMimeData(data)
        self.status_message.emit(self.tr("Link to the page copied"))
        return readable

    # --- geometry ------------------------------------------------------------------------

    def page_point(self, pos: QPoint | QPointF) -> tuple[int, QPointF] | None:
        """The page under ``pos`` (viewport coordinates) and the point on it in points."""
        for page in self._view.page_geometries():
            rect = self._view.page_rect(page)
            if not rect.contains(QPointF(pos)):
                continue
            points = self._document.pagePointSize(page)
            if rect.width() <= 0 or rect.height() <= 0:
                return None
            x = (pos.x() - rect.x()) * points.width() / rect.width()
            y = (pos.y() - rect.y()) * points.height() / rect.height()
            return page, QPointF(x, y)
        return None

    def caret_at(self, page: int, point: QPointF, nudges: int = _NUDGES) -> int | None:
        """The caret position (between characters, 0 before the first) nearest to
        ``point`` (page points), also for a point a little off the text; None when there
        is no text near.

        QtPdf tells a position only as the end of a selection, so this selects from the
        page's first character to the point. A point outside the page's text is taken
        to its edge (above it: the first line, past the right margin: the line's end), and
        one off the text is moved sideways up to ``nudges`` times (past a short line's
        end, in a word gap) before giving up."""
        first = self._first(page)
        if first is None:
            return None
        box, bounds = first
        centre = box.center()
        inside = bounds.adjusted(1, 1, -1, -1)
        if inside.isValid():
            point = QPointF(
                min(max(point.x(), inside.left()), inside.right()),
                min(max(point.y(), inside.top()), inside.bottom()),
            )
        offsets = [0.0]
        for n in range(1, nudges + 1):
            offsets += [-n * _NUDGE, n * _NUDGE] if n <= 4 else [-n * _NUDGE]
        for dx in offsets:
            target = QPointF(point.x() + dx, point.y())
            if box.adjusted(-2, -2, 2, 2).contains(target):
                return 0 if target.x() < centre.x() else 1
            found = self._document.getSelection(page, centre, target)
            if found.isValid() and found.endIndex() > found.startIndex():
                return int(found.endIndex())
        return None

    def _first(self, page: int) -> tuple[QRectF, QRectF] | None:
        """The box of the page's first character and the bounds of all its text (read
        once per page)."""
        if self._first_char is None or self._first_char[0] != page:
            box = self._document.getSelectionAtIndex(page, 0, 1).boundingRectangle()
            if box.isEmpty():
                return None
            bounds = self._document.getAllText(page).boundingRectangle()
            self._first_char = (page, box, bounds)
        return self._first_char[1], self._first_char[2]

    def _update(self) -> bool:
        low, high = sorted((self._anchor, self._caret))
        if high <= low:
            self._selection = None
            self._view.set_text_selection(-1, [])
            return False
        return self._show(self._document.getSelectionAtIndex(self._page, low, high - low))

    def _show(self, selection: QPdfSelection) -> bool:
        self._selection = selection
        self._view.set_text_selection(self._page, selection.bounds())
        return selection.isValid()

    # --- events --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._view.viewport() and isinstance(event, QMouseEvent):
            # A click goes on to the view too (it follows the PDF's own links); a drag
            # is a selection and stays here.
            if kind == QEvent.Type.MouseButtonPress:
                self._press(event)
                return False
            if kind == QEvent.Type.MouseMove and self._pressed:
                return self._drag(event)
            if kind == QEvent.Type.MouseButtonRelease and self._pressed:
                self._pressed = False
                return self._drag(event)
        if watched is self._view and isinstance(event, QKeyEvent):
            if kind == QEvent.Type.ShortcutOverride and self._own_key(event):
                event.accept()
                return True
            if kind == QEvent.Type.KeyPress and self._own_key(event):
                self._key(event)
                return True
        return super().eventFilter(watched, event)

    def _press(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._view.setFocus(Qt.FocusReason.MouseFocusReason)
        where = self.page_point(event.position())
        if where is None:
            self.clear()
            return
        page, point = where
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        caret = self.caret_at(page, point)
        if shift and page == self._page and self._anchor >= 0 and caret is not None:
            self._caret = caret
            self._update()
        else:
            self.clear()
            if caret is None:
                return
            self._page = page
            self._anchor = self._caret = caret
        self._pressed = True
        self._press_pos = event.position()

    def _drag(self, event: QMouseEvent) -> bool:
        """Extend the selection to the mouse; False for a click (no drag)."""
        if self._page < 0 or self._anchor < 0:
            return False
        moved = event.position() - self._press_pos
        if moved.manhattanLength() < QApplication.startDragDistance():
            return False  # a click, not a drag: it places the caret for Shift+arrows
        rect = self._view.page_rect(self._page)
        if rect.isEmpty():
            return True
        # Past the page's edge the drag goes on at the edge.
        pos = event.position()
        clamped = QPointF(
            min(max(pos.x(), rect.left() + 1), rect.right() - 1),
            min(max(pos.y(), rect.top() + 1), rect.bottom() - 1),
        )
        where = self.page_point(clamped)
        if where is None or where[0] != self._page:
            return True
        # A few tries while the mouse moves (each is a call into the PDF engine), all of
        # them where it is let go.
        final = event.type() == QEvent.Type.MouseButtonRelease
        caret = self.caret_at(self._page, where[1], _NUDGES if final else 4)
        if caret is not None:
            self._caret = caret
            self._update()
        return True

    def _own_key(self, event: QKeyEvent) -> bool:
        shift_only = event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        return shift_only and event.key() in arrows and self._page >= 0 and self._anchor >= 0

    def _key(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.extend(-1)
        elif key == Qt.Key.Key_Right:
            self.extend(1)
        elif key == Qt.Key.Key_Up:
            self.extend_line(-1)
        elif key == Qt.Key.Key_Down:
            self.extend_line(1)

    def _menu(self, pos: QPoint) -> None:
        where = self.page_point(self._view.viewport().mapFrom(self._view, pos))
        page = where[0] if where is not None else self.current_page()
        menu = QMenu(self._view)
        self.copy_action.setEnabled(bool(self.selected_text()))
        menu.addAction(self.copy_action)
        select = menu.addAction(self.select_page_action.text())
        select.triggered.connect(lambda: self.select_page(page))
        link = menu.addAction(self.link_action.text())
        link.triggered.connect(lambda: self.copy_page_link(page))
        menu.addSeparator()
        menu.addAction(self.print_action)
        menu.exec(self._view.mapToGlobal(pos))
