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
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent, QWheelEvent
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QLabel, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

from vtviewer.gui.messages import engine_error_text, fill
from vtviewer.gui.preview_find_bar import FindBar
from vtviewer.gui.preview_hits import PreviewHits
from vtviewer.gui.preview_notices import MessagePage, PasswordPage
from vtviewer.gui.preview_pages import PreviewPages
from vtviewer.gui.preview_print import PrintJob, page_range, print_dialog
from vtviewer.gui.preview_probe import PdfProbe, ProbeResult
from vtviewer.gui.preview_text import PreviewText
from vtviewer.gui.preview_toolbar import PreviewToolbar
from vtviewer.paths import openable_path

log = logging.getLogger(__name__)

#: Zoom steps for zoom in/out, as in most PDF viewers.
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 5.0)
#: A zoom step changes the size by at least this ratio.
MIN_ZOOM_STEP = 1.08


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
        self._probe = PdfProbe(self)
        self._probe.finished.connect(self._on_probe_finished)
        self._request: _Request | None = None
        self._state = _State.EMPTY
        self._probe_password = ""
        self._jump_serial = 0
        # A member timer (not a bare singleShot lambda) dies with the widget.
        self._restore_target = (0, -1)
        self._restore_timer = QTimer(self)
        self._restore_timer.setSingleShot(True)
        self._restore_timer.setInterval(0)
        self._restore_timer.timeout.connect(self._restore_page)

        self.toolbar = PreviewToolbar(self, self._document)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.find_bar.text_changed.connect(self._on_find_text)
        self.find_bar.next_requested.connect(self.next_hit)
        self.find_bar.previous_requested.connect(self.previous_hit)
        self.find_bar.closed.connect(self.close_find_bar)

        self.pages = PreviewPages(self._document, self)
        self._view = self.pages.view
        self._view.viewport().installEventFilter(self)
        self._view.pageNavigator().currentPageChanged.connect(self._on_page_changed)
        self._view.zoomModeChanged.connect(self._on_zoom_mode_changed)
        self.pages.page_requested.connect(self.show_page)
        self.pages.bookmark_chosen.connect(self._on_bookmark)
        self.pages.continuous.connect(self._on_continuous)
        self._marks = PreviewHits(
            self._document, self._view, self.find_bar.count_label, self._jump, self
        )
        self.text = PreviewText(self._document, self._view, self._open_path, self)
        self.text.status_message.connect(self.status_message)
        self.text.print_requested.connect(self.print_document)
        self._print_job: PrintJob | None = None
        self.message_page = MessagePage(self)
        self.message_page.open_anyway_requested.connect(self._on_open_anyway)
        self.password_page = PasswordPage(self)
        self.password_page.entered.connect(self._on_password_entered)
        self._connect_toolbar()

        self._stack = QStackedWidget(self)
        self._empty_label = self._centred_label(self.tr("Select a document to preview it."))
        self._loading_label = self._centred_label(self.tr("Loading…"))
        self._stack.addWidget(self._empty_label)
        self._stack.addWidget(self._loading_label)
        self._stack.addWidget(self.pages)
        self._stack.addWidget(self.message_page)
        self._stack.addWidget(self.password_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.find_bar)
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
                self._marks.apply_target(self._clamp(page) - 1, clean)
                return
            if self._state in (_State.LOADING, _State.PASSWORD) and not allow_risky:
                # Still waiting for the probe or the password: aim at the new target.
                self._request = replace(current, page=page, terms=clean)
                return
        self._start(request, blocked_reason)

    def show_recognised_hits(self, path: str, boxes: dict[int, list[QRectF]]) -> None:
        """Highlight ``boxes`` (per 0-based page, fractions of the page) on the scanned
        pages of ``path``, if it is still the file shown: hits QtPdf cannot find."""
        if self._request is not None and self._request.path == path:
            self._view.set_word_boxes(boxes)
            if self._state == _State.VIEW:
                self._jump_to_words()

    def _jump_to_words(self) -> None:
        """On a scanned target page QtPdf finds nothing to jump to: go to the first word
        box there instead (the top one)."""
        request = self._request
        if request is None:
            return
        page = self._clamp(request.page) - 1
        boxes = self._view.word_boxes().get(page)
        geometry = self._view.page_geometries().get(page)
        if boxes and geometry is not None:
            # Scrolled to directly: the page navigator takes the page, not a place on it.
            top = geometry.top() + min(box.y() for box in boxes) * geometry.height()
            context = 36 * geometry.height() / max(1.0, self._document.pagePointSize(page).height())
            self._view.verticalScrollBar().setValue(int(max(0.0, top - context)))

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

    def current_path(self) -> str:
        """The file shown (or being opened), "" with none."""
        return self._request.path if self._request is not None else ""

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
        if self.find_bar.edit.text() != text:
            self.find_bar.edit.setText(text)
        self._marks.set_find_text(text)
        hits = self._marks.hits()
        if not hits:
            self._marks.update_label()
            if text.strip():
                self.status_message.emit(fill(self.tr("No matches for “%1”"), text))
            return 0
        here = self._view.pageNavigator().currentPage()
        index = next((i for i, link in enumerate(hits) if link.page() >= here), 0)
        self._marks.go_to(index)
        return len(hits)

    # ---- extras for the window and tests ------------------------------------------------

    @property
    def probe(self) -> PdfProbe:
        """The child-process prober (set_command / set_timeout for tests and frozen apps)."""
        return self._probe

    def search_model(self) -> QPdfSearchModel:
        """The find bar's model while finding, else the opened term whose hit comes first
        on the target page (every term's hits are highlighted, see highlighted_terms)."""
        if self._marks.finding or self._marks.primary is None:
            return self._marks.search
        return self._marks.primary

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
        return self._marks.index

    def state_name(self) -> str:
        """ "empty", "loading", "view", "message" or "password"."""
        return self._state.name.lower()

    def message_text(self) -> str:
        """The text on the message page (errors, unsafe files)."""
        return self.message_page.label.text()

    def set_sidebar_visible(self, visible: bool) -> None:
        self.toolbar.action("sidebar").setChecked(visible)

    def open_find_bar(self) -> None:
        self.find_bar.show()
        self.find_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_bar.edit.selectAll()

    def close_find_bar(self) -> None:
        """Hide the find bar and bring back the highlighting of the opened terms."""
        self.find_bar.hide()
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._marks.finding:
            self._marks.finding = False
            self._marks.activate()
            self._marks.update_label()

    def next_hit(self) -> None:
        self._step_hit(1)

    def previous_hit(self) -> None:
        self._step_hit(-1)

    def print_pages(self, printer: QPrinter, first: int, last: int) -> PrintJob | None:
        """Print 1-based pages ``first``..``last`` on ``printer`` (page by page, in the
        background of the event loop); None when nothing is open or a job still runs."""
        if self._state != _State.VIEW or self._print_job is not None:
            return None
        job = PrintJob(self._document, printer, first, last, self)
        self._print_job = job
        job.progress.connect(self._on_print_progress)
        job.finished.connect(self._on_print_finished)
        job.start()
        return job

    def print_document(self) -> None:
        """Ask which pages to print and on which printer, then print them."""
        if self._state != _State.VIEW or self._print_job is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self._request is not None:
            printer.setDocName(os.path.basename(self._request.path))
        dialog = print_dialog(printer, self.current_page(), self.page_count(), self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        first, last = page_range(dialog, self.current_page(), self.page_count())
        self.print_pages(printer, first, last)

    def _on_print_progress(self, done: int, total: int) -> None:
        self.status_message.emit(fill(self.tr("Printing page %1 of %2…"), str(done), str(total)))

    def _on_print_finished(self, ok: bool) -> None:
        job, self._print_job = self._print_job, None
        if job is not None:
            job.deleteLater()
        self.status_message.emit(self.tr("Printed") if ok else self.tr("Printing failed"))

    def _open_path(self) -> str:
        return (
            self._request.path if self._request is not None and self._state == _State.VIEW else ""
        )

    # ---- building ----------------------------------------------------------------------

    def _connect_toolbar(self) -> None:
        toolbar = self.toolbar
        toolbar.action("sidebar").toggled.connect(self.pages.set_sidebar_visible)
        toolbar.action("previous").triggered.connect(lambda: self._step_page(-1))
        toolbar.page_selector.currentPageChanged.connect(self._on_selector_page)
        toolbar.action("next").triggered.connect(lambda: self._step_page(1))
        toolbar.action("zoom_out").triggered.connect(lambda: self._step_zoom(-1))
        toolbar.action("zoom_in").triggered.connect(lambda: self._step_zoom(1))
        for action, mode in toolbar.fit_modes():
            action.triggered.connect(lambda _checked=False, m=mode: self._view.setZoomMode(m))
        toolbar.action("find").triggered.connect(self.open_find_bar)

    def _centred_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setEnabled(False)  # greyed: a placeholder, not content
        return label

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
        self.pages.loading()
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
        self.toolbar.count_label.setText(
            fill(self.tr("of %1"), QLocale().toString(self._document.pageCount()))
        )
        self.pages.document_loaded()
        self._marks.apply_target(self._clamp(request.page) - 1, request.terms)
        self._jump_to_words()
        self.document_ready.emit(request.path)

    def _ask_password(self, *, wrong: bool) -> None:
        request = self._request
        if request is None:
            return
        self._close_document()
        self.password_page.label.setText(
            fill(self.tr("“%1” is protected by a password."), os.path.basename(request.path))
        )
        self.password_page.error.setText(
            self.tr("Wrong password. Please try again.") if wrong else ""
        )
        self.password_page.edit.clear()
        self._set_state(_State.PASSWORD)
        self.password_page.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if wrong:
            self.status_message.emit(self.tr("Wrong password"))

    def _on_password_entered(self) -> None:
        request = self._request
        password = self.password_page.edit.text()
        self.password_page.edit.clear()
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
        self.pages.closing()
        self._marks.reset()
        if self._document.status() != QPdfDocument.Status.Null:
            self._marks.empty_searches()
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
        self.message_page.label.setText(text)
        self.message_page.open_anyway.setVisible(offer_open_anyway)
        self._set_state(_State.MESSAGE)
        self.status_message.emit(status)

    def _set_state(self, state: _State) -> None:
        self._state = state
        self._stack.setCurrentIndex(int(state))
        # Focusing the preview (Tab, the window's Enter) lands where the keys are useful.
        proxy: QWidget | None = {
            _State.VIEW: self._view,
            _State.PASSWORD: self.password_page.edit,
            _State.MESSAGE: self.message_page.open_anyway,
        }.get(state)
        # The stacked widget holds the focus when nothing inside can take keys.
        self.setFocusProxy(proxy if proxy is not None and proxy.isVisibleTo(self) else self._stack)
        in_view = state == _State.VIEW
        for key, action in self.toolbar.named_actions().items():
            action.setEnabled(in_view or key == "sidebar")
        for action in (self.text.copy_action, self.text.select_page_action, self.text.print_action):
            action.setEnabled(in_view)
        self.toolbar.page_selector.setEnabled(in_view)
        if not in_view:
            # The selector keeps the last document's page number after it closes: with
            # no document on screen it shows none.
            spin = self.toolbar.page_selector.findChild(QSpinBox)
            if spin is not None:
                spin.clear()
            self.toolbar.count_label.setText("")
            self.find_bar.hide()

    # ---- target page and hits -------------------------------------------------------------

    def _clamp(self, page: int) -> int:
        return min(max(page, 1), max(self._document.pageCount(), 1))

    def _step_hit(self, step: int) -> None:
        if self._state != _State.VIEW:
            return
        if self.find_bar.isVisible():
            self.find_bar.flush()
        self._marks.step(step)

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
        if self.toolbar.page_selector.currentPage() != page:
            self.toolbar.page_selector.blockSignals(True)
            self.toolbar.page_selector.setCurrentPage(page)
            self.toolbar.page_selector.blockSignals(False)
        self.toolbar.action("previous").setEnabled(self._state == _State.VIEW and page > 0)
        self.toolbar.action("next").setEnabled(
            self._state == _State.VIEW and page < self._document.pageCount() - 1
        )
        if self._state == _State.VIEW:
            self.pages.show_current_page(page)
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

    def _on_continuous(self) -> None:
        """The long document's pages are laid out one under another now: stay on the
        place shown (the same offset into the same page, the zoom unchanged)."""
        if self._state != _State.VIEW:
            return
        page = self._view.pageNavigator().currentPage()
        bars = (self._view.horizontalScrollBar(), self._view.verticalScrollBar())
        before = self._view.page_geometries().get(page)
        offsets = (
            (bars[0].value() - before.left(), bars[1].value() - before.top()) if before else (0, 0)
        )
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        after = self._view.page_geometries().get(page)
        if after is not None:
            # Each page is centred in the widest one's span: keep the place on the page.
            bars[0].setValue(after.left() + offsets[0])
            bars[1].setValue(after.top() + max(0, offsets[1]))

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
        self.toolbar.action("fit_width").setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.toolbar.action("fit_page").setChecked(mode == QPdfView.ZoomMode.FitInView)

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
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
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
        self.pages.thumbnails.set_device_pixel_ratio(self.devicePixelRatioF())
