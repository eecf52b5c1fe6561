"""Every item model of the window passes pytest-qt's model tester, filled with real data."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from vtviewer.core.archive import Archive
from vtviewer.core.model import Facets, Message, Problem
from vtviewer.core.saved import SavedSearch
from vtviewer.gui.facets import FacetsModel, SavedSearchesModel, ValueRole
from vtviewer.gui.problems_dialog import ProblemsModel
from vtviewer.gui.results_model import COLUMNS, HitRole, PagesRole, ResultsModel, SnippetRole
from vtviewer.paths import DataPaths


def test_results_model_with_search_hits(qtmodeltester: ModelTester, docs_paths: DataPaths) -> None:
    with Archive.open(docs_paths) as archive:
        result = archive.search("bjørnebær")
        browse = archive.search("", limit=2)
    model = ResultsModel()
    qtmodeltester.check(model)
    model.set_hits(result.hits, result.total, with_snippets=True)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    title = model.index(0, COLUMNS.index("title"))
    assert model.data(title) == "Kommuneplan 2020"
    assert "<b>Bjørnebær</b>" in str(model.data(title, SnippetRole))
    assert 'href="page:3"' in str(model.data(title, PagesRole))
    assert model.data(title, HitRole).document.page_count == 4
    assert model.data(model.index(0, COLUMNS.index("pages"))) == "4"

    # Browsing lists everything, loaded a page at a time (a fresh model: the tester
    # itself calls fetchMore on the checked one).
    model = ResultsModel()
    model.set_hits(browse.hits, browse.total, with_snippets=False)
    assert model.rowCount() == 2 and browse.total == 3
    assert model.canFetchMore(QModelIndex())
    requested: list[int] = []
    model.more_requested.connect(requested.append)
    model.fetchMore(QModelIndex())
    assert requested == [2]
    with Archive.open(docs_paths) as archive:
        model.append_hits(archive.search("", offset=2, limit=2).hits)
    assert model.rowCount() == 3
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_engine_sort_is_requested_not_done_locally(docs_paths: DataPaths) -> None:
    model = ResultsModel()
    asked: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, desc: asked.append((key, desc)))
    model.sort(COLUMNS.index("pages"), Qt.SortOrder.DescendingOrder)
    model.sort(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    # Every column sorts all the matches: none is sorted in the loaded rows only.
    for name in ("type", "period", "organisation", "modified"):
        model.sort(COLUMNS.index(name), Qt.SortOrder.DescendingOrder)
    model.sort(-1)
    assert asked == [
        ("pages", True),
        ("title", False),
        ("type", True),
        ("period", True),
        ("organisation", True),
        ("modified", True),
        ("", False),
    ]


def test_facets_model_checks_and_keeps_filters(qtmodeltester: ModelTester) -> None:
    model = FacetsModel()
    qtmodeltester.check(model)
    facets = Facets({"type": (("plan", 3), ("report", 1)), "year": (("2013", 2),)})
    model.update_counts(facets)
    qtmodeltester.check(model)
    type_index = model.facet_index("type")
    assert model.rowCount(type_index) == 2
    plan = model.index(0, 0, type_index)
    assert model.data(plan) == "Plan (3)"
    changed: list[bool] = []
    model.filters_changed.connect(lambda: changed.append(True))
    model.setData(plan, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert changed and model.filters() == {"type": ["plan"]}
    # The checked value stays listed (with 0) when a later search no longer counts it.
    model.update_counts(Facets({"type": (("report", 1),)}))
    qtmodeltester.check(model)
    values = [model.index(r, 0, type_index).data(ValueRole) for r in range(2)]
    assert values == ["report", "plan"]
    assert model.filters() == {"type": ["plan"]}
    model.clear_filters()
    assert model.filters() == {}


def test_saved_searches_and_problems_models(qtmodeltester: ModelTester) -> None:
    saved = SavedSearchesModel()
    saved.set_searches(
        [SavedSearch("Bjørn", "bjørn"), SavedSearch("Planer", "type:plan", {"tag": ("vei",)})]
    )
    qtmodeltester.check(saved)
    assert saved.index(1, 0).data(SavedSearchesModel.QueryRole) == "type:plan"
    assert saved.index(1, 0).data(SavedSearchesModel.SearchRole).filters == {"tag": ("vei",)}

    problems = ProblemsModel()
    qtmodeltester.check(problems)
    problems.set_problems(
        [
            Problem("/a/b.pdf", Message("legacy", ("the file is damaged",)), "damaged", 1.7e9),
            Problem("/c.pdf", Message("legacy", ("x",))),
        ]
    )
    qtmodeltester.check(problems)
    assert problems.index(0, 2).data() == "The file is damaged"
    assert problems.index(0, 3).data()
