"""The data folder's state in the window: a banner that says what is wrong and what vtviewer
does about it, and the rebuild of a damaged index."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from vtviewer.core.archive import Archive
from vtviewer.core.health import Damage, DataFolderError, IndexDamagedError
from vtviewer.core.model import IndexSummary
from vtviewer.gui.messages import fill
from vtviewer.gui.tasks import Indexer

#: Notice kinds, most serious last: a newer notice of a lower rank does not hide one shown.
_RANKS = {"rebuilt": 0, "read-only": 1, "folder": 2, "damaged": 3}


class ArchiveNotice(QFrame):
    """One line (wrapped when needed) about the state of the data folder, with the action
    that helps, if there is one: a damaged index being rebuilt, a read-only data folder, a
    full disk or missing permissions.

    Signals:
        retry_requested(): the user asked to index again (after freeing space).
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveNotice")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.kind = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setObjectName("archiveNoticeText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self.retry_requested)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.hide()

    # --- what to say ---------------------------------------------------------------------

    def show_damage(self, damage: Damage, folder: Path) -> None:
        """The index is damaged and is being rebuilt (the caller starts the rebuild)."""
        if damage.part == "database":
            text = self.tr(
                "The index in %1 is damaged (%2). vtviewer has set it aside and is "
                "rebuilding it from your files; your folders and saved searches are kept."
            )
        else:
            text = self.tr(
                "The search index in %1 is damaged (%2). vtviewer has set it aside and is "
                "rebuilding it from the stored text; your folders and saved searches are kept."
            )
        self._show("damaged", fill(text, str(folder), damage.detail), "")

    def show_rebuilt(self, documents: int) -> None:
        """The rebuild finished."""
        text = self.tr("The index was rebuilt: %Ln document(s).", "", documents)
        self._show("rebuilt", text, "", force=True)

    def show_read_only(self, folder: Path) -> None:
        text = self.tr(
            "The data folder %1 is read-only: you can search and read the archive, but "
            "vtviewer cannot index it or keep changes."
        )
        self._show("read-only", fill(text, str(folder)), "")

    def show_folder_error(self, error: DataFolderError) -> None:
        """Indexing stopped because the data folder cannot be written."""
        if error.kind == "disk-full":
            text = fill(
                self.tr(
                    "The disk of the data folder %1 is full. Free some space and index "
                    "again; what was indexed so far is kept."
                ),
                str(error.folder),
            )
        elif error.kind == "read-only":
            self.show_read_only(error.folder)
            return
        else:
            text = fill(
                self.tr(
                    "vtviewer may not write in the data folder %1 (%2). Fix its "
                    "permissions and index again; what was indexed so far is kept."
                ),
                str(error.folder),
                error.detail,
            )
        self._show("folder", text, self.tr("Index again"))

    def clear(self) -> None:
        self.kind = ""
        self.hide()

    # --- internals -----------------------------------------------------------------------

    def _show(self, kind: str, text: str, action: str, force: bool = False) -> None:
        if not force and self.isVisible() and _RANKS.get(self.kind, 0) > _RANKS[kind]:
            return
        self.kind = kind
        serious = kind in ("damaged", "folder")
        # Warm for what needs the user, quiet for what is only information.
        border = "#c0392b" if serious else "palette(mid)"
        self.setStyleSheet(
            "QFrame#archiveNotice { background: palette(alternate-base);"
            f" border: 1px solid {border}; border-left: 4px solid {border};"
            " border-radius: 4px; }"
        )
        self.label.setText(text)
        self.setAccessibleName(text)
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))
        self.close_button.setVisible(kind != "read-only")
        self.show()


class ArchiveHealth(QObject):
    """Decides what the window does when the data folder is read-only, full or damaged:
    it tells the user (through an ArchiveNotice) and rebuilds a damaged index with the
    window's indexer, so the progress shows in the status bar as for any run.

    Signals:
        rebuild_started(): a rebuild is about to replace the index; searches wait.
        index_requested(): the user asked to index again (after freeing space).
    """

    rebuild_started = Signal()
    index_requested = Signal()

    def __init__(
        self, archive: Archive, indexer: Indexer, notice: ArchiveNotice, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._indexer = indexer
        self.notice = notice
        self._rebuild_pending = False
        self.rebuilding = False
        notice.retry_requested.connect(self.index_requested)

    @property
    def folder(self) -> Path:
        return self._archive.paths.root

    def check(self) -> None:
        """At start: say what is wrong with the data folder and start what helps."""
        if self._archive.read_only:
            self.notice.show_read_only(self.folder)
        damage = self._archive.damage
        if damage is not None:
            self.damaged(damage)

    def may_write(self) -> bool:
        """False (and said so) when the data folder is read-only."""
        if self._archive.read_only:
            self.notice.show_read_only(self.folder)
            return False
        return True

    def handle(self, error: object) -> bool:
        """Deal with an error of a search or an indexing run; False when it is none of
        the data folder's (the caller shows it as it is)."""
        if isinstance(error, IndexDamagedError):
            self.damaged(error.damage)
            return True
        if isinstance(error, DataFolderError):
            self.notice.show_folder_error(error)
            return True
        return False

    def damaged(self, damage: Damage) -> None:
        """Say so and rebuild (once: a second failure while rebuilding changes nothing)."""
        if self._archive.read_only:
            # Nothing can be rebuilt here; the user reads what still reads.
            self.notice.show_read_only(self.folder)
            return
        self.notice.show_damage(damage, self.folder)
        if self.rebuilding or self._rebuild_pending:
            return
        if self._indexer.is_running():
            self._rebuild_pending = True  # right after the current run (see index_done)
            self._indexer.cancel()
            return
        self._start()

    def index_done(self, summary: IndexSummary | None) -> bool:
        """A run ended (None: it failed); True when this starts a rebuild in its place."""
        was_rebuild, self.rebuilding = self.rebuilding, False
        if was_rebuild and summary is not None and not summary.cancelled:
            self.notice.show_rebuilt(summary.added + summary.updated + summary.unchanged)
        if self._rebuild_pending:
            self._rebuild_pending = False
            self._start()
            return True
        return False

    def _start(self) -> None:
        self.rebuilding = True
        self.rebuild_started.emit()
        if not self._indexer.rebuild():
            self.rebuilding = False
