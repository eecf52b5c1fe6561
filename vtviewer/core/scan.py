"""Roots -> what is new, changed, moved or gone; drives extraction and writes the index."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import stat
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Protocol

from vtviewer.core.edits import Overlay
from vtviewer.core.health import is_storage_error
from vtviewer.core.index import FileState, Store, Writer
from vtviewer.core.memory import return_freed_memory
from vtviewer.core.messages import english
from vtviewer.core.metadata import build_metadata
from vtviewer.core.model import (
    Document,
    Extraction,
    IndexSummary,
    Message,
    MessageCode,
    Metadata,
    Page,
    Problem,
    Progress,
)
from vtviewer.core.ocr import OcrSettings
from vtviewer.core.pool import ExtractPool, PoolConfig
from vtviewer.core.sidecar import (
    CATALOG_NAME,
    SIDECAR_SUFFIX,
    Catalog,
    SidecarError,
    load_catalog,
    load_sidecar,
)
from vtviewer.core.validate import checked_extraction, checked_metadata

log = logging.getLogger(__name__)

#: Folders that hold system or tool data, never documents.
SYSTEM_FOLDERS = frozenset(
    {
        "$recycle.bin",
        "system volume information",
        "__macosx",
        "lost+found",
        "@eadir",
        "#recycle",
        "node_modules",
        "__pycache__",
    }
)
_HIDDEN_ATTRIBUTES = 0x2 | 0x4  # FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM (Windows)

#: Commit the store at least this often while extracting (seconds, documents).
COMMIT_SECONDS = 1.0
COMMIT_DOCUMENTS = 100
#: The full-text index commits this long into a run, then every quarter of the time the
#: run has taken, and at least every FULLTEXT_MAX_SECONDS: a tantivy commit writes out
#: its segments and costs more as the run grows (every 1.5 s, a long run spent its time
#: committing), while a window still shows documents early in a run.
FULLTEXT_COMMIT_SECONDS = 1.5
FULLTEXT_MAX_SECONDS = 10.0


def fulltext_interval(elapsed: float) -> float:
    """The time between two full-text commits, ``elapsed`` seconds into a run."""
    return min(FULLTEXT_MAX_SECONDS, max(FULLTEXT_COMMIT_SECONDS, elapsed / 4))


class FullTextSink(Protocol):
    """What the indexer needs of the full-text engine (core.fulltext.FullText)."""

    def add(self, doc: Document, pages: Sequence[Page], copies: int = 1) -> None: ...
    def remove(self, doc_id: int) -> None: ...
    def commit(self) -> None: ...


@dataclass
class ScanResult:
    """What a walk over the roots found."""

    pdfs: dict[str, os.stat_result] = field(default_factory=dict)
    #: Sidecar and catalog JSON files with their mtimes.
    json_stamps: dict[str, float] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    scanned_roots: list[str] = field(default_factory=list)


def is_hidden(entry: os.DirEntry[str]) -> bool:
    if entry.name.startswith("."):
        return True
    try:
        attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False
    return bool(attributes & _HIDDEN_ATTRIBUTES)


def walk(roots: Iterable[str]) -> ScanResult:
    """Find every *.pdf (any case) and every sidecar/catalog below the roots.

    Symlinks are followed, but each real folder is visited once (no loops); hidden and
    system folders are passed over; a folder that cannot be read is a problem, not an end.
    """
    result = ScanResult()
    seen: set[tuple[int, int]] = set()
    for root in roots:
        result.scanned_roots.append(root)
        try:
            root_stat = os.stat(root)
        except OSError as exc:
            result.problems.append(_folder_problem(root, exc))
            continue
        if not stat.S_ISDIR(root_stat.st_mode):
            # A file named directly (a retry): the extraction says what is wrong with one
            # that is not a regular file (a FIFO must never be opened by the scan).
            if root.lower().endswith(".pdf"):
                result.pdfs[root] = root_stat
            continue
        stack = [root]
        while stack:
            folder = stack.pop()
            try:
                folder_stat = os.stat(folder)
            except OSError as exc:
                result.problems.append(_folder_problem(folder, exc))
                continue
            ident = (folder_stat.st_dev, folder_stat.st_ino)
            if ident in seen:
                continue
            seen.add(ident)
            try:
                with os.scandir(folder) as entries:
                    children = list(entries)
            except OSError as exc:
                result.problems.append(_folder_problem(folder, exc))
                continue
            for entry in children:
                try:
                    _visit(entry, stack, result)
                except OSError as exc:
                    log.warning("cannot read %s: %s", entry.path, exc)
    return result


def _visit(entry: os.DirEntry[str], stack: list[str], result: ScanResult) -> None:
    name = entry.name
    if entry.is_dir(follow_symlinks=True):
        if not is_hidden(entry) and name.lower() not in SYSTEM_FOLDERS:
            stack.append(entry.path)
        return
    lower = name.lower()
    if lower.endswith(".pdf"):
        if name.startswith(".") or not entry.is_file(follow_symlinks=True):
            return
        result.pdfs[entry.path] = entry.stat(follow_symlinks=True)
    elif lower == CATALOG_NAME or lower.endswith(SIDECAR_SUFFIX):
        result.json_stamps[entry.path] = entry.stat(follow_symlinks=True).st_mtime


def _retry_targets(only: Sequence[str], unreadable: Sequence[str]) -> list[str]:
    """What a retry walks: the PDFs asked for; for a sidecar, its PDF (merged again, not
    extracted); for a catalog, its folder; and the folders that could not be read."""
    targets: list[str] = []
    for path in [*only, *unreadable]:
        name = os.path.basename(path).lower()
        if name == CATALOG_NAME:
            path = os.path.dirname(path)
        elif name.endswith(SIDECAR_SUFFIX):
            path = path[: -len(SIDECAR_SUFFIX)]
        if path not in targets:
            targets.append(path)
    return targets


def _add_described_by(
    targets: Sequence[str], roots: Sequence[str], stamps: dict[str, float]
) -> None:
    """Add the sidecars and catalogs that may describe the walked targets but were not
    walked themselves (a retry walks single files): a PDF's sidecar, and the catalogs of
    the folders from the target up to its root."""
    for target in targets:
        candidates = [target + SIDECAR_SUFFIX]
        folder = target if os.path.isdir(target) else os.path.dirname(target)
        while under_any(folder, roots):
            candidates.append(os.path.join(folder, CATALOG_NAME))
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
        for candidate in candidates:
            if candidate in stamps:
                continue
            try:
                stamps[candidate] = os.stat(candidate).st_mtime
            except OSError:
                continue


def _folder_problem(folder: str, exc: OSError) -> Problem:
    reason = Message("folder-unreadable", (str(exc.strerror or exc),))
    return Problem(folder, reason, "unreadable", time.time())


def file_hash(path: str) -> str:
    """The content hash that identifies a document across renames and moves."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def under_any(path: str, roots: Iterable[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


class MetadataSource:
    """Sidecars and catalogs for the files of one run, each read once."""

    def __init__(
        self, json_stamps: dict[str, float], roots: Sequence[str], overlay: Overlay | None = None
    ) -> None:
        self._stamps = json_stamps
        #: The edits kept in the data folder, by content hash (listed once per run).
        self._overlay = overlay
        self._overlay_stamps = overlay.stamps() if overlay is not None else {}
        #: Sidecars and catalogs are read only from inside these folders.
        self._roots = list(roots)
        self._catalogs: dict[str, Catalog | None] = {}
        self.problems: dict[str, Problem] = {}
        self.loaded_ok: set[str] = set()

    def _catalog_folders(self, pdf: str) -> list[str]:
        """Folders from the PDF's own upwards that hold a catalog found by the walk (a
        catalog may list files in its subfolders)."""
        folders = []
        folder = os.path.dirname(pdf)
        while True:
            if os.path.join(folder, CATALOG_NAME) in self._stamps:
                folders.append(folder)
            parent = os.path.dirname(folder)
            if parent == folder:
                return folders
            folder = parent

    def stamp(self, pdf: str, content: str) -> str:
        """Changes whenever the PDF's sidecar, a catalog that may list it, or the edits
        kept for its content (``content``, its hash) in the overlay change."""
        sidecar = pdf + SIDECAR_SUFFIX
        parts = [str(self._stamps.get(sidecar, 0))]
        for folder in self._catalog_folders(pdf):
            parts.append(str(self._stamps[os.path.join(folder, CATALOG_NAME)]))
        if content in self._overlay_stamps:
            # Only then, so that stamps stored before there was an overlay stay equal.
            parts.append(f"edits:{self._overlay_stamps[content]}")
        return "|".join(parts)

    def _catalog(self, folder: str) -> Catalog | None:
        if folder not in self._catalogs:
            path = os.path.join(folder, CATALOG_NAME)
            catalog = None
            try:
                catalog = load_catalog(Path(folder), roots=self._roots)
                self.loaded_ok.add(path)
            except SidecarError as exc:
                reason = Message("catalog-invalid", (str(exc),))
                self.problems[path] = Problem(path, reason, "catalog", time.time())
            self._catalogs[folder] = catalog
        return self._catalogs[folder]

    def checked(self, pdf: str, raw: Extraction, content: str) -> tuple[Extraction, Metadata]:
        """The boundary: what a file gave (its extraction, the sidecars and catalogs that
        describe it) is validated here, once, before the store and the full-text index
        see it: valid Unicode, years and dates in range, lengths and counts capped."""
        raw, notes = checked_extraction(raw)
        merged, meta_notes = checked_metadata(self.build(pdf, raw, content))
        for note in (*notes, *meta_notes):
            log.info("%s: %s", pdf, note)
        return raw, merged

    def build(self, pdf: str, raw: Extraction, content: str) -> Metadata:
        overlay = None
        if self._overlay is not None and content in self._overlay_stamps:
            overlay = self._overlay.entry(content)
        sidecar = None
        sidecar_path = pdf + SIDECAR_SUFFIX
        if sidecar_path in self._stamps:
            try:
                sidecar = load_sidecar(Path(pdf), roots=self._roots)
                self.loaded_ok.add(sidecar_path)
            except SidecarError as exc:
                reason = Message("sidecar-invalid", (str(exc),))
                self.problems[sidecar_path] = Problem(sidecar_path, reason, "sidecar", time.time())
        entry = None
        catalog_folder = None
        for folder in self._catalog_folders(pdf):
            catalog = self._catalog(folder)
            entry = catalog.entry_for(Path(pdf)) if catalog else None
            if entry is not None:
                catalog_folder = Path(folder)
                break
        return build_metadata(
            Path(pdf),
            raw,
            sidecar=sidecar,
            catalog=entry,
            catalog_folder=catalog_folder,
            overlay=overlay,
        )


@dataclass
class _Pending:
    """Documents committed to the store whose full-text entries are not committed yet:
    those not given to the full-text writer yet, those it has (id and content), and those
    it refused."""

    docs: list[tuple[Document, list[Page]]] = field(default_factory=list)
    added: list[tuple[int, str]] = field(default_factory=list)
    refused: list[tuple[Document, str]] = field(default_factory=list)
    #: The contents given to the writer since its last commit, and those of them that a
    #: document of a later batch shares: the store marked their entries pending again
    #: (another copy came: see Writer._pend_copies), so they are not marked done.
    fed: set[str] = field(default_factory=set)
    stale: set[str] = field(default_factory=set)


class Indexer:
    """Brings the store and the full-text index up to date with the files under the roots.

    ``run`` blocks; callers that must stay responsive (the GUI) run it on a worker thread.
    ``progress`` is called on that same thread.
    """

    def __init__(
        self,
        store: Store,
        fulltext: FullTextSink,
        pool_config: PoolConfig | None = None,
        fulltext_lock: threading.Lock | None = None,
        overlay: Overlay | None = None,
        ocr: OcrSettings | None = None,
        ocr_cache: Path | None = None,
    ) -> None:
        self.store = store
        #: Whether and how pages without a text layer are recognised (None: they are not),
        #: and where the results are kept (see core.ocr_pass).
        self.ocr = ocr
        self.ocr_cache = ocr_cache
        self.fulltext = fulltext
        #: The edits kept in the data folder (see core.edits); they win over sidecars.
        self.overlay = overlay
        self.pool_config = pool_config or PoolConfig()
        self._ft_lock = fulltext_lock or threading.Lock()

    # --- full-text bookkeeping -------------------------------------------------------

    def sync_fulltext(self, report: _Reporter | None = None) -> int:
        """Add to the full-text index what the store committed but the engine did not
        (after a crash, or when the full-text index is rebuilt from the stored text).
        Returns the count. ``report`` gets the progress (a rebuild of a big archive
        takes minutes); what is done is committed as it goes, as an indexing run does."""
        pending = self.store.pending_fulltext()
        if not pending:
            return 0
        count = 0
        pages = 0
        done: list[int] = []
        refused: list[tuple[Document, str]] = []
        started = time.monotonic()
        last_commit = float("-inf")  # the first chunk is shown at once
        with self._ft_lock:
            for start in range(0, len(pending), 200):
                chunk = pending[start : start + 200]
                docs = self.store.documents_by_ids(chunk)
                for doc_id in chunk:
                    doc = docs.get(doc_id)
                    if doc is None:
                        continue
                    try:
                        doc_pages = self.store.pages(doc_id)
                    except Exception as exc:  # a page that cannot be read back
                        refused.append((doc, _describe(exc)))
                        continue
                    if self._add_to_fulltext(doc, doc_pages, refused):
                        done.append(doc_id)
                        pages += len(doc_pages)
                now = time.monotonic()
                last = start + len(chunk) >= len(pending)
                if last or now - last_commit >= fulltext_interval(now - started):
                    self.fulltext.commit()
                    last_commit = now
                    count += len(done)
                    with self.store.transaction() as tx:
                        tx.mark_fulltext_done(done)
                    done = []
                if report is not None:
                    report.emit(
                        Progress(
                            start + len(chunk),
                            len(pending),
                            pages,
                            now - report.started,
                            current=docs[chunk[-1]].path if chunk[-1] in docs else "",
                        ),
                        force=last,
                    )
        self._finish_fulltext([], refused)
        return count

    def _feed_fulltext(self, pending: _Pending) -> None:
        """Give the full-text writer the documents the store committed, without a commit:
        an extraction run does it with every store batch, so that their analysis is
        spread over the run instead of holding up the results (and the workers' next
        files) for a second at each full-text commit."""
        if not pending.docs:
            return
        contents = {doc.hash for doc, _ in pending.docs}
        pending.stale |= contents & pending.fed
        pending.fed |= contents
        with self._ft_lock:
            for doc, pages in pending.docs:
                if self._add_to_fulltext(doc, pages, pending.refused):
                    pending.added.append((doc.id, doc.hash))
        pending.docs.clear()

    def _flush_fulltext(self, pending: _Pending) -> None:
        """Commit the pending documents to the full-text index."""
        self._feed_fulltext(pending)
        if not pending.added and not pending.refused:
            return
        with self._ft_lock:
            self.fulltext.commit()
        done = [doc_id for doc_id, content in pending.added if content not in pending.stale]
        refused = pending.refused
        pending.added, pending.refused = [], []
        pending.fed.clear()
        pending.stale.clear()
        # (What is not marked done is added again by the run's last sync_fulltext.)
        self._finish_fulltext(done, refused)

    def _add_to_fulltext(
        self, doc: Document, pages: Sequence[Page], refused: list[tuple[Document, str]]
    ) -> bool:
        """Add one document; one the engine refuses is set aside, the others go on. Of
        the copies of a content only the main one is indexed (see core.copies): another
        copy's entry is removed instead."""
        places = self.store.places([doc.hash]).get(doc.hash, [doc.path])
        try:
            if places[0] != doc.path:
                self.fulltext.remove(doc.id)
                return True
            self.fulltext.add(doc, pages, len(places))
        except BaseException as exc:
            if not _is_per_file(exc):
                raise
            log.warning("the search index refused %s", doc.path, exc_info=True)
            refused.append((doc, _describe(exc)))
            return False
        return True

    def _finish_fulltext(self, done: list[int], refused: list[tuple[Document, str]]) -> None:
        """Mark what the full-text index holds; a document it refused leaves the store and
        becomes a problem, so that the two never disagree and search keeps working."""
        with self.store.transaction() as tx:
            tx.mark_fulltext_done(done)
            for doc, reason in refused:
                tx.delete_document(doc.id)
                tx.record_problem(
                    Problem(
                        doc.path, Message("not-in-search-index", (reason,)), "damaged", time.time()
                    ),
                    doc.size,
                    doc.mtime,
                )
        if refused:
            # An earlier version of the document may still be there (call without the
            # full-text lock held).
            self.remove_fulltext(doc.id for doc, _ in refused)

    def remove_fulltext(self, doc_ids: Iterable[int]) -> None:
        ids = list(doc_ids)
        if not ids:
            return
        with self._ft_lock:
            for doc_id in ids:
                self.fulltext.remove(doc_id)
            self.fulltext.commit()

    # --- the run ---------------------------------------------------------------------

    def run(
        self,
        roots: Sequence[str],
        *,
        progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
        only: Sequence[str] | None = None,
    ) -> IndexSummary:
        """Index ``roots`` incrementally. ``only`` re-indexes just those files (a retry:
        files recorded as problems are tried again even if they did not change)."""
        started = time.monotonic()
        # A run frees as much as it allocates, in large blocks: give it back as it goes.
        return_freed_memory()
        cancel = cancel or threading.Event()
        report = _Reporter(progress, started)
        report.emit(Progress(0, 0, 0, 0.0, phase="scanning"))
        self.sync_fulltext(report)

        roots = [os.path.abspath(r) for r in roots]
        # Folders that could not be read before are walked again, also by a retry: once
        # their permissions are fixed they are indexed and their problem goes.
        unreadable = [
            p.path
            for p in self.store.problems()
            if p.kind == "unreadable" and under_any(p.path, roots)
        ]
        retry = set(only or ())
        targets = roots if only is None else _retry_targets(only, unreadable)
        scan = walk(targets)
        if only is not None:
            _add_described_by(targets, roots, scan.json_stamps)
        known = self.store.file_states()
        problem_stamps = self.store.problem_states()
        meta = MetadataSource(scan.json_stamps, roots, self.overlay)

        to_extract: list[str] = []
        remerge: list[tuple[str, FileState]] = []
        changed: list[tuple[str, FileState]] = []
        new: list[str] = []
        unchanged = 0
        for path, st in scan.pdfs.items():
            state = known.get(path)
            if state is None:
                stamp = problem_stamps.get(path)
                if path not in retry and stamp == (st.st_size, st.st_mtime):
                    continue  # a known problem that did not change: not tried again
                new.append(path)
            elif (state.size, state.mtime) != (st.st_size, st.st_mtime) or path in retry:
                changed.append((path, state))
            elif state.meta_stamp != meta.stamp(path, state.hash):
                remerge.append((path, state))
            else:
                unchanged += 1

        if only is None:
            gone = {p: s for p, s in known.items() if p not in scan.pdfs and under_any(p, roots)}
        else:
            gone = {p: s for p, s in known.items() if p in retry and p not in scan.pdfs}
        summary = _Counts(unchanged=unchanged)

        # Moved or renamed files keep their document: same size, then same content hash.
        gone_by_size: dict[int, list[tuple[str, FileState]]] = defaultdict(list)
        for path, state in gone.items():
            gone_by_size[state.size].append((path, state))
        moves: list[tuple[str, str, FileState]] = []
        # Hashes taken while deciding, kept so that extraction does not read files again.
        hashes: dict[str, str] = {}
        for path in new:
            candidates = gone_by_size.get(scan.pdfs[path].st_size)
            content = _safe_hash(path, hashes) if candidates else None
            match = next((c for c in candidates or () if c[1].hash == content), None)
            if match is not None and candidates is not None:
                candidates.remove(match)
                del gone[match[0]]
                moves.append((match[0], path, match[1]))
            else:
                to_extract.append(path)

        # A new file with the content of a file indexed (a copy) takes that one's stored
        # extraction: it is not read again (core.copies).
        kept_by_size: dict[int, list[FileState]] = defaultdict(list)
        for path, state in known.items():
            if path not in gone:
                kept_by_size[state.size].append(state)
        copies: list[tuple[str, FileState]] = []
        for path in list(to_extract):
            same_size = kept_by_size.get(scan.pdfs[path].st_size)
            content = _safe_hash(path, hashes) if same_size and path not in retry else None
            original = next((s for s in same_size or () if s.hash == content), None)
            if original is not None:
                to_extract.remove(path)
                copies.append((path, original))

        touched: list[tuple[str, FileState]] = []
        for path, state in changed:
            if path not in retry and _safe_hash(path, hashes) == state.hash:
                touched.append((path, state))
            else:
                to_extract.append(path)

        with self.store.transaction() as tx:
            for _old, path, state in moves:
                st = scan.pdfs[path]
                tx.move(state.doc_id, path, st.st_size, st.st_mtime)
                summary.moved += 1
                # Merged again in any case: the sidecar and the catalog entry of the old
                # name do not describe the new one (their stamps may not have changed).
                remerge.append((path, state))
            for path, state in touched:
                st = scan.pdfs[path]
                tx.touch(state.doc_id, st.st_size, st.st_mtime)
                summary.unchanged += 1
            for state in gone.values():
                tx.delete_document(state.doc_id)
                summary.removed += 1
            for path in problem_stamps:
                if (
                    path not in scan.pdfs
                    and under_any(path, roots)
                    and not os.path.exists(path)
                    and only is None
                ):
                    tx.clear_problem(path)
            still_unreadable = {problem.path for problem in scan.problems}
            for folder in unreadable:
                if folder not in still_unreadable:
                    tx.clear_problem(folder)
            for problem in scan.problems:
                tx.record_problem(problem)
        self.remove_fulltext(state.doc_id for state in gone.values())
        if moves:
            self.sync_fulltext()

        if remerge:
            self._remerge(remerge, meta)
            summary.updated += len(remerge)
        if copies:
            to_extract.extend(self._store_copies(copies, scan, known, hashes, meta, summary))

        total = len(to_extract)
        report.total = total
        report.emit(Progress(0, total, 0, time.monotonic() - started, phase="indexing"))
        if to_extract and not cancel.is_set():
            self._extract_all(to_extract, scan, known, hashes, meta, summary, report, cancel)
        self._record_json_problems(meta)
        # The other copies of contents that came, went or moved (see Writer._pend_copies).
        self.sync_fulltext()
        if self.ocr is not None and self.ocr_cache is not None and not cancel.is_set():
            # The second pass: every text layer is searchable already.
            from vtviewer.core.ocr_pass import recognise_pending

            summary.recognised, recognised = recognise_pending(
                self.store,
                self.ocr,
                self.ocr_cache,
                self.pool_config,
                self.sync_fulltext,
                report,
                cancel,
            )
            # What is found in the text (contacts, the language) is found in scans too.
            self.remerge(recognised, roots)

        try:
            self.store.checkpoint()
        except sqlite3.Error:  # the run is done: a log left for SQLite to fold in later
            log.warning("the store's write-ahead log could not be emptied", exc_info=True)
        cancelled = cancel.is_set()
        elapsed = time.monotonic() - started
        report.emit(
            Progress(
                summary.done,
                total,
                summary.pages,
                elapsed,
                phase="cancelled" if cancelled else "done",
                problems=summary.problems,
            ),
            force=True,
        )
        return summary.result(elapsed, cancelled)

    def remerge(self, paths: Sequence[str], roots: Sequence[str]) -> None:
        """Merge the metadata of the indexed ``paths`` again at once (after an edit),
        without extraction; paths not indexed are skipped."""
        roots = [os.path.abspath(r) for r in roots]
        known = self.store.file_states()
        items = [(p, known[p]) for p in dict.fromkeys(paths) if p in known]
        if not items:
            return
        stamps: dict[str, float] = {}
        _add_described_by([p for p, _ in items], roots, stamps)
        meta = MetadataSource(stamps, roots, self.overlay)
        self._remerge(items, meta)
        self._record_json_problems(meta)

    def _remerge(self, items: list[tuple[str, FileState]], meta: MetadataSource) -> None:
        """A sidecar or catalog changed but the PDF did not: merge again, no extraction."""
        pending = _Pending()
        with self.store.transaction() as tx:
            for path, state in items:
                try:
                    with tx.isolated():
                        raw = self.store.extraction(state.doc_id)
                        if raw is None:
                            continue
                        _raw, merged = meta.checked(path, raw, state.hash)
                        tx.update_metadata(state.doc_id, merged, meta.stamp(path, state.hash))
                        tx.clear_problem(path)
                except BaseException as exc:
                    if not _is_per_file(exc) or not tx.active:
                        raise
                    # The document keeps its previous metadata; the cause is recorded.
                    log.warning("%s could not be merged again", path, exc_info=True)
                    reason = Message("metadata-not-updated", (_describe(exc),))
                    tx.record_problem(Problem(path, reason, "damaged", time.time()))
        for _path, state in items:
            doc = self.store.document(state.doc_id)
            if doc is not None:
                pending.docs.append((doc, self.store.pages(doc.id)))
        self._flush_fulltext(pending)

    def _store_copies(
        self,
        copies: list[tuple[str, FileState]],
        scan: ScanResult,
        known: dict[str, FileState],
        hashes: dict[str, str],
        meta: MetadataSource,
        counts: _Counts,
    ) -> list[str]:
        """Store each new copy with the extraction of the file it is a copy of, its own
        metadata merged (its own name, sidecar and catalog entry); returns the copies
        whose original's extraction could not be read back, for extraction."""
        pending = _Pending()
        again: list[str] = []
        with self.store.transaction() as tx:
            for path, original in copies:
                st = scan.pdfs[path]
                try:
                    raw = self.store.extraction(original.doc_id)
                except Exception:  # a page that cannot be read back: read the file
                    log.warning("the extraction of %s could not be read", path, exc_info=True)
                    raw = None
                if raw is None:
                    again.append(path)
                    continue
                try:
                    write = self._document_write(
                        path, raw, st, known, hashes.get(path), meta, counts, pending
                    )
                except BaseException as exc:
                    if not _is_per_file(exc):
                        raise
                    write = _failure_write(path, "metadata-not-read", exc, st)
                    counts.problems += 1
                _write_isolated(tx, path, write, st, counts)
        self._flush_fulltext(pending)
        return again

    def _extract_all(
        self,
        paths: list[str],
        scan: ScanResult,
        known: dict[str, FileState],
        hashes: dict[str, str],
        meta: MetadataSource,
        counts: _Counts,
        report: _Reporter,
        cancel: threading.Event,
    ) -> None:
        pending = _Pending()
        batch: list[tuple[str, Callable[[Writer], None]]] = []
        started = last_commit = last_ft_commit = time.monotonic()

        def commit() -> None:
            with self.store.transaction() as tx:
                for path, write in batch:
                    _write_isolated(tx, path, write, scan.pdfs[path], counts)
            batch.clear()

        with ExtractPool(self.pool_config) as pool:
            for path, outcome in pool.map(_largest_first(paths, scan), cancel):
                counts.done += 1
                before = scan.pdfs[path]
                if isinstance(outcome, Problem):
                    batch.append((path, _problem_write(outcome, before)))
                    counts.problems += 1
                else:
                    try:
                        write = self._document_write(
                            path, outcome, before, known, hashes.get(path), meta, counts, pending
                        )
                    except BaseException as exc:
                        if not _is_per_file(exc):
                            raise
                        write = _failure_write(path, "metadata-not-read", exc, before)
                        counts.problems += 1
                    batch.append((path, write))
                now = time.monotonic()
                first = counts.done == 1  # show something at once
                if first or len(batch) >= COMMIT_DOCUMENTS or now - last_commit >= COMMIT_SECONDS:
                    commit()
                    last_commit = now
                    if now - last_ft_commit >= fulltext_interval(now - started):
                        self._flush_fulltext(pending)
                        last_ft_commit = now
                    else:
                        self._feed_fulltext(pending)
                report.emit(
                    Progress(
                        counts.done,
                        report.total,
                        counts.pages,
                        now - report.started,
                        current=path,
                        problems=counts.problems,
                    )
                )
        commit()
        report.emit(
            Progress(
                counts.done,
                report.total,
                counts.pages,
                time.monotonic() - report.started,
                phase="finishing",
                problems=counts.problems,
            ),
            force=True,
        )
        self._flush_fulltext(pending)

    def _document_write(
        self,
        path: str,
        raw: Extraction,
        before: os.stat_result,
        known: dict[str, FileState],
        content: str | None,
        meta: MetadataSource,
        counts: _Counts,
        pending: _Pending,
    ) -> Callable[[Writer], None]:
        """``content`` is the hash taken during the scan, if any: the stat check below
        catches a file that changed since then."""
        try:
            after = os.stat(path)
            content = content or file_hash(path)
        except OSError as exc:
            counts.problems += 1
            reason = Message("vanished-while-indexing", (str(exc.strerror or exc),))
            problem = Problem(path, reason, "vanished")
            return _problem_write(problem, before)
        if (after.st_size, after.st_mtime) != (before.st_size, before.st_mtime):
            counts.problems += 1
            problem = Problem(path, Message("changed-while-indexing"), "changed", time.time())
            return _problem_write(problem, before, stamp=(-1, -1.0))
        raw, merged = meta.checked(path, raw, content)
        stamp = meta.stamp(path, content)
        state = known.get(path)

        def write(tx: Writer) -> None:
            doc_id = tx.put_document(
                path=path,
                size=after.st_size,
                mtime=after.st_mtime,
                hash=content,
                raw=raw,
                meta=merged,
                meta_stamp=stamp,
                doc_id=state.doc_id if state else None,
            )
            doc = Document(
                doc_id,
                path,
                after.st_size,
                after.st_mtime,
                content,
                raw.page_count,
                raw.encrypted,
                merged,
                time.time(),
            )
            labels = raw.page_labels
            pages = [
                Page(doc_id, n, text, labels[n - 1] if n - 1 < len(labels) else "")
                for n, text in enumerate(raw.pages, start=1)
            ]
            pending.docs.append((doc, pages))
            # Counted once stored: a file whose write fails is counted as a problem.
            if state is None:
                counts.added += 1
            else:
                counts.updated += 1
            counts.pages += raw.page_count

        return write

    def _record_json_problems(self, meta: MetadataSource) -> None:
        with self.store.transaction() as tx:
            for problem in meta.problems.values():
                tx.record_problem(problem)
            for path in meta.loaded_ok:
                tx.clear_problem(path)


@dataclass
class _Counts:
    """The counts of a run as it goes (an IndexSummary in the making)."""

    added: int = 0
    updated: int = 0
    moved: int = 0
    removed: int = 0
    unchanged: int = 0
    problems: int = 0
    pages: int = 0
    done: int = 0
    recognised: int = 0

    def result(self, seconds: float, cancelled: bool) -> IndexSummary:
        mine = {f.name for f in fields(self)}
        counts = {f.name: getattr(self, f.name) for f in fields(IndexSummary) if f.name in mine}
        return IndexSummary(**counts, seconds=seconds, cancelled=cancelled)


class _Reporter:
    """Calls the progress callback, at most ten times a second unless forced."""

    def __init__(self, callback: Callable[[Progress], None] | None, started: float) -> None:
        self.callback = callback
        self.started = started
        self.total = 0
        self._last = 0.0

    def emit(self, progress: Progress, force: bool = False) -> None:
        if self.callback is None:
            return
        now = time.monotonic()
        if force or now - self._last >= 0.1 or progress.done == progress.total:
            self._last = now
            self.callback(progress)


def _problem_write(
    problem: Problem, st: os.stat_result, stamp: tuple[int, float] | None = None
) -> Callable[[Writer], None]:
    size, mtime = stamp if stamp is not None else (st.st_size, st.st_mtime)

    def write(tx: Writer) -> None:
        tx.record_problem(problem, size, mtime)

    return write


#: Errors of the data folder, not of a file: the run stops with them (and says why).
def _is_per_file(exc: BaseException) -> bool:
    """Whether ``exc`` concerns the file at hand, so that the run goes on without it: any
    error, also the full-text engine's panics (pyo3's PanicException derives from
    BaseException); but not an interrupt, nor a failing data folder or engine (a full
    disk, a damaged database, a dead writer), which would fail every file after it too."""
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
        return False
    return not is_storage_error(exc)


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:300]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _failure_write(
    path: str, what: MessageCode, exc: BaseException, st: os.stat_result
) -> Callable[[Writer], None]:
    """Record that ``path`` failed at ``what`` ("not-stored", "metadata-not-read")."""
    reason = Message(what, (_describe(exc),))
    log.warning("%s: %s", path, english(reason), exc_info=exc)
    problem = Problem(path, reason, "damaged", time.time())
    return _problem_write(problem, st)


def _write_isolated(
    tx: Writer, path: str, write: Callable[[Writer], None], st: os.stat_result, counts: _Counts
) -> None:
    """Run one file's write in its own savepoint: if it fails, the file becomes a problem
    and the rest of the batch is kept."""
    try:
        with tx.isolated():
            write(tx)
    except BaseException as exc:
        if not _is_per_file(exc) or not tx.active:
            raise
        counts.problems += 1
        _failure_write(path, "not-stored", exc, st)(tx)


def _safe_hash(path: str, remember: dict[str, str]) -> str | None:
    try:
        remember[path] = file_hash(path)
        return remember[path]
    except OSError:
        return None


def _largest_first(paths: list[str], scan: ScanResult) -> Iterator[str]:
    """Hand big files out first so that one large file does not finish the run alone."""
    yield from sorted(paths, key=lambda p: scan.pdfs[p].st_size, reverse=True)
