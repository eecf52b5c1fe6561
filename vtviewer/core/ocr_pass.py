"""The second indexing pass: pages without a text layer -> Tesseract (or the cache) -> store.

It runs after the text layer of every file is indexed, so text PDFs are searchable
first; in worker processes of their own, at low priority, with the pool's time and
memory limits per page. A page OCR gives up on is marked 'failed' and tried again only
when its file changes; without Tesseract (or with OCR off) nothing happens here, and
the pages stay 'none' (counted by ``vtviewer stats``, said in the details pane).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from vtviewer.core.index import Store
from vtviewer.core.messages import english
from vtviewer.core.model import Document, Progress
from vtviewer.core.ocr import OcrPage, OcrRequest, OcrSettings, Tesseract, find_tesseract
from vtviewer.core.ocr_cache import OcrCache
from vtviewer.core.pool import ExtractPool, PoolConfig
from vtviewer.core.text import clean_text
from vtviewer.core.validate import PAGE_CHARS

log = logging.getLogger(__name__)

#: How much nicer than the indexing process the OCR workers run.
OCR_NICE = 10
#: Commit recognised pages (store and cache) at least this often; the full-text index at
#: most this often (a tantivy commit costs tens of ms, and a document is added whole).
COMMIT_SECONDS = 1.0
FULLTEXT_SECONDS = 3.0


class _Report(Protocol):
    def emit(self, progress: Progress, force: bool = False) -> None: ...


def recognise_pending(
    store: Store,
    settings: OcrSettings,
    cache_folder: Path,
    pool_config: PoolConfig,
    sync_fulltext: Callable[[], object],
    report: _Report,
    cancel: threading.Event,
    tesseract: Tesseract | None = None,
) -> tuple[int, list[str]]:
    """Recognise every page stored without a text layer; returns how many were (from
    the cache or by Tesseract) and the paths of the documents that got text (their
    metadata is merged again: contacts in a scan are found too). ``sync_fulltext`` adds
    the documents that changed to the full-text index (the indexer's)."""
    if not settings.enabled:
        return 0, []
    pending = store.unrecognised()
    if not pending:
        return 0, []
    tesseract = tesseract or find_tesseract()
    if tesseract is None:
        log.info("%d pages have no text layer; Tesseract is not installed", len(pending))
        return 0, []
    languages = tesseract.choose(settings.languages)
    cache = OcrCache(cache_folder, tesseract.version, languages, settings.dpi)
    docs = store.documents_by_ids({doc_id for doc_id, _ in pending})
    total = len(pending)
    run = _Run(store, cache, sync_fulltext, report, total)
    requests: list[OcrRequest] = []
    # Each job's own limit: Tesseract stops a little before the worker is killed.
    timeout = max(1.0, pool_config.timeout * 0.9)
    for doc_id, number in pending:
        doc = docs.get(doc_id)
        if doc is None or not _unchanged(doc):
            run.skip(doc)  # the next run extracts it again
            continue
        cached = cache.get(doc.hash, number)
        if cached is not None:
            run.recognised_page(doc, number, cached, cached=True)
            continue
        requests.append(
            OcrRequest(doc.id, doc.path, number, tesseract.path, languages, settings.dpi, timeout)
        )
    config = dataclasses.replace(pool_config, nice=OCR_NICE)
    report.emit(Progress(0, total, 0, 0.0, phase="recognising"), force=True)
    try:
        if requests and not cancel.is_set():
            with ExtractPool(config) as pool:
                for request, result in pool.recognise(iter(requests), cancel):
                    doc = docs[request.doc_id]
                    if isinstance(result, OcrPage):
                        run.recognised_page(doc, request.page, result, cached=False)
                    else:
                        log.warning(
                            "%s, page %d: %s", doc.path, request.page, english(result.reason)
                        )
                        run.failed(doc, request.page)
    finally:
        run.finish()
    return run.recognised, [docs[i].path for i in sorted(run.documents)]


def _unchanged(doc: Document) -> bool:
    try:
        st = os.stat(doc.path)
    except OSError:
        return False
    return (st.st_size, st.st_mtime) == (doc.size, doc.mtime)


class _Run:
    """The bookkeeping of one pass: batched writes, commits and progress."""

    def __init__(
        self,
        store: Store,
        cache: OcrCache,
        sync_fulltext: Callable[[], object],
        report: _Report,
        total: int,
    ) -> None:
        self.store = store
        self.cache = cache
        self.sync_fulltext = sync_fulltext
        self.report = report
        self.total = total
        self.done = 0
        self.recognised = 0
        #: The documents that got recognised text.
        self.documents: set[int] = set()
        self._batch: list[tuple[int, int, OcrPage | None]] = []
        self._last_commit = time.monotonic()
        self._last_fulltext = time.monotonic()
        #: The pass's own clock: its rate and time left are of recognition alone.
        self.started = time.monotonic()

    def recognised_page(self, doc: Document, number: int, result: OcrPage, *, cached: bool) -> None:
        text = clean_text(result.text)[:PAGE_CHARS]
        page = OcrPage(text, result.words)
        if not cached:
            self.cache.put(doc.hash, number, page)
        self._batch.append((doc.id, number, page))
        self.recognised += 1
        self.documents.add(doc.id)
        self._step(doc)

    def failed(self, doc: Document, number: int) -> None:
        self._batch.append((doc.id, number, None))
        self._step(doc)

    def skip(self, doc: Document | None) -> None:
        self._step(doc)

    def _step(self, doc: Document | None) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self._last_commit >= COMMIT_SECONDS:
            self._commit()
        if now - self._last_fulltext >= FULLTEXT_SECONDS:
            self._commit()
            self.sync_fulltext()
            self._last_fulltext = time.monotonic()
        self.report.emit(
            Progress(
                self.done,
                self.total,
                self.done,
                now - self.started,
                current=doc.path if doc is not None else "",
                phase="recognising",
            ),
            force=self.done == 1,
        )

    def _commit(self) -> None:
        self._last_commit = time.monotonic()
        if self._batch:
            with self.store.transaction() as tx:
                for doc_id, number, page in self._batch:
                    if page is None:
                        tx.ocr_failed(doc_id, number)
                    else:
                        tx.put_recognised(doc_id, number, page.text, page.words)
            self._batch.clear()
        self.cache.flush()

    def finish(self) -> None:
        """Keep what was recognised, also when cancelled: commit and index it."""
        self._commit()
        self.sync_fulltext()
