"""One archive: the store, the full-text index, the indexer and search behind one facade.

The GUI and the CLI use this class only; it is the place where the core is put together.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

from vtviewer.core.extract import PoolConfig
from vtviewer.core.fulltext import FullText
from vtviewer.core.health import (
    Damage,
    DataFolderError,
    IndexDamagedError,
    database_damage,
    folder_problem,
    is_engine_panic,
    writable,
)
from vtviewer.core.index import Store
from vtviewer.core.model import Document, IndexSummary, Page, Problem, Progress, SearchResult, Stats
from vtviewer.core.saved import SavedSearches
from vtviewer.core.scan import Indexer, under_any
from vtviewer.core.search import SearchEngine
from vtviewer.paths import DataPaths

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


class IndexBusyError(RuntimeError):
    """Another process is indexing this archive right now."""


class _ProcessLock:
    """An advisory lock on a file, held by one process at a time (fcntl; elsewhere the
    full-text engine's own writer lock is the guard)."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._handle: Any = None

    def acquire(self) -> bool:
        if self._path is None or fcntl is None:
            return True
        handle = open(self._path, "a+b")  # noqa: SIM115 - held until release()
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the lock
            self._handle = None


def _guarded(method: Callable[Concatenate[Archive, P], R]) -> Callable[Concatenate[Archive, P], R]:
    """The errors of an archive method come out typed: DataFolderError when the data
    folder cannot be written, IndexDamagedError when a part of the index is damaged
    (the engines' own exceptions, even a tantivy panic, are chained as the cause)."""

    def guarded(self: Archive, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except BaseException as exc:
            typed = self._typed_error(exc)
            if typed is None or typed is exc:
                raise
            raise typed from exc

    functools.update_wrapper(guarded, method)  # the docstring, for help() and the docs
    return guarded


def _guarded_open(
    open_archive: Callable[Concatenate[type[Archive], DataPaths, P], Archive],
) -> Callable[Concatenate[type[Archive], DataPaths, P], Archive]:
    """``Archive.open``'s errors typed as the methods' are (see ``_guarded``)."""

    def guarded(
        cls: type[Archive], paths: DataPaths, /, *args: P.args, **kwargs: P.kwargs
    ) -> Archive:
        try:
            return open_archive(cls, paths, *args, **kwargs)
        except Exception as exc:
            problem = folder_problem(exc, paths.root)
            if problem is None or problem is exc:
                raise
            raise problem from exc

    functools.update_wrapper(guarded, open_archive)
    return guarded


class Archive:
    """An archive in a data directory. Reading methods may be called from any thread while
    ``index`` runs on another one; only one ``index`` runs at a time.

    Errors: every public method raises ``health.DataFolderError`` (kind "disk-full",
    "read-only" or "permission", the folder, the system's words) when the data folder
    cannot be written, and ``health.IndexDamagedError`` (part "database" or "fulltext")
    when the part of the index it needs is damaged; ``IndexBusyError`` from ``index``.
    """

    def __init__(
        self,
        paths: DataPaths,
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
        self._process_lock = _ProcessLock(paths.root / "indexing.lock")
        self.engine = SearchEngine(store, fulltext)
        self._saved = SavedSearches(paths.saved_searches)
        #: The data folder cannot be written: the archive is searched as it is, and
        #: the methods that would change it raise DataFolderError("read-only").
        self.read_only = store.read_only or fulltext.read_only

    @classmethod
    @_guarded_open
    def open(
        cls,
        paths: DataPaths,
        pool_config: PoolConfig | None = None,
        *,
        read_only: bool | None = None,
    ) -> Archive:
        """Open the archive in ``paths``, creating what is missing.

        ``read_only`` None finds out whether the data folder can be written (a copied
        archive on a read-only share cannot); True opens it read-only in any case."""
        if read_only is None:
            paths.ensure()
            read_only = not writable(paths.root)
        store = Store.open(paths.database, read_only=read_only)
        fulltext = FullText.open(paths.fulltext, read_only=read_only)
        archive = cls(paths, store, fulltext, pool_config)
        archive._check_fulltext()
        return archive

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise DataFolderError("read-only", self.paths.root, "opened read-only")

    @_guarded
    def close(self) -> None:
        self.fulltext.close()
        self.store.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _typed_error(self, exc: BaseException) -> BaseException | None:
        """``exc`` as one of the archive's typed errors, None when it is none of them."""
        if isinstance(exc, DataFolderError | IndexDamagedError | IndexBusyError):
            return exc
        problem = folder_problem(exc, self.paths.root)
        if problem is not None:
            return problem
        damage = database_damage(exc)
        if damage is None and is_engine_panic(exc):
            damage = Damage("fulltext", f"the search engine failed: {exc}")
        if damage is None:
            return None
        log.error("%s", damage.describe(), exc_info=exc)
        return IndexDamagedError(damage)

    def _check_fulltext(self) -> None:
        """The full-text index can be rebuilt from the store: when its folder is empty
        (deleted, or wiped for a newer format) while the store has documents, mark them
        all for the next ``index``/``sync_fulltext`` to add again.

        Only an empty index counts: during a run the store commits before the full-text
        index does, so a mere difference in counts is normal and is caught up from the
        documents marked pending. Opening never writes to the full-text index, so any
        number of processes can open an archive that one of them is indexing."""
        if self.read_only:
            return
        documents = self.store.count_documents()
        if (
            documents
            and self.fulltext.doc_count() == 0
            and len(self.store.pending_fulltext()) < documents
        ):
            log.info("full-text index is empty; it will be rebuilt from stored text")
            with self.store.transaction() as tx:
                tx.mark_all_fulltext_pending()

    # --- roots ------------------------------------------------------------------------

    @_guarded
    def roots(self) -> list[str]:
        return self.store.roots()

    @_guarded
    def add_root(self, path: str) -> None:
        self._refuse_if_read_only()
        with self.store.transaction() as tx:
            tx.add_root(os.path.abspath(path))

    @_guarded
    def remove_root(self, path: str) -> None:
        """Stop watching a folder and forget its documents (files are not touched).

        While this or another process is indexing, the running index forgets them when
        it ends (see ``index``); otherwise they are forgotten at once."""
        self._refuse_if_read_only()
        root = os.path.abspath(path)
        with self.store.transaction() as tx:
            tx.remove_root(root)
        with self._indexing(wait=False) as acquired:
            if acquired:
                self._forget_roots({root})

    # --- indexing ---------------------------------------------------------------------

    def indexer(self) -> Indexer:
        return Indexer(self.store, self.fulltext, self.pool_config, self._fulltext_lock)

    @contextmanager
    def _indexing(self, wait: bool) -> Iterator[bool]:
        """Hold the right to write the index: one run per process (a thread lock) and
        per archive (a lock file, for other vtviewer processes)."""
        if not self._index_lock.acquire(blocking=wait):
            yield False
            return
        try:
            if not self._process_lock.acquire():
                yield False
                return
            try:
                yield True
            finally:
                # Tantivy's writer lock must not outlive the run: other processes index too.
                with self._fulltext_lock:
                    self.fulltext.release_writer()
                self._process_lock.release()
        finally:
            self._index_lock.release()

    @_guarded
    def index(
        self,
        roots: Sequence[str] | None = None,
        *,
        progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
        only: Sequence[str] | None = None,
    ) -> IndexSummary:
        """Bring the index up to date (blocking). ``roots`` None means every configured
        root; ``only`` re-indexes just those files, problems included.

        Raises IndexBusyError when another process is indexing this archive."""
        self._refuse_if_read_only()
        with self._indexing(wait=True) as acquired:
            if not acquired:
                raise IndexBusyError("another vtviewer process is indexing this archive")
            configured = set(self.store.roots())
            chosen = list(roots) if roots is not None else sorted(configured)
            summary = self.indexer().run(chosen, progress=progress, cancel=cancel, only=only)
            # A folder removed while this run indexed it: drop what the run added there.
            self._forget_roots(configured)
            return summary

    def _forget_roots(self, roots: set[str]) -> None:
        """Forget the documents and problems under folders that are no longer roots (and
        not inside a remaining one). Call with the indexing lock held."""
        remaining = self.store.roots()
        removed: list[int] = []
        with self.store.transaction() as tx:
            for root in roots - set(remaining):
                if not under_any(root, remaining):
                    removed += tx.delete_under(root)
                    tx.clear_problems_under(root)
        self.indexer().remove_fulltext(removed)

    @_guarded
    def sync_fulltext(self) -> int:
        """Make the full-text index catch up with the store (after a crash). Does nothing
        while this or another process is indexing: that run catches up itself."""
        if self.read_only:
            return 0
        with self._indexing(wait=False) as acquired:
            if not acquired:
                return 0
            return self.indexer().sync_fulltext()

    # --- reading ----------------------------------------------------------------------

    @_guarded
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

    @_guarded
    def document(self, doc_id: int) -> Document | None:
        return self.store.document(doc_id)

    @_guarded
    def document_by_path(self, path: str) -> Document | None:
        return self.store.document_by_path(os.path.abspath(path))

    @_guarded
    def documents(self, sort: str = "title", descending: bool = False) -> list[Document]:
        return self.store.documents(sort, descending)

    @_guarded
    def pages(self, doc_id: int) -> list[Page]:
        return self.store.pages(doc_id)

    @_guarded
    def problems(self) -> list[Problem]:
        return self.store.problems()

    @_guarded
    def problem_for(self, path: str) -> Problem | None:
        return self.store.problem_for(path)

    @_guarded
    def generation(self) -> int:
        return self.store.generation()

    @_guarded
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
        total = 0
        for folder, _dirs, files in os.walk(self.paths.root):
            for name in files:
                try:
                    total += os.stat(os.path.join(folder, name)).st_size
                except OSError:
                    continue
        return total

    # --- saved searches ---------------------------------------------------------------

    @_guarded
    def saved_searches(self) -> list[tuple[str, str]]:
        return self._saved.list()

    @_guarded
    def save_search(self, name: str, query: str) -> None:
        self._refuse_if_read_only()
        self._saved.save(name, query)

    @_guarded
    def delete_saved_search(self, name: str) -> None:
        self._refuse_if_read_only()
        self._saved.delete(name)
