"""The search session: what the window searches for (query, filters, sort) and which answer
is on screen, with the pages after the first loaded on request; searches run off the GUI
thread."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from vtviewer.core.archive import Archive
from vtviewer.core.model import SearchResult
from vtviewer.gui.tasks import Searcher

#: Rows fetched per search; more come when the user scrolls to the end. What a keystroke
#: waits for grows with it (each row is a document read from the store): 50 fill a tall
#: window twice over.
PAGE_SIZE = 50
#: Debounce for typing: a keystroke after a pause searches at once, bursts are coalesced.
DEBOUNCE_MS = 150


class SearchSession(QObject):
    """Owns the query, the filters, the sort and the paging of the results on screen.

    Two searchers run the searches: one for a new search (its first page), one for the
    pages after it. An answer that a newer search overtook is dropped, and so is a page
    of an older search. Until the first ``search`` the session only records what it is
    told (the window restores its sort before it starts). While a rebuild replaces the
    index the session is ``hold``-ed: ``search`` starts nothing until ``release``.

    Signals:
        results(int, object): request number and the SearchResult of a new search.
        more_results(object): the next page of the search on screen (a tuple of Hits).
        failed(int, object): request number and the exception of a failed search.
    """

    results = Signal(int, object)
    more_results = Signal(object)
    failed = Signal(int, object)

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._searcher = Searcher(archive, self)
        self._more_searcher = Searcher(archive, self)
        self._query = ""
        self._filters: dict[str, tuple[str, ...]] = {}
        #: "relevance" or an engine sort key (core.search.SORTS). Browsing (no query)
        #: with relevance lists by title: the engine's rule, not repeated here.
        self._sort = "relevance"
        self._descending: bool | None = None
        #: False after "Search for exactly what you typed", until the query changes.
        self._correct = True
        self._started = False
        self._held = False
        self._stopped = False
        self._last_search_at = 0.0
        self._generation = -1
        #: Counts the results shown; a page fetched for an older one is dropped.
        self._epoch = 0
        self._more_epoch = -1
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search)
        self._searcher.results.connect(self._on_results)
        self._searcher.failed.connect(self._on_failed)
        self._more_searcher.results.connect(self._on_more_results)

    # --- what is searched ------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    @property
    def filters(self) -> dict[str, tuple[str, ...]]:
        return dict(self._filters)

    @property
    def sort(self) -> tuple[str, bool | None]:
        """The sort key and its direction (None: the engine's own for that key)."""
        return self._sort, self._descending

    @property
    def correct(self) -> bool:
        """Whether words that match nothing are corrected for typos."""
        return self._correct

    @property
    def latest(self) -> int:
        """The number of the newest search request."""
        return self._searcher.latest

    @property
    def held(self) -> bool:
        return self._held

    def set_query(self, text: str) -> int:
        """Search for ``text`` at once; returns the request (see ``search``)."""
        self._debounce.stop()
        self._set_text(text)
        return self.search()

    def search_exact(self) -> int:
        """Search the current query exactly as typed (no typo corrected) until it changes;
        returns the request."""
        self._debounce.stop()
        self._correct = False
        return self.search()

    def _set_text(self, text: str) -> None:
        if text.strip() != self._query:
            self._correct = True
        self._query = text.strip()

    def type_query(self, text: str) -> None:
        """The user typed: search at the first keystroke after a pause, and once more when
        a burst of typing pauses (leading and trailing edge)."""
        self._set_text(text)
        idle = time.monotonic() - self._last_search_at > DEBOUNCE_MS / 1000
        if idle and not self._debounce.isActive():
            self.search()
        self._debounce.start()

    def search_now(self) -> int:
        """Search for what was typed without waiting for the pause."""
        self._debounce.stop()
        return self.search()

    def set_filters(self, filters: Mapping[str, Sequence[str]]) -> None:
        self._filters = {name: tuple(values) for name, values in filters.items() if values}
        self.search()

    def set_sort(self, key: str, descending: bool) -> None:
        """Sort by the engine's ``key`` ("" is relevance) and search again."""
        self._sort = key or "relevance"
        self._descending = descending if key else None
        if self._started:
            self.search()

    def restore(
        self,
        query: str,
        filters: Mapping[str, Sequence[str]],
        sort: tuple[str, bool] | None,
    ) -> int:
        """Search for a saved search at once: its query, filters and engine sort (key and
        descending; None keeps the current one); returns the request."""
        self._debounce.stop()
        self._set_text(query)
        self._filters = {name: tuple(values) for name, values in filters.items() if values}
        if sort is not None:
            self._sort = sort[0] or "relevance"
            self._descending = sort[1] if sort[0] else None
        return self.search()

    # --- running -----------------------------------------------------------------------

    def search(self) -> int:
        """Start a search for the current query, filters and sort; returns its request
        (-1 while held: the caller searches again on ``release``)."""
        if self._held or self._stopped:
            return -1
        self._started = True
        self._last_search_at = time.monotonic()
        self._generation = self._fulltext_generation()
        return self._searcher.search(
            self._query,
            self._filters,
            self._sort,
            self._descending,
            PAGE_SIZE,
            correct=self._correct,
        )

    def fetch_more(self, offset: int) -> None:
        """Load the page of the shown search that starts at ``offset`` (the results model
        asks when the view scrolled to its end); it arrives as ``more_results``."""
        self._more_epoch = self._epoch
        self._more_searcher.search(
            self._query,
            self._filters,
            self._sort,
            self._descending,
            PAGE_SIZE,
            offset,
            correct=self._correct,
        )

    def has_new_documents(self) -> bool:
        """Whether the full-text index committed documents the shown search cannot see."""
        return self._fulltext_generation() != self._generation

    def hold(self) -> None:
        """A rebuild is about to replace the index under the searches: let the running
        ones finish, start none until ``release``."""
        self._held = True
        self._searcher.wait(2000)
        self._more_searcher.wait(2000)

    def release(self) -> None:
        self._held = False

    def wait(self, msecs: int = 5000) -> bool:
        """Wait until no search runs."""
        first = self._searcher.wait(msecs)
        return self._more_searcher.wait(msecs) and first

    def stop(self) -> None:
        """Start and deliver nothing more (the window closes)."""
        self._stopped = True
        self._debounce.stop()
        self.wait()

    # --- answers -------------------------------------------------------------------------

    def _fulltext_generation(self) -> int:
        # A plain attribute read: cheap enough for a timer on the GUI thread, and it moves
        # exactly when searches can see new documents.
        return int(self._archive.fulltext.generation)

    def _on_results(self, request: int, result: object) -> None:
        assert isinstance(result, SearchResult)
        if self._stopped:
            return
        self._epoch += 1
        self.results.emit(request, result)

    def _on_failed(self, request: int, error: object) -> None:
        if not self._stopped:
            self.failed.emit(request, error)

    def _on_more_results(self, _request: int, result: object) -> None:
        assert isinstance(result, SearchResult)
        if self._stopped or self._more_epoch != self._epoch:
            return  # a new search replaced the rows meanwhile
        self.more_results.emit(result.hits)
