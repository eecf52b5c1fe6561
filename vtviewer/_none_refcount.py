"""Keep PySide6 6.12 on Python 3.11 from crashing: its void methods drop a reference to None.

Measured here with PySide6 6.12.0 on CPython 3.11.7: every call of a method that returns
nothing (QObject.setObjectName, QPdfDocument.close, QPdfSearchModel.setSearchString, ...)
decrements None's reference count without having incremented it. After a few thousand
such calls the count reaches zero and the interpreter aborts with "Fatal Python error:
none_dealloc" (an indexing worker died after ~4,500 PDFs; the window would die after a
few hundred searches). Python 3.12 made None immortal, which hides the bug there; on
older interpreters we give None a reference count so large that it cannot run out.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to None: 2**40 void calls is more than any process makes.
EXTRA_REFERENCES = 1 << 40


def protect_none() -> None:
    """Make None effectively immortal on CPython < 3.12 (idempotent)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if sys.getrefcount(None) >= EXTRA_REFERENCES:
        return
    ctypes.c_ssize_t.from_address(id(None)).value += EXTRA_REFERENCES
