"""The Problems view: files that could not be indexed, with the reason, and Retry."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
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
from vtviewer.core.text import decode_name
from vtviewer.gui.messages import translate_message
from vtviewer.gui.results_model import date_format

_AnyIndex = QModelIndex | QPersistentModelIndex


def problem_kind_label(kind: str) -> str:
    """A Problem's kind as the user reads it."""
    labels = {
        "not-pdf": QCoreApplication.translate("ProblemKind", "Not a PDF"),
        "empty": QCoreApplication.translate("ProblemKind", "Empty file"),
        "password": QCoreApplication.translate("ProblemKind", "Password"),
        "damaged": QCoreApplication.translate("ProblemKind", "Damaged"),
        "timeout": QCoreApplication.translate("ProblemKind", "Timed out"),
        "memory": QCoreApplication.translate("ProblemKind", "Too much memory"),
        "crash": QCoreApplication.translate("ProblemKind", "Crashed the reader"),
        "unreadable": QCoreApplication.translate("ProblemKind", "Unreadable"),
        "vanished": QCoreApplication.translate("ProblemKind", "Vanished"),
        "sidecar": QCoreApplication.translate("ProblemKind", "Sidecar file"),
        "catalog": QCoreApplication.translate("ProblemKind", "Catalog file"),
        "changed": QCoreApplication.translate("ProblemKind", "Changed while read"),
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
                return decode_name(problem.path)
            if column == 1:
                return problem_kind_label(problem.kind)
            if column == 2:
                reason = translate_message(problem.reason)
                return reason[:1].upper() + reason[1:]
            if column == 3 and problem.when > 0:
                when = QDateTime.fromSecsSinceEpoch(int(problem.when))
                return self._locale.toString(when, date_format(self._locale) + " HH:mm")
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{decode_name(problem.path)}\n{translate_message(problem.reason)}"
        return None


class ProblemsDialog(QDialog):
    """Lists the archive's problems; Retry re-indexes the selected (or all) files.

    Signals:
        retry_requested(list): the paths to index again.
        open_requested(object): the Problem whose file the user wants to look at.
    """

    retry_requested = Signal(list)
    open_requested = Signal(object)

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
        # PySide6 ships no Norwegian qtbase translation: name the standard button ourselves.
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        # Files that could not be indexed never show up among the results: Open is the
        # way to look at one (a password-protected PDF asks for its password there).
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Show the selected file in the preview"))
        self.retry_selected = QPushButton(self.tr("Retry selected"))
        self.retry_all = QPushButton(self.tr("Retry all"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.retry_selected, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.retry_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_selected)
        # activated: a double-click, or Enter on the keyboard.
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
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
        current = self.model.problem(self.table.currentIndex().row())
        self.model.set_problems(problems)
        if problems:
            self.intro.setText(
                self.tr("%Ln file(s) could not be indexed, or only partly.", "", len(problems))
            )
        else:
            self.intro.setText(self.tr("Every file was indexed without problems."))
        self.retry_all.setEnabled(bool(problems))
        self.retry_selected.setEnabled(bool(problems))
        self.open_button.setEnabled(bool(problems))
        if problems:
            # Keep the user's place across refreshes (a retry rewrites the list).
            paths = [p.path for p in problems]
            row = paths.index(current.path) if current and current.path in paths else 0
            self.table.selectRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The table emits activated on Enter and then passes the key on to the dialog,
        # which presses its default button (Close): Enter there opens, the list stays.
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.table.currentIndex().isValid():
                self._open_row(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def open_selected(self) -> None:
        """Ask to show the current row's file (the first selected one)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if rows:
            self._open_row(rows[0])
        elif self.table.currentIndex().isValid():
            self._open_row(self.table.currentIndex().row())

    def _open_row(self, row: int) -> None:
        problem = self.model.problem(row)
        if problem is not None and os.path.isfile(problem.path):
            self.open_requested.emit(problem)

    def _retry_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        paths = [p.path for row in rows if (p := self.model.problem(row)) is not None]
        if paths:
            self.retry_requested.emit(paths)

    def _retry_all(self) -> None:
        paths = [p.path for row in range(self.model.rowCount()) if (p := self.model.problem(row))]
        if paths:
            self.retry_requested.emit(paths)
