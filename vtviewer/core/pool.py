"""Worker processes that run ``extract.extract_pdf``, with a time and a memory limit per file.

How to run the extraction safely, not what it reads: each worker is a spawned process
(never forked: the parent may be a Qt GUI with threads) whose data segment is capped
(RLIMIT_DATA) and which the kernel kills with its parent (PR_SET_PDEATHSIG). The parent
hands out jobs through a pipe, waits on the pipes, the processes' sentinels and the
deadlines at once, and replaces a worker that hangs, crashes or runs out of memory; that
file becomes a Problem. The messages on the pipe are the small frozen types below.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from vtviewer.core.extract import ExtractError, extract_pdf
from vtviewer.core.messages import cleaned, english
from vtviewer.core.model import Extraction, Message, Problem
from vtviewer.core.ocr import OcrError, OcrPage, OcrRequest, recognise

log = logging.getLogger(__name__)

#: A worker gets this many files ahead, so it never waits for the parent between files:
#: the parent hands out files between the results it gives the indexer, which may spend
#: a while on one long document (with two, a worker often finished its next file first).
IN_FLIGHT_PER_WORKER = 4
#: How often the parent wakes while waiting, to notice a set cancel event.
_WAKE_SECONDS = 0.1
#: How long a new worker may take to import its libraries before it counts as hung.
_STARTUP_SECONDS = 60.0


# --- the messages between the parent and a worker -----------------------------------------


@dataclass(frozen=True)
class Job:
    """Parent -> worker: extract ``path``; ``pdfium`` False reads it with pypdf alone."""

    id: int
    path: str
    password: str | None
    pdfium: bool


@dataclass(frozen=True)
class OcrJob:
    """Parent -> worker: recognise one page (see core.ocr)."""

    id: int
    request: OcrRequest


@dataclass(frozen=True)
class Recognised:
    """Worker -> parent: what Tesseract read on the page of job ``job_id``."""

    job_id: int
    page: OcrPage


@dataclass(frozen=True)
class Stop:
    """Parent -> worker: leave (after the job at hand)."""


@dataclass(frozen=True)
class Ready:
    """Worker -> parent: imports done, jobs can be timed from now."""

    pid: int


@dataclass(frozen=True)
class InPdfium:
    """Worker -> parent: PDFium has the file of job ``job_id`` now (see ``_Job.in_pdfium``)."""

    job_id: int


@dataclass(frozen=True)
class Extracted:
    """Worker -> parent: what job ``job_id`` read."""

    job_id: int
    extraction: Extraction


@dataclass(frozen=True)
class Failed:
    """Worker -> parent: job ``job_id`` gave nothing; ``kind`` as in ``Problem.kind``."""

    job_id: int
    kind: str
    reason: Message


ToWorker = Job | OcrJob | Stop
FromWorker = Ready | InPdfium | Extracted | Recognised | Failed


@dataclass(frozen=True)
class WorkerHooks:
    """Seams for tests, called in the worker process: ``before_extract(path, memory_bytes)``
    before a file is read (to hang, crash or allocate on purpose), ``in_pdfium(path)``
    once PDFium has it. They travel to the spawned worker pickled, so they must be
    module-level functions. Production code passes none."""

    before_extract: Callable[[str, int], None] | None = None
    in_pdfium: Callable[[str], None] | None = None


# --- the worker process -------------------------------------------------------------------


def _format_bytes(count: int) -> str:
    if count >= 1024**3:
        return f"{count / 1024**3:.3g} GiB"
    return f"{count / 1024**2:.3g} MiB"


def memory_reason(limit: int) -> Message:
    return Message("out-of-memory", (_format_bytes(limit),))


def _limit_memory(limit: int) -> None:
    # RLIMIT_DATA, not RLIMIT_AS: PDFium reserves ~32 GiB of address space up front, so any
    # address-space cap kills it, while the data limit counts what is really allocated.
    try:
        import resource
    except ImportError:  # not on Windows
        return
    rlimit_data = getattr(resource, "RLIMIT_DATA", None)
    if rlimit_data is None:
        return
    try:
        _soft, hard = resource.getrlimit(rlimit_data)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(rlimit_data, (limit, hard))
    except (OSError, ValueError) as error:
        log.warning("cannot limit worker memory: %s", error)


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when the indexing process dies (even by
    kill -9): a worker stuck in PDFium would otherwise outlive it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        log.debug("prctl(PR_SET_PDEATHSIG) not available", exc_info=True)


def _worker_main(conn: Connection, memory_bytes: int, hooks: WorkerHooks, nice: int = 0) -> None:
    """A worker: one file at a time, Job in, Extracted or Failed out (OcrJob in,
    Recognised or Failed out)."""
    _limit_memory(memory_bytes)
    _die_with_parent()
    if nice > 0 and hasattr(os, "nice"):
        # The OCR pass runs behind everything else (Tesseract inherits it).
        with contextlib.suppress(OSError):
            os.nice(nice)
    # Ctrl-C in a terminal reaches the whole process group; the parent decides what
    # stops, and kills workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # pypdf warns about every repaired cross-reference; that is noise on a console.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with contextlib.suppress(ImportError):
        import pypdf  # noqa: F401  -- pay the imports before the first deadline starts
        import pypdfium2  # noqa: F401
    _send(conn, Ready(os.getpid()))
    while True:
        try:
            job: ToWorker = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        result: FromWorker
        if isinstance(job, OcrJob):
            result, exit_after = _recognise(job, memory_bytes)
        elif isinstance(job, Job):
            result, exit_after = _extract(conn, job, memory_bytes, hooks)
        else:
            return
        try:
            _send(conn, result)
        except (OSError, ValueError):
            return
        if exit_after:
            return


def _send(conn: Connection, message: FromWorker) -> None:
    conn.send(message)


def _recognise(job: OcrJob, memory_bytes: int) -> tuple[Recognised | Failed, bool]:
    try:
        return Recognised(job.id, recognise(job.request)), False
    except OcrError as error:
        return Failed(job.id, "ocr", Message("ocr-failed", (error.detail,))), False
    except MemoryError:
        return Failed(job.id, "memory", memory_reason(memory_bytes)), True
    except Exception as error:
        log.debug("%s: OCR failed", job.request.path, exc_info=True)
        detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return Failed(job.id, "ocr", Message("ocr-failed", (detail,))), False


def _extract(
    conn: Connection, job: Job, memory_bytes: int, hooks: WorkerHooks
) -> tuple[Extracted | Failed, bool]:
    """One job's result, and whether the worker must leave after sending it."""

    def before_pdfium() -> None:
        # The parent retries a file without PDFium only when PDFium is what hung.
        _send(conn, InPdfium(job.id))
        if hooks.in_pdfium is not None:
            hooks.in_pdfium(job.path)

    try:
        if hooks.before_extract is not None:
            hooks.before_extract(job.path, memory_bytes)
        extraction = extract_pdf(
            job.path, job.password, pdfium=job.pdfium, before_pdfium=before_pdfium
        )
        return Extracted(job.id, extraction), False
    except ExtractError as error:
        return Failed(job.id, error.kind, error.reason), False
    except MemoryError:
        # The heap may be fragmented or a library half-updated: the worker leaves.
        return Failed(job.id, "memory", memory_reason(memory_bytes)), True
    except RecursionError:
        nested = Message("damaged-pdf", (Message("nested-too-deeply"),))
        return Failed(job.id, "damaged", nested), False
    except Exception as error:
        log.debug("%s: extraction failed", job.path, exc_info=True)
        detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return Failed(job.id, "damaged", Message("could-not-read", (detail,))), False


# --- the pool -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PoolConfig:
    """How many workers, and the limits per file."""

    workers: int = os.cpu_count() or 1
    timeout: float = 120.0
    memory_bytes: int = 1536 * 1024**2
    #: Test seams run in the workers (see WorkerHooks); none in production.
    hooks: WorkerHooks = field(default_factory=WorkerHooks)
    #: How much nicer than the parent the workers run (the OCR pass: 10).
    nice: int = 0


@dataclass
class _Job:
    id: int
    path: str
    password: str | None
    #: Set when the worker said PDFium has the file.
    in_pdfium: bool = False
    #: The second try of a file PDFium hung or crashed on (pypdf alone) carries the
    #: problem of the first, which stands when pypdf cannot read the file either.
    first_try: tuple[str, Message] | None = None
    #: Set for a page to recognise rather than a file to extract.
    ocr: OcrRequest | None = None

    @property
    def pdfium(self) -> bool:
        return self.first_try is None

    def without_pdfium(self, kind: str, reason: Message) -> _Job:
        log.warning("%s: %s in PDFium; trying pypdf alone", self.path, english(reason))
        return _Job(self.id, self.path, self.password, first_try=(kind, reason))


#: What the parent hands out: a file to extract (path, password), or a page to recognise.
_Spec = tuple[str, str | None, OcrRequest | None]
_Result = Extraction | OcrPage | Problem


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    jobs: deque[_Job] = field(default_factory=deque)
    #: When the first job in ``jobs`` started (set when ready / when the previous ended).
    started: float = 0.0


class ExtractPool:
    """Worker processes that extract PDFs; use as a context manager.

    Workers start lazily, live as long as the pool and each handle one file at a time.
    A worker that times out, crashes or runs out of memory is replaced and its file is
    reported as a Problem. Not thread-safe: one ``map`` at a time.
    """

    def __init__(self, config: PoolConfig | None = None) -> None:
        self.config = config or PoolConfig()
        if self.config.workers < 1:
            raise ValueError("PoolConfig.workers must be at least 1")
        # spawn, never fork: the parent may be a Qt GUI with threads.
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._ids = itertools.count(1)
        self._busy = threading.Lock()
        self._closed = False

    def __enter__(self) -> ExtractPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def worker_pids(self) -> tuple[int, ...]:
        """The process ids of the live workers (for tests and diagnostics)."""
        return tuple(w.process.pid for w in self._workers if w.process.pid is not None)

    def extract(self, path: str, password: str | None = None) -> Extraction | Problem:
        """One file through a worker, e.g. to retry with a password the user typed."""
        with contextlib.closing(self._run(iter([(path, password, None)]), None)) as results:
            for _job, result in results:
                assert not isinstance(result, OcrPage)
                return result
        raise RuntimeError("extraction produced no result")  # pragma: no cover

    def recognise(
        self, requests: Iterable[OcrRequest], cancel: threading.Event | None = None
    ) -> Iterator[tuple[OcrRequest, OcrPage | Problem]]:
        """Recognise each page, yielding (request, result) as results arrive, in any order;
        a page that times out or crashes its worker is a Problem. Cancel as for ``map``."""
        jobs = ((r.path, None, r) for r in requests)
        for job, result in self._run(jobs, cancel):
            assert job.ocr is not None
            assert isinstance(result, OcrPage | Problem)
            yield job.ocr, result

    def map(
        self, paths: Iterable[str], cancel: threading.Event | None = None
    ) -> Generator[tuple[str, Extraction | Problem], None, None]:
        """Extract every path, yielding (path, result) as results arrive, in any order.

        ``paths`` is consumed lazily. When ``cancel`` is set, no more files are started,
        busy workers are killed and the iterator ends; ``close()`` on the iterator does
        the same.
        """
        return self._paths(self._run(((p, None, None) for p in paths), cancel))

    @staticmethod
    def _paths(
        results: Generator[tuple[_Job, _Result], None, None],
    ) -> Generator[tuple[str, Extraction | Problem], None, None]:
        try:
            for job, result in results:
                assert not isinstance(result, OcrPage)
                yield job.path, result
        finally:
            results.close()

    def close(self) -> None:
        """Stop all workers: politely, then by force."""
        self._closed = True
        workers, self._workers = self._workers, []
        for worker in workers:
            if worker.jobs:
                worker.process.kill()
            else:
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(Stop())
        deadline = time.monotonic() + 2.0
        for worker in workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1.0)
            worker.conn.close()

    # --- internals ----------------------------------------------------------------------

    def _start_worker(self) -> _Worker:
        parent_conn, child_conn = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main,
            args=(child_conn, self.config.memory_bytes, self.config.hooks, self.config.nice),
            name="vtviewer-extract",
            daemon=True,
        )
        process.start()
        child_conn.close()
        worker = _Worker(process=process, conn=parent_conn)
        self._workers.append(worker)
        log.debug("started extraction worker %s", process.pid)
        return worker

    def _discard(self, worker: _Worker, kill: bool) -> None:
        if kill:
            worker.process.kill()
        worker.process.join(5.0)
        worker.conn.close()
        if worker in self._workers:
            self._workers.remove(worker)

    def _run(
        self, jobs: Iterator[_Spec], cancel: threading.Event | None
    ) -> Generator[tuple[_Job, _Result], None, None]:
        if self._closed:
            raise RuntimeError("ExtractPool is closed")
        if not self._busy.acquire(blocking=False):
            raise RuntimeError("ExtractPool.map is already running")
        pending: deque[_Job] = deque()  # jobs of replaced workers go first
        exhausted = False
        try:
            while True:
                if cancel is not None and cancel.is_set():
                    return
                exhausted = self._hand_out(jobs, pending, exhausted)
                if exhausted and not pending and not any(w.jobs for w in self._workers):
                    return
                results = self._collect(pending)
                yield from results
        finally:
            # Cancelled, finished or abandoned by the caller: a worker still holding
            # jobs of this run would send stale results into the next one.
            for worker in list(self._workers):
                if worker.jobs:
                    worker.jobs.clear()
                    self._discard(worker, kill=True)
            self._busy.release()

    def _hand_out(self, jobs: Iterator[_Spec], pending: deque[_Job], exhausted: bool) -> bool:
        """Give each worker up to IN_FLIGHT_PER_WORKER jobs; start workers as needed."""
        for dead in [w for w in self._workers if not w.jobs and not w.process.is_alive()]:
            self._discard(dead, kill=False)
        while True:
            worker = min(
                (w for w in self._workers if len(w.jobs) < IN_FLIGHT_PER_WORKER),
                key=lambda w: len(w.jobs),
                default=None,
            )
            if worker is not None and worker.jobs and len(self._workers) < self.config.workers:
                worker = None  # an idle new worker beats queueing behind a busy one
            if pending:
                job = pending.popleft()
            elif exhausted:
                return True
            else:
                try:
                    path, password, request = next(jobs)
                except StopIteration:
                    return True
                job = _Job(next(self._ids), path, password, ocr=request)
            if worker is None:
                if len(self._workers) >= self.config.workers:
                    pending.appendleft(job)
                    return exhausted
                worker = self._start_worker()
            try:
                message: ToWorker = (
                    OcrJob(job.id, job.ocr)
                    if job.ocr is not None
                    else Job(job.id, job.path, job.password, job.pdfium)
                )
                worker.conn.send(message)
            except (OSError, ValueError):
                pending.appendleft(job)  # the worker died; _collect will replace it
                return exhausted
            if not worker.jobs:
                worker.started = time.monotonic()
            worker.jobs.append(job)

    def _collect(self, pending: deque[_Job]) -> list[tuple[_Job, _Result]]:
        """Wait for results, deaths or deadlines; return what finished."""
        busy = [w for w in self._workers if w.jobs]
        now = time.monotonic()
        deadlines = [w.started + self._limit(w) for w in busy]
        wait = min([_WAKE_SECONDS, *(d - now for d in deadlines)])
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(multiprocessing.connection.wait(handles, max(0.0, wait)))
        results: list[tuple[_Job, _Result]] = []
        for worker in busy:
            dead = worker.process.sentinel in ready
            if worker.conn in ready or dead:
                alive = self._receive(worker, results)
                if not alive or dead:
                    self._bury(worker, pending, results)
                    continue
            if worker.jobs and time.monotonic() - worker.started >= self._limit(worker):
                job = worker.jobs.popleft()
                pending.extendleft(reversed(worker.jobs))
                worker.jobs.clear()
                self._discard(worker, kill=True)
                if worker.ready:
                    reason = Message("timed-out", (f"{self.config.timeout:g}",))
                else:
                    reason = Message("did-not-start")
                if job.in_pdfium and job.pdfium:
                    # pypdf read it within the limit, then PDFium hung (it spins on some
                    # damaged dictionaries): once more, text from pypdf alone, first.
                    pending.appendleft(job.without_pdfium("timeout", reason))
                    continue
                results.append((job, self._problem(job, "timeout", reason)))
                log.warning(
                    "%s: %s; replaced worker %s", job.path, english(reason), worker.process.pid
                )
        return results

    def _limit(self, worker: _Worker) -> float:
        # Starting a worker (imports of Qt and pypdf) is not the file's fault: allow more.
        return self.config.timeout if worker.ready else max(self.config.timeout, _STARTUP_SECONDS)

    def _receive(self, worker: _Worker, results: list[tuple[_Job, _Result]]) -> bool:
        """Read every message waiting from a worker; False when its pipe is closed."""
        try:
            while worker.conn.poll():
                message: FromWorker = worker.conn.recv()
                if isinstance(message, Ready):
                    worker.ready = True
                    worker.started = time.monotonic()
                    continue
                if isinstance(message, InPdfium):
                    if worker.jobs and worker.jobs[0].id == message.job_id:
                        worker.jobs[0].in_pdfium = True
                    continue
                if not worker.jobs or worker.jobs[0].id != message.job_id:
                    log.warning("worker %s sent a result for an unknown job", worker.process.pid)
                    continue
                job = worker.jobs.popleft()
                worker.started = time.monotonic()
                if isinstance(message, Extracted):
                    results.append((job, message.extraction))
                elif isinstance(message, Recognised):
                    results.append((job, message.page))
                elif job.first_try is not None:
                    # pypdf alone could not read it either: what PDFium did is the news.
                    results.append((job, self._problem(job, *job.first_try)))
                else:
                    results.append((job, self._problem(job, message.kind, message.reason)))
        except (EOFError, OSError):
            return False
        return True

    def _bury(
        self, worker: _Worker, pending: deque[_Job], results: list[tuple[_Job, _Result]]
    ) -> None:
        """A worker died: its current file gets the blame, its queued files go elsewhere."""
        # Wait before killing: a worker that leaves on purpose has just closed its pipe,
        # and killing it now would turn its clean exit into a fake crash.
        worker.process.join(1.0)
        self._discard(worker, kill=worker.process.is_alive())
        code = worker.process.exitcode
        if not worker.jobs or code == 0:
            # Exit code 0 is a worker leaving on purpose (after running out of memory):
            # the files still queued for it were never started.
            pending.extendleft(reversed(worker.jobs))
            worker.jobs.clear()
            return
        job = worker.jobs.popleft()
        if code is not None and code < 0:
            reason = Message("crashed-signal", (str(-code),))
        elif not worker.ready:
            reason = Message("failed-to-start", (str(code),))
        else:
            reason = Message("crashed-exit", (str(code),))
        pending.extendleft(reversed(worker.jobs))
        worker.jobs.clear()
        if job.in_pdfium and job.pdfium:
            # PDFium aborts when a stream inflates past the memory cap (a deflate bomb)
            # and crashes on some damaged fonts: pypdf, with its own limits, may read it.
            pending.appendleft(job.without_pdfium("crash", reason))
            return
        log.warning("%s: %s", job.path, english(reason))
        results.append((job, self._problem(job, "crash", reason)))

    @staticmethod
    def _problem(job: _Job, kind: str, reason: Message) -> Problem:
        # A library's message may carry a path with undecodable bytes or a control byte.
        return Problem(path=job.path, reason=cleaned(reason), kind=kind, when=time.time())
