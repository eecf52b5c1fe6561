"""File -> Export…: the current results (all of them) or the whole archive, written off
the GUI thread, said in the dialog; a failure said without a traceback."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from vtviewer.core import exporter
from vtviewer.gui.app import install_translation
from vtviewer.gui.export_dialog import ExportDialog
from vtviewer.gui.main_window import MainWindow
from vtviewer.paths import DataPaths

#: The object name of vtviewer's translators (gui.app.install_translation).
TRANSLATOR = "vtviewer-translator"


@pytest.fixture(autouse=True)
def untranslated(qapp: QApplication) -> Iterator[None]:
    """The source texts, whatever translation an earlier test left; put back after."""
    saved = [t for t in qapp.findChildren(QTranslator) if t.objectName() == TRANSLATOR]
    for translator in saved:
        QCoreApplication.removeTranslator(translator)
    locale = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        if translator.objectName() == TRANSLATOR and translator not in saved:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
    for translator in saved:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(locale)


def _open(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    window.export_action.trigger()
    dialog = window._export_dialog
    assert dialog is not None and dialog.isVisible()
    # The archive's size arrives from the task queue.
    qtbot.waitUntil(lambda: "6" in dialog.archive_button.text(), timeout=5000)
    return dialog


def _export(qtbot: QtBot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        assert dialog.export()


def test_the_current_results_all_of_them_not_only_the_loaded_rows(
    qtbot: QtBot,
    make_window: MakeWindow,
    sample_paths: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(sample_paths)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query("2013")
    total = window.results_model.total
    assert 1 < total < 6
    # The engine's pages hold one document: the export must still get every result.
    monkeypatch.setattr(exporter, "MAX_LIMIT", 1)
    dialog = _open(qtbot, window)
    assert dialog.scope() == "results"
    assert dialog.results_button.text() == f"Current results ({total} document(s))"
    assert dialog.search_label.text() == "Search: «2013»"
    assert dialog.archive_button.text() == "Whole archive (6 document(s))"
    assert dialog.path().endswith(".csv")

    target = tmp_path / "treff.csv"
    dialog.set_path(str(target))
    _export(qtbot, dialog)
    assert dialog.status() == f"Exported {total} document(s) to {target}."
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfpath;title;")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == total
    assert str(target) in window.statusBar().currentMessage()


def test_the_whole_archive_as_json_and_a_file_there_is_replaced_only_when_asked(
    qtbot: QtBot,
    make_window: MakeWindow,
    sample_paths: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(sample_paths)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query("telemarkforskning")
    dialog = _open(qtbot, window)
    dialog.set_scope("archive")
    dialog.set_choice("json")
    assert dialog.path().endswith(".json")
    target = tmp_path / "alt.json"
    target.write_text("gammel", encoding="utf-8")
    dialog.set_path(str(target))

    answers = [False, True]
    monkeypatch.setattr(dialog, "ask_replace", lambda path: answers.pop(0))
    assert dialog.export()
    qtbot.waitUntil(lambda: not answers[1:], timeout=10000)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=5000)
    assert target.read_text(encoding="utf-8") == "gammel"
    _export(qtbot, dialog)
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 6


def test_a_catalog_goes_to_the_archive_folder_and_a_failure_is_said_plainly(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths, tmp_path: Path
) -> None:
    window = make_window(sample_paths)
    dialog = _open(qtbot, window)
    assert dialog.search_label.isHidden()  # browsing: no search to name
    dialog.set_choice("catalog")
    (root,) = window.roots()
    assert dialog.path() == str(Path(root) / "vtviewer-catalog.json")
    # Saved elsewhere, it cannot list the archive's files: said, nothing written.
    elsewhere = tmp_path / "vtviewer-catalog.json"
    dialog.set_path(str(elsewhere))
    assert dialog.export()
    qtbot.waitUntil(lambda: dialog.status().startswith("Nothing was exported"), timeout=10000)
    assert "6 documents cannot be listed in a catalog" in dialog.status()
    assert "Traceback" not in dialog.status() and not elsewhere.exists()

    dialog.set_choice("csv", ",")
    dialog.set_path(str(tmp_path / "mangler" / "ut.csv"))
    assert dialog.export()
    qtbot.waitUntil(lambda: "No such file or directory" in dialog.status(), timeout=10000)
    assert dialog.export_button.isEnabled()


def test_the_dialog_in_bokmaal(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    install_translation(qapp, "nb")
    try:
        window = make_window(sample_paths)
        dialog = _open(qtbot, window)
        assert dialog.windowTitle() == "Eksporter"
        assert dialog.archive_button.text() == "Hele arkivet (6 dokumenter)"
        assert dialog.format_combo.itemText(0) == "CSV for Excel (norske innstillinger: semikolon)"
        assert window.export_action.text() == "&Eksporter…"
    finally:
        install_translation(qapp, "en")  # the fixture puts back what was there before


def test_replacing_a_file_is_asked_with_buttons_of_its_own(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    dialog = _open(qtbot, window)

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        assert "/arkiv/x.csv exists already" in box.text()
        buttons = {b.text(): b for b in box.findChildren(QPushButton)}
        assert set(buttons) >= {"Replace", "Cancel"}
        buttons["Replace"].click()

    QTimer.singleShot(200, answer)
    assert dialog.ask_replace("/arkiv/x.csv")
