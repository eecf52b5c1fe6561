"""Where vtviewer keeps its index, cache, settings and logs, and where its resources are."""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path

import platformdirs

from vtviewer.core.text import decode_name, has_escaped_bytes

log = logging.getLogger(__name__)

APP_NAME = "vtviewer"
ENV_DATA_DIR = "VTVIEWER_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The folders of one vtviewer data directory. Create them with ``ensure()``."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "index.sqlite3"

    @property
    def fulltext(self) -> Path:
        return self.root / "fulltext"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def saved_searches(self) -> Path:
        return self.root / "saved-searches.json"

    @property
    def edits(self) -> Path:
        """The overlay: edits of files whose folder cannot be written (see core.edits).
        User data, like the saved searches: a rebuild of the index leaves it alone."""
        return self.root / "edits"

    @property
    def contacts(self) -> Path:
        """The contacts directory's merges and splits (see core.directory). User data:
        a rebuild of the index leaves it alone."""
        return self.root / "contacts.json"

    @property
    def ocr_cache(self) -> Path:
        """What Tesseract recognised, by content hash (see core.ocr_cache): a rebuild of
        the index leaves it alone, so an unchanged file is never recognised twice."""
        return self.root / "ocr-cache"

    @property
    def roots(self) -> Path:
        """The archive folders (they are in the database too; see core.archive_folders)."""
        return self.root / "roots.json"

    def ensure(self) -> DataPaths:
        """Create the folders that are missing, where that can be done: a data folder
        that cannot be written (a copied archive on a read-only share) is opened
        read-only instead (``Archive.open``), so it is no error here."""
        for folder in (self.root, self.fulltext, self.cache, self.logs):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                log.debug("could not create %s", folder, exc_info=True)
        return self


def data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data directory: ``data_dir`` if given, else $VTVIEWER_DATA_DIR, else the
    platform's user data dir (e.g. ~/.local/share/vtviewer)."""
    if data_dir:
        return DataPaths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def resources_dir() -> Path:
    """The resources folder: top-level resources/ in a checkout, vtviewer/resources when
    installed from a wheel (pyproject maps one onto the other)."""
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(str(importlib_resources.files("vtviewer.resources")))


def sample_archive_dir() -> Path:
    """The bundled sample archive built from the seed page."""
    return resources_dir() / "sample"


def openable_path(path: str) -> str:
    """``path``, or another path to the same file that Qt can open.

    A file name that is not valid UTF-8 reaches Python with its bytes kept as lone
    surrogates; Qt has no such escape and drops them, so QPdfDocument, QUrl and the file
    manager would look for a file that does not exist. Such a path is given as a link
    with a readable name in a private temporary folder of this process (removed when it
    exits). Elsewhere (Windows, where names are UTF-16) the path is returned as it is."""
    if os.name == "nt" or not has_escaped_bytes(path):
        return path
    folder = _link_folder()
    digest = hashlib.sha256(os.fsencode(path)).hexdigest()[:12]
    link = os.path.join(folder, digest, decode_name(os.path.basename(path)).replace("/", "_"))
    if not os.path.lexists(link):
        try:
            os.makedirs(os.path.dirname(link), exist_ok=True)
            os.symlink(os.path.abspath(path), link)
        except OSError:
            return path  # no worse than before: Qt says the file cannot be opened
    return link


_LINKS: list[str] = []


def _link_folder() -> str:
    # One folder per process, made on first use: nothing is done at import time.
    if not _LINKS:
        folder = tempfile.mkdtemp(prefix="vtviewer-links-")
        atexit.register(shutil.rmtree, folder, True)
        _LINKS.append(folder)
    return _LINKS[0]
