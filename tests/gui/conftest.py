"""GUI fixtures: real archives on temporary data folders, built once and copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.pdfgen import make_archive
from vtviewer.core.archive import Archive
from vtviewer.gui.app import install_translation
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.pdf_preview import PdfPreview
from vtviewer.gui.settings import Settings
from vtviewer.paths import DataPaths, data_paths, sample_archive_dir


def _build(data: Path, root: Path) -> None:
    with Archive.open(data_paths(data)) as archive:
        archive.add_root(str(root))
        summary = archive.index()
        assert summary.added > 0


@pytest.fixture(scope="session")
def _docs_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("docs-archive")
    make_archive(base / "docs")
    _build(base / "data", base / "docs")
    return base / "docs", base / "data"


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("sample-archive") / "data"
    _build(data, sample_archive_dir())
    return data


@pytest.fixture
def docs_paths(_docs_template: tuple[Path, Path], tmp_path: Path) -> DataPaths:
    """A data folder indexing three generated PDFs (see pdfgen.make_archive)."""
    target = tmp_path / "data"
    shutil.copytree(_docs_template[1], target)
    return data_paths(target)


@pytest.fixture
def docs_folder(_docs_template: tuple[Path, Path]) -> Path:
    return _docs_template[0]


@pytest.fixture
def sample_paths(_sample_template: Path, tmp_path: Path) -> DataPaths:
    """A data folder with the bundled sample archive indexed."""
    target = tmp_path / "sample-data"
    shutil.copytree(_sample_template, target)
    return data_paths(target)


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[MakeWindow]:
    """Opens a MainWindow on a data folder and runs its first search; closes it after."""
    opened: list[tuple[MainWindow, Archive]] = []

    def make(paths: DataPaths, catch_up: bool = False) -> MainWindow:
        archive = Archive.open(paths)
        window = MainWindow(archive, Settings(paths))
        qtbot.addWidget(window)
        opened.append((window, archive))
        window.show()
        with qtbot.waitSignal(window.results_shown, timeout=10000):
            window.start(catch_up=catch_up)
        return window

    yield make
    for window, archive in opened:
        # A form a test left with changes is dropped, not asked about (a box would wait).
        window.editing.ask_leaving = lambda _parent, _heading: "discard"
        window.close()
        archive.close()


@pytest.fixture
def preview(qtbot: QtBot) -> PdfPreview:
    """An empty preview on screen, 700 x 900 (a module may define its own)."""
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def english_locale() -> Iterator[QLocale]:
    """British English as the default locale (numbers as 1,000) for the test."""
    before = QLocale()
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    yield locale
    QLocale.setDefault(before)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns about window-manager calls it cannot pass on;
    # it is noise from the test platform, not from vtviewer.
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@contextmanager
def translated(qapp: QApplication, language: str) -> Iterator[None]:
    """The application in ``language``; after it as it was: the translators installed
    here removed and the same default locale (the English plural forms would change what
    the tests after this one read: "3 documents" for "3 document(s)")."""
    before = QLocale()
    had = set(qapp.findChildren(QTranslator))
    install_translation(qapp, language)
    try:
        yield
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - had:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
        QLocale.setDefault(before)


@pytest.fixture
def bokmaal(qapp: QApplication) -> Iterator[None]:
    """Bokmål for the test, then the application as it was."""
    with translated(qapp, "nb"):
        yield


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English with its plural forms for the test, then the application as it was."""
    with translated(qapp, "en"):
        yield


@pytest.fixture(scope="session", autouse=True)
def _clipboard_emptied_at_the_end(qapp: QApplication) -> Iterator[None]:
    """Qt's offscreen platform (the tests' one) crashes at exit when its clipboard still
    holds a QMimeData ("Copy page link" puts one there); xcb and Wayland do not. Emptied
    before the application goes."""
    yield
    QApplication.clipboard().clear()
