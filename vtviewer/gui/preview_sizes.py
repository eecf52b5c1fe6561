"""The page sizes of a long document, read a few at a time before its pages are laid out
one under another.

QPdfView lays out every page of a document (its MultiPage mode) as soon as the document
has loaded, and the first size asked of each page costs QtPdf a read of that page's
dictionary from the file: 1.2 s for a manual of 1,321 pages, with the window frozen
meanwhile. So a long document opens on its page alone (SinglePage: one size to read), its
sizes are read here in slices between the window's events, each one then cached by the
engine, and only then is it laid out as one to scroll through (see PdfPreview).

First, before the view asks for any page to be drawn, as many sizes as READ_AT_ONCE_SECONDS
allow are read at once (``read_now``): a document of up to about a hundred pages is laid
out whole before its first page is shown. QtPdf's renderer holds its lock while it draws,
so a size asked while a heavy page (a detailed map) is being drawn waits for the drawing:
the slices begin SLICES_AFTER_MS after the document opened, when its first page is drawn
unless that takes longer.

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
#: How long the sizes are read at once when a longer document loads: the preview opens
#: when the results change under the keys typed, so this is part of a keystroke's time.
READ_AT_ONCE_SECONDS = 0.05
#: When the slices begin, after the document opened: its first page drawn by then.
SLICES_AFTER_MS = 400
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
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._timer.start)

    def read_now(self, seconds: float) -> bool:
        """Read the sizes of the document now loaded for up to ``seconds``, at once;
        whether that was all of them (if not, ``start`` goes on from there)."""
        self.stop()
        self._next = 0
        self._count = self._document.pageCount()
        return self._read_for(seconds)

    def start(self) -> None:
        """Read the sizes of the document now loaded in slices: from where ``read_now``
        stopped, or from its first page (``stop`` forgets where that was)."""
        if self._count == 0:
            self._next = 0
            self._count = self._document.pageCount()
        self._later.start(SLICES_AFTER_MS)

    def stop(self) -> None:
        """Read no more (the document is closing, or another one is loading)."""
        self._later.stop()
        self._timer.stop()
        self._count = 0

    def reading(self) -> bool:
        """Whether sizes are still to be read (``ready`` is to come)."""
        return self._later.isActive() or self._timer.isActive()

    def _read_slice(self) -> None:
        if self._document.status() != QPdfDocument.Status.Ready:
            self.stop()
            return
        if self._read_for(SLICE_SECONDS):
            self.stop()
            self.ready.emit()

    def _read_for(self, seconds: float) -> bool:
        """Read the next sizes for up to ``seconds``; whether every size is read."""
        end = time.perf_counter() + seconds
        while self._next < self._count and time.perf_counter() < end:
            self._document.pagePointSize(self._next)
            self._next += 1
        return self._next >= self._count
