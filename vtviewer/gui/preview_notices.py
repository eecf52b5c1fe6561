"""What the preview shows instead of pages: a message with "Open anyway" (a file that did
not open, or not safely), and the password prompt."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vtviewer.gui.preview_icons import action_icon


class MessagePage(QWidget):
    """A warning sign over a message (``label``), with an optional ``open_anyway`` button.

    Signals:
        open_anyway_requested(): the user pressed "Open anyway".
    """

    open_anyway_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        page = self
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.icon = QLabel(page)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon.setPixmap(action_icon("warning", self.palette()).pixmap(32, 32))
        self.label = QLabel(page)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Message"))
        self.open_anyway = QPushButton(self.tr("Open anyway"), page)
        self.open_anyway.setToolTip(
            self.tr("Open the file in this window although it may make the program hang")
        )
        self.open_anyway.clicked.connect(lambda _checked=False: self.open_anyway_requested.emit())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_anyway)
        row.addStretch(1)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.setContentsMargins(24, 24, 24, 24)


class PasswordPage(QWidget):
    """A lock over what is locked (``label``), the password field (``edit``) with its
    button (``button``), and what went wrong (``error``).

    Signals:
        entered(): the user pressed Enter or "Unlock".
    """

    entered = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        page = self
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        icon = QLabel(page)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setPixmap(action_icon("lock", self.palette()).pixmap(32, 32))
        self.label = QLabel(page)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.edit = QLineEdit(page)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(self.tr("Password"))
        self.edit.setAccessibleName(self.tr("Password"))
        self.edit.setMaximumWidth(260)
        self.edit.returnPressed.connect(self.entered)
        self.button = QPushButton(self.tr("Unlock"), page)
        self.button.clicked.connect(lambda _checked=False: self.entered.emit())
        self.error = QLabel(page)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setAccessibleName(self.tr("Password error"))
        self.error.setStyleSheet("color: #c0392b;")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addWidget(icon)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
