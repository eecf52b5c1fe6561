"""Settings: window state comes back on the next start; language and theme choices."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from vtviewer.gui import settings as settings_module
from vtviewer.gui.app import install_translation
from vtviewer.gui.results_model import COLUMNS
from vtviewer.gui.settings import Settings
from vtviewer.gui.settings_dialog import SettingsDialog
from vtviewer.gui.theme import apply_theme
from vtviewer.paths import DataPaths


def test_window_state_round_trips(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    # The offscreen screen is 800x600: restoreGeometry keeps a window on its screen.
    window.resize(780, 560)
    window.main_splitter.setSizes([180, 300, 280])
    window.right_splitter.setSizes([150, 300])
    window.results_view.setColumnWidth(COLUMNS.index("type"), 133)
    window.results_view.setColumnHidden(COLUMNS.index("organisation"), False)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.results_view.horizontalHeader().setSortIndicator(
            COLUMNS.index("pages"), Qt.SortOrder.DescendingOrder
        )
    main_sizes = window.main_splitter.sizes()
    right_sizes = window.right_splitter.sizes()
    window.close()
    assert (docs_paths.root / "settings.ini").is_file()

    again = make_window(docs_paths)
    assert (again.width(), again.height()) == (780, 560)
    # Within a pixel or two: the layout rounds when the geometry comes back.
    for restored, saved in ((again.main_splitter, main_sizes), (again.right_splitter, right_sizes)):
        assert all(abs(a - b) <= 2 for a, b in zip(restored.sizes(), saved, strict=True))
    assert again.results_view.columnWidth(COLUMNS.index("type")) == 133
    assert not again.results_view.isColumnHidden(COLUMNS.index("organisation"))
    header = again.results_view.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMNS.index("pages")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    # The restored sort is the one the engine is asked for.
    pages = [again.results_model.hit(r).document.page_count for r in range(3)]  # type: ignore[union-attr]
    assert pages == sorted(pages, reverse=True)


def test_language_and_theme_settings(
    docs_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(docs_paths)
    monkeypatch.delenv(settings_module.ENV_LANG, raising=False)
    monkeypatch.delenv(settings_module.ENV_THEME, raising=False)
    assert settings.language_setting() == ""
    assert settings.theme() == "system"
    settings.set_language_setting("nb")
    settings.set_theme_setting("dark")
    settings.sync()
    reread = Settings(docs_paths)
    assert reread.language() == "nb" and reread.theme() == "dark"
    monkeypatch.setenv(settings_module.ENV_LANG, "en")
    monkeypatch.setenv(settings_module.ENV_THEME, "light")
    assert reread.language() == "en" and reread.theme() == "light"


@pytest.mark.parametrize(
    ("system", "expected"), [("nb_NO", "nb"), ("nn_NO", "nb"), ("en_US", "en"), ("de_DE", "en")]
)
def test_default_language_follows_the_system_locale(
    system: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings_module.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert settings_module.system_language() == expected


def test_bokmaal_translation_loads(qapp: QApplication) -> None:
    locale = install_translation(qapp, "nb")
    try:
        assert locale.language() == QLocale.Language.NorwegianBokmal
        assert QCoreApplication.translate("FiltersPane", "Saved searches") == "Lagrede søk"
        assert QCoreApplication.translate("DocType", "Action plan") == "Handlingsplan"
        assert QCoreApplication.translate("MainWindow", "%Ln document(s)", "", 3) == "3 dokumenter"
    finally:
        install_translation(qapp, "en")
    assert QCoreApplication.translate("FiltersPane", "Saved searches") == "Saved searches"
    plural = QCoreApplication.translate("MainWindow", "%Ln document(s)", "", 3)
    assert plural == "3 documents"
    assert QCoreApplication.translate("MainWindow", "%Ln document(s)", "", 1) == "1 document"


def test_dark_and_light_palettes(qapp: QApplication) -> None:
    try:
        assert apply_theme(qapp, "dark")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert not apply_theme(qapp, "light")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
    finally:
        apply_theme(qapp, "light")


def test_settings_dialog_edits_folders_language_theme(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, tmp_path: object
) -> None:
    window = make_window(docs_paths)
    dialog = SettingsDialog(window.archive.roots(), "", "system", window)
    qtbot.addWidget(dialog)
    assert dialog.roots() == window.archive.roots()
    dialog.folder_list.setCurrentRow(0)
    dialog.remove_button.click()
    assert dialog.roots() == []
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nb"))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("light"))
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.apply_settings(dialog.roots(), dialog.language(), dialog.theme())
    assert window.archive.roots() == []
    assert window.results_model.rowCount() == 0
    assert window.settings.language_setting() == "nb"
    assert window.settings.theme_setting() == "light"
