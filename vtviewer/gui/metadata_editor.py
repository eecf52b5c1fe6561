"""The form that corrects one document's metadata in the details pane: each field with
where its value comes from and, for a field edited before, "revert to the file's value"."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from vtviewer.core.edits import REVERT, Edit
from vtviewer.core.model import DOC_TYPES, MAX_YEAR, MIN_YEAR, Contact, Document, Metadata
from vtviewer.core.sidecar import normalise_language, parse_date, split_list
from vtviewer.core.text import decode_name
from vtviewer.gui.contacts_editor import ContactsEditor, cleaned, mark_invalid
from vtviewer.gui.edit_form import EditForm
from vtviewer.gui.messages import fill
from vtviewer.gui.results_model import doc_type_label

_AnyIndex = QModelIndex | QPersistentModelIndex

#: The fields of the form, in the order it shows them (Metadata's names).
FIELDS: tuple[str, ...] = (
    "title",
    "doc_type",
    "period",
    "published",
    "modified",
    "organisation",
    "authors",
    "summary",
    "tags",
    "language",
    "contacts",
    "attachments",
)


def source_label(source: str) -> str:
    """Where a value comes from, as the user reads it (translated in "FieldSource")."""
    words = {
        "edited": "edited",
        "sidecar": "sidecar",
        "catalog": "catalog",
        "pdf": "PDF",
        "derived": "derived",
    }
    word = words.get(source)
    return QCoreApplication.translate("FieldSource", word) if word else ""


def initial_values(meta: Metadata) -> dict[str, object]:
    """A document's metadata in the types of Edit.values, field by field."""
    start = meta.period_from
    end = meta.period_to if meta.period_to is not None else start
    return {
        "title": meta.title,
        "doc_type": meta.doc_type,
        "period": (start, end),
        "published": meta.published[:10],
        "modified": meta.modified[:10],
        "organisation": meta.organisation,
        "authors": tuple(meta.authors),
        "summary": meta.summary.strip(),
        "tags": tuple(meta.tags),
        "language": meta.language,
        "contacts": tuple(c for c in map(cleaned, meta.contacts) if c != Contact()),
        "attachments": tuple(meta.attachments),
    }


#: What ``year_of`` gives for a text that is not a year.
NOT_A_YEAR = -1


def year_of(text: str) -> int | None:
    """A year typed in a period field: the year, None when empty, NOT_A_YEAR else."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 4 and MIN_YEAR <= int(text) <= MAX_YEAR:
        return int(text)
    return NOT_A_YEAR


@dataclass
class _Attachment:
    path: str
    checked: bool


class AttachmentsModel(QAbstractListModel):
    """The PDF files that can be attached to a document (its folder's, and those attached
    already), each with a check box: checked ones are its attachments."""

    def __init__(
        self, attached: Sequence[str], candidates: Sequence[str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._items = [_Attachment(p, True) for p in attached]
        known = set(attached)
        self._items += [_Attachment(p, False) for p in candidates if p not in known]

    def checked(self) -> tuple[str, ...]:
        return tuple(item.path for item in self._items if item.checked)

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return os.path.basename(decode_name(item.path))
        if role == Qt.ItemDataRole.ToolTipRole:
            return decode_name(item.path)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or not 0 <= index.row() < len(self._items)
        ):
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        self._items[index.row()].checked = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class MetadataEditor(EditForm):
    """Edits one Document. Only the fields the user changed (or reverts) are in its Edit,
    whose ``base`` is the sidecar state read when the form opened. ``beside`` are the
    other PDF files of the document's folder (to attach)."""

    def __init__(
        self,
        document: Document,
        base: str | None,
        beside: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(fill(self.tr("Edit “%1”"), document.meta.title or document.name), parent)
        self.document = document
        self.base = base
        self._initial = initial_values(document.meta)
        self._reverting: set[str] = set()
        self.fields: dict[str, QWidget] = {}
        self.source_labels: dict[str, QLabel] = {}
        self.revert_buttons: dict[str, QToolButton] = {}
        meta = document.meta

        self.title_edit = QLineEdit(meta.title)
        self.type_combo = QComboBox()
        for doc_type in DOC_TYPES:
            self.type_combo.addItem(doc_type_label(doc_type), doc_type)
        self.type_combo.setCurrentIndex(DOC_TYPES.index(meta.doc_type))
        start, end = meta.period_from, meta.period_to
        end = start if end is None else end
        self.period_from = QLineEdit("" if start is None else str(start))
        self.period_to = QLineEdit("" if end is None else str(end))
        period = QWidget()
        period_layout = QHBoxLayout(period)
        period_layout.setContentsMargins(0, 0, 0, 0)
        for edit, name in ((self.period_from, self.tr("From")), (self.period_to, self.tr("To"))):
            edit.setMaxLength(4)
            edit.setPlaceholderText(self.tr("year"))
            edit.setAccessibleName(name)
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00000") + 16)
        period_layout.addWidget(self.period_from)
        period_layout.addWidget(QLabel("–"))
        period_layout.addWidget(self.period_to)
        period_layout.addStretch(1)
        self.published_edit = QLineEdit(str(self._initial["published"]))
        self.modified_edit = QLineEdit(str(self._initial["modified"]))
        for edit in (self.published_edit, self.modified_edit):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD or DD.MM.YYYY"))
        self.organisation_edit = QLineEdit(meta.organisation)
        self.authors_edit = QLineEdit("; ".join(meta.authors))
        self.authors_edit.setPlaceholderText(self.tr("separated by ;"))
        self.summary_edit = QPlainTextEdit(meta.summary)
        self.summary_edit.setTabChangesFocus(True)
        lines = self.summary_edit.fontMetrics().lineSpacing()
        self.summary_edit.setFixedHeight(lines * 4 + 12)
        self.tags_edit = QLineEdit(", ".join(meta.tags))
        self.tags_edit.setPlaceholderText(self.tr("separated by commas"))
        self.language_edit = QLineEdit(meta.language)
        self.language_edit.setPlaceholderText("nb, nn, en")
        self.language_edit.setMaximumWidth(
            self.language_edit.fontMetrics().horizontalAdvance("0") * 12
        )
        self.contacts_editor = ContactsEditor(self._initial["contacts"])  # type: ignore[arg-type]
        self.attachments_model = AttachmentsModel(meta.attachments, beside, self)
        self.attachments_view = QListView()
        self.attachments_view.setObjectName("attachmentsList")
        self.attachments_view.setModel(self.attachments_model)
        self.attachments_view.setMaximumHeight(110)
        if not self.attachments_model.rowCount():
            self.attachments_view.setToolTip(self.tr("No other PDF files in this folder"))

        labels = {
            "title": self.tr("Title"),
            "doc_type": self.tr("Type"),
            "period": self.tr("Period"),
            "published": self.tr("Published"),
            "modified": self.tr("Modified"),
            "organisation": self.tr("Organisation"),
            "authors": self.tr("Authors"),
            "summary": self.tr("Summary"),
            "tags": self.tr("Tags"),
            "language": self.tr("Language"),
            "contacts": self.tr("Contacts"),
            "attachments": self.tr("Attachments"),
        }
        widgets: dict[str, QWidget] = {
            "title": self.title_edit,
            "doc_type": self.type_combo,
            "period": period,
            "published": self.published_edit,
            "modified": self.modified_edit,
            "organisation": self.organisation_edit,
            "authors": self.authors_edit,
            "summary": self.summary_edit,
            "tags": self.tags_edit,
            "language": self.language_edit,
            "contacts": self.contacts_editor,
            "attachments": self.attachments_view,
        }
        for row, name in enumerate(FIELDS):
            self._add_row(row, name, labels[name], widgets[name], meta.sources.get(name, ""))

        for edit in (
            self.title_edit,
            self.period_from,
            self.period_to,
            self.published_edit,
            self.modified_edit,
            self.organisation_edit,
            self.authors_edit,
            self.tags_edit,
            self.language_edit,
        ):
            edit.textChanged.connect(self.update_state)
        self.type_combo.currentIndexChanged.connect(self.update_state)
        self.summary_edit.textChanged.connect(self.update_state)
        self.contacts_editor.changed.connect(self.update_state)
        self.attachments_model.dataChanged.connect(self.update_state)
        #: What each field showed when the form opened: a field whose text is as it was
        #: is not changed (an author "Iversen, Bjørn" is not split in two unasked).
        self._start = {name: self._raw(name) for name in FIELDS}
        self.update_state()
        self.finish_layout()

    def _add_row(self, row: int, name: str, label: str, widget: QWidget, source: str) -> None:
        caption = QLabel(label)
        caption.setEnabled(False)  # the quiet grey of the details pane's captions
        caption.setBuddy(widget)
        top = name in ("summary", "contacts", "attachments")
        align = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
        widget.setObjectName(widget.objectName() or f"edit_{name}")
        if not widget.accessibleName():
            widget.setAccessibleName(label)
        where = QLabel(source_label(source))
        where.setObjectName(f"source_{name}")
        font = where.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        where.setFont(font)
        where.setEnabled(False)
        where.setToolTip(self.tr("Where the value comes from"))
        revert = QToolButton()
        revert.setObjectName(f"revert_{name}")
        revert.setText(self.tr("Revert"))
        revert.setToolTip(self.tr("Revert to the file's value"))
        revert.setAccessibleName(fill(self.tr("Revert %1 to the file's value"), label))
        revert.setAutoRaise(True)
        revert.setCheckable(True)
        revert.toggled.connect(lambda on, n=name: self.set_reverting(n, on))
        self.grid.addWidget(caption, row, 0, align | Qt.AlignmentFlag.AlignLeft)
        self.grid.addWidget(widget, row, 1)
        self.grid.addWidget(where, row, 2, align)
        self.grid.addWidget(revert, row, 3, align)
        # Only an edit can be dropped; elsewhere the value already is the file's own.
        # (Hidden once in the form: shown without a parent, it would be a window.)
        revert.setVisible(source == "edited")
        self.fields[name] = widget
        self.source_labels[name] = where
        self.revert_buttons[name] = revert

    # --- values ---------------------------------------------------------------------------

    def set_reverting(self, name: str, reverting: bool) -> None:
        """Drop the edit of ``name`` on Save (its value from the files shows again)."""
        if reverting:
            self._reverting.add(name)
        else:
            self._reverting.discard(name)
        field = self.fields[name]
        focus = self.focusWidget()
        if reverting and focus is not None and (focus is field or field.isAncestorOf(focus)):
            # A disabled field would take the focus out of the form.
            self.revert_buttons[name].setFocus(Qt.FocusReason.OtherFocusReason)
        field.setEnabled(not reverting)
        source = self.document.meta.sources.get(name, "")
        self.source_labels[name].setText(
            self.tr("file's value on Save") if reverting else source_label(source)
        )
        button = self.revert_buttons[name]
        if button.isChecked() != reverting:
            button.setChecked(reverting)
        self.update_state()

    def _raw(self, name: str) -> object:
        """What the widgets of ``name`` hold, as they hold it."""
        edits: dict[str, QLineEdit] = {
            "title": self.title_edit,
            "published": self.published_edit,
            "modified": self.modified_edit,
            "organisation": self.organisation_edit,
            "authors": self.authors_edit,
            "tags": self.tags_edit,
            "language": self.language_edit,
        }
        if name in edits:
            return edits[name].text()
        if name == "period":
            return (self.period_from.text(), self.period_to.text())
        if name == "summary":
            return self.summary_edit.toPlainText()
        return self.current(name)

    def current(self, name: str) -> object:
        """The value of ``name`` as the form holds it, in Edit's types (unchecked)."""
        if name == "title":
            return " ".join(self.title_edit.text().split())
        if name == "doc_type":
            return self.type_combo.currentData()
        if name == "period":
            start, end = year_of(self.period_from.text()), year_of(self.period_to.text())
            if start is None and end is not None:
                start = end
            elif end is None:
                end = start
            return (start, end)
        if name in ("published", "modified"):
            edit = self.published_edit if name == "published" else self.modified_edit
            text = edit.text().strip()
            return (parse_date(text) or text) if text else ""
        if name == "organisation":
            return " ".join(self.organisation_edit.text().split())
        if name == "authors":
            return split_list(self.authors_edit.text())
        if name == "summary":
            return self.summary_edit.toPlainText().strip()
        if name == "tags":
            return split_list(self.tags_edit.text())
        if name == "language":
            text = self.language_edit.text().strip()
            return (normalise_language(text) or text) if text else ""
        if name == "contacts":
            return tuple(self.contacts_editor.contacts())
        return self.attachments_model.checked()

    def problem(self) -> str:
        start, end = year_of(self.period_from.text()), year_of(self.period_to.text())
        bad_year = self.tr("The period takes years like 2013 (from – to)")
        backwards = start is not None and end is not None and 0 < end < start
        checks: list[tuple[str, QWidget, bool, str]] = [
            ("period", self.period_from, start == NOT_A_YEAR, bad_year),
            ("period", self.period_to, end == NOT_A_YEAR, bad_year),
            ("period", self.period_to, backwards, self.tr("The period ends before it begins")),
        ]
        bad_date = self.tr("A date is written 2016-06-01 or 01.06.2016")
        for name, edit in (("published", self.published_edit), ("modified", self.modified_edit)):
            text = edit.text().strip()
            checks.append((name, edit, bool(text) and parse_date(text) is None, bad_date))
        language = self.language_edit.text().strip()
        checks.append(
            (
                "language",
                self.language_edit,
                bool(language) and not normalise_language(language),
                self.tr("The language is a code like nb, nn or en"),
            )
        )
        first = ""
        marked: dict[int, tuple[QWidget, bool]] = {}
        for name, widget, bad, reason in checks:
            bad = bad and name not in self._reverting
            previous = marked.get(id(widget), (widget, False))[1]
            marked[id(widget)] = (widget, previous or bad)
            if bad and not first:
                first = reason
        for widget, bad in marked.values():
            mark_invalid(widget, bad)
        if first:
            return first
        return "" if "contacts" in self._reverting else self.contacts_editor.problem()

    def values(self) -> dict[str, object]:
        """The fields to set: those changed, and REVERT for those to revert."""
        out: dict[str, object] = {}
        for name in FIELDS:
            if name in self._reverting:
                out[name] = REVERT
                continue
            if self._raw(name) == self._start[name]:
                continue
            value = self.current(name)
            if value != self._initial[name]:
                out[name] = value
        return out

    def edits(self) -> list[Edit]:
        values = self.values()
        return [Edit(self.document.id, values, self.base)] if values else []
