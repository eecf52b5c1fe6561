"""Text in the preview: selecting with the mouse and Shift+arrows, copying (Norwegian
letters kept, hyphenated line ends joined), selecting a page, copying a page link, and
printing a range of pages to a PDF file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QMarginsF, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QMouseEvent, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from vtviewer.gui.pdf_preview import PdfPreview
from vtviewer.gui.preview_text import copied_text, page_link
from vtviewer.paths import DataPaths

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: Lines of page 1 at y = 120, 140, 160 (points); x starts at 60.
LINES = ("Blåbær og brød på Østre utbyg-", "ging av Nord-", "Norge er ferdig.")
PAGES = 5


@pytest.fixture
def text_pdf(qapp: QApplication, tmp_path: Path) -> Path:
    path = tmp_path / "utbygging.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 12))
    for y, line in zip((120, 140, 160), LINES, strict=True):
        painter.drawText(QPointF(60, y), line)
    for page in range(2, PAGES + 1):
        writer.newPage()
        # Page n has n lines: a printed page tells which page it is.
        for line in range(page):
            painter.drawText(QPointF(60, 120 + 40 * line), f"Side {page} av planen")
    painter.end()
    return path


@pytest.fixture
def preview(qtbot: QtBot, text_pdf: Path) -> PdfPreview:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.open_document(str(text_pdf), page=1, trusted=True)
    qtbot.waitUntil(lambda: widget.state_name() == "view", timeout=10_000)
    qtbot.waitUntil(lambda: not widget.page_rect(1).isEmpty(), timeout=5000)
    return widget


def on_screen(preview: PdfPreview, x: float, y: float, page: int = 1) -> QPointF:
    """Page ``page``'s point (x, y) in points, in the viewport's coordinates."""
    rect = preview.page_rect(page)
    size = preview.text._document.pagePointSize(page - 1)
    return QPointF(
        rect.x() + x * rect.width() / size.width(), rect.y() + y * rect.height() / size.height()
    )


def send_mouse(
    preview: PdfPreview,
    kind: QEvent.Type,
    pos: QPointF,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    viewport = preview.pages.view.viewport()
    held = (
        Qt.MouseButton.NoButton
        if kind == QEvent.Type.MouseButtonRelease
        else (Qt.MouseButton.LeftButton)
    )
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, held, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(preview: PdfPreview, start: QPointF, end: QPointF) -> None:
    send_mouse(preview, QEvent.Type.MouseButtonPress, start)
    send_mouse(preview, QEvent.Type.MouseMove, (start + end) / 2)
    send_mouse(preview, QEvent.Type.MouseMove, end)
    send_mouse(preview, QEvent.Type.MouseButtonRelease, end)


def test_copied_text_joins_hyphenated_line_ends() -> None:
    assert copied_text("utbyg-\nging") == "utbygging"
    assert copied_text("utbyg-\r\nging") == "utbygging"
    assert copied_text("utbyg\ufffeging av Nord\ufffeNorge") == "utbygging av Nord-Norge"
    assert copied_text("Øvre\r\nEina") == "Øvre\nEina"
    assert copied_text("2013-2015 og sju - åtte") == "2013-2015 og sju - åtte"


def test_dragging_selects_the_text_and_ctrl_c_copies_it(qtbot: QtBot, preview: PdfPreview) -> None:
    view = preview.pages.view
    # From the "B" of Blåbær to the "d" of "brød".
    drag(preview, on_screen(preview, 62, 116), on_screen(preview, 151, 116))
    assert preview.text.selected_text() == "Blåbær og brød"
    assert view.text_selection_rects()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "Blåbær og brød"


def test_a_selection_over_lines_joins_the_split_word(qtbot: QtBot, preview: PdfPreview) -> None:
    drag(preview, on_screen(preview, 62, 116), on_screen(preview, 100, 155))
    text = preview.text.selected_text()
    assert text.startswith("Blåbær og brød på Østre utbygging av Nord-Norge")
    assert "\ufffe" not in text


def test_dragging_off_the_text_selects_to_its_edge(qtbot: QtBot, preview: PdfPreview) -> None:
    # Past the end of the first line, into the margin: the whole line.
    drag(preview, on_screen(preview, 62, 116), on_screen(preview, 520, 116))
    assert preview.text.selected_text().startswith("Blåbær og brød på Østre utbyg")
    # From "brød" up and left, off the text: back to its start.
    drag(preview, on_screen(preview, 151, 116), on_screen(preview, 30, 40))
    assert preview.text.selected_text() == "Blåbær og brød"
    # A click in the empty page below the text selects nothing.
    start = on_screen(preview, 300, 600)
    send_mouse(preview, QEvent.Type.MouseButtonPress, start)
    send_mouse(preview, QEvent.Type.MouseButtonRelease, start)
    assert preview.text.selected_text() == ""


def test_shift_arrows_extend_after_a_click(qtbot: QtBot, preview: PdfPreview) -> None:
    view = preview.pages.view
    start = on_screen(preview, 62, 116)
    send_mouse(preview, QEvent.Type.MouseButtonPress, start)
    send_mouse(preview, QEvent.Type.MouseButtonRelease, start)
    qtbot.waitUntil(view.hasFocus)
    assert preview.text.selected_text() == ""
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert preview.text.selected_text() == "Blåbær"
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert preview.text.selected_text() == "Blåbæ"
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert preview.text.selected_text().startswith("Blåbær og brød på Østre utbygg")
    # A shift-click extends it too.
    send_mouse(
        preview,
        QEvent.Type.MouseButtonPress,
        on_screen(preview, 151, 116),
        Qt.KeyboardModifier.ShiftModifier,
    )
    assert preview.text.selected_text() == "Blåbær og brød"


def test_ctrl_a_selects_the_page(qtbot: QtBot, preview: PdfPreview) -> None:
    view = preview.pages.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert (
        preview.text.selected_text() == "Blåbær og brød på Østre utbygging av Nord-Norge er ferdig."
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "utbygging" in QApplication.clipboard().text()
    # Another document clears the selection.
    preview.clear()
    assert preview.text.selected_text() == ""
    assert preview.pages.view.text_selection_rects() == []


def test_copy_page_link_gives_the_file_and_page(preview: PdfPreview, text_pdf: Path) -> None:
    readable = preview.text.copy_page_link(2)
    data = QApplication.clipboard().mimeData()
    assert data.urls() == [page_link(str(text_pdf), 3)]
    assert data.urls()[0].toString().endswith("utbygging.pdf#page=3")
    assert data.urls()[0].isLocalFile()
    assert data.text() == readable == f"{text_pdf}, page 3"
    assert QUrl(data.urls()[0]).toLocalFile() == str(text_pdf)


def test_printing_a_page_range_writes_those_pages(
    qtbot: QtBot, preview: PdfPreview, tmp_path: Path
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    job = preview.print_pages(printer, 2, 4)
    assert job is not None
    assert job.pages == [1, 2, 3]
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        pass
    assert finished.args == [True]
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    # The pages are pictures of the pages 2 to 4, in order: 2, 3 and 4 lines of text.
    printed = QPdfDocument()
    assert printed.load(str(out)) == QPdfDocument.Error.None_
    assert [text_lines(printed.render(n, QSize(300, 424))) for n in range(3)] == [2, 3, 4]
    printed.close()


def text_lines(image: QImage) -> int:
    """How many bands of dark pixels run across ``image`` (lines of text)."""
    bands = 0
    inside = False
    for y in range(image.height()):
        colours = (image.pixelColor(x, y) for x in range(image.width()))
        dark = any(c.alpha() > 128 and c.lightness() < 128 for c in colours)  # ink, not bare page
        if dark and not inside:
            bands += 1
        inside = dark
    return bands


def test_nothing_to_print_without_a_document(qtbot: QtBot) -> None:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    printer = QPrinter()
    assert widget.print_pages(printer, 1, 1) is None
    assert not widget.text.print_action.isEnabled()


def test_print_is_in_the_file_menu_while_a_document_shows(
    qtbot: QtBot, make_window: MakeWindow, docs_paths: DataPaths
) -> None:
    window = make_window(docs_paths)
    action = window.preview.text.print_action
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert action in file_menu.actions()
    assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    assert not action.isEnabled()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query("bjørnebær")
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: window.preview.state_name() == "view", timeout=10000)
    assert action.isEnabled()
