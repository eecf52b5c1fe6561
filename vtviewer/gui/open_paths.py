"""Paths given to the window from outside: the command line (`vtviewer FILE.pdf`,
`vtviewer FOLDER`), a file manager's "Open with", or a second launch handed over.

A PDF in the archive is shown (details and preview); a PDF outside it is offered: add its
folder and index it (then it is shown once indexed), or only show the file. A folder not
in the archive is offered as a new archive folder. Nothing is added without asking.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from vtviewer.core.archive import Archive
from vtviewer.core.model import Document, Hit, Metadata
from vtviewer.core.text import display_name
from vtviewer.gui.messages import fill
from vtviewer.gui.tasks import TaskQueue

log = logging.getLogger(__name__)


class Choice(Enum):
    """What the user answered when asked about a path outside the archive."""

    ADD = "add"
    SHOW_ONLY = "show-only"
    CANCEL = "cancel"


@dataclass(frozen=True)
class _Looked:
    """One given path, as the archive knows it (read off the GUI thread)."""

    path: str
    is_folder: bool
    document: Document | None
    #: The archive folder it is in (a PDF's, or the folder itself); "" when outside.
    root: str


def inside(path: str, roots: Sequence[str]) -> str:
    """The root of ``roots`` that holds ``path`` (or is it); "" when none does."""
    for root in roots:
        try:
            if os.path.commonpath([os.path.abspath(path), os.path.abspath(root)]) == (
                os.path.abspath(root)
            ):
                return root
        except ValueError:  # another drive (Windows)
            continue
    return ""


def unindexed_document(path: str) -> Document:
    """A PDF outside the archive, to show in the preview without adding it (id -1: the
    store has no such document)."""
    try:
        stat = os.stat(path)
        size, mtime = stat.st_size, stat.st_mtime
    except OSError:
        size, mtime = 0, 0.0
    return Document(
        id=-1,
        path=path,
        size=size,
        mtime=mtime,
        hash="",
        page_count=0,
        encrypted=False,
        meta=Metadata(title=display_name(Path(path).name)),
    )


Asker = Callable[[QWidget, str, str, Sequence[tuple[Choice, str]]], Choice]


def ask_with_box(
    parent: QWidget, title: str, text: str, choices: Sequence[tuple[Choice, str]]
) -> Choice:
    """Ask in a message box; the first choice is the default, Cancel (Esc) the last."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    buttons: dict[QAbstractButton, Choice] = {}
    for choice, label in choices:
        role = (
            QMessageBox.ButtonRole.RejectRole
            if choice is Choice.CANCEL
            else QMessageBox.ButtonRole.AcceptRole
        )
        buttons[box.addButton(label, role)] = choice
    first = next(iter(buttons), None)
    if isinstance(first, QPushButton):
        box.setDefaultButton(first)
    box.exec()
    return buttons.get(box.clickedButton(), Choice.CANCEL)


class PathOpener(QObject):
    """Opens paths given from outside in the window.

    Signals:
        show_hit(object): show this Hit (details and preview).
        add_folders(list): make these folders archive folders and index them.
        status_message(str): something to say in the status bar.
    """

    show_hit = Signal(object)
    add_folders = Signal(list)
    status_message = Signal(str)

    def __init__(
        self,
        archive: Archive,
        tasks: TaskQueue,
        parent_widget: QWidget,
        ask: Asker = ask_with_box,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._tasks = tasks
        self._widget = parent_widget
        self._ask = ask
        #: PDFs whose folder was added at the user's word: shown once indexed.
        self._waiting: list[str] = []

    def open(self, paths: Sequence[str]) -> None:
        """Open ``paths`` (absolute or relative to the current folder)."""
        given = [os.path.abspath(p) for p in paths if p]
        wanted = [p for p in given if os.path.isdir(p) or _is_pdf(p)]
        for path in given:
            if path not in wanted:
                self.status_message.emit(
                    fill(
                        self.tr("%1 cannot be opened: it is neither a PDF nor a folder"),
                        display_name(path),
                    )
                    if os.path.exists(path)
                    else fill(self.tr("%1 does not exist"), display_name(path))
                )
        if not wanted:
            return
        archive = self._archive

        def look() -> list[_Looked]:
            roots = archive.roots()
            looked = []
            for path in wanted:
                folder = os.path.isdir(path)
                document = None if folder else archive.document_by_path(path)
                looked.append(_Looked(path, folder, document, inside(path, roots)))
            return looked

        self._tasks.run(look, self._answer)

    def index_finished(self) -> None:
        """An index run ended: show the PDFs waiting for their folder to be indexed."""
        if not self._waiting:
            return
        waiting, self._waiting = self._waiting, []
        archive = self._archive

        def look() -> list[Document | None]:
            return [archive.document_by_path(path) for path in waiting]

        def shown(documents: object) -> None:
            assert isinstance(documents, list)
            for path, document in zip(waiting, documents, strict=True):
                if document is not None:
                    self.show_hit.emit(Hit(document, 0.0))
                else:
                    self.status_message.emit(
                        fill(self.tr("%1 could not be indexed"), display_name(path))
                    )

        self._tasks.run(look, shown)

    def _answer(self, looked: object) -> None:
        assert isinstance(looked, list)
        folders: list[str] = []
        for item in looked:
            assert isinstance(item, _Looked)
            if item.is_folder:
                if item.root:
                    self.status_message.emit(
                        fill(self.tr("%1 is already in the archive"), display_name(item.path))
                    )
                elif self._ask_folder(item.path):
                    folders.append(item.path)
            elif item.document is not None:
                self.show_hit.emit(Hit(item.document, 0.0))
            elif item.root:
                # In an archive folder but not indexed (yet): the next run takes it.
                self._waiting.append(item.path)
                folders.append(item.root)
                self.status_message.emit(
                    fill(
                        self.tr("%1 is being indexed; it opens when it is ready"),
                        display_name(item.path),
                    )
                )
            else:
                choice = self._ask_file(item.path)
                if choice is Choice.ADD:
                    self._waiting.append(item.path)
                    folders.append(str(Path(item.path).parent))
                elif choice is Choice.SHOW_ONLY:
                    self.show_hit.emit(Hit(unindexed_document(item.path), 0.0))
        if folders:
            self.add_folders.emit(list(dict.fromkeys(folders)))

    def _ask_folder(self, path: str) -> bool:
        text = fill(
            self.tr(
                "Add the folder %1 to the archive? Its PDFs are indexed in the background "
                "and can then be searched."
            ),
            display_name(path),
        )
        choices = [(Choice.ADD, self.tr("Add folder")), (Choice.CANCEL, self.tr("Cancel"))]
        return self._ask(self._widget, self.tr("Add a folder"), text, choices) is Choice.ADD

    def _ask_file(self, path: str) -> Choice:
        folder = str(Path(path).parent)
        text = fill(
            self.tr(
                "%1 is not in the archive. Add its folder %2 and index it, so that it can "
                "be searched? Or only show the file?"
            ),
            display_name(Path(path).name),
            display_name(folder),
        )
        choices = [
            (Choice.ADD, self.tr("Add folder and index")),
            (Choice.SHOW_ONLY, self.tr("Only show the file")),
            (Choice.CANCEL, self.tr("Cancel")),
        ]
        return self._ask(self._widget, self.tr("Open a PDF"), text, choices)


def _is_pdf(path: str) -> bool:
    return path.lower().endswith(".pdf") and os.path.isfile(path)
