"""Import a register: choose the file, see its first rows, map its columns, see which rows
match which documents, and confirm; reading, matching and writing run on the task queue."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.archive import Archive
from vtviewer.core.edits import EditResult
from vtviewer.core.register import (
    FIELDS,
    IGNORED,
    ImportPlan,
    Register,
    RegisterError,
    RowPlan,
    auto_mapping,
    import_plan,
    plan_for,
    read_register,
    results_count,
)
from vtviewer.core.text import decode_name
from vtviewer.gui.messages import translate_message
from vtviewer.gui.tasks import TaskQueue

_AnyIndex = QModelIndex | QPersistentModelIndex

#: How many of the register's rows the preview shows.
PREVIEW_ROWS = 50


def field_label(name: str) -> str:
    """A register field (core.register.FIELDS, or "contacts") as the user reads it."""
    labels = {
        IGNORED: QCoreApplication.translate("RegisterField", "Not imported"),
        "title": QCoreApplication.translate("RegisterField", "Title"),
        "type": QCoreApplication.translate("RegisterField", "Type"),
        "period": QCoreApplication.translate("RegisterField", "Period (years)"),
        "published": QCoreApplication.translate("RegisterField", "Published"),
        "modified": QCoreApplication.translate("RegisterField", "Modified"),
        "organisation": QCoreApplication.translate("RegisterField", "Organisation"),
        "authors": QCoreApplication.translate("RegisterField", "Authors"),
        "summary": QCoreApplication.translate("RegisterField", "Summary"),
        "language": QCoreApplication.translate("RegisterField", "Language"),
        "tags": QCoreApplication.translate("RegisterField", "Tags"),
        "contact": QCoreApplication.translate("RegisterField", "Contact: name"),
        "contact-role": QCoreApplication.translate("RegisterField", "Contact: role"),
        "contact-phone": QCoreApplication.translate("RegisterField", "Contact: phone"),
        "contact-email": QCoreApplication.translate("RegisterField", "Contact: e-mail"),
        "contacts": QCoreApplication.translate("RegisterField", "Contacts"),
        "file": QCoreApplication.translate("RegisterField", "File (path or name)"),
        "sha256": QCoreApplication.translate("RegisterField", "SHA-256 of the file"),
    }
    return labels.get(name, name)


class RegisterPreviewModel(QAbstractTableModel):
    """The first rows of a register as read, under its own headers; the vertical header
    numbers them as the file does."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._register: Register | None = None

    def set_register(self, register: Register | None) -> None:
        self.beginResetModel()
        self._register = register
        self.endResetModel()

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._register is None:
            return 0
        return min(len(self._register.rows), PREVIEW_ROWS)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._register is None:
            return 0
        return len(self._register.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._register is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            columns = self._register.columns
            return columns[section] if 0 <= section < len(columns) else None
        if 0 <= section < self.rowCount():
            return str(self._register.rows[section].number)
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            self._register is None
            or not index.isValid()
            or not 0 <= index.row() < self.rowCount()
            or not 0 <= index.column() < self.columnCount()
        ):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._register.rows[index.row()].cells[index.column()]
        return None


class PlanModel(QAbstractTableModel):
    """One row per register row: its number, the file it names, what became of it (matched
    and how, not matched, ambiguous; after the import: saved where) and the details (the
    fields it changes, why it matched nothing, the candidates, its bad values)."""

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowPlan] = []
        self._results: dict[int, EditResult] = {}
        self._headers = (self.tr("Row"), self.tr("File"), self.tr("Status"), self.tr("Details"))

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._rows = list(plan.rows) if plan is not None else []
        self._results = {}
        self.endResetModel()

    def set_results(self, results: Sequence[EditResult]) -> None:
        self._results = {r.doc_id: r for r in results}
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 3))

    def row_plan(self, row: int) -> RowPlan | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return self._headers[section]
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.row)
            if column == 1:
                return decode_name(row.key) if row.key else ""
            if column == 2:
                return self._status(row)
            if column == 3:
                return self._details(row)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 3):
            lines = [decode_name(row.path)] if row.path else []
            lines += [decode_name(c) for c in row.candidates]
            # What each field is now and what the register makes it.
            lines += [f"{field_label(c.field)}: {c.old or '–'} → {c.new}" for c in row.changes]
            if not row.changes:
                details = self._details(row)
                lines += [details] if details else []
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == 2 and self._needs_look(row):
            font = QFont()
            font.setBold(True)  # what is left out stands out, in any theme
            return font
        return None

    def _needs_look(self, row: RowPlan) -> bool:
        result = self._results.get(row.doc_id) if row.doc_id is not None else None
        return row.status != "matched" or (result is not None and not result.written)

    def _status(self, row: RowPlan) -> str:
        result = self._results.get(row.doc_id) if row.doc_id is not None else None
        if result is not None and row.status == "matched":
            return {
                "sidecar": self.tr("Saved"),
                "overlay": self.tr("Saved in the data folder"),
                "conflict": self.tr("Conflict: not saved"),
                "failed": self.tr("Failed"),
            }[result.where]
        if row.status == "matched":
            return {
                "path": self.tr("Matched by path"),
                "name": self.tr("Matched by name"),
                "hash": self.tr("Matched by content"),
            }.get(row.by, self.tr("Matched"))
        return {
            "unmatched": self.tr("Not matched"),
            "ambiguous": self.tr("Ambiguous"),
            "duplicate": self.tr("Duplicate"),
        }[row.status]

    def _details(self, row: RowPlan) -> str:
        parts: list[str] = []
        result = self._results.get(row.doc_id) if row.doc_id is not None else None
        if result is not None and result.message is not None:
            parts.append(translate_message(result.message))
        if row.status == "matched":
            if row.changes:
                fields = ", ".join(field_label(c.field) for c in row.changes)
                parts.append(self.tr("Changes: %1").replace("%1", fields))
            else:
                parts.append(self.tr("No change"))
        elif row.reason is not None:
            parts.append(translate_message(row.reason))
        if row.candidates:
            names = ", ".join(decode_name(os.path.dirname(c)) for c in row.candidates)
            parts.append(self.tr("in %1").replace("%1", names))
        for issue in row.issues:
            parts.append(
                self.tr("Not imported from %1: %2")
                .replace("%1", issue.column)
                .replace("%2", translate_message(issue.message))
            )
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]


class ImportDialog(QDialog):
    """File -> Import register…: the register's preview, a field for each of its columns
    (filled from the headers), which rows match which documents, and Import to write the
    edits (through Archive.edit, on the task queue).

    Signals:
        planned(object): an ImportPlan was shown (the mapping as chosen then).
        imported(object): the list of EditResults of an import.
        failed(object): an error that is not the register's (the data folder, the index).
    """

    planned = Signal(object)
    imported = Signal(object)
    failed = Signal(object)

    def __init__(self, archive: Archive, tasks: TaskQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.tasks = tasks
        self.register: Register | None = None
        self.plan: ImportPlan | None = None
        self._request = 0
        self._busy = False
        self.setWindowTitle(self.tr("Import register"))
        self.resize(1100, 780)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("A register: CSV, JSON or Excel (.xlsx)"))
        self.path_edit.setAccessibleName(self.tr("Register file"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Register:")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("importError")
        self.error_label.hide()

        self.mapping_box = QGroupBox(self.tr("Columns and fields"))
        self._mapping_grid = QGridLayout()
        self._mapping_grid.setHorizontalSpacing(12)
        mapping_widget = QWidget()
        mapping_widget.setLayout(self._mapping_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(mapping_widget)
        self._mapping_scroll = scroll
        QVBoxLayout(self.mapping_box).addWidget(scroll)
        self.combos: list[QComboBox] = []

        self.preview_model = RegisterPreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("The register's first rows"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setDefaultSectionSize(140)
        preview_box = QGroupBox(self.tr("First rows of the register"))
        QVBoxLayout(preview_box).addWidget(self.preview)

        self.summary_label = QLabel(self.tr("Choose a register to import."))
        self.summary_label.setWordWrap(True)
        self.plan_model = PlanModel(self)
        self.plan_view = QTableView()
        self.plan_view.setModel(self.plan_model)
        self.plan_view.setAccessibleName(self.tr("Rows and the documents they match"))
        self.plan_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_view.setAlternatingRowColors(True)
        self.plan_view.verticalHeader().hide()
        self.plan_view.setWordWrap(False)
        header = self.plan_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.plan_view.setColumnWidth(1, 320)
        self.plan_view.setColumnWidth(2, 170)
        rows_box = QGroupBox(self.tr("Rows"))
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.addWidget(self.summary_label)
        rows_layout.addWidget(self.plan_view, 1)

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.setAutoDefault(False)
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Accepted would close the dialog: Import writes, and the outcome stays on show.
        self.import_button.clicked.connect(self.import_now)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.mapping_box)
        layout.addWidget(preview_box, 2)
        layout.addWidget(rows_box, 3)
        layout.addWidget(buttons)
        self.mapping_box.setEnabled(False)

    # --- reading ---------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a register"),
            os.path.dirname(self.path_edit.text()),
            self.tr("Registers (*.csv *.json *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Read the register at ``path`` on the task queue, then match its rows."""
        self.path_edit.setText(path)
        self.register = None
        self.plan = None
        self.preview_model.set_register(None)
        self.plan_model.set_plan(None)
        self._fill_mapping((), ())
        self._request += 1
        request = self._request
        self._set_busy(True, self.tr("Reading the register…"))
        self.tasks.run(
            lambda: read_register(path),
            lambda register: self._register_read(request, register),
            lambda error: self._failed(request, error),
        )

    def _register_read(self, request: int, register: object) -> None:
        if request != self._request:
            return
        assert isinstance(register, Register)
        self.register = register
        self.error_label.hide()
        self.preview_model.set_register(register)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            width = self.preview.columnWidth(column)
            self.preview.setColumnWidth(column, max(80, min(width + 12, 280)))
        self._fill_mapping(register.columns, auto_mapping(register.columns))
        self._replan()

    def _fill_mapping(self, columns: Sequence[str], mapping: Sequence[str]) -> None:
        while self._mapping_grid.count():
            item = self._mapping_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = []
        per_row = 3
        for index, (column, name) in enumerate(zip(columns, mapping, strict=False)):
            label = QLabel(column or self.tr("(column %1)").replace("%1", str(index + 1)))
            label.setToolTip(column)
            combo = QComboBox()
            for choice in (IGNORED, *FIELDS):
                combo.addItem(field_label(choice), choice)
            combo.setCurrentIndex(combo.findData(name))
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", column))
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _index: self._replan())
            row, pair = divmod(index, per_row)
            self._mapping_grid.addWidget(label, row, pair * 2)
            self._mapping_grid.addWidget(combo, row, pair * 2 + 1)
            self.combos.append(combo)
        for pair in range(per_row):
            self._mapping_grid.setColumnStretch(pair * 2 + 1, 1)
        # Every combo in sight for a register of the usual size (up to five rows of
        # them); a wider one scrolls.
        rows = min(max(1, -(-len(self.combos) // per_row)), 5)
        row_height = max((c.sizeHint().height() for c in self.combos), default=24)
        spacing = max(self._mapping_grid.verticalSpacing(), 6)
        margins = self._mapping_grid.contentsMargins()
        self._mapping_scroll.setFixedHeight(
            rows * row_height + (rows - 1) * spacing + margins.top() + margins.bottom() + 2
        )
        self.mapping_box.setEnabled(bool(columns))

    def mapping(self) -> tuple[str, ...]:
        """The field chosen for each column."""
        return tuple(str(combo.currentData()) for combo in self.combos)

    def set_field(self, column: int, name: str) -> None:
        """Choose ``name`` for the ``column``-th column (as the user does in its combo)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(name))

    # --- matching --------------------------------------------------------------------

    def _replan(self) -> None:
        register = self.register
        if register is None:
            return
        self._request += 1
        request = self._request
        mapping = self.mapping()
        archive = self.archive
        self._set_busy(True, self.tr("Matching the rows to the archive's documents…"))
        self.tasks.run(
            lambda: plan_for(archive, register, mapping),
            lambda plan: self._planned(request, plan),
            lambda error: self._failed(request, error),
        )

    def _planned(self, request: int, plan: object) -> None:
        if request != self._request:
            return  # the mapping changed meanwhile: a newer plan is on its way
        assert isinstance(plan, ImportPlan)
        self.plan = plan
        self.plan_model.set_plan(plan)
        self._set_busy(False, self._summary(plan))
        self.planned.emit(plan)

    def _summary(self, plan: ImportPlan) -> str:
        counts = self.tr(
            "Matched: %1 · not matched: %2 · ambiguous: %3 · duplicates: %4 · bad values: %5"
        )
        for n, value in enumerate(
            (
                len(plan.with_status("matched")),
                len(plan.with_status("unmatched")),
                len(plan.with_status("ambiguous")),
                len(plan.with_status("duplicate")),
                len(plan.issues),
            ),
            start=1,
        ):
            counts = counts.replace(f"%{n}", self.locale().toString(value))
        if not plan.has_key:
            return (
                counts
                + "\n"
                + self.tr(
                    "No column is mapped to the file or its SHA-256: choose one to match the rows."
                )
            )
        changing = len(plan.edits())
        if changing:
            said = self.tr("Import changes %Ln document(s).", "", changing)
        else:
            said = self.tr("Nothing to change: the documents already say what the register says.")
        if self.archive.read_only:
            said = self.tr("The archive is opened read-only: nothing can be imported.")
        return counts + "\n" + said

    # --- writing ---------------------------------------------------------------------

    def import_now(self) -> None:
        """Write the shown plan's edits (on the task queue); the outcome shows per row."""
        plan = self.plan
        if plan is None or not plan.edits() or self._busy or self.archive.read_only:
            return
        self._request += 1
        request = self._request
        archive = self.archive
        self._set_busy(True, self.tr("Writing the edits…"))
        self.tasks.run(
            lambda: import_plan(archive, plan),
            lambda results: self._imported(request, results),
            lambda error: self._failed(request, error),
        )

    def _imported(self, request: int, results: object) -> None:
        if request != self._request:
            return
        assert isinstance(results, list)
        counts = results_count(results)
        self.plan_model.set_results(results)
        outcome = self.tr(
            "Saved: %1 next to the files, %2 in vtviewer's data folder · conflicts: %3 · failed: %4"
        )
        for n, key in enumerate(("sidecar", "overlay", "conflict", "failed"), start=1):
            outcome = outcome.replace(f"%{n}", self.locale().toString(counts[key]))
        self._busy = False
        self.summary_label.setText(outcome)
        # The plan is spent: a second Import would find the sidecars changed.
        self.plan = None
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(True)
        self.mapping_box.setEnabled(True)
        self.imported.emit(results)

    # --- state -----------------------------------------------------------------------

    def _failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        self._set_busy(False, "")
        if isinstance(error, RegisterError):
            self.error_label.setText(translate_message(error.message))
            self.error_label.show()
            if self.register is None:
                self.summary_label.setText(self.tr("Choose a register to import."))
            return
        self.summary_label.setText(self.tr("The import could not be done."))
        self.failed.emit(error)

    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        if text:
            self.summary_label.setText(text)
        self.choose_button.setEnabled(not busy)
        plan = self.plan
        self.import_button.setEnabled(
            not busy and plan is not None and bool(plan.edits()) and not self.archive.read_only
        )
