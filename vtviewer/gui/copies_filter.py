"""The filter "Found in several places": only the documents whose content is found in
more than one place (core.copies), with their count."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from vtviewer.core.copies import SEVERAL
from vtviewer.core.model import Facets

#: The filter's name, as the search takes it.
NAME = "copies"


class SeveralPlacesBox(QCheckBox):
    """A check box for the filter ``copies=several``.

    Signals:
        changed(): the user ticked or unticked it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("severalPlaces")
        self.setAccessibleName(self.tr("Found in several places"))
        self.setToolTip(self.tr("Only documents whose file is found in more than one place"))
        self._count = 0
        self._show_count()
        self.clicked.connect(lambda _on: self.changed.emit())

    def filters(self) -> dict[str, list[str]]:
        return {NAME: [SEVERAL]} if self.isChecked() else {}

    def set_filters(self, filters: Mapping[str, Sequence[str]]) -> None:
        """Tick it when ``filters`` ask for it, without telling ``changed``."""
        self.setChecked(SEVERAL in filters.get(NAME, ()))

    def update_count(self, facets: Facets) -> None:
        self._count = dict(facets.counts.get(NAME, ())).get(SEVERAL, 0)
        self._show_count()

    def _show_count(self) -> None:
        label = self.tr("Found in several places")
        self.setText(f"{label} ({self._count})")
        # Nothing to filter for: greyed, unless ticked (it can always be unticked).
        self.setEnabled(self._count > 0 or self.isChecked())
