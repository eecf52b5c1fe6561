"""The left pane: the facet filters with their counts, and the saved searches."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.archive import Archive
from vtviewer.core.model import Facets
from vtviewer.core.saved import SavedSearch
from vtviewer.gui.copies_filter import SeveralPlacesBox
from vtviewer.gui.facets import FacetsModel, SavedSearchesModel
from vtviewer.gui.messages import fill
from vtviewer.gui.tasks import TaskQueue
from vtviewer.gui.timeline import TimelineWidget, range_years


def caption(text: str) -> QLabel:
    """A bold heading over a part of the window."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class FiltersPane(QWidget):
    """Facets to narrow the results (type, year, organisation, contact, tag) and the saved
    searches: run one with a click, save the current search, delete one. The saved
    searches are read and written on the window's task queue, never on the GUI thread.

    Signals:
        filters_changed(object): the chosen filters changed (name -> values).
        saved_chosen(object): the user picked a saved search (a SavedSearch).
        save_requested(): the user asked to save the current search.
        status_message(str): something to say in the status bar.
        failed(object): reading or writing the saved searches raised this exception.
    """

    filters_changed = Signal(object)
    saved_chosen = Signal(object)
    save_requested = Signal()
    status_message = Signal(str)
    failed = Signal(object)

    def __init__(self, archive: Archive, tasks: TaskQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._tasks = tasks
        self.setObjectName("leftPane")

        self.facets_model = FacetsModel(self)
        self.facets_view = QTreeView()
        self.facets_view.setObjectName("facets")
        self.facets_view.setModel(self.facets_model)
        self.facets_view.setHeaderHidden(True)
        self.facets_view.setAccessibleName(self.tr("Filters"))
        self.facets_view.setUniformRowHeights(True)
        self.facets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.facets_view.expand(self.facets_model.facet_index("type"))
        self.several_places = SeveralPlacesBox()
        # The timeline above shows the years; their check boxes stay one click away.
        self.timeline = TimelineWidget()
        self.timeline_chip = QToolButton()
        self.timeline_chip.setObjectName("timelineChip")
        self.timeline_chip.setAutoRaise(True)
        self.timeline_chip.setVisible(False)
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.clear_filters_button.setAutoRaise(True)
        self.clear_filters_button.setEnabled(False)
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))

        self.saved_model = SavedSearchesModel(self)
        self.saved_view = QListView()
        self.saved_view.setObjectName("savedSearches")
        self.saved_view.setModel(self.saved_model)
        self.saved_view.setAccessibleName(self.tr("Saved searches"))
        self.saved_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.saved_view.setUniformItemSizes(True)
        # Saved searches are a short list: as tall as its rows (a few at most, then it
        # scrolls), so the filters keep the height on a small screen.
        self.saved_toggle = QToolButton()
        self.saved_toggle.setObjectName("savedToggle")
        # A disclosure header, not a push button: no sunken look while it is open.
        self.saved_toggle.setStyleSheet(
            "QToolButton#savedToggle { border: none; background: transparent; padding: 2px 0; }"
        )
        self.saved_toggle.setText(self.tr("Saved searches"))
        self.saved_toggle.setAccessibleName(self.tr("Show or hide the saved searches"))
        self.saved_toggle.setCheckable(True)
        self.saved_toggle.setChecked(True)
        self.saved_toggle.setAutoRaise(True)
        self.saved_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.saved_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle_font = self.saved_toggle.font()
        toggle_font.setBold(True)
        self.saved_toggle.setFont(toggle_font)
        self.save_search_button = QToolButton()
        self.save_search_button.setText(self.tr("Save…"))
        self.save_search_button.setToolTip(self.tr("Save the current search"))
        self.save_search_button.setAccessibleName(self.tr("Save the current search"))
        self.delete_search_button = QToolButton()
        self.delete_search_button.setText(self.tr("Delete"))
        self.delete_search_button.setToolTip(self.tr("Delete the selected saved search"))
        self.delete_search_button.setAccessibleName(self.tr("Delete the selected saved search"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(4)
        filters_row = QHBoxLayout()
        filters_row.addWidget(caption(self.tr("Filters")))
        filters_row.addStretch(1)
        filters_row.addWidget(self.clear_filters_button)
        layout.addLayout(filters_row)
        layout.addWidget(self.several_places)
        layout.addWidget(self.timeline)
        layout.addWidget(self.timeline_chip, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.facets_view, 1)
        # The buttons go under the list, not beside the caption: one row holding all
        # three made the left pane too wide to shrink on a small screen.
        layout.addWidget(self.saved_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saved_view, 0)
        saved_buttons = QHBoxLayout()
        saved_buttons.setSpacing(4)
        saved_buttons.addWidget(self.save_search_button)
        saved_buttons.addWidget(self.delete_search_button)
        saved_buttons.addStretch(1)
        layout.addLayout(saved_buttons)

        self.facets_model.filters_changed.connect(self._filters_changed)
        self.several_places.changed.connect(self._filters_changed)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.timeline.range_chosen.connect(self._choose_years)
        self.timeline.cleared.connect(lambda: self._set_years([]))
        self.timeline_chip.clicked.connect(lambda: self._set_years([]))
        self.saved_toggle.toggled.connect(self._toggle_saved)
        self.saved_view.activated.connect(self._run_saved)
        self.saved_view.clicked.connect(self._run_saved)
        self.save_search_button.clicked.connect(self.save_requested)
        self.delete_search_button.clicked.connect(self.delete_selected_search)
        self.saved_model.modelReset.connect(self._fit_saved_view)
        self.saved_model.rowsInserted.connect(self._fit_saved_view)
        self.saved_model.rowsRemoved.connect(self._fit_saved_view)

    # --- filters -----------------------------------------------------------------------

    def filters(self) -> dict[str, list[str]]:
        return {**self.facets_model.filters(), **self.several_places.filters()}

    def clear_filters(self) -> None:
        self.several_places.setChecked(False)
        self.facets_model.clear_filters()  # tells filters_changed

    def set_filters(self, filters: Mapping[str, Sequence[str]]) -> None:
        """Tick these values (a saved search's) without telling ``filters_changed``."""
        self.facets_model.set_filters(filters)
        self.several_places.set_filters(filters)
        self.clear_filters_button.setEnabled(bool(self.filters()))
        self._show_years()

    def update_counts(self, facets: Facets) -> None:
        self.facets_model.update_counts(facets)
        self.several_places.update_count(facets)
        self.timeline.set_counts(facets.counts.get("year", ()))

    def _filters_changed(self) -> None:
        filters = self.filters()
        self.clear_filters_button.setEnabled(bool(filters))
        self._show_years()
        self.filters_changed.emit(filters)

    def _choose_years(self, first: int, last: int) -> None:
        """The timeline's range as the year filter: what ``year:first..last`` finds."""
        self._set_years(range_years(first, last))

    def _set_years(self, years: Sequence[str]) -> None:
        filters: dict[str, Sequence[str]] = dict(self.facets_model.filters())
        filters["year"] = list(years)
        self.facets_model.set_filters(filters)
        self._filters_changed()

    def _show_years(self) -> None:
        years = [int(y) for y in self.facets_model.filters().get("year", ()) if y.isdigit()]
        self.timeline.set_selected_years(years)
        summary = self.timeline.summary()
        self.timeline_chip.setVisible(bool(summary))
        self.timeline_chip.setText(fill(self.tr("Years %1  ✕"), summary))
        self.timeline_chip.setToolTip(self.tr("Remove the year filter"))
        self.timeline_chip.setAccessibleName(fill(self.tr("Remove the year filter %1"), summary))

    # --- saved searches ----------------------------------------------------------------

    def load_saved_searches(self) -> None:
        """Read the saved searches (in the background) and list them."""
        archive = self._archive
        self._tasks.run(
            archive.saved_search_entries, self.saved_model.set_searches, self.failed.emit
        )

    def save_search(
        self,
        query: str,
        name: str | None = None,
        filters: Mapping[str, Sequence[str]] | None = None,
        sort: str = "",
        descending: bool = False,
    ) -> None:
        """Save ``query`` with the ticked ``filters`` and the ``sort`` (a results column,
        "" for relevance) under ``name``; without a name, ask the user for one."""
        filters = {k: list(v) for k, v in (filters or {}).items() if v}
        if not query and not filters:
            self.status_message.emit(self.tr("Type a search first, then save it."))
            return
        if name is None:
            dialog = QInputDialog(self)
            dialog.setWindowTitle(self.tr("Save search"))
            dialog.setLabelText(self.tr("Name:"))
            dialog.setTextValue(query)
            # PySide6 ships no Norwegian qtbase translation: name the buttons ourselves.
            dialog.setOkButtonText(self.tr("Save"))
            dialog.setCancelButtonText(self.tr("Cancel"))
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return
            name = dialog.textValue()
        name = name.strip()
        if name:
            archive = self._archive
            chosen = name
            self._write(lambda: archive.save_search(chosen, query, filters, sort, descending))

    def delete_selected_search(self) -> None:
        index = self.saved_view.currentIndex()
        if index.isValid():
            archive = self._archive
            name = str(index.data())
            self._write(lambda: archive.delete_saved_search(name))

    def set_read_only(self, reason: str) -> None:
        """Nothing can be saved or deleted: grey the buttons out and say why."""
        for button in (self.save_search_button, self.delete_search_button):
            button.setEnabled(False)
            button.setToolTip(reason)

    def focus_chain(self) -> Sequence[QWidget]:
        """The pane's widgets in the order Tab visits them."""
        return (
            self.clear_filters_button,
            self.timeline,
            self.timeline_chip,
            self.facets_view,
            self.saved_toggle,
            self.saved_view,
            self.save_search_button,
            self.delete_search_button,
        )

    def _write(self, change: Callable[[], None]) -> None:
        archive = self._archive

        def write() -> list[SavedSearch]:
            change()
            return archive.saved_search_entries()

        self._tasks.run(write, self.saved_model.set_searches, self.failed.emit)

    def _toggle_saved(self, shown: bool) -> None:
        self.saved_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._fit_saved_view()

    def _fit_saved_view(self) -> None:
        # No empty box: with nothing saved yet only "Save…" shows.
        shown = self.saved_toggle.isChecked() and self.saved_model.rowCount() > 0
        self.saved_view.setVisible(shown)
        self.delete_search_button.setVisible(shown)
        rows = max(1, min(self.saved_model.rowCount(), 5))
        height = self.saved_view.sizeHintForRow(0) if self.saved_model.rowCount() else 0
        height = max(height, self.saved_view.fontMetrics().height() + 6)
        frame = 2 * self.saved_view.frameWidth()
        self.saved_view.setFixedHeight(rows * height + frame + 2)

    def _run_saved(self, index: QModelIndex) -> None:
        search = index.data(SavedSearchesModel.SearchRole)
        if isinstance(search, SavedSearch):
            self.saved_chosen.emit(search)
