"""Background work for the window: searches on a thread pool, indexing on its own thread,
and the archive's small reads and writes on a queue of their own (``TaskQueue``).

Rule: never touch a widget from a worker thread. Workers only call the core and emit
signals; Qt queues those to the GUI thread because the emitting QObject lives there.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from vtviewer.core.archive import Archive
from vtviewer.core.health import DataFolderError, IndexDamagedError
from vtviewer.core.model import DOC_TYPES, Facets, IndexSummary, Progress, SearchResult
from vtviewer.gui.results_model import doc_type_label

log = logging.getLogger(__name__)

#: Marks a search skipped because a newer request overtook it before it ran.
_STALE = SearchResult(hits=(), total=0, facets=Facets())


class _Relay(QObject):
    """Carries a worker's outcome back to the GUI thread.

    Signals:
        done(object): the function's return value.
        failed(object): the exception when it raised (see ``error_text``).
    """

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._func = func
        self._relay = relay

    def run(self) -> None:
        try:
            value = self._func()
        except BaseException as exc:
            # The worker must report every failure, not die silently: also the full-text
            # engine's panics, which derive from BaseException (a search that never
            # answered left the window waiting for good).
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            if isinstance(exc, IndexDamagedError | DataFolderError):
                # Expected, and said in the window (archive_health); the log has the cause.
                log.info("background task: %s", exc)
            else:
                log.exception("background task failed")
            self._relay.failed.emit(exc)
            return
        self._relay.done.emit(value)


def error_text(error: object) -> str:
    """What to show of a failure: its message, else the name of its kind."""
    return str(error) or type(error).__name__


def run_task(
    pool: QThreadPool,
    func: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], object] | None = None,
    parent: QObject | None = None,
) -> None:
    """Run ``func`` on ``pool``; ``on_done``/``on_failed`` are called on the GUI thread."""
    relay = _Relay(parent)
    relay.done.connect(on_done)
    relay.done.connect(relay.deleteLater)
    if on_failed is not None:
        relay.failed.connect(on_failed)
    relay.failed.connect(relay.deleteLater)
    pool.start(_Task(func, relay))


class TaskQueue(QObject):
    """Runs the archive's small jobs off the GUI thread, one at a time, in the order they
    were asked for: writes to the store and the full-text index (adding and removing
    folders, saved searches) and reads that can be slow (the problems list). The order
    matters: a folder added and then indexed must be in the store before the run starts.

    ``on_done`` and ``on_failed`` are called on the GUI thread; after ``stop`` none is.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stopped = False

    def run(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], object] | None = None,
    ) -> None:
        """Queue ``func``; its result goes to ``on_done``, its exception to ``on_failed``."""

        def done(value: object) -> None:
            if not self._stopped:
                on_done(value)

        def failed(error: BaseException) -> None:
            if not self._stopped and on_failed is not None:
                on_failed(error)

        run_task(self._pool, func, done, failed, self)

    def wait(self, msecs: int = 5000) -> bool:
        """Wait until every queued job ran (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def stop(self, msecs: int = 5000) -> bool:
        """Deliver no more results; wait for the running job to end."""
        self._stopped = True
        return self._pool.waitForDone(msecs)


class Searcher(QObject):
    """Runs searches off the GUI thread and drops answers that a newer request overtook.

    Signals:
        results(int, object): request number and the SearchResult (or list of extra hits
            for a "more" request, see ``fetch``).
        failed(int, object): request number and the exception.
    """

    results = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._pool = QThreadPool(self)
        # Searches are short; one thread keeps them in order and leaves a core for indexing.
        self._pool.setMaxThreadCount(1)
        self._request = 0

    @property
    def latest(self) -> int:
        return self._request

    def search(
        self,
        query: str,
        filters: Mapping[str, Sequence[str]],
        sort: str,
        descending: bool | None,
        limit: int,
        offset: int = 0,
        correct: bool = True,
    ) -> int:
        """Start a search (``correct``: typos corrected); returns its request number. Only
        the newest one is delivered."""
        self._request += 1
        request = self._request
        archive = self._archive
        frozen = {k: tuple(v) for k, v in filters.items() if v}
        # Types sort by their names as the window shows them (in its language).
        labels: dict[str, str] = {code: doc_type_label(code) for code in DOC_TYPES}

        def work() -> SearchResult:
            if request != self._request:
                return _STALE
            return archive.search(
                query,
                frozen or None,
                sort=sort,
                limit=limit,
                offset=offset,
                descending=descending,
                type_labels=labels,
                correct=correct,
            )

        def done(result: object) -> None:
            if request == self._request and result is not _STALE:
                self.results.emit(request, result)

        def failed(error: BaseException) -> None:
            if request == self._request:
                self.failed.emit(request, error)

        run_task(self._pool, work, done, failed, self)
        return request

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)


class Indexer(QObject):
    """Runs ``Archive.index`` on a worker thread, one run at a time, with Cancel.

    Signals:
        started(): a run began.
        progress(object): a Progress, at most every ~100 ms.
        finished(object): the IndexSummary of the run.
        failed(object): the exception the run raised.
    """

    started = Signal()
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel: threading.Event | None = None
        self._running = False
        self._pending: tuple[list[str] | None, list[str] | None] | None = None

    def is_running(self) -> bool:
        return self._running

    def request(
        self, roots: Sequence[str] | None = None, only: Sequence[str] | None = None
    ) -> None:
        """Start a run now, or keep the wish for right after the current run (see
        ``start_pending``); several different wishes meanwhile make one full pass."""
        wanted = (list(roots) if roots is not None else None, list(only) if only else None)
        if not self._running:
            self.start(*wanted)
        elif self._pending is None:
            self._pending = wanted
        elif self._pending != wanted:
            self._pending = (None, None)

    def start_pending(self) -> bool:
        """Start the run wished for while the last one went; returns whether one started."""
        pending, self._pending = self._pending, None
        return pending is not None and self.start(*pending)

    def drop_pending(self) -> None:
        self._pending = None

    def start(self, roots: Sequence[str] | None = None, only: Sequence[str] | None = None) -> bool:
        """Start a run unless one is going; returns whether it started."""
        archive = self._archive
        return self._launch(
            lambda report, cancel: archive.index(
                list(roots) if roots is not None else None,
                progress=report,
                cancel=cancel,
                only=list(only) if only is not None else None,
            )
        )

    def rebuild(self) -> bool:
        """Start ``Archive.rebuild`` (set the damaged index aside, build it again) unless
        a run is going; returns whether it started. Progress and signals as for a run."""
        archive = self._archive
        return self._launch(lambda report, cancel: archive.rebuild(report, cancel))

    def _launch(
        self, run: Callable[[Callable[[Progress], None], threading.Event], IndexSummary]
    ) -> bool:
        if self._running:
            return False
        self._running = True
        cancel = threading.Event()
        self._cancel = cancel
        last = [0.0]

        def report(progress: Progress) -> None:
            # Called on the worker thread: emitting is the only thing allowed here.
            now = time.monotonic()
            if progress.phase != "indexing" or now - last[0] >= 0.1:
                last[0] = now
                self.progress.emit(progress)

        run_task(self._pool, lambda: run(report, cancel), self._done, self._failed, self)
        self.started.emit()
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    def _done(self, summary: object) -> None:
        self._running = False
        self.finished.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.failed.emit(error)
