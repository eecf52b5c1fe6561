"""The core has no GUI: nothing in vtviewer/core imports QtWidgets or QtGui, QtPdf (a text
engine) only in extract.py, and the core never imports the gui package."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "vtviewer" / "core"


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_core_imports_no_gui_module() -> None:
    offenders = []
    for path in sorted(CORE.glob("*.py")):
        for name in _imports(path):
            gui = name.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "vtviewer.gui"))
            qt_outside_extract = name.startswith("PySide6") and path.name != "extract.py"
            if gui or qt_outside_extract:
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_importing_the_core_loads_no_qt_gui_module() -> None:
    code = (
        "import sys, vtviewer.core.archive, vtviewer.cli\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'PySide6.QtGui'))]\n"
        "print(bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"
