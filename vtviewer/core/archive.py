"""One archive: the store, the full-text index, the indexer and search behind one facade.

The GUI and the CLI use this class only; it is the place where the core is put together.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from vtviewer.core.extract import PoolConfig
from vtviewer.core.fulltext import FullText
from vtviewer.core.index import Store
from vtviewer.core.model import Document, IndexSummary, Page, Problem, Progress, SearchResult, Stats
from vtviewer.core.saved import SavedSearches
from vtviewer.core.scan import Indexer, under_any
from vtviewer.core.search import SearchEngine
from vtviewer.paths import DataPaths

log = logging.getLogger(__name__)


class Archive:
    """An archive in a data directory. Reading methods may be called from any thread while
    ``index`` runs on another one; only one ``index`` runs at a time."""

    def __init__(
        self,
        paths: DataPaths | None,
        store: Store,
        fulltext: FullText,
        pool_config: PoolConfig | None = None,
    ) -> None:
        self.paths = paths
        self.store = store
        self.fulltext = fulltext
        self.pool_config = pool_config or PoolConfig()
        self._fulltext_lock = threading.Lock()
        self._index_lock = threading.Lock()
        self.engine = SearchEngine(store, fulltext)
        saved_path = (
            paths.saved_searches
            if paths
            else Path(tempfile.mkdtemp(prefix="vtviewer-")) / "saved-searches.json"
        )
        self._saved = SavedSearches(saved_path)

    @classmethod
    def open(cls, paths: DataPaths, pool_config: PoolConfig | None = None) -> Archive:
        paths.ensure()
        store = Store.open(paths.database)
        fulltext = FullText.open(paths.fulltext)
        archive = cls(paths, store, fulltext, pool_config)
        archive._check_fulltext()
        return archive

    @classmethod
    def in_memory(cls, pool_config: PoolConfig | None = None) -> Archive:
        """An archive that lives in memory only (tests)."""
        return cls(None, Store.open(":memory:"), FullText.open(None), pool_config)

    def close(self) -> None:
        self.fulltext.close()
        self.store.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_fulltext(self) -> None:
        """The full-text index can be rebuilt from the store: do so when it is missing or
        does not match (deleted folder, a newer format)."""
        documents = self.store.count_documents()
        if documents and self.fulltext.doc_count() != documents:
            log.info("full-text index out of date; it will be rebuilt from stored text")
            with self.store.transaction() as tx:
                tx.mark_all_fulltext_pending()
            with self._fulltext_lock:
                self.fulltext.clear()

    # --- roots ------------------------------------------------------------------------

    def roots(self) -> list[str]:
        return self.store.roots()

    def add_root(self, path: str) -> None:
        with self.store.transaction() as tx:
            tx.add_root(os.path.abspath(path))

    def remove_root(self, path: str) -> None:
        """Stop watching a folder and forget its documents (files are not touched)."""
        root = os.path.abspath(path)
        remaining = [r for r in self.store.roots() if r != root]
        with self.store.transaction() as tx:
            tx.remove_root(root)
            removed: list[int] = []
            if not under_any(root, remaining):
                removed = tx.delete_under(root)
                tx.clear_problems_under(root)
        with self._fulltext_lock:
            for doc_id in removed:
                self.fulltext.remove(doc_id)
            self.fulltext.commit()

    # --- indexing ---------------------------------------------------------------------

    def indexer(self) -> Indexer:
        return Indexer(self.store, self.fulltext, self.pool_config, self._fulltext_lock)

    def index(
        self,
        roots: Sequence[str] | None = None,
        *,
        progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
        only: Sequence[str] | None = None,
    ) -> IndexSummary:
        """Bring the index up to date (blocking). ``roots`` None means every configured
        root; ``only`` re-indexes just those files, problems included."""
        with self._index_lock:
            chosen = list(roots) if roots is not None else self.store.roots()
            return self.indexer().run(chosen, progress=progress, cancel=cancel, only=only)

    def sync_fulltext(self) -> int:
        """Make the full-text index catch up with the store (after a crash)."""
        if not self._index_lock.acquire(blocking=False):
            return 0  # the running indexer does it
        try:
            return self.indexer().sync_fulltext()
        finally:
            self._index_lock.release()

    # --- reading ----------------------------------------------------------------------

    def search(
        self,
        query: str,
        filters: Mapping[str, Sequence[str]] | None = None,
        sort: str = "relevance",
        limit: int = 50,
        offset: int = 0,
        descending: bool | None = None,
    ) -> SearchResult:
        return self.engine.search(
            query, filters, sort=sort, limit=limit, offset=offset, descending=descending
        )

    def document(self, doc_id: int) -> Document | None:
        return self.store.document(doc_id)

    def document_by_path(self, path: str) -> Document | None:
        return self.store.document_by_path(os.path.abspath(path))

    def documents(self, sort: str = "title", descending: bool = False) -> list[Document]:
        return self.store.documents(sort, descending)

    def pages(self, doc_id: int) -> list[Page]:
        return self.store.pages(doc_id)

    def problems(self) -> list[Problem]:
        return self.store.problems()

    def problem_for(self, path: str) -> Problem | None:
        return self.store.problem_for(path)

    def generation(self) -> int:
        return self.store.generation()

    def stats(self) -> Stats:
        return Stats(
            documents=self.store.count_documents(),
            pages=self.store.count_pages(),
            problems=self.store.count_problems(),
            index_bytes=self.index_bytes(),
            roots=len(self.store.roots()),
        )

    def index_bytes(self) -> int:
        """Bytes the data directory uses on disk (database, WAL, full-text index)."""
        if self.paths is None:
            return 0
        total = 0
        for folder, _dirs, files in os.walk(self.paths.root):
            for name in files:
                try:
                    total += os.stat(os.path.join(folder, name)).st_size
                except OSError:
                    continue
        return total

    # --- saved searches ---------------------------------------------------------------

    def saved_searches(self) -> list[tuple[str, str]]:
        return self._saved.list()

    def save_search(self, name: str, query: str) -> None:
        self._saved.save(name, query)

    def delete_saved_search(self, name: str) -> None:
        self._saved.delete(name)


def default_workers() -> int:
    return os.cpu_count() or 1


def as_paths(values: Sequence[str]) -> list[str]:
    return [str(Path(v).expanduser().resolve()) for v in values]
