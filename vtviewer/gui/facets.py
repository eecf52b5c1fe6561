"""The left pane: facet values with counts as checkable filters, and the saved searches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from vtviewer.core.model import Facets
from vtviewer.core.saved import SavedSearch
from vtviewer.gui.results_model import doc_type_label

FACET_NAMES: tuple[str, ...] = ("type", "year", "organisation", "contact", "tag")
#: Role holding a value's facet name (on children) and raw value.
FacetRole = Qt.ItemDataRole.UserRole + 1
ValueRole = Qt.ItemDataRole.UserRole + 2
#: At most this many values per facet: a long tail helps nobody in a side pane.
MAX_VALUES = 30


def facet_title(name: str) -> str:
    titles = {
        "type": QCoreApplication.translate("FacetsModel", "Type"),
        "year": QCoreApplication.translate("FacetsModel", "Year"),
        "organisation": QCoreApplication.translate("FacetsModel", "Organisation"),
        "contact": QCoreApplication.translate("FacetsModel", "Contact"),
        "tag": QCoreApplication.translate("FacetsModel", "Tag"),
    }
    return titles.get(name, name)


class FacetsModel(QStandardItemModel):
    """Two levels: facet names, and under each its values "value (count)", checkable.

    Checked values survive refreshes even when their count drops to zero, so a filter
    never vanishes from under the user.

    Signals:
        filters_changed(): the user checked or unchecked a value.
    """

    filters_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked: dict[str, set[str]] = {name: set() for name in FACET_NAMES}
        self._updating = False
        for name in FACET_NAMES:
            top = QStandardItem(facet_title(name))
            top.setEditable(False)
            top.setSelectable(False)
            top.setData(name, FacetRole)
            # One child column from the start: otherwise the first appendRows also inserts
            # a column in the middle of inserting rows, which views (and the tester) reject.
            top.setColumnCount(1)
            self.appendRow(top)
        self.itemChanged.connect(self._on_item_changed)

    def filters(self) -> dict[str, list[str]]:
        return {name: sorted(values) for name, values in self._checked.items() if values}

    def set_filters(self, filters: Mapping[str, Sequence[str]]) -> None:
        """Tick these values (and only these) without telling ``filters_changed``."""
        self._checked = {name: set(filters.get(name, ())) for name in FACET_NAMES}
        self._updating = True
        try:
            for row, name in enumerate(FACET_NAMES):
                top = self.item(row)
                for child_row in range(top.rowCount()):
                    child = top.child(child_row)
                    on = str(child.data(ValueRole)) in self._checked[name]
                    child.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._updating = False

    def clear_filters(self) -> None:
        self._checked = {name: set() for name in FACET_NAMES}
        self._updating = True
        try:
            for row in range(self.rowCount()):
                top = self.item(row)
                for child_row in range(top.rowCount()):
                    top.child(child_row).setCheckState(Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        self.filters_changed.emit()

    def facet_index(self, name: str) -> QModelIndex:
        return self.index(FACET_NAMES.index(name), 0)

    def update_counts(self, facets: Facets) -> None:
        """Replace the values under each facet with the counts of the latest search."""
        self._updating = True
        try:
            for row, name in enumerate(FACET_NAMES):
                top = self.item(row)
                counts = list(facets.counts.get(name, ()))[:MAX_VALUES]
                present = {value for value, _ in counts}
                counts += [(value, 0) for value in sorted(self._checked[name] - present)]
                if top.rowCount():
                    top.removeRows(0, top.rowCount())
                items = []
                for value, count in counts:
                    label = doc_type_label(value) if name == "type" else value
                    item = QStandardItem(f"{label} ({count})")
                    item.setEditable(False)
                    item.setCheckable(True)
                    item.setData(name, FacetRole)
                    item.setData(value, ValueRole)
                    checked = value in self._checked[name]
                    item.setCheckState(
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
                    item.setToolTip(label)
                    items.append(item)
                if items:
                    top.appendRows(items)
                top.setEnabled(bool(items))
        finally:
            self._updating = False

    def _on_item_changed(self, item: QStandardItem) -> None:
        if self._updating or not item.isCheckable():
            return
        name = str(item.data(FacetRole))
        value = str(item.data(ValueRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._checked[name].add(value)
        else:
            self._checked[name].discard(value)
        self.filters_changed.emit()


class SavedSearchesModel(QStandardItemModel):
    """Saved searches: the name shown, the query in QueryRole and the tooltip (with the
    filters), the whole SavedSearch in SearchRole."""

    QueryRole = Qt.ItemDataRole.UserRole + 1
    SearchRole = Qt.ItemDataRole.UserRole + 2

    def set_searches(self, searches: Sequence[SavedSearch]) -> None:
        self.clear()
        for search in searches:
            item = QStandardItem(search.name)
            item.setEditable(False)
            item.setData(search.query, self.QueryRole)
            item.setData(search, self.SearchRole)
            lines = [search.query] if search.query else []
            for name, values in search.filters.items():
                lines.append(f"{facet_title(name)}: {', '.join(values)}")
            item.setToolTip("\n".join(lines))
            self.appendRow(item)
