"""The preview's find bar: the text to find in the document, previous/next, the match count."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from vtviewer.gui.preview_icons import action_icon

#: Typing in the find bar searches after this pause, so each keystroke stays cheap.
FIND_DEBOUNCE_MS = 250


class FindBar(QWidget):
    """The in-document find bar: text, previous/next, "hit 3 of 17", close.

    Signals: text_changed(str), next_requested(), previous_requested(), closed()
    """

    text_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        palette = self.palette()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("previewFindEdit")
        self.edit.setPlaceholderText(self.tr("Find in document"))
        self.edit.setAccessibleName(self.tr("Find in document"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(120)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FIND_DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.text_changed.emit(self.edit.text()))
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._on_return)
        self.previous_button = self._button(
            "find-previous", self.tr("Previous match (Shift+F3)"), self.previous_requested
        )
        self.next_button = self._button(
            "find-next", self.tr("Next match (F3)"), self.next_requested
        )
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        self.count_label.setAccessibleName(self.tr("Matches"))
        close = self._button("close", self.tr("Close the find bar (Esc)"), self.closed)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count_label)
        layout.addWidget(close)
        del palette

    def _button(self, icon: str, tip: str, signal: SignalInstance) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(action_icon(icon, self.palette()))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: signal.emit())
        return button

    def flush(self) -> None:
        """Run a pending debounced search now."""
        if self._timer.isActive():
            self._timer.stop()
            self.text_changed.emit(self.edit.text())

    def _on_return(self) -> None:
        if self._timer.isActive():
            self.flush()
            return
        self.next_requested.emit()
