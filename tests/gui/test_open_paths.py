"""Opening from outside: `vtviewer FILE.pdf` / `FOLDER`, a file manager, a second launch."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.pdfgen import write_pdf as make_pdf
from vtviewer.cli import _gui_by_default, build_parser
from vtviewer.core.archive import Archive
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.open_paths import Choice, inside
from vtviewer.gui.single_instance import InstanceServer, hand_over, server_name
from vtviewer.paths import DataPaths

REPO = Path(__file__).resolve().parents[2]


class Answers:
    """Stands in for the question box: answers in turn, and records what was asked."""

    def __init__(self, *answers: Choice) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(
        self, _parent: QWidget, _title: str, text: str, choices: Sequence[tuple[Choice, str]]
    ) -> Choice:
        self.asked.append(text)
        assert choices[-1][0] is Choice.CANCEL
        return self.answers.pop(0)


def opened(qtbot: QtBot, window: MainWindow, paths: list[str]) -> None:
    window.open_paths(paths)
    window.tasks.wait()
    qtbot.wait(50)


def test_a_pdf_in_the_archive_is_shown_at_once(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    answers = Answers()
    window.opener._ask = answers
    with Archive.open(docs_paths) as archive:
        document = archive.documents()[-1]
    opened(qtbot, window, [document.path])
    assert window.details.document is not None
    assert window.details.document.id == document.id
    assert answers.asked == []  # nothing to ask: it is in the archive


def test_a_pdf_outside_is_added_after_asking_and_shown_once_indexed(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, tmp_path: Path
) -> None:
    window = make_window(docs_paths)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    pdf = outside / "Reguleringsplan Raufoss.pdf"
    make_pdf(pdf, ["Reguleringsplan for Raufoss sentrum"])
    answers = Answers(Choice.ADD)
    window.opener._ask = answers
    with qtbot.waitSignal(window.index_finished, timeout=30000):
        opened(qtbot, window, [str(pdf)])
    assert len(answers.asked) == 1 and "Reguleringsplan Raufoss.pdf" in answers.asked[0]
    assert str(outside) in window.archive.roots()
    qtbot.waitUntil(lambda: window.details.document is not None, timeout=10000)
    assert window.details.document is not None
    assert window.details.document.path == str(pdf)
    assert window.details.document.id > 0


def test_a_pdf_outside_can_be_only_shown_or_left(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, tmp_path: Path
) -> None:
    window = make_window(docs_paths)
    pdf = tmp_path / "Brev.pdf"
    make_pdf(pdf, ["Et brev"])
    roots = window.archive.roots()
    window.opener._ask = Answers(Choice.CANCEL, Choice.SHOW_ONLY)
    opened(qtbot, window, [str(pdf)])
    assert window.details.document is None
    opened(qtbot, window, [str(pdf)])
    assert window.details.document is not None and window.details.document.path == str(pdf)
    assert window.archive.roots() == roots  # nothing was added


def test_a_folder_is_offered_and_one_in_the_archive_is_not(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, docs_folder: Path, tmp_path: Path
) -> None:
    window = make_window(docs_paths)
    folder = tmp_path / "Planer"
    folder.mkdir()
    make_pdf(folder / "a.pdf", ["Kommuneplan"])
    answers = Answers(Choice.CANCEL, Choice.ADD)
    window.opener._ask = answers
    opened(qtbot, window, [str(docs_folder)])
    assert answers.asked == []  # already an archive folder: said in the status bar
    assert "already in the archive" in window.statusBar().currentMessage()
    opened(qtbot, window, [str(folder)])
    assert str(folder) not in window.archive.roots()
    with qtbot.waitSignal(window.index_finished, timeout=30000):
        opened(qtbot, window, [str(folder)])
    assert str(folder) in window.archive.roots()


def test_a_path_that_is_neither_is_said(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths, tmp_path: Path
) -> None:
    window = make_window(docs_paths)
    window.opener._ask = Answers()
    (tmp_path / "notes.txt").write_text("x")
    opened(qtbot, window, [str(tmp_path / "notes.txt")])
    assert "neither a PDF nor a folder" in window.statusBar().currentMessage()
    opened(qtbot, window, [str(tmp_path / "missing.pdf")])
    assert "does not exist" in window.statusBar().currentMessage()


def test_a_second_launch_hands_its_paths_to_the_running_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    name = server_name(tmp_path / "data")
    assert name != server_name(tmp_path / "other")  # another data folder, another window
    assert not hand_over(name, ["/x.pdf"], timeout_ms=200)  # nobody listens yet
    server = InstanceServer(name)
    assert server.listen()
    # The second launch, as another process.
    code = (
        "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
        "from vtviewer.gui.single_instance import hand_over; "
        f"sys.exit(0 if hand_over({name!r}, ['/a b/æ.pdf']) else 3)"
    )
    with qtbot.waitSignal(server.paths_received, timeout=20000) as received:
        second = subprocess.Popen([sys.executable, "-c", code], cwd=REPO)
    assert received.args == [["/a b/æ.pdf"]]
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
    assert second.returncode == 0  # the second launch knows it may exit
    server.close()


def test_a_socket_left_by_a_crash_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    name = server_name(tmp_path / "data")
    first = InstanceServer(name)
    assert first.listen()
    second = InstanceServer(name)
    # The first one is gone without closing (a crash leaves the socket file behind).
    assert second.listen()
    first.close()
    second.close()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (["plan.pdf"], ["gui", "plan.pdf"]),
        (["--data-dir", "d", "/srv/arkiv"], ["--data-dir", "d", "gui", "/srv/arkiv"]),
        (["search", "plan.pdf"], ["search", "plan.pdf"]),
        (["serch", "plan"], ["serch", "plan"]),  # a typo stays an error that lists commands
        ([], []),
    ],
)
def test_a_path_on_the_command_line_opens_the_window(given: list[str], expected: list[str]) -> None:
    assert _gui_by_default(given, build_parser()) == expected


def test_inside_a_root() -> None:
    assert inside("/srv/a/b.pdf", ["/srv/x", "/srv/a"]) == "/srv/a"
    assert inside("/srv/ab/b.pdf", ["/srv/a"]) == ""
    assert inside("/srv/a", ["/srv/a"]) == "/srv/a"
