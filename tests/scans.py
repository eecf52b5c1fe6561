"""Scanned PDFs made by the tests: text painted into an image (QPainter), the image written
as a page with no text layer (QPdfWriter); a text page beside them when asked.

Needs a QGuiApplication (request pytest-qt's ``qapp``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTransform,
)

#: The scanner's resolution: an A4 page is 2480 x 3508 pixels.
DPI = 300
A4_PIXELS = (2480, 3508)
#: 12 pt at 300 dpi.
FONT_PIXELS = 50


@dataclass(frozen=True)
class ScanPage:
    """One page: ``lines`` painted into an image (a scan), in ``columns`` side by side,
    the image turned by ``rotate`` degrees (a page fed sideways); ``text`` written as a
    real text layer (alone: a text page; over a scan: a stamp added later)."""

    lines: Sequence[str] = ()
    columns: int = 1
    rotate: int = 0
    text: Sequence[str] = ()


def scan_image(page: ScanPage) -> QImage:
    """The page as a scanner would give it: black text on white, in grey."""
    width, height = A4_PIXELS
    if page.rotate in (90, 270):
        width, height = height, width  # painted upright, turned below
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont("DejaVu Sans")
    font.setPixelSize(FONT_PIXELS)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    margin = 200
    column_width = (width - 2 * margin) // max(1, page.columns)
    per_column = -(-len(page.lines) // max(1, page.columns))
    for index, line in enumerate(page.lines):
        column, row = divmod(index, per_column)
        x = margin + column * column_width
        y = margin + 100 + row * int(FONT_PIXELS * 2.2)
        painter.drawText(QPointF(x, y), line)
    painter.end()
    if page.rotate:
        image = image.transformed(QTransform().rotate(page.rotate))
    return image


def scan_pdf(path: Path, pages: Sequence[ScanPage]) -> Path:
    """Write ``pages`` as an A4 PDF: scans as full-page images (no text), text pages as
    text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    for index, page in enumerate(pages):
        if index:
            writer.newPage()
        full = QRectF(QPointF(0, 0), QSizeF(*A4_PIXELS))
        if page.lines or not page.text:
            painter.drawImage(full, scan_image(page))
        if page.text:
            font = QFont("DejaVu Sans")
            font.setPointSize(12)
            painter.setFont(font)
            for row, line in enumerate(page.text):
                painter.drawText(QPointF(200, 3300 - row * 110), line)
    painter.end()
    return path


#: Norwegian text with æ, ø and å, in lines that fit an A4 column.
NORWEGIAN = (
    "Reguleringsplan for Tromsø sentrum",
    "Søknad om dispensasjon fra kommuneplanen",
    "Høring av områderegulering på Ørland",
    "Blåbærstien og Æsøya er nevnt i saken",
    "Vedtaket er fattet av formannskapet",
    "Klagefristen er tre uker fra mottak",
)

#: Two columns' worth: short lines.
COLUMNS = (
    "Søndre bydel",
    "Gangvei langs elva",
    "Fjellhagen skole",
    "Nordre bydel",
    "Kulvert under veien",
    "Grøntområde ved sjøen",
)
