"""The embedded PDF preview: pages, navigation, zoom, outline/thumbnails, find, hit highlighting."""

from __future__ import annotations

import enum
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument, QPdfLink, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfPageSelector, QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vtviewer.gui.messages import engine_error_text, fill
from vtviewer.gui.preview_highlight import HighlightingPdfView
from vtviewer.gui.preview_icons import action_icon
from vtviewer.gui.preview_probe import PdfProbe, ProbeResult
from vtviewer.gui.preview_thumbnails import THUMB_WIDTH, ThumbnailModel
from vtviewer.paths import openable_path

log = logging.getLogger(__name__)

#: Zoom steps for zoom in/out, as in most PDF viewers.
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 5.0)
#: A zoom step changes the size by at least this ratio.
MIN_ZOOM_STEP = 1.08
#: Typing in the find bar searches after this pause, so each keystroke stays cheap.
FIND_DEBOUNCE_MS = 250


class _State(enum.IntEnum):
    """What the preview area shows; the value is the page in the stacked widget."""

    EMPTY = 0
    LOADING = 1
    VIEW = 2
    MESSAGE = 3
    PASSWORD = 4


@dataclass(frozen=True)
class _Request:
    """One open_document call: what to show once the document is ready."""

    path: str
    page: int
    terms: tuple[str, ...]
    allow_risky: bool
    trusted: bool
    detail: str = ""


class _FindBar(QWidget):
    """The in-document find bar: text, previous/next, "hit 3 of 17", close.

    Signals: text_changed(str), next_requested(), previous_requested(), closed()
    """

    text_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        palette = self.palette()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("previewFindEdit")
        self.edit.setPlaceholderText(self.tr("Find in document"))
        self.edit.setAccessibleName(self.tr("Find in document"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(120)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FIND_DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.text_changed.emit(self.edit.text()))
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._on_return)
        self.previous_button = self._button(
            "find-previous", self.tr("Previous match (Shift+F3)"), self.previous_requested
        )
        self.next_button = self._button(
            "find-next", self.tr("Next match (F3)"), self.next_requested
        )
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        self.count_label.setAccessibleName(self.tr("Matches"))
        close = self._button("close", self.tr("Close the find bar (Esc)"), self.closed)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count_label)
        layout.addWidget(close)
        del palette

    def _button(self, icon: str, tip: str, signal: SignalInstance) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(action_icon(icon, self.palette()))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: signal.emit())
        return button

    def flush(self) -> None:
        """Run a pending debounced search now."""
        if self._timer.isActive():
            self._timer.stop()
            self.text_changed.emit(self.edit.text())

    def _on_return(self) -> None:
        if self._timer.isActive():
            self.flush()
            return
        self.next_requested.emit()


class PdfPreview(QWidget):
    """A PDF preview that opens on a page with the search terms highlighted.

    Files not marked ``trusted`` are first opened by a killable child process (see
    preview_probe) so that a PDF that hangs or crashes the engine never freezes the window.

    Signals: status_message(str), page_changed(int)  # 1-based, document_ready(object path:
        a str, sent as an object so that a non-UTF-8 name keeps its bytes)
    """

    status_message = Signal(str)
    page_changed = Signal(int)
    document_ready = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Document preview"))
        self._document = QPdfDocument(self)
        # The find bar's search; the opened terms have one model each (QPdfSearchModel
        # takes one string), reused across documents so that re-jumping costs nothing.
        self._search = QPdfSearchModel(self)
        self._search.setDocument(self._document)
        self._term_models: list[QPdfSearchModel] = []
        self._primary: QPdfSearchModel | None = None  # the term of the first hit on the page
        self._finding = False  # the find bar's text, not the opened terms, is highlighted
        self._probe = PdfProbe(self)
        self._probe.finished.connect(self._on_probe_finished)
        self._request: _Request | None = None
        self._state = _State.EMPTY
        self._probe_password = ""
        self._hit_index = -1
        self._hit_anchor: tuple[int, int] | None = None  # (0-based page, n-th hit on it)
        self._all_hits: list[QPdfLink] | None = None
        self._jump_serial = 0
        # A member timer (not a bare singleShot lambda) dies with the widget.
        self._restore_target = (0, -1)
        self._restore_timer = QTimer(self)
        self._restore_timer.setSingleShot(True)
        self._restore_timer.setInterval(0)
        self._restore_timer.timeout.connect(self._restore_page)

        self._actions: dict[str, QAction] = {}
        self._toolbar = self._build_toolbar()
        self._find_bar = _FindBar(self)
        self._find_bar.hide()
        self._find_bar.text_changed.connect(self._on_find_text)
        self._find_bar.next_requested.connect(self.next_hit)
        self._find_bar.previous_requested.connect(self.previous_hit)
        self._find_bar.closed.connect(self.close_find_bar)

        self._stack = QStackedWidget(self)
        self._empty_label = self._centred_label(self.tr("Select a document to preview it."))
        self._loading_label = self._centred_label(self.tr("Loading…"))
        self._stack.addWidget(self._empty_label)
        self._stack.addWidget(self._loading_label)
        self._stack.addWidget(self._build_view_page())
        self._stack.addWidget(self._build_message_page())
        self._stack.addWidget(self._build_password_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._toolbar)
        layout.addWidget(self._find_bar)
        layout.addWidget(self._stack, 1)
        self._set_state(_State.EMPTY)

    # ---- public API -------------------------------------------------------------------

    def open_document(
        self,
        path: str,
        page: int = 1,
        terms: Sequence[str] = (),
        *,
        allow_risky: bool = False,
        trusted: bool = False,
        blocked_reason: str = "",
        detail: str = "",
    ) -> None:
        """Show ``path`` on 1-based ``page`` with every occurrence of ``terms`` highlighted.

        ``terms`` are words as written on the page ("Bjørn", "planene"). Re-opening the
        open file only jumps and highlights. ``trusted`` (the indexer read the file fine)
        loads in this process at once; other files are probed in a child process first.
        ``blocked_reason`` (e.g. "timed out while indexing") shows that reason with an
        "Open anyway" button instead of opening; ``allow_risky`` opens regardless.
        ``detail`` (what the indexer found wrong, in the UI language) is shown under the
        preview's own message should the file not open.
        """
        clean = tuple(t.strip() for t in terms if t.strip())
        request = _Request(path, page, clean, allow_risky, trusted, detail)
        current = self._request
        if current is not None and current.path == path:
            if self._state == _State.VIEW:
                self._request = replace(current, page=page, terms=clean)
                self._apply_target(page, clean)
                return
            if self._state in (_State.LOADING, _State.PASSWORD) and not allow_risky:
                # Still waiting for the probe or the password: aim at the new target.
                self._request = replace(current, page=page, terms=clean)
                return
        self._start(request, blocked_reason)

    def show_page(self, page: int) -> None:
        """Scroll to 1-based ``page`` (clamped to the document)."""
        if self._state != _State.VIEW:
            if self._request is not None:
                self._request = replace(self._request, page=page)
            return
        self._jump(self._clamp(page) - 1)

    def current_page(self) -> int:
        """1-based page at the top of the view, 0 with no document."""
        if self._state != _State.VIEW:
            return 0
        return self._view.pageNavigator().currentPage() + 1

    def page_count(self) -> int:
        return self._document.pageCount() if self._state == _State.VIEW else 0

    def clear(self) -> None:
        """Close the document and show the empty state."""
        self._probe.cancel()
        self._request = None
        self._probe_password = ""
        self._close_document()
        self._set_state(_State.EMPTY)

    # QWidget.find(int) is a static lookup by window id nobody calls on a preview; the
    # agreed API names the in-document find `find`.
    def find(self, text: str) -> int:  # type: ignore[override]
        """Highlight every occurrence of ``text``, go to the first at or after the current
        page, and return the number of hits in the whole document."""
        if self._state != _State.VIEW:
            return 0
        if self._find_bar.edit.text() != text:
            self._find_bar.edit.setText(text)
        self._finding = bool(text.strip())
        if self._search.searchString() != text.strip():
            self._search.setSearchString(text.strip())
            self._forget_hits()
        self._activate()
        hits = self._hits()
        if not hits:
            self._update_hit_label()
            if text.strip():
                self.status_message.emit(fill(self.tr("No matches for “%1”"), text))
            return 0
        here = self._view.pageNavigator().currentPage()
        index = next((i for i, link in enumerate(hits) if link.page() >= here), 0)
        self._go_to_hit(index)
        return len(hits)

    # ---- extras for the window and tests ------------------------------------------------

    @property
    def probe(self) -> PdfProbe:
        """The child-process prober (set_command / set_timeout for tests and frozen apps)."""
        return self._probe

    def search_model(self) -> QPdfSearchModel:
        """The find bar's model while finding, else the opened term whose hit comes first
        on the target page (every term's hits are highlighted, see highlighted_terms)."""
        if self._finding or self._primary is None:
            return self._search
        return self._primary

    def search_string(self) -> str:
        return self.search_model().searchString()

    def highlighted_terms(self) -> tuple[str, ...]:
        """The words whose hits are painted now."""
        return tuple(m.searchString() for m in self._view.highlight_models())

    def highlight_rects(self, page: int) -> dict[str, list[QRectF]]:
        """Per highlighted word, its rectangles on 1-based ``page`` in the coordinates of
        the view's viewport (empty when the page is not laid out)."""
        if self._state != _State.VIEW:
            return {}
        return self._view.hit_rects(page - 1)

    def page_rect(self, page: int) -> QRectF:
        """1-based ``page``'s area in the coordinates of the view's viewport."""
        return self._view.page_rect(page - 1) if self._state == _State.VIEW else QRectF()

    def effective_zoom(self) -> float:
        """The zoom on screen (1.0: 100 %), also in the fit modes."""
        return self._view.effective_zoom()

    def current_hit(self) -> int:
        """0-based index of the selected hit among all hits, -1 when none is selected."""
        return self._hit_index

    def state_name(self) -> str:
        """ "empty", "loading", "view", "message" or "password"."""
        return self._state.name.lower()

    def message_text(self) -> str:
        """The text on the message page (errors, unsafe files)."""
        return self._message_label.text()

    def set_sidebar_visible(self, visible: bool) -> None:
        self._actions["sidebar"].setChecked(visible)

    def open_find_bar(self) -> None:
        self._find_bar.show()
        self._find_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._find_bar.edit.selectAll()

    def close_find_bar(self) -> None:
        """Hide the find bar and bring back the highlighting of the opened terms."""
        self._find_bar.hide()
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._finding:
            self._finding = False
            self._activate()
            self._update_hit_label()

    def next_hit(self) -> None:
        self._step_hit(1)

    def previous_hit(self) -> None:
        self._step_hit(-1)

    # ---- building ----------------------------------------------------------------------

    def _action(
        self,
        key: str,
        icon: str,
        text: str,
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
        checkable: bool = False,
    ) -> QAction:
        action = QAction(action_icon(icon, self.palette()), text, self)
        keys = [QKeySequence(s) for s in shortcuts]
        if keys:
            action.setShortcuts(keys)
            # Only while the focus is in the preview: the window keeps its own keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shown})")
        action.setCheckable(checkable)
        self.addAction(action)
        self._actions[key] = action
        return action

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self)
        toolbar.setAccessibleName(self.tr("Preview toolbar"))
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        sidebar = self._action("sidebar", "sidebar", self.tr("Outline and pages"), ["F9"], True)
        sidebar.toggled.connect(self._on_sidebar_toggled)
        toolbar.addAction(sidebar)
        toolbar.addSeparator()
        previous = self._action(
            "previous", "page-previous", self.tr("Previous page"), [QKeySequence("PgUp")]
        )
        previous.triggered.connect(lambda: self._step_page(-1))
        toolbar.addAction(previous)
        self._page_selector = QPdfPageSelector(toolbar)
        self._page_selector.setDocument(self._document)
        self._page_selector.setAccessibleName(self.tr("Page number"))
        self._page_selector.setToolTip(self.tr("Page number"))
        self._page_selector.currentPageChanged.connect(self._on_selector_page)
        toolbar.addWidget(self._page_selector)
        self._count_label = QLabel(toolbar)
        self._count_label.setAccessibleName(self.tr("Page count"))
        self._count_label.setContentsMargins(4, 0, 4, 0)
        toolbar.addWidget(self._count_label)
        following = self._action(
            "next", "page-next", self.tr("Next page"), [QKeySequence("PgDown")]
        )
        following.triggered.connect(lambda: self._step_page(1))
        toolbar.addAction(following)
        toolbar.addSeparator()
        zoom_out = self._action(
            "zoom_out", "zoom-out", self.tr("Zoom out"), [QKeySequence.StandardKey.ZoomOut]
        )
        zoom_out.triggered.connect(lambda: self._step_zoom(-1))
        toolbar.addAction(zoom_out)
        zoom_in = self._action(
            "zoom_in",
            "zoom-in",
            self.tr("Zoom in"),
            [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
        )
        zoom_in.triggered.connect(lambda: self._step_zoom(1))
        toolbar.addAction(zoom_in)
        group = QActionGroup(self)
        fit_width = self._action("fit_width", "fit-width", self.tr("Fit width"), ["Ctrl+0"], True)
        fit_page = self._action("fit_page", "fit-page", self.tr("Fit page"), ["Ctrl+9"], True)
        for action, mode in (
            (fit_width, QPdfView.ZoomMode.FitToWidth),
            (fit_page, QPdfView.ZoomMode.FitInView),
        ):
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, m=mode: self._view.setZoomMode(m))
            toolbar.addAction(action)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        fit_width.setChecked(True)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        find = self._action("find", "find", self.tr("Find in document"))
        find.setToolTip(fill(self.tr("Find in document (%1)"), self._key_text("Find")))
        find.triggered.connect(self.open_find_bar)
        toolbar.addAction(find)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None and action.text():
                button.setAccessibleName(action.text())
        return toolbar

    def _key_text(self, which: str) -> str:
        key = {
            "Find": QKeySequence(QKeySequence.StandardKey.Find),
        }[which]
        return key.toString(QKeySequence.SequenceFormat.NativeText)

    def _build_view_page(self) -> QWidget:
        self._view = HighlightingPdfView(self)
        self._view.setAccessibleName(self.tr("Document pages"))
        self._view.setDocument(self._document)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._view.viewport().installEventFilter(self)
        self._view.pageNavigator().currentPageChanged.connect(self._on_page_changed)
        self._view.zoomModeChanged.connect(self._on_zoom_mode_changed)

        self._sidebar = QTabWidget(self)
        self._sidebar.setAccessibleName(self.tr("Outline and pages"))
        self._sidebar.setDocumentMode(True)
        self._bookmarks = QPdfBookmarkModel(self)
        self._bookmarks.setDocument(self._document)
        self._outline = QTreeView(self._sidebar)
        self._outline.setModel(self._bookmarks)
        self._outline.setHeaderHidden(True)
        self._outline.setAccessibleName(self.tr("Outline"))
        self._outline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._outline.activated.connect(self._on_bookmark)
        self._outline.clicked.connect(self._on_bookmark)
        self._thumbnails = ThumbnailModel(self._document, self)
        self._pages = QListView(self._sidebar)
        self._pages.setModel(self._thumbnails)
        self._pages.setAccessibleName(self.tr("Pages"))
        self._pages.setViewMode(QListView.ViewMode.IconMode)
        self._pages.setFlow(QListView.Flow.TopToBottom)
        self._pages.setWrapping(False)
        self._pages.setMovement(QListView.Movement.Static)
        self._pages.setResizeMode(QListView.ResizeMode.Adjust)
        self._pages.setIconSize(QSize(THUMB_WIDTH, THUMB_WIDTH * 3 // 2))
        self._pages.setSpacing(6)
        self._pages.setUniformItemSizes(False)
        self._pages.setBackgroundRole(QPalette.ColorRole.Mid)
        self._pages.setStyleSheet("QListView { background: palette(mid); }")
        self._pages.activated.connect(lambda index: self.show_page(index.row() + 1))
        self._pages.clicked.connect(lambda index: self.show_page(index.row() + 1))
        self._sidebar.addTab(self._outline, self.tr("Outline"))
        self._sidebar.addTab(self._pages, self.tr("Pages"))
        self._sidebar.setMinimumWidth(THUMB_WIDTH + 40)
        self._sidebar.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._sidebar)
        splitter.addWidget(self._view)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([THUMB_WIDTH + 60, 600])
        return splitter

    def _centred_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setEnabled(False)  # greyed: a placeholder, not content
        return label

    def _build_message_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self._message_icon = QLabel(page)
        self._message_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message_icon.setPixmap(action_icon("warning", self.palette()).pixmap(32, 32))
        self._message_label = QLabel(page)
        self._message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message_label.setWordWrap(True)
        self._message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message_label.setAccessibleName(self.tr("Message"))
        self._open_anyway = QPushButton(self.tr("Open anyway"), page)
        self._open_anyway.setToolTip(
            self.tr("Open the file in this window although it may make the program hang")
        )
        self._open_anyway.clicked.connect(self._on_open_anyway)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._open_anyway)
        row.addStretch(1)
        layout.addWidget(self._message_icon)
        layout.addWidget(self._message_label)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.setContentsMargins(24, 24, 24, 24)
        return page

    def _build_password_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        icon = QLabel(page)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setPixmap(action_icon("lock", self.palette()).pixmap(32, 32))
        self._password_label = QLabel(page)
        self._password_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._password_label.setWordWrap(True)
        self._password_edit = QLineEdit(page)
        self._password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._password_edit.setPlaceholderText(self.tr("Password"))
        self._password_edit.setAccessibleName(self.tr("Password"))
        self._password_edit.setMaximumWidth(260)
        self._password_edit.returnPressed.connect(self._on_password_entered)
        self._password_button = QPushButton(self.tr("Unlock"), page)
        self._password_button.clicked.connect(self._on_password_entered)
        self._password_error = QLabel(page)
        self._password_error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._password_error.setAccessibleName(self.tr("Password error"))
        self._password_error.setStyleSheet("color: #c0392b;")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._password_edit)
        row.addWidget(self._password_button)
        row.addStretch(1)
        layout.addWidget(icon)
        layout.addWidget(self._password_label)
        layout.addLayout(row)
        layout.addWidget(self._password_error)
        layout.addStretch(1)
        return page

    # ---- opening -------------------------------------------------------------------------

    def _start(self, request: _Request, blocked_reason: str = "") -> None:
        self._probe.cancel()
        self._close_document()
        self._request = request
        self._probe_password = ""
        name = os.path.basename(request.path)
        if not os.path.isfile(request.path):
            self._show_message(
                fill(self.tr("“%1” could not be opened: the file was not found."), name)
            )
            return
        if blocked_reason and not request.allow_risky:
            self._show_unsafe(blocked_reason)
            return
        if request.trusted or request.allow_risky:
            self._load("")
            return
        cached = self._probe.cached(request.path)
        if cached is not None:
            self._on_probe_result(cached)
            return
        self._set_state(_State.LOADING)
        self.status_message.emit(fill(self.tr("Opening “%1”…"), name))
        self._probe.start(request.path, request.page - 1)

    def _on_probe_finished(self, path: str, result: ProbeResult) -> None:
        if self._request is None or path != self._request.path or self._state != _State.LOADING:
            return
        self._on_probe_result(result)

    def _on_probe_result(self, result: ProbeResult) -> None:
        password, self._probe_password = self._probe_password, ""
        if result.kind == "ok":
            self._load(password)
        elif result.kind == "password":
            self._ask_password(wrong=bool(password))
        elif result.kind == "error":
            self._show_load_error(result.detail)
        elif result.kind == "timeout":
            seconds = max(1, round(self._probe.timeout_ms() / 1000))
            self._show_unsafe(
                self.tr("the PDF engine did not finish reading it within %n second(s)", "", seconds)
            )
        else:
            self._show_unsafe(self.tr("the PDF engine stopped while reading it"))

    def _load(self, password: str) -> None:
        request = self._request
        if request is None:
            return
        self._document.setPassword(password)
        error = self._document.load(openable_path(request.path))
        # The engine needs the password only while loading: do not keep it around.
        self._document.setPassword("")
        if error == QPdfDocument.Error.IncorrectPassword:
            self._ask_password(wrong=bool(password))
            return
        if error != QPdfDocument.Error.None_:
            self._show_load_error(error.name)
            return
        if self._document.pageCount() <= 0:
            self._close_document()
            self._show_load_error("NoPages")
            return
        self._set_state(_State.VIEW)
        self._count_label.setText(
            fill(self.tr("of %1"), QLocale().toString(self._document.pageCount()))
        )
        has_outline = self._bookmarks.rowCount(QModelIndex()) > 0
        self._sidebar.setTabEnabled(0, has_outline)
        self._sidebar.setCurrentIndex(0 if has_outline else 1)
        self._apply_target(request.page, request.terms)
        self.document_ready.emit(request.path)

    def _ask_password(self, *, wrong: bool) -> None:
        request = self._request
        if request is None:
            return
        self._close_document()
        self._password_label.setText(
            fill(self.tr("“%1” is protected by a password."), os.path.basename(request.path))
        )
        self._password_error.setText(self.tr("Wrong password. Please try again.") if wrong else "")
        self._password_edit.clear()
        self._set_state(_State.PASSWORD)
        self._password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if wrong:
            self.status_message.emit(self.tr("Wrong password"))

    def _on_password_entered(self) -> None:
        request = self._request
        password = self._password_edit.text()
        self._password_edit.clear()
        if request is None or self._state != _State.PASSWORD or not password:
            return
        if request.trusted or request.allow_risky:
            self._load(password)
            return
        self._probe_password = password
        self._set_state(_State.LOADING)
        self._probe.start(request.path, request.page - 1, password)

    def _on_open_anyway(self) -> None:
        if self._request is not None:
            self._start(replace(self._request, allow_risky=True))

    def _close_document(self) -> None:
        self._all_hits = None
        self._hit_index = -1
        self._hit_anchor = None
        self._primary = None
        self._finding = False
        self._view.set_highlight_models(())
        self._view.set_current_hit(None)
        if self._document.status() != QPdfDocument.Status.Null:
            for model in (self._search, *self._term_models):
                model.setSearchString("")
            self._document.close()

    def _show_load_error(self, error: str) -> None:
        """``error``: QPdfDocument.Error's name, or "NoPages" (core.messages.ENGINE_ERRORS)."""
        reason = engine_error_text(error)
        name = os.path.basename(self._request.path) if self._request else ""
        self._show_message(fill(self.tr("“%1” could not be opened: %2."), name, reason))

    def _show_unsafe(self, reason: str) -> None:
        name = os.path.basename(self._request.path) if self._request else ""
        text = (
            fill(self.tr("“%1” could not be opened safely: %2."), name, reason)
            + "\n"
            + self.tr("Opening it anyway may make vtviewer stop responding.")
        )
        self._show_message(text, offer_open_anyway=True)

    def _show_message(self, text: str, *, offer_open_anyway: bool = False) -> None:
        self._close_document()
        status = text.splitlines()[0]
        detail = self._request.detail if self._request is not None else ""
        if detail and detail not in text:
            # The indexer's finding is more specific than the engine's error codes.
            found = fill(self.tr("When indexing: %1"), detail)
            text += "\n" + found
            status += " " + found
        self._message_label.setText(text)
        self._open_anyway.setVisible(offer_open_anyway)
        self._set_state(_State.MESSAGE)
        self.status_message.emit(status)

    def _set_state(self, state: _State) -> None:
        self._state = state
        self._stack.setCurrentIndex(int(state))
        # Focusing the preview (Tab, the window's Enter) lands where the keys are useful.
        proxy: QWidget | None = {
            _State.VIEW: self._view,
            _State.PASSWORD: self._password_edit,
            _State.MESSAGE: self._open_anyway,
        }.get(state)
        # The stacked widget holds the focus when nothing inside can take keys.
        self.setFocusProxy(proxy if proxy is not None and proxy.isVisibleTo(self) else self._stack)
        in_view = state == _State.VIEW
        for key, action in self._actions.items():
            action.setEnabled(in_view or key == "sidebar")
        self._page_selector.setEnabled(in_view)
        if not in_view:
            # The selector keeps the last document's page number after it closes: with
            # no document on screen it shows none.
            spin = self._page_selector.findChild(QSpinBox)
            if spin is not None:
                spin.clear()
            self._count_label.setText("")
            self._find_bar.hide()

    # ---- target page and hits -------------------------------------------------------------

    def _clamp(self, page: int) -> int:
        return min(max(page, 1), max(self._document.pageCount(), 1))

    def _set_terms(self, terms: Sequence[str]) -> list[QPdfSearchModel]:
        """One search model per term (case-insensitive duplicates dropped), reusing the
        models that already search a wanted term; the rest are emptied."""
        wanted: list[str] = []
        for term in terms:
            if term.casefold() not in {w.casefold() for w in wanted}:
                wanted.append(term)
        by_string = {m.searchString(): m for m in self._term_models if m.searchString()}
        chosen: dict[str, QPdfSearchModel] = {t: by_string[t] for t in wanted if t in by_string}
        spare = [m for m in self._term_models if m not in chosen.values()]
        models: list[QPdfSearchModel] = []
        for term in wanted:
            model = chosen.get(term)
            if model is None:
                if spare:
                    model = spare.pop(0)
                else:
                    model = QPdfSearchModel(self)
                    model.setDocument(self._document)
                    self._term_models.append(model)
                # Searches the other pages in the background, a page per event-loop turn.
                model.setSearchString(term)
            models.append(model)
        for model in spare:
            if model.searchString():
                model.setSearchString("")
        return models

    def _activate(self) -> None:
        """Point the view's highlighting at the find text or the opened terms; forget the
        selected hit, which belonged to the previous set."""
        if self._finding:
            models = [self._search]
        else:
            models = [m for m in self._term_models if m.searchString()]
        if list(self._view.highlight_models()) != models:
            self._forget_hits()
            self._view.set_highlight_models(models)

    def _forget_hits(self) -> None:
        self._all_hits = None
        self._hit_index = -1
        self._hit_anchor = None
        self._view.set_current_hit(None)

    def _apply_target(self, page: int, terms: Sequence[str]) -> None:
        target = self._clamp(page) - 1
        models = self._set_terms(terms)
        # Reading order on the target page is cheap to get; the hit's index among all
        # hits is not (it needs every page searched), so it is worked out when stepping.
        on_page = _reading_order([link for m in models for link in m.resultsOnPage(target)])
        first = on_page[0] if on_page else None
        self._primary = None
        if first is not None:
            self._primary = next(
                m for m in models if any(_same(first, link) for link in m.resultsOnPage(target))
            )
        elif models:
            self._primary = max(models, key=lambda m: len(m.searchString()))
        self._activate()
        # Re-opening with the same terms keeps the models, and so the stale step state.
        self._forget_hits()
        if first is not None:
            self._hit_anchor = (target, 0)
            self._jump(target, first.location().y())
        else:
            self._jump(target)
        self._update_hit_label()

    def _hits(self) -> list[QPdfLink]:
        """Every highlighted hit in reading order (searches all pages)."""
        if self._all_hits is None:
            models = [m for m in self._view.highlight_models() if m.searchString()]
            self._all_hits = [
                link
                for page in range(self._document.pageCount())
                for link in _reading_order([link for m in models for link in m.resultsOnPage(page)])
            ]
        return self._all_hits

    def _step_hit(self, step: int) -> None:
        if self._state != _State.VIEW:
            return
        if self._find_bar.isVisible():
            self._find_bar.flush()
        hits = self._hits()
        if not hits:
            return
        if self._hit_index < 0 and self._hit_anchor is not None:
            page, nth = self._hit_anchor
            first_on_page = next((i for i, link in enumerate(hits) if link.page() == page), 0)
            current = first_on_page + nth
            self._go_to_hit((current + step) % len(hits))
            return
        if self._hit_index < 0:
            here = self._view.pageNavigator().currentPage()
            after = [i for i, link in enumerate(hits) if link.page() >= here]
            start = after[0] if after else 0
            self._go_to_hit(start if step > 0 else (start - 1) % len(hits))
            return
        self._go_to_hit((self._hit_index + step) % len(hits))

    def _go_to_hit(self, index: int) -> None:
        hits = self._hits()
        if not 0 <= index < len(hits):
            return
        link = hits[index]
        self._hit_index = index
        self._hit_anchor = None
        self._view.set_current_hit(link)
        self._jump(link.page(), link.location().y())
        self._update_hit_label()

    def _update_hit_label(self) -> None:
        label = self._find_bar.count_label
        if self._all_hits is None or not self._view.highlight_models():
            label.setText("")
            return
        total = len(self._all_hits)
        if total == 0:
            label.setText(self.tr("No matches"))
        elif self._hit_index < 0:
            label.setText(self.tr("%Ln match(es)", "", total))
        else:
            label.setText(fill(self.tr("hit %1 of %2"), str(self._hit_index + 1), str(total)))

    def _on_find_text(self, text: str) -> None:
        count = self.find(text)
        if text.strip():
            self.status_message.emit(self.tr("%Ln match(es) in the document", "", count))

    # ---- navigation and zoom -----------------------------------------------------------

    def _step_page(self, step: int) -> None:
        if self._state == _State.VIEW:
            self.show_page(self.current_page() + step)

    def _on_selector_page(self, page: int) -> None:
        if self._state == _State.VIEW and page != self._view.pageNavigator().currentPage():
            self.show_page(page + 1)

    def _on_page_changed(self, page: int) -> None:
        if self._page_selector.currentPage() != page:
            self._page_selector.blockSignals(True)
            self._page_selector.setCurrentPage(page)
            self._page_selector.blockSignals(False)
        self._actions["previous"].setEnabled(self._state == _State.VIEW and page > 0)
        self._actions["next"].setEnabled(
            self._state == _State.VIEW and page < self._document.pageCount() - 1
        )
        if self._state == _State.VIEW:
            if self._sidebar.isVisible():
                self._pages.setCurrentIndex(self._thumbnails.index(page, 0))
            self.page_changed.emit(page + 1)

    def _step_zoom(self, step: int) -> None:
        if self._state != _State.VIEW:
            return
        # From a fit mode zoomFactor is stale: start from the zoom on screen, and make the
        # first step a visible one (fit width often sits just below a step).
        current = self._view.effective_zoom()
        if step > 0:
            factor = next((z for z in ZOOM_STEPS if z >= current * MIN_ZOOM_STEP), ZOOM_STEPS[-1])
        else:
            factor = next(
                (z for z in reversed(ZOOM_STEPS) if z <= current / MIN_ZOOM_STEP), ZOOM_STEPS[0]
            )
        self._view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._view.setZoomFactor(factor)
        self.status_message.emit(fill(self.tr("Zoom %1%"), str(round(factor * 100))))

    def _jump(self, page: int, y: float | None = None) -> None:
        """Scroll to 0-based ``page``; to a little above ``y`` (points) when given."""
        self._jump_serial += 1
        navigator = self._view.pageNavigator()
        # Some context above a hit, so the line is not glued to the top edge.
        location = QPointF() if y is None else QPointF(0, max(0.0, y - 36))
        navigator.jump(page, location, navigator.currentZoom())

    def _restore_page(self) -> None:
        page, serial = self._restore_target
        navigator = self._view.pageNavigator()
        if (
            self._state == _State.VIEW
            and serial == self._jump_serial
            and navigator.currentPage() != page
        ):
            self._jump(page)

    def _on_zoom_mode_changed(self, mode: QPdfView.ZoomMode) -> None:
        self._actions["fit_width"].setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self._actions["fit_page"].setChecked(mode == QPdfView.ZoomMode.FitInView)

    def _on_sidebar_toggled(self, visible: bool) -> None:
        self._sidebar.setVisible(visible)
        self._thumbnails.set_device_pixel_ratio(self.devicePixelRatioF())

    def _on_bookmark(self, index: QModelIndex) -> None:
        if self._state != _State.VIEW or not index.isValid():
            return
        page = index.data(int(QPdfBookmarkModel.Role.Page))
        location = index.data(int(QPdfBookmarkModel.Role.Location))
        if not isinstance(page, int) or page < 0:
            return
        self._jump(page, location.y() if isinstance(location, QPointF) else None)

    # ---- keys ----------------------------------------------------------------------------

    def _own_key(self, event: QKeyEvent) -> str:
        """Keys the preview claims while it has focus, even if the window binds them too."""
        if event.matches(QKeySequence.StandardKey.Find):
            return "find"
        if event.matches(QKeySequence.StandardKey.FindNext) or (
            event.key() == Qt.Key.Key_F3 and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            return "next"
        if event.matches(QKeySequence.StandardKey.FindPrevious) or (
            event.key() == Qt.Key.Key_F3 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        ):
            return "previous"
        if event.key() == Qt.Key.Key_Escape and self._find_bar.isVisible():
            return "close"
        return ""

    def event(self, event: QEvent) -> bool:
        # A window-wide Ctrl+F (focus the search field) would make the preview's Ctrl+F
        # ambiguous; accepting the override turns it into a key press that reaches us.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._state == _State.VIEW
            and self._own_key(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = self._own_key(event) if self._state == _State.VIEW else ""
        if key == "find":
            self.open_find_bar()
        elif key == "next":
            self.next_hit()
        elif key == "previous":
            self.previous_hit()
        elif key == "close":
            self.close_find_bar()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._state == _State.VIEW:
            # In the fit modes a resize rescales every page but keeps the scroll offset in
            # pixels, which lands on another page: go back to the page that was on top.
            page = self._view.pageNavigator().currentPage()
            if self._view.zoomMode() != QPdfView.ZoomMode.Custom:
                self._restore_target = (page, self._jump_serial)
                self._restore_timer.start()
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta:
                self._step_zoom(1 if delta > 0 else -1)
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._thumbnails.set_device_pixel_ratio(self.devicePixelRatioF())


def _same(a: QPdfLink, b: QPdfLink) -> bool:
    return a.page() == b.page() and a.rectangles() == b.rectangles()


def _reading_order(links: list[QPdfLink]) -> list[QPdfLink]:
    """Hits on one page, line by line from the top, left to right within a line.

    Words on one line have different glyph boxes ("Bjørn" is taller than "bjoern"), so a
    hit joins the line above when its centre lies within half that line's height.
    """

    def box(link: QPdfLink) -> QRectF:
        rects = link.rectangles()
        return rects[0] if rects else QRectF(link.location(), link.location())

    lines: list[list[QPdfLink]] = []
    line_box = QRectF()
    for link in sorted(links, key=lambda link: box(link).center().y()):
        rect = box(link)
        if lines and abs(rect.center().y() - line_box.center().y()) <= line_box.height() / 2:
            lines[-1].append(link)
        else:
            lines.append([link])
            line_box = rect
    return [link for line in lines for link in sorted(line, key=lambda link: box(link).x())]
