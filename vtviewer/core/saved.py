"""Saved searches: name -> query text, ticked filters and sort, kept as a JSON file in the
data directory.

Version 2 of the file adds to each search its "filters" (facet name -> values) and its
"sort" (the results column sorted, "" for relevance) with "descending". A version 1 file
(name and query only) is read as searches without filters, by relevance."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vtviewer.core.jsonfile import write_json

log = logging.getLogger(__name__)

VERSION = 2


@dataclass(frozen=True)
class SavedSearch:
    """One saved search: the query, the ticked facet values (name -> sorted values) and
    the sort ("" is relevance, else the name of the column sorted)."""

    name: str
    query: str
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = ""
    descending: bool = False


def _clean_filters(filters: Mapping[str, Sequence[str]] | None) -> dict[str, tuple[str, ...]]:
    return {
        str(name): tuple(sorted({str(v) for v in values}))
        for name, values in sorted((filters or {}).items())
        if values
    }


class SavedSearches:
    """Named searches in one JSON file (``DataPaths.saved_searches``), written atomically.

    A file that cannot be read is renamed to ``*.bad`` (with a warning) before anything
    new is written over it, so a user's list is never lost silently.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def entries(self) -> list[SavedSearch]:
        """The saved searches, sorted by name (case-insensitive)."""
        return sorted(self._load().values(), key=lambda s: (s.name.casefold(), s.name))

    def list(self) -> list[tuple[str, str]]:
        """(name, query) pairs, sorted by name (case-insensitive)."""
        return [(entry.name, entry.query) for entry in self.entries()]

    def get(self, name: str) -> str | None:
        entry = self._load().get(name)
        return entry.query if entry is not None else None

    def save(
        self,
        name: str,
        query: str,
        filters: Mapping[str, Sequence[str]] | None = None,
        sort: str = "",
        descending: bool = False,
    ) -> None:
        """Add or replace ``name``. An empty name is refused (ValueError)."""
        name = name.strip()
        if not name:
            raise ValueError("a saved search needs a name")
        entries = self._load()
        entries[name] = SavedSearch(
            name, query, _clean_filters(filters), sort, bool(descending) if sort else False
        )
        self._write(entries)

    def delete(self, name: str) -> None:
        entries = self._load()
        if entries.pop(name, None) is not None:
            self._write(entries)

    def _load(self) -> dict[str, SavedSearch]:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        try:
            data = json.loads(raw)
            searches = data["searches"] if isinstance(data, dict) else None
            if not isinstance(searches, list):
                raise ValueError("no list of searches")
            entries: dict[str, SavedSearch] = {}
            for item in searches:
                entries[item["name"]] = _entry(item)
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

    def _write(self, entries: dict[str, SavedSearch]) -> None:
        searches: list[dict[str, object]] = []
        for name, entry in sorted(entries.items()):
            item: dict[str, object] = {"name": name, "query": entry.query}
            item["filters"] = {k: list(v) for k, v in entry.filters.items()}
            item["sort"] = entry.sort
            item["descending"] = entry.descending
            searches.append(item)
        write_json(self.path, {"version": VERSION, "searches": searches})


def _entry(item: object) -> SavedSearch:
    """One search of the file; ValueError when it is not one (version 1 items have only
    a name and a query)."""
    if not isinstance(item, dict):
        raise ValueError("a search is not an object")
    name, query = item["name"], item["query"]
    if not isinstance(name, str) or not isinstance(query, str):
        raise ValueError("a name or query is not text")
    raw_filters = item.get("filters", {})
    if not isinstance(raw_filters, dict) or not all(
        isinstance(values, list) and all(isinstance(v, str) for v in values)
        for values in raw_filters.values()
    ):
        raise ValueError("filters are not lists of text by facet")
    sort = item.get("sort", "")
    descending = item.get("descending", False)
    if not isinstance(sort, str) or not isinstance(descending, bool):
        raise ValueError("a sort is not text, or descending not true or false")
    return SavedSearch(name, query, _clean_filters(raw_filters), sort, descending)
