"""Memory the process frees goes back to the system (glibc's allocator, on Linux).

glibc serves a block of 128 KiB or more with a mapping of its own, unmapped when freed,
but raises that threshold each time such a block is freed (up to 32 MB): after a while
the large blocks of a long indexing run (page texts, the full-text engine's buffers) come
from the heap, and once freed stay there, scattered, as the process's own. Fixing the
threshold (and trimming the heap's free top beyond it) keeps the resident size near what
is in use: the whole bench corpus indexed, the indexer's peak 286 -> 168 MB.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

#: mallopt's parameter numbers (malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: glibc's own starting value of both.
THRESHOLD = 128 * 1024
#: The environment variables by which a user sets them (then they are left alone).
_USER_SETTINGS = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_")

_done = False


def return_freed_memory() -> bool:
    """Fix glibc's mmap and trim thresholds for this process (once); False where the C
    library is not glibc (another platform, musl) or refuses."""
    global _done
    if _done:
        return True
    if not sys.platform.startswith("linux"):
        return False
    if any(name in os.environ for name in _USER_SETTINGS) or "glibc.malloc" in os.environ.get(
        "GLIBC_TUNABLES", ""
    ):
        return False  # the user chose the allocator's settings
    try:
        libc = ctypes.CDLL(None)
        # gnu_get_libc_version: glibc alone has it (musl's mallopt does nothing).
        libc.gnu_get_libc_version  # noqa: B018
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    ok = bool(mallopt(_M_MMAP_THRESHOLD, THRESHOLD) == 1) and bool(
        mallopt(_M_TRIM_THRESHOLD, THRESHOLD) == 1
    )
    if not ok:
        log.debug("mallopt refused the thresholds")
    _done = ok
    return ok
