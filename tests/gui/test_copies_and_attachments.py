"""The window: a plan's attachments expand under it, an attachment's link opens it in the
preview, the details say where else the file is found, and the several-places filter."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QUrl
from PySide6.QtWidgets import QCheckBox, QLabel, QStyleOptionButton, QToolButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.pdfgen import write_pdf
from tests.gui.test_main_window import search
from vtviewer.core.archive import Archive
from vtviewer.gui.results_model import COLUMNS, OPEN, SHUT, UNDER, BranchRole, ResultsModel
from vtviewer.paths import DataPaths, data_paths


def marked(model: ResultsModel) -> list[str]:
    """The titles as the view draws them, with the mark before each."""
    index = [model.index(r, COLUMNS.index("title")) for r in range(model.rowCount())]
    return [str(i.data(BranchRole)) + str(i.data()) for i in index]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "arkiv"
    write_pdf(root / "Plan X.pdf", ["Reguleringsplan X for sentrum", "Side to"], "Plan X")
    write_pdf(root / "Plan X - vedlegg 1.pdf", ["Plankart for sentrum"], "Plankart")
    write_pdf(root / "Plan X - vedlegg 2.pdf", ["Støyvurdering for sentrum"], "Støy")
    write_pdf(root / "notat.pdf", ["Notat om vann"], "Notat")
    (root / "kopi").mkdir()
    shutil.copyfile(root / "Plan X.pdf", root / "kopi" / "Plan X.pdf")
    return root


@pytest.fixture
def paths(tmp_path: Path, folder: Path) -> DataPaths:
    paths = data_paths(tmp_path / "data")
    with Archive.open(paths) as archive:
        archive.add_root(str(folder))
        archive.index()
    return paths


def test_results_model_expands_a_plan_to_its_attachments(
    qtmodeltester: ModelTester, paths: DataPaths
) -> None:
    with Archive.open(paths) as archive:
        result = archive.search("sentrum", sort="title")
    assert result.total == 3  # the plan and its two attachments
    model = ResultsModel()
    model.set_hits(result.hits, result.total, with_snippets=True)
    qtmodeltester.check(model)
    title = COLUMNS.index("title")
    assert model.rowCount() == 1  # the attachments sit under the plan
    assert model.has_attachments(0) and not model.is_expanded(0)
    assert model.data(model.index(0, title)) == "Plan X"
    assert model.data(model.index(0, title), BranchRole) == SHUT
    kept = QPersistentModelIndex(model.index(0, title))
    model.set_expanded(0, True)
    qtmodeltester.check(model)
    assert marked(model) == [OPEN + "Plan X", UNDER + "Plankart", UNDER + "Støy"]
    attachment = model.hit(1)
    assert attachment is not None and attachment.document.name == "Plan X - vedlegg 1.pdf"
    assert model.parent_row(2) == 0
    assert model.row_of(attachment.document.id) == 1
    # Sorting asks the engine; in its new order the attachments stay under their plan,
    # which stays open.
    asked: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, desc: asked.append((key, desc)))
    model.sort(COLUMNS.index("type"), Qt.SortOrder.DescendingOrder)
    assert asked == [("type", True)] and kept.row() == 0
    with Archive.open(paths) as archive:
        by_type = archive.search("sentrum", sort="type", descending=True)
    model.set_hits(by_type.hits, by_type.total, with_snippets=True)
    qtmodeltester.check(model)
    assert marked(model) == [OPEN + "Plan X", UNDER + "Plankart", UNDER + "Støy"]
    assert not model.canFetchMore(QModelIndex())
    model.set_expanded(0, False)
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_a_page_that_brings_an_attachments_plan_takes_it_under_the_plan(
    qtmodeltester: ModelTester, paths: DataPaths
) -> None:
    with Archive.open(paths) as archive:
        first = archive.search("sentrum", sort="title", descending=True, limit=2)
        rest = archive.search("sentrum", sort="title", descending=True, offset=2, limit=2)
    model = ResultsModel()
    model.set_hits(first.hits, first.total, with_snippets=True)
    assert model.rowCount() == 2  # the attachments, their plan not loaded yet
    assert model.canFetchMore(QModelIndex())
    model.set_expanded(0, True)  # an attachment has none: nothing happens
    model.append_hits(rest.hits)
    assert model.rowCount() == 1 and model.has_attachments(0)
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_expand_a_plan_and_open_its_attachment_in_the_preview(
    qtbot: QtBot, make_window: MakeWindow, paths: DataPaths, folder: Path
) -> None:
    window = make_window(paths)
    search(qtbot, window, "sentrum")
    assert marked(window.results_model) == [SHUT + "Plan X"]
    view = window.results_view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert marked(window.results_model) == [OPEN + "Plan X", UNDER + "Plankart", UNDER + "Støy"]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert marked(window.results_model) == [SHUT + "Plan X"]
    # A click on the arrow before the title opens it too.
    rect = view.visualRect(window.results_model.index(0, COLUMNS.index("title")))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(6, 8))
    assert len(marked(window.results_model)) == 3

    # The plan's details list its attachments; a link opens one in the preview.
    view.selectRow(0)
    assert window.details.document is not None
    assert window.details.document.path == str(folder / "Plan X.pdf")
    attachment = str(folder / "Plan X - vedlegg 2.pdf")
    url = QUrl.fromLocalFile(attachment).toString()
    assert url in window.details.links()
    external: list[str] = []
    window.details.open_url = external.append  # type: ignore[method-assign]
    link = next(
        label
        for label in window.details.findChildren(QLabel)
        if "Plan X - vedlegg 2.pdf" in label.text() and "href" in label.text()
    )
    link.linkActivated.emit(url)
    qtbot.waitUntil(lambda: window.preview.current_path() == attachment, timeout=5000)
    qtbot.waitUntil(lambda: window.preview.page_count() == 1, timeout=10000)
    assert external == []


def test_details_say_where_else_the_file_is_found(
    qtbot: QtBot, make_window: MakeWindow, paths: DataPaths, folder: Path
) -> None:
    window = make_window(paths)
    search(qtbot, window, "reguleringsplan")
    assert marked(window.results_model) == [SHUT + "Plan X"]
    window.results_view.selectRow(0)
    copy = folder / "kopi" / "Plan X.pdf"
    texts = [label.text() for label in window.details.findChildren(QLabel)]
    assert "Also at" in texts
    assert any(str(copy) in t and "href" in t for t in texts)
    opened: list[str] = []
    window.details.open_url = opened.append  # type: ignore[method-assign]
    buttons = window.details.findChildren(QToolButton)
    reveal = next(b for b in buttons if b.accessibleName().endswith("in its folder"))
    reveal.click()
    link = next(
        label
        for label in window.details.findChildren(QLabel)
        if str(copy) in label.text() and "href" in label.text()
    )
    link.linkActivated.emit(QUrl.fromLocalFile(str(copy)).toString())
    assert opened == [
        QUrl.fromLocalFile(str(copy.parent)).toString(),
        QUrl.fromLocalFile(str(copy)).toString(),
    ]


def test_the_several_places_filter(qtbot: QtBot, make_window: MakeWindow, paths: DataPaths) -> None:
    window = make_window(paths)
    box = window.filters.several_places
    assert box.text() == "Found in several places (1)"
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        box.click()
    assert marked(window.results_model) == [SHUT + "Plan X"]
    assert window.filters.filters() == {"copies": ["several"]}
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filters.clear_filters()
    assert not box.isChecked()
    assert len(marked(window.results_model)) == 2


def test_the_several_places_box_is_drawn_on_a_dark_palette(qtbot: QtBot) -> None:
    """Before: the dark theme's style copied the check box's option as a plain one,
    which Fusion does not draw a check box for: the box was invisible."""
    from vtviewer.gui.copies_filter import SeveralPlacesBox
    from vtviewer.gui.theme import VtStyle, dark_palette

    style = VtStyle()
    box = SeveralPlacesBox()
    qtbot.addWidget(box)
    box.setStyle(style)
    box.setPalette(dark_palette())
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    indicator = style.subElementRect(style.SubElement.SE_CheckBoxIndicator, _option(box), box)
    window = dark_palette().color(dark_palette().ColorRole.Window).lightness()
    lighter = [
        image.pixelColor(x, y).lightness()
        for x in range(indicator.left(), indicator.right())
        for y in range(indicator.top(), indicator.bottom())
        if image.pixelColor(x, y).lightness() > window + 40
    ]
    assert len(lighter) > indicator.width()  # at least the frame of the box


def _option(box: QCheckBox) -> QStyleOptionButton:
    option = QStyleOptionButton()
    option.initFrom(box)
    return option


def test_the_several_places_box_is_greyed_with_nothing_to_filter(qtbot: QtBot) -> None:
    from vtviewer.core.model import Facets
    from vtviewer.gui.copies_filter import SeveralPlacesBox

    box = SeveralPlacesBox()
    qtbot.addWidget(box)
    box.update_count(Facets({"copies": (("several", 2),)}))
    assert box.isEnabled() and box.text() == "Found in several places (2)"
    box.set_filters({"copies": ["several"]})
    box.update_count(Facets({}))
    assert box.isEnabled()  # ticked: it can be unticked
    box.set_filters({})
    box.update_count(Facets({}))
    assert not box.isEnabled()
