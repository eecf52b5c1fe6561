"""Indexing runs seen from the window: start one (now or after the current one), show new
documents while it goes, and say in the status bar how it ended."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from vtviewer.core.archive import Archive
from vtviewer.core.model import IndexSummary, Progress
from vtviewer.gui.archive_health import ArchiveHealth
from vtviewer.gui.indexing_status import IndexingStatus
from vtviewer.gui.messages import fill
from vtviewer.gui.results_view import ResultsView
from vtviewer.gui.search_session import SearchSession
from vtviewer.gui.tasks import Indexer, TaskQueue, error_text

#: While indexing, refresh the results at most this often when new documents arrived.
REFRESH_MS = 700


class IndexingRun(QObject):
    """Drives the indexer for the window: requests, retries and the catch-up after start;
    while a run goes, the progress in ``status`` and a search whenever the full-text index
    committed new documents; when it ends, its outcome as a status message.

    Signals:
        status_message(str): what the run did, for the status bar.
        cleared(): a run started; the last run's status message no longer applies.
        finished(object): a run ended (IndexSummary, None when it failed), after the
            results were searched again and before the pending run starts.
    """

    status_message = Signal(str)
    cleared = Signal()
    finished = Signal(object)

    def __init__(
        self,
        archive: Archive,
        indexer: Indexer,
        health: ArchiveHealth,
        session: SearchSession,
        tasks: TaskQueue,
        status: IndexingStatus,
        results_view: ResultsView,
        locale: QLocale,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.indexer = indexer
        self.health = health
        self.session = session
        self.tasks = tasks
        self.indexing_status = status
        self.results_view = results_view
        self.locale_ = locale
        #: While indexing, how often (at most) the results refresh to show new documents.
        self.refresh_ms = REFRESH_MS
        self._closing = False
        self._retry_paths: set[str] = set()
        # While indexing: look every refresh_ms whether the full-text index committed new
        # documents (searches only see them then) and show them. A timer, not the
        # progress signal: the commit can land between two progress reports, or after
        # the last one of a stretch of slow files.
        self._live_refresh = QTimer(self)
        self._live_refresh.setInterval(self.refresh_ms)
        self._live_refresh.timeout.connect(self._refresh_while_indexing)
        self._catch_up = QTimer(self)
        self._catch_up.setSingleShot(True)
        self._catch_up.setInterval(1500)
        self._catch_up.timeout.connect(lambda: self.request_index())
        indexer.started.connect(self._index_started)
        indexer.progress.connect(self._index_progress)
        indexer.finished.connect(self._index_done)
        indexer.failed.connect(self._index_failed)

    def request_index(
        self, roots: Sequence[str] | None = None, only: Sequence[str] | None = None
    ) -> None:
        """Index now, or right after the current run when one is going."""
        if self._closing or not self.health.may_write():
            return
        self.indexer.request(roots, only)

    def catch_up_soon(self) -> None:
        """Index shortly, for the changes made while vtviewer was closed."""
        self._catch_up.start()

    def retry(self, paths: Sequence[str]) -> None:
        """Index these files again (from the Problems view)."""
        self._retry_paths.update(paths)
        self.request_index(only=list(paths))

    def stop(self) -> None:
        """No more runs, refreshes or messages: the window is closing."""
        for timer in (self._catch_up, self._live_refresh):
            timer.stop()
        self._closing = True

    def _status(self, message: str) -> None:
        self.status_message.emit(message)

    def _index_started(self) -> None:
        # The last run's "Indexed: …" would read as this run's result.
        self.cleared.emit()
        self.indexing_status.run_started()
        self._live_refresh.setInterval(self.refresh_ms)
        self._live_refresh.start()

    def _index_progress(self, progress: object) -> None:
        assert isinstance(progress, Progress)
        if self.session.held:
            self.session.release()  # the rebuild has its new index: searches may run
            self.session.search()
        self.indexing_status.show_progress(progress)

    def _refresh_while_indexing(self) -> None:
        """Show the documents the full-text index committed since the last search."""
        if not self.indexer.is_running() or self._closing:
            self._live_refresh.stop()
            return
        # Never while the user has scrolled down: a refresh would throw away their place.
        if self.session.has_new_documents() and self.results_view.at_top():
            self.session.search()

    def _index_done(self, summary: object) -> None:
        assert isinstance(summary, IndexSummary)
        if self._closing:
            return
        self._live_refresh.stop()
        self.indexing_status.run_ended()
        retried, self._retry_paths = self._retry_paths, set()
        if summary.cancelled:
            self._status(self.tr("Indexing cancelled."))
        elif summary.added or summary.updated or summary.removed or summary.moved or retried:
            number = self.locale_.toString
            text = fill(
                self.tr("Indexed: %1 new, %2 changed, %3 removed."),
                number(summary.added),
                number(summary.updated + summary.moved),
                number(summary.removed),
            )
            if summary.recognised:
                text += " " + self._recognised(summary.recognised)
            if retried:
                # Say so when a retry did not help: otherwise "0 new" reads as success.
                archive = self.archive
                self.tasks.run(
                    lambda: sum(1 for p in archive.problems() if p.path in retried),
                    lambda failed: self._status(self._retry_status(text, int(failed))),
                )
            else:
                self._status(text)
        elif summary.recognised:
            self._status(self._recognised(summary.recognised))
        # Always refresh at the end: the full-text side commits once more when the run ends.
        self.session.release()
        self.session.search()
        self.finished.emit(summary)
        if self.health.index_done(summary):
            return  # a rebuild runs now; it covers what was pending
        if summary.cancelled:
            self.indexer.drop_pending()
        else:
            self.indexer.start_pending()

    def _recognised(self, pages: int) -> str:
        return self.tr("%Ln scanned page(s) recognised.", "", pages)

    def _retry_status(self, text: str, failed: int) -> str:
        if failed:
            text += " " + self.tr("%Ln file(s) could still not be read.", "", failed)
        return text

    def _index_failed(self, error: object) -> None:
        self._live_refresh.stop()
        self._retry_paths = set()
        self.session.release()
        self.indexing_status.run_ended()
        self.indexer.drop_pending()
        rebuilding = self.health.rebuilding
        if not self.health.handle(error) or rebuilding:
            self._status(fill(self.tr("Indexing failed: %1"), error_text(error)))
        self.finished.emit(None)
        self.health.index_done(None)
