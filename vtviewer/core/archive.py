"""One archive: the store, the full-text index, the indexer and search behind one facade.

The GUI and the CLI use this class only; it is the place where the core is put together.
"""

from __future__ import annotations

import dataclasses
import errno
import functools
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

from vtviewer.core.archive_folders import ArchiveFolders
from vtviewer.core.attachments import attachments_of
from vtviewer.core.edits import Edit, EditResult, Overlay, state_of, write_edit
from vtviewer.core.fulltext import FullText
from vtviewer.core.fulltext_check import index_damage
from vtviewer.core.health import (
    ArchiveError,
    Damage,
    DataFolderError,
    IndexDamagedError,
    IndexPart,
    StoreError,
    database_damage,
    engine_damage,
    folder_problem,
    readable,
    writable,
)
from vtviewer.core.index import Store, salvage_roots
from vtviewer.core.model import (
    Contact,
    Document,
    IndexSummary,
    Message,
    Page,
    PageSource,
    Problem,
    Progress,
    SearchResult,
    SimilarDocument,
    Stats,
    WordBox,
)
from vtviewer.core.ocr import OcrSettings
from vtviewer.core.saved import SavedSearch, SavedSearches
from vtviewer.core.search import SearchEngine
from vtviewer.core.similar import SIMILAR_LIMIT, similar_documents
from vtviewer.paths import DataPaths

if TYPE_CHECKING:
    # Reading PDFs is imported when indexing starts: a search needs none of it.
    from vtviewer.core.pool import PoolConfig
    from vtviewer.core.scan import Indexer

log = logging.getLogger(__name__)

#: What a rebuild adds to the names of the parts it moves aside: damaged, or replaced.
SET_ASIDE = (".damaged-", ".old-")

P = ParamSpec("P")
R = TypeVar("R")


class IndexBusyError(ArchiveError):
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
            problem: ArchiveError | None = folder_problem(exc, paths.root)
            if problem is None and isinstance(exc, sqlite3.Error):
                problem = StoreError(str(exc))
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
    when the part of the index it needs is damaged; ``IndexBusyError`` from ``index``
    and ``rebuild``. Both typed errors carry codes, not sentences: ``str()`` is the
    English line the command line prints.

    For the window: ``read_only`` (say so; indexing, folders and saved searches cannot
    change), ``damage`` (None or a ``health.Damage``: offer ``rebuild``), ``rebuild``
    (blocking, with the ``index`` progress and cancel; run it where ``index`` runs and do
    not read meanwhile: it replaces ``store``, ``fulltext`` and ``engine``), and
    ``set_aside`` (where the old parts were kept).
    """

    def __init__(
        self,
        paths: DataPaths,
        store: Store,
        fulltext: FullText,
        pool_config: PoolConfig | None = None,
        *,
        read_only: bool = False,
        damage: Damage | None = None,
    ) -> None:
        self.paths = paths
        self.store = store
        self.fulltext = fulltext
        #: The extraction workers' limits (None: the defaults, chosen when indexing).
        self.pool_config = pool_config
        self._fulltext_lock = threading.Lock()
        self._index_lock = threading.Lock()
        self._process_lock = _ProcessLock(paths.root / "indexing.lock")
        self.engine = SearchEngine(store, fulltext)
        self._saved = SavedSearches(paths.saved_searches)
        self._folders = ArchiveFolders(paths.roots)
        #: The data folder cannot be written: the archive is searched as it is, and
        #: the methods that would change it raise DataFolderError("read-only").
        self.read_only = read_only
        self._damage = damage
        #: What the last ``rebuild`` moved aside (renamed, never deleted).
        self.set_aside: tuple[Path, ...] = ()
        #: Edits of files whose folder cannot be written (user data, kept by rebuilds).
        self.overlay = Overlay(paths.edits)
        #: Files edited while this process was indexing: merged again when the run ends.
        self._edited_meanwhile: set[str] = set()
        self._run_active = False
        self._edit_lock = threading.Lock()
        #: Whether indexing recognises pages without a text layer (set by the front end
        #: from its setting or option; needs Tesseract, see core.ocr).
        self.ocr = OcrSettings()

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
            if read_only and paths.root.exists() and not readable(paths.root):
                # Neither writable nor readable: not a read-only archive but no access.
                raise DataFolderError("permission", paths.root, os.strerror(errno.EACCES))
        store, damage = _open_store(paths, read_only)
        fulltext = FullText.open(paths.fulltext, read_only=read_only)
        archive = cls(paths, store, fulltext, pool_config, read_only=read_only, damage=damage)
        archive._restore_roots()
        if archive.damage is None:
            archive._check_fulltext()
        else:
            log.info("%s", archive.damage.describe())
        return archive

    @property
    def damage(self) -> Damage | None:
        """None, or the part of the index that is damaged and what was found: at open
        (a database SQLite calls malformed, a full-text segment that does not match its
        checksum, a lost meta.json) or since, when reading it failed. ``open`` never
        raises for damage; the methods that need the damaged part raise
        IndexDamagedError, and ``rebuild`` repairs it."""
        if self._damage is not None:
            return self._damage
        if self.fulltext.damage is not None:
            return Damage("fulltext", self.fulltext.damage)
        return None

    def _require(self, *parts: IndexPart) -> None:
        """Raise IndexDamagedError when one of ``parts`` is damaged. A damaged database
        takes the full-text index with it (its entries name the database's ids)."""
        damage = self.damage
        if damage is not None and (damage.part in parts or damage.part == "database"):
            raise IndexDamagedError(damage)

    def _restore_roots(self) -> None:
        """The roots live in the database and in roots.json: a new database (deleted, or
        standing in for a damaged one) gets them from the file; an index older than the
        file writes it."""
        saved = self._folders.read()
        if self.store.created:
            if saved is None and self._damage is not None:
                saved = salvage_roots(self.paths.database)
            if saved:
                log.info("archive folders restored from %s", self._folders.path)
                with self.store.transaction() as tx:
                    for root in saved:
                        tx.add_root(root)
        elif saved is None and not self.read_only:
            roots = self.store.roots()
            if roots:
                try:
                    self._folders.write(roots)
                except OSError:
                    # Not worth failing the open for (a full disk): written next time.
                    log.warning("could not write %s", self._folders.path, exc_info=True)

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
        if isinstance(exc, ArchiveError):
            return exc
        problem = folder_problem(exc, self.paths.root)
        if problem is not None:
            return problem
        damage = database_damage(exc) or engine_damage(exc)
        if damage is None:
            # Any other failure of the database is the archive's, said as such.
            return StoreError(str(exc)) if isinstance(exc, sqlite3.Error) else None
        # At INFO: the damage is said by whoever gets the IndexDamagedError; the log
        # file keeps the engine's own traceback.
        log.info("%s", damage.describe(), exc_info=exc)
        if self._damage is None or damage.part == "database":
            self._damage = damage  # later calls know without failing again
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
        """The archive folders (from roots.json while the database is damaged: a rebuild
        may be replacing it on another thread)."""
        if self._damage is not None and self._damage.part == "database":
            saved = self._folders.read()
            if saved is not None:
                return saved
        return self.store.roots()

    @_guarded
    def add_root(self, path: str) -> None:
        # Also while the database is damaged: the roots go to roots.json, and the
        # rebuild indexes them.
        self._refuse_if_read_only()
        with self.store.transaction() as tx:
            tx.add_root(os.path.abspath(path))
        self._folders.write(self.store.roots())

    @_guarded
    def remove_root(self, path: str) -> None:
        """Stop watching a folder and forget its documents (files are not touched).

        The root and its documents and problems go in one transaction; their full-text
        entries after it (a crash between the two is caught up by the next ``index`` or
        ``sync_fulltext``). While this or another process is indexing, the running
        index forgets the documents when it ends (see ``index``), or the next one does
        if it is cut short."""
        self._refuse_if_read_only()
        root = os.path.abspath(path)
        with self._indexing(wait=False) as acquired:
            with self.store.transaction() as tx:
                tx.remove_root(root)
                if acquired:
                    tx.delete_outside(self.store.roots())
            self._folders.write(self.store.roots())
            if acquired:
                self._remove_from_fulltext()

    # --- indexing ---------------------------------------------------------------------

    def indexer(self) -> Indexer:
        from vtviewer.core.scan import Indexer

        return Indexer(
            self.store,
            self.fulltext,
            self.pool_config,
            self._fulltext_lock,
            self.overlay,
            ocr=self.ocr,
            ocr_cache=self.paths.ocr_cache,
        )

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

        Raises IndexBusyError when another process is indexing this archive, and
        IndexDamagedError when the index is damaged (see ``rebuild``)."""
        self._refuse_if_read_only()
        self._require("database", "fulltext")
        with self._indexing(wait=True) as acquired:
            if not acquired:
                raise IndexBusyError("another vtviewer process is indexing this archive")
            return self._run(roots, progress, cancel, only)

    def _run(
        self,
        roots: Sequence[str] | None,
        progress: Callable[[Progress], None] | None,
        cancel: threading.Event | None,
        only: Sequence[str] | None,
    ) -> IndexSummary:
        """One indexing run; call with the indexing lock held."""
        with self._running():
            configured = set(self.store.roots())
            chosen = list(roots) if roots is not None else sorted(configured)
            extra = set(chosen) - configured  # folders indexed without being roots
            # What a removal cut short by a crash left behind, before anything else.
            self._forget_outside(configured | extra)
            summary = self.indexer().run(chosen, progress=progress, cancel=cancel, only=only)
            # A folder removed while this run indexed it: drop what the run added there.
            self._forget_outside(set(self.store.roots()) | extra)
            self._merge_edited()
            return summary

    @contextmanager
    def _running(self) -> Iterator[None]:
        """Mark a run of this process, so that edits meanwhile wait for its end."""
        with self._edit_lock:
            self._run_active = True
        try:
            yield
        finally:
            with self._edit_lock:
                self._run_active = False

    def _merge_edited(self) -> None:
        """Merge again the files edited while this process was indexing, until none is
        left (call with the indexing lock held)."""
        while True:
            with self._edit_lock:
                paths = sorted(self._edited_meanwhile)
                self._edited_meanwhile.clear()
                if not paths:
                    # At once, under the lock: an edit from now on merges for itself.
                    self._run_active = False
                    return
            self.indexer().remerge(paths, self.store.roots())

    @_guarded
    def rebuild(
        self,
        progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> IndexSummary:
        """Build the index again (blocking; ``progress`` and ``cancel`` as for ``index``).

        The damaged part is moved aside (renamed with a timestamp, never deleted; see
        ``set_aside``) and a new one made: a damaged full-text index alone is rebuilt
        from the page text in the database, without reading the PDFs again; a damaged
        database is rebuilt from the files and sidecars, with the roots from roots.json.
        With nothing known to be damaged, both are checked whole first, and then the
        full-text index is rebuilt. Saved searches are not touched.

        Raises IndexBusyError when another process is indexing this archive."""
        self._refuse_if_read_only()
        with self._indexing(wait=True) as acquired:
            if not acquired:
                raise IndexBusyError("another vtviewer process is indexing this archive")
            damage = self.damage or self._thorough_damage()
            suffix = (SET_ASIDE[0] if damage else SET_ASIDE[1]) + time.strftime("%Y%m%dT%H%M%S")
            aside: list[Path] = []
            if damage is not None and damage.part == "database":
                roots = self.roots()  # the stand-in has them from roots.json
                aside += self._replace_store(suffix, roots)
            aside += self._replace_fulltext(suffix)
            self._damage = None
            self.set_aside = tuple(aside)
            for path in aside:
                log.info("moved aside, kept as %s", path)  # the front end says it
            return self._run(None, progress, cancel, None)

    def _thorough_damage(self) -> Damage | None:
        found = self.store.damage(thorough=True)
        if found is not None:
            return Damage("database", found)
        found = index_damage(self.paths.fulltext, everything=True)
        return Damage("fulltext", found) if found is not None else None

    def _replace_store(self, suffix: str, roots: list[str]) -> list[Path]:
        """Move the database (with its -wal and -shm, which belong to it) aside and start
        a new one with ``roots``."""
        self.store.close()
        aside = _move_aside(
            [_sibling(self.paths.database, e) for e in ("", "-wal", "-shm")], suffix
        )
        self.store = Store.open(self.paths.database)
        with self.store.transaction() as tx:
            for root in roots:
                tx.add_root(root)
        self._folders.write(self.store.roots())
        self.engine = SearchEngine(self.store, self.fulltext)
        return aside

    def _replace_fulltext(self, suffix: str) -> list[Path]:
        """Move the full-text index aside; a new one is filled from the stored text."""
        with self._fulltext_lock:
            self.fulltext.close()
            folder = self.paths.fulltext
            aside = (
                _move_aside([folder], suffix) if folder.exists() and any(folder.iterdir()) else []
            )
            self.fulltext = FullText.open(folder)
        self.engine = SearchEngine(self.store, self.fulltext)
        with self.store.transaction() as tx:
            tx.mark_all_fulltext_pending()
        return aside

    def _forget_outside(self, keep: set[str]) -> None:
        """Forget the documents and problems outside the folders ``keep``, and catch up
        the full-text index with every removal. Call with the indexing lock held."""
        with self.store.transaction() as tx:
            tx.delete_outside(sorted(keep))
        self._remove_from_fulltext()

    def _remove_from_fulltext(self) -> None:
        """Remove from the full-text index the documents the store has deleted (also
        those a crash kept there). Call with the indexing lock held."""
        removed = self.store.fulltext_removed()
        if removed:
            self.indexer().remove_fulltext(removed)
            with self.store.transaction() as tx:
                tx.forget_fulltext_removed(removed)
            # A copy left elsewhere of a content removed here is now its main one.
            self.indexer().sync_fulltext()

    @_guarded
    def sync_fulltext(self) -> int:
        """Make the full-text index catch up with the store (after a crash). Does nothing
        while this or another process is indexing: that run catches up itself."""
        if self.read_only:
            return 0
        self._require("database", "fulltext")
        with self._indexing(wait=False) as acquired:
            if not acquired:
                return 0
            self._remove_from_fulltext()
            if not self.store.pending_fulltext():
                return 0  # the usual case: no need to load the indexer
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
        type_labels: Mapping[str, str] | None = None,
        correct: bool = True,
    ) -> SearchResult:
        """Search (see SearchEngine.search; ``correct``: typos corrected). Raises
        IndexDamagedError when the index is damaged, also when the damage shows only now
        (a tantivy panic)."""
        self._require("database", "fulltext")
        return self.engine.search(
            query,
            filters,
            sort=sort,
            limit=limit,
            offset=offset,
            descending=descending,
            type_labels=type_labels,
            correct=correct,
        )

    @_guarded
    def similar(self, doc_id: int, limit: int = SIMILAR_LIMIT) -> tuple[SimilarDocument, ...]:
        """The documents most like document ``doc_id`` (see core/similar.py)."""
        self._require("database", "fulltext")
        return similar_documents(self.store, self.fulltext, doc_id, limit)

    @_guarded
    def document(self, doc_id: int) -> Document | None:
        self._require("database")
        return self.store.document(doc_id)

    @_guarded
    def document_by_path(self, path: str) -> Document | None:
        self._require("database")
        return self.store.document_by_path(os.path.abspath(path))

    @_guarded
    def documents_by_ids(self, ids: Sequence[int]) -> dict[int, Document]:
        """The documents ``ids`` that are in the index, by id."""
        self._require("database")
        return self.store.documents_by_ids(ids)

    @_guarded
    def document_contacts(self) -> list[tuple[int, int, Contact]]:
        """Every document's own contacts: (document id, position, contact)."""
        self._require("database")
        return self.store.document_contacts()

    def locations(self, document: Document) -> list[str]:
        """The other paths of ``document``'s content, the main copy first (core.copies)."""
        self._require("database")
        places = self.store.places([document.hash]).get(document.hash, [])
        return [path for path in places if path != document.path]

    @_guarded
    def attachments(self, document: Document) -> list[Document]:
        """``document``'s indexed attachments (core.attachments)."""
        self._require("database")
        return attachments_of(document, self.store)

    @_guarded
    def documents(self, sort: str = "title", descending: bool = False) -> list[Document]:
        self._require("database")
        return self.store.documents(sort, descending)

    @_guarded
    def pages(self, doc_id: int) -> list[Page]:
        self._require("database")
        return self.store.pages(doc_id)

    @_guarded
    def problems(self) -> list[Problem]:
        self._require("database")
        return self.store.problems()

    @_guarded
    def problem_for(self, path: str) -> Problem | None:
        self._require("database")
        return self.store.problem_for(path)

    @_guarded
    def words(self, doc_id: int, page: int) -> tuple[WordBox, ...]:
        """The words OCR recognised on a page, with their boxes (none on a text page)."""
        self._require("database")
        return self.store.words(doc_id, page)

    @_guarded
    def page_sources(self, doc_id: int) -> dict[PageSource, int]:
        """How many of a document's pages have no text layer ('none', 'failed') or were
        recognised ('ocr')."""
        self._require("database")
        return self.store.page_sources([doc_id])

    @_guarded
    def stats(self) -> Stats:
        self._require("database")
        sources = self.store.page_sources()
        return Stats(
            documents=self.store.count_documents(),
            pages=self.store.count_pages(),
            problems=self.store.count_problems(),
            index_bytes=self.index_bytes(),
            roots=len(self.store.roots()),
            pages_without_text=sources.get("none", 0) + sources.get("failed", 0),
            pages_recognised=sources.get("ocr", 0),
        )

    def index_bytes(self) -> int:
        """Bytes the data directory uses on disk (database, WAL, full-text index), not
        counting what ``rebuild`` set aside."""
        total = 0
        for folder, dirs, files in os.walk(self.paths.root):
            dirs[:] = [d for d in dirs if not _set_aside(d)]
            for name in files:
                if _set_aside(name):
                    continue
                try:
                    total += os.stat(os.path.join(folder, name)).st_size
                except OSError:
                    continue
        return total

    # --- edits ------------------------------------------------------------------------

    @_guarded
    def edit(self, edits: Sequence[Edit], *, overwrite: bool = False) -> list[EditResult]:
        """Write ``edits`` (see core.edits: each document's sidecar, atomically, or the
        overlay where its folder cannot be written) and merge those documents again at
        once, so that the next search sees them. A document whose sidecar changed since
        its edit's ``base`` is a "conflict" and left alone, unless ``overwrite``.

        While this process indexes, the documents are merged again when the run ends;
        while another process does, at its next run (the result's message says so)."""
        self._refuse_if_read_only()
        self._require("database", "fulltext")
        docs = self.store.documents_by_ids(e.doc_id for e in edits)
        results: list[EditResult] = []
        for edit in edits:
            doc = docs.get(edit.doc_id)
            if doc is None:
                gone = Message("edit-document-gone")
                results.append(EditResult(edit.doc_id, "", "failed", gone))
                continue
            results.append(write_edit(doc.path, doc.hash, edit, self.overlay, overwrite=overwrite))
        written = [r.path for r in results if r.written]
        if written and not self._merge_now(written):
            later = Message("edit-index-later")
            results = [
                dataclasses.replace(r, message=r.message or later) if r.written else r
                for r in results
            ]
        return results

    def _merge_now(self, paths: list[str]) -> bool:
        """Merge ``paths`` again now; False when another process indexes (its next run
        will). While this process indexes, its run merges them at its end."""
        with self._edit_lock:
            self._edited_meanwhile.update(paths)
            if self._run_active:
                return True  # the run merges them as it ends
        with self._indexing(wait=False) as acquired:
            if acquired:
                self._merge_edited()
                return True
        with self._edit_lock:
            # Busy: a run of this process that has just started merges them; another
            # process's next run will (and this one's next run too).
            return self._run_active

    @_guarded
    def sidecar_state(self, doc_id: int) -> str:
        """The state of a document's sidecar and overlay entry as on disk now: give it as
        ``Edit.base`` so that a change made meanwhile is not written over."""
        doc = self.store.document(doc_id)
        if doc is None:
            return "-|-"
        return state_of(doc.path, doc.hash, self.overlay)

    @_guarded
    def overlay_documents(self) -> list[int]:
        """The documents whose edits wait in the overlay (not yet next to the file)."""
        self._require("database")
        return self.store.ids_with_hashes(self.overlay.hashes())

    @_guarded
    def write_out_overlay(self, doc_ids: Sequence[int] | None = None) -> list[EditResult]:
        """Move the edits waiting in the overlay into the sidecars next to the files
        ("Save edits next to the files"); those whose folder still cannot be written
        stay ("overlay"). ``doc_ids`` None: all."""
        ids = self.overlay_documents() if doc_ids is None else list(doc_ids)
        return self.edit([Edit(doc_id) for doc_id in ids], overwrite=True)

    # --- saved searches ---------------------------------------------------------------

    @_guarded
    def saved_searches(self) -> list[tuple[str, str]]:
        return self._saved.list()

    @_guarded
    def saved_search_entries(self) -> list[SavedSearch]:
        """The saved searches with their filters and sort."""
        return self._saved.entries()

    @_guarded
    def save_search(
        self,
        name: str,
        query: str,
        filters: Mapping[str, Sequence[str]] | None = None,
        sort: str = "",
        descending: bool = False,
    ) -> None:
        self._refuse_if_read_only()
        self._saved.save(name, query, filters, sort, descending)

    @_guarded
    def delete_saved_search(self, name: str) -> None:
        self._refuse_if_read_only()
        self._saved.delete(name)


def _open_store(paths: DataPaths, read_only: bool) -> tuple[Store, Damage | None]:
    """The database, or an empty one in memory standing in for it when it is damaged."""
    try:
        store = Store.open(paths.database, read_only=read_only)
    except sqlite3.DatabaseError as exc:
        damage = database_damage(exc)
        if damage is None:
            raise
    else:
        try:
            found = store.damage()
        except sqlite3.DatabaseError as exc:
            found = str(exc)
        if found is None:
            return store, None
        store.close()
        damage = Damage("database", found)
    stand_in = Store.open(":memory:")
    return stand_in, damage


def _set_aside(name: str) -> bool:
    return any(marker in name for marker in SET_ASIDE)


def _sibling(path: Path, ending: str) -> Path:
    return path.with_name(path.name + ending)


def _move_aside(paths: Sequence[Path], suffix: str) -> list[Path]:
    """Rename each of ``paths`` that exists to its name + ``suffix``; returns the new names."""
    moved: list[Path] = []
    for path in paths:
        if os.path.lexists(path):
            target = _sibling(path, suffix)
            os.replace(path, target)
            moved.append(target)
    return moved
