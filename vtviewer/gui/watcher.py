"""Notices files added, changed or removed under the archive folders while the app runs."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

from PySide6.QtCore import QFileSystemWatcher, QObject, QThreadPool, QTimer, Signal

from vtviewer.gui.tasks import run_task

log = logging.getLogger(__name__)

#: inotify watches are a limited system resource: watch at most this many folders.
MAX_WATCHED = 2000
DEBOUNCE_MS = 2000
#: Where watching is unreliable (network shares, full watch budget) a rescan still comes.
POLL_MS = 5 * 60 * 1000


def list_folders(roots: Sequence[str], limit: int = MAX_WATCHED) -> list[str]:
    """The roots and their subfolders, breadth first, at most ``limit``."""
    found: list[str] = []
    queue = [r for r in roots if os.path.isdir(r)]
    while queue and len(found) < limit:
        folder = queue.pop(0)
        found.append(folder)
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
                        queue.append(entry.path)
        except OSError:
            continue
    return found[:limit]


class FolderWatcher(QObject):
    """Watches folders (bounded), debounces bursts, and polls every few minutes.

    Signals:
        changed(): something may have changed; run an incremental index.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_change)
        self._watcher.fileChanged.connect(self._on_change)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._fire)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.changed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._roots: list[str] = []

    def set_debounce(self, msecs: int) -> None:
        self._debounce.setInterval(msecs)

    def watched(self) -> list[str]:
        return self._watcher.directories()

    def set_roots(self, roots: Sequence[str]) -> None:
        """Watch these roots; listing their subfolders happens off the GUI thread."""
        self._roots = list(roots)
        old = self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        self._poll.start()
        if not roots:
            return
        wanted = list(roots)
        run_task(self._pool, lambda: list_folders(wanted), self._add_folders, None, self)

    def _add_folders(self, folders: object) -> None:
        assert isinstance(folders, list)
        current = set(self._watcher.directories())
        fresh = [f for f in folders if f not in current]
        if fresh:
            failed = self._watcher.addPaths(fresh)
            if failed:
                log.info("not watching %d folders; the periodic rescan covers them", len(failed))

    def _on_change(self, _path: str) -> None:
        self._debounce.start()

    def _fire(self) -> None:
        self.changed.emit()
        # New subfolders may have appeared: watch them too.
        if self._roots:
            wanted = list(self._roots)
            run_task(self._pool, lambda: list_folders(wanted), self._add_folders, None, self)

    def stop(self) -> None:
        self._debounce.stop()
        self._poll.stop()
        self._pool.waitForDone(2000)
