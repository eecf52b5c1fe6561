"""What can go wrong with a data folder, told apart from the errors of SQLite, tantivy, the OS.

Two kinds of trouble reach the user. The folder cannot be written (a full disk, a
read-only share, missing permissions): nothing is lost, and the next run continues once
that is fixed; it is a ``DataFolderError``. A part of the index is damaged (a truncated
database, garbage in a full-text segment): it is moved aside and rebuilt from the files;
it is a ``Damage``, raised as ``IndexDamagedError`` where an answer was asked for. Both
carry codes and arguments (``kind``, ``part``), so each front end words them itself; their
``str()`` is the English sentence the command line prints.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

#: Why a data folder cannot be written.
FolderProblem = Literal["disk-full", "read-only", "permission"]
#: The parts of an index that can be damaged (each is rebuilt on its own terms).
IndexPart = Literal["database", "fulltext"]

_PART_NAMES: dict[IndexPart, str] = {"database": "database", "fulltext": "full-text index"}


class ArchiveError(Exception):
    """What an archive method raises when it cannot do its job: ``DataFolderError``,
    ``IndexDamagedError``, ``StoreError``, and the archive's and store's own
    (``archive.IndexBusyError``, ``index.SchemaError``). A front end catches this one
    type; ``str()`` is the English line the command line prints."""


class StoreError(ArchiveError):
    """The index could not be read or written, for none of the reasons above (a database
    locked by another program for longer than the wait, an engine's refusal): ``detail``
    is the engine's own words."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    def __str__(self) -> str:
        return f"the index could not be read or written ({self.detail})"


class DataFolderError(ArchiveError):
    """The data folder ``folder`` cannot be written: ``kind`` says why, ``detail`` is the
    error as the system gave it. What was committed before is kept."""

    def __init__(self, kind: FolderProblem, folder: Path, detail: str) -> None:
        super().__init__(kind, folder, detail)
        self.kind: FolderProblem = kind
        self.folder = Path(folder)
        self.detail = detail

    def __str__(self) -> str:
        if self.kind == "disk-full":
            return (
                f"the disk of the data folder {self.folder} is full ({self.detail}); "
                "free some space and run again: what was indexed so far is kept"
            )
        if self.kind == "read-only":
            return (
                f"the data folder {self.folder} is read-only: it can be searched but not "
                "changed; choose another data folder (--data-dir) to index"
            )
        return (
            f"no permission to write in the data folder {self.folder} ({self.detail}); "
            "fix its permissions or choose another data folder (--data-dir)"
        )


@dataclass(frozen=True)
class Damage:
    """A damaged part of the index and what was found (the engine's own words)."""

    part: IndexPart
    detail: str

    def describe(self) -> str:
        return f"the {_PART_NAMES[self.part]} is damaged ({self.detail})"


class IndexDamagedError(ArchiveError):
    """An answer needs a part of the index that is damaged; ``Archive.rebuild`` repairs
    it (``part``: "database" or "fulltext")."""

    def __init__(self, damage: Damage) -> None:
        super().__init__(damage)
        self.damage = damage
        self.part: IndexPart = damage.part
        self.detail = damage.detail

    def __str__(self) -> str:
        return self.damage.describe()


_ERRNO_KINDS: dict[int, FolderProblem] = {
    errno.ENOSPC: "disk-full",
    errno.EDQUOT: "disk-full",
    errno.EROFS: "read-only",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
}
#: SQLite's words for the same (its errors carry no errno).
_SQLITE_KINDS: tuple[tuple[str, FolderProblem], ...] = (
    ("disk is full", "disk-full"),
    ("readonly database", "read-only"),
    ("unable to open database file", "permission"),
    ("access permission denied", "permission"),
)
#: tantivy-py raises ValueError("An IO error occurred: '... (os error 28)'").
#: Or, from its writer: "Failed to open file for write: 'IoError { ... code: 28, kind:
#: StorageFull ...'" (the error's debug form).
_OS_ERROR = re.compile(r"\(os error (\d+)\)|\bcode: (\d+)")
#: tantivy's words for a writer (or its files) that failed as a whole: never one
#: document's fault, whatever the document.
_ENGINE_IO = ("An IO error occurred", "IoError", "index writer was killed", "Failed to open file")
#: What SQLite says of a file that is not (or no longer) a whole database.
_SQLITE_DAMAGE = ("malformed", "not a database", "database corrupt")


def folder_problem(exc: BaseException, folder: Path) -> DataFolderError | None:
    """``exc`` as a DataFolderError about ``folder``, or None when it is something else."""
    if isinstance(exc, DataFolderError):
        return exc
    kind: FolderProblem | None = None
    detail = str(exc)
    if isinstance(exc, OSError) and exc.errno in _ERRNO_KINDS:
        kind = _ERRNO_KINDS[exc.errno]
        detail = exc.strerror or detail
    elif isinstance(exc, sqlite3.Error):
        text = detail.lower()
        kind = next((k for words, k in _SQLITE_KINDS if words in text), None)
    elif isinstance(exc, ValueError | RuntimeError):
        match = _OS_ERROR.search(detail)
        code = int(match.group(1) or match.group(2)) if match else 0
        if code in _ERRNO_KINDS:
            kind = _ERRNO_KINDS[code]
            detail = os.strerror(code)
        elif any(words in detail for words in _ENGINE_IO) and _nearly_full(folder):
            # "An index writer was killed" keeps no error code: a disk with next to no
            # space left is what kills it (seen on a full disk).
            kind = "disk-full"
            detail = os.strerror(errno.ENOSPC)
    if kind is None:
        return None
    if kind == "permission" and not writable(folder) and readable(folder):
        kind = "read-only"  # it can still be searched; one that cannot be read cannot
    return DataFolderError(kind, folder, detail)


def is_storage_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a failure of the data folder or of an engine as a whole (a full
    disk, an I/O error, a damaged database, a dead full-text writer), which would fail
    every file after the one at hand too: such an error stops a run and is said once,
    instead of being blamed on a file."""
    if isinstance(exc, sqlite3.Error):
        # Values one row could not take are that row's; the rest is the database's.
        return not isinstance(
            exc,
            sqlite3.IntegrityError
            | sqlite3.DataError
            | sqlite3.ProgrammingError
            | sqlite3.InterfaceError,
        )
    if isinstance(exc, OSError):
        return exc.errno in _ERRNO_KINDS or exc.errno == errno.EIO
    if isinstance(exc, ValueError | RuntimeError):
        text = str(exc)
        return any(words in text for words in _ENGINE_IO)
    return False


def database_damage(exc: BaseException) -> Damage | None:
    """``exc`` as damage to the SQLite database, or None."""
    if isinstance(exc, sqlite3.DatabaseError):
        text = str(exc)
        if any(words in text.lower() for words in _SQLITE_DAMAGE):
            return Damage("database", text)
    return None


#: How tantivy-py words the errors of an index it cannot read (TantivyError's IoError
#: and DataCorruption); a full disk or a missing permission is told apart before.
_ENGINE_DAMAGE = ("An IO error occurred", "Data corrupted", "Failed to open field")


def engine_damage(exc: BaseException) -> Damage | None:
    """``exc`` from tantivy as damage to the full-text index, or None (a query tantivy
    refuses is a ValueError too, and no damage)."""
    if is_engine_panic(exc):
        return Damage("fulltext", f"the search engine failed: {exc}")
    if isinstance(exc, ValueError) and str(exc).startswith(_ENGINE_DAMAGE):
        return Damage("fulltext", str(exc))
    return None


def is_engine_panic(exc: BaseException) -> bool:
    """A Rust panic inside tantivy (pyo3_runtime.PanicException). It derives from
    BaseException, not Exception, and its class cannot be imported: told by name."""
    kind = type(exc)
    return kind.__name__ == "PanicException" and kind.__module__ in ("pyo3_runtime", "builtins")


#: Free space below which a writer's failure without an error code is put down to it.
NEARLY_FULL_BYTES = 32 * 1024 * 1024


def _nearly_full(folder: Path) -> bool:
    target = Path(folder)
    while not target.exists() and target.parent != target:
        target = target.parent
    try:
        return shutil.disk_usage(target).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def readable(folder: Path) -> bool:
    """True when the files in ``folder`` can be listed (tried, as for ``writable``)."""
    try:
        os.listdir(folder)
    except OSError:
        return False
    return True


def writable(folder: Path) -> bool:
    """True when a file can be created in ``folder`` (or in the nearest folder above it
    that exists, where ``folder`` is still to be made).

    Tried, not asked: os.access is wrong for root on a chmod-ed folder, for some network
    shares and ACLs."""
    target = Path(folder)
    while not target.exists():
        if target.parent == target:
            return False
        target = target.parent
    if not target.is_dir():
        return False
    try:
        with tempfile.TemporaryFile(dir=target, prefix=".vtviewer-probe-"):
            return True
    except OSError:
        return False
