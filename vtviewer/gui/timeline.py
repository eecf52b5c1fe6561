"""The timeline: a histogram of the matching documents per year, on which a range of
years is picked (by mouse or keys) to filter by."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from vtviewer.gui.messages import fill

#: Room under the bars for the year labels, and above them for the tallest bar's count.
_LABEL_GAP = 3
_PAD = 4


def year_counts(counts: Iterable[tuple[str, int]]) -> dict[int, int]:
    """The year facet's (value, count) pairs as years; values that are no year are left
    out (the facet holds only years, but it comes from a file)."""
    years: dict[int, int] = {}
    for value, count in counts:
        text = value.strip()
        if text.isdigit() and len(text) == 4:
            years[int(text)] = years.get(int(text), 0) + max(0, int(count))
    return years


def blend(a: QColor, b: QColor, share: float) -> QColor:
    """``a`` mixed with ``share`` of ``b``."""
    return QColor(
        round(a.red() * (1 - share) + b.red() * share),
        round(a.green() * (1 - share) + b.green() * share),
        round(a.blue() * (1 - share) + b.blue() * share),
    )


class TimelineWidget(QWidget):
    """Bars of documents per year, every year from the first to the last shown (years
    without documents as gaps). Drag across bars, or click one and shift-click another,
    to pick a range; from the keyboard Left/Right move the cursor, Shift extends the
    range, Enter applies it and Esc clears the filter. Hovering a bar tells its count.

    Signals:
        range_chosen(int, int): the user picked the years first..last (inclusive).
        cleared(): the user asked to drop the year filter.
    """

    range_chosen = Signal(int, int)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Timeline"))
        self._counts: dict[int, int] = {}
        self._years: list[int] = []
        #: The years the filter holds now (what the window searches for).
        self._selected: frozenset[int] = frozenset()
        #: A range being picked and not applied yet: (anchor, other end).
        self._pending: tuple[int, int] | None = None
        self._cursor: int | None = None
        self._anchor: int | None = None
        self._dragging = False
        self._update_description()

    # --- what it shows -----------------------------------------------------------------

    def set_counts(self, counts: Iterable[tuple[str, int]]) -> None:
        """Show the year facet's counts (value, count); the selected years stay shown
        even when no document matches them."""
        self._counts = year_counts(counts)
        known = set(self._counts) | set(self._selected)
        self._years = list(range(min(known), max(known) + 1)) if known else []
        if self._cursor is not None and self._cursor not in self._years:
            self._cursor = None
        if self._pending is not None and not set(self._pending) <= set(self._years):
            self._pending = None
        self._update_description()
        self.update()

    def set_selected_years(self, years: Iterable[int]) -> None:
        """The years the filter holds (without telling ``range_chosen``)."""
        self._selected = frozenset(years)
        self._pending = None
        if self._selected - set(self._years):
            self.set_counts([(str(y), c) for y, c in self._counts.items()])
        self._update_description()
        self.update()

    def years(self) -> list[int]:
        """Every year on the axis, oldest first."""
        return list(self._years)

    def count(self, year: int) -> int:
        return self._counts.get(year, 0)

    def selected_years(self) -> frozenset[int]:
        return self._selected

    def pending_range(self) -> tuple[int, int] | None:
        """The range being picked, (first, last), None when none."""
        if self._pending is None:
            return None
        return min(self._pending), max(self._pending)

    def cursor_year(self) -> int | None:
        return self._cursor

    def summary(self) -> str:
        """The selection in words: "2012–2016", "2014", "" without one."""
        return years_text(self._selected)

    # --- geometry ----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(200, 5 * line + 2 * _PAD + _LABEL_GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.sizeHint().height())

    def _plot(self) -> QRectF:
        line = self.fontMetrics().height()
        inner = QRectF(self.rect()).adjusted(_PAD, _PAD, -_PAD, -_PAD)
        return inner.adjusted(0, 0, 0, -(line + _LABEL_GAP))

    def bar_rect(self, year: int) -> QRectF:
        """The slot of ``year`` on the axis (the whole height of the plot)."""
        if year not in self._years:
            return QRectF()
        plot = self._plot()
        width = plot.width() / len(self._years)
        n = year - self._years[0]
        return QRectF(plot.left() + n * width, plot.top(), width, plot.height())

    def axis_labels(self) -> list[tuple[int, QRectF]]:
        """The years written under the axis and where: the first and the last, and
        between them every so many as fit without touching."""
        if not self._years:
            return []
        plot = self._plot()
        metrics = self.fontMetrics()
        top = plot.bottom() + _LABEL_GAP
        width = metrics.horizontalAdvance("0000") + 8
        step = 1
        while step < len(self._years) and plot.width() / len(self._years) * step < width:
            step += 1 if step < 5 else 5

        def rect_of(year: int) -> QRectF:
            centre = self.bar_rect(year).center().x()
            left = min(max(centre - width / 2, plot.left()), plot.right() - width)
            return QRectF(left, top, width, metrics.height())

        last = self._years[-1]
        end = rect_of(last)
        shown: list[tuple[int, QRectF]] = []
        for year in self._years[::step]:
            rect = rect_of(year)
            # Labels pushed inside at the edges may reach their neighbours: the first
            # and the last win.
            if year != last and rect.intersects(end):
                continue
            if shown and rect.intersects(shown[-1][1]):
                continue
            shown.append((year, rect))
        if not shown or shown[-1][0] != last:
            shown.append((last, end))
        return shown

    def year_at(self, pos: QPoint) -> int | None:
        """The year under ``pos``, clamped to the axis (None without years)."""
        if not self._years:
            return None
        plot = self._plot()
        width = plot.width() / len(self._years)
        if width <= 0:
            return None
        n = int((pos.x() - plot.left()) // width)
        return self._years[min(max(n, 0), len(self._years) - 1)]

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(self.rect(), base)
        painter.setPen(QPen(blend(base, text, 0.25), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        plot = self._plot()
        metrics = self.fontMetrics()
        if not self._years:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            painter.drawText(
                self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("No dated documents")
            )
            painter.end()
            return
        # Bars: a neutral mid tone that reads on light and dark bases; chosen years in
        # the highlight colour, a range being picked in a lighter highlight.
        bar = blend(base, text, 0.45)
        pending = self.pending_range()
        top = max(self._counts.values(), default=0) or 1
        room = plot.height() - metrics.height()
        gap = 1.0 if plot.width() / len(self._years) >= 4 else 0.0
        painter.setPen(Qt.PenStyle.NoPen)
        # While a range is being picked it alone is marked (the filter in force is not
        # what Enter will give), framed by a dashed line until it is applied.
        if pending is not None:
            marked = set(range(pending[0], pending[1] + 1))
        else:
            marked = set(self._selected)
        band = blend(base, highlight, 0.18)
        for year in self._years:
            slot = self.bar_rect(year)
            if year in marked:
                painter.fillRect(slot, band)
            count = self._counts.get(year, 0)
            if count:
                height = max(2.0, room * count / top)
                width = max(1.0, slot.width() - 2 * gap)
                rect = QRectF(slot.left() + gap, plot.bottom() - height, width, height)
                painter.fillRect(rect, highlight if year in marked else bar)
        if pending is not None:
            span = self.bar_rect(pending[0]).united(self.bar_rect(pending[1]))
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(span.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.setPen(Qt.PenStyle.NoPen)
        # The axis and its labels: the first and last year, and between them as many as
        # fit without touching.
        painter.setPen(QPen(blend(base, text, 0.6), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(text)
        for year, rect in self.axis_labels():
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(year))
        # The count of the tallest bar, so the height has a scale.
        painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        painter.drawText(
            QRectF(plot.left(), plot.top(), plot.width(), metrics.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            str(top),
        )
        if self.hasFocus() and self._cursor is not None:
            slot = self.bar_rect(self._cursor).adjusted(0, 0, 0, -1)
            pen = QPen(text, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(slot)
        painter.end()

    # --- mouse -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        year = self.year_at(event.position().toPoint())
        if year is None:
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if shift and self._anchor is not None:
            self._pending = (self._anchor, year)
        else:
            self._anchor = year
            self._pending = (year, year)
        self._cursor = year
        self._dragging = True
        self.update()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging and self._anchor is not None:
            year = self.year_at(event.position().toPoint())
            if year is not None and self._pending != (self._anchor, year):
                self._pending = (self._anchor, year)
                self._cursor = year
                self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._dragging:
            self._dragging = False
            self.apply()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            year = self.year_at(event.pos())
            if year is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(year), self)
            return True
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and (self._pending is not None or self._selected)
        ):
            # Esc clears the years here, not whatever the window binds it to.
            event.accept()
            return True
        return super().event(event)

    def tooltip_text(self, year: int) -> str:
        return fill(self.tr("%1: %Ln document(s)", "", self._counts.get(year, 0)), str(year))

    # --- keys --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        steps: dict[int, int] = {
            int(Qt.Key.Key_Left.value): -1,
            int(Qt.Key.Key_Right.value): 1,
            int(Qt.Key.Key_PageUp.value): -10,
            int(Qt.Key.Key_PageDown.value): 10,
        }
        if not self._years:
            super().keyPressEvent(event)
            return
        if key in steps or key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            here = self._cursor if self._cursor is not None else self._start_year()
            if key == Qt.Key.Key_Home:
                target = self._years[0]
            elif key == Qt.Key.Key_End:
                target = self._years[-1]
            else:
                target = here + steps[key]
            target = min(max(target, self._years[0]), self._years[-1])
            if shift:
                if self._anchor is None or self._pending is None:
                    self._anchor = here
                self._pending = (self._anchor, target)
            else:
                self._anchor = target
                self._pending = None
            self._cursor = target
            self._update_description()
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._pending is None and self._cursor is not None:
                self._pending = (self._cursor, self._cursor)
            self.apply()
        elif key == Qt.Key.Key_Escape and (self._pending is not None or self._selected):
            self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._cursor is None and self._years:
            self._cursor = self._start_year()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # --- applying ----------------------------------------------------------------------

    def apply(self) -> None:
        """Pick the pending range: ``range_chosen`` with its first and last year."""
        chosen = self.pending_range()
        self._pending = None
        self.update()
        if chosen is not None:
            self.range_chosen.emit(chosen[0], chosen[1])

    def clear(self) -> None:
        """Drop the range being picked and ask to drop the year filter."""
        self._pending = None
        self._anchor = None
        self.update()
        self.cleared.emit()

    def _start_year(self) -> int:
        if self._selected:
            return min(self._selected)
        counted = [y for y in self._years if self._counts.get(y)]
        return counted[-1] if counted else self._years[-1]

    def _update_description(self) -> None:
        if not self._years:
            self.setAccessibleDescription(self.tr("No dated documents"))
            return
        total = sum(self._counts.values())
        text = fill(
            self.tr("Documents per year from %1 to %2, %Ln in all.", "", total),
            str(self._years[0]),
            str(self._years[-1]),
        )
        if self._selected:
            text += " " + fill(self.tr("Chosen: %1."), self.summary())
        pending = self.pending_range()
        if pending is not None:
            picking = years_text(range(pending[0], pending[1] + 1))
            text += " " + fill(self.tr("Picking: %1."), picking)
        if self._cursor is not None:
            text += " " + self.tooltip_text(self._cursor) + "."
        text += " " + self.tr(
            "Left and right arrows move, shift extends, Enter filters, Escape clears."
        )
        self.setAccessibleDescription(text)


def years_text(years: Iterable[int]) -> str:
    """Years in words: a run "2012–2016", single years "2014", others by commas."""
    ordered = sorted(set(years))
    runs: list[list[int]] = []
    for year in ordered:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def range_years(first: int, last: int) -> list[str]:
    """The year filter's values for first..last, what ``year:first..last`` means."""
    low, high = min(first, last), max(first, last)
    return [str(y) for y in range(low, high + 1)]
