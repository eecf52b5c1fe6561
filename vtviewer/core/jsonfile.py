"""Files written atomically (a crash, even kill -9, leaves the old or the new): the data
folder's small JSON files, the sidecars vtviewer's editor writes next to PDFs, exports."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any


def write_json(path: Path, data: Any, *, ensure_ascii: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, synced
    before it replaces the old one, and the folder synced after, so the rename itself
    survives a power cut. The new file keeps the old one's permissions (else the usual
    ones for a new file: others may read a sidecar on a share). ``ensure_ascii`` keeps
    text that is not valid UTF-8 (file names with undecodable bytes, as lone surrogates)
    as \\udcXX escapes, which read back the same. Raises OSError (and UnicodeError for
    such text without ``ensure_ascii``); the temporary file is removed then."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=ensure_ascii, indent=2) + "\n"
    write_bytes(path, text.encode("utf-8"))


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, as ``write_json`` does, in a folder that
    exists (an export: a missing folder is the user's slip, not made here). Raises
    OSError; the temporary file is removed then, and an old file stays as it was."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if os.name != "nt":
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _umask() -> int:
    # Read by setting it; set straight back (there is no other portable way).
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (a share) refuse it; the data itself is synced
    finally:
        os.close(fd)
