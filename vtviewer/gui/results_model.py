"""The table of search results (or of all documents when browsing), loaded page by page."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from vtviewer.core.attachments import under_others
from vtviewer.core.doctypes import LABELS
from vtviewer.core.model import Document, Hit
from vtviewer.core.text import decode_name
from vtviewer.gui.overlay_mark import overlay_mark
from vtviewer.gui.result_links import accessible_description, accessible_text, linked_pages

#: Role of the best snippet's HTML, and of the page links' HTML, for the title column.
SnippetRole = Qt.ItemDataRole.UserRole + 1
PagesRole = Qt.ItemDataRole.UserRole + 3
#: Role of the Hit behind a row.
HitRole = Qt.ItemDataRole.UserRole + 2
#: Role of the mark the title column's delegate draws before the title: SHUT or OPEN for
#: a hit with attachments, UNDER for an attachment's row, "" for the others.
BranchRole = Qt.ItemDataRole.UserRole + 4

COLUMNS: tuple[str, ...] = ("title", "type", "period", "organisation", "pages", "modified")
#: The engine's sort key of each column: every column sorts all the matches, not only the
#: rows loaded (core.search.SORTS).
ENGINE_SORT: dict[str, str] = {name: name for name in COLUMNS}

_AnyIndex = QModelIndex | QPersistentModelIndex
#: A row: the document id of its hit, and which of that hit's attachments (-1: the hit).
_RowKey = tuple[int, int]
#: Before a title: a hit with attachments, shut and open; an attachment under its hit.
SHUT, OPEN, UNDER = "\u25b8 ", "\u25be ", "\u2003\u21b3 "


def doc_type_label(doc_type: str) -> str:
    """A document type as the user reads it, in the UI language."""
    label = LABELS.get(doc_type)
    # The labels are translated in the "DocType" context (resources/translations).
    return QCoreApplication.translate("DocType", label) if label else doc_type


def date_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(iso: str, locale: QLocale) -> str:
    """An ISO date (YYYY-MM-DD) in the locale's format; the text itself when unparsable."""
    if not iso:
        return ""
    try:
        parsed = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return locale.toString(QDate(parsed.year, parsed.month, parsed.day), date_format(locale))


def file_date(mtime: float) -> str:
    """A file's modification time as an ISO date in local time; "" when unknown."""
    if mtime <= 0:
        return ""
    try:
        return datetime.fromtimestamp(mtime).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return ""


def snippet_html(hit: Hit) -> str:
    """The best page's snippet as HTML for the snippet delegate, the matched words in
    bold; for a hit that matched no page text, where it matched instead, so the row does
    not show an empty line."""
    if hit.pages:
        snippet = hit.pages[0].snippet.marked("<b>", "</b>", html.escape)
        if hit.pages[0].recognised:
            # OCR's reading of a scan: say so, its words may be misread.
            said = QCoreApplication.translate("ResultsModel", "Recognised text:")
            snippet = f"<i>{html.escape(said)}</i> {snippet}"
        return snippet
    hint = QCoreApplication.translate(
        "ResultsModel", "Match in the document’s details (contact, title, tags…)"
    )
    return f"<i>{html.escape(hint)}</i>"


def pages_html(hit: Hit) -> str:
    """Links to the pages that matched ("Pages: 3, 7"), "" when none."""
    if not hit.pages:
        return ""
    links = ", ".join(
        f'<a href="page:{p.page}">{html.escape(p.label or str(p.page))}</a>'
        for p in linked_pages(hit)
    )
    word = QCoreApplication.translate("ResultsModel", "Pages:")
    return f"{word} {links}"


class ResultsModel(QAbstractTableModel):
    """Rows are Hits. Sorting by a column asks the window to search again, in that order.

    A hit with attachments (core.attachments) can be expanded: its attachments' rows
    follow it, and a hit that is an attachment of another loaded hit is listed there,
    not on its own. Paging counts the engine's hits, rows or no rows.

    Signals:
        sort_requested(str, bool): engine sort key and descending; the window re-runs the
            search with them. An empty key means relevance.
        more_requested(int): the view scrolled to the end; load rows from this offset.
    """

    sort_requested = Signal(str, bool)
    more_requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        #: The loaded hits by document id (the first of an id), for ``_hit_of``.
        self._by_id: dict[int, Hit] = {}
        #: The snippet and page-link HTML of the hits drawn, by (document id, role): a
        #: view asks for them on every paint.
        self._html: dict[tuple[int, int], str] = {}
        #: What each row shows (see _RowKey); the documents expanded, by id.
        self._rows: list[_RowKey] = []
        self._expanded: set[int] = set()
        self._total = 0
        self._with_snippets = False
        self._loading_more = False
        self._locale = QLocale()
        self._headers = (
            self.tr("Title"),
            self.tr("Type"),
            self.tr("Period"),
            self.tr("Organisation"),
            self.tr("Pages"),
            self.tr("Modified"),
        )

    # --- filling -----------------------------------------------------------------------

    def set_locale(self, locale: QLocale) -> None:
        self._locale = locale
        self._html.clear()

    def _index_hits(self) -> None:
        self._by_id = {}
        for hit in self._hits:
            self._by_id.setdefault(hit.document.id, hit)
        self._html.clear()

    def set_hits(self, hits: Sequence[Hit], total: int, with_snippets: bool) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._index_hits()
        self._total = max(total, len(self._hits))
        self._with_snippets = with_snippets
        self._loading_more = False
        self._rows = self._layout()
        self.endResetModel()

    def append_hits(self, hits: Sequence[Hit]) -> None:
        self._loading_more = False
        known = {h.document.id for h in self._hits}
        fresh = [h for h in hits if h.document.id not in known]
        if not fresh:
            # The engine gave nothing new: stop asking for more.
            self._total = len(self._hits)
            return
        self._hits.extend(fresh)
        self._index_hits()
        wanted = self._layout()
        # Rows of hits now under one of the new ones go; the new ones' rows follow.
        kept = set(wanted)
        for row in reversed(range(len(self._rows))):
            if self._rows[row] not in kept:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        tail = wanted[len(self._rows) :]
        if tail:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(tail) - 1)
            self._rows.extend(tail)
            self.endInsertRows()

    def _layout(self) -> list[_RowKey]:
        """The rows the loaded hits make: each hit not under another, and the
        attachments of those expanded."""
        under = under_others(self._hits)
        rows: list[_RowKey] = []
        for hit in self._hits:
            doc_id = hit.document.id
            if doc_id in under:
                continue
            rows.append((doc_id, -1))
            if doc_id in self._expanded:
                rows.extend((doc_id, n) for n in range(len(hit.attachments)))
        return rows

    def _hit_of(self, doc_id: int) -> Hit | None:
        return self._by_id.get(doc_id)

    # --- attachments -------------------------------------------------------------------

    def has_attachments(self, row: int) -> bool:
        """Whether ``row`` is a hit with attachments to expand."""
        if not 0 <= row < len(self._rows) or self._rows[row][1] != -1:
            return False
        hit = self._hit_of(self._rows[row][0])
        return hit is not None and bool(hit.attachments)

    def is_expanded(self, row: int) -> bool:
        return self.has_attachments(row) and self._rows[row][0] in self._expanded

    def parent_row(self, row: int) -> int:
        """The row of the hit an attachment row is under; ``row`` itself for a hit."""
        if not 0 <= row < len(self._rows) or self._rows[row][1] == -1:
            return row
        return self._rows.index((self._rows[row][0], -1))

    def set_expanded(self, row: int, expanded: bool) -> None:
        """Show or hide the attachments under the hit of ``row``."""
        if not self.has_attachments(row) or self.is_expanded(row) == expanded:
            return
        doc_id = self._rows[row][0]
        hit = self._hit_of(doc_id)
        assert hit is not None
        count = len(hit.attachments)
        title = self.index(row, COLUMNS.index("title"))
        # The arrow changes after the rows do (its row is not one inserted or removed).
        if expanded:
            self.beginInsertRows(QModelIndex(), row + 1, row + count)
            self._rows[row + 1 : row + 1] = [(doc_id, n) for n in range(count)]
            self.endInsertRows()
            self._expanded.add(doc_id)
        else:
            self.beginRemoveRows(QModelIndex(), row + 1, row + count)
            del self._rows[row + 1 : row + 1 + count]
            self.endRemoveRows()
            self._expanded.discard(doc_id)
        self.dataChanged.emit(title, title, [BranchRole])

    def update_documents(self, documents: Mapping[int, Document]) -> None:
        """Show these documents (read again after an edit) in the rows that list them
        (a hit's row; an attachment under another hit keeps the hit's copy of it until the
        next search)."""
        last = self.columnCount() - 1
        for position, hit in enumerate(self._hits):
            document = documents.get(hit.document.id)
            if document is None:
                continue
            self._hits[position] = replace(hit, document=document)
            self._index_hits()
            key = (hit.document.id, -1)
            if key in self._rows:
                row = self._rows.index(key)
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def hit(self, row: int) -> Hit | None:
        """The hit of ``row``; for an attachment's row, the attachment as a hit."""
        if not 0 <= row < len(self._rows):
            return None
        doc_id, attachment = self._rows[row]
        hit = self._hit_of(doc_id)
        if hit is None or attachment == -1:
            return hit
        return Hit(hit.attachments[attachment], 0.0)

    def row_of(self, doc_id: int) -> int:
        """The row of the document ``doc_id``: its hit's, else an attachment's shown."""
        if (doc_id, -1) in self._rows:
            return self._rows.index((doc_id, -1))
        for row, (main, attachment) in enumerate(self._rows):
            if attachment != -1 and self._child(main, attachment).id == doc_id:
                return row
        return -1

    def _child(self, doc_id: int, attachment: int) -> Document:
        hit = self._hit_of(doc_id)
        assert hit is not None
        return hit.attachments[attachment]

    def column_titles(self) -> tuple[str, ...]:
        return self._headers

    @property
    def total(self) -> int:
        return self._total

    @property
    def with_snippets(self) -> bool:
        return self._with_snippets

    # --- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self._headers[section]
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit = self.hit(index.row())
        if hit is None:
            return None
        column = COLUMNS[index.column()]
        under = self._rows[index.row()][1] != -1
        if under and role in (SnippetRole, PagesRole):
            return ""
        if role == BranchRole and column == "title":
            if under:
                return UNDER
            if self.has_attachments(index.row()):
                return OPEN if self.is_expanded(index.row()) else SHUT
            return ""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(hit, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return decode_name(hit.document.path)
        if role in (SnippetRole, PagesRole) and column == "title":
            if not self._with_snippets:
                return ""
            key = (hit.document.id, role)
            made = self._html.get(key)
            if made is None:
                made = snippet_html(hit) if role == SnippetRole else pages_html(hit)
                self._html[key] = made
            return made
        if role == HitRole:
            return hit
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "title":
            return accessible_text(hit, self._display(hit, column))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == "title":
            return accessible_description(hit)
        if column == "type" and hit.document.meta.overlay:
            # The edits wait in the data folder (the PDF's folder cannot be written).
            if role == Qt.ItemDataRole.DecorationRole:
                return overlay_mark()
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "ResultsModel", "Corrections kept in vtviewer's data folder"
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "pages":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, hit: Hit, column: str) -> str:
        meta = hit.document.meta
        if column == "title":
            return meta.title or hit.document.name
        if column == "type":
            return doc_type_label(meta.doc_type)
        if column == "period":
            return meta.period
        if column == "organisation":
            return meta.organisation
        if column == "pages":
            return str(hit.document.page_count)
        if column == "modified":
            # The file's modification date (the one a file manager shows), not a date
            # the document states about itself.
            return format_date(file_date(hit.document.mtime), self._locale)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(*self.choose_sort(column, order))

    def choose_sort(self, column: int, order: Qt.SortOrder) -> tuple[str, bool]:
        """The engine sort key of ``column`` ("" is relevance: no column) and whether
        descending, to search with: the engine orders all the matches."""
        descending = order == Qt.SortOrder.DescendingOrder
        name = COLUMNS[column] if 0 <= column < len(COLUMNS) else ""
        return (ENGINE_SORT[name] if name else ""), descending

    def canFetchMore(self, parent: _AnyIndex) -> bool:
        if parent.isValid():
            return False
        return not self._loading_more and len(self._hits) < self._total

    def fetchMore(self, parent: _AnyIndex) -> None:
        if parent.isValid() or not self.canFetchMore(parent):
            return
        self._loading_more = True
        self.more_requested.emit(len(self._hits))
