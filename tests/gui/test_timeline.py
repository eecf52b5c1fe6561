"""The timeline in the filters pane: counts per year of the current search, a range picked
by dragging, shift-clicking or keys becomes the year filter (year:A..B), hover tells the
count, and it paints readably in the dark theme."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.pdfgen import write_pdf
from vtviewer.core.archive import Archive
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.theme import dark_palette
from vtviewer.gui.timeline import TimelineWidget, years_text
from vtviewer.paths import DataPaths, data_paths

#: (file, period in its sidecar, words): 2012 twice, 2013-2015 once, 2018 once.
DOCUMENTS = (
    ("plan-a.pdf", "2012", "Vegplan for sentrum"),
    ("plan-b.pdf", "2012", "Vegplan for bygda"),
    ("rapport.pdf", "2013-2015", "Rapport om vannforsyning"),
    ("analyse.pdf", "2018", "Analyse av vegnettet"),
)


@pytest.fixture
def dated_paths(tmp_path: Path) -> DataPaths:
    folder = tmp_path / "docs"
    for name, period, words in DOCUMENTS:
        write_pdf(folder / name, [words, "Side to"], words)
        sidecar = folder / f"{name}.vtviewer.json"
        sidecar.write_text(json.dumps({"vtviewer": 1, "period": period}), encoding="utf-8")
    paths = data_paths(tmp_path / "data")
    with Archive.open(paths) as archive:
        archive.add_root(str(folder))
        archive.index()
    return paths


def counts(timeline: TimelineWidget) -> dict[int, int]:
    return {year: timeline.count(year) for year in timeline.years()}


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query(text)


def mouse(widget: TimelineWidget, kind: QEvent.Type, year: int, shift: bool = False) -> None:
    centre = widget.bar_rect(year).center()
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton
    )
    event = QMouseEvent(
        kind,
        QPointF(centre),
        widget.mapToGlobal(QPointF(centre)),
        Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        buttons,
        modifiers,
    )
    QApplication.sendEvent(widget, event)


def test_counts_per_year_follow_the_search(
    qtbot: QtBot, make_window: MakeWindow, dated_paths: DataPaths
) -> None:
    window = make_window(dated_paths)
    timeline = window.filters.timeline
    assert counts(timeline) == {
        2012: 2,
        2013: 1,
        2014: 1,
        2015: 1,
        2016: 0,
        2017: 0,
        2018: 1,
    }
    search(qtbot, window, "vegplan")
    assert counts(timeline) == {2012: 2}
    assert "2012" in timeline.accessibleDescription()


def test_dragging_makes_a_year_range_filter(
    qtbot: QtBot, make_window: MakeWindow, dated_paths: DataPaths
) -> None:
    window = make_window(dated_paths)
    timeline = window.filters.timeline
    mouse(timeline, QEvent.Type.MouseButtonPress, 2013)
    mouse(timeline, QEvent.Type.MouseMove, 2015)
    assert timeline.pending_range() == (2013, 2015)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        mouse(timeline, QEvent.Type.MouseButtonRelease, 2015)
    assert window.session.filters == {"year": ("2013", "2014", "2015")}
    assert window.results_model.rowCount() == 1
    assert timeline.selected_years() == {2013, 2014, 2015}
    # Shown as a filter of its own, and removed with it.
    chip = window.filters.timeline_chip
    assert chip.isVisible()
    assert "2013–2015" in chip.text()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        chip.click()
    assert window.session.filters == {}
    assert not chip.isVisible()
    assert window.results_model.rowCount() == 4
    # The whole archive is still drawn, with nothing chosen.
    assert timeline.selected_years() == frozenset()


def test_shift_click_extends_from_the_first_click(
    qtbot: QtBot, make_window: MakeWindow, dated_paths: DataPaths
) -> None:
    window = make_window(dated_paths)
    timeline = window.filters.timeline
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        mouse(timeline, QEvent.Type.MouseButtonPress, 2012)
        mouse(timeline, QEvent.Type.MouseButtonRelease, 2012)
    assert window.session.filters == {"year": ("2012",)}
    assert window.results_model.rowCount() == 2
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        mouse(timeline, QEvent.Type.MouseButtonPress, 2014, shift=True)
        mouse(timeline, QEvent.Type.MouseButtonRelease, 2014, shift=True)
    assert window.session.filters == {"year": ("2012", "2013", "2014")}
    assert window.results_model.rowCount() == 3
    # Clear filters drops it like any other.
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filters.clear_filters_button.click()
    assert timeline.selected_years() == frozenset()


def test_keyboard_moves_extends_applies_and_clears(
    qtbot: QtBot, make_window: MakeWindow, dated_paths: DataPaths
) -> None:
    window = make_window(dated_paths)
    timeline = window.filters.timeline
    assert timeline.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert timeline in window.filters.focus_chain()
    timeline.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(timeline.hasFocus)
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.cursor_year() == 2012
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.cursor_year() == 2013
    assert timeline.pending_range() is None
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.pending_range() == (2013, 2015)
    assert window.session.filters == {}  # nothing searched before Enter
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert window.session.filters == {"year": ("2013", "2014", "2015")}
    # The range is what year:2013..2015 finds.
    search(qtbot, window, "")
    with_filter = window.results_model.rowCount()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    assert window.session.filters == {}
    search(qtbot, window, "year:2013..2015")
    assert window.results_model.rowCount() == with_filter == 1


def test_hover_tells_the_count(qtbot: QtBot) -> None:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(300, 100)
    timeline.show()
    timeline.set_counts([("2012", 2), ("2014", 5), ("nonsense", 3)])
    assert timeline.years() == [2012, 2013, 2014]
    centre = timeline.bar_rect(2014).center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, timeline.mapToGlobal(centre))
    QApplication.sendEvent(timeline, event)
    assert QToolTip.text().startswith("2014: 5 document")
    assert timeline.year_at(QPoint(-50, 10)) == 2012


@pytest.mark.parametrize("width", [90, 160, 230, 400])
@pytest.mark.parametrize("span", [1, 5, 27, 60])
def test_the_year_labels_never_touch(qtbot: QtBot, width: int, span: int) -> None:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(width, 110)
    timeline.set_counts([(str(1990 + n), n % 4 + 1) for n in range(span)])
    labels = timeline.axis_labels()
    years = [year for year, _ in labels]
    assert years[0] == 1990 and years[-1] == 1990 + span - 1
    assert years == sorted(set(years))
    rects = [rect for _, rect in labels]
    assert not any(a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1 :])
    assert all(timeline.rect().contains(rect.toRect()) for rect in rects)


def test_years_in_words() -> None:
    assert years_text([2014, 2012, 2013, 2018]) == "2012–2014, 2018"
    assert years_text([]) == ""


def bar_colours(image: QImage, timeline: TimelineWidget, year: int) -> QColor:
    rect = timeline.bar_rect(year)
    return image.pixelColor(int(rect.center().x()), int(rect.bottom()) - 2)


def test_dark_theme_paints_readable_bars(qtbot: QtBot) -> None:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.setPalette(dark_palette())
    timeline.resize(1024 // 4, 110)
    timeline.set_counts([(str(y), (y % 7) + 1) for y in range(1990, 2027)])
    timeline.set_selected_years([2010, 2011])
    image = timeline.grab().toImage()
    base = dark_palette().color(QPalette.ColorRole.Base)
    bar = bar_colours(image, timeline, 2000)
    chosen = bar_colours(image, timeline, 2010)
    highlight = dark_palette().color(QPalette.ColorRole.Highlight)
    # Bars stand out from the dark base, chosen ones in the highlight colour.
    assert bar.lightness() - base.lightness() > 60
    assert chosen == highlight
    # Every bar fits at a quarter of a 1024 px window.
    assert all(timeline.bar_rect(y).width() >= 4 for y in timeline.years())


def test_a_saved_search_shows_its_years_on_the_timeline(
    qtbot: QtBot, make_window: MakeWindow, dated_paths: DataPaths
) -> None:
    window = make_window(dated_paths)
    window.filters.set_filters({"year": ["2013", "2014"]})
    timeline = window.filters.timeline
    assert timeline.selected_years() == {2013, 2014}
    assert "2013–2014" in window.filters.timeline_chip.text()
    assert "2013–2014" in timeline.accessibleDescription()
    # Ticking a year among the check boxes shows on the timeline too.
    window.filters.set_filters({"year": ["2012", "2018"]})
    assert timeline.selected_years() == {2012, 2018}
    assert "2012, 2018" in window.filters.timeline_chip.text()
