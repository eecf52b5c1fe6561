"""The SQLite store: documents, metadata, contacts, page text, problems and indexing state.

The contacts table holds each person once across documents (keyed by e-mail address, else
by ``contacts.name_key``), for a contacts directory; the documents' own contacts stay in
their metadata.

The store is a cache that can be rebuilt from the files and their sidecars. It runs in WAL
mode, every change goes through ``transaction()``, and a crash (even kill -9) leaves the
last committed state. Each thread gets its own connection, so the GUI can read while the
indexer writes.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import threading
import time
import urllib.parse
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import cast

from vtviewer.core.contacts import name_key
from vtviewer.core.copies import main_first
from vtviewer.core.health import ArchiveError
from vtviewer.core.messages import ENGLISH, cleaned, english, from_json, to_json
from vtviewer.core.model import (
    DOC_TYPES,
    Contact,
    DocType,
    Document,
    Extraction,
    Message,
    MessageCode,
    Metadata,
    Page,
    PageSource,
    Problem,
    Source,
    WordBox,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 8
#: SQLite's page size for a new database: most pages' compressed text fits in one.
PAGE_BYTES = 16_384
#: Databases up to this size are checked whole at every open (see Store.damage).
QUICK_CHECK_BYTES = 64 * 1024 * 1024
#: The oldest schema this version reads as it is (a read-only store is not migrated).
READABLE_SCHEMA_VERSION = 2


def _rekey_contacts(db: sqlite3.Connection) -> None:
    """Rebuild the contacts from each document's own (its merged metadata, which the
    table only mirrors) under ``contacts.name_key``: the old key folded ø to "oe" and
    the contact finder folds it to "o", so "Bjørn Iversen" and "Bjorn Iversen" were two
    people in the table and one in the documents."""
    db.execute("DELETE FROM document_contacts")
    db.execute("DELETE FROM contacts")
    writer = Writer(db)
    rows = db.execute("SELECT id, meta_json FROM documents ORDER BY id").fetchall()
    for doc_id, meta_json in rows:
        try:
            contacts = metadata_from_json(meta_json).contacts
        except (ValueError, TypeError):
            continue  # unreadable metadata: the document is merged again when it changes
        writer._link_contacts(doc_id, contacts)
    writer.finish()
    db.execute("DROP TABLE state")


def _compressed_extractions(db: sqlite3.Connection) -> None:
    """Schema 8 stores an extraction compressed (see Writer.put_document); the rows of
    before stay JSON text, which Store.extraction reads too."""


def _page_sources(db: sqlite3.Connection) -> None:
    """Where a page's text comes from ('layer', 'none': no text layer, 'ocr': recognised,
    'failed': OCR gave up) and the word boxes of recognised pages, for the preview.

    Which pages are scans is found at extraction (it needs the page's images): documents
    with a page of almost no text are read again at the next run (their size and hash
    forgotten), the others keep their pages as 'layer'."""
    from vtviewer.core.extract import MIN_LAYER_CHARS

    for statement in _split_sql(
        """
        ALTER TABLE pages ADD COLUMN source TEXT NOT NULL DEFAULT 'layer';
        CREATE INDEX pages_source ON pages(source) WHERE source != 'layer';
        CREATE TABLE page_words (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            words BLOB NOT NULL,
            PRIMARY KEY (doc_id, number)
        );
        """
    ):
        db.execute(statement)
    again: set[int] = set()
    for doc_id, blob in db.execute("SELECT doc_id, text FROM pages ORDER BY doc_id"):
        if doc_id in again:
            continue
        try:
            text = _unpack(blob)
        except (zlib.error, UnicodeDecodeError):
            continue
        if sum(1 for ch in text if not ch.isspace()) < MIN_LAYER_CHARS:
            again.add(doc_id)
    db.executemany("UPDATE documents SET size = -1, hash = '' WHERE id = ?", [(i,) for i in again])


# Each entry upgrades the schema from version i to i + 1 (index 0 creates it): a script,
# or a function for a step SQL alone cannot take (see the end of the tuple).
MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
    """
    CREATE TABLE roots (
        path TEXT PRIMARY KEY,
        added REAL NOT NULL
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        mtime REAL NOT NULL,
        hash TEXT NOT NULL,
        page_count INTEGER NOT NULL,
        encrypted INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL DEFAULT '',
        doc_type TEXT NOT NULL DEFAULT 'other',
        period_from INTEGER,
        period_to INTEGER,
        published TEXT NOT NULL DEFAULT '',
        modified TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        meta_json TEXT NOT NULL,
        raw_json TEXT NOT NULL,
        meta_stamp TEXT NOT NULL DEFAULT '',
        fulltext_ok INTEGER NOT NULL DEFAULT 0,
        indexed_at REAL NOT NULL
    );
    CREATE INDEX documents_hash ON documents(hash);
    CREATE INDEX documents_fulltext ON documents(fulltext_ok) WHERE fulltext_ok = 0;
    CREATE TABLE pages (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        text BLOB NOT NULL,
        PRIMARY KEY (doc_id, number)
    ) WITHOUT ROWID;
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX contacts_email ON contacts(email) WHERE email != '';
    CREATE INDEX contacts_name ON contacts(name_key) WHERE name_key != '';
    CREATE TABLE document_contacts (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (doc_id, contact_id)
    ) WITHOUT ROWID;
    CREATE TABLE problems (
        path TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        reason TEXT NOT NULL,
        at REAL NOT NULL,
        size INTEGER NOT NULL DEFAULT -1,
        mtime REAL NOT NULL DEFAULT -1
    );
    CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 1 -> 2: page text in a rowid table. WITHOUT ROWID keeps whole rows in the b-tree,
    # which suits small rows only: with ~1 KB of compressed text per page it took twice
    # the space (20.4 MB against 9.9 MB for the 9,532 pages of Debian's LaTeX manuals).
    """
    CREATE TABLE pages_v2 (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        text BLOB NOT NULL,
        PRIMARY KEY (doc_id, number)
    );
    INSERT INTO pages_v2(doc_id, number, label, text)
        SELECT doc_id, number, label, text FROM pages ORDER BY doc_id, number;
    DROP TABLE pages;
    ALTER TABLE pages_v2 RENAME TO pages;
    """,
    # 2 -> 3: documents deleted here whose full-text entries may still be there (the
    # store commits first; a crash before the full-text commit left them searchable).
    """
    CREATE TABLE fulltext_removed (
        doc_id INTEGER PRIMARY KEY
    );
    """,
    # 3 -> 4: the contacts keyed by the one folding rule; the unused state table dropped.
    _rekey_contacts,
    # 4 -> 5: a problem's reason as a message (code and arguments, see core.messages);
    # "reason" keeps its English words. Older rows have none: see _problem.
    """
    ALTER TABLE problems ADD COLUMN message TEXT NOT NULL DEFAULT ''
    """,
    # 5 -> 6: where a page's text comes from, and the words of recognised pages.
    _page_sources,
    # 6 -> 7: the paths of a content read from the hash index alone (search asks for the
    # other places of each of its 50 hits; one row read per copy was 11 ms at 45,000
    # documents with 35 copies each).
    """
    DROP INDEX documents_hash;
    CREATE INDEX documents_hash ON documents(hash, path);
    """,
    # 7 -> 8: raw_json may hold zlib-compressed JSON (written so from now on; the rows of
    # before keep theirs and read as they are). Nothing to change: the number tells an
    # older vtviewer that it cannot read this store.
    _compressed_extractions,
)


SORT_COLUMNS: Mapping[str, str] = {
    "title": "title COLLATE NOCASE",
    "date": "COALESCE(NULLIF(published, ''), NULLIF(modified, ''), '')",
    "pages": "page_count",
    "type": "doc_type",
    "period": "period_from",
    "organisation": "organisation COLLATE NOCASE",
    "modified": "mtime",
    "path": "path",
    "size": "size",
}


class SchemaError(ArchiveError):
    """The index was written by a newer vtviewer; this one cannot read it."""


@dataclass(frozen=True)
class FileState:
    """What the store knows of one indexed file, for the scanner's change detection."""

    doc_id: int
    size: int
    mtime: float
    hash: str
    meta_stamp: str


def _to_db(path: str) -> str:
    """A file path as SQLite can store it.

    Paths that are not valid UTF-8 (old Latin-1 file names on a share) reach Python with
    lone surrogates, which SQLite cannot store; their raw bytes are written as \\xNN
    escapes instead and ``_from_db`` turns them back."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return path


_ESCAPED_BYTE = re.compile(rb"\\x([0-9a-f]{2})")


def _from_db(value: str) -> str:
    if "\\x" not in value:
        return value
    raw = _ESCAPED_BYTE.sub(lambda m: bytes([int(m.group(1), 16)]), value.encode("utf-8"))
    restored = raw.decode("utf-8", "surrogateescape")
    return restored if os.path.exists(restored) or not os.path.exists(value) else value


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def _unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8", "surrogatepass")


def metadata_to_json(meta: Metadata) -> str:
    data = asdict(meta)
    data["sources"] = dict(meta.sources)
    return json.dumps(data, separators=(",", ":"))


def metadata_from_json(text: str) -> Metadata:
    data = json.loads(text)
    doc_type = data.get("doc_type", "other")
    if doc_type not in DOC_TYPES:
        doc_type = "other"
    return Metadata(
        title=data.get("title", ""),
        doc_type=cast(DocType, doc_type),
        period_from=data.get("period_from"),
        period_to=data.get("period_to"),
        published=data.get("published", ""),
        modified=data.get("modified", ""),
        organisation=data.get("organisation", ""),
        authors=tuple(data.get("authors", ())),
        summary=data.get("summary", ""),
        language=data.get("language", ""),
        tags=tuple(data.get("tags", ())),
        contacts=tuple(Contact(**c) for c in data.get("contacts", ())),
        attachments=tuple(data.get("attachments", ())),
        attached_to=str(data.get("attached_to", "")),
        sources=cast(dict[str, Source], data.get("sources", {})),
        overlay=bool(data.get("overlay", False)),
    )


def words_to_json(words: Sequence[WordBox]) -> str:
    """Word boxes as compact JSON: [text, left, top, width, height, confidence] each."""
    rows = [
        [
            w.text,
            round(w.left, 5),
            round(w.top, 5),
            round(w.width, 5),
            round(w.height, 5),
            round(w.confidence, 1),
        ]
        for w in words
    ]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def words_from_json(text: str) -> tuple[WordBox, ...]:
    try:
        rows = json.loads(text)
        return tuple(
            WordBox(str(r[0]), float(r[1]), float(r[2]), float(r[3]), float(r[4]), float(r[5]))
            for r in rows
        )
    except (ValueError, TypeError, IndexError):
        return ()


def _page(doc_id: int, row: sqlite3.Row) -> Page:
    source = row["source"]
    if source not in ("layer", "none", "ocr", "failed"):
        source = "layer"
    return Page(doc_id, row["number"], _unpack(row["text"]), row["label"], source)


def extraction_to_json(raw: Extraction) -> str:
    """Everything of an Extraction but the page text (kept in ``pages``)."""
    data = asdict(raw)
    del data["pages"]
    data["info"] = dict(raw.info)
    data["xmp"] = dict(raw.xmp)
    return json.dumps(data, separators=(",", ":"))


def extraction_from_json(text: str, pages: Sequence[str]) -> Extraction:
    data = json.loads(text)
    return Extraction(
        page_count=data.get("page_count", len(pages)),
        pages=tuple(pages),
        page_labels=tuple(data.get("page_labels", ())),
        info=data.get("info", {}),
        xmp=data.get("xmp", {}),
        outline=tuple(data.get("outline", ())),
        encrypted=bool(data.get("encrypted", False)),
        first_page_heading=data.get("first_page_heading", ""),
        text_engine=data.get("text_engine", ""),
        textless=tuple(data.get("textless", ())),
    )


#: The store's columns behind each of ``Store.sort_values``'s sorts.
_SORT_COLUMNS: dict[str, str] = {
    "mtime": "mtime",
    "doc_type": "doc_type",
    "organisation": "organisation",
    "period": "period_from, period_to",
}


class Store:
    """The SQLite store. Open with ``Store.open(path)`` (":memory:" for tests)."""

    def __init__(self, target: str, *, uri: bool, keepalive: bool, read_only: bool = False) -> None:
        self._target = target
        self._uri = uri
        self.read_only = read_only
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._closed = False
        # An in-memory database lives only while a connection to it is open.
        self._keepalive = self._connect() if keepalive else None
        #: True when this open made the database (it was missing or empty).
        self.created = False
        self._has_messages: bool | None = None
        self._has_sources: bool | None = None
        if read_only:
            self._check_readable()
        else:
            self._migrate()

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Open (or create) the database at ``path``.

        ``read_only``: a database in a folder that cannot be written (a copied archive
        on a read-only share). SQLite's WAL mode needs a -shm file next to the database
        even to read; where there is none and none can be made, the file is opened as
        immutable, which is exact when no -wal file holds changes (a closed database
        leaves none). A missing database reads as an empty one."""
        if str(path) == ":memory:" or (read_only and not Path(path).exists()):
            name = f"file:vtviewer-{uuid.uuid4().hex}?mode=memory&cache=shared"
            store = cls(name, uri=True, keepalive=True)
            store.read_only = read_only
            return store
        if read_only:
            return cls(_read_only_uri(Path(path)), uri=True, keepalive=False, read_only=True)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return cls(str(path), uri=False, keepalive=False)

    # --- connections ------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self._target, uri=self._uri, timeout=30.0, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        if not self._uri:
            # A new database only (an existing one keeps its own): with 4 KiB pages a
            # page's compressed text over ~1 KiB spilled to an overflow page of its own,
            # and the file was 11 % larger (106 -> 95 MB at 100,000 pages).
            conn.execute(f"PRAGMA page_size = {PAGE_BYTES}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA busy_timeout = 30000")
        with self._lock:
            self._connections.append(conn)
        return conn

    @property
    def _db(self) -> sqlite3.Connection:
        if self._closed:
            raise RuntimeError("store is closed")
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    def checkpoint(self) -> None:
        """Copy what the write-ahead log holds into the database and empty the -wal file:
        SQLite's own checkpoints reuse the file, which keeps the largest size it reached
        (a third of the data folder after a first index). Readers are waited for a second
        at most; what they still see stays in the log until the next checkpoint."""
        if self.read_only or self._uri:
            return  # in memory, or the folder cannot be written
        db = self._db
        db.execute("PRAGMA busy_timeout = 1000")
        try:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            db.execute("PRAGMA busy_timeout = 30000")

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
            self._closed = True
        for conn in connections:
            try:
                conn.close()
            except sqlite3.Error:  # pragma: no cover - closing from another thread
                log.debug("closing a connection failed", exc_info=True)

    def _check_readable(self) -> None:
        """A read-only store cannot be migrated: it must be of a schema this version reads."""
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise SchemaError(
                f"the index was written by a newer vtviewer (schema {version} > {SCHEMA_VERSION})"
            )
        if version < READABLE_SCHEMA_VERSION:
            raise SchemaError(
                f"the index was written by an older vtviewer (schema {version}) and must be"
                " upgraded, which needs a data folder that can be written"
            )

    def _migrate(self) -> None:
        db = self._db
        while True:
            db.execute("BEGIN IMMEDIATE")
            try:
                # Read inside the write lock: another process may have migrated meanwhile.
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                if version > SCHEMA_VERSION:
                    raise SchemaError(
                        "the index was written by a newer vtviewer "
                        f"(schema {version} > {SCHEMA_VERSION})"
                    )
                if version == SCHEMA_VERSION:
                    db.execute("COMMIT")
                    return
                if version == 0:
                    self.created = True
                step = MIGRATIONS[version]
                if callable(step):
                    step(db)
                else:
                    for statement in _split_sql(step):
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {version + 1}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    @contextmanager
    def transaction(self) -> Iterator[Writer]:
        """A write transaction: everything inside commits together or not at all."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        writer = Writer(db)
        try:
            yield writer
            writer.finish()
            db.execute("COMMIT")
        except BaseException:
            # Also when the COMMIT itself fails (disk full): the connection must not stay
            # inside a transaction, or every later write on this thread would fail.
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def damage(self, *, thorough: bool = False) -> str | None:
        """What SQLite finds wrong with the database file, None when nothing.

        ``PRAGMA quick_check`` reads the whole file: 16 ms for a 27 MB database in the
        page cache, 0.4 s from a cold disk (1,285 PDFs, 27,795 pages), so it runs at
        open only for files up to QUICK_CHECK_BYTES; damage in a larger one is found
        when it is read (SQLite says "malformed"), and ``thorough`` checks it anyway."""
        if not self._uri or self.read_only:
            try:
                size = os.stat(self._file()).st_size
            except OSError:
                size = 0
            if not thorough and size > QUICK_CHECK_BYTES:
                return None
        rows = [r[0] for r in self._db.execute("PRAGMA quick_check(5)")]
        return None if rows == ["ok"] else "; ".join(str(r) for r in rows)

    def _file(self) -> str:
        if not self._uri:
            return self._target
        raw = urllib.parse.unquote_to_bytes(self._target.removeprefix("file:").split("?")[0])
        return os.fsdecode(raw)

    # --- reading ----------------------------------------------------------------------

    def roots(self) -> list[str]:
        return [_from_db(r[0]) for r in self._db.execute("SELECT path FROM roots ORDER BY path")]

    def document(self, doc_id: int) -> Document | None:
        row = self._db.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return _document(row) if row else None

    def document_by_path(self, path: str) -> Document | None:
        row = self._db.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE path = ?", (_to_db(path),)
        ).fetchone()
        return _document(row) if row else None

    def documents_by_ids(self, ids: Iterable[int]) -> dict[int, Document]:
        return {row["id"]: _document(row) for row in self._rows_by_ids(_DOCUMENT_COLUMNS, ids)}

    def mtimes(self, ids: Iterable[int]) -> dict[int, float]:
        """The files' modification times of these documents (id -> mtime)."""
        return {int(row[0]): float(row[1]) for row in self._rows_by_ids("id, mtime", ids)}

    def sort_values(self, ids: Iterable[int], column: str) -> dict[int, tuple[object, ...]]:
        """What these documents hold to sort by ``column`` (id -> values): "mtime",
        "doc_type", "organisation" or "period" (its start and end year, None unknown)."""
        columns = _SORT_COLUMNS[column]
        return {int(row[0]): tuple(row[1:]) for row in self._rows_by_ids(f"id, {columns}", ids)}

    def ids_with_hashes(self, hashes: Iterable[str]) -> list[int]:
        """The documents whose content hash is one of ``hashes``, by id."""
        wanted = list(dict.fromkeys(hashes))
        found: list[int] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.extend(
                int(row[0])
                for row in self._db.execute(
                    f"SELECT id FROM documents WHERE hash IN ({marks})", chunk
                )
            )
        return sorted(found)

    def places(self, hashes: Iterable[str]) -> dict[str, list[str]]:
        """Every path of each content hash in ``hashes``, the main copy first (see
        ``copies.main_first``); a hash no document has is left out."""
        wanted = list(dict.fromkeys(hashes))
        found: dict[str, list[str]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT hash, path FROM documents WHERE hash IN ({marks})", chunk
            ):
                found.setdefault(row[0], []).append(_from_db(row[1]))
        return {content: main_first(paths) for content, paths in found.items()}

    def documents_by_paths(self, paths: Iterable[str]) -> dict[str, Document]:
        """The documents at ``paths`` (those indexed), by path. A path no file name can
        have (a lone surrogate that is no escaped byte, from stored metadata) is none."""
        wanted: list[str] = []
        for path in dict.fromkeys(paths):
            try:
                wanted.append(_to_db(path))
            except UnicodeEncodeError:
                continue
        found: dict[str, Document] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE path IN ({marks})", chunk
            ):
                document = _document(row)
                found[document.path] = document
        return found

    def paths_starting(self, prefixes: Iterable[str]) -> dict[str, list[str]]:
        """Per prefix of ``prefixes``, the indexed paths that begin with it (case
        counts), sorted; a prefix no path has is left out. Ranges, not substr(): one
        statement walks the index on path for up to 200 prefixes (search asks for its
        50 hits at once)."""
        wanted: list[tuple[str, str]] = []
        for prefix in dict.fromkeys(prefixes):
            try:
                wanted.append((prefix, _to_db(prefix)))
            except UnicodeEncodeError:
                continue
        found: dict[str, list[str]] = {}
        for start in range(0, len(wanted), 200):
            chunk = wanted[start : start + 200]
            where = " OR ".join(["(path >= ? AND path < ?)"] * len(chunk))
            bounds = [bound for _, stored in chunk for bound in (stored, stored + "\U0010ffff")]
            # No ORDER BY: with one, SQLite scans the whole index instead of each range.
            rows = sorted(
                r[0] for r in self._db.execute(f"SELECT path FROM documents WHERE {where}", bounds)
            )
            for prefix, stored in chunk:
                paths = [_from_db(row) for row in rows if row.startswith(stored)]
                if paths:
                    found[prefix] = paths
        return found

    def _rows_by_ids(self, columns: str, ids: Iterable[int]) -> Iterator[sqlite3.Row]:
        """``columns`` of the documents ``ids`` (each once), 500 ids a statement."""
        wanted = list(dict.fromkeys(ids))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            yield from self._db.execute(
                f"SELECT {columns} FROM documents WHERE id IN ({marks})", chunk
            )

    def iter_documents(self) -> Iterator[Document]:
        for row in self._db.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY id"):
            yield _document(row)

    def documents(
        self,
        sort: str = "title",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Document]:
        order = SORT_COLUMNS.get(sort, SORT_COLUMNS["title"])
        direction = "DESC" if descending else "ASC"
        sql = f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY {order} {direction}, id"
        params: list[int] = []
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [limit, offset]
        return [_document(r) for r in self._db.execute(sql, params)]

    def count_documents(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def count_pages(self) -> int:
        row = self._db.execute("SELECT COALESCE(SUM(page_count), 0) FROM documents").fetchone()
        return int(row[0])

    def pages(self, doc_id: int) -> list[Page]:
        rows = self._db.execute(
            f"SELECT {self._page_columns()} FROM pages WHERE doc_id = ? ORDER BY number",
            (doc_id,),
        )
        return [_page(doc_id, r) for r in rows]

    def pages_of(self, doc_id: int, numbers: Sequence[int]) -> list[Page]:
        """The pages ``numbers`` of a document, in that order (those not stored left out):
        what search reads for the few pages it shows of a hit."""
        if not numbers:
            return []
        marks = ",".join("?" * len(numbers))
        rows = self._db.execute(
            f"SELECT {self._page_columns()} FROM pages WHERE doc_id = ? AND number IN ({marks})",
            (doc_id, *numbers),
        )
        found = {r["number"]: _page(doc_id, r) for r in rows}
        return [found[n] for n in numbers if n in found]

    def page_sources(self, doc_ids: Iterable[int] | None = None) -> dict[PageSource, int]:
        """How many pages come from each source ('layer' left out): of ``doc_ids``, or of
        every document."""
        self._page_columns()
        if not self._has_sources:
            return {}
        if doc_ids is None:
            rows = self._db.execute(
                "SELECT source, COUNT(*) FROM pages WHERE source != 'layer' GROUP BY source"
            ).fetchall()
        else:
            ids = list(doc_ids)
            if not ids:
                return {}
            marks = ",".join("?" * len(ids))
            rows = self._db.execute(
                "SELECT source, COUNT(*) FROM pages WHERE source != 'layer'"
                f" AND doc_id IN ({marks}) GROUP BY source",
                ids,
            ).fetchall()
        return {cast(PageSource, r[0]): int(r[1]) for r in rows}

    def unrecognised(self) -> list[tuple[int, int]]:
        """(doc_id, page) of every page with no text layer that is not recognised yet,
        document by document."""
        self._page_columns()
        if not self._has_sources:
            return []
        rows = self._db.execute(
            "SELECT doc_id, number FROM pages WHERE source = 'none' ORDER BY doc_id, number"
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    def words(self, doc_id: int, number: int) -> tuple[WordBox, ...]:
        """The recognised words of a page with their boxes (none for a text-layer page)."""
        self._page_columns()
        if not self._has_sources:
            return ()
        row = self._db.execute(
            "SELECT words FROM page_words WHERE doc_id = ? AND number = ?", (doc_id, number)
        ).fetchone()
        if row is None:
            return ()
        return words_from_json(_unpack(row[0]))

    def extraction(self, doc_id: int) -> Extraction | None:
        """The stored extraction of a document (for re-merging metadata without the PDF)."""
        row = self._db.execute("SELECT raw_json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        stored = row[0]
        # zlib-compressed JSON; a store written before that was so holds the JSON itself.
        raw = _unpack(stored) if isinstance(stored, bytes) else stored
        return extraction_from_json(raw, [p.text for p in self.pages(doc_id)])

    def file_states(self) -> dict[str, FileState]:
        rows = self._db.execute("SELECT id, path, size, mtime, hash, meta_stamp FROM documents")
        return {
            _from_db(r["path"]): FileState(
                r["id"], r["size"], r["mtime"], r["hash"], r["meta_stamp"]
            )
            for r in rows
        }

    def problem_states(self) -> dict[str, tuple[int, float]]:
        rows = self._db.execute("SELECT path, size, mtime FROM problems")
        return {_from_db(r["path"]): (r["size"], r["mtime"]) for r in rows}

    def problems(self) -> list[Problem]:
        rows = self._db.execute(f"SELECT {self._problem_columns()} FROM problems ORDER BY path")
        return [_problem(r) for r in rows]

    def problem_for(self, path: str) -> Problem | None:
        r = self._db.execute(
            f"SELECT {self._problem_columns()} FROM problems WHERE path = ?", (_to_db(path),)
        ).fetchone()
        return _problem(r) if r else None

    def _page_columns(self) -> str:
        # A read-only store of an older schema has no source column (every page 'layer').
        if self._has_sources is None:
            columns = {r[1] for r in self._db.execute("PRAGMA table_info(pages)")}
            self._has_sources = "source" in columns
        return "number, label, text" + (", source" if self._has_sources else ", 'layer' AS source")

    def _problem_columns(self) -> str:
        # A read-only store of an older schema has no message column.
        if self._has_messages is None:
            columns = {r[1] for r in self._db.execute("PRAGMA table_info(problems)")}
            self._has_messages = "message" in columns
        return "path, kind, reason, at" + (", message" if self._has_messages else "")

    def count_problems(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM problems").fetchone()[0])

    def fulltext_removed(self) -> list[int]:
        """Documents deleted here whose removal from the full-text index may not have
        been committed yet (see ``Writer.forget_fulltext_removed``)."""
        return [r[0] for r in self._db.execute("SELECT doc_id FROM fulltext_removed ORDER BY 1")]

    def pending_fulltext(self) -> list[int]:
        """Documents committed here whose full-text entries were not committed yet."""
        rows = self._db.execute("SELECT id FROM documents WHERE fulltext_ok = 0 ORDER BY id")
        return [r[0] for r in rows]

    def contacts(self) -> list[Contact]:
        """Every distinct person across all documents."""
        rows = self._db.execute(
            "SELECT name, role, organisation, phone, email FROM contacts ORDER BY name, email"
        )
        return [Contact(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def document_contacts(self) -> list[tuple[int, int, Contact]]:
        """Every document's own contacts as (document id, position, contact), in one
        query: what the contacts directory (core.directory) groups. The contacts table
        keeps one merged row per person; the spellings and roles of each document are in
        its metadata."""
        rows = self._db.execute(
            "SELECT d.id, CAST(j.key AS INTEGER),"
            " COALESCE(json_extract(j.value, '$.name'), ''),"
            " COALESCE(json_extract(j.value, '$.role'), ''),"
            " COALESCE(json_extract(j.value, '$.organisation'), ''),"
            " COALESCE(json_extract(j.value, '$.phone'), ''),"
            " COALESCE(json_extract(j.value, '$.email'), '')"
            " FROM documents AS d, json_each(d.meta_json, '$.contacts') AS j"
            " ORDER BY d.id, 2"
        )
        return [
            (int(r[0]), int(r[1]), Contact(str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6])))
            for r in rows
        ]

    def contact_documents(self, contact: Contact) -> list[int]:
        """Ids of the documents that name this person."""
        row = self._find_contact(self._db, contact)
        if row is None:
            return []
        rows = self._db.execute(
            "SELECT doc_id FROM document_contacts WHERE contact_id = ? ORDER BY doc_id", (row[0],)
        )
        return [r[0] for r in rows]

    @staticmethod
    def _find_contact(db: sqlite3.Connection, contact: Contact) -> sqlite3.Row | None:
        email = contact.email.strip().lower()
        if email:
            # "!= ''" lets SQLite use the partial index (a bound value alone does not).
            row = db.execute(
                "SELECT * FROM contacts WHERE email = ? AND email != ''", (email,)
            ).fetchone()
            if row is not None:
                return cast(sqlite3.Row, row)
        key = name_key(contact.name)
        if key:
            row = db.execute(
                "SELECT * FROM contacts WHERE name_key = ? AND name_key != ''"
                " AND (email = '' OR email = ? OR ? = '')"
                " ORDER BY email DESC LIMIT 1",
                (key, email, email),
            ).fetchone()
            if row is not None:
                return cast(sqlite3.Row, row)
        return None


class Writer:
    """The write operations, valid inside ``Store.transaction()`` only."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        #: Links to contacts were removed: people no document names any more are dropped
        #: once, when the transaction commits (a scan of the table per document made
        #: indexing quadratic).
        self.contacts_changed = False

    def finish(self) -> None:
        """The work done once per transaction, just before it commits."""
        if self.contacts_changed:
            self._db.execute(
                "DELETE FROM contacts WHERE id NOT IN (SELECT contact_id FROM document_contacts)"
            )

    @contextmanager
    def isolated(self) -> Iterator[Writer]:
        """A part of the transaction that is undone alone if it fails (a SAVEPOINT): one
        file whose write raises must not take the other files of the batch with it."""
        self._db.execute("SAVEPOINT one_file")
        contacts_changed = self.contacts_changed
        try:
            yield self
        except BaseException:
            # SQLite may have rolled back the whole transaction itself (a full disk, an
            # I/O error): then there is no savepoint left to go back to.
            if self._db.in_transaction:
                self._db.execute("ROLLBACK TO one_file")
                self._db.execute("RELEASE one_file")
            self.contacts_changed = contacts_changed
            raise
        self._db.execute("RELEASE one_file")

    @property
    def active(self) -> bool:
        """False once SQLite has rolled the transaction back on its own (disk full)."""
        return self._db.in_transaction

    def add_root(self, path: str) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO roots(path, added) VALUES (?, ?)", (_to_db(path), time.time())
        )

    def remove_root(self, path: str) -> None:
        self._db.execute("DELETE FROM roots WHERE path = ?", (_to_db(path),))

    def put_document(
        self,
        *,
        path: str,
        size: int,
        mtime: float,
        hash: str,
        raw: Extraction,
        meta: Metadata,
        meta_stamp: str = "",
        doc_id: int | None = None,
    ) -> int:
        """Insert or replace a document with its pages and contacts; returns its id.

        ``doc_id`` keeps the identity of a document that was moved or changed."""
        if doc_id is None:
            row = self._db.execute(
                "SELECT id FROM documents WHERE path = ?", (_to_db(path),)
            ).fetchone()
            doc_id = row[0] if row else None
        # The copies of the content it had and of the content it has are looked at again.
        self._pend_copies(doc_id, path)
        values = {
            "path": _to_db(path),
            "size": size,
            "mtime": mtime,
            "hash": hash,
            "page_count": raw.page_count,
            "encrypted": int(raw.encrypted),
            "title": meta.title,
            "doc_type": meta.doc_type,
            "period_from": meta.period_from,
            "period_to": meta.period_to,
            "published": meta.published,
            "modified": meta.modified,
            "organisation": meta.organisation,
            "language": meta.language,
            "meta_json": metadata_to_json(meta),
            # Compressed (zlib, as the page text): the page labels and the outline are
            # most of it, and repeat themselves (1.1 -> 0.3 MB for the bench corpus).
            "raw_json": _pack(extraction_to_json(raw)),
            "meta_stamp": meta_stamp,
            "fulltext_ok": 0,
            "indexed_at": time.time(),
        }
        if doc_id is None:
            cols = ", ".join(values)
            marks = ", ".join("?" * len(values))
            cur = self._db.execute(
                f"INSERT INTO documents({cols}) VALUES ({marks})", list(values.values())
            )
            doc_id = int(cast(int, cur.lastrowid))
        else:
            # Another document may hold the path already (a move onto a replaced file).
            self._db.execute(
                "DELETE FROM documents WHERE path = ? AND id != ?", (_to_db(path), doc_id)
            )
            sets = ", ".join(f"{c} = ?" for c in values)
            self._db.execute(
                f"UPDATE documents SET {sets} WHERE id = ?", [*values.values(), doc_id]
            )
            self._db.execute("DELETE FROM pages WHERE doc_id = ?", (doc_id,))
            self._db.execute("DELETE FROM page_words WHERE doc_id = ?", (doc_id,))
        labels = raw.page_labels
        textless = set(raw.textless)
        self._db.executemany(
            "INSERT INTO pages(doc_id, number, label, text, source) VALUES (?, ?, ?, ?, ?)",
            (
                (
                    doc_id,
                    n,
                    labels[n - 1] if n - 1 < len(labels) else "",
                    _pack(text),
                    "none" if n in textless else "layer",
                )
                for n, text in enumerate(raw.pages, start=1)
            ),
        )
        self._link_contacts(doc_id, meta.contacts)
        self._pend_copies(doc_id, path)
        self._db.execute("DELETE FROM problems WHERE path = ?", (_to_db(path),))
        # SQLite may give a new document the id of one deleted before: its full-text
        # entry replaces the old one's, which must not be removed after it.
        self._db.execute("DELETE FROM fulltext_removed WHERE doc_id = ?", (doc_id,))
        return doc_id

    def put_recognised(self, doc_id: int, number: int, text: str, words: Sequence[WordBox]) -> None:
        """Store what OCR read on a page without a text layer: its text (searched like any
        page's) and its words with their boxes. The document goes to the full-text index
        again (``fulltext_ok`` 0)."""
        self._db.execute(
            "UPDATE pages SET text = ?, source = 'ocr' WHERE doc_id = ? AND number = ?",
            (_pack(text), doc_id, number),
        )
        self._db.execute(
            "INSERT OR REPLACE INTO page_words(doc_id, number, words) VALUES (?, ?, ?)",
            (doc_id, number, _pack(words_to_json(words))),
        )
        self._db.execute("UPDATE documents SET fulltext_ok = 0 WHERE id = ?", (doc_id,))

    def ocr_failed(self, doc_id: int, number: int) -> None:
        """OCR gave up on a page (it timed out or crashed): not tried again until the
        file changes."""
        self._db.execute(
            "UPDATE pages SET source = 'failed' WHERE doc_id = ? AND number = ?",
            (doc_id, number),
        )

    def update_metadata(self, doc_id: int, meta: Metadata, meta_stamp: str) -> None:
        """Replace the merged metadata only (a sidecar or catalog changed, the PDF did not)."""
        self._db.execute(
            "UPDATE documents SET title = ?, doc_type = ?, period_from = ?, period_to = ?,"
            " published = ?, modified = ?, organisation = ?, language = ?, meta_json = ?,"
            " meta_stamp = ?, fulltext_ok = 0 WHERE id = ?",
            (
                meta.title,
                meta.doc_type,
                meta.period_from,
                meta.period_to,
                meta.published,
                meta.modified,
                meta.organisation,
                meta.language,
                metadata_to_json(meta),
                meta_stamp,
                doc_id,
            ),
        )
        self._link_contacts(doc_id, meta.contacts)

    def _link_contacts(self, doc_id: int, contacts: Sequence[Contact]) -> None:
        self._db.execute("DELETE FROM document_contacts WHERE doc_id = ?", (doc_id,))
        for position, contact in enumerate(contacts):
            contact_id = self._upsert_contact(contact)
            self._db.execute(
                "INSERT OR IGNORE INTO document_contacts(doc_id, contact_id, position)"
                " VALUES (?, ?, ?)",
                (doc_id, contact_id, position),
            )
        self.contacts_changed = True

    def _upsert_contact(self, contact: Contact) -> int:
        row = Store._find_contact(self._db, contact)
        email = contact.email.strip().lower()
        if row is None:
            cur = self._db.execute(
                "INSERT INTO contacts(email, name_key, name, role, organisation, phone)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    email,
                    name_key(contact.name),
                    contact.name,
                    contact.role,
                    contact.organisation,
                    contact.phone,
                ),
            )
            return int(cast(int, cur.lastrowid))
        # One person across documents is one contact: fill in what the row lacks.
        merged = {
            "email": row["email"] or email,
            "name": row["name"] or contact.name,
            "role": row["role"] or contact.role,
            "organisation": row["organisation"] or contact.organisation,
            "phone": row["phone"] or contact.phone,
        }
        self._db.execute(
            "UPDATE contacts SET email = ?, name = ?, name_key = ?, role = ?, organisation = ?,"
            " phone = ? WHERE id = ?",
            (
                merged["email"],
                merged["name"],
                name_key(merged["name"]),
                merged["role"],
                merged["organisation"],
                merged["phone"],
                row["id"],
            ),
        )
        return int(row["id"])

    def touch(self, doc_id: int, size: int, mtime: float) -> None:
        """The file's stamp changed but its content did not."""
        self._db.execute(
            "UPDATE documents SET size = ?, mtime = ? WHERE id = ?", (size, mtime, doc_id)
        )

    def move(self, doc_id: int, new_path: str, size: int, mtime: float) -> None:
        """A file moved or was renamed inside the roots: same document, new path."""
        self._pend_copies(doc_id, new_path)
        self._db.execute(
            "DELETE FROM documents WHERE path = ? AND id != ?", (_to_db(new_path), doc_id)
        )
        self._db.execute(
            "UPDATE documents SET path = ?, size = ?, mtime = ?, fulltext_ok = 0 WHERE id = ?",
            (_to_db(new_path), size, mtime, doc_id),
        )
        self._db.execute("DELETE FROM problems WHERE path = ?", (_to_db(new_path),))

    def delete_document(self, doc_id: int) -> None:
        """Forget a document; its full-text entry is removed after this commits (and
        after a crash, by the next catch-up: see ``Store.fulltext_removed``)."""
        self._pend_copies(doc_id, None)
        self._db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        self._db.execute("INSERT OR IGNORE INTO fulltext_removed(doc_id) VALUES (?)", (doc_id,))
        self.contacts_changed = True

    def _pend_copies(self, doc_id: int | None, path: str | None) -> None:
        """The full-text index holds one entry per content, its main copy's (see
        core.copies): when a copy comes, goes or moves, every copy of that content (of
        the document ``doc_id`` and of the one at ``path``) is added again, and the
        indexer then keeps the main one only. A content found once costs nothing more:
        that document is pending already."""
        self._db.execute(
            "UPDATE documents SET fulltext_ok = 0 WHERE fulltext_ok = 1 AND hash IN"
            " (SELECT hash FROM documents WHERE id = ? OR path = ?)",
            (doc_id, _to_db(path) if path is not None else None),
        )

    def record_problem(self, problem: Problem, size: int = -1, mtime: float = -1) -> None:
        # Reasons quote file names and values; the store takes valid Unicode only.
        reason = cleaned(problem.reason)
        self._db.execute(
            "INSERT OR REPLACE INTO problems(path, kind, reason, message, at, size, mtime)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                _to_db(problem.path),
                problem.kind,
                english(reason),
                to_json(reason),
                problem.when or time.time(),
                size,
                mtime,
            ),
        )

    def clear_problem(self, path: str) -> None:
        self._db.execute("DELETE FROM problems WHERE path = ?", (_to_db(path),))

    def delete_under(self, folder: str) -> list[int]:
        """Forget every document inside a folder; returns their ids."""
        prefix = _folder_prefix(_to_db(folder))
        rows = self._db.execute(
            "SELECT id FROM documents WHERE substr(path, 1, ?) = ?", (len(prefix), prefix)
        ).fetchall()
        ids = [r[0] for r in rows]
        for doc_id in ids:
            self.delete_document(doc_id)
        return ids

    def delete_outside(self, roots: Sequence[str]) -> list[int]:
        """Forget every document and problem that is not inside one of ``roots`` (a
        folder removed, or left behind by a removal a crash cut short); returns the
        documents' ids."""
        inside, params = _inside_sql(roots)
        rows = self._db.execute(f"SELECT id FROM documents WHERE NOT ({inside})", params)
        ids = [r[0] for r in rows.fetchall()]
        for doc_id in ids:
            self.delete_document(doc_id)
        self._db.execute(f"DELETE FROM problems WHERE NOT ({inside})", params)
        return ids

    def forget_fulltext_removed(self, doc_ids: Iterable[int]) -> None:
        """These documents' removal from the full-text index was committed."""
        self._db.executemany(
            "DELETE FROM fulltext_removed WHERE doc_id = ?", ((i,) for i in doc_ids)
        )

    def clear_problems_under(self, root: str) -> None:
        prefix = _folder_prefix(_to_db(root))
        self._db.execute(
            "DELETE FROM problems WHERE path = ? OR substr(path, 1, ?) = ?",
            (_to_db(root), len(prefix), prefix),
        )

    def mark_fulltext_done(self, doc_ids: Iterable[int]) -> None:
        self._db.executemany(
            "UPDATE documents SET fulltext_ok = 1 WHERE id = ?", ((i,) for i in doc_ids)
        )

    def mark_all_fulltext_pending(self) -> None:
        self._db.execute("UPDATE documents SET fulltext_ok = 0")


def salvage_roots(path: Path) -> list[str]:
    """The roots of a damaged database at ``path``, as far as they can still be read
    (an index from before roots.json has them nowhere else); [] when they cannot."""
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            # Lets SQLite read a file shorter than its header says (a truncated copy).
            conn.execute("PRAGMA writable_schema = ON")
            return sorted(_from_db(r[0]) for r in conn.execute("SELECT path FROM roots"))
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def _read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` for reading only (see ``Store.open``)."""
    # Bytes quoted: a folder name that is not UTF-8 keeps its bytes.
    base = "file:" + urllib.parse.quote(os.fsencode(path.resolve()))
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    try:
        pending = wal.stat().st_size > 0
    except OSError:
        pending = False
    if pending and shm.exists():
        try:
            conn = sqlite3.connect(base + "?mode=ro", uri=True)
            try:
                conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
                return base + "?mode=ro"
            finally:
                conn.close()
        except sqlite3.Error:
            pass
    if pending:
        log.warning(
            "%s has changes in %s that cannot be read without write access; they are not shown",
            path,
            wal.name,
        )
    return base + "?immutable=1"


def _folder_prefix(folder: str) -> str:
    """What the paths inside ``folder`` start with. Compared with substr(), not LIKE:
    LIKE ignores case, so removing /data/Arkiv would also forget /data/arkiv."""
    return folder.rstrip("/\\") + os.sep


def _inside_sql(roots: Sequence[str]) -> tuple[str, list[str | int]]:
    """An SQL condition on ``path``: inside one of ``roots`` (or one of them itself)."""
    terms: list[str] = []
    params: list[str | int] = []
    for root in roots:
        prefix = _folder_prefix(_to_db(root))
        terms.append("path = ? OR substr(path, 1, ?) = ?")
        params += [_to_db(root), len(prefix), prefix]
    return (" OR ".join(terms) or "0"), params


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


#: What ``_document`` reads of a row (not the extraction's JSON, which can be large).
_DOCUMENT_COLUMNS = "id, path, size, mtime, hash, page_count, encrypted, meta_json, indexed_at"


#: The reasons without arguments by their English words: what a store of before schema 5
#: holds of them is read back as the message it was.
_FIXED_REASONS: Mapping[str, MessageCode] = {
    text: code for code, text in ENGLISH.items() if "%" not in text
}


def _problem(row: sqlite3.Row) -> Problem:
    text = row["reason"]
    stored = row["message"] if len(row) > 4 else ""  # (no column before schema 5)
    if stored:
        reason = from_json(stored, fallback=text)
    elif text in _FIXED_REASONS:
        reason = Message(_FIXED_REASONS[text])
    else:
        reason = Message("legacy", (text,))  # in English, as an older vtviewer wrote it
    return Problem(_from_db(row["path"]), reason, row["kind"], row["at"])


def _document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"],
        path=_from_db(row["path"]),
        size=row["size"],
        mtime=row["mtime"],
        hash=row["hash"],
        page_count=row["page_count"],
        encrypted=bool(row["encrypted"]),
        meta=metadata_from_json(row["meta_json"]),
        indexed_at=row["indexed_at"],
    )
