"""Files of the same content found in several places: which copy is the main one.

The store keeps one document per file (each file has its own sidecar, stamp and
problems), and the full-text index one entry per content: its main copy's, so that the
same text is not indexed twice and a search counts one hit per content. The other copies
are the hit's ``locations``. The main copy is the one with the shortest path, the first
in sort order among equals: the same whichever order the files were found in.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The filter value (filter "copies") of the contents found in more than one place.
SEVERAL = "several"


def main_first(paths: Iterable[str]) -> list[str]:
    """``paths`` with the main copy first, the others after it in the same order."""
    return sorted(dict.fromkeys(paths), key=lambda path: (len(path), path))
