"""What the editors of the details pane share: a heading, Save and Cancel (Ctrl+S,
Ctrl+Return, Esc), why Save is greyed out, and what went wrong with the last save."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.edits import Edit
from vtviewer.gui.contacts_editor import INVALID_COLOUR


class EditForm(QWidget):
    """A form that produces Edits; subclasses fill ``grid`` and say ``edits`` and
    ``problem``, and call ``update_state`` when a value changes.

    Signals:
        save_requested(object): the list of Edits to write (empty: nothing changed).
        cancel_requested(): the user left the form without saving.
    """

    save_requested = Signal(object)
    cancel_requested = Signal()

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editForm")
        self._busy = False
        self._chain: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.heading = QLabel(heading)
        self.heading.setObjectName("editHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        # The fields scroll; the heading, why Save waits, and Save stay in sight.
        self.fields_area = QScrollArea()
        self.fields_area.setObjectName("editFields")
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("editFieldsBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 4, 0)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        body_layout.addLayout(self.grid)
        body_layout.addStretch(1)
        self.fields_area.setWidget(body)
        layout.addWidget(self.fields_area, 1)

        # Why Save is greyed out, and what became of the last try.
        self.problem_label = QLabel()
        self.problem_label.setObjectName("editProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {INVALID_COLOUR};")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.failure_label = QLabel()
        self.failure_label.setObjectName("editFailure")
        self.failure_label.setWordWrap(True)
        self.failure_label.setStyleSheet(f"color: {INVALID_COLOUR};")
        self.failure_label.hide()
        layout.addWidget(self.failure_label)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveEdit")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelEdit")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Cancel (Esc)"))
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        for keys in (
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_S),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

    # --- for subclasses -------------------------------------------------------------------

    def edits(self) -> list[Edit]:
        raise NotImplementedError

    def has_changes(self) -> bool:
        """Whether the form holds something not saved yet."""
        return bool(self.edits())

    def problem(self) -> str:
        """Why the values cannot be saved as they are; "" when they can."""
        raise NotImplementedError

    def update_state(self) -> None:
        """Say why Save is greyed out (or enable it) after a value changed."""
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.save_button.setEnabled(not problem and not self._busy)

    def finish_layout(self) -> None:
        """Tab goes through the fields in the order they show, then Cancel and Save."""
        chain = [
            widget
            for widget in self.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.window() is self.window()  # not a combo box's popup
            and widget not in (self.save_button, self.cancel_button)
        ]
        chain += [self.cancel_button, self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._chain = chain

    def full_height(self) -> int:
        """The height at which every field shows without scrolling (screenshots)."""
        body = self.fields_area.widget()
        inner = body.sizeHint().height() if body is not None else 0
        return self.sizeHint().height() - self.fields_area.sizeHint().height() + inner + 4

    def focus_first(self) -> None:
        """Put the focus into the first field."""
        for widget in self._chain:
            if widget.isEnabled() and widget.isVisibleTo(self):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- saving ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While the edits are written: the fields and Save wait."""
        self._busy = busy
        # The fields' parent as a whole: each keeps its own state for after (a field
        # being reverted, the grey captions).
        body = self.fields_area.widget()
        if body is not None:
            body.setEnabled(not busy)
        self.save_button.setText(self.tr("Saving…") if busy else self.tr("Save"))
        self.update_state()

    def show_failure(self, text: str) -> None:
        """What went wrong with the last save ("" hides it); the values stay."""
        self.failure_label.setText(text)
        self.failure_label.setVisible(bool(text))

    def save(self) -> None:
        if self._busy or not self.save_button.isEnabled():
            return
        self.show_failure("")
        self.save_requested.emit(self.edits())

    def cancel(self) -> None:
        if not self._busy:
            self.cancel_requested.emit()

    # --- Esc ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Esc leaves the form, not the window's Esc (back to the search field): claiming
        # the key here lets it arrive as a key press, which the fields pass up to us.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)
