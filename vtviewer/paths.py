"""Where vtviewer keeps its index, cache, settings and logs, and where its resources are."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path

import platformdirs

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
