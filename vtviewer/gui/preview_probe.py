"""Probe a PDF in a killable child process first, so a hostile file cannot hang the window."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QProcess,
    QProcessEnvironment,
    QSize,
    Qt,
    QTimer,
    Signal,
)

from vtviewer.paths import openable_path

log = logging.getLogger(__name__)

#: How long the child may take to load the file and render the target page.
DEFAULT_TIMEOUT_MS = 5000

#: ok: safe to load in-process; password: needs (another) password; error: the engine
#: refused the file (reason says why); timeout / crash: the engine hung or died on it.
ProbeKind = Literal["ok", "password", "error", "timeout", "crash"]


@dataclass(frozen=True)
class ProbeResult:
    """What the child process found out about one file."""

    kind: ProbeKind
    #: QPdfDocument.Error's name (or "NoPages") for kind "error"/"password", worded by
    #: core.messages.ENGINE_ERRORS; else a short technical detail.
    detail: str = ""
    page_count: int = 0


def _probe(path: str, page: int, password: str) -> ProbeResult:
    """Load ``path`` and render its (0-based) ``page`` the way the window would."""
    # Imported here: the parent process imports this module too, and must not pay for it.
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if password:
        document.setPassword(password)
    error = document.load(openable_path(path))
    if error == QPdfDocument.Error.IncorrectPassword:
        return ProbeResult("password", error.name)
    if error != QPdfDocument.Error.None_:
        return ProbeResult("error", error.name)
    count = document.pageCount()
    if count <= 0:
        return ProbeResult("error", "NoPages")
    target = min(max(page, 0), count - 1)
    size = document.pagePointSize(target).toSize()
    # A small render still runs every content stream of the page, which is what hangs.
    document.render(target, size.scaled(QSize(400, 400), Qt.AspectRatioMode.KeepAspectRatio))
    document.getAllText(target)
    return ProbeResult("ok", page_count=count)


def main(argv: Sequence[str] | None = None) -> int:
    """Child entry point: ``python -m vtviewer.gui.preview_probe PATH PAGE [--password-stdin]``.

    Prints one JSON line: {"kind": ..., "detail": ..., "page_count": ...}."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        sys.stdout.write(json.dumps({"kind": "error", "detail": "usage"}) + "\n")
        return 2
    password = sys.stdin.readline().rstrip("\n") if "--password-stdin" in args[2:] else ""
    result = _probe(args[0], int(args[1]), password)
    verdict = {"kind": result.kind, "detail": result.detail, "page_count": result.page_count}
    # This JSON line is the child's whole interface with the parent.
    sys.stdout.write(json.dumps(verdict) + "\n")
    return 0


def parse_output(stdout: bytes) -> ProbeResult | None:
    """The child's verdict from its output, or None when it printed nothing usable."""
    for line in reversed(stdout.decode("utf-8", "replace").splitlines()):
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            data = json.loads(line)
        except ValueError:
            continue
        kind = data.get("kind")
        if kind in ("ok", "password", "error"):
            return ProbeResult(kind, str(data.get("detail", "")), int(data.get("page_count", 0)))
    return None


def file_key(path: str) -> tuple[str, int, int] | None:
    """Identity of a file's current contents for the cache: (path, size, mtime)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (os.path.abspath(path), stat.st_size, stat.st_mtime_ns)


def default_command() -> tuple[str, list[str]]:
    """Program and leading arguments that run ``main`` in a child process."""
    if getattr(sys, "frozen", False):
        # A frozen app has no `-m`; its entry point must dispatch this flag to main().
        return sys.executable, ["--pdf-probe"]
    return sys.executable, ["-m", "vtviewer.gui.preview_probe"]


class PdfProbe(QObject):
    """Runs the probe asynchronously with QProcess (never blocks), one file at a time.

    Results without a password are cached by (path, size, mtime), so re-selecting a file
    is instant. Starting a new probe abandons (kills) the running one.

    Signals: finished(object path, object ProbeResult): the path as an object, since a
        str signal argument loses the undecodable bytes of a non-UTF-8 file name.
    """

    finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._program, self._args = default_command()
        self._timeout_ms = DEFAULT_TIMEOUT_MS
        self._cache: dict[tuple[str, int, int], ProbeResult] = {}
        self._process: QProcess | None = None
        self._path = ""
        self._cache_key: tuple[str, int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._timed_out = False
        app = QCoreApplication.instance()
        if app is not None:
            # Never leave a child behind when the window quits while a probe runs.
            app.aboutToQuit.connect(self.cancel)

    def set_command(self, program: str, args: Sequence[str] = ()) -> None:
        """Run ``program args... PATH PAGE`` instead of the built-in probe (tests, frozen apps)."""
        self._program, self._args = program, list(args)

    def set_timeout(self, milliseconds: int) -> None:
        self._timeout_ms = milliseconds

    def timeout_ms(self) -> int:
        return self._timeout_ms

    def cached(self, path: str) -> ProbeResult | None:
        key = file_key(path)
        return self._cache.get(key) if key else None

    def forget(self, path: str) -> None:
        key = file_key(path)
        if key:
            self._cache.pop(key, None)

    def is_running(self) -> bool:
        return self._process is not None

    def start(self, path: str, page: int = 0, password: str = "") -> None:
        """Probe ``path`` rendering 0-based ``page``; ``finished`` follows, always."""
        self.cancel()
        self._path = path
        self._cache_key = None if password else file_key(path)
        self._timed_out = False
        process = QProcess(self)
        process.setProgram(self._program)
        # QProcess takes text arguments: a name that is not UTF-8 goes as a readable link.
        args = [*self._args, openable_path(path), str(page)]
        if password:
            args.append("--password-stdin")
        process.setArguments(args)
        env = process.processEnvironment()
        if env.isEmpty():
            env = QProcessEnvironment.systemEnvironment()
        # The child renders into an image only; it must never try to reach a display.
        env.insert("QT_QPA_PLATFORM", "offscreen")
        process.setProcessEnvironment(env)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        process.start()
        if password:
            process.write((password + "\n").encode("utf-8"))
            process.closeWriteChannel()
        self._timer.start(self._timeout_ms)

    def cancel(self) -> None:
        """Abandon the running probe without reporting it."""
        self._timer.stop()
        process, self._process = self._process, None
        if process is None:
            return
        process.finished.disconnect(self._on_finished)
        process.errorOccurred.disconnect(self._on_error)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            # Reaped asynchronously; deleteLater after it has really gone.
            process.finished.connect(process.deleteLater)
        else:
            process.deleteLater()

    def _on_timeout(self) -> None:
        if self._process is None:
            return
        log.warning("PDF probe timed out after %d ms: %s", self._timeout_ms, self._path)
        self._timed_out = True
        self._process.kill()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._report(ProbeResult("crash", "FailedToStart"))

    def _on_finished(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        process = self._process
        if process is None:
            return
        if self._timed_out:
            self._report(ProbeResult("timeout", f"{self._timeout_ms} ms"))
            return
        result = parse_output(bytes(process.readAllStandardOutput().data()))
        if result is None or exit_status != QProcess.ExitStatus.NormalExit:
            stderr = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
            tail = stderr.strip().splitlines()[-1:] or [f"exit code {exit_code}"]
            log.warning("PDF probe failed on %s: %s", self._path, tail[0])
            result = ProbeResult("crash", tail[0][:200])
        self._report(result)

    def _report(self, result: ProbeResult) -> None:
        self._timer.stop()
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._on_finished)
            process.errorOccurred.disconnect(self._on_error)
            process.deleteLater()
        if self._cache_key is not None and result.detail != "FailedToStart":
            self._cache[self._cache_key] = result
        self.finished.emit(self._path, result)


if __name__ == "__main__":
    sys.exit(main())
