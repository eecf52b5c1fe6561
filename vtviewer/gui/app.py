"""Starts the desktop app: checks that Qt can open a window, then language, theme, window."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from vtviewer import __version__
from vtviewer.core.archive import Archive
from vtviewer.core.health import ArchiveError
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.messages import fill
from vtviewer.gui.preview_icons import APP_ID, app_icon
from vtviewer.gui.settings import Settings
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
    QTimer.singleShot(0, window.start)
    if open_paths:
        folders = MainWindow.dropped_folders(list(open_paths))
        QTimer.singleShot(0, lambda: window.add_roots(folders))
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        window.shutdown()
        with contextlib.suppress(Exception):
            window.archive.close()


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
