"""The archive's folders as the window knows them: read once at start, changed on the task
queue (removing a folder deletes its documents from the store and the full-text index)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from vtviewer.core.archive import Archive
from vtviewer.gui.tasks import TaskQueue
from vtviewer.paths import sample_archive_dir


def same_path(a: str, b: str) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


class ArchiveFolders(QObject):
    """The list of archive folders (roots). A change shows at once (``changed``) and goes
    to the archive on the task queue; when the archive has it, ``changed`` again with what
    the archive holds, and the caller's ``then`` runs.

    Signals:
        changed(object): the folders now (a list of paths).
        failed(object): a change could not be made (the exception); the list is read
            again from the archive.
    """

    changed = Signal(object)
    failed = Signal(object)

    def __init__(self, archive: Archive, tasks: TaskQueue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._tasks = tasks
        self._roots: list[str] = []

    def load(self) -> list[str]:
        """Read the folders from the archive (once, at start: a quick read)."""
        self._roots = self._archive.roots()
        return self.roots()

    def roots(self) -> list[str]:
        return list(self._roots)

    def is_sample(self) -> bool:
        """Whether the one folder is the bundled sample archive."""
        return len(self._roots) == 1 and same_path(self._roots[0], str(sample_archive_dir()))

    def add(self, folders: Sequence[str], then: Callable[[], object]) -> None:
        """Make ``folders`` archive folders; the sample archive makes room for them."""
        gone = self.roots() if self.is_sample() else []
        kept = [r for r in self._roots if r not in gone]
        fresh = [f for f in folders if not any(same_path(f, r) for r in kept)]
        self.change(fresh, gone, then)

    def change(
        self, added: Sequence[str], removed: Sequence[str], then: Callable[[], object]
    ) -> None:
        """Remove ``removed`` and add ``added``; ``then`` runs once the archive has it."""
        roots = [r for r in self._roots if r not in removed]
        roots += [p for p in map(os.path.abspath, added) if p not in roots]
        self._set(roots)
        archive = self._archive
        removing, adding = list(removed), list(added)

        def work() -> list[str]:
            for root in removing:
                archive.remove_root(root)
            for root in adding:
                archive.add_root(root)
            return archive.roots()

        def done(stored: object) -> None:
            assert isinstance(stored, list)
            self._set(stored)
            then()

        self._tasks.run(work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(error)

        def known(stored: object) -> None:
            assert isinstance(stored, list)
            self._set(stored)

        self._tasks.run(self._archive.roots, known, self.failed.emit)

    def _set(self, roots: list[str]) -> None:
        self._roots = list(roots)
        self.changed.emit(self.roots())
