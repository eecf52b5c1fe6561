"""Printing the previewed document, or a range of its pages, one page per turn of the
event loop so the window keeps responding."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: Pages are rendered at most this sharp: a printer's 1200 dpi A4 page would be a
#: half-gigabyte image, and text prints crisply at 300.
MAX_RENDER_DPI = 300


class PrintJob(QObject):
    """Renders 1-based pages ``first``..``last`` of ``document`` onto ``printer``, one
    page per event-loop turn. ``start`` begins; ``cancel`` stops after the page it is on.

    Signals:
        progress(int, int): pages printed so far, and of how many.
        finished(bool): done (True) or stopped / failed (False).
    """

    progress = Signal(int, int)
    finished = Signal(bool)

    def __init__(
        self,
        document: QPdfDocument,
        printer: QPrinter,
        first: int,
        last: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._printer = printer
        count = document.pageCount()
        self._pages = list(range(max(first, 1) - 1, min(last, count)))
        self._done = 0
        self._painter: QPainter | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    @property
    def pages(self) -> list[int]:
        """0-based pages to print."""
        return list(self._pages)

    def start(self) -> bool:
        """Open the printer and start; False (and ``finished(False)``) when it cannot."""
        if not self._pages:
            self.finished.emit(False)
            return False
        painter = QPainter()
        if not painter.begin(self._printer):
            log.warning("the printer %r could not be opened", self._printer.printerName())
            self.finished.emit(False)
            return False
        self._painter = painter
        self._timer.start()
        return True

    def cancel(self) -> None:
        if self._painter is not None:
            self._printer.abort()
            self._stop(False)

    def _next(self) -> None:
        painter = self._painter
        if painter is None:
            return
        page = self._pages[self._done]
        if self._done and not self._printer.newPage():
            self._stop(False)
            return
        self._draw(painter, page)
        self._done += 1
        self.progress.emit(self._done, len(self._pages))
        if self._done >= len(self._pages):
            self._stop(True)

    def _draw(self, painter: QPainter, page: int) -> None:
        points = self._document.pagePointSize(page)
        area = QRectF(painter.viewport())
        if points.width() <= 0 or points.height() <= 0 or area.isEmpty():
            return
        scale = min(area.width() / points.width(), area.height() / points.height())
        width, height = points.width() * scale, points.height() * scale
        target = QRectF(area.x() + (area.width() - width) / 2, area.y(), width, height)
        dpi = min(self._printer.resolution(), MAX_RENDER_DPI)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = self._document.render(page, size)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)

    def _stop(self, ok: bool) -> None:
        self._timer.stop()
        painter, self._painter = self._painter, None
        if painter is not None:
            painter.end()
        self.finished.emit(ok)


def page_range(dialog: QPrintDialog, current: int, count: int) -> tuple[int, int]:
    """The 1-based pages the user chose in ``dialog``: all, a range or the current one."""
    printer = dialog.printer()
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage(), min(printer.toPage() or count, count)
    if mode == QPrinter.PrintRange.CurrentPage:
        return current, current
    return 1, count


def print_dialog(printer: QPrinter, current: int, count: int, parent: QWidget) -> QPrintDialog:
    """A print dialog offering all pages, a range or the current page."""
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(count, 1))
    dialog.setFromTo(current, current)
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    options = (
        QAbstractPrintDialog.PrintDialogOption.PrintPageRange
        | QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage
        | QAbstractPrintDialog.PrintDialogOption.PrintToFile
        | QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize
    )
    dialog.setOptions(options)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog
