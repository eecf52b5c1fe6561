"""Undo and redo of saved edits (Edit -> Undo, Ctrl+Z; Redo, Ctrl+Shift+Z), on a
QUndoStack: each step holds the Restore values the core returned for what it changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from vtviewer.core.edits import Edit, EditResult

#: Writes edits (off the GUI thread) and calls back with the results, or with None when
#: they were not written (a failure, or the user kept a change made on disk meanwhile).
Writer = Callable[[list[Edit], Callable[[list[EditResult] | None], None]], None]


def undo_edits(results: Sequence[EditResult]) -> list[Edit]:
    """The edits that put back what ``results`` changed (those written)."""
    return [r.undo for r in results if r.written and r.undo is not None]


class _EditCommand(QUndoCommand):
    """One save: undo writes ``undo`` (the values before it), redo writes the values the
    undo's own results give back."""

    def __init__(self, text: str, undo: list[Edit], history: EditHistory) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo: list[Edit] = []
        self._history = history
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # pushed after it was written: nothing to do yet
            return
        self._history.write(self._redo, self._set_undo, undoing=False)

    def undo(self) -> None:
        self._history.write(self._undo, self._set_redo, undoing=True)

    def _set_undo(self, results: list[EditResult]) -> None:
        self._undo = undo_edits(results)

    def _set_redo(self, results: list[EditResult]) -> None:
        self._redo = undo_edits(results)


class EditHistory(QObject):
    """The saved edits that can be undone, and the Undo and Redo actions. One step is
    written at a time; while it is, Undo and Redo wait.

    Signals:
        changed(): a step was undone or redone (or could not be).
    """

    changed = Signal()

    def __init__(self, writer: Writer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = writer
        self.stack = QUndoStack(self)
        self._busy = False
        self._quiet = False
        self.undo_action = QAction(self.tr("&Undo edit"), self)
        self.undo_action.setObjectName("undoEdit")
        self.undo_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Z))
        self.redo_action = QAction(self.tr("&Redo edit"), self)
        self.redo_action.setObjectName("redoEdit")
        self.redo_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z)
        )
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.stack.indexChanged.connect(self._update_actions)
        self._update_actions()

    @property
    def busy(self) -> bool:
        return self._busy

    def record(self, text: str, results: Sequence[EditResult]) -> None:
        """A save was written: it becomes the step to undo (``text`` names it)."""
        edits = undo_edits(results)
        if edits:
            self.stack.push(_EditCommand(text, edits, self))

    def undo(self) -> None:
        if not self._busy and self.stack.canUndo():
            self.stack.undo()

    def redo(self) -> None:
        if not self._busy and self.stack.canRedo():
            self.stack.redo()

    def write(
        self,
        edits: list[Edit],
        then: Callable[[list[EditResult]], None],
        *,
        undoing: bool,
    ) -> None:
        """Called by a step: write ``edits``; when they are not written, the step goes
        back to where it was (without writing)."""
        if self._quiet:
            return
        self._busy = True
        self._update_actions()

        def done(results: list[EditResult] | None) -> None:
            self._busy = False
            if results is None:
                # Not done: the stack's position goes back without writing anything.
                self._quiet = True
                try:
                    if undoing:
                        self.stack.redo()
                    else:
                        self.stack.undo()
                finally:
                    self._quiet = False
            else:
                then(results)
            self._update_actions()
            self.changed.emit()

        self._writer(edits, done)

    def _update_actions(self) -> None:
        self.undo_action.setEnabled(self.stack.canUndo() and not self._busy)
        self.redo_action.setEnabled(self.stack.canRedo() and not self._busy)
        self.undo_action.setToolTip(self.stack.undoText())
        self.redo_action.setToolTip(self.stack.redoText())
