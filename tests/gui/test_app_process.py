"""The window as its own process: start-up logged, SIGTERM closes it cleanly, a second
launch on the same data folder hands over and exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _wait_for(predicate: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_sigterm_closes_the_window_and_a_second_launch_hands_over(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VTVIEWER_LANG": "en"}
    log = data / "logs" / "vtviewer.log"
    errors = tmp_path / "stderr.txt"
    with errors.open("wb") as stderr:
        window = subprocess.Popen(
            [sys.executable, "-m", "vtviewer", "--data-dir", str(data)],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        shown = _wait_for(
            lambda: log.exists() and "first results on screen" in log.read_text(), 120
        )
        assert shown, errors.read_text()
        assert "ms after the process started" in log.read_text()

        second = subprocess.run(
            [sys.executable, "-m", "vtviewer", "--data-dir", str(data), str(tmp_path)],
            cwd=REPO,
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert second.returncode == 0, second.stderr.decode()
        assert _wait_for(lambda: "handed 1 path(s) to the running window" in log.read_text(), 10)
        assert window.poll() is None  # the first window is still there

        window.send_signal(signal.SIGTERM)
        assert window.wait(60) == 0
        assert "Traceback" not in errors.read_text(), errors.read_text()
        assert "signal 15: closing the window" in log.read_text()
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
