"""Starts the desktop app: checks that Qt can open a window, then language, theme, window."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSocketNotifier,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from vtviewer import __version__
from vtviewer.core.archive import Archive
from vtviewer.core.health import ArchiveError
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.messages import fill
from vtviewer.gui.preview_icons import APP_ID, app_icon
from vtviewer.gui.settings import Settings
from vtviewer.gui.single_instance import InstanceServer, hand_over, server_name
from vtviewer.gui.theme import apply_theme
from vtviewer.paths import DataPaths, resources_dir

log = logging.getLogger(__name__)

_TRANSLATOR = "vtviewer-translator"

#: Libraries Qt's xcb plugin loads at run time, with the Debian/Ubuntu and Fedora package.
XCB_LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("xcb-cursor", "libxcb-cursor0", "xcb-util-cursor"),
    ("xkbcommon-x11", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("xcb-icccm", "libxcb-icccm4", "xcb-util-wm"),
    ("xcb-keysyms", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("xcb-shape", "libxcb-shape0", "libxcb"),
    ("xcb-render-util", "libxcb-render-util0", "xcb-util-renderutil"),
    ("xcb-image", "libxcb-image0", "xcb-util-image"),
)


def _library_loads(name: str) -> bool:
    found = ctypes.util.find_library(name)
    candidates = [found] if found else []
    candidates.append(f"lib{name}.so.0")
    candidates.append(f"lib{name}.so.1")
    candidates.append(f"lib{name}.so.4")
    for candidate in candidates:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def display_problem(environ: dict[str, str] | None = None) -> str:
    """Why Qt will not be able to open a window here, in plain words; "" when it can."""
    env = dict(os.environ) if environ is None else environ
    if not sys.platform.startswith("linux"):
        return ""
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc", "eglfs", "linuxfb")):
        return ""
    wayland = bool(env.get("WAYLAND_DISPLAY")) and not platform.startswith("xcb")
    if not env.get("DISPLAY") and not wayland:
        return (
            "vtviewer cannot open a window: there is no graphical display "
            "(neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "Start it from a desktop session, or use the command line instead, for example:\n"
            "  vtviewer index --help\n"
            "  vtviewer search 'your words'"
        )
    if wayland:
        return ""
    missing = [(deb, rpm) for name, deb, rpm in XCB_LIBRARIES if not _library_loads(name)]
    if missing:
        debian = " ".join(deb for deb, _ in missing)
        fedora = " ".join(dict.fromkeys(rpm for _, rpm in missing))
        return (
            f"vtviewer needs the system package{'s' if len(missing) > 1 else ''} "
            f"{', '.join(deb for deb, _ in missing)} to open a window.\n"
            f"Debian/Ubuntu: sudo apt install {debian}\n"
            f"Fedora: sudo dnf install {fedora}\n"
            "The command line works without it: vtviewer --help"
        )
    return ""


def run_gui(paths: DataPaths, open_paths: Sequence[str] = ()) -> int:
    """Open the main window on the archive in ``paths``; returns the exit code."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    app = make_application()
    # A window already open on this data folder takes the paths and comes to the front.
    name = server_name(paths.root)
    if hand_over(name, list(open_paths)):
        log.info("handed %d path(s) to the running window", len(open_paths))
        return 0
    server = InstanceServer(name, app)
    server.listen()
    try:
        window = open_window(app, paths)
    except (ArchiveError, OSError) as exc:
        # The data folder cannot be opened at all: one sentence, no traceback.
        log.error("cannot open the archive in %s", paths.root, exc_info=True)
        QMessageBox.critical(
            None,
            "vtviewer",
            fill(
                QCoreApplication.translate("App", "vtviewer cannot open its data folder %1: %2"),
                str(paths.root),
                str(exc),
            ),
        )
        return 1
    previous_hook = sys.excepthook
    sys.excepthook = _UnexpectedErrors(window, paths.logs)
    quit_on_signals(app)
    log_first_results(window)
    QTimer.singleShot(0, window.start)
    server.paths_received.connect(window.open_paths)
    if open_paths:
        QTimer.singleShot(0, lambda: window.open_paths(list(open_paths)))
    try:
        return app.exec()
    finally:
        server.close()
        sys.excepthook = previous_hook
        window.shutdown()
        with contextlib.suppress(Exception):
            window.archive.close()


def quit_on_signals(app: QApplication) -> None:
    """SIGTERM (a logout, `kill`) and SIGINT (Ctrl+C in the terminal) close the window as
    its Quit does: settings kept, the index closed cleanly. Python runs its handlers only
    between bytecodes, which Qt's event loop does not give it: the signal's byte on a
    pipe wakes the loop (signal.set_wakeup_fd) instead of a polling timer."""
    if not hasattr(signal, "SIGTERM"):
        return
    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    try:
        signal.set_wakeup_fd(writer)
    except ValueError:  # not the main thread (an embedding test): keep Python's default
        os.close(reader)
        os.close(writer)
        return
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, app)

    def wake() -> None:
        with contextlib.suppress(OSError):
            os.read(reader, 64)

    notifier.activated.connect(wake)

    def stop(signum: int, _frame: object) -> None:
        log.info("signal %d: closing the window", signum)
        QTimer.singleShot(0, app.closeAllWindows)
        QTimer.singleShot(0, app.quit)

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, stop)


def process_started() -> float:
    """When this process started (seconds since the epoch): on Linux from /proc, which
    also counts the interpreter's own start-up and a frozen app's unpacking."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[19])
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return _IMPORTED_AT


_IMPORTED_AT = time.time()


def log_first_results(window: MainWindow) -> None:
    """Log when the first results are on screen, and how long after the process started:
    the start-up time users feel, measured by the packaging smoke test and benchmarks."""

    def shown(_request: int) -> None:
        window.results_shown.disconnect(shown)
        now = time.time()
        log.info(
            "first results on screen at %.3f, %.0f ms after the process started",
            now,
            (now - process_started()) * 1000,
        )

    window.results_shown.connect(shown)


class _UnexpectedErrors:
    """The window's last resort for an exception no code expected: it is logged with its
    traceback (the log file in the data folder) and the user gets one sentence, once per
    kind of error, instead of a traceback on a terminal they may not have."""

    def __init__(self, parent: QWidget, logs: Path) -> None:
        self._parent = parent
        self._logs = logs
        self._shown: set[str] = set()

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        text = f"{kind.__name__}: {error}"
        if text in self._shown:
            return
        self._shown.add(text)
        message = fill(
            QCoreApplication.translate(
                "App", "Something went wrong: %1. vtviewer carries on; the details are in %2."
            ),
            text,
            str(self._logs),
        )
        # Not from inside the failing slot: the box runs an event loop of its own.
        QTimer.singleShot(0, lambda: QMessageBox.warning(self._parent, "vtviewer", message))


def make_application() -> QApplication:
    """The QApplication with vtviewer's names and icon (the existing one if there is)."""
    QCoreApplication.setApplicationName("vtviewer")
    QCoreApplication.setOrganizationName("vtviewer")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationDisplayName("vtviewer")
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


def open_window(app: QApplication, paths: DataPaths) -> MainWindow:
    """Language, theme, archive and the shown main window (call ``window.start()`` next)."""
    settings = Settings(paths)
    locale = install_translation(app, settings.language())
    theme = settings.theme()
    apply_theme(app, theme)
    if theme == "system":
        # Follow the desktop when it switches between light and dark while we run.
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app, "system"))
    archive = Archive.open(paths.ensure())
    window = MainWindow(archive, settings, locale)
    window.show()
    return window


def install_translation(app: QCoreApplication, language: str) -> QLocale:
    """Load vtviewer's (and Qt's own) translation for ``language``; returns the QLocale."""
    if language == "nb":
        locale = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    else:
        system = QLocale.system()
        english = system.language() == QLocale.Language.English
        locale = (
            system if english else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
    QLocale.setDefault(locale)
    # Replace the translators a previous call installed (language switch, tests).
    for old in app.findChildren(QTranslator):
        if old.objectName() == _TRANSLATOR:
            QCoreApplication.removeTranslator(old)
            old.setParent(None)
    folder = resources_dir() / "translations"
    ours = QTranslator(app)
    ours.setObjectName(_TRANSLATOR)
    # English has a translation too: the plural forms of "%Ln document(s)".
    if ours.load(f"vtviewer_{language}", str(folder)):
        QCoreApplication.installTranslator(ours)
    else:
        log.warning("no translation for %s in %s", language, folder)
    if language == "en":
        return locale
    qt_own = QTranslator(app)
    qt_own.setObjectName(_TRANSLATOR)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(locale, "qtbase", "_", qt_folder):
        QCoreApplication.installTranslator(qt_own)
    return locale
