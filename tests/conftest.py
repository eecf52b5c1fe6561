"""Shared test fixtures: no network, no real home, offscreen Qt."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Shared CI machines are noisy: a property must hold, however long one example takes.
settings.register_profile("vtviewer", deadline=None)
settings.load_profile("vtviewer")


class NetworkAttemptedError(AssertionError):
    pass


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise NetworkAttemptedError(f"network connection attempted: {args!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that opens a network connection (vtviewer is offline by design).

    Unix-domain sockets stay allowed: multiprocessing and Qt use them locally."""
    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkAttemptedError(f"network connection attempted to {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point every standard directory at a temporary folder: tests never touch a real home."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        target = home / sub if sub else home
        target.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(target))
    monkeypatch.delenv("VTVIEWER_DATA_DIR", raising=False)
    yield home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty vtviewer data directory."""
    path = tmp_path / "data"
    path.mkdir()
    return path
