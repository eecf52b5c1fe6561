"""Render the main window on the sample archive (bokmål and English, light and dark) to PNGs.

Runs a real window on X (QT_QPA_PLATFORM=xcb); starts Xvfb :99 itself when DISPLAY is unset.
Output: screenshots/main-<lang>-<theme>.png (not committed), and the other VIEWS:
typo-… (a misspelt name: the corrected-results notice), similar-… (the "Similar
documents" list of the selected hit).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

log = logging.getLogger("screenshots")

QUERY = "Iversen"
SELECT_TITLE = "Handlingsplan 2013"
#: What each picture searches for ("main" is the child's "-").
VIEWS = {"main": QUERY, "typo": "Bjørn Iversn", "similar": QUERY}
COMBINATIONS = [(lang, theme) for lang in ("nb", "en") for theme in ("light", "dark")]


def build_sample_index(data: Path) -> None:
    from vtviewer.core.archive import Archive
    from vtviewer.paths import data_paths, sample_archive_dir

    with Archive.open(data_paths(data)) as archive:
        archive.add_root(str(sample_archive_dir()))
        archive.index()


def start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        sys.exit("screenshots need an X display: install xvfb (sudo apt install xvfb)")
    proc = subprocess.Popen([xvfb, ":99", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
    os.environ["DISPLAY"] = ":99"
    for _ in range(50):
        if Path("/tmp/.X11-unix/X99").exists():
            break
        time.sleep(0.1)
    return proc


def shoot(data: Path, out: Path, view: str = "main") -> int:
    """In a child process: open the window, search, select, wait for the preview, grab
    (for "similar": open the selected hit's similar documents and grab that list)."""
    from PySide6.QtCore import QTimer

    from vtviewer.gui.app import make_application, open_window
    from vtviewer.paths import data_paths

    app = make_application()
    window = open_window(app, data_paths(data))
    window.resize(1400, 900)
    window.move(0, 0)
    state = {"stage": "search", "deadline": time.monotonic() + 30}

    def step() -> None:
        if time.monotonic() > state["deadline"]:  # type: ignore[operator]
            log.error("timed out at stage %s", state["stage"])
            app.exit(1)
            return
        if state["stage"] == "search":
            window.set_query(VIEWS.get(view, QUERY))
            state["stage"] = "select"
        elif state["stage"] == "select":
            model = window.results_model
            for row in range(model.rowCount()):
                if model.index(row, 0).data() == SELECT_TITLE:
                    window.results_view.selectRow(row)
                    window.results_view.setFocus()
                    state["stage"] = "preview"
                    break
        elif state["stage"] == "preview":
            if window.preview.current_page() > 0:
                state["stage"] = "settle"
                state["settled"] = time.monotonic()
        elif state["stage"] == "settle" and view == "similar":
            document = window.details.document
            if document is not None:
                window.similar.move(760, 120)
                window.details.similar_requested.emit(document)
                state["stage"] = "similar"
        elif state["stage"] == "similar":
            if window.similar.model.rowCount() > 0:
                state["stage"] = "grab similar"
                state["settled"] = time.monotonic()
        elif state["stage"] == "grab similar" and time.monotonic() - state["settled"] > 1:  # type: ignore[operator]
            window.similar.grab().save(str(out))
            app.exit(0)
            return
        elif state["stage"] == "settle" and time.monotonic() - state["settled"] > 1.5:  # type: ignore[operator]
            image = window.screen().grabWindow(window.winId())
            if image.isNull():
                image = window.grab()
            image.save(str(out))
            app.exit(0)
            return
        QTimer.singleShot(100, step)

    window.start(catch_up=False)
    QTimer.singleShot(300, step)
    code = app.exec()
    window.shutdown()
    window.archive.close()
    return code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--child", nargs=3, metavar=("DATA", "OUT", "VIEW"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.child:
        view = args.child[2] if args.child[2] in VIEWS else "main"
        return shoot(Path(args.child[0]), Path(args.child[1]), view)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    xvfb = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="vtviewer-shots-") as tmp:
            template = Path(tmp) / "template"
            build_sample_index(template)
            failures = 0
            for view, (lang, theme) in [(v, c) for v in VIEWS for c in COMBINATIONS]:
                data = Path(tmp) / f"{view}-{lang}-{theme}"
                shutil.copytree(template, data)
                target = out / f"{view}-{lang}-{theme}.png"
                env = dict(os.environ, QT_QPA_PLATFORM="xcb", VTVIEWER_LANG=lang)
                env["VTVIEWER_THEME"] = theme
                env.setdefault("QT_SCALE_FACTOR", "1")
                result = subprocess.run(
                    [sys.executable, __file__, "--child", str(data), str(target), view],
                    env=env,
                    timeout=120,
                    check=False,
                )
                if result.returncode == 0 and target.is_file():
                    log.info("wrote %s", target)
                else:
                    failures += 1
                    log.error("failed: %s %s %s", view, lang, theme)
            return 1 if failures else 0
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)


if __name__ == "__main__":
    sys.exit(main())
