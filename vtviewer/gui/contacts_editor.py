"""The contacts of a document in the editor: a list to add to, edit and remove from, and
the fields of one contact, checked as they are typed (e-mail, Norwegian phone number)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.contacts import normalise_phone
from vtviewer.core.model import Contact
from vtviewer.gui.messages import fill

_AnyIndex = QModelIndex | QPersistentModelIndex

#: The fields of a contact, in the order the list and the form show them.
CONTACT_FIELDS: tuple[str, ...] = ("name", "role", "organisation", "phone", "email")
_EMAIL = re.compile(r"[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>.]{2,}")
#: The colour that marks a value that cannot be saved (readable on light and dark).
INVALID_COLOUR = "#d0463b"


def email_ok(text: str) -> bool:
    """Whether ``text`` is empty or looks like an e-mail address."""
    return not text.strip() or _EMAIL.fullmatch(text.strip()) is not None


def phone_ok(text: str) -> bool:
    """Whether ``text`` is empty or a Norwegian phone number (eight digits, +47 allowed)."""
    return not text.strip() or bool(normalise_phone(text))


def cleaned(contact: Contact) -> Contact:
    """``contact`` with its values trimmed (the e-mail in lower case)."""
    return Contact(
        name=" ".join(contact.name.split()),
        role=" ".join(contact.role.split()),
        organisation=" ".join(contact.organisation.split()),
        phone=contact.phone.strip(),
        email=contact.email.strip().lower(),
    )


def invalid_fields(contact: Contact) -> list[str]:
    """The fields of ``contact`` that cannot be saved as they are."""
    out = []
    if not phone_ok(contact.phone):
        out.append("phone")
    if not email_ok(contact.email):
        out.append("email")
    return out


class ContactsModel(QAbstractTableModel):
    """The contacts being edited, one row each; invalid values are shown in red with the
    reason as their tool tip. Edited through ``set_value`` (the form below the list)."""

    def __init__(self, contacts: Sequence[Contact] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts = list(contacts)
        #: The contacts the document had: saved as they are, checked only once changed
        #: (a Swedish number found in the text does not hold up a correction of its title).
        self._given = {cleaned(c) for c in contacts}
        self._headers = (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Organisation"),
            self.tr("Phone"),
            self.tr("E-mail"),
        )

    def contacts(self) -> list[Contact]:
        return list(self._contacts)

    def invalid(self, contact: Contact) -> list[str]:
        """The fields of ``contact`` that cannot be saved (none for one it had)."""
        return [] if cleaned(contact) in self._given else invalid_fields(contact)

    def contact(self, row: int) -> Contact | None:
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def add(self, contact: Contact = Contact()) -> int:  # noqa: B008
        row = len(self._contacts)
        self.beginInsertRows(QModelIndex(), row, row)
        self._contacts.append(contact)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._contacts):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._contacts[row]
            self.endRemoveRows()

    def set_value(self, row: int, name: str, value: str) -> None:
        if not 0 <= row < len(self._contacts) or name not in CONTACT_FIELDS:
            return
        self._contacts[row] = replace(self._contacts[row], **{name: value})
        column = CONTACT_FIELDS.index(name)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CONTACT_FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        name = CONTACT_FIELDS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(getattr(contact, name))
        bad = name in self.invalid(contact)
        if role == Qt.ItemDataRole.ForegroundRole and bad:
            return QBrush(QColor(INVALID_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and bad:
            return (
                self.tr("Not a Norwegian phone number")
                if name == "phone"
                else self.tr("Not an e-mail address")
            )
        return None


class ContactsEditor(QWidget):
    """The contacts list with Add and Remove, and the fields of the chosen contact.

    Signals:
        changed(): a contact was added, removed or changed.
    """

    changed = Signal()

    def __init__(self, contacts: Sequence[Contact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactsModel(contacts, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.view = QTableView()
        self.view.setObjectName("contactsList")
        self.view.setAccessibleName(self.tr("Contacts"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The organisation is in the fields below; the list has room for who and how.
        self.view.setColumnHidden(CONTACT_FIELDS.index("organisation"), True)
        self.model.rowsInserted.connect(self._fit_height)
        self.model.rowsRemoved.connect(self._fit_height)
        self._fit_height()
        layout.addWidget(self.view)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add contact"))
        self.add_button.setObjectName("addContact")
        self.add_button.setAccessibleName(self.tr("Add contact"))
        self.remove_button = QPushButton(self.tr("Remove contact"))
        self.remove_button.setObjectName("removeContact")
        self.remove_button.setAccessibleName(self.tr("Remove contact"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.fields = ContactFields()
        layout.addWidget(self.fields)

        self.add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_contact)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.fields.edited.connect(self._field_edited)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def _fit_height(self) -> None:
        """As tall as its rows (two at least, five at most; then it scrolls)."""
        rows = min(max(self.model.rowCount(), 2), 5)
        row = self.view.verticalHeader().defaultSectionSize()
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(header + rows * row + 2 * self.view.frameWidth())

    def contacts(self) -> list[Contact]:
        """The contacts as they stand, trimmed; rows left empty are dropped."""
        return [c for c in map(cleaned, self.model.contacts()) if c != Contact()]

    def problem(self) -> str:
        """Why the contacts cannot be saved as they are; "" when they can."""
        for number, contact in enumerate(self.model.contacts(), start=1):
            bad = self.model.invalid(contact)
            if "email" in bad:
                return fill(self.tr("Contact %1: the e-mail address is not valid"), str(number))
            if "phone" in bad:
                text = self.tr("Contact %1: not a Norwegian phone number (8 digits)")
                return fill(text, str(number))
        return ""

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_contact(self) -> None:
        row = self.model.add()
        self.view.selectRow(row)
        self.fields.focus_first()
        self.changed.emit()

    def remove_contact(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.view.selectRow(min(row, self.model.rowCount() - 1))
        else:
            self._row_changed(QModelIndex(), QModelIndex())
        self.changed.emit()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        contact = self.model.contact(current.row()) if current.isValid() else None
        self.fields.show_contact(contact, self.model.invalid)
        self._update_buttons()

    def _field_edited(self, name: str, value: str) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.set_value(row, name, value)
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.current_row() >= 0)


class ContactFields(QWidget):
    """The fields of one contact; the phone and the e-mail are checked as typed and
    marked when they cannot be saved.

    Signals:
        edited(str, str): a field's name and its new text, as typed.
    """

    edited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        labels = {
            "name": self.tr("Name"),
            "role": self.tr("Role"),
            "organisation": self.tr("Organisation"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self._check: Callable[[Contact], list[str]] = invalid_fields
        for name in CONTACT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"contact_{name}")
            edit.setAccessibleName(labels[name])
            edit.textEdited.connect(lambda text, n=name: self._edited(n, text))
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.edits["phone"].setPlaceholderText("976 81 861")
        self.edits["email"].setPlaceholderText(self.tr("name@example.no"))
        self.show_contact(None)

    def contact(self) -> Contact:
        return cleaned(Contact(**{name: edit.text() for name, edit in self.edits.items()}))

    def show_contact(
        self, contact: Contact | None, check: Callable[[Contact], list[str]] = invalid_fields
    ) -> None:
        """Show ``contact`` (None: no contact chosen); ``check`` says what is wrong."""
        self._check = check
        for name, edit in self.edits.items():
            edit.setText(getattr(contact, name) if contact is not None else "")
            edit.setEnabled(contact is not None)
        self._mark()

    def focus_first(self) -> None:
        self.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def invalid(self) -> list[str]:
        return self._check(self.contact())

    def _edited(self, name: str, text: str) -> None:
        self._mark()
        self.edited.emit(name, text)

    def _mark(self) -> None:
        bad = self.invalid()
        for name, edit in self.edits.items():
            mark_invalid(edit, name in bad)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark ``widget`` as holding a value that cannot be saved (a red frame), or not."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    name = type(widget).__name__
    widget.setStyleSheet(f"{name} {{ border: 2px solid {INVALID_COLOUR}; }}" if invalid else "")
