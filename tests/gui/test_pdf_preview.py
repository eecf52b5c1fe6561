"""The PDF preview: target page, highlighted terms, find, passwords, damaged and hanging files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import Fit
from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.pdfgen import write_encrypted
from vtviewer.gui.pdf_preview import PdfPreview
from vtviewer.gui.preview_probe import ProbeResult, parse_output

#: Page texts (1-based pages): "Bjørn" on 1, 3 (twice) and 5; "planene" on 2 and 3.
PAGES = (
    "Kommunedelplan for Vestre Toten. Kontakt: Bjørn Ås.",
    "Her står det om planene for sentrum og skolene.",
    "Bjørn skriver om planene. Spør Bjørn om vegene.",
    "Høringsfrist og merknader fra innbyggerne.",
    "Rådmannen og Bjørn Ås svarer på spørsmål.",
    "Vedlegg: kart over Raufoss og Eina.",
)
PASSWORD = "hemmelig"

# The offscreen platform cannot pass a top-level widget's minimum size to a window system.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _write_pdf(path: Path, pages: tuple[str, ...]) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(72)
    writer.setTitle("Testplan")
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 12))
    for number, text in enumerate(pages):
        if number:
            writer.newPage()
        painter.drawText(QPointF(60, 120), f"Side {number + 1}")
        painter.drawText(QPointF(60, 160), text)
    painter.end()
    return path


@pytest.fixture
def norsk_pdf(qapp: QApplication, tmp_path: Path) -> Path:
    """Six pages of Norwegian text with an outline (bookmarks) pointing at pages 2 and 4."""
    plain = _write_pdf(tmp_path / "plain.pdf", PAGES)
    writer = PdfWriter(clone_from=PdfReader(plain))
    # XYZ destinations: pdfium reports garbage locations for /Fit ones, and Qt warns.
    writer.add_outline_item(title="Sentrum", page_number=1, fit=Fit.xyz(left=0, top=800, zoom=1))
    writer.add_outline_item(title="Høring", page_number=3, fit=Fit.xyz(left=0, top=800, zoom=1))
    out = tmp_path / "kommunedelplan.pdf"
    with out.open("wb") as handle:
        writer.write(handle)
    return out


@pytest.fixture
def locked_pdf(qapp: QApplication, tmp_path: Path) -> Path:
    plain = _write_pdf(tmp_path / "open.pdf", PAGES[:2])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=PASSWORD, owner_password=PASSWORD + "-eier", algorithm="AES-128")
    out = tmp_path / "låst.pdf"
    with out.open("wb") as handle:
        writer.write(handle)
    return out


def _wait_settled(qtbot: QtBot, preview: PdfPreview) -> None:
    qtbot.waitUntil(lambda: preview.state_name() != "loading", timeout=10_000)


def test_opens_on_the_page_with_the_terms_highlighted(
    qtbot: QtBot, preview: PdfPreview, norsk_pdf: Path
) -> None:
    preview.open_document(str(norsk_pdf), page=3, terms=["Bjørn"])  # untrusted: probed first
    assert preview.state_name() == "loading"
    _wait_settled(qtbot, preview)
    assert preview.state_name() == "view"
    assert preview.page_count() == 6
    assert preview.current_page() == 3
    assert preview.search_string() == "Bjørn"
    model = preview.search_model()
    assert len(model.resultsOnPage(2)) == 2  # both hits on page 3 are highlighted
    assert len(model.resultsOnPage(3)) == 0


def test_with_several_terms_the_page_decides_which_is_highlighted(
    qtbot: QtBot, preview: PdfPreview, norsk_pdf: Path
) -> None:
    preview.open_document(str(norsk_pdf), page=2, terms=["Bjørn", "planene"], trusted=True)
    assert preview.state_name() == "view"
    assert preview.current_page() == 2
    # "Bjørn" is not on page 2, "planene" is: the page's hit must be the highlighted one.
    assert preview.search_string() == "planene"
    assert len(preview.search_model().resultsOnPage(1)) == 1


@pytest.fixture
def contact_pdf(qapp: QApplication, tmp_path: Path) -> Path:
    """The sample's contact page: the name on one line, the e-mail address on the next."""
    path = tmp_path / "handlingsplan.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 12))
    painter.drawText(QPointF(60, 120), "Side 1")
    writer.newPage()
    painter.drawText(QPointF(60, 120), "Kontakt")
    painter.drawText(QPointF(60, 160), "Kontaktperson er Bjørn Iversen, leder for programmet")
    painter.drawText(QPointF(60, 180), "epost bjoern.iversen@vestre-toten.kommune.no")
    painter.end()
    return path


def _viewport_image(qtbot: QtBot, preview: PdfPreview, page: int) -> QImage:
    """The viewport as painted, once the page's text has been rendered into it."""
    view = preview.findChild(QPdfView)
    assert view is not None
    image = QImage()

    def has_text() -> bool:
        nonlocal image
        image = view.viewport().grab().toImage()
        rects = [r for rs in preview.highlight_rects(page).values() for r in rs]
        return bool(rects) and all(_dark_pixels(image, r) > 0 for r in rects)

    qtbot.waitUntil(has_text, timeout=5000)
    return image


def _dark_pixels(image: QImage, rect: QRectF) -> int:
    box = rect.toAlignedRect().intersected(image.rect())
    return sum(
        1
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
        if QColor(image.pixel(x, y)).lightness() < 80
    )


@pytest.mark.parametrize("mode", ["fit-width", "fit-page", "zoom-150", "zoom-60"])
def test_every_term_is_highlighted_on_the_text_it_matches(
    qtbot: QtBot, preview: PdfPreview, contact_pdf: Path, mode: str
) -> None:
    view = preview.findChild(QPdfView)
    assert view is not None
    if mode == "fit-page":
        view.setZoomMode(QPdfView.ZoomMode.FitInView)
    elif mode.startswith("zoom"):
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(int(mode.split("-")[1]) / 100)
    preview.open_document(str(contact_pdf), page=2, terms=["bjoern", "Bjørn"], trusted=True)
    assert preview.current_page() == 2
    assert set(preview.highlighted_terms()) == {"bjoern", "Bjørn"}
    # The name comes first in reading order, so it is the term F3 and the jump start from.
    assert preview.search_string() == "Bjørn"

    # On screen: the page is painted where page_rect says, and each highlight covers
    # text (dark pixels), painted over in the highlight colour. (Rectangles are read after
    # the grab: the view may still scroll while the page renders.)
    image = _viewport_image(qtbot, preview, 2)
    rects = preview.highlight_rects(2)
    assert len(rects["Bjørn"]) == 1 and len(rects["bjoern"]) == 1
    name, mail = rects["Bjørn"][0], rects["bjoern"][0]
    page = preview.page_rect(2)
    viewport = QRectF(view.viewport().rect())
    assert page.intersects(viewport)
    for rect in (name, mail):
        assert page.contains(rect) and viewport.intersects(rect)
    assert name.bottom() <= mail.top() + 1  # the name's line is above the address's
    assert preview.highlight_rects(1) == {"bjoern": [], "Bjørn": []}

    dark = view.palette().color(QPalette.ColorRole.Dark)
    inside = page.toAlignedRect()
    y = int(min(max(name.center().y(), 0), image.height() - 1))
    if inside.left() > 1:
        assert QColor(image.pixel(inside.left() - 1, y)).name() == dark.name()
        assert QColor(image.pixel(inside.left() + 1, y)).lightness() > 200
    for rect in (name, mail):
        centre_row = int(rect.center().y())
        colours = {
            QColor(image.pixel(x, centre_row)).name()
            for x in range(int(rect.left()) + 1, int(rect.right()))
        }
        assert "#ffe200" in colours  # highlight on white paper
        assert _dark_pixels(image, rect) > 5  # the word's ink is under it
        # A box shifted sideways would cut into the word; the space before it is blank.
        left_strip = QRectF(rect.left() - 3, rect.top() + 2, 2, rect.height() - 4)
        assert _dark_pixels(image, left_strip) == 0


def test_zoom_from_fit_width_starts_at_the_zoom_on_screen(
    qtbot: QtBot, preview: PdfPreview, contact_pdf: Path
) -> None:
    preview.open_document(str(contact_pdf), page=1, trusted=True)
    view = preview.findChild(QPdfView)
    assert view is not None
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fit = preview.effective_zoom()
    fit_width = preview.page_rect(1).width()
    assert fit != pytest.approx(view.zoomFactor())  # zoomFactor is stale in fit modes
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == QPdfView.ZoomMode.Custom
    assert view.zoomFactor() >= fit * 1.08
    assert preview.page_rect(1).width() >= fit_width * 1.08

    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.effective_zoom() == pytest.approx(fit)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() <= fit / 1.08
    assert preview.page_rect(1).width() <= fit_width / 1.08


def test_reopening_the_same_file_only_jumps(
    qtbot: QtBot, preview: PdfPreview, norsk_pdf: Path
) -> None:
    ready: list[str] = []
    pages: list[int] = []
    preview.document_ready.connect(ready.append)
    preview.page_changed.connect(pages.append)
    preview.open_document(str(norsk_pdf), page=1, terms=["Bjørn"], trusted=True)
    preview.open_document(str(norsk_pdf), page=5, terms=["Bjørn"], trusted=True)
    assert ready == [str(norsk_pdf)]
    assert preview.current_page() == 5
    assert pages[-1] == 5
    preview.show_page(4)
    assert preview.current_page() == 4


def test_find_highlights_every_hit_and_f3_steps_through_them(
    qtbot: QtBot, preview: PdfPreview, norsk_pdf: Path
) -> None:
    preview.open_document(str(norsk_pdf), page=1, trusted=True)
    view = preview.findChild(QPdfView)
    assert view is not None
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find_edit = preview.findChild(QLineEdit, "previewFindEdit")
    assert find_edit is not None and find_edit.isVisible() and find_edit.hasFocus()

    assert preview.find("bjørn") == 4  # case-insensitive, on pages 1, 3, 3 and 5
    assert preview.search_string() == "bjørn"
    assert preview.current_hit() == 0
    qtbot.keyClick(find_edit, Qt.Key.Key_F3)
    assert preview.current_hit() == 1
    assert preview.current_page() == 3
    qtbot.keyClick(find_edit, Qt.Key.Key_Return)  # Enter in the find bar: next hit
    assert preview.current_hit() == 2
    qtbot.keyClick(find_edit, Qt.Key.Key_F3)
    assert preview.current_hit() == 3
    assert preview.current_page() == 5
    qtbot.keyClick(find_edit, Qt.Key.Key_F3)  # wraps around
    assert preview.current_hit() == 0
    qtbot.keyClick(find_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert preview.current_hit() == 3
    assert "4 of 4" in _label_texts(preview)

    assert preview.find("finnes ikke") == 0
    qtbot.keyClick(find_edit, Qt.Key.Key_Escape)
    assert not find_edit.isVisible()


def test_f3_after_opening_continues_from_the_hit_on_the_target_page(
    qtbot: QtBot, preview: PdfPreview, norsk_pdf: Path
) -> None:
    preview.open_document(str(norsk_pdf), page=3, terms=["Bjørn"], trusted=True)
    view = preview.findChild(QPdfView)
    assert view is not None
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F3)
    # The first hit on page 3 is hit 1 (0-based) of 4; F3 goes to the second one on page 3.
    assert preview.current_hit() == 2
    assert preview.current_page() == 3


def test_ctrl_f_in_the_preview_wins_over_the_windows_ctrl_f(qtbot: QtBot, norsk_pdf: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    central = QWidget()
    layout = QVBoxLayout(central)
    search_field = QLineEdit()
    preview = PdfPreview()
    layout.addWidget(search_field)
    layout.addWidget(preview)
    window.setCentralWidget(central)
    focused: list[bool] = []
    window_find = QAction("Search", window)
    window_find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    window_find.triggered.connect(lambda: focused.append(True))
    window.addAction(window_find)
    window.resize(700, 900)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    preview.open_document(str(norsk_pdf), trusted=True)
    view = preview.findChild(QPdfView)
    assert view is not None

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused == []
    find_edit = preview.findChild(QLineEdit, "previewFindEdit")
    assert find_edit is not None and find_edit.isVisible()

    search_field.setFocus()
    qtbot.keyClick(search_field, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused == [True]


def test_page_and_zoom_controls(qtbot: QtBot, preview: PdfPreview, norsk_pdf: Path) -> None:
    preview.open_document(str(norsk_pdf), page=2, trusted=True)
    view = preview.findChild(QPdfView)
    assert view is not None
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert preview.current_page() == 3
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert preview.current_page() == 1
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == QPdfView.ZoomMode.Custom
    zoomed = view.zoomFactor()
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() < zoomed
    qtbot.keyClick(view, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == QPdfView.ZoomMode.FitInView
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_outline_click_jumps_and_thumbnails_render_lazily(
    qtbot: QtBot, preview: PdfPreview, norsk_pdf: Path
) -> None:
    preview.open_document(str(norsk_pdf), page=1, trusted=True)
    thumbnails = preview.pages.thumbnails
    assert thumbnails.rendered_pages() == set()  # nothing rendered while the panel is hidden
    preview.set_sidebar_visible(True)
    outline = preview.pages.outline
    qtbot.waitUntil(outline.isVisible)
    model = outline.model()
    assert model.rowCount() == 2
    second = model.index(1, 0)
    assert second.data() == "Høring"
    outline.clicked.emit(second)
    assert preview.current_page() == 4

    preview.pages.sidebar.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(thumbnails.rendered_pages()) >= 2, timeout=5000)
    assert thumbnails.rendered_pages() <= set(range(6))


def test_password_is_asked_wrong_one_refused_right_one_opens(
    qtbot: QtBot, preview: PdfPreview, locked_pdf: Path
) -> None:
    preview.open_document(str(locked_pdf), page=2, terms=["planene"])
    _wait_settled(qtbot, preview)
    assert preview.state_name() == "password"
    field = preview.password_page.edit
    assert field.echoMode() == QLineEdit.EchoMode.Password

    qtbot.keyClicks(field, "feil")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    _wait_settled(qtbot, preview)
    assert preview.state_name() == "password"
    assert "Wrong password" in preview.password_page.error.text()
    assert field.text() == ""

    qtbot.keyClicks(field, PASSWORD)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    _wait_settled(qtbot, preview)
    assert preview.state_name() == "view"
    assert preview.page_count() == 2
    assert preview.current_page() == 2
    assert len(preview.search_model().resultsOnPage(1)) == 1
    # Not stored: neither in the field nor in the document once it is open.
    assert field.text() == ""
    assert preview._document.password() == ""


def test_trusted_locked_file_asks_in_process_too(
    qtbot: QtBot, preview: PdfPreview, locked_pdf: Path
) -> None:
    preview.open_document(str(locked_pdf), trusted=True)
    assert preview.state_name() == "password"
    qtbot.keyClicks(preview.password_page.edit, PASSWORD)
    preview.password_page.button.click()
    assert preview.state_name() == "view"


@pytest.mark.parametrize("trusted", [False, True])
def test_damaged_file_shows_the_reason(
    qtbot: QtBot, preview: PdfPreview, tmp_path: Path, trusted: bool
) -> None:
    fake = tmp_path / "skadet.pdf"
    fake.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n")
    messages: list[str] = []
    preview.status_message.connect(messages.append)
    preview.open_document(str(fake), trusted=trusted)
    _wait_settled(qtbot, preview)
    assert preview.state_name() == "message"
    assert "skadet.pdf" in preview.message_text()
    assert "not a valid PDF" in preview.message_text()
    assert not preview.message_page.open_anyway.isVisible()
    assert messages and "could not be opened" in messages[-1]
    assert preview.page_count() == 0


def test_missing_file_says_so(preview: PdfPreview, tmp_path: Path) -> None:
    preview.open_document(str(tmp_path / "borte.pdf"))
    assert preview.state_name() == "message"
    assert "not found" in preview.message_text()


def test_hanging_file_is_not_opened_and_the_event_loop_keeps_turning(
    qtbot: QtBot, preview: PdfPreview, norsk_pdf: Path
) -> None:
    # A probe that never answers stands in for a PDF engine stuck on a hostile file.
    preview.probe.set_command(sys.executable, ["-c", "import time; time.sleep(60)"])
    preview.probe.set_timeout(700)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    preview.open_document(str(norsk_pdf), page=2, terms=["planene"])
    assert preview.state_name() == "loading"
    _wait_settled(qtbot, preview)
    timer.stop()
    assert len(ticks) >= 10  # the window kept handling events while the probe hung
    assert preview.state_name() == "message"
    assert "could not be opened safely" in preview.message_text()
    assert not preview.probe.is_running()
    assert preview.message_page.open_anyway.isVisible()

    # Re-selecting the file is instant: the verdict is cached by (path, size, mtime).
    preview.clear()
    preview.open_document(str(norsk_pdf), page=2)
    assert preview.state_name() == "message"

    preview.message_page.open_anyway.click()
    assert preview.state_name() == "view"
    assert preview.current_page() == 2


def test_crashing_probe_offers_open_anyway(
    qtbot: QtBot, preview: PdfPreview, norsk_pdf: Path
) -> None:
    preview.probe.set_command(sys.executable, ["-c", "import os; os.abort()"])
    preview.open_document(str(norsk_pdf))
    _wait_settled(qtbot, preview)
    assert preview.state_name() == "message"
    assert "could not be opened safely" in preview.message_text()
    preview.open_document(str(norsk_pdf), allow_risky=True)
    assert preview.state_name() == "view"


def test_file_that_timed_out_while_indexing_waits_for_the_user(
    preview: PdfPreview, norsk_pdf: Path
) -> None:
    preview.open_document(str(norsk_pdf), blocked_reason="it timed out while being indexed")
    assert preview.state_name() == "message"
    assert not preview.probe.is_running()
    assert "timed out while being indexed" in preview.message_text()
    preview.message_page.open_anyway.click()
    assert preview.state_name() == "view"


def test_probe_answers_are_cached_and_clear_empties(
    qtbot: QtBot, preview: PdfPreview, norsk_pdf: Path
) -> None:
    preview.open_document(str(norsk_pdf), page=4)
    _wait_settled(qtbot, preview)
    assert preview.probe.cached(str(norsk_pdf)) == ProbeResult("ok", page_count=6)
    preview.clear()
    assert preview.state_name() == "empty"
    assert preview.current_page() == 0
    preview.open_document(str(norsk_pdf), page=4)
    assert preview.state_name() == "view"  # no second probe
    assert preview.current_page() == 4


def test_probe_output_parsing() -> None:
    assert parse_output(b'noise\n{"kind": "ok", "page_count": 3}\n') == ProbeResult(
        "ok", page_count=3
    )
    assert parse_output(b'{"kind": "password", "detail": "IncorrectPassword"}') == ProbeResult(
        "password", "IncorrectPassword"
    )
    assert parse_output(b"") is None
    assert parse_output(b'{"kind": "timeout"}') is None  # only the parent decides that


def _label_texts(preview: PdfPreview) -> str:
    from PySide6.QtWidgets import QLabel

    return " | ".join(label.text() for label in preview.findChildren(QLabel))


def test_a_file_named_in_latin1_opens_in_the_preview(
    qtbot: QtBot, preview: PdfPreview, norsk_pdf: Path
) -> None:
    """Before: Qt dropped the undecodable bytes of the name and looked for another file."""
    import os
    import shutil

    name = os.fsdecode("Reguleringsplan_Øvre_Ås.pdf".encode("latin-1"))
    target = os.path.join(str(norsk_pdf.parent), name)
    shutil.copyfile(norsk_pdf, target)
    preview.open_document(target, page=2, terms=["Bjørn"])
    _wait_settled(qtbot, preview)
    assert preview.state_name() == "view"
    assert preview.page_count() == 6


def test_page_controls_reset_without_a_document(
    qtbot: QtBot, docs_folder: Path, tmp_path: Path
) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.show()
    preview.open_document(str(docs_folder / "kommuneplan-2020.pdf"), 3, trusted=True)
    qtbot.waitUntil(lambda: preview.current_page() == 3, timeout=10000)
    selector = preview.toolbar.page_selector
    assert selector.isEnabled()
    locked = tmp_path / "locked.pdf"
    write_encrypted(locked, "hemmelig")
    preview.open_document(str(locked), 1, trusted=True)
    qtbot.waitUntil(lambda: preview.state_name() == "password", timeout=10000)
    assert not selector.isEnabled()
    spin = selector.findChild(QSpinBox)
    assert spin is not None and spin.text() == ""
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf")
    preview.open_document(str(docs_folder / "kommuneplan-2020.pdf"), 3, trusted=True)
    qtbot.waitUntil(lambda: preview.current_page() == 3, timeout=10000)
    preview.open_document(str(broken), 1, trusted=True)
    qtbot.waitUntil(lambda: preview.state_name() == "message", timeout=10000)
    assert not selector.isEnabled()
    assert spin.text() == ""
    preview.open_document(str(docs_folder / "kommuneplan-2020.pdf"), 2, trusted=True)
    qtbot.waitUntil(lambda: preview.current_page() == 2, timeout=10000)
    assert selector.isEnabled()
    assert spin.text() == "2"
