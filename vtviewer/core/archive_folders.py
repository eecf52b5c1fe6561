"""The archive folders (roots), kept in roots.json too, so that a rebuilt index keeps them.

The database stays where the indexer reads the roots from; this file is their copy in
the data folder, written whenever they change, and read when the database is new (it
was deleted, or moved aside as damaged and rebuilt).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from vtviewer.core.jsonfile import write_json

log = logging.getLogger(__name__)

_FORMAT = 1


class ArchiveFolders:
    """The roots in one JSON file (``DataPaths.roots``)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def read(self) -> list[str] | None:
        """The roots saved last, None when there is no (readable) file. An unreadable
        file is kept as ``*.bad`` (with a warning)."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError:
            log.warning("archive folders %s cannot be read", self.path, exc_info=True)
            return None
        try:
            data = json.loads(raw)
            roots = data["roots"] if isinstance(data, dict) else None
            if not isinstance(roots, list) or not all(isinstance(r, str) for r in roots):
                raise ValueError("no list of folders")
            return sorted(set(roots))
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            bad = self.path.with_name(self.path.name + ".bad")
            log.warning("archive folders %s are unreadable (%s); kept as %s", self.path, exc, bad)
            try:
                os.replace(self.path, bad)
            except OSError:
                log.debug("could not keep %s", bad, exc_info=True)
            return None

    def write(self, roots: list[str]) -> None:
        # ASCII: a folder name that is not UTF-8 keeps its bytes as \udcXX escapes.
        write_json(self.path, {"version": _FORMAT, "roots": sorted(roots)}, ensure_ascii=True)
