"""The small mark of a result whose corrections wait in vtviewer's data folder."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

#: Amber: noticeable on light and dark rows, and not the red of an error.
MARK_COLOUR = "#d89b1c"


@cache
def overlay_mark() -> QIcon:
    """A small amber dot with a ring (drawn once, at two sizes)."""
    icon = QIcon()
    for size in (12, 24):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(MARK_COLOUR)
        painter.setPen(QPen(colour.darker(140), size / 12))
        painter.setBrush(colour)
        centre = QPointF(size / 2, size / 2)
        painter.drawEllipse(centre, size * 0.36, size * 0.36)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
