"""The page sizes of a long document, read a few at a time before its pages are laid out
one under another.

QPdfView lays out every page of a document (its MultiPage mode) as soon as the document
has loaded, and the first size asked of each page costs QtPdf a read of that page's
dictionary from the file: 1.2 s for a manual of 1,321 pages, with the window frozen
meanwhile. So a long document opens on its page alone (SinglePage: one size to read), its
sizes are read here in slices between the window's events, each one then cached by the
engine, and only then is it laid out as one to scroll through (see PdfPreview).

The sizes are read on the GUI thread, in slices of a few milliseconds: QtPdf serialises
every call into the engine behind one lock, and a second thread waiting on that lock
while holding Python's would stall (or, should the engine call back into Python while it
holds the lock, deadlock) the window it is meant to keep responsive.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtPdf import QPdfDocument

#: A document of up to this many pages is laid out at once: its sizes cost a few ms.
SIZES_AT_ONCE = 40
#: How long one slice reads sizes before the window handles its events again.
SLICE_SECONDS = 0.008


class PageSizes(QObject):
    """Reads every page size of ``document`` in slices (``start``), then says so.

    Signals:
        ready(): every page size of the document loaded at ``start`` has been read.
    """

    ready = Signal()

    def __init__(self, document: QPdfDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._next = 0
        self._count = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._read_slice)

    def start(self) -> None:
        """Read the sizes of the document now loaded, from its first page."""
        self._next = 0
        self._count = self._document.pageCount()
        self._timer.start()

    def stop(self) -> None:
        """Read no more (the document is closing, or another one is loading)."""
        self._timer.stop()
        self._count = 0

    def reading(self) -> bool:
        return self._timer.isActive()

    def _read_slice(self) -> None:
        if self._document.status() != QPdfDocument.Status.Ready:
            self.stop()
            return
        end = time.perf_counter() + SLICE_SECONDS
        while self._next < self._count and time.perf_counter() < end:
            self._document.pagePointSize(self._next)
            self._next += 1
        if self._next >= self._count:
            self.stop()
            self.ready.emit()
