"""The Settings dialog: archive folders, UI language and theme, text recognition."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.ocr import OcrSettings
from vtviewer.gui.ocr_settings_box import OcrSettingsBox


class SettingsDialog(QDialog):
    """Edits a copy of the settings; the caller reads ``roots()``, ``language()``,
    ``theme()`` and ``ocr()`` after ``exec()`` returns Accepted. ``installed_languages``
    are Tesseract's (None: it is not installed)."""

    def __init__(
        self,
        roots: Sequence[str],
        language: str,
        theme: str,
        parent: QWidget | None = None,
        ocr: OcrSettings | None = None,
        installed_languages: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(620, 420)

        folders = QGroupBox(self.tr("Archive folders"))
        self.folder_list = QListWidget()
        self.folder_list.setAccessibleName(self.tr("Archive folders"))
        self.folder_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.folder_list.addItems(list(roots))
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.add_button.setAccessibleName(self.tr("Add folder"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(
            self.tr("Remove the folder from the archive (the files themselves stay)")
        )
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(folders)
        row.addWidget(self.folder_list, 1)
        row.addLayout(buttons)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("System default"), "")
        self.language_combo.addItem("norsk bokmål", "nb")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        self.theme_combo.addItem(self.tr("Follow the system"), "system")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(theme)))

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Theme:"), self.theme_combo)
        note = QLabel(self.tr("A new language takes effect when vtviewer starts again."))
        note.setWordWrap(True)
        note.setEnabled(False)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # PySide6 ships no Norwegian qtbase translation: name the standard buttons ourselves.
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

        ocr = ocr or OcrSettings()
        self.ocr_box = OcrSettingsBox(ocr.enabled, ocr.languages, installed_languages)

        layout = QVBoxLayout(self)
        layout.addWidget(folders, 1)
        layout.addWidget(self.ocr_box)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(box)

    def roots(self) -> list[str]:
        return [self.folder_list.item(i).text() for i in range(self.folder_list.count())]

    def language(self) -> str:
        return str(self.language_combo.currentData() or "")

    def theme(self) -> str:
        return str(self.theme_combo.currentData() or "system")

    def ocr(self) -> OcrSettings:
        languages = self.ocr_box.ocr_languages()
        chosen = OcrSettings(enabled=self.ocr_box.ocr_enabled())
        return replace(chosen, languages=languages) if languages else chosen

    def add_folder(self, path: str) -> None:
        if path and path not in self.roots():
            self.folder_list.addItem(path)

    def _add(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add archive folder"))
        self.add_folder(path)

    def _remove(self) -> None:
        for item in self.folder_list.selectedItems():
            self.folder_list.takeItem(self.folder_list.row(item))
