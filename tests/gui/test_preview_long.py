"""A long document in the preview: shown on its page at once, laid out as one to scroll
through (and given its outline) once its page sizes are read, without moving."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import Fit
from PySide6.QtCore import QMarginsF, QModelIndex, QPointF
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vtviewer.gui import preview_sizes
from vtviewer.gui.pdf_preview import PdfPreview
from vtviewer.gui.preview_sizes import SIZES_AT_ONCE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG = SIZES_AT_ONCE * 3


def _write(path: Path, pages: int, outline: dict[str, int]) -> Path:
    plain = path.with_suffix(".plain.pdf")
    writer = QPdfWriter(str(plain))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 12))
    for number in range(pages):
        if number:
            writer.newPage()
        painter.drawText(QPointF(60, 120), f"Side {number + 1}")
        painter.drawText(QPointF(60, 700), f"Merknad {number + 1} om reguleringsplanen.")
    painter.end()
    with_outline = PdfWriter(clone_from=PdfReader(plain))
    for title, page in outline.items():
        with_outline.add_outline_item(
            title=title, page_number=page - 1, fit=Fit.xyz(left=0, top=800, zoom=1)
        )
    with path.open("wb") as handle:
        with_outline.write(handle)
    return path


@pytest.fixture
def long_pdf(qapp: QApplication, tmp_path: Path) -> Path:
    return _write(tmp_path / "kommuneplan.pdf", LONG, {"Innledning": 1, "Vedlegg": LONG - 5})


@pytest.fixture
def short_pdf(qapp: QApplication, tmp_path: Path) -> Path:
    return _write(tmp_path / "notat.pdf", 4, {"Bakgrunn": 2})


@pytest.fixture
def no_time_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The long fixture is read whole within READ_AT_ONCE_SECONDS: as if it were not."""
    monkeypatch.setattr(preview_sizes, "READ_AT_ONCE_SECONDS", 0.0)


def _view(preview: PdfPreview) -> QPdfView:
    view = preview.findChild(QPdfView)
    assert view is not None
    return view


@pytest.mark.usefixtures("no_time_at_once")
def test_a_long_document_opens_on_its_page_and_then_scrolls_as_one(
    qtbot: QtBot, preview: PdfPreview, long_pdf: Path
) -> None:
    target = LONG - 20
    preview.open_document(str(long_pdf), page=target, terms=["Merknad"], trusted=True)
    view = _view(preview)
    # At once: the target page alone (its size is the only one read yet), its hit marked.
    assert preview.state_name() == "view"
    assert view.pageMode() == QPdfView.PageMode.SinglePage
    assert preview.current_page() == target
    assert preview.search_string() == "Merknad"
    with qtbot.waitSignal(preview.pages.continuous, timeout=10_000):
        pass
    assert view.pageMode() == QPdfView.PageMode.MultiPage
    # The same page is on top (not the first, where the scroll offset would put it).
    assert preview.current_page() == target
    geometry = view.page_geometries()[target - 1]  # type: ignore[attr-defined]
    top = view.verticalScrollBar().value()
    assert geometry.top() <= top + 1 < geometry.bottom()
    # The outline came with the sizes, and the next page is one scroll step further.
    titles = [
        preview.pages.bookmarks.index(row, 0, QModelIndex()).data()
        for row in range(preview.pages.bookmarks.rowCount(QModelIndex()))
    ]
    assert titles == ["Innledning", "Vedlegg"]
    assert preview.pages.sidebar.isTabEnabled(0)
    preview.show_page(target + 1)
    assert preview.current_page() == target + 1


def test_a_short_document_is_laid_out_with_its_outline_at_once(
    qtbot: QtBot, preview: PdfPreview, short_pdf: Path
) -> None:
    preview.open_document(str(short_pdf), page=3, trusted=True)
    assert _view(preview).pageMode() == QPdfView.PageMode.MultiPage
    assert not preview.pages.page_sizes.reading()
    assert preview.pages.bookmarks.rowCount(QModelIndex()) == 1
    assert preview.current_page() == 3


def test_a_long_document_read_in_time_is_laid_out_at_once(
    qtbot: QtBot, preview: PdfPreview, long_pdf: Path
) -> None:
    # Its sizes are read before any page is drawn (a drawing holds the engine's lock).
    preview.open_document(str(long_pdf), page=LONG - 3, trusted=True)
    assert _view(preview).pageMode() == QPdfView.PageMode.MultiPage
    assert not preview.pages.page_sizes.reading()
    assert preview.pages.bookmarks.rowCount(QModelIndex()) == 2
    assert preview.current_page() == LONG - 3


@pytest.mark.usefixtures("no_time_at_once")
def test_another_document_stops_the_reading_of_sizes(
    qtbot: QtBot, preview: PdfPreview, long_pdf: Path, short_pdf: Path
) -> None:
    preview.open_document(str(long_pdf), page=10, trusted=True)
    assert preview.pages.page_sizes.reading()
    preview.open_document(str(short_pdf), page=2, trusted=True)
    assert not preview.pages.page_sizes.reading()
    assert preview.pages.bookmarks.rowCount(QModelIndex()) == 1  # the short one's outline
    preview.open_document(str(long_pdf), page=10, trusted=True)
    preview.clear()
    assert not preview.pages.page_sizes.reading()
    assert preview.pages.bookmarks.rowCount(QModelIndex()) == 0
    qtbot.wait(50)  # a stale slice would switch the empty view
    assert _view(preview).pageMode() == QPdfView.PageMode.SinglePage
    assert preview.state_name() == "empty"
