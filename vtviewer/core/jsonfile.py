"""Small JSON files of the data folder, written atomically (a crash leaves the old or the new)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def write_json(path: Path, data: Any, *, ensure_ascii: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file, synced before it replaces the
    old one. ``ensure_ascii`` keeps text that is not valid UTF-8 (file names with
    undecodable bytes, as lone surrogates) as \\udcXX escapes, which read back the same."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=ensure_ascii, indent=2)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
