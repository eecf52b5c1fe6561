"""Render the main window on the sample archive (bokmål and English, light and dark) to PNGs.

Runs a real window on X (QT_QPA_PLATFORM=xcb); starts Xvfb :99 itself when DISPLAY is unset.
Output: screenshots/main-<lang>-<theme>.png, and the details pane in Edit mode on the
selected document (editor-<lang>-<theme>.png; editor-invalid-*: an e-mail address that
cannot be saved; editor-window-*: the whole window) and on two documents at once
(editor-multi-<lang>-<theme>.png) (not committed).
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

log = logging.getLogger("screenshots")

QUERY = "Iversen"
SELECT_TITLE = "Handlingsplan 2013"
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


def grab_form(window: Any, target: Path) -> None:
    """The details pane's form, whole (its fields scroll in the pane)."""
    form = window.editing.form
    from PySide6.QtWidgets import QApplication

    # The details pane would fit the form back into itself: let it keep its size.
    window.details.setWidgetResizable(False)
    form.resize(max(form.width(), 560), form.full_height())
    for _ in range(5):  # grow until nothing is left to scroll
        QApplication.processEvents()
        hidden = form.fields_area.verticalScrollBar().maximum()
        if hidden <= 0:
            break
        form.resize(form.width(), form.height() + hidden)
    form.grab().save(str(target))
    window.details.setWidgetResizable(True)


def type_invalid_email(window: Any) -> None:
    """An e-mail address cut short in the contact, as typed: marked, and Save waits."""
    from PySide6.QtTest import QTest

    edit = window.editing.form.contacts_editor.fields.edits["email"]
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "bjoern.iversen@")


def select_two(window: Any) -> None:
    from PySide6.QtCore import QItemSelectionModel

    view = window.results_view
    view.selectRow(0)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(window.results_model.index(1, 0), flags)


def shoot(data: Path, out: Path) -> int:
    """In a child process: open the window, search, select, wait for the preview, grab."""
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
            window.set_query(QUERY)
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
        elif state["stage"] == "settle" and time.monotonic() - state["settled"] > 1.5:  # type: ignore[operator]
            image = window.screen().grabWindow(window.winId())
            if image.isNull():
                image = window.grab()
            image.save(str(out))
            window.editing.open_editor()
            state["stage"] = "editor"
        elif state["stage"] == "editor" and window.editing.form is not None:
            state["stage"] = "editor-shot"
            state["settled"] = time.monotonic()
        elif state["stage"] == "editor-shot" and time.monotonic() - state["settled"] > 0.8:  # type: ignore[operator]
            whole = window.screen().grabWindow(window.winId())
            whole.save(str(out.with_name(out.name.replace("main-", "editor-window-"))))
            grab_form(window, out.with_name(out.name.replace("main-", "editor-")))
            type_invalid_email(window)
            grab_form(window, out.with_name(out.name.replace("main-", "editor-invalid-")))
            window.editing.form.cancel()  # type: ignore[union-attr]
            select_two(window)
            window.editing.open_editor()
            state["stage"] = "multi"
        elif state["stage"] == "multi" and type(window.editing.form).__name__ == "MultiEditor":
            state["stage"] = "multi-shot"
            state["settled"] = time.monotonic()
        elif state["stage"] == "multi-shot" and time.monotonic() - state["settled"] > 0.8:  # type: ignore[operator]
            grab_form(window, out.with_name(out.name.replace("main-", "editor-multi-")))
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
    parser.add_argument(
        "--child", nargs=3, metavar=("DATA", "OUT", "UNUSED"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.child:
        return shoot(Path(args.child[0]), Path(args.child[1]))

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    xvfb = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="vtviewer-shots-") as tmp:
            template = Path(tmp) / "template"
            build_sample_index(template)
            failures = 0
            for lang, theme in COMBINATIONS:
                data = Path(tmp) / f"{lang}-{theme}"
                shutil.copytree(template, data)
                target = out / f"main-{lang}-{theme}.png"
                env = dict(os.environ, QT_QPA_PLATFORM="xcb", VTVIEWER_LANG=lang)
                env["VTVIEWER_THEME"] = theme
                env.setdefault("QT_SCALE_FACTOR", "1")
                result = subprocess.run(
                    [sys.executable, __file__, "--child", str(data), str(target), "-"],
                    env=env,
                    timeout=120,
                    check=False,
                )
                if result.returncode == 0 and target.is_file():
                    log.info("wrote %s", target)
                else:
                    failures += 1
                    log.error("failed: %s %s", lang, theme)
            return 1 if failures else 0
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)


if __name__ == "__main__":
    sys.exit(main())
