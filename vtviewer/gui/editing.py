"""Editing in the window: F2 (or the details pane's Edit) opens the form for the selected
documents, Save writes through the task queue, a change made on disk meanwhile is asked
about, the rows and the details show the new values, and every save can be undone."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QSplitter, QWidget

from vtviewer.core.archive import Archive, IndexBusyError
from vtviewer.core.edits import Edit, EditResult
from vtviewer.core.model import Document
from vtviewer.core.text import decode_name
from vtviewer.gui.details_pane import DetailsPane
from vtviewer.gui.edit_form import EditForm
from vtviewer.gui.edit_history import EditHistory
from vtviewer.gui.messages import fill, translate_message
from vtviewer.gui.metadata_editor import MetadataEditor
from vtviewer.gui.multi_editor import MultiEditor
from vtviewer.gui.reader import Reader
from vtviewer.gui.results_model import ResultsModel
from vtviewer.gui.results_view import ResultsView
from vtviewer.gui.tasks import TaskQueue, error_text

log = logging.getLogger(__name__)

Choice = Literal["overwrite", "reload", "cancel"]
#: What to do with a form holding changes when the window closes.
Leaving = Literal["save", "discard", "cancel"]
#: At most this many PDFs of a folder are offered as attachments.
MAX_BESIDE = 500


def pdfs_beside(path: str) -> list[str]:
    """The other PDF files in the folder of ``path`` (to attach), sorted by name."""
    folder = os.path.dirname(path)
    found: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if (
                    entry.name.lower().endswith(".pdf")
                    and entry.path != path
                    and entry.is_file(follow_symlinks=False)
                ):
                    found.append(os.path.abspath(entry.path))
    except OSError as exc:
        log.info("cannot list %s: %s", folder, exc)
    return sorted(found, key=lambda p: os.path.basename(p).casefold())[:MAX_BESIDE]


class ConflictQuestion(QMessageBox):
    """Asks what to do with edits whose sidecar changed on disk since the form read it."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changed on disk"))
        text = self.tr(
            "The corrections of %1 were changed on disk since the form was opened "
            "(by another program or another vtviewer)."
        )
        self.setText(fill(text, ", ".join(names)))
        self.setInformativeText(
            self.tr("Overwrite them with yours, reload the form from the files, or go back?")
        )
        role = QMessageBox.ButtonRole
        self.overwrite = self.addButton(self.tr("Overwrite"), role.AcceptRole)
        self.reload = self.addButton(self.tr("Reload"), role.ResetRole)
        self.back = self.addButton(self.tr("Cancel"), role.RejectRole)
        self.setDefaultButton(self.back)
        self.setEscapeButton(self.back)

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        if clicked is self.overwrite:
            return "overwrite"
        if clicked is self.reload:
            return "reload"
        return "cancel"


def ask_conflict(parent: QWidget, names: Sequence[str]) -> Choice:
    """Ask whether to overwrite a change made on disk, reload the form, or go back (the
    tests replace this function)."""
    question = ConflictQuestion(names, parent)
    question.exec()
    choice = question.choice()
    question.deleteLater()
    return choice


@dataclass(frozen=True)
class _ToEdit:
    """What the form opens with, read on the task queue."""

    documents: list[Document]
    states: dict[int, str]
    beside: list[str]


def ask_leaving(parent: QWidget, heading: str) -> Leaving:
    """Ask what becomes of a form with changes not saved when the window closes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QApplication.translate("Editing", "Corrections not saved"))
    box.setText(
        fill(
            QApplication.translate(
                "Editing", "%1 has corrections that are not saved. Save them before closing?"
            ),
            heading,
        )
    )
    save = box.addButton(
        QApplication.translate("Editing", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QApplication.translate("Editing", "Close without saving"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QApplication.translate("Editing", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    return "discard" if clicked is discard else "cancel"


def _names(results: Sequence[EditResult]) -> list[str]:
    return [os.path.basename(decode_name(r.path)) for r in results]


class Editing(QObject):
    """The Edit mode of the details pane and what it writes.

    Signals:
        status_message(str): a short report for the status bar.
        details_changed(): the details pane changed its widgets (the tab order follows).
        documents_changed(object): the ids of documents whose metadata was written.
    """

    status_message = Signal(str)
    details_changed = Signal()
    documents_changed = Signal(object)

    def __init__(
        self,
        archive: Archive,
        tasks: TaskQueue,
        details: DetailsPane,
        reader: Reader,
        results_model: ResultsModel,
        results_view: ResultsView,
        window: QWidget,
        indexing: Callable[[], bool] = lambda: False,
        splitter: QSplitter | None = None,
    ) -> None:
        super().__init__(window)
        self._indexing = indexing
        #: The splitter of the details (first) and the preview: the form gets more room.
        self._splitter = splitter
        self._sizes_before: list[int] | None = None
        self.details_changed.connect(self._make_room)
        self._archive = archive
        self._tasks = tasks
        self._details = details
        self._reader = reader
        self._model = results_model
        self._view = results_view
        self._window = window
        #: The form whose save was written; shown as the document once it is read again.
        self._saved_form: EditForm | None = None
        self.history = EditHistory(self._write_step, self)
        #: Asks what becomes of unsaved changes when the window closes (tests replace it).
        self.ask_leaving: Callable[[QWidget, str], Leaving] = ask_leaving
        #: The form being saved as the window closes, and how to close it once it is left.
        self._close_when_left: tuple[EditForm, Callable[[], object]] | None = None
        #: The last report of "Save edits next to the files" (also shown in a box).
        self.last_report = ""

        self.edit_action = QAction(self.tr("&Edit details…"), self)
        self.edit_action.setObjectName("editDetails")
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(self.open_editor)
        self.write_out_action = QAction(self.tr("Save edits &next to the files"), self)
        self.write_out_action.setObjectName("writeOutOverlay")
        self.write_out_action.triggered.connect(self.write_out)
        details.edit_requested.connect(self.open_editor)
        if archive.read_only:
            reason = self.tr("The data folder is read-only")
            for action in (self.edit_action, self.write_out_action):
                action.setEnabled(False)
                action.setToolTip(reason)

    def may_close(self, close_again: Callable[[], object]) -> bool:
        """Whether the window may close now. A form with changes not saved asks first
        (``ask_leaving``): Save writes them and calls ``close_again`` once the form is
        left (a conflict or a failure keeps the form, and the window, open with the
        reason); Cancel keeps the window. A save still being written is waited for."""
        form = self.form
        if form is None or not (form.busy or form.has_changes()):
            return True
        if not form.busy:
            choice = self.ask_leaving(self._window, form.heading.text())
            if choice == "discard":
                return True
            if choice == "cancel":
                return False
            form.save()
            if not form.busy:  # Save waits (a value that cannot be saved): stay
                return False

        self._close_when_left = (form, close_again)
        return False

    @property
    def form(self) -> EditForm | None:
        """The form the details pane shows, if any."""
        editor = self._details.editor
        return editor if isinstance(editor, EditForm) else None

    # --- opening --------------------------------------------------------------------------

    def selected_documents(self) -> list[Document]:
        rows = sorted(index.row() for index in self._view.selectionModel().selectedRows())
        hits = [self._model.hit(row) for row in rows]
        documents = [hit.document for hit in hits if hit is not None]
        if not documents and self._reader.current is not None:
            documents = [self._reader.current.document]
        return documents

    def open_editor(self) -> None:
        """Open the form for the selected documents, read afresh (with their sidecars'
        states, and the PDFs beside a single one) on the task queue."""
        if self._archive.read_only:
            self.status_message.emit(self.tr("The data folder is read-only"))
            return
        form = self.form
        if form is not None and (form.busy or form.has_changes()):
            form.focus_first()  # F2 again does not throw away what was typed
            return
        documents = self.selected_documents()
        if not documents:
            self.status_message.emit(self.tr("Select a document to edit"))
            return
        self._open([d.id for d in documents])

    def _open(self, ids: list[int], *, read_again: bool = False) -> None:
        """Open the form on ``ids``; ``read_again``: their files are read again first
        (a sidecar changed on disk), unless an indexing run is going (it reads them)."""
        archive = self._archive
        again = read_again and not self._indexing()

        def read() -> _ToEdit:
            if again:
                paths = [d.path for d in map(archive.document, ids) if d is not None]
                try:
                    archive.index(only=paths)
                except IndexBusyError:
                    log.info("another process indexes; the form shows the stored values")
            found = [archive.document(i) for i in ids]
            documents = [d for d in found if d is not None]
            states = {d.id: archive.sidecar_state(d.id) for d in documents}
            beside = pdfs_beside(documents[0].path) if len(documents) == 1 else []
            return _ToEdit(documents, states, beside)

        self._tasks.run(read, self._opened, self._read_failed)

    def _opened(self, value: object) -> None:
        assert isinstance(value, _ToEdit)
        documents, states, beside = value.documents, value.states, value.beside
        if not documents:
            self.status_message.emit(self.tr("The document is no longer in the index"))
            return
        form: EditForm
        if len(documents) == 1:
            (document,) = documents
            form = MetadataEditor(document, states.get(document.id), beside)
        else:
            form = MultiEditor(documents, states)
        form.save_requested.connect(lambda edits, f=form: self._save(f, list(edits)))
        form.cancel_requested.connect(lambda f=form: self._close(f))
        # While it holds changes, choosing another row does not throw them away.
        self._details.show_editor(form, form.has_changes)
        form.focus_first()
        self.details_changed.emit()

    def _read_failed(self, error: BaseException) -> None:
        self.status_message.emit(fill(self.tr("Cannot edit: %1"), error_text(error)))

    @staticmethod
    def _had_focus(form: EditForm) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and form.isAncestorOf(focus)

    def _close(self, form: EditForm, document: Document | None = None) -> None:
        """Leave ``form`` (if it is still shown): the details show ``document``, or what
        they showed before."""
        if self._details.editor is not form:
            return
        had_focus = self._had_focus(form) or bool(form.property("hadFocus"))
        shown = document or self._details.document
        if shown is not None:
            self._details.show_document(shown, close_editor=True)
        else:
            self._details.clear(close_editor=True)
        if had_focus:
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.details_changed.emit()
        pending, self._close_when_left = self._close_when_left, None
        if pending is not None and pending[0] is form:
            # Saved as the window was closing: it closes now (not from inside this call).
            QTimer.singleShot(0, pending[1])

    def _keep_open(self) -> None:
        """A save begun as the window closed did not go through (a failure, a conflict
        the user left): the window stays, the form says why."""
        self._close_when_left = None

    def _make_room(self) -> None:
        """While the form shows, the details get two thirds of the height (the user's
        split comes back after)."""
        splitter = self._splitter
        if splitter is None or splitter.count() < 2:
            return
        if self.form is not None and self._sizes_before is None:
            self._sizes_before = splitter.sizes()
            total = sum(self._sizes_before)
            if total > 0:
                details = max(self._sizes_before[0], total * 2 // 3)
                splitter.setSizes([details, total - details, *self._sizes_before[2:]])
        elif self.form is None and self._sizes_before is not None:
            splitter.setSizes(self._sizes_before)
            self._sizes_before = None

    # --- saving ---------------------------------------------------------------------------

    def _write(
        self,
        edits: list[Edit],
        on_results: Callable[[list[EditResult]], None],
        on_failed: Callable[[BaseException], None],
        overwrite: bool = False,
    ) -> None:
        archive = self._archive
        self._tasks.run(
            lambda: archive.edit(edits, overwrite=overwrite),
            lambda results: on_results(list(results)),
            on_failed,
        )

    def _save(self, form: EditForm, edits: list[Edit]) -> None:
        if not edits:
            self.status_message.emit(self.tr("Nothing was changed"))
            self._close(form)
            return
        # The fields wait while it is written, and lose the focus: it goes back to the
        # results when the form closes.
        form.setProperty("hadFocus", self._had_focus(form))
        form.set_busy(True)

        def failed(error: BaseException) -> None:
            self._keep_open()
            if self._details.editor is form:
                form.set_busy(False)
                form.show_failure(fill(self.tr("Not saved: %1"), error_text(error)))

        def written(results: list[EditResult], earlier: Sequence[EditResult] = ()) -> None:
            conflicts = [r for r in results if r.where == "conflict"]
            done = [*earlier, *(r for r in results if r.where != "conflict")]
            if not conflicts:
                self._saved(form, done, None)
                return
            choice = ask_conflict(self._window, _names(conflicts))
            if choice == "overwrite":
                ids = {r.doc_id for r in conflicts}
                again = [e for e in edits if e.doc_id in ids]
                self._write(again, lambda rs: written(rs, done), failed, overwrite=True)
                return
            self._saved(form, done, choice)

        self._write(edits, written, failed)

    def _saved(self, form: EditForm, results: list[EditResult], choice: Choice | None) -> None:
        written = [r for r in results if r.written]
        failures = [r for r in results if r.where == "failed"]
        if written:
            count = len(written)
            self.history.record(self.tr("edit of %Ln document(s)", "", count), written)
            self._update_bases(form, written)
        alive = self._details.editor is form
        if choice is not None or failures:
            self._keep_open()
        if choice == "reload":
            if alive:
                self._open(self._form_ids(form), read_again=True)
            self._refresh([r.doc_id for r in written])
            return
        if alive and (choice == "cancel" or failures):
            form.set_busy(False)
            reasons = [
                fill(self.tr("%1: %2"), name, translate_message(r.message) if r.message else "")
                for name, r in zip(_names(failures), failures, strict=True)
            ]
            if choice == "cancel":
                reasons.append(
                    self.tr("Not saved: changed on disk meanwhile. Save again to decide.")
                )
            form.show_failure("\n".join(reasons))
            self._refresh([r.doc_id for r in written])
            return
        if written:
            self._saved_form = form if alive else None
            self.status_message.emit(self._written_text(written))
            self._refresh([r.doc_id for r in written])
        elif alive:
            self._close(form)

    def _written_text(self, written: Sequence[EditResult]) -> str:
        held = sum(1 for r in written if r.where == "overlay")
        if held:
            return self.tr(
                "Saved; %Ln correction(s) kept in vtviewer's data folder (the folder cannot "
                "be written)",
                "",
                held,
            )
        text = self.tr("Saved %Ln document(s)", "", len(written))
        # Said of a save that another process's indexing run merges later, for one.
        notes = {translate_message(r.message) for r in written if r.message is not None}
        return " ".join([text, *sorted(notes)])

    @staticmethod
    def _form_ids(form: EditForm) -> list[int]:
        if isinstance(form, MetadataEditor):
            return [form.document.id]
        if isinstance(form, MultiEditor):
            return [d.id for d in form.documents]
        return []

    @staticmethod
    def _update_bases(form: EditForm, written: Sequence[EditResult]) -> None:
        after = {r.doc_id: r.undo.base for r in written if r.undo is not None and r.undo.base}
        if isinstance(form, MetadataEditor) and form.document.id in after:
            form.base = after[form.document.id]
        elif isinstance(form, MultiEditor):
            form.update_bases(after)

    # --- undo -----------------------------------------------------------------------------

    def _write_step(
        self, edits: list[Edit], done: Callable[[list[EditResult] | None], None]
    ) -> None:
        """Write an undo or redo step for the history (see EditHistory)."""

        def failed(error: BaseException) -> None:
            self.status_message.emit(fill(self.tr("Not undone: %1"), error_text(error)))
            done(None)

        def written(results: list[EditResult], earlier: Sequence[EditResult] = ()) -> None:
            conflicts = [r for r in results if r.where == "conflict"]
            kept = [*earlier, *(r for r in results if r.where != "conflict")]
            if conflicts and ask_conflict(self._window, _names(conflicts)) == "overwrite":
                ids = {r.doc_id for r in conflicts}
                again = [e for e in edits if e.doc_id in ids]
                self._write(again, lambda rs: written(rs, kept), failed, overwrite=True)
                return
            for result in kept:
                if result.where == "failed" and result.message is not None:
                    self.status_message.emit(
                        fill(self.tr("Not undone: %1"), translate_message(result.message))
                    )
            done_now = [r for r in kept if r.written]
            self._refresh([r.doc_id for r in done_now])
            done(done_now or None)

        self._write(edits, written, failed)

    # --- showing what was written -----------------------------------------------------

    def _refresh(self, ids: Sequence[int]) -> None:
        """Read ``ids`` again and show them in their rows and the details."""
        shown = self._details.document
        wanted = list(dict.fromkeys([*ids, *([shown.id] if shown is not None else [])]))
        if not wanted:
            return
        archive = self._archive

        def read() -> dict[int, Document]:
            found = {i: archive.document(i) for i in wanted}
            return {i: d for i, d in found.items() if d is not None}

        self._tasks.run(read, self._refreshed, self._read_failed)
        if ids:
            self.documents_changed.emit(list(ids))

    def _refreshed(self, value: object) -> None:
        assert isinstance(value, dict)
        documents: dict[int, Document] = value
        self._model.update_documents(documents)
        form, self._saved_form = self._saved_form, None
        shown = self._details.document
        editing = self._details.editor is not None
        if form is not None and self._details.editor is form:
            self._close(form, documents.get(shown.id) if shown is not None else None)
        elif not editing and shown is not None and shown.id in documents:
            self._details.show_document(documents[shown.id])
            self.details_changed.emit()

    # --- the overlay ------------------------------------------------------------------------

    def write_out(self) -> None:
        """File -> Save edits next to the files: move the edits kept in the data folder
        into the sidecars, where the folders can be written now; report what happened."""
        archive = self._archive
        self._tasks.run(archive.write_out_overlay, self._written_out, self._write_out_failed)

    def _written_out(self, value: object) -> None:
        assert isinstance(value, list)
        results: list[EditResult] = value
        moved = [r for r in results if r.where == "sidecar"]
        held = [r for r in results if r.where == "overlay"]
        failed = [r for r in results if r.where in ("failed", "conflict")]
        if not results:
            text = self.tr("No edits are waiting in vtviewer's data folder.")
        else:
            parts = [self.tr("%Ln document(s): edits saved next to the file.", "", len(moved))]
            if held:
                parts.append(
                    self.tr(
                        "%Ln document(s): the folder still cannot be written; the edits stay "
                        "in vtviewer's data folder.",
                        "",
                        len(held),
                    )
                )
            for name, result in zip(_names(failed), failed, strict=True):
                reason = translate_message(result.message) if result.message else result.where
                parts.append(fill(self.tr("%1: %2"), name, reason))
            text = "\n".join(parts)
        self.status_message.emit(text.split("\n", 1)[0])
        self._report(text)
        self._refresh([r.doc_id for r in results if r.written])

    def _write_out_failed(self, error: BaseException) -> None:
        text = self.tr("The edits could not be saved next to the files: %1")
        self._report(fill(text, error_text(error)))

    def _report(self, text: str) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Save edits next to the files"))
        box.setText(text)
        box.setObjectName("writeOutReport")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_report = text
        box.open()
