"""Editing metadata in the window: the form (F2), Save to the sidecar, checks as typed,
several documents at once, undo, a change made on disk meanwhile, a read-only folder."""

from __future__ import annotations

import errno
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.pdfgen import make_archive
from vtviewer.core import edits as core_edits
from vtviewer.core.archive import Archive
from vtviewer.core.model import Contact, Document, Metadata
from vtviewer.core.sidecar import sidecar_path
from vtviewer.gui import editing
from vtviewer.gui.contacts_editor import ContactsModel
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.metadata_editor import AttachmentsModel, MetadataEditor
from vtviewer.gui.multi_editor import MultiEditor
from vtviewer.gui.results_model import COLUMNS
from vtviewer.paths import DataPaths, data_paths


@pytest.fixture
def own_archive(tmp_path: Path) -> tuple[DataPaths, Path]:
    """A data folder indexing three generated PDFs in a folder of this test's own (the
    edits write sidecars next to them)."""
    folder = tmp_path / "docs"
    make_archive(folder)
    paths = data_paths(tmp_path / "data")
    with Archive.open(paths) as archive:
        archive.add_root(str(folder))
        assert archive.index().added == 3
    return paths, folder


def row_of(window: MainWindow, title: str) -> int:
    model = window.results_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == title:
            return row
    raise AssertionError(f"{title!r} is not listed")


def select(window: MainWindow, *titles: str) -> None:
    view = window.results_view
    view.selectRow(row_of(window, titles[0]))
    for title in titles[1:]:
        index = window.results_model.index(row_of(window, title), 0)
        view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def open_form(qtbot: QtBot, window: MainWindow) -> Any:
    # Keys go to the focused widget of the active window, as they do for a user.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.results_view.setFocus()
    qtbot.keyClick(window.results_view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.editing.form is not None, timeout=10000)
    return window.editing.form


def sidecar(folder: Path, name: str) -> dict[str, Any]:
    path = sidecar_path(folder / name)
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def save(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editing.form is None, timeout=10000)


def shown_title(window: MainWindow) -> str:
    document = window.details.document
    assert document is not None
    return document.meta.title


def test_f2_opens_the_form_and_a_title_is_saved_to_the_sidecar_and_shown(
    qtbot: QtBot, make_window: MakeWindow, own_archive: tuple[DataPaths, Path]
) -> None:
    paths, folder = own_archive
    window = make_window(paths)
    select(window, "Rapport om vann")
    form = open_form(qtbot, window)
    assert isinstance(form, MetadataEditor)
    assert form.title_edit.text() == "Rapport om vann"
    assert form.source_labels["title"].text() == "PDF"

    form.title_edit.setText("Rapport om vannforsyning 2019")
    save(qtbot, window, form.title_edit)

    data = sidecar(folder, "rapport-vann.pdf")
    # Only the field that was changed is written (and marked as an edit).
    assert data["title"] == "Rapport om vannforsyning 2019"
    assert data["edited"] == ["title"]
    assert "type" not in data and "tags" not in data
    qtbot.waitUntil(lambda: shown_title(window) == "Rapport om vannforsyning 2019", timeout=5000)
    assert window.details.document is not None
    assert window.details.document.meta.sources["title"] == "edited"
    row = row_of(window, "Rapport om vannforsyning 2019")
    assert window.results_model.index(row, COLUMNS.index("title")).data()


def test_esc_leaves_the_form_without_writing(
    qtbot: QtBot, make_window: MakeWindow, own_archive: tuple[DataPaths, Path]
) -> None:
    paths, folder = own_archive
    window = make_window(paths)
    select(window, "Rapport om vann")
    form = open_form(qtbot, window)
    window_escapes: list[bool] = []
    window.escape_shortcut.activated.connect(lambda: window_escapes.append(True))
    form.title_edit.setText("Ikke lagret")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.editing.form is None, timeout=5000)
    assert window.details.document is not None
    assert shown_title(window) == "Rapport om vann"
    assert not sidecar_path(folder / "rapport-vann.pdf").exists()
    # The window's Esc (back to the search field) did not take the key as well.
    assert window_escapes == []


def test_choosing_another_row_keeps_the_changes_of_the_form(
    qtbot: QtBot, make_window: MakeWindow, own_archive: tuple[DataPaths, Path]
) -> None:
    paths, folder = own_archive
    window = make_window(paths)
    select(window, "Rapport om vann")
    form = open_form(qtbot, window)
    form.title_edit.setText("Ikke mistet")
    window.editing.edit_action.trigger()  # F2 again leaves it as it is
    assert window.tasks.wait()
    QApplication.processEvents()
    assert window.editing.form is form
    select(window, "Befolkningsanalyse")
    # The form stays, with what was typed; the chosen row shows once it is left.
    assert window.editing.form is form and form.title_edit.text() == "Ikke mistet"
    save(qtbot, window, form.title_edit)
    assert sidecar(folder, "rapport-vann.pdf")["title"] == "Ikke mistet"
    qtbot.waitUntil(lambda: shown_title(window) == "Befolkningsanalyse", timeout=5000)
    assert window.results_view.hasFocus()

    # A form without changes goes at once.
    form = open_form(qtbot, window)
    select(window, "Kommuneplan 2020")
    assert window.editing.form is None and shown_title(window) == "Kommuneplan 2020"


def test_an_invalid_email_or_phone_blocks_save_with_a_reason(
    qtbot: QtBot, make_window: MakeWindow, own_archive: tuple[DataPaths, Path]
) -> None:
    paths, folder = own_archive
    window = make_window(paths)
    select(window, "Rapport om vann")
    form = open_form(qtbot, window)
    contacts = form.contacts_editor
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    fields = contacts.fields.edits
    qtbot.keyClicks(fields["name"], "Bjørn Iversen")
    qtbot.keyClicks(fields["email"], "bjorn.iversen@")
    assert not form.save_button.isEnabled()
    assert not form.problem_label.isHidden()
    assert "e-mail" in form.problem_label.text()
    assert fields["email"].property("invalid") is True
    qtbot.keyClicks(fields["email"], "rauma.kommune.no")
    assert form.save_button.isEnabled() and form.problem_label.isHidden()
    assert fields["email"].property("invalid") is False

    qtbot.keyClicks(fields["phone"], "12 34")
    assert not form.save_button.isEnabled()
    assert "phone" in form.problem_label.text()
    assert fields["phone"].property("invalid") is True
    # Ctrl+S does nothing while the values cannot be saved.
    qtbot.keyClick(fields["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.editing.form is form
    qtbot.keyClicks(fields["phone"], " 56 78")
    assert form.save_button.isEnabled()
    save(qtbot, window, fields["phone"])
    data = sidecar(folder, "rapport-vann.pdf")
    assert data["contacts"] == [
        {"name": "Bjørn Iversen", "phone": "12 34 56 78", "email": "bjorn.iversen@rauma.kommune.no"}
    ]


def test_two_documents_edited_at_once_get_the_type_and_keep_the_rest(
    qtbot: QtBot, make_window: MakeWindow, own_archive: tuple[DataPaths, Path]
) -> None:
    paths, folder = own_archive
    window = make_window(paths)
    select(window, "Rapport om vann", "Befolkningsanalyse")
    form = open_form(qtbot, window)
    assert isinstance(form, MultiEditor)
    assert len(form.documents) == 2
    form.type_combo.setCurrentIndex(form.type_combo.findData("minutes"))
    qtbot.keyClicks(form.add_tags, "vann, 2019")
    save(qtbot, window, form.type_combo)

    for name in ("rapport-vann.pdf", "analyse.pdf"):
        data = sidecar(folder, name)
        assert data["type"] == "minutes"
        assert data["tags"] == ["vann", "2019"]
        assert "title" not in data and "organisation" not in data and "period" not in data
    assert not sidecar_path(folder / "kommuneplan-2020.pdf").exists()
    model = window.results_model
    qtbot.waitUntil(
        lambda: model.index(row_of(window, "Befolkningsanalyse"), 1).data() == "Minutes",
        timeout=5000,
    )
    assert model.index(row_of(window, "Rapport om vann"), 1).data() == "Minutes"
    assert model.index(row_of(window, "Kommuneplan 2020"), 1).data() != "Minutes"
    # The type facet counts the new values.
    facets = window.filters.facets_model

    def minutes_facet() -> object:
        type_index = facets.facet_index("type")
        for r in range(facets.rowCount(type_index)):
            index = facets.index(r, 0, type_index)
            if index.data(Qt.ItemDataRole.UserRole + 2) == "minutes":
                return index.data()
        return None

    qtbot.waitUntil(lambda: minutes_facet() == "Minutes (2)", timeout=5000)


def test_undo_puts_the_sidecar_back_and_redo_again(
    qtbot: QtBot, make_window: MakeWindow, own_archive: tuple[DataPaths, Path]
) -> None:
    paths, folder = own_archive
    sidecar_path(folder / "analyse.pdf").write_text(
        json.dumps({"vtviewer": 1, "organisation": "Eksempel kommune"}), "utf-8"
    )
    with Archive.open(paths) as archive:
        archive.index()
    window = make_window(paths)
    select(window, "Befolkningsanalyse")
    form = open_form(qtbot, window)
    assert form.source_labels["organisation"].text() == "sidecar"
    form.organisation_edit.setText("Telemarksforsking")
    save(qtbot, window, form.organisation_edit)
    assert sidecar(folder, "analyse.pdf")["organisation"] == "Telemarksforsking"
    history = window.editing.history
    qtbot.waitUntil(history.undo_action.isEnabled, timeout=5000)

    window.results_view.setFocus()
    qtbot.keyClick(window.results_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: sidecar(folder, "analyse.pdf").get("organisation") == "Eksempel kommune",
        timeout=5000,
    )
    assert "edited" not in sidecar(folder, "analyse.pdf")
    document = window.details.document
    qtbot.waitUntil(
        lambda: (
            window.details.document is not None
            and window.details.document.meta.organisation == "Eksempel kommune"
        ),
        timeout=5000,
    )
    assert document is not None

    qtbot.waitUntil(history.redo_action.isEnabled, timeout=5000)
    qtbot.keyClick(
        window.results_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: sidecar(folder, "analyse.pdf").get("organisation") == "Telemarksforsking",
        timeout=5000,
    )
    assert sidecar(folder, "analyse.pdf")["edited"] == ["organisation"]


def test_a_sidecar_changed_on_disk_is_asked_about_and_never_overwritten_silently(
    qtbot: QtBot,
    make_window: MakeWindow,
    own_archive: tuple[DataPaths, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths, folder = own_archive
    window = make_window(paths)
    select(window, "Rapport om vann")
    form = open_form(qtbot, window)
    form.title_edit.setText("Min tittel")
    # Meanwhile, someone else writes the sidecar.
    theirs = {"vtviewer": 1, "title": "Deres tittel"}
    sidecar_path(folder / "rapport-vann.pdf").write_text(json.dumps(theirs), "utf-8")

    asked: list[Sequence[str]] = []
    answers = iter(["cancel", "overwrite"])

    def ask(_parent: QWidget, names: Sequence[str]) -> str:
        asked.append(list(names))
        return next(answers)

    monkeypatch.setattr(editing, "ask_conflict", ask)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    qtbot.waitUntil(lambda: not form.busy, timeout=5000)
    assert asked == [["rapport-vann.pdf"]]
    assert sidecar(folder, "rapport-vann.pdf") == theirs
    assert window.editing.form is form and form.title_edit.text() == "Min tittel"
    assert not form.failure_label.isHidden()

    save(qtbot, window, form.title_edit)
    assert len(asked) == 2
    assert sidecar(folder, "rapport-vann.pdf")["title"] == "Min tittel"


def test_a_read_only_folder_keeps_the_edits_in_the_data_folder_with_a_notice(
    qtbot: QtBot,
    make_window: MakeWindow,
    own_archive: tuple[DataPaths, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths, folder = own_archive
    real_write = core_edits.write_json

    def refuse(path: Path, data: Any, **kwargs: Any) -> None:
        if Path(path).parent == folder:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        real_write(path, data, **kwargs)

    window = make_window(paths)
    monkeypatch.setattr(core_edits, "write_json", refuse)
    select(window, "Rapport om vann")
    form = open_form(qtbot, window)
    form.tags_edit.setText("cd, arkiv")
    save(qtbot, window, form.tags_edit)

    assert not sidecar_path(folder / "rapport-vann.pdf").exists()

    def notice() -> QLabel | None:
        return window.details.findChild(QLabel, "overlayNotice")

    qtbot.waitUntil(lambda: notice() is not None, timeout=5000)
    label = notice()
    assert label is not None
    assert "kept in vtviewer's data folder" in label.text()
    row = row_of(window, "Rapport om vann")
    type_index = window.results_model.index(row, COLUMNS.index("type"))
    assert type_index.data(Qt.ItemDataRole.DecorationRole) is not None

    # The folder can be written again: File -> Save edits next to the files.
    monkeypatch.undo()
    window.editing.write_out_action.trigger()
    qtbot.waitUntil(lambda: sidecar_path(folder / "rapport-vann.pdf").exists(), timeout=5000)
    assert sidecar(folder, "rapport-vann.pdf")["tags"] == ["cd", "arkiv"]
    qtbot.waitUntil(lambda: "saved next to the file" in window.editing.last_report, timeout=5000)
    qtbot.waitUntil(lambda: notice() is None, timeout=5000)
    assert type_index.data(Qt.ItemDataRole.DecorationRole) is None


def test_one_field_is_reverted_to_the_files_value(
    qtbot: QtBot, make_window: MakeWindow, own_archive: tuple[DataPaths, Path]
) -> None:
    paths, folder = own_archive
    sidecar_path(folder / "rapport-vann.pdf").write_text(
        json.dumps(
            {
                "vtviewer": 1,
                "title": "Rettet tittel",
                "organisation": "Rauma kommune",
                "edited": ["title", "organisation"],
            }
        ),
        "utf-8",
    )
    with Archive.open(paths) as archive:
        archive.index()
    window = make_window(paths)
    select(window, "Rettet tittel")
    form = open_form(qtbot, window)
    assert form.source_labels["title"].text() == "edited"
    revert = form.revert_buttons["title"]
    assert not revert.isHidden()
    assert form.revert_buttons["doc_type"].isHidden()
    qtbot.mouseClick(revert, Qt.MouseButton.LeftButton)
    assert not form.title_edit.isEnabled()
    save(qtbot, window, form.organisation_edit)

    data = sidecar(folder, "rapport-vann.pdf")
    assert "title" not in data
    assert data["organisation"] == "Rauma kommune" and data["edited"] == ["organisation"]
    qtbot.waitUntil(lambda: shown_title(window) == "Rapport om vann", timeout=5000)


def test_the_editors_models(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    contacts = ContactsModel([Contact(name="Bjørn Iversen", phone="12"), Contact(email="a@b.no")])
    qtmodeltester.check(contacts)
    # A contact as the document had it is not held against it; once changed, it is.
    assert contacts.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) is None
    contacts.set_value(0, "role", "leder")
    assert contacts.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "Not a Norwegian phone number"
    contacts.add()
    contacts.set_value(2, "email", "kari@")
    qtmodeltester.check(contacts)
    assert contacts.index(2, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert contacts.index(1, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    contacts.remove(0)
    assert contacts.rowCount() == 2

    a, b = str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf")
    attachments = AttachmentsModel([b], [a, b])
    qtmodeltester.check(attachments)
    assert attachments.checked() == (b,)
    attachments.setData(
        attachments.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert attachments.checked() == (b, a)


def test_attachments_are_other_pdfs_of_the_folder(
    qtbot: QtBot, make_window: MakeWindow, own_archive: tuple[DataPaths, Path]
) -> None:
    paths, folder = own_archive
    window = make_window(paths)
    select(window, "Rapport om vann")
    form = open_form(qtbot, window)
    model = form.attachments_model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["analyse.pdf", "kommuneplan-2020.pdf"]
    model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    save(qtbot, window, form.title_edit)
    assert sidecar(folder, "rapport-vann.pdf")["attachments"] == ["analyse.pdf"]
    document = window.details.document
    assert document is not None
    qtbot.waitUntil(
        lambda: (
            window.details.document is not None
            and window.details.document.meta.attachments == (str(folder / "analyse.pdf"),)
        ),
        timeout=5000,
    )


def test_a_write_that_fails_keeps_the_form_and_says_why(
    qtbot: QtBot,
    make_window: MakeWindow,
    own_archive: tuple[DataPaths, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths, folder = own_archive

    def broken(path: Path, data: Any, **kwargs: Any) -> None:
        raise OSError(errno.EIO, "Input/output error", str(path))

    window = make_window(paths)
    monkeypatch.setattr(core_edits, "write_json", broken)
    select(window, "Rapport om vann")
    form = open_form(qtbot, window)
    form.title_edit.setText("Kommer tilbake")
    form.title_edit.setFocus()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.failure_label.isHidden(), timeout=5000)
    assert "Input/output error" in form.failure_label.text()
    assert not form.busy and form.save_button.isEnabled()
    assert window.editing.form is form and form.title_edit.text() == "Kommer tilbake"
    # The fields can be used again, and the captions and sources are grey as before.
    assert form.title_edit.isEnabled() and not form.source_labels["title"].isEnabled()
    assert not sidecar_path(folder / "rapport-vann.pdf").exists()
    assert not window.editing.history.undo_action.isEnabled()

    monkeypatch.undo()
    save(qtbot, window, form.title_edit)
    assert sidecar(folder, "rapport-vann.pdf")["title"] == "Kommer tilbake"


def test_the_form_in_bokmaal(bokmaal: None) -> None:
    meta = Metadata(
        title="Handlingsplan 2013",
        doc_type="action plan",
        organisation="Vestre Toten kommune",
        sources={"title": "catalog", "doc_type": "derived", "organisation": "edited"},
    )
    document = Document(1, "/arkiv/plan.pdf", 10, 0.0, "abc", 3, False, meta)
    form = MetadataEditor(document, None)
    multi = MultiEditor([document, replace(document, id=2)], {})
    assert form.heading.text() == "Rediger «Handlingsplan 2013»"
    assert form.source_labels["title"].text() == "katalog"
    assert form.source_labels["doc_type"].text() == "utledet"
    assert form.source_labels["organisation"].text() == "rettet"
    assert form.type_combo.currentText() == "Handlingsplan"
    assert form.save_button.text() == "Lagre"
    assert multi.heading.text() == "Rediger 2 dokumenter"
    form.deleteLater()
    multi.deleteLater()


def test_only_the_fields_changed_are_in_the_edit(qapp: QApplication) -> None:
    meta = Metadata(
        title="Plan",
        authors=("Iversen, Bjørn",),
        tags=("vann",),
        period_from=2013,
        published="2016-06-01",
        contacts=(Contact(name="Kari Nordmann", phone="+47 976 81 861"),),
        sources={"authors": "pdf", "period": "sidecar"},
    )
    document = Document(7, "/arkiv/plan.pdf", 10, 0.0, "abc", 3, False, meta)
    form = MetadataEditor(document, "base-state")
    # Untouched, an author with a comma is not split and nothing is written.
    assert form.values() == {} and form.edits() == []
    form.authors_edit.setText("Iversen, Bjørn; Kari Nordmann")
    form.period_to.setText("2015")
    form.published_edit.setText("02.06.2016")
    (edit,) = form.edits()
    assert edit.doc_id == 7 and edit.base == "base-state"
    assert edit.values == {
        "authors": ("Iversen", "Bjørn", "Kari Nordmann"),
        "period": (2013, 2015),
        "published": "2016-06-02",
    }
    form.period_to.setText("2012")
    assert form.problem() == "The period ends before it begins"
    assert not form.save_button.isEnabled()
    form.deleteLater()


def test_a_contact_the_document_had_does_not_hold_up_save(qapp: QApplication) -> None:
    swedish = Contact(name="Sven Svensson", phone="+46 8 123 45 67")
    meta = Metadata(title="Plan", contacts=(swedish,), sources={"contacts": "derived"})
    form = MetadataEditor(Document(8, "/arkiv/plan.pdf", 10, 0.0, "abc", 3, False, meta), None)
    form.title_edit.setText("Plan for vann")
    assert form.problem() == "" and form.save_button.isEnabled()
    phone = form.contacts_editor.fields.edits["phone"]
    assert phone.text() == "+46 8 123 45 67" and phone.property("invalid") is not True
    phone.setText("+46 8 123 45 678")
    phone.textEdited.emit(phone.text())  # as typed
    assert "phone" in form.problem() and not form.save_button.isEnabled()
    assert phone.property("invalid") is True
    form.deleteLater()


def test_reload_after_a_conflict_opens_the_form_on_what_is_on_disk(
    qtbot: QtBot,
    make_window: MakeWindow,
    own_archive: tuple[DataPaths, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths, folder = own_archive
    window = make_window(paths)
    select(window, "Rapport om vann")
    form = open_form(qtbot, window)
    form.title_edit.setText("Min tittel")
    theirs = {"vtviewer": 1, "title": "Deres tittel", "edited": ["title"]}
    sidecar_path(folder / "rapport-vann.pdf").write_text(json.dumps(theirs), "utf-8")
    monkeypatch.setattr(editing, "ask_conflict", lambda _parent, _names: "reload")
    form.title_edit.setFocus()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.editing.form is not None and window.editing.form is not form, timeout=5000
    )
    again = window.editing.form
    assert isinstance(again, MetadataEditor)
    # The form shows the sidecar as it is on disk now, and nothing was written over it.
    assert again.title_edit.text() == "Deres tittel"
    assert sidecar(folder, "rapport-vann.pdf") == theirs


def test_every_control_of_the_forms_has_a_name_and_tab_ends_on_save(
    qtbot: QtBot, make_window: MakeWindow, own_archive: tuple[DataPaths, Path]
) -> None:
    paths, _folder = own_archive
    window = make_window(paths)
    for titles in (("Rapport om vann",), ("Rapport om vann", "Befolkningsanalyse")):
        select(window, *titles)
        form = open_form(qtbot, window)
        controls = [
            w
            for w in form.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.window() is form.window()
            and w.isVisibleTo(form)
        ]
        assert controls
        assert not [type(w).__name__ for w in controls if not w.accessibleName()]
        # Tab from the last field goes to Cancel, then Save.
        assert form.cancel_button.nextInFocusChain() is form.save_button
        form.cancel()
        qtbot.waitUntil(lambda: window.editing.form is None, timeout=5000)


def test_the_form_gets_room_and_the_split_comes_back(
    qtbot: QtBot, make_window: MakeWindow, own_archive: tuple[DataPaths, Path]
) -> None:
    paths, _folder = own_archive
    window = make_window(paths)
    select(window, "Rapport om vann")
    splitter = window.right_splitter
    before = splitter.sizes()
    form = open_form(qtbot, window)
    during = splitter.sizes()
    assert during[0] > before[0] and during[0] >= sum(during) * 2 // 3 - 2
    # The fields scroll; Save stays in sight at the foot of the pane.
    qtbot.waitUntil(lambda: not form.save_button.visibleRegion().isEmpty(), timeout=5000)
    assert form.fields_area.verticalScrollBar().maximum() > 0
    form.cancel()
    qtbot.waitUntil(lambda: window.editing.form is None, timeout=5000)
    assert splitter.sizes() == before


def test_closing_the_window_asks_before_unsaved_corrections_are_lost(
    qtbot: QtBot, make_window: MakeWindow, own_archive: tuple[DataPaths, Path]
) -> None:
    paths, folder = own_archive
    window = make_window(paths)
    select(window, "Rapport om vann")
    form = open_form(qtbot, window)
    form.title_edit.setText("Rapport om vannforsyning")
    asked: list[str] = []
    answers = ["cancel", "save"]

    def ask(_parent: QWidget, heading: str) -> str:
        asked.append(heading)
        return answers.pop(0)

    window.editing.ask_leaving = ask  # type: ignore[assignment]
    # Cancel: the window and the form stay, nothing is written.
    assert not window.close()
    assert window.isVisible() and window.editing.form is form
    assert sidecar(folder, "rapport-vann.pdf") == {}
    # Save: written, then the window closes.
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert sidecar(folder, "rapport-vann.pdf")["title"] == "Rapport om vannforsyning"
    assert len(asked) == 2 and "Rapport om vann" in asked[0]


def test_a_save_that_fails_as_the_window_closes_keeps_it_open(
    qtbot: QtBot,
    make_window: MakeWindow,
    own_archive: tuple[DataPaths, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths, _folder = own_archive
    window = make_window(paths)
    select(window, "Rapport om vann")
    form = open_form(qtbot, window)
    form.title_edit.setText("Ny tittel")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(core_edits, "write_json", broken)
    window.editing.ask_leaving = lambda _parent, _heading: "save"  # type: ignore[assignment]
    window.close()
    qtbot.waitUntil(lambda: not form.busy, timeout=10000)
    qtbot.wait(100)
    # Not written: the window stays with the form and its values, and Cancel later
    # leaves the form without closing the window.
    assert window.isVisible() and window.editing.form is form
    assert form.title_edit.text() == "Ny tittel"
    form.cancel()
    qtbot.waitUntil(lambda: window.editing.form is None, timeout=5000)
    qtbot.wait(100)
    assert window.isVisible()
