"""The search session as the window shows it: no hits, the sort arrow and the order,
saved searches with their filters and sort, facets combined, the Modified column."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.pdfgen import make_archive
from vtviewer.core.archive import Archive
from vtviewer.gui.facets import ValueRole
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.results_model import COLUMNS, format_date
from vtviewer.paths import DataPaths, data_paths


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query(text)


def test_no_hits_clears_the_details_and_the_preview(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    search(qtbot, window, "bjørnebær")
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: window.preview.current_page() == 3, timeout=10000)
    assert window.details.document is not None

    search(qtbot, window, "xyzzyplugh")
    assert window.results_model.rowCount() == 0
    assert window.details.document is None
    assert window.current_hit() is None
    assert window.preview.state_name() == "empty"
    # A late answer of the preview's task does not bring the old document back.
    qtbot.wait(300)
    assert window.preview.state_name() == "empty"
    assert window.details.document is None


def titles(window: MainWindow) -> list[str]:
    model = window.results_model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def periods(window: MainWindow) -> list[str]:
    model = window.results_model
    column = COLUMNS.index("period")
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def newest_first(shown: list[str]) -> list[str]:
    """Periods as shown ("2013", "2013 - 2015"), newest first, unknown ones last."""

    def years(period: str) -> tuple[int, ...]:
        return tuple(int(y) for y in re.findall(r"\d{4}", period))

    known = sorted((p for p in shown if years(p)), key=years, reverse=True)
    return known + [p for p in shown if not years(p)]


def test_after_a_new_search_the_sort_arrow_matches_the_order(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    header = window.results_view.horizontalHeader()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        header.setSortIndicator(COLUMNS.index("period"), Qt.SortOrder.DescendingOrder)
    shown = periods(window)
    assert shown == newest_first(shown)
    assert len(set(shown)) > 2, "the sample has periods to sort"

    for query in ("plan", "", "kommune"):
        search(qtbot, window, query)
        assert window.results_model.rowCount() > 1
        assert header.sortIndicatorSection() == COLUMNS.index("period")
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        shown = periods(window)
        assert shown == newest_first(shown), query

    # Back to relevance: no arrow, and the rows in the engine's order again.
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.sort_by_relevance()
    assert header.sortIndicatorSection() == -1
    assert window.session.sort == ("relevance", None)


def check(window: MainWindow, facet: str, value: str) -> None:
    model = window.filters.facets_model
    parent = model.facet_index(facet)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(ValueRole) == value:
            model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
            return
    raise AssertionError(f"no {facet} value {value!r} to tick")


def checked(window: MainWindow, facet: str) -> list[str]:
    model = window.filters.facets_model
    parent = model.facet_index(facet)
    return sorted(
        str(model.index(r, 0, parent).data(ValueRole))
        for r in range(model.rowCount(parent))
        if model.index(r, 0, parent).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked.value
    )


def test_a_saved_search_keeps_the_ticked_filters_and_the_sort(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        check(window, "type", "analysis")
    header = window.results_view.horizontalHeader()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        header.setSortIndicator(COLUMNS.index("pages"), Qt.SortOrder.DescendingOrder)
    search(qtbot, window, "analyse")
    expected = titles(window)
    window.save_current_search("Analyser")
    qtbot.waitUntil(lambda: window.filters.saved_model.rowCount() == 1, timeout=5000)

    # Another search, no filters, another sort.
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filters.clear_filters_button.click()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        header.setSortIndicator(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    search(qtbot, window, "")
    assert window.session.filters == {}

    index = window.filters.saved_model.index(0, 0)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filters.saved_view.clicked.emit(index)
    qtbot.wait(200)  # no second search overtakes it
    assert window.search_field.text() == "analyse"
    assert window.session.query == "analyse"
    assert window.session.filters == {"type": ("analysis",)}
    assert window.filters.filters() == {"type": ["analysis"]}
    assert checked(window, "type") == ["analysis"]
    assert window.filters.clear_filters_button.isEnabled()
    assert header.sortIndicatorSection() == COLUMNS.index("pages")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert window.session.sort == ("pages", True)
    assert titles(window) == expected


def test_a_search_saved_before_filters_were_kept_still_runs(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    sample_paths.saved_searches.write_text(
        '{"version": 1, "searches": [{"name": "Vann", "query": "vann"}]}', encoding="utf-8"
    )
    window = make_window(sample_paths)
    qtbot.waitUntil(lambda: window.filters.saved_model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        check(window, "type", "analysis")
    index = window.filters.saved_model.index(0, 0)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filters.saved_view.clicked.emit(index)
    assert window.session.query == "vann"
    assert window.session.filters == {}
    assert window.results_view.horizontalHeader().sortIndicatorSection() == -1


def facet_values(window: MainWindow, facet: str) -> dict[str, str]:
    model = window.filters.facets_model
    parent = model.facet_index(facet)
    return {
        str(model.index(r, 0, parent).data(ValueRole)): str(model.index(r, 0, parent).data())
        for r in range(model.rowCount(parent))
    }


def types(window: MainWindow) -> set[str]:
    model = window.results_model
    return {h.document.meta.doc_type for h in (model.hit(r) for r in range(model.rowCount())) if h}


def test_two_values_of_one_facet_combine_with_or_and_facets_with_and(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    before = facet_values(window, "type")
    assert "analysis" in before and len(before) > 2
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        check(window, "type", "analysis")
    assert types(window) == {"analysis"}
    # The other types stay to be ticked, with what ticking them adds.
    after = facet_values(window, "type")
    assert set(after) == set(before)
    assert after == before
    other = next(value for value in before if value != "analysis")
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        check(window, "type", other)
    assert checked(window, "type") == sorted(["analysis", other])
    assert types(window) == {"analysis", other}
    both = window.results_model.rowCount()
    assert both > 2

    # Another facet narrows what the two types give.
    years = facet_values(window, "year")
    year = next(iter(years))
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        check(window, "year", year)
    narrowed = window.results_model.rowCount()
    assert 0 < narrowed < both
    assert types(window) <= {"analysis", other}
    assert window.session.filters == {"type": tuple(sorted(["analysis", other])), "year": (year,)}


def test_modified_is_the_files_modification_date_and_sorts_all_results(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, english_locale: QLocale
) -> None:
    folder = tmp_path / "docs"
    make_archive(folder)
    changed = {
        "kommuneplan-2020.pdf": datetime(2019, 1, 2, 12),
        "analyse.pdf": datetime(2021, 3, 4, 12),
        "rapport-vann.pdf": datetime(2023, 5, 6, 12),
    }
    for name, when in changed.items():
        os.utime(folder / name, (when.timestamp(), when.timestamp()))
    paths = data_paths(tmp_path / "data")
    with Archive.open(paths) as archive:
        archive.add_root(str(folder))
        assert archive.index().added == 3
    window = make_window(paths)
    model = window.results_model
    column = COLUMNS.index("modified")
    shown = {
        os.path.basename(hit.document.path): str(model.index(row, column).data())
        for row, hit in ((r, model.hit(r)) for r in range(model.rowCount()))
        if hit is not None
    }
    assert shown == {
        name: format_date(when.date().isoformat(), window.locale_) for name, when in changed.items()
    }

    header = window.results_view.horizontalHeader()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    assert window.session.sort == ("modified", True)
    assert titles(window) == ["Rapport om vann", "Befolkningsanalyse", "Kommuneplan 2020"]
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    assert titles(window) == ["Kommuneplan 2020", "Befolkningsanalyse", "Rapport om vann"]
