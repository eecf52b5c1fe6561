"""Saved searches: name -> query text, kept as a JSON file in the data directory."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from vtviewer.core.jsonfile import write_json

log = logging.getLogger(__name__)


class SavedSearches:
    """Named queries in one JSON file (``DataPaths.saved_searches``), written atomically.

    A file that cannot be read is renamed to ``*.bad`` (with a warning) before anything
    new is written over it, so a user's list is never lost silently.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def list(self) -> list[tuple[str, str]]:
        """(name, query) pairs, sorted by name (case-insensitive)."""
        entries = self._load()
        return sorted(entries.items(), key=lambda item: (item[0].casefold(), item[0]))

    def get(self, name: str) -> str | None:
        return self._load().get(name)

    def save(self, name: str, query: str) -> None:
        """Add or replace ``name``. An empty name is refused (ValueError)."""
        name = name.strip()
        if not name:
            raise ValueError("a saved search needs a name")
        entries = self._load()
        entries[name] = query
        self._write(entries)

    def delete(self, name: str) -> None:
        entries = self._load()
        if entries.pop(name, None) is not None:
            self._write(entries)

    def _load(self) -> dict[str, str]:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        try:
            data = json.loads(raw)
            searches = data["searches"] if isinstance(data, dict) else None
            if not isinstance(searches, list):
                raise ValueError("no list of searches")
            entries: dict[str, str] = {}
            for item in searches:
                name, query = item["name"], item["query"]
                if not isinstance(name, str) or not isinstance(query, str):
                    raise ValueError("a name or query is not text")
                entries[name] = query
            return entries
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            bad = self.path.with_name(self.path.name + ".bad")
            try:
                os.replace(self.path, bad)
            except OSError:
                # A read-only data folder: the file stays as it is, nothing is lost.
                log.warning("saved searches %s are unreadable (%s)", self.path, exc)
            else:
                log.warning(
                    "saved searches %s are unreadable (%s); kept as %s", self.path, exc, bad
                )
            return {}

    def _write(self, entries: dict[str, str]) -> None:
        data = {
            "version": 1,
            "searches": [{"name": n, "query": q} for n, q in sorted(entries.items())],
        }
        write_json(self.path, data)
