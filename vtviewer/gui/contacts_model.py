"""The Contacts view's item models: the people (with a filter that folds Norwegian letters,
so "bjorn" finds Bjørn) and the documents of the chosen person."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from vtviewer.core.contacts import fold
from vtviewer.core.directory import Person
from vtviewer.core.model import Document

_AnyIndex = QModelIndex | QPersistentModelIndex

#: What the proxy sorts by: folded text, or the number of documents.
SortRole = Qt.ItemDataRole.UserRole + 1
#: The row's Person (PeopleModel) or Document (PersonDocumentsModel).
ItemRole = Qt.ItemDataRole.UserRole + 2
#: Everything of a person a search looks at, folded.
SearchRole = Qt.ItemDataRole.UserRole + 3

NAME, ROLE, ORGANISATION, PHONE, EMAIL, DOCUMENTS = range(6)


class PeopleModel(QAbstractTableModel):
    """One row per person: name, role, organisation, phone, e-mail, documents. A person
    with several values of a field shows the most frequent, and all in the tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._locale = QLocale()
        self._headers = (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Organisation"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Documents"),
        )

    def set_locale(self, locale: QLocale) -> None:
        self._locale = locale

    def set_people(self, people: Sequence[Person]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person(self, row: int) -> Person | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == DOCUMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _values(self, person: Person, column: int) -> tuple[str, ...]:
        return (
            person.names,
            person.roles,
            person.organisations,
            person.phones,
            person.emails,
        )[column]

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == ItemRole:
            return person
        if role == SearchRole:
            parts = (*person.names, *person.roles, *person.organisations)
            return fold(" ".join((*parts, *person.phones, *person.emails)))
        if column == DOCUMENTS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._locale.toString(person.documents)
            if role == SortRole:
                return person.documents
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        values = self._values(person, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME and not values:
                return person.email or person.phone
            return values[0] if values else ""
        if role == SortRole:
            return fold(values[0]) if values else ""
        if role == Qt.ItemDataRole.ToolTipRole and len(values) > 1:
            return "\n".join(values)
        return None


class PeopleFilter(QSortFilterProxyModel):
    """The people whose names, roles, organisations, phones or e-mail addresses hold
    every word typed, folded alike ("bjorn" finds Bjørn); sorted by ``SortRole``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_query(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = model.index(source_row, 0, source_parent).data(SearchRole)
        return isinstance(text, str) and all(word in text for word in self._words)


class PersonDocumentsModel(QAbstractTableModel):
    """The documents of one person: title and file name, the path in the tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: list[Document] = []
        self._headers = (self.tr("Title"), self.tr("File"))

    def set_documents(self, documents: Sequence[Document]) -> None:
        self.beginResetModel()
        self._documents = sorted(documents, key=lambda d: (fold(_title(d)), d.id))
        self.endResetModel()

    def document(self, row: int) -> Document | None:
        return self._documents[row] if 0 <= row < len(self._documents) else None

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._documents):
            return None
        doc = self._documents[index.row()]
        if role == ItemRole:
            return doc
        if role == Qt.ItemDataRole.DisplayRole:
            return _title(doc) if index.column() == 0 else doc.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return doc.name if index.column() == 0 else doc.path
        return None


def _title(doc: Document) -> str:
    return doc.meta.title or doc.name
