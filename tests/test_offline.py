"""vtviewer is offline by design: no code path may open a network connection."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest

from tests.conftest import NetworkAttemptedError
from tests.core.pdf_factory import make_pdf
from vtviewer.cli import main

PACKAGE = Path(__file__).resolve().parents[1] / "vtviewer"
NETWORK_MODULES = {"socket", "urllib", "http", "ftplib", "smtplib", "ssl", "requests", "httpx"}
#: QtNetwork's local sockets only (QLocalServer/QLocalSocket: a named pipe or Unix-domain
#: socket between two launches on one machine), nothing that reaches a network.
LOCAL_ONLY = {"gui/single_instance.py": "PySide6.QtNetwork"}


def test_the_guard_catches_a_connection_attempt() -> None:
    with pytest.raises(NetworkAttemptedError):
        socket.create_connection(("127.0.0.1", 9))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkAttemptedError):
            sock.connect(("127.0.0.1", 9))
    finally:
        sock.close()


def test_no_module_imports_a_network_library() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name == "urllib.parse":  # string handling only (mailto: links)
                    continue
                if LOCAL_ONLY.get(str(path.relative_to(PACKAGE))) == name:
                    continue
                if name.split(".")[0] in NETWORK_MODULES or name.startswith("PySide6.QtNetwork"):
                    offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_the_single_instance_uses_local_sockets_only() -> None:
    source = (PACKAGE / "gui" / "single_instance.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtNetwork"
        for alias in node.names
    }
    assert imported <= {"QAbstractSocket", "QLocalServer", "QLocalSocket"}


def test_index_and_search_run_under_the_guard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    make_pdf(folder / "plan.pdf", ["Handlingsplan 2013 for Vestre Toten"])
    data = str(tmp_path / "data")
    assert main(["index", str(folder), "--data-dir", data, "--workers", "1"]) == 0
    assert main(["search", "handlingsplan", "--data-dir", data, "--json"]) == 0
    assert '"total": 1' in capsys.readouterr().out
