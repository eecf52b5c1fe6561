"""vtviewer: an offline archive viewer for PDF plans and reports."""

from vtviewer._none_refcount import protect_none

__version__ = "0.1.0"

# The one thing done at import time, on purpose: it must happen before any PySide6 call in
# every process (CLI, window, extraction workers, preview probe), and each of them imports
# vtviewer first. See _none_refcount.py.
protect_none()
