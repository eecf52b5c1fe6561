"""What the user reads: the chosen document in the details pane and in the preview, on the
page that matched, opened once the task queue said whether the indexer had trouble with
the file (a read of the store, so not on the GUI thread)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal

from vtviewer.core.archive import Archive
from vtviewer.core.model import Document, Hit, Problem
from vtviewer.core.ocr import find_tesseract, install_hint
from vtviewer.gui.details_pane import DetailsPane
from vtviewer.gui.messages import fill, translate_message
from vtviewer.gui.pdf_preview import PdfPreview
from vtviewer.gui.preview_word_hits import page_boxes
from vtviewer.gui.scan_notice import ScanNotice, has_news
from vtviewer.gui.tasks import TaskQueue

log = logging.getLogger(__name__)

#: Problems that mean the file hung or killed a reader: not opened without asking.
RISKY_KINDS = ("timeout", "crash", "memory")


def target(hit: Hit | None) -> tuple[int, tuple[str, ...]]:
    """Where the preview opens for ``hit``: its best page and the words found there."""
    if hit is None:
        return 1, ()
    best = hit.pages[0] if hit.pages else None
    terms = best.terms if best and best.terms else hit.terms
    return (best.page if best else 1), tuple(terms)


class Reader(QObject):
    """Shows one hit at a time: its details at once, its preview a moment later (moving
    through the results with the arrow keys does not load every file on the way).

    Signals:
        details_changed(): the details pane rebuilt its widgets (the tab order follows).
        status_message(str): something to say in the status bar.
    """

    details_changed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        archive: Archive,
        tasks: TaskQueue,
        details: DetailsPane,
        preview: PdfPreview,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._tasks = tasks
        self._details = details
        self._preview = preview
        self._current: Hit | None = None
        self._page = 1
        self._terms: tuple[str, ...] = ()
        #: Counts what was asked for; an answer about an earlier file is dropped.
        self._request = 0
        self._stopped = False
        #: The store's answer for the file chosen last, asked at once (while the timer
        #: waits): (path, whether it came, the problem or the error; None if none).
        self._answer: tuple[str, bool, object] | None = None
        #: What to do with that answer once it comes (an open waiting for it).
        self._on_answer: Callable[[bool, object], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self.open_now)

    @property
    def current(self) -> Hit | None:
        return self._current

    def show(self, hit: Hit | None) -> None:
        """The user chose ``hit`` (None: nothing)."""
        self._current = hit
        if hit is None:
            self._request += 1  # an answer on its way is for nothing now
            self._answer = self._on_answer = None
            self._details.clear()
            self._preview.clear()
            self.details_changed.emit()
            return
        self._details.show_document(hit.document, hit.locations, [a.path for a in hit.attachments])
        self.details_changed.emit()
        self._scan_notice(hit.document)
        self._page, self._terms = target(hit)
        self._ask(hit.document.path)
        self._timer.start()

    def _ask(self, path: str) -> None:
        """Read whether the indexer had trouble with ``path`` now, so that the preview
        opens as soon as the timer ends instead of asking then."""
        archive = self._archive
        self._answer = (path, False, None)
        self._on_answer = None

        def arrived(ok: bool, value: object) -> None:
            if self._answer is None or self._answer[0] != path:
                return  # another file was chosen meanwhile
            self._answer = (path, True, (ok, value))
            waiting, self._on_answer = self._on_answer, None
            if waiting is not None:
                self._answer = None
                waiting(ok, value)

        self._tasks.run(
            lambda: archive.problem_for(path),
            lambda value: arrived(True, value),
            lambda error: arrived(False, error),
        )

    def _scan_notice(self, document: Document) -> None:
        """Say in the details how many pages are scans without text (a store read, and
        a look for Tesseract only then)."""
        archive = self._archive

        def read() -> tuple[object, bool]:
            sources = archive.page_sources(document.id)
            waiting = sources.get("none", 0) + sources.get("failed", 0)
            return sources, (find_tesseract() is not None) if waiting else True

        def done(value: object) -> None:
            assert isinstance(value, tuple)
            sources, installed = value
            if self._stopped or self._details.document is not document or not has_news(sources):
                return
            self._details.add_notice(ScanNotice(sources, installed, install_hint()))

        def failed(error: BaseException) -> None:
            log.info("page sources of %s unreadable: %s", document.path, error)

        self._tasks.run(read, done, failed)

    def _recognised_hits(self, hit: Hit, request: int) -> None:
        """Highlight the hit's words on its scanned pages from the boxes OCR stored."""
        path = hit.document.path
        terms = {p.page: p.terms or hit.terms for p in hit.pages if p.recognised}
        if not terms:
            self._preview.show_recognised_hits(path, {})
            return
        archive, doc_id = self._archive, hit.document.id

        def done(words: object) -> None:
            if request != self._request or self._stopped:
                return
            assert isinstance(words, dict)
            self._preview.show_recognised_hits(path, page_boxes(words, terms))

        def failed(error: BaseException) -> None:
            log.info("recognised words of %s unreadable: %s", path, error)

        self._tasks.run(lambda: {n: archive.words(doc_id, n) for n in terms}, done, failed)

    def follow(self, hit: Hit, new_query: bool) -> None:
        """The results were refreshed and still list the document being read, as ``hit``.

        A new query (or new hit pages) moves the preview to what it found now; a refresh
        while indexing leaves the page the user is reading alone."""
        previous, self._current = self._current, hit
        if new_query or target(hit) != target(previous):
            self._page, self._terms = target(hit)
            self._timer.start()

    def show_page(self, hit: Hit, page: int) -> None:
        """The user clicked the link to ``page`` of ``hit``."""
        self._timer.stop()
        self._current = hit
        self._page = page
        for page_hit in hit.pages:
            if page_hit.page == page and page_hit.terms:
                self._terms = tuple(page_hit.terms)
                break
        self.open_now()

    def open_now(self) -> bool:
        """Open the current hit in the preview without waiting; False when there is none."""
        self._timer.stop()
        hit = self._current
        if hit is None:
            return False
        self._open(hit.document.path, self._page, self._terms, hit)
        return True

    def open_attachment(self, path: str) -> None:
        """Show the attachment at ``path`` in the preview (the details stay the main
        document's)."""
        self._timer.stop()
        self._open(path, 1, ())
        self.status_message.emit(fill(self.tr("Showing the attachment %1"), os.path.basename(path)))

    def _open(self, path: str, page: int, terms: tuple[str, ...], hit: Hit | None = None) -> None:
        """Open ``path`` in the preview once the store said whether it had trouble (and,
        for a ``hit``, highlight its words on scanned pages)."""
        self._request += 1
        request = self._request
        archive = self._archive

        def show(problem: object) -> None:
            if request != self._request or self._stopped:
                return  # another document was chosen meanwhile
            known = problem if isinstance(problem, Problem) else None
            risky = known is not None and known.kind in RISKY_KINDS
            # A file the indexer read without trouble loads in-process at once; a file
            # that hung or crashed a reader waits behind the preview's "Open anyway".
            self._preview.open_document(
                path,
                page,
                terms,
                trusted=known is None,
                blocked_reason=(
                    translate_message(known.reason) if risky and known is not None else ""
                ),
            )
            if hit is not None:
                self._recognised_hits(hit, request)

        def unknown(error: BaseException) -> None:
            # Not known to be harmless: the preview probes the file in a child first.
            log.info("no problem record for %s: %s", path, error)
            if request == self._request and not self._stopped:
                self._preview.open_document(path, page, terms, trusted=False)
                if hit is not None:
                    self._recognised_hits(hit, request)

        def answered(ok: bool, value: object) -> None:
            if ok:
                show(value)
            else:
                assert isinstance(value, BaseException)
                unknown(value)

        asked = self._answer
        if asked is not None and asked[0] == path:
            if asked[1]:
                # Used once: a later open (a page link) asks again, the file may change.
                self._answer = None
                ok, value = cast(tuple[bool, object], asked[2])
                answered(ok, value)
            else:
                self._on_answer = answered  # on its way: open when it comes
            return
        self._tasks.run(lambda: archive.problem_for(path), show, unknown)

    def open_problem(self, problem: Problem) -> None:
        """Show a file that could not be indexed (and so is not among the results): a
        password-protected PDF asks for its password; one that hung or crashed a reader
        waits behind "Open anyway"."""
        self._timer.stop()
        self._request += 1
        self._current = None
        self._details.clear()
        self.details_changed.emit()
        reason = translate_message(problem.reason)
        self._preview.open_document(
            problem.path,
            1,
            (),
            trusted=False,
            blocked_reason=reason if problem.kind in RISKY_KINDS else "",
            detail=reason,
        )
        text = self.tr("%1 is not in the index: %2")
        self.status_message.emit(fill(text, os.path.basename(problem.path), reason))

    def stop(self) -> None:
        """Open nothing more (the window closes)."""
        self._stopped = True
        self._timer.stop()
