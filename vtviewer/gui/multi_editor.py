"""The form that corrects several documents at once: their type, tags to add or remove,
the organisation (set or cleared), the period and a contact to add. What is left as it is
changes on none of them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from vtviewer.core.edits import Edit, tags_changed
from vtviewer.core.model import DOC_TYPES, Contact, Document
from vtviewer.core.sidecar import split_list
from vtviewer.gui.contacts_editor import ContactFields
from vtviewer.gui.edit_form import EditForm
from vtviewer.gui.metadata_editor import NOT_A_YEAR, year_of
from vtviewer.gui.results_model import doc_type_label

#: The titles named above the form (the rest is "…").
MAX_TITLES = 4


class MultiEditor(EditForm):
    """Edits ``documents`` together; ``bases`` holds each one's sidecar state as read
    when the form opened (see Archive.sidecar_state)."""

    def __init__(
        self,
        documents: Sequence[Document],
        bases: Mapping[int, str],
        parent: QWidget | None = None,
    ) -> None:
        count = len(documents)
        super().__init__(self.tr("Edit %Ln document(s)", "", count), parent)
        self.documents = list(documents)
        self.bases = dict(bases)

        self.type_combo = QComboBox()
        self.type_combo.setObjectName("multiType")
        self.type_combo.addItem(self.tr("Leave as it is"), "")
        for doc_type in DOC_TYPES:
            self.type_combo.addItem(doc_type_label(doc_type), doc_type)

        self.add_tags = QLineEdit()
        self.add_tags.setObjectName("addTags")
        self.add_tags.setPlaceholderText(self.tr("tags to add, separated by commas"))
        self.remove_tags = QLineEdit()
        self.remove_tags.setObjectName("removeTags")
        self.remove_tags.setPlaceholderText(self.tr("tags to remove, separated by commas"))

        organisation = QWidget()
        row = QHBoxLayout(organisation)
        row.setContentsMargins(0, 0, 0, 0)
        self.organisation_mode = QComboBox()
        self.organisation_mode.setObjectName("organisationMode")
        self.organisation_mode.setAccessibleName(self.tr("Organisation"))
        self.organisation_mode.addItem(self.tr("Leave as it is"), "keep")
        self.organisation_mode.addItem(self.tr("Set to"), "set")
        self.organisation_mode.addItem(self.tr("Clear"), "clear")
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("multiOrganisation")
        self.organisation_edit.setAccessibleName(self.tr("Organisation"))
        row.addWidget(self.organisation_mode)
        row.addWidget(self.organisation_edit, 1)

        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        self.period_mode = QComboBox()
        self.period_mode.setObjectName("periodMode")
        self.period_mode.setAccessibleName(self.tr("Period"))
        self.period_mode.addItem(self.tr("Leave as it is"), "keep")
        self.period_mode.addItem(self.tr("Set to"), "set")
        self.period_mode.addItem(self.tr("Clear"), "clear")
        self.period_from = QLineEdit()
        self.period_to = QLineEdit()
        for edit, name in ((self.period_from, self.tr("From")), (self.period_to, self.tr("To"))):
            edit.setMaxLength(4)
            edit.setPlaceholderText(self.tr("year"))
            edit.setAccessibleName(name)
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00000") + 16)
        row.addWidget(self.period_mode)
        row.addWidget(self.period_from)
        row.addWidget(QLabel("–"))
        row.addWidget(self.period_to)
        row.addStretch(1)

        self.contact_fields = ContactFields()
        self.contact_fields.setObjectName("addContactFields")
        self.contact_fields.show_contact(Contact())

        titles = [d.meta.title or d.name for d in self.documents]
        shown = ", ".join(titles[:MAX_TITLES]) + (", …" if len(titles) > MAX_TITLES else "")
        note = QLabel(
            shown + "\n" + self.tr("Fields left as they are do not change on any of the documents.")
        )
        note.setObjectName("multiDocuments")
        note.setWordWrap(True)
        note.setEnabled(False)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Type"), self.type_combo),
            (self.tr("Add tags"), self.add_tags),
            (self.tr("Remove tags"), self.remove_tags),
            (self.tr("Organisation"), organisation),
            (self.tr("Period"), period),
            (self.tr("Add a contact"), self.contact_fields),
        ]
        self.grid.addWidget(note, 0, 0, 1, 2)
        for number, (label, widget) in enumerate(rows, start=1):
            caption = QLabel(label)
            caption.setEnabled(False)
            caption.setBuddy(widget)
            if not widget.accessibleName():
                widget.setAccessibleName(label)
            top = widget is self.contact_fields
            align = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
            self.grid.addWidget(caption, number, 0, align)
            self.grid.addWidget(widget, number, 1)

        self.type_combo.currentIndexChanged.connect(self.update_state)
        self.organisation_mode.currentIndexChanged.connect(self.update_state)
        self.period_mode.currentIndexChanged.connect(self.update_state)
        for edit in (
            self.add_tags,
            self.remove_tags,
            self.organisation_edit,
            self.period_from,
            self.period_to,
        ):
            edit.textChanged.connect(self.update_state)
        self.contact_fields.edited.connect(lambda _name, _text: self.update_state())
        self.update_state()
        self.finish_layout()

    def update_bases(self, bases: Mapping[int, str]) -> None:
        """The sidecar states after a save that wrote some of the documents."""
        self.bases.update(bases)

    def update_state(self) -> None:
        mode = self.organisation_mode.currentData()
        self.organisation_edit.setEnabled(mode == "set" and not self.busy)
        checked = self.period_mode.currentData() == "set" and not self.busy
        self.period_from.setEnabled(checked)
        self.period_to.setEnabled(checked)
        super().update_state()

    def problem(self) -> str:
        if self.period_mode.currentData() == "set":
            start, end = year_of(self.period_from.text()), year_of(self.period_to.text())
            if NOT_A_YEAR in (start, end):
                return self.tr("The period takes years like 2013 (from – to)")
            if start is None and end is None:
                return self.tr("Write the period to set, or choose Clear")
            if start is not None and end is not None and end < start:
                return self.tr("The period ends before it begins")
        if (
            self.organisation_mode.currentData() == "set"
            and not self.organisation_edit.text().strip()
        ):
            return self.tr("Write the organisation to set, or choose Clear")
        bad = self.contact_fields.invalid()
        if "email" in bad:
            return self.tr("The contact's e-mail address is not valid")
        if "phone" in bad:
            return self.tr("The contact's phone is not a Norwegian number (8 digits)")
        return ""

    def edits(self) -> list[Edit]:
        common: dict[str, object] = {}
        doc_type = self.type_combo.currentData()
        if doc_type:
            common["doc_type"] = doc_type
        mode = self.organisation_mode.currentData()
        if mode == "set":
            common["organisation"] = " ".join(self.organisation_edit.text().split())
        elif mode == "clear":
            common["organisation"] = ""
        if self.period_mode.currentData() == "clear":
            common["period"] = (None, None)
        elif self.period_mode.currentData() == "set":
            start, end = year_of(self.period_from.text()), year_of(self.period_to.text())
            start = end if start is None else start
            common["period"] = (start, start if end is None else end)
        add = split_list(self.add_tags.text())
        remove = split_list(self.remove_tags.text())
        contact = self.contact_fields.contact()
        out: list[Edit] = []
        for document in self.documents:
            values = dict(common)
            meta = document.meta
            if add or remove:
                tags = tags_changed(meta.tags, add, remove)
                if tags != tuple(meta.tags):
                    values["tags"] = tags
            if contact != Contact() and contact not in meta.contacts:
                values["contacts"] = (*meta.contacts, contact)
            if values:
                out.append(Edit(document.id, values, self.bases.get(document.id)))
        return out
