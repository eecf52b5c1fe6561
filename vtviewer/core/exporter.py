"""Exports: which documents (a search's results, all of them, or the whole archive), in
which format (CSV for a spreadsheet, JSON, a catalog another vtviewer reads), written to
a file atomically, a failure said as a message. The shapes themselves are core.export's.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from vtviewer.core.export import CSV_COLUMNS, catalog_data, csv_row, document_data, json_text
from vtviewer.core.jsonfile import write_bytes
from vtviewer.core.model import Document, Message
from vtviewer.core.search import MAX_LIMIT
from vtviewer.core.sidecar import MAX_CATALOG_BYTES
from vtviewer.core.text import decode_name

if TYPE_CHECKING:
    from vtviewer.core.archive import Archive

ExportFormat = Literal["csv", "json", "catalog"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "json", "catalog")
#: The file name ending of each format.
SUFFIXES: Mapping[ExportFormat, str] = {"csv": ".csv", "json": ".json", "catalog": ".json"}
#: A spreadsheet in Norway reads ";" (its decimal comma takes ","); "," for the rest.
DELIMITERS = (";", ",")
BOM = "\ufeff"


class ExportError(Exception):
    """An export that could not be made; ``message`` says why (a code, see core.messages).
    Nothing was written: an old file of that name is as it was."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message.code)


@dataclass(frozen=True)
class Selection:
    """What a search shows: its query, filters and order (the window's, or the command
    line's ``--query`` and ``--filter``)."""

    query: str = ""
    filters: Mapping[str, Sequence[str]] | None = None
    sort: str = "relevance"
    descending: bool | None = None


def selected_documents(archive: Archive, selection: Selection | None) -> list[Document]:
    """Every document ``selection`` finds, in its order (not only the rows a window has
    loaded); the whole archive by path when ``selection`` is None."""
    if selection is None:
        return archive.documents("path")
    found: list[Document] = []
    seen: set[int] = set()
    offset = 0
    while True:
        result = archive.search(
            selection.query,
            selection.filters,
            sort=selection.sort,
            limit=MAX_LIMIT,
            offset=offset,
            descending=selection.descending,
        )
        for hit in result.hits:
            # An indexing run may shift the pages meanwhile: no document twice.
            if hit.document.id not in seen:
                seen.add(hit.document.id)
                found.append(hit.document)
        offset += MAX_LIMIT
        if not result.hits or offset >= result.total:
            return found


def export_bytes(
    documents: Sequence[Document],
    fmt: ExportFormat,
    *,
    delimiter: str = ";",
    folder: str | None = None,
) -> bytes:
    """``documents`` as the file's bytes. CSV: UTF-8 with a BOM (so that Excel reads it as
    UTF-8), ``delimiter`` between cells. JSON: a list of every document's metadata.
    Catalog: for ``folder`` (its paths relative to it). Raises ExportError (a catalog that
    cannot list them all, or that would be too large to be read)."""
    if fmt == "csv":
        buffer = io.StringIO()
        buffer.write(BOM)
        writer = csv.writer(buffer, delimiter=delimiter)
        writer.writerow(CSV_COLUMNS)
        for doc in documents:
            writer.writerow(csv_row(doc))
        return _encode(buffer.getvalue())
    if fmt == "json":
        return _encode(json_text([document_data(doc) for doc in documents]))
    base = os.path.abspath(folder or os.curdir)
    data, left_out = catalog_data(documents, base)
    if left_out:
        example = decode_name(left_out[0].path)
        raise ExportError(Message("export-not-in-catalog", (len(left_out), base, example)))
    raw = json_text(data).encode("utf-8")
    if len(raw) > MAX_CATALOG_BYTES:
        raise ExportError(Message("export-catalog-too-large", (len(raw), MAX_CATALOG_BYTES)))
    return raw


def write_export(
    path: str,
    documents: Sequence[Document],
    fmt: ExportFormat,
    *,
    delimiter: str = ";",
    overwrite: bool = True,
) -> int:
    """Write ``documents`` to ``path`` (a catalog's paths relative to its folder),
    atomically; the number written. Raises ExportError: a full disk, no permission, a
    folder that is not there, a file there already unless ``overwrite``, and what
    ``export_bytes`` refuses."""
    target = Path(os.path.abspath(path))
    data = export_bytes(documents, fmt, delimiter=delimiter, folder=str(target.parent))
    if not overwrite and os.path.lexists(target):
        raise ExportError(Message("export-exists", (decode_name(str(target)),)))
    try:
        write_bytes(target, data)
    except OSError as exc:
        raise ExportError(_written_error(str(target), exc)) from exc
    return len(documents)


def _written_error(path: str, exc: OSError) -> Message:
    shown = decode_name(path)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Message("export-no-space", (shown,))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Message("export-permission", (shown,))
    return Message("export-failed", (shown, exc.strerror or type(exc).__name__))


#: Lone surrogates that stand for no byte of a file name (surrogateescape uses U+DC80 to
#: U+DCFF): a broken string in an old index.
_NOT_A_BYTE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def _encode(text: str) -> bytes:
    """UTF-8, a file name's undecodable bytes (lone surrogates, see text.decode_name)
    written as the bytes they stand for, any other lone surrogate as U+FFFD."""
    return _NOT_A_BYTE.sub("\ufffd", text).encode("utf-8", "surrogateescape")
