"""The Problems view: files that could not be indexed, with the reason, and Retry."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.model import Problem
from vtviewer.gui.results_model import date_format

_AnyIndex = QModelIndex | QPersistentModelIndex


def problem_kind_label(kind: str) -> str:
    """A Problem's kind as the user reads it."""
    labels = {
        "not-pdf": QCoreApplication.translate("ProblemKind", "Not a PDF"),
        "empty": QCoreApplication.translate("ProblemKind", "No text"),
        "password": QCoreApplication.translate("ProblemKind", "Password"),
        "damaged": QCoreApplication.translate("ProblemKind", "Damaged"),
        "timeout": QCoreApplication.translate("ProblemKind", "Timed out"),
        "memory": QCoreApplication.translate("ProblemKind", "Too much memory"),
        "crash": QCoreApplication.translate("ProblemKind", "Crashed the reader"),
        "unreadable": QCoreApplication.translate("ProblemKind", "Unreadable"),
        "vanished": QCoreApplication.translate("ProblemKind", "Vanished"),
        "sidecar": QCoreApplication.translate("ProblemKind", "Sidecar file"),
        "catalog": QCoreApplication.translate("ProblemKind", "Catalog file"),
    }
    return labels.get(kind, kind)


class ProblemsModel(QAbstractTableModel):
    """One row per Problem: file, kind, reason, when."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []
        self._locale = QLocale()
        self._headers = (self.tr("File"), self.tr("Kind"), self.tr("Reason"), self.tr("When"))

    def set_locale(self, locale: QLocale) -> None:
        self._locale = locale

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> Problem | None:
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 4
        ):
            return self._headers[section]
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return problem.path
            if column == 1:
                return problem_kind_label(problem.kind)
            if column == 2:
                return problem.reason
            if column == 3 and problem.when > 0:
                when = QDateTime.fromSecsSinceEpoch(int(problem.when))
                return self._locale.toString(when, date_format(self._locale) + " HH:mm")
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{problem.path}\n{problem.reason}"
        return None


class ProblemsDialog(QDialog):
    """Lists the archive's problems; Retry re-indexes the selected (or all) files.

    Signals:
        retry_requested(list): the paths to index again.
    """

    retry_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems"))
        self.resize(900, 420)
        self.model = ProblemsModel(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Files that could not be indexed"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 320)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(3, 130)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.retry_selected = QPushButton(self.tr("Retry selected"))
        self.retry_all = QPushButton(self.tr("Retry all"))
        buttons.addButton(self.retry_selected, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.retry_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.retry_selected.clicked.connect(self._retry_selected)
        self.retry_all.clicked.connect(self._retry_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.set_problems([])

    def set_problems(self, problems: Sequence[Problem], locale: QLocale | None = None) -> None:
        if locale is not None:
            self.model.set_locale(locale)
        self.model.set_problems(problems)
        if problems:
            self.intro.setText(
                self.tr("%n file(s) could not be indexed, or only partly.", "", len(problems))
            )
        else:
            self.intro.setText(self.tr("Every file was indexed without problems."))
        self.retry_all.setEnabled(bool(problems))
        self.retry_selected.setEnabled(bool(problems))

    def _retry_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        paths = [p.path for row in rows if (p := self.model.problem(row)) is not None]
        if paths:
            self.retry_requested.emit(paths)

    def _retry_all(self) -> None:
        paths = [p.path for row in range(self.model.rowCount()) if (p := self.model.problem(row))]
        if paths:
            self.retry_requested.emit(paths)
