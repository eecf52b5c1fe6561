"""The settings dialog's part for text recognition: on or off, and which of the installed
Tesseract languages to read scans in (none installed: how to install it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QListView, QVBoxLayout, QWidget

from vtviewer.core.ocr import install_hint
from vtviewer.gui.messages import fill


def language_name(code: str) -> str:
    """A Tesseract language code ("nor", "eng") as a person reads it, in the UI language."""
    locale = QLocale(_ISO_639_1.get(code, code))
    if locale.language() == QLocale.Language.C:
        return code
    name = QLocale().languageToString(locale.language())
    return f"{name} ({code})"


#: Tesseract names languages by ISO 639-2; QLocale takes the two-letter codes.
_ISO_639_1 = {
    "nor": "nb",
    "eng": "en",
    "swe": "sv",
    "dan": "da",
    "deu": "de",
    "fra": "fr",
    "fin": "fi",
    "isl": "is",
    "spa": "es",
    "ita": "it",
    "nld": "nl",
    "pol": "pl",
    "rus": "ru",
}


class OcrSettingsBox(QGroupBox):
    """A check box and the installed languages, checkable. ``installed`` None: Tesseract
    was not found (the box says how to install it and what it would do)."""

    def __init__(
        self,
        enabled: bool,
        languages: Sequence[str],
        installed: Sequence[str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Text recognition (OCR)"))
        self.enabled_box = QCheckBox(self.tr("Recognise the text of scanned pages when indexing"))
        self.enabled_box.setChecked(enabled)
        self.languages_model = QStandardItemModel(self)
        self.languages_view = QListView()
        self.languages_view.setModel(self.languages_model)
        self.languages_view.setAccessibleName(self.tr("Languages of the scanned text"))
        self.languages_view.setMaximumHeight(110)
        for code in installed or ():
            item = QStandardItem(language_name(code))
            item.setData(code, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            checked = code in languages
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.languages_model.appendRow(item)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled_box)
        if installed is None:
            note = QLabel(
                fill(
                    self.tr(
                        "Tesseract is not installed, so scanned pages cannot be searched. "
                        "Install it with: %1"
                    ),
                    install_hint(),
                )
            )
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(note)
            self.languages_view.hide()
        else:
            layout.addWidget(QLabel(self.tr("Languages:")))
            layout.addWidget(self.languages_view)
        self.enabled_box.toggled.connect(self.languages_view.setEnabled)
        self.languages_view.setEnabled(enabled)

    def ocr_enabled(self) -> bool:
        return self.enabled_box.isChecked()

    def ocr_languages(self) -> tuple[str, ...]:
        """The checked languages, in the list's order (none checked: the defaults)."""
        model = self.languages_model
        return tuple(
            str(model.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        )
