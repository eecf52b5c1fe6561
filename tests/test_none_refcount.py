"""PySide6 6.12's void methods drop a reference to None; vtviewer must survive that."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CALLS = """
from PySide6.QtCore import QObject
obj = QObject()
for _ in range(200_000):
    obj.setObjectName("x")
print("alive")
"""


def test_many_void_calls_do_not_kill_the_process() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "import vtviewer\n" + CALLS],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "alive"


def test_protect_none_is_idempotent() -> None:
    from vtviewer._none_refcount import EXTRA_REFERENCES, protect_none

    protect_none()
    before = sys.getrefcount(None)
    protect_none()
    if sys.version_info < (3, 12):
        assert before >= EXTRA_REFERENCES
        assert abs(sys.getrefcount(None) - before) < 1000
