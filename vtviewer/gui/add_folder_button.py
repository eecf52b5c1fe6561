"""The "Add folder…" button, shown in three places: by the search field, in the sample
archive's banner and on the empty archive's hint."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


class AddFolderButton(QPushButton):
    """An "Add folder…" button; what it does is wired by whoever shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Add folder…"))
        self.setAccessibleName(self.tr("Add folder"))
