"""The Contacts view: its models, a person's documents shown in the main window, merge,
split and edit person."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.pdfgen import write_pdf
from vtviewer.core.archive import Archive
from vtviewer.core.directory import Mention, people_of
from vtviewer.core.model import Contact
from vtviewer.core.sidecar import sidecar_path
from vtviewer.gui.contacts_model import (
    DOCUMENTS,
    NAME,
    PeopleFilter,
    PeopleModel,
    PersonDocumentsModel,
)
from vtviewer.gui.contacts_view import ContactsWindow
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.person_dialogs import ChoiceDialog, EditPersonDialog
from vtviewer.paths import DataPaths, data_paths

PEOPLE = {
    "a.pdf": [{"name": "Bjørn Iversen", "email": "bi@vestre-toten.kommune.no", "role": "leder"}],
    "b.pdf": [{"name": "Bjorn Iversen"}, {"name": "Kari Nordmann", "phone": "976 81 861"}],
    "c.pdf": [{"name": "B. Iversen", "email": "b.iversen@example.no"}],
}


@pytest.fixture
def people_paths(tmp_path: Path) -> DataPaths:
    folder = tmp_path / "arkiv"
    for name, contacts in PEOPLE.items():
        pdf = write_pdf(folder / name, [f"Dokument {name}"], f"Tittel {name}")
        sidecar_path(pdf).write_text(
            json.dumps({"vtviewer": 1, "title": f"Tittel {name}", "contacts": contacts}),
            encoding="utf-8",
        )
    paths = data_paths(tmp_path / "data")
    with Archive.open(paths) as archive:
        archive.add_root(str(folder))
        archive.index()
    return paths


def open_contacts(qtbot: QtBot, window: MainWindow) -> ContactsWindow:
    """Open the Contacts view and wait until it lists the people (its answer comes
    through the event loop, so it cannot arrive before the wait begins)."""
    view = window.show_contacts()
    qtbot.waitSignal(view.listed, timeout=10000).wait()
    return view


def select(qtbot: QtBot, view: ContactsWindow, *names: str) -> None:
    view.table.clearSelection()
    for name in names:
        rows = [r for r in range(view.proxy.rowCount()) if view.proxy.index(r, NAME).data() == name]
        assert rows, name
        view.table.selectionModel().select(
            view.proxy.index(rows[0], NAME),
            view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows,
        )


def test_the_models_pass_the_model_tester(
    qtmodeltester: ModelTester, sample_paths: DataPaths
) -> None:
    people = people_of(
        [
            Mention(1, 0, Contact(name="Bjørn Iversen", role="leder")),
            Mention(2, 0, Contact(name="Bjoern Iversen", email="bi@x.no")),
            Mention(3, 0, Contact(name="Kari Nordmann", phone="97681861")),
        ]
    )
    model = PeopleModel()
    qtmodeltester.check(model)
    model.set_people(people)
    qtmodeltester.check(model)
    proxy = PeopleFilter()
    proxy.setSourceModel(model)
    proxy.sort(DOCUMENTS, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    assert proxy.index(0, NAME).data() == "Bjørn Iversen"
    assert proxy.index(0, DOCUMENTS).data() == "2"
    proxy.set_query("bjorn")  # folded alike: finds Bjørn
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)
    proxy.set_query("97681861")
    assert proxy.rowCount() == 1 and proxy.index(0, NAME).data() == "Kari Nordmann"

    with Archive.open(sample_paths) as archive:
        docs = archive.documents()
    documents = PersonDocumentsModel()
    qtmodeltester.check(documents)
    documents.set_documents(docs)
    qtmodeltester.check(documents)
    assert documents.rowCount() == len(docs)


def test_selecting_a_person_lists_their_documents_and_enter_shows_one(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    view = open_contacts(qtbot, window)
    assert view.model.rowCount() == 1
    assert view.proxy.index(0, NAME).data() == "Bjørn Iversen"
    with qtbot.waitSignal(view.documents_listed, timeout=10000):
        select(qtbot, view, "Bjørn Iversen")
    titles = sorted(
        view.documents_model.index(r, 0).data() for r in range(view.documents_model.rowCount())
    )
    assert titles == [
        "Handlingsplan 2013",
        "Omstillingsplan 2013 - 2015",
        "Vedlegg til Omstillingsplan 2013 - 2015: analysedel",
    ]
    assert "3" in view.documents_label.text()
    view.documents.setFocus()
    view.documents.setCurrentIndex(view.documents_model.index(0, 0))
    wanted = view.documents_model.document(0)
    assert wanted is not None
    QTest.keyClick(view.documents, Qt.Key.Key_Return)
    current = window.reader.current
    assert current is not None and current.document.id == wanted.id
    assert view.isVisible()  # Enter showed the document; the view stays


def test_merge_two_people_keeps_the_chosen_name(
    qtbot: QtBot,
    make_window: MakeWindow,
    people_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(people_paths)
    view = open_contacts(qtbot, window)
    names = sorted(view.proxy.index(r, NAME).data() for r in range(view.proxy.rowCount()))
    assert names == ["B. Iversen", "Bjørn Iversen", "Kari Nordmann"]
    select(qtbot, view, "Bjørn Iversen", "B. Iversen")
    assert view.merge_button.isEnabled() and not view.edit_button.isEnabled()
    offered: list[str] = []

    def choose(dialog: ChoiceDialog) -> int:
        offered.extend(dialog.combo.itemText(i) for i in range(dialog.combo.count()))
        dialog.combo.setCurrentText("Bjørn Iversen")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChoiceDialog, "exec", choose)
    with qtbot.waitSignal(view.listed, timeout=10000):
        view.merge_button.click()
    assert set(offered) == {"Bjørn Iversen", "Bjorn Iversen", "B. Iversen"}
    names = sorted(view.proxy.index(r, NAME).data() for r in range(view.proxy.rowCount()))
    assert names == ["Bjørn Iversen", "Kari Nordmann"]
    (bjorn,) = view.selected_people()
    assert bjorn.name == "Bjørn Iversen" and bjorn.documents == 3
    assert "Bjørn Iversen" in view.status.text()
    assert people_paths.contacts.is_file()

    # And split again: B. Iversen is a person of his own.
    def take_out(dialog: ChoiceDialog) -> int:
        dialog.combo.setCurrentText("b.iversen@example.no")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChoiceDialog, "exec", take_out)
    with qtbot.waitSignal(view.listed, timeout=10000):
        view.split_button.click()
    names = sorted(view.proxy.index(r, NAME).data() for r in range(view.proxy.rowCount()))
    assert names == ["B. Iversen", "Bjørn Iversen", "Kari Nordmann"]


def test_edit_person_checks_the_values_and_writes_every_document(
    qtbot: QtBot,
    make_window: MakeWindow,
    people_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = EditPersonDialog(Contact(name="Kari Nordmann", phone="97681861"), 1)
    qtbot.addWidget(dialog)
    dialog.fields["phone"].setText("12 34")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "12 34" in dialog.error.text() and not dialog.error.isHidden()
    dialog.fields["phone"].setText("+47 976 81 861")
    dialog.fields["email"].setText("Kari@Example.no")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes() == {"email": "kari@example.no"}

    window = make_window(people_paths)
    view = open_contacts(qtbot, window)
    select(qtbot, view, "Bjørn Iversen")

    def edit(dialog: EditPersonDialog) -> int:
        dialog.fields["role"].setText("rådgiver")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(EditPersonDialog, "exec", edit)
    with qtbot.waitSignals([view.changed, view.listed], timeout=10000):
        view.edit_button.click()
    assert "2" in view.status.text()  # written to both documents
    with Archive.open(people_paths) as archive:
        roles = {
            d.name: [c.role for c in d.meta.contacts if c.name.endswith("Iversen")]
            for d in archive.documents()
        }
    assert roles["a.pdf"] == ["rådgiver"] and roles["b.pdf"] == ["rådgiver"]
    assert roles["c.pdf"] == [""]  # another person


def test_the_contacts_view_speaks_bokmaal(
    bokmaal: None, qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    assert window.contacts_action.text() == "K&ontakter…"
    view = open_contacts(qtbot, window)
    assert view.windowTitle() == "Kontakter"
    assert view.merge_button.text() == "&Slå sammen…"
    assert view.count_label.text() == "1 person"
    assert view.model.headerData(NAME, Qt.Orientation.Horizontal) == "Navn"
    assert view.documents_model.headerData(0, Qt.Orientation.Horizontal) == "Tittel"
    dialog = EditPersonDialog(Contact(name="Kari Nordmann"), 2, view)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Rediger person"
    assert "de 2 dokumentene" in dialog.intro.text()
    assert {b.text() for b in dialog.findChildren(QPushButton)} == {"Lagre", "Avbryt"}
    choice = ChoiceDialog("t", "x", "y", ["a"], "OK", view)
    qtbot.addWidget(choice)
    assert "Avbryt" in {b.text() for b in choice.findChildren(QPushButton)}


def test_unreadable_choices_are_said_and_a_merge_is_refused_without_losing_them(
    qtbot: QtBot,
    make_window: MakeWindow,
    people_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people_paths.contacts.write_text("[1, 2", encoding="utf-8")
    window = make_window(people_paths)
    view = open_contacts(qtbot, window)
    assert view.model.rowCount() == 3  # the people as found, without the choices
    assert str(people_paths.contacts) in view.status.text() and view.status.isVisibleTo(view)
    select(qtbot, view, "Bjørn Iversen", "B. Iversen")
    monkeypatch.setattr(ChoiceDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    view.status.clear()
    view.merge_button.click()
    qtbot.waitUntil(lambda: bool(view.status.text()), timeout=10000)
    assert str(people_paths.contacts) in view.status.text()
    assert people_paths.contacts.read_text(encoding="utf-8") == "[1, 2"


def test_the_open_view_follows_an_indexing_run(
    qtbot: QtBot, make_window: MakeWindow, people_paths: DataPaths
) -> None:
    window = make_window(people_paths)
    view = open_contacts(qtbot, window)
    (root,) = window.roots()
    pdf = write_pdf(Path(root) / "d.pdf", ["Dokument d"], "Tittel d")
    contacts = [{"name": "Per Olsen", "email": "per@example.no"}]
    sidecar_path(pdf).write_text(
        json.dumps({"vtviewer": 1, "contacts": contacts}), encoding="utf-8"
    )
    with qtbot.waitSignals([window.index_finished, view.listed], timeout=60000):
        window.request_index()
    names = {view.proxy.index(r, NAME).data() for r in range(view.proxy.rowCount())}
    assert "Per Olsen" in names
