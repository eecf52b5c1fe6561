"""PySide6 6.12's void methods drop a reference to None; vtviewer must survive that."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CALLS = """
from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    flag = Signal(bool)


obj = Emitter()
obj.flag.connect(lambda value: None)
for _ in range(200_000):
    obj.setObjectName("x")  # drops a reference to None
    obj.flag.emit(True)  # drops a reference to True
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
    from vtviewer._none_refcount import EXTRA_REFERENCES, PROTECTED, protect_none

    protect_none()
    before = [sys.getrefcount(obj) for obj in PROTECTED]
    protect_none()
    after = [sys.getrefcount(obj) for obj in PROTECTED]
    if sys.version_info < (3, 12):
        assert all(count >= EXTRA_REFERENCES for count in before)
        assert all(abs(a - b) < 1000 for a, b in zip(after, before, strict=True))
