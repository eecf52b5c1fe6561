"""The Contacts view's small dialogs: edit a person (checked as the core checks a contact:
``directory.checked_values``), and choose one of a few values (the name a merge keeps,
the spelling or address a split takes out)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.directory import checked_values
from vtviewer.core.edits import EditError
from vtviewer.core.model import Contact
from vtviewer.gui.messages import translate_message


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    # PySide6 ships no Norwegian qtbase translation: name the standard buttons ourselves.
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Cancel"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class EditPersonDialog(QDialog):
    """A person's name, role, organisation, phone and e-mail. OK is taken only when the
    values are valid; ``changes()`` then gives the fields changed (Contact's names)."""

    def __init__(self, contact: Contact, documents: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit person"))
        self._contact = contact
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "name": self.tr("&Name:"),
            "role": self.tr("&Role:"),
            "organisation": self.tr("&Organisation:"),
            "phone": self.tr("&Phone:"),
            "email": self.tr("&E-mail:"),
        }
        for key, label in labels.items():
            field = QLineEdit(getattr(contact, key))
            field.setObjectName(f"{key}Field")
            field.setMinimumWidth(320)
            self.fields[key] = field
            form.addRow(label, field)
        self.fields["phone"].setPlaceholderText(self.tr("eight digits, e.g. 976 81 861"))
        self.fields["email"].setPlaceholderText(self.tr("name@example.no"))
        self.intro = QLabel(
            self.tr(
                "The change is written to the %Ln document(s) that name this person.", "", documents
            )
        )
        self.intro.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        buttons = _buttons(self, self.tr("Save"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._changes: dict[str, str] = {}

    def values(self) -> dict[str, str]:
        return {key: field.text() for key, field in self.fields.items()}

    def changes(self) -> dict[str, str]:
        """The fields changed, as they will be stored (valid once accepted)."""
        return dict(self._changes)

    def accept(self) -> None:
        changed = {
            key: text
            for key, text in self.values().items()
            if " ".join(text.split()) != getattr(self._contact, key)
        }
        try:
            checked = checked_values(changed)
        except EditError as exc:
            self._show_error(translate_message(exc.message))
            return
        after = {**{k: getattr(self._contact, k) for k in self.fields}, **checked}
        if not (after["name"] or after["phone"] or after["email"]):
            self._show_error(self.tr("A person needs a name, a phone number or an e-mail address."))
            return
        self._changes = {k: v for k, v in checked.items() if v != getattr(self._contact, k)}
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text[:1].upper() + text[1:])
        self.error.show()


class ChoiceDialog(QDialog):
    """One of ``choices``, in a list to pick from, with a line saying what it is for."""

    def __init__(
        self,
        title: str,
        text: str,
        label: str,
        choices: Sequence[str],
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.addItems(list(choices))
        self.combo.setMinimumWidth(320)
        form = QFormLayout()
        form.addRow(label, self.combo)
        buttons = _buttons(self, ok_text)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> str:
        return self.combo.currentText()
