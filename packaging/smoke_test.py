"""Smoke test of the stand-alone vtviewer (the PyInstaller folder): the command line, the
extraction workers, hostile files and a real window, with nothing but the app.

    python3 packaging/smoke_test.py dist/app/vtviewer/vtviewer [--runs 5]

Prints the app's size and its cold start to the first results on screen (median of
--runs), and exits non-zero when a check fails. The window runs on X (QT_QPA_PLATFORM=xcb):
on Xvfb :97, started here, when DISPLAY is unset. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST_RESULTS = re.compile(r"first results on screen at ([0-9.]+)")


class SmokeError(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeError(what)
    print(f"ok   {what}")


def run(
    app: Path, data: Path, *args: str, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VTVIEWER_LANG": "en"}
    return subprocess.run(
        [str(app), "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def size_mb(folder: Path) -> float:
    """The bytes of the files in ``folder`` (a link to a file in it counted once: as a link)."""
    files = [f for f in folder.rglob("*") if not f.is_dir() or f.is_symlink()]
    return sum(f.lstat().st_size for f in files) / 2**20


def command_line(app: Path, work: Path) -> Path:
    data = work / "data"
    index = run(app, data, "index", "--sample")
    check(index.returncode == 0, f"index --sample (exit {index.returncode}) {index.stderr.strip()}")
    found = run(app, data, "search", "bjorn", "--json")
    check(found.returncode == 0, "search bjorn --json runs")
    result = json.loads(found.stdout)
    terms = {t for hit in result["hits"] for t in hit.get("terms", [])}
    check(result["total"] >= 1 and "Bjørn" in terms, "search bjorn finds the contact Bjørn")

    hostile = work / "hostile"
    hostile.mkdir()
    sample = next(Path(result["hits"][0]["path"]).parent.glob("*.pdf"))
    whole = sample.read_bytes()
    (hostile / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    (hostile / "fake.pdf").write_text("This is not a PDF at all.\n")
    (hostile / "empty.pdf").write_bytes(b"")
    indexed = run(app, data, "index", str(hostile))
    check(
        indexed.returncode == 1,
        f"hostile files are problems, not a crash (exit {indexed.returncode})",
    )
    problems = json.loads(run(app, data, "problems", "--json").stdout)
    names = sorted(Path(p["path"]).name for p in problems)
    check(names == ["empty.pdf", "fake.pdf", "truncated.pdf"], f"problems listed: {names}")
    check("Traceback" not in indexed.stderr, "no traceback on stderr")
    return data


def start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SmokeError("no X display and no Xvfb (apt-get install -y xvfb)")
    proc = subprocess.Popen([xvfb, ":97", "-screen", "0", "1400x900x24", "-nolisten", "tcp"])
    os.environ["DISPLAY"] = ":97"
    for _ in range(100):
        if Path("/tmp/.X11-unix/X97").exists():
            return proc
        time.sleep(0.05)
    proc.kill()
    raise SmokeError("Xvfb did not start")


def window_once(app: Path, data: Path) -> float:
    """Start the window on X, wait for its first results, close it with SIGTERM; returns
    the seconds from launch to the first results on screen."""
    log = data / "logs" / "vtviewer.log"
    before = log.read_text(errors="replace").count("first results on screen") if log.exists() else 0
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "VTVIEWER_LANG": "en"}
    started = time.time()
    proc = subprocess.Popen(
        [str(app), "--data-dir", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        shown: list[float] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if log.exists():
                found = FIRST_RESULTS.findall(log.read_text(errors="replace"))
                if len(found) > before:
                    shown.append(float(found[-1]))
                    break
            time.sleep(0.02)
        if not shown:
            raise SmokeError(f"the window showed no results (exit {proc.poll()})")
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(30)
        _, errors = proc.communicate()
        if code != 0 or "Traceback" in errors:
            raise SmokeError(f"the window did not close cleanly (exit {code}): {errors[-2000:]}")
        return shown[0] - started
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("app", type=Path, help="the frozen executable (dist/app/vtviewer/vtviewer)")
    parser.add_argument("--runs", type=int, default=5, help="window starts to time")
    parser.add_argument("--tarball", type=Path, help="the tarball, to report its size")
    args = parser.parse_args()
    app = args.app.resolve()
    xvfb = None
    try:
        check(app.is_file() and os.access(app, os.X_OK), f"{app} is an executable")
        with tempfile.TemporaryDirectory(prefix="vtviewer-smoke-") as tmp:
            data = command_line(app, Path(tmp))
            xvfb = start_xvfb()
            times = [window_once(app, data) for _ in range(max(1, args.runs))]
            check(True, f"window opened on X and closed cleanly {len(times)} times")
        print()
        print(f"size unpacked: {size_mb(app.parent):.0f} MiB (goal <= 200 MB)")
        if args.tarball is not None and args.tarball.exists():
            packed = args.tarball.stat().st_size / 2**20
            print(f"size packed:   {packed:.0f} MiB ({args.tarball.name})")
        median_ms = statistics.median(times) * 1000
        print(
            f"cold start to first results on screen: median {median_ms:.0f} ms "
            f"(goal <= 1500 ms); runs: {[round(t * 1000) for t in times]}"
        )
    except (SmokeError, subprocess.TimeoutExpired, json.JSONDecodeError, OSError) as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return 1
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
