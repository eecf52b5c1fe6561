"""The table of search results (or of all documents when browsing), loaded page by page."""

from __future__ import annotations

import html
from collections.abc import Sequence
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

from vtviewer.core.doctypes import LABELS
from vtviewer.core.model import Hit
from vtviewer.core.text import decode_name

#: Role of the best snippet's HTML, and of the page links' HTML, for the title column.
SnippetRole = Qt.ItemDataRole.UserRole + 1
PagesRole = Qt.ItemDataRole.UserRole + 3
#: Role of the Hit behind a row.
HitRole = Qt.ItemDataRole.UserRole + 2

COLUMNS: tuple[str, ...] = ("title", "type", "period", "organisation", "pages", "modified")
#: Columns the engine sorts (over all matches); the others are sorted in the loaded rows.
ENGINE_SORT: dict[str, str] = {"title": "title", "pages": "pages", "modified": "modified"}

_AnyIndex = QModelIndex | QPersistentModelIndex


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
        for p in sorted(hit.pages, key=lambda p: p.page)[:15]
    )
    word = QCoreApplication.translate("ResultsModel", "Pages:")
    return f"{word} {links}"


class ResultsModel(QAbstractTableModel):
    """Rows are Hits. Sorting by an engine column asks the window to search again.

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
        self._total = 0
        self._with_snippets = False
        self._loading_more = False
        #: The column sorted in the loaded rows (one the engine has no order for) and
        #: whether descending; kept for the rows of the next searches, so the header's
        #: arrow always matches the order. None: the engine's order.
        self._local_sort: tuple[str, bool] | None = None
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

    def set_hits(self, hits: Sequence[Hit], total: int, with_snippets: bool) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._total = max(total, len(self._hits))
        self._with_snippets = with_snippets
        self._loading_more = False
        if self._local_sort is not None:
            self._hits.sort(key=self._local_key, reverse=self._local_sort[1])
        self.endResetModel()

    def append_hits(self, hits: Sequence[Hit]) -> None:
        self._loading_more = False
        known = {h.document.id for h in self._hits}
        fresh = [h for h in hits if h.document.id not in known]
        if not fresh:
            # The engine gave nothing new: stop asking for more.
            self._total = len(self._hits)
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._hits.extend(fresh)
        self.endInsertRows()
        if self._local_sort is not None:
            self._sort_loaded()

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, doc_id: int) -> int:
        for row, hit in enumerate(self._hits):
            if hit.document.id == doc_id:
                return row
        return -1

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
        return 0 if parent.isValid() else len(self._hits)

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
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(hit, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return decode_name(hit.document.path)
        if role == SnippetRole and column == "title":
            return snippet_html(hit) if self._with_snippets else ""
        if role == PagesRole and column == "title":
            return pages_html(hit) if self._with_snippets else ""
        if role == HitRole:
            return hit
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
        engine = self.choose_sort(column, order)
        if engine is not None:
            self.sort_requested.emit(*engine)
        else:
            self._sort_loaded()

    def choose_sort(self, column: int, order: Qt.SortOrder) -> tuple[str, bool] | None:
        """Sort by ``column`` from now on, telling nobody: the engine sort key ("" is
        relevance) and descending to search with, or None for a column sorted in the
        loaded rows (type, period, organisation: the engine has no such order), which
        the rows of later searches and pages keep."""
        descending = order == Qt.SortOrder.DescendingOrder
        name = COLUMNS[column] if 0 <= column < len(COLUMNS) else ""
        if not name or name in ENGINE_SORT:
            self._local_sort = None
            return (ENGINE_SORT[name] if name else ""), descending
        self._local_sort = (name, descending)
        return None

    @property
    def local_sort(self) -> tuple[str, bool] | None:
        """The column sorted in the loaded rows and whether descending (None: the
        engine's order)."""
        return self._local_sort

    def _local_key(self, hit: Hit) -> str:
        assert self._local_sort is not None
        return self._display(hit, self._local_sort[0]).casefold()

    def _sort_loaded(self) -> None:
        assert self._local_sort is not None
        self.layoutAboutToBeChanged.emit()
        old = list(self._hits)
        self._hits.sort(key=self._local_key, reverse=self._local_sort[1])
        new_rows = {h.document.id: row for row, h in enumerate(self._hits)}
        for index in self.persistentIndexList():
            doc_id = old[index.row()].document.id
            self.changePersistentIndex(index, self.index(new_rows[doc_id], index.column()))
        self.layoutChanged.emit()

    def canFetchMore(self, parent: _AnyIndex) -> bool:
        if parent.isValid():
            return False
        return not self._loading_more and len(self._hits) < self._total

    def fetchMore(self, parent: _AnyIndex) -> None:
        if parent.isValid() or not self.canFetchMore(parent):
            return
        self._loading_more = True
        self.more_requested.emit(len(self._hits))
