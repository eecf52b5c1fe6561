"""File -> Export…: the current results or the whole archive, as CSV, JSON or a catalog,
to a file chosen here; the export runs on the window's task queue."""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.archive import Archive
from vtviewer.core.exporter import (
    SUFFIXES,
    ExportError,
    ExportFormat,
    Selection,
    selected_documents,
    write_export,
)
from vtviewer.core.model import Stats
from vtviewer.core.sidecar import CATALOG_NAME
from vtviewer.gui.messages import fill, translate_message
from vtviewer.gui.tasks import TaskQueue, error_text

#: The formats offered, in order: the format and the CSV delimiter.
CHOICES: tuple[tuple[ExportFormat, str], ...] = (
    ("csv", ";"),
    ("csv", ","),
    ("json", ";"),
    ("catalog", ";"),
)


class ExportDialog(QDialog):
    """Asks what to export (the current results or the whole archive), in which format
    and to which file, and exports on ``tasks``: the dialog says "Exported N documents
    to FILE" or why not, and stays open until closed.

    Signals:
        exported(int, str): the documents written and the file, after an export.
        failed(str): why an export failed, in words (also after the dialog was closed).
    """

    exported = Signal(int, str)
    failed = Signal(str)

    def __init__(
        self,
        archive: Archive,
        tasks: TaskQueue,
        selection: Selection,
        results: int,
        roots: Sequence[str],
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("Export"))
        self._archive = archive
        self._tasks = tasks
        self._selection = selection
        self._results = results
        self._roots = list(roots)
        self._locale = locale or QLocale()
        self._running = False
        self._closed = False
        #: The file the user chose in the file dialog, which asked before replacing it.
        self._confirmed = ""

        scope = QGroupBox(self.tr("What to export"))
        self.results_button = QRadioButton()
        self.archive_button = QRadioButton()
        # No results to export: the whole archive is what there is.
        self.results_button.setEnabled(results > 0)
        (self.results_button if results > 0 else self.archive_button).setChecked(True)
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.results_button)
        self._scope.addButton(self.archive_button)
        self._set_counts(None)
        # What "current" means: the search on screen.
        self.search_label = QLabel(self._search_text())
        self.search_label.setEnabled(False)
        self.search_label.setIndent(24)
        self.search_label.setVisible(bool(self.search_label.text()))
        scope_layout = QVBoxLayout(scope)
        scope_layout.addWidget(self.results_button)
        scope_layout.addWidget(self.search_label)
        scope_layout.addWidget(self.archive_button)

        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.format_combo.addItem(self.tr("CSV for Excel (Norwegian settings: semicolons)"))
        self.format_combo.addItem(self.tr("CSV with commas"))
        self.format_combo.addItem(self.tr("JSON"))
        self.format_combo.addItem(self.tr("Catalog for another vtviewer"))
        self.format_combo.currentIndexChanged.connect(self._format_changed)

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setMinimumWidth(380)
        self.path_edit.textEdited.connect(self._path_edited)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)

        self.format_note = QLabel()
        self.format_note.setWordWrap(True)
        self.format_note.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("File:"), file_row)
        form.addRow("", self.format_note)

        self.status_label = QLabel()
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)

        box = QDialogButtonBox()
        # PySide6 ships no Norwegian qtbase translation: name the buttons ourselves.
        self.export_button = box.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = box.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scope)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(box)

        self._format_changed(0)
        # The archive's size is a store read: asked for off the GUI thread.
        self._tasks.run(self._archive.stats, self._stats_read)

    # --- what is exported ----------------------------------------------------------------

    def scope(self) -> str:
        """ "results" or "archive"."""
        return "archive" if self.archive_button.isChecked() else "results"

    def set_scope(self, scope: str) -> None:
        (self.archive_button if scope == "archive" else self.results_button).setChecked(True)

    def choice(self) -> tuple[ExportFormat, str]:
        """The format and the CSV delimiter chosen."""
        return CHOICES[max(0, self.format_combo.currentIndex())]

    def set_choice(self, fmt: ExportFormat, delimiter: str = ";") -> None:
        wanted = (fmt, delimiter if fmt == "csv" else ";")
        self.format_combo.setCurrentIndex(CHOICES.index(wanted))

    def path(self) -> str:
        return self.path_edit.text().strip()

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)

    def _set_counts(self, archive_total: int | None) -> None:
        self.results_button.setText(self.tr("Current results (%Ln document(s))", "", self._results))
        if archive_total is None:
            self.archive_button.setText(self.tr("Whole archive"))
        else:
            self.archive_button.setText(
                self.tr("Whole archive (%Ln document(s))", "", archive_total)
            )

    def _search_text(self) -> str:
        """The search the current results are of: «query», N filters; "" when browsing."""
        parts: list[str] = []
        if self._selection.query:
            parts.append(f"«{self._selection.query}»")
        ticked = sum(len(values) for values in (self._selection.filters or {}).values())
        if ticked:
            parts.append(self.tr("%n filter(s)", "", ticked))
        return fill(self.tr("Search: %1"), ", ".join(parts)) if parts else ""

    def _stats_read(self, stats: object) -> None:
        if isinstance(stats, Stats) and not self._closed:
            self._set_counts(stats.documents)

    # --- the file ------------------------------------------------------------------------

    def _default_path(self, fmt: ExportFormat) -> str:
        if fmt == "catalog":
            # A catalog lists files relative to its own folder: the archive's is the place.
            folder = _common_folder(self._roots) or _documents_folder()
            return os.path.join(folder, CATALOG_NAME)
        folder = os.path.dirname(self.path()) or _documents_folder()
        return os.path.join(folder, self.tr("vtviewer-export") + SUFFIXES[fmt])

    def _format_changed(self, _index: int) -> None:
        fmt, _ = self.choice()
        current = self.path()
        name = os.path.basename(current)
        if not current or name == CATALOG_NAME or fmt == "catalog":
            self.set_path(self._default_path(fmt))
        else:
            stem, suffix = os.path.splitext(current)
            if suffix.lower() in (".csv", ".json"):
                self.set_path(stem + SUFFIXES[fmt])
        self._confirmed = ""
        notes = {
            "csv": self.tr(
                "One row per document, UTF-8; a contact's name, role, phone and e-mail in"
                " columns of their own."
            ),
            "json": self.tr("Every document with all its metadata, for other programs."),
            "catalog": self.tr(
                "Another vtviewer indexing these files reads their metadata from it. Save it"
                " as %1 in the folder that holds the documents (its subfolders count)."
            ),
        }
        self.format_note.setText(fill(notes[fmt], CATALOG_NAME))

    def _path_edited(self, _text: str) -> None:
        self._confirmed = ""

    def choose_file(self) -> None:
        fmt, _ = self.choice()
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "json": self.tr("JSON files (*.json)"),
            "catalog": self.tr("vtviewer catalog (%1)"),
        }
        path, _selected = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path() or self._default_path(fmt),
            fill(filters[fmt], CATALOG_NAME),
        )
        if path:
            if not os.path.splitext(path)[1]:
                path += SUFFIXES[fmt]
            self.set_path(path)
            # The file dialog asked before choosing a file that is there.
            self._confirmed = path

    # --- exporting -----------------------------------------------------------------------

    def export(self, overwrite: bool = False) -> bool:
        """Start the export; False when nothing was started (no file, one running)."""
        if self._running:
            return False
        path = self.path()
        if not path:
            self._say(self.tr("Choose a file to export to."), error=True)
            return False
        path = os.path.abspath(os.path.expanduser(path))
        fmt, delimiter = self.choice()
        selection = self._selection if self.scope() == "results" else None
        replace = overwrite or path == self._confirmed
        archive = self._archive

        def work() -> int:
            documents = selected_documents(archive, selection)
            return write_export(path, documents, fmt, delimiter=delimiter, overwrite=replace)

        self._running = True
        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"))
        self._tasks.run(work, lambda count: self._done(count, path), self._failed)
        return True

    def _done(self, count: object, path: str) -> None:
        self._running = False
        self.export_button.setEnabled(True)
        number = int(count) if isinstance(count, int) else 0
        self._say(fill(self.tr("Exported %Ln document(s) to %1.", "", number), path))
        # Also when the dialog was closed meanwhile: the window says it in its status bar.
        self.exported.emit(number, path)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.export_button.setEnabled(True)
        exists = isinstance(error, ExportError) and error.message.code == "export-exists"
        if exists and not self._closed:
            self._say("")
            if self.ask_replace(self.path()):
                self.export(overwrite=True)
            return
        text = (
            translate_message(error.message)
            if isinstance(error, ExportError)
            else error_text(error)
        )
        said = fill(self.tr("Nothing was exported: %1"), text)
        self._say(said, error=True)
        self.failed.emit(said)

    def ask_replace(self, path: str) -> bool:
        """Whether to replace the file at ``path``, asked of the user."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace the file?"))
        box.setText(fill(self.tr("%1 exists already. Replace it?"), path))
        # PySide6 ships no Norwegian qtbase translation: the buttons are named here.
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def _say(self, text: str, error: bool = False) -> None:
        # A failure in red, in a light theme and a dark one alike.
        self.status_label.setStyleSheet("color: #d9453b;" if error else "")
        self.status_label.setText(text)

    def status(self) -> str:
        """What the dialog says about the export (tests)."""
        return self.status_label.text()

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)


def _common_folder(roots: Sequence[str]) -> str:
    """The folder that holds every archive folder ("" when they share none)."""
    try:
        common = os.path.commonpath([os.path.abspath(r) for r in roots]) if roots else ""
    except ValueError:  # on different drives
        return ""
    return "" if common in ("", os.sep) else common


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or os.path.expanduser("~")
