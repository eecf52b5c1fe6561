"""The window's corrected-results notice and its "exactly as typed" link; similar documents."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.gui.test_main_window import search, titles
from vtviewer.core.archive import Archive
from vtviewer.gui.similar_dialog import SimilarModel, SimilarRole
from vtviewer.paths import DataPaths


def test_the_notice_names_the_correction_and_its_link_searches_what_was_typed(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    search(qtbot, window, "omstilingsplan")
    label = window.search_bar.message_label
    assert label.isVisibleTo(window)
    text = label.text()
    assert "Showing results for <b>omstillingsplan</b> (you typed: omstilingsplan)." in text
    assert '<a href="exact:">Search for exactly what you typed</a>' in text
    assert titles(window) and window.session.correct
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        label.linkActivated.emit("exact:")
    # Exactly what was typed: nothing found, no correction, "did you mean" instead.
    assert window.search_field.text() == "omstilingsplan"
    assert not window.session.correct
    assert window.results_model.rowCount() == 0
    assert "Showing results for" not in label.text()
    assert "Did you mean" in label.text()
    # A changed query is corrected again.
    search(qtbot, window, "handlingsplann")
    assert window.session.correct and titles(window)
    assert "Showing results for <b>handlingsplan</b>" in label.text()


def test_the_notice_in_norwegian(
    bokmaal: None, qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    search(qtbot, window, "Bjørn Iversn")
    text = window.search_bar.message_label.text()
    assert "Viser treff for <b>Bjørn Iversen</b> (du skrev: Bjørn Iversn)." in text
    assert "Søk etter nøyaktig det du skrev" in text


def test_similar_model(qtmodeltester: ModelTester, sample_paths: DataPaths) -> None:
    with Archive.open(sample_paths) as archive:
        source = archive.search("omstillingsplan").hits[0].document
        found = archive.similar(source.id)
    model = SimilarModel()
    qtmodeltester.check(model)
    model.set_items(found)
    qtmodeltester.check(model)
    assert 0 < model.rowCount() <= 10
    first = model.index(0, 0)
    assert model.data(first, SimilarRole) == found[0]
    assert "\nShares: " in str(model.data(first))
    assert source.id not in [item.document.id for item in found]


def test_similar_documents_from_the_details_pane(
    qtbot: QtBot, make_window: MakeWindow, sample_paths: DataPaths
) -> None:
    window = make_window(sample_paths)
    search(qtbot, window, "omstillingsplan")
    window.results_view.setCurrentIndex(window.results_model.index(0, 0))
    source = window.details.document
    assert source is not None
    button = window.details.findChild(QPushButton, "similarDocuments")
    assert button is not None and button.text() == "Similar documents"
    dialog = window.similar
    button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10000)
    assert dialog.isVisible() and dialog.status.isHidden()
    assert "Documents like" in dialog.heading.text()
    chosen = dialog.model.data(dialog.model.index(1, 0), SimilarRole).document
    assert chosen.id != source.id
    dialog.view.activated.emit(dialog.model.index(1, 0))
    # Activating one shows it in the window.
    assert window.details.document is not None and window.details.document.id == chosen.id
    assert window.reader.current is not None and window.reader.current.document.id == chosen.id
