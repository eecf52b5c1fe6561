"""Keep PySide6 6.12 on Python 3.11 from crashing: it drops references to None and True.

Measured here with PySide6 6.12.0 on CPython 3.11.7: every call of a method that returns
nothing (QObject.setObjectName, QPdfDocument.close, QPdfSearchModel.setSearchString, ...)
decrements None's reference count without having incremented it, and so does emitting a
signal with True (Signal(bool), Signal(object), Signal(str, bool)). After a few thousand
such calls the count reaches zero and the interpreter aborts with "Fatal Python error:
none_dealloc" or "bool_dealloc" (an indexing worker died after ~4,500 PDFs; the window
after ~400 searches). Python 3.12 made these objects immortal, which hides the bug there;
on older interpreters we give them a reference count so large that it cannot run out.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to each object: 2**40 calls is more than any process makes.
EXTRA_REFERENCES = 1 << 40

#: The objects PySide6 6.12 was seen to drop references to (both booleans, to be safe).
PROTECTED: tuple[object, ...] = (None, True, False)


def protect_none() -> None:
    """Make None, True and False effectively immortal on CPython < 3.12 (idempotent)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for obj in PROTECTED:
        if sys.getrefcount(obj) < EXTRA_REFERENCES:
            ctypes.c_ssize_t.from_address(id(obj)).value += EXTRA_REFERENCES
