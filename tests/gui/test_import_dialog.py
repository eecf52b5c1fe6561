"""File -> Import register…: the preview, the mapping filled from the headers, the rows
matched, Import writing the sidecars through the task queue, and the outcome shown."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from vtviewer.core.archive import Archive
from vtviewer.core.register import IGNORED, plan_import, read_register
from vtviewer.core.sidecar import sidecar_path
from vtviewer.gui.app import install_translation
from vtviewer.gui.import_dialog import ImportDialog, PlanModel, RegisterPreviewModel
from vtviewer.gui.main_window import MainWindow
from vtviewer.paths import DataPaths, data_paths, sample_archive_dir

REGISTER = (
    "Filnavn;Tittel;År;Kontaktperson;E-post;Merknad\n"
    "handlingsplan-2013.pdf;Handlingsplan for næring 2013;2013;Kari Nordmann;"
    "kari@example.no;ny tittel\n"
    "omstillingsplan-2013-2015.pdf;;2013-2015;;;uendret\n"
    "rapport-omstillingsprogrammet-2017.pdf;;20017;;;feil år\n"
    "finnes-ikke.pdf;Borte;;;;\n"
)


# The window's English: its plural forms come from a translation too.
pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sample archive (the tests write sidecars: not into resources/)."""
    base = tmp_path_factory.mktemp("import-archive")
    shutil.copytree(sample_archive_dir(), base / "arkiv")
    with Archive.open(data_paths(base / "data")) as archive:
        archive.add_root(str(base / "arkiv"))
        archive.index()
    return base


@pytest.fixture
def copied(_template: Path, tmp_path: Path) -> tuple[Path, DataPaths]:
    """The archive's folder and data folder, copied for one test (the index names the
    folder's path, so both move together: the folder stays where the index knows it)."""
    target = tmp_path / "data"
    shutil.copytree(_template / "data", target)
    folder = _template / "arkiv"
    for sidecar in folder.glob("*.vtviewer.json"):
        sidecar.unlink()  # a test before this one imported
    return folder, data_paths(target)


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "register.csv"
    path.write_bytes(REGISTER.encode("cp1252"))
    return path


@pytest.fixture
def dialog(
    qtbot: QtBot, copied: tuple[Path, DataPaths], make_window: MakeWindow
) -> Iterator[ImportDialog]:
    window = make_window(copied[1])
    dialog = window.show_import_dialog()
    qtbot.addWidget(dialog)
    yield dialog


def _open(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.planned, timeout=15000):
        dialog.open_file(str(path))


def test_the_models_pass_the_model_tester(
    qtmodeltester: ModelTester, copied: tuple[Path, DataPaths], register: Path
) -> None:
    parsed = read_register(register)
    preview = RegisterPreviewModel()
    qtmodeltester.check(preview)
    preview.set_register(parsed)
    qtmodeltester.check(preview)
    assert preview.rowCount() == 4 and preview.columnCount() == 6
    assert preview.headerData(0, Qt.Orientation.Horizontal) == "Filnavn"
    assert preview.headerData(0, Qt.Orientation.Vertical) == "2"
    plans = PlanModel()
    qtmodeltester.check(plans)
    with Archive.open(copied[1]) as archive:
        plan = plan_import(parsed, ("file", "title"), archive.documents(), archive.roots())
    plans.set_plan(plan)
    qtmodeltester.check(plans)
    assert plans.rowCount() == 4
    assert plans.index(3, 2).data() == "Not matched"


def test_the_dialog_previews_maps_and_matches(
    qtbot: QtBot, dialog: ImportDialog, register: Path, english_locale: QLocale
) -> None:
    assert not dialog.import_button.isEnabled()
    _open(qtbot, dialog, register)
    assert dialog.mapping() == ("file", "title", "period", "contact", "contact-email", IGNORED)
    assert [c.currentText() for c in dialog.combos][:2] == ["File (path or name)", "Title"]
    assert dialog.preview_model.rowCount() == 4
    assert dialog.preview_model.index(0, 1).data() == "Handlingsplan for næring 2013"
    summary = dialog.summary_label.text()
    assert "Matched: 3 · not matched: 1 · ambiguous: 0 · duplicates: 0 · bad values: 1" in summary
    assert "Import changes 1 document." in summary
    model = dialog.plan_model
    statuses = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert statuses == ["Matched by path", "Matched by path", "Matched by path", "Not matched"]
    assert model.index(0, 3).data() == "Changes: Title, Contacts"
    assert model.index(1, 3).data() == "No change"
    tip = model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "Title: Handlingsplan 2013 → Handlingsplan for næring 2013" in tip
    assert "Not imported from År: period: '20017' is not a valid value" in model.index(2, 3).data()
    assert model.index(3, 3).data() == "No document in the archive matches finnes-ikke.pdf"
    assert model.index(3, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 2).data(Qt.ItemDataRole.FontRole) is None
    assert dialog.import_button.isEnabled()


def test_a_changed_mapping_matches_again(
    qtbot: QtBot, dialog: ImportDialog, register: Path
) -> None:
    _open(qtbot, dialog, register)
    with qtbot.waitSignal(dialog.planned, timeout=15000) as planned:
        dialog.set_field(0, IGNORED)
    assert not planned.args[0].has_key
    assert "No column is mapped to the file" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.planned, timeout=15000) as planned:
        dialog.set_field(0, "file")
    assert len(planned.args[0].edits()) == 1


def test_import_writes_the_sidecars_and_shows_the_outcome(
    qtbot: QtBot, dialog: ImportDialog, register: Path, copied: tuple[Path, DataPaths]
) -> None:
    folder = copied[0]
    _open(qtbot, dialog, register)
    assert not sidecar_path(folder / "handlingsplan-2013.pdf").exists()  # nothing yet
    window = dialog.parentWidget()
    assert isinstance(window, MainWindow)
    with (
        qtbot.waitSignal(dialog.imported, timeout=15000) as imported,
        qtbot.waitSignal(window.results_shown, timeout=15000),  # the results show it
    ):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [r.where for r in imported.args[0]] == ["sidecar"]
    data = json.loads(sidecar_path(folder / "handlingsplan-2013.pdf").read_text("utf-8"))
    assert data["title"] == "Handlingsplan for næring 2013"
    assert data["contacts"] == [{"name": "Kari Nordmann", "email": "kari@example.no"}]
    assert not sidecar_path(folder / "omstillingsplan-2013-2015.pdf").exists()
    assert dialog.plan_model.index(0, 2).data() == "Saved"
    text = dialog.summary_label.text()
    assert text.startswith("Saved: 1 next to the files, 0 in vtviewer's data folder")
    assert not dialog.import_button.isEnabled()


def test_the_file_menu_opens_one_dialog_that_stays(
    qtbot: QtBot, dialog: ImportDialog, register: Path
) -> None:
    window = dialog.parentWidget()
    assert isinstance(window, MainWindow)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_action in file_menu.actions()  # type: ignore[union-attr]
    # Closed while its rows are being matched: the answer comes to a hidden dialog.
    with qtbot.waitSignal(dialog.planned, timeout=15000):
        dialog.open_file(str(register))
        dialog.close()
    window.import_action.trigger()
    assert window.show_import_dialog() is dialog and dialog.isVisible()
    assert dialog.plan is not None and dialog.import_button.isEnabled()


def test_a_register_that_cannot_be_read_is_said_in_the_dialog(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    path = tmp_path / "register.json"
    path.write_text('{"rows": []}', encoding="utf-8")
    failures: list[object] = []
    dialog.failed.connect(failures.append)
    dialog.open_file(str(path))
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=15000)
    assert "neither a list of objects" in dialog.error_label.text()
    assert not failures and not dialog.import_button.isEnabled()
    assert dialog.choose_button.isEnabled()


def test_the_dialog_in_bokmaal(
    qtbot: QtBot, qapp: QApplication, copied: tuple[Path, DataPaths], register: Path
) -> None:
    install_translation(qapp, "nb")
    try:
        with Archive.open(copied[1]) as archive:
            from vtviewer.gui.tasks import TaskQueue

            tasks = TaskQueue()
            dialog = ImportDialog(archive, tasks)
            qtbot.addWidget(dialog)
            assert dialog.windowTitle() == "Importer register"
            assert dialog.import_button.text() == "Importer"
            _open(qtbot, dialog, register)
            assert dialog.combos[0].currentText() == "Fil (sti eller navn)"
            assert dialog.plan_model.index(3, 2).data() == "Ikke funnet"
            assert "Treff: 3" in dialog.summary_label.text()
            tasks.stop()
    finally:
        install_translation(qapp, "en")
