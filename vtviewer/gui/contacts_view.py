"""The Contacts view: every person across the archive, searchable and sortable; the chosen
person's documents (double-click or Enter shows one in the main window); Merge, Split and
Edit person. Reads and writes go through the task queue."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.archive import Archive
from vtviewer.core.directory import (
    Directory,
    DirectoryError,
    Listing,
    Person,
    PersonEdit,
    contact_ids,
    part_id,
)
from vtviewer.core.edits import EditError
from vtviewer.core.model import Document
from vtviewer.gui.contacts_model import (
    NAME,
    ORGANISATION,
    PHONE,
    ROLE,
    ItemRole,
    PeopleFilter,
    PeopleModel,
    PersonDocumentsModel,
)
from vtviewer.gui.messages import fill, translate_message
from vtviewer.gui.person_dialogs import ChoiceDialog, EditPersonDialog
from vtviewer.gui.tasks import TaskQueue

log = logging.getLogger(__name__)

#: The widest a column of the people is made to fit its values.
MAX_COLUMN_WIDTH = 340


def _refusal_as_value(work: Callable[[], object]) -> Callable[[], object]:
    """``work`` returning, not raising, the refusals the core words itself (a merge of one
    person, a bad phone number): they are answers to show, not failures to log."""

    def run() -> object:
        try:
            return work()
        except (DirectoryError, EditError) as exc:
            return exc

    return run


def split_parts(person: Person) -> list[str]:
    """The spellings and addresses that can be split off ``person``: those some of its
    contacts do not have (splitting off all of it would leave nothing)."""
    parts = [*person.names, *person.emails]
    return [
        part
        for part in parts
        if not all(part_id(part) in contact_ids(m.contact) for m in person.mentions)
    ]


class ContactsWindow(QDialog):
    """The archive's people and their documents.

    Signals:
        document_requested(object): the Document to show in the main window.
        changed(): documents were edited (the main window searches again).
        failed(object): an error the view does not word itself (the data folder's,
            a damaged index): for the main window's archive health.
        listed(): the people were put on screen (tests).
        documents_listed(): the chosen person's documents were put on screen (tests).
    """

    document_requested = Signal(object)
    changed = Signal()
    failed = Signal(object)
    listed = Signal()
    documents_listed = Signal()

    def __init__(
        self,
        archive: Archive,
        tasks: TaskQueue,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ContactsWindow")
        self.setWindowTitle(self.tr("Contacts"))
        self.resize(1200, 700)
        self._archive = archive
        self._tasks = tasks
        self.directory = Directory(archive)
        self._locale = locale or QLocale()
        #: Counts the reads of documents asked for; an answer for an earlier one is dropped.
        self._request = 0
        self._reselect: str = ""

        self.search_field = QLineEdit()
        self.search_field.setObjectName("contactsSearch")
        self.search_field.setPlaceholderText(self.tr("Search names, roles, organisations…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search people"))
        self.count_label = QLabel()

        self.model = PeopleModel(self)
        self.model.set_locale(self._locale)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((NAME, 170), (ROLE, 200), (ORGANISATION, 170), (PHONE, 90)):
            self.table.setColumnWidth(column, width)

        self.documents_label = QLabel(self.tr("Documents"))
        self.documents_label.setObjectName("documentsLabel")
        self.documents_label.setWordWrap(True)
        self.documents_model = PersonDocumentsModel(self)
        self.documents = QTableView()
        self.documents.setObjectName("personDocuments")
        self.documents.setModel(self.documents_model)
        self.documents.setAccessibleName(self.tr("Documents of the chosen person"))
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.setAlternatingRowColors(True)
        self.documents.setWordWrap(False)
        self.documents.verticalHeader().hide()
        self.documents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.documents.setColumnWidth(1, 360)
        self.documents_hint = QLabel(
            self.tr("Double-click a document, or press Enter, to show it.")
        )
        self.documents_hint.setWordWrap(True)
        self.documents_hint.setEnabled(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 0, 0)
        right_layout.addWidget(self.documents_label)
        right_layout.addWidget(self.documents, 1)
        right_layout.addWidget(self.documents_hint)

        # People above their documents: both tables are wide (e-mail addresses, titles).
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([390, 260])

        self.status = QLabel()
        self.status.setObjectName("contactsStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Make the two selected people one person"))
        self.split_button = QPushButton(self.tr("S&plit…"))
        self.split_button.setToolTip(
            self.tr("Take a spelling or an e-mail address out of the selected person")
        )
        self.edit_button = QPushButton(self.tr("&Edit person…"))
        self.edit_button.setToolTip(self.tr("Change the person in each of their documents"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.split_button, self.edit_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.search_field.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.documents.activated.connect(self._document_activated)
        self.documents.installEventFilter(self)
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button.clicked.connect(self.split_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search_field.setFocus)
        self._update_buttons()

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the people again (on the task queue)."""
        self._tasks.run(self.directory.listing, self._show_listing, self._failed)

    def _show_listing(self, listing: object) -> None:
        assert isinstance(listing, Listing)
        selected = self.selected_people()
        wanted = self._reselect or (selected[0].name if selected else "")
        self._reselect = ""
        self.model.set_people(listing.people)
        self._fit_columns()
        self._update_count()
        if listing.note is not None:
            self._say(translate_message(listing.note), error=True)
        if wanted:
            self.select_name(wanted)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._selection_changed()
        self.listed.emit()

    def _fit_columns(self) -> None:
        """Each column as wide as its values, within bounds (a long role is elided; its
        tooltip has it whole)."""
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            width = self.table.columnWidth(column)
            self.table.setColumnWidth(column, max(80, min(width + 12, MAX_COLUMN_WIDTH)))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%Ln person(s)", "", total))
        else:
            self.count_label.setText(fill(self.tr("%1 of %2"), str(shown), str(total)))

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def select_name(self, name: str) -> bool:
        """Select the first person called ``name``; False when none is listed."""
        for row in range(self.proxy.rowCount()):
            person = self.proxy.index(row, NAME).data(ItemRole)
            if isinstance(person, Person) and name in (person.name, *person.names):
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, NAME))
                return True
        return False

    def selected_people(self) -> list[Person]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        people = [self.proxy.index(row, NAME).data(ItemRole) for row in rows]
        return [p for p in people if isinstance(p, Person)]

    def _selection_changed(
        self,
        _selected: QItemSelection | None = None,
        _deselected: QItemSelection | None = None,
    ) -> None:
        self._update_buttons()
        people = self.selected_people()
        self._request += 1
        if len(people) != 1:
            self.documents_model.set_documents([])
            self.documents_label.setText(
                self.tr("Choose one person to see their documents.")
                if people
                else self.tr("Documents")
            )
            return
        person = people[0]
        request = self._request
        ids = list(person.doc_ids)
        archive = self._archive

        def show(found: object) -> None:
            if request != self._request:
                return
            assert isinstance(found, dict)
            self.documents_model.set_documents(list(found.values()))
            count = self.documents_model.rowCount()
            text = self.tr("%Ln document(s) name %1", "", count)
            self.documents_label.setText(fill(text, person.name or person.email))
            self.documents_listed.emit()

        self._tasks.run(lambda: archive.documents_by_ids(ids), show, self._failed)

    def _update_buttons(self) -> None:
        people = self.selected_people()
        writable = not self._archive.read_only
        self.merge_button.setEnabled(writable and len(people) == 2)
        self.split_button.setEnabled(writable and len(people) == 1 and bool(split_parts(people[0])))
        self.edit_button.setEnabled(writable and len(people) == 1)
        if not writable:
            reason = self.tr("The data folder is read-only")
            for button in (self.merge_button, self.split_button, self.edit_button):
                button.setToolTip(reason)

    # --- documents ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter shows the document; the dialog must not take it for its default button.
        if (
            watched is self.documents
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._document_activated(self.documents.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _document_activated(self, index: QModelIndex) -> None:
        doc = self.documents_model.document(index.row()) if index.isValid() else None
        if isinstance(doc, Document):
            self.document_requested.emit(doc)

    # --- merge, split, edit -------------------------------------------------------------

    def merge_selected(self) -> None:
        people = self.selected_people()
        if len(people) != 2:
            return
        first, second = people
        names = list(dict.fromkeys((*first.names, *second.names)))
        directory = self.directory
        if not names:  # two addresses or numbers without a name: nothing to choose
            done = fill(self.tr("Merged: %1"), first.email or first.phone)
            self._write(lambda: directory.merge(first, second, ""), done)
            return
        dialog = ChoiceDialog(
            self.tr("Merge people"),
            fill(
                self.tr("%1 and %2 become one person, with the documents of both."),
                first.name or first.email,
                second.name or second.email,
            ),
            self.tr("&Name to keep:"),
            names,
            self.tr("Merge"),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = dialog.choice()
        self._reselect = name
        done = self.tr("Merged: %1")
        self._write(lambda: directory.merge(first, second, name), fill(done, name))

    def split_selected(self) -> None:
        people = self.selected_people()
        if len(people) != 1:
            return
        person = people[0]
        parts = split_parts(person)
        if not parts:
            return
        dialog = ChoiceDialog(
            self.tr("Split person"),
            fill(
                self.tr(
                    "The documents that write this spelling or address become a person of"
                    " their own, apart from %1."
                ),
                person.name or person.email,
            ),
            self.tr("&Take out:"),
            parts,
            self.tr("Split"),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        part = dialog.choice()
        directory = self.directory
        self._reselect = person.name
        done = self.tr("%1 is a person of their own now")
        self._write(lambda: directory.split(person, part), fill(done, part))

    def edit_selected(self) -> None:
        people = self.selected_people()
        if len(people) != 1:
            return
        person = people[0]
        dialog = EditPersonDialog(person.contact(), person.documents, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = dialog.changes()
        if not changes:
            return
        self._reselect = changes.get("name", person.name)
        directory = self.directory
        self._tasks.run(_refusal_as_value(lambda: directory.edit(person, changes)), self._edited)

    def _write(self, work: Callable[[], object], done_text: str) -> None:
        def done(value: object) -> None:
            if not self._refused(value):
                self._say(done_text)
                self.reload()

        self._tasks.run(_refusal_as_value(work), done, self._failed)

    def _refused(self, value: object) -> bool:
        """Whether ``value`` is a refusal the core worded (said in the status line)."""
        if isinstance(value, DirectoryError | EditError):
            self._say(translate_message(value.message), error=True)
            return True
        return False

    def _edited(self, report: object) -> None:
        if self._refused(report):
            return
        assert isinstance(report, PersonEdit)
        text = fill(
            self.tr(
                "Documents saved: %1 next to the files, %2 in vtviewer's data folder."
                " Not saved: %3 changed meanwhile, %4 failed."
            ),
            *(
                self._locale.toString(n)
                for n in (report.sidecar, report.overlay, report.conflicts, report.failed)
            ),
        )
        problems = [r for r in report.results if not r.written and r.message is not None]
        for result in problems[:3]:
            assert result.message is not None
            text += "\n" + fill(self.tr("%1: %2"), result.path, translate_message(result.message))
        self._say(text, error=bool(problems))
        self.reload()
        if report.sidecar or report.overlay:
            self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        if not self._refused(error):
            self.failed.emit(error)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text[:1].upper() + text[1:])
        self.status.setStyleSheet("color: #c0392b;" if error else "")
        self.status.show()
