"""Render the main window and its dialogs on the sample archive (bokmål and English, light
and dark) to PNGs.

Runs a real window on X (QT_QPA_PLATFORM=xcb); starts Xvfb :99 itself when DISPLAY is unset.
Output: screenshots/<view>-<lang>-<theme>.png (not committed); views: main, import, export,
contacts (the Contacts view with a person chosen), copies (a plan found in two places,
its attachment expanded under it, the details with "Also at"), timeline (a range of years
chosen in a 1024 px wide window), selection (text selected in the preview). The main view
also shoots the details pane in Edit mode (editor-*; editor-invalid-*: an e-mail address
that cannot be saved; editor-window-*: the whole window) and on two documents at once
(editor-multi-*). typo: a misspelt name and the corrected-results notice; similar: the
"Similar documents" list of a hit.
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
#: What is grabbed: the main window, or a dialog over it.
VIEWS = (
    "main",
    "import",
    "export",
    "contacts",
    "copies",
    "timeline",
    "selection",
    "typo",
    "similar",
)
#: The window's query, the title selected and whether its attachments are expanded: the
#: "copies" view shows a plan found in two places, its attachment under it, "Also at".
SEARCHES = {
    "copies": ("omstillingsplan", "Omstillingsplan 2013 - 2015", True),
    # A misspelt name: the corrected-results notice.
    "typo": ("Bjørn Iversn", SELECT_TITLE, False),
}
#: A register of the sample archive's documents, as an archivist's spreadsheet has it:
#: semicolons, Norwegian headers, one row that names no document in the archive.
REGISTER = (
    "Filnavn;Tittel;Dokumenttype;År;Publisert;Kontaktperson;E-post;Emneord;Merknad\n"
    "handlingsplan-2013.pdf;Handlingsplan 2013 for Omstillingsprogrammet;handlingsplan;2013;"
    "20.02.2013;Bjørn Iversen;bjoern.iversen@vestre-toten.kommune.no;næring, omstilling;\n"
    "omstillingsplan-2013-2015.pdf;Omstillingsplan 2013–2015;plan;2013-2015;;;;;vedtatt\n"
    "omstillingsplan-2013-2015-vedlegg-analysedel.pdf;;analyse;2013;;;;;vedlegg\n"
    "naeringsstrukturanalyse-sintef.pdf;;analyse;2012;;;;næringsstruktur;SINTEF\n"
    "omraadeanalyse-telemarkforskning.pdf;;analyse;2012;;;;;\n"
    "rapport-omstillingsprogrammet-2017.pdf;;rapport;2017;01.12.2017;;;;\n"
    "arsmelding-2018.pdf;Årsmelding 2018;rapport;2018;;;;;mangler i arkivet\n"
)


#: The timeline is shot in a window this wide, the narrowest it is made for.
TIMELINE_WIDTH = 1024


def build_sample_index(data: Path) -> None:
    from vtviewer.core.archive import Archive
    from vtviewer.paths import data_paths, sample_archive_dir

    with Archive.open(data_paths(data)) as archive:
        archive.add_root(str(sample_archive_dir()))
        archive.index()


def build_copies_index(data: Path, folder: Path) -> None:
    """The sample archive with a copy of the plan in a subfolder."""
    from vtviewer.core.archive import Archive
    from vtviewer.paths import data_paths, sample_archive_dir

    shutil.copytree(sample_archive_dir(), folder)
    (folder / "kopi").mkdir()
    shutil.copyfile(
        folder / "omstillingsplan-2013-2015.pdf", folder / "kopi" / "omstillingsplan-2013-2015.pdf"
    )
    with Archive.open(data_paths(data)) as archive:
        archive.add_root(str(folder))
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


def shoot_export(window: Any, out: Path, state: dict[str, object]) -> bool:
    """One step of the export shot: open File -> Export… on the search's results, wait
    for the archive's count, grab the dialog. True when it is saved."""
    dialog = state.get("dialog")
    if dialog is None:
        state["dialog"] = window.show_export()
        state["opened"] = time.monotonic()
        return False
    ready = any(c.isdigit() for c in dialog.archive_button.text())  # type: ignore[attr-defined]
    if not ready or time.monotonic() - state["opened"] < 1.0:  # type: ignore[operator]
        return False
    dialog.grab().save(str(out))  # type: ignore[attr-defined]
    return True


def shoot_contacts(data: Path, out: Path) -> int:
    """In a child process: open the window and its Contacts view, wait until the first
    person is selected and their documents are listed, grab the view."""
    from PySide6.QtCore import QTimer

    from vtviewer.gui.app import make_application, open_window
    from vtviewer.paths import data_paths

    app = make_application()
    window = open_window(app, data_paths(data))
    window.resize(1400, 900)
    window.move(0, 0)
    window.start(catch_up=False)
    view = window.show_contacts()
    view.move(60, 40)
    listed = {"documents": False}

    def documents_listed() -> None:
        listed["documents"] = True
        QTimer.singleShot(1000, grab)

    def grab() -> None:
        image = view.screen().grabWindow(view.winId())
        if image.isNull():
            image = view.grab()
        image.save(str(out))
        app.exit(0)

    view.documents_listed.connect(documents_listed)
    QTimer.singleShot(30000, lambda: app.exit(0 if listed["documents"] else 1))
    code = app.exec()
    window.shutdown()
    window.archive.close()
    return code


def pick_years(window: object) -> None:
    """Choose a range on the timeline as a user would: focus, Home, Right, Shift+Right
    twice, Enter (the second year and two more)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    timeline = window.filters.timeline  # type: ignore[attr-defined]
    timeline.setFocus()
    QTest.keyClick(timeline, Qt.Key.Key_Home)
    QTest.keyClick(timeline, Qt.Key.Key_Right)
    QTest.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(timeline, Qt.Key.Key_Return)


def select_text(window: object) -> bool:
    """Select from the first highlighted word on the preview's page a few lines on."""
    from PySide6.QtCore import QPointF

    preview = window.preview  # type: ignore[attr-defined]
    page = preview.current_page()
    rects = [r for found in preview.highlight_rects(page).values() for r in found]
    if not rects:
        return False
    first = min(rects, key=lambda r: (r.y(), r.x()))
    start = preview.text.page_point(QPointF(first.x() - 2, first.center().y()))
    end = preview.text.page_point(
        QPointF(first.x() + 220, first.center().y() + 3.2 * first.height())
    )
    if start is None or end is None:
        return False
    return bool(preview.text.select_between(start[0], start[1], end[1]))


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


def shoot(data: Path, out: Path, view: str = "main") -> int:
    """In a child process: open the window, search, select, wait for the preview, grab
    (the window, or the dialog of ``view``)."""
    from PySide6.QtCore import QTimer

    from vtviewer.gui.app import make_application, open_window
    from vtviewer.paths import data_paths

    app = make_application()
    window = open_window(app, data_paths(data))
    # The timeline is shot browsing (the whole archive on it), in its narrowest window.
    narrow = view == "timeline"
    window.resize(TIMELINE_WIDTH if narrow else 1400, 768 if narrow else 900)
    window.move(0, 0)
    state = {"stage": "years" if narrow else "search", "deadline": time.monotonic() + 30}
    query, title, expand = SEARCHES.get(view, (QUERY, SELECT_TITLE, False))

    def step() -> None:
        if time.monotonic() > state["deadline"]:  # type: ignore[operator]
            log.error("timed out at stage %s", state["stage"])
            app.exit(1)
            return
        if state["stage"] == "years":
            if window.filters.timeline.years():
                pick_years(window)
                state["stage"] = "settle"
                state["settled"] = time.monotonic()
        elif state["stage"] == "search":
            window.set_query(query)
            state["stage"] = "select"
        elif state["stage"] == "select":
            model = window.results_model
            for row in range(model.rowCount()):
                if model.index(row, 0).data() == title:
                    if expand:
                        model.set_expanded(row, True)
                    window.results_view.selectRow(row)
                    window.results_view.setFocus()
                    state["stage"] = "preview"
                    break
        elif state["stage"] == "preview":
            if window.preview.current_page() > 0:
                state["stage"] = "text" if view == "selection" else "settle"
                state["settled"] = time.monotonic()
                if expand:
                    # Down to "Also at" and the attachments.
                    bar = window.details.verticalScrollBar()
                    bar.setValue(bar.maximum())
        elif state["stage"] == "text" and time.monotonic() - state["settled"] > 1.0:  # type: ignore[operator]
            if select_text(window):
                window.preview.setFocus()
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
        elif state["stage"] == "settle" and view == "export":
            if time.monotonic() - state["settled"] > 1.5 and shoot_export(window, out, state):  # type: ignore[operator]
                app.exit(0)
                return
        elif state["stage"] == "settle" and time.monotonic() - state["settled"] > 1.5:  # type: ignore[operator]
            image = window.screen().grabWindow(window.winId())
            if image.isNull():
                image = window.grab()
            image.save(str(out))
            if view != "main":
                app.exit(0)
                return
            # The main view goes on: the details pane in Edit mode, then two documents.
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


def shoot_import(data: Path, out: Path) -> int:
    """In a child process: open File -> Import register… with a register of the sample's
    documents, wait for its rows to be matched, grab the dialog (nothing is imported)."""
    from PySide6.QtCore import QTimer

    from vtviewer.gui.app import make_application, open_window
    from vtviewer.paths import data_paths

    app = make_application()
    window = open_window(app, data_paths(data))
    window.resize(1400, 900)
    window.move(0, 0)
    register = data / "arkivregister.csv"
    register.write_bytes(REGISTER.encode("cp1252"))
    state: dict[str, object] = {"planned": None, "deadline": time.monotonic() + 30}
    dialog = window.show_import_dialog()
    dialog.move(40, 40)
    dialog.planned.connect(lambda plan: state.update(planned=time.monotonic()))

    def step() -> None:
        planned = state["planned"]
        if time.monotonic() > state["deadline"]:  # type: ignore[operator]
            log.error("timed out waiting for the import plan")
            app.exit(1)
            return
        if isinstance(planned, float) and time.monotonic() - planned > 1.0:
            image = dialog.screen().grabWindow(dialog.winId())
            if image.isNull():
                image = dialog.grab()
            image.save(str(out))
            app.exit(0)
            return
        QTimer.singleShot(100, step)

    window.start(catch_up=False)
    QTimer.singleShot(300, lambda: dialog.open_file(str(register)))
    QTimer.singleShot(400, step)
    code = app.exec()
    dialog.close()
    window.shutdown()
    window.archive.close()
    return code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--child", nargs=3, metavar=("DATA", "OUT", "VIEW"), help=argparse.SUPPRESS)
    parser.add_argument("--view", choices=VIEWS, action="append", help="only these views")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.child:
        data, target, view = Path(args.child[0]), Path(args.child[1]), args.child[2]
        if view == "import":
            return shoot_import(data, target)
        if view == "contacts":
            return shoot_contacts(data, target)
        return shoot(data, target, view)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    xvfb = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="vtviewer-shots-") as tmp:
            template = Path(tmp) / "template"
            build_sample_index(template)
            copies = Path(tmp) / "copies"
            build_copies_index(copies, Path(tmp) / "arkiv")
            failures = 0
            for view in args.view or VIEWS:
                for lang, theme in COMBINATIONS:
                    data = Path(tmp) / f"{view}-{lang}-{theme}"
                    shutil.copytree(copies if view == "copies" else template, data)
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
