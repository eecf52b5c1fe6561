"""The indexing status in the status bar: what a run is doing and how long it has left, its
Cancel button, and the button to the files that could not be indexed."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStyle, QToolButton, QWidget

from vtviewer.core.model import Progress
from vtviewer.gui.messages import fill

#: No time-left estimate before this many seconds, or this share of the files, passed.
ESTIMATE_AFTER_S = 2.0
ESTIMATE_AFTER_SHARE = 0.05


class IndexingStatus(QWidget):
    """Progress of the indexing run (a label, a bar, Cancel) and the problems count.

    Hidden while there is nothing to say: no run, no problem.

    Signals:
        cancel_requested(): the user pressed Cancel.
        problems_requested(): the user asked to see the problems.
    """

    cancel_requested = Signal()
    problems_requested = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexingStatus")
        self._locale = locale
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Indexing progress"))
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel indexing"))
        # Files that could not be indexed are never among the results: this button is
        # how people find them, so it looks like a button, with a warning sign.
        self.problems_button = QToolButton()
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setAccessibleName(self.tr("Show problems"))
        self.problems_button.setToolTip(
            self.tr("Files that could not be indexed: see why, open or retry them")
        )
        self.problems_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self.problems_button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)  # as between the status bar's own items
        for widget in self._run_widgets():
            layout.addWidget(widget)
            widget.hide()
        layout.addWidget(self.problems_button)
        self.problems_button.hide()
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.problems_button.clicked.connect(self.problems_requested)
        # The status bar is as tall as its tallest item, shown or not: keep the height the
        # buttons would need, so the bar does not change height when they appear.
        parts = (*self._run_widgets(), self.problems_button)
        self.setMinimumHeight(max(w.minimumSizeHint().height() for w in parts))
        self._fit()

    def set_locale(self, locale: QLocale) -> None:
        """The locale numbers are written in."""
        self._locale = locale

    # --- a run -----------------------------------------------------------------------------

    def run_started(self) -> None:
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Looking for files…"))
        self.progress_label.setToolTip("")
        for widget in self._run_widgets():
            widget.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setToolTip("")
        self._fit()

    def show_progress(self, progress: Progress) -> None:
        if progress.phase == "finishing":
            # The last commits (store and full-text index) take a moment: say so, and
            # grey out Cancel, which can no longer make it end sooner.
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Finishing…"))
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(self.tr("Saving what was read; almost done"))
        elif progress.phase == "recognising" and progress.total > 0:
            # The OCR pass counts pages, not files.
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(progress.done)
            number = self._locale.toString
            self.progress_label.setText(
                fill(
                    self.tr("Recognising text: page %1 of %2"),
                    number(progress.done),
                    number(progress.total),
                )
            )
            if progress.current:
                self.progress_label.setToolTip(progress.current)
        elif progress.phase == "scanning" or progress.total <= 0:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Looking for files…"))
        elif progress.phase == "indexing":
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(progress.done)
            number = self._locale.toString
            text = fill(
                self.tr("Indexing %1 of %2 files"), number(progress.done), number(progress.total)
            )
            if progress.pages_per_second > 0:
                text += " · " + fill(
                    self.tr("%1 pages/s"), number(round(progress.pages_per_second))
                )
            left = progress.seconds_left
            # The first files say little about the rest (start-up, one big file first):
            # no estimate until a little time or a few percent of the files have passed.
            settled = (
                progress.elapsed >= ESTIMATE_AFTER_S
                or progress.done >= ESTIMATE_AFTER_SHARE * progress.total
            )
            if settled and left is not None and left > 0:
                text += " · " + self.time_left(left)
            self.progress_label.setText(text)
            if progress.current:
                self.progress_label.setToolTip(progress.current)

    def run_ended(self) -> None:
        for widget in self._run_widgets():
            widget.hide()
        self._fit()

    def time_left(self, seconds: float) -> str:
        if seconds < 60:
            return fill(self.tr("about %1 s left"), self._locale.toString(max(1, round(seconds))))
        return fill(self.tr("about %1 min left"), self._locale.toString(round(seconds / 60)))

    # --- problems ------------------------------------------------------------------------

    def show_problem_count(self, count: int) -> None:
        self.problems_button.setText(self.tr("%Ln problem(s)", "", count))
        self.problems_button.setVisible(count > 0)
        self._fit()

    # --- internals -----------------------------------------------------------------------

    def _run_widgets(self) -> tuple[QWidget, ...]:
        return (self.progress_label, self.progress_bar, self.cancel_button)

    def _fit(self) -> None:
        # With nothing to show, no empty slot (and spacing) in the status bar.
        parts = (*self._run_widgets(), self.problems_button)
        self.setVisible(any(not w.isHidden() for w in parts))
