"""Scanned pages in the window: the details pane's note, the settings for text
recognition, the status bar during the OCR pass, and the preview's highlights of words
on a scanned page from the boxes OCR stored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeWindow
from tests.scans import NORWEGIAN, ScanPage, scan_pdf
from vtviewer.core.archive import Archive
from vtviewer.core.model import Progress, WordBox
from vtviewer.core.ocr import OcrSettings, find_tesseract, install_hint
from vtviewer.gui.indexing_status import IndexingStatus
from vtviewer.gui.main_window import MainWindow
from vtviewer.gui.ocr_settings_box import OcrSettingsBox
from vtviewer.gui.pdf_preview import PdfPreview
from vtviewer.gui.preview_word_hits import page_boxes, word_boxes
from vtviewer.gui.results_model import SnippetRole
from vtviewer.gui.scan_notice import ScanNotice, has_news
from vtviewer.gui.settings import Settings
from vtviewer.gui.settings_dialog import SettingsDialog
from vtviewer.paths import DataPaths, data_paths


def test_the_note_says_how_many_pages_have_no_text_and_how_to_install_tesseract(
    qtbot: QtBot,
) -> None:
    notice = ScanNotice({"none": 3}, False, "sudo apt install tesseract-ocr")
    qtbot.addWidget(notice)
    assert "3 page(s) have no text layer" in notice.text()
    assert "install Tesseract" in notice.text()
    assert "sudo apt install tesseract-ocr" in notice.text()
    recognised = ScanNotice({"ocr": 2}, True, "")
    qtbot.addWidget(recognised)
    assert "2 page(s) were recognised" in recognised.text()
    assert "no text layer" not in recognised.text()
    assert not has_news({}) and has_news({"failed": 1})


def test_the_settings_offer_the_installed_languages(qtbot: QtBot, qtmodeltester: object) -> None:
    box = OcrSettingsBox(True, ("nor",), ("eng", "nor", "swe"))
    qtbot.addWidget(box)
    qtmodeltester.check(box.languages_model)  # type: ignore[attr-defined]
    assert box.ocr_languages() == ("nor",)
    box.languages_model.item(0).setCheckState(Qt.CheckState.Checked)
    assert box.ocr_languages() == ("eng", "nor")
    box.enabled_box.setChecked(False)
    assert not box.ocr_enabled() and not box.languages_view.isEnabled()


def test_without_tesseract_the_settings_say_how_to_install_it(qtbot: QtBot) -> None:
    box = OcrSettingsBox(True, ("nor", "eng"), None)
    qtbot.addWidget(box)
    text = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "Tesseract is not installed" in text and "tesseract-ocr-nor" in text
    assert box.languages_model.rowCount() == 0


def test_the_choice_is_kept_in_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(data_paths(tmp_path / "data"))
    assert settings.ocr() == OcrSettings()
    dialog = SettingsDialog(
        [], "", "system", None, ocr=settings.ocr(), installed_languages=("eng", "nor")
    )
    qtbot.addWidget(dialog)
    dialog.ocr_box.languages_model.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.ocr_box.enabled_box.setChecked(False)
    chosen = dialog.ocr()
    assert chosen == OcrSettings(enabled=False, languages=("nor",))
    settings.set_ocr(chosen.enabled, chosen.languages)
    settings.sync()
    assert Settings(data_paths(tmp_path / "data")).ocr() == chosen


def test_the_status_bar_counts_the_pages_recognised(qtbot: QtBot, english_locale: QLocale) -> None:
    status = IndexingStatus(english_locale)
    qtbot.addWidget(status)
    status.run_started()
    status.show_progress(Progress(12, 340, 12, 5.0, current="/a/scan.pdf", phase="recognising"))
    assert status.progress_label.text() == "Recognising text: page 12 of 340"
    assert (status.progress_bar.value(), status.progress_bar.maximum()) == (12, 340)


def test_words_are_matched_folded_and_without_punctuation() -> None:
    words = (
        WordBox("Tromsø,", 0.1, 0.2, 0.1, 0.02, 90.0),
        WordBox("sentrum", 0.3, 0.2, 0.1, 0.02, 90.0),
        WordBox("TROMSØ", 0.1, 0.5, 0.1, 0.02, 90.0),
    )
    assert word_boxes(words, ["tromso"]) == [
        QRectF(0.1, 0.2, 0.1, 0.02),
        QRectF(0.1, 0.5, 0.1, 0.02),
    ]
    assert page_boxes({2: words}, {2: ["sentrum"]}) == {1: [QRectF(0.3, 0.2, 0.1, 0.02)]}
    assert page_boxes({2: words}, {2: ["Bodø"]}) == {}


def _dark_pixels(image: QImage, rect: QRectF) -> int:
    box = rect.toAlignedRect().intersected(image.rect())
    return sum(
        1
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
        if QColor(image.pixel(x, y)).lightness() < 80
    )


@pytest.mark.tesseract
def test_the_preview_highlights_recognised_words_on_the_scan(qtbot: QtBot, tmp_path: Path) -> None:
    assert find_tesseract() is not None, "tesseract is not installed (make test-ocr)"
    docs = tmp_path / "docs"
    path = scan_pdf(
        docs / "mixed.pdf", [ScanPage(text=["Innledning til planen"]), ScanPage(lines=NORWEGIAN)]
    )
    with Archive.open(data_paths(tmp_path / "data")) as archive:
        archive.ocr = OcrSettings()
        archive.add_root(str(docs))
        assert archive.index().recognised == 1
        hit = archive.search("Æsøya").hits[0]
        page = hit.pages[0]
        assert page.page == 2 and page.recognised
        boxes = page_boxes({2: archive.words(hit.document.id, 2)}, {2: page.terms})
    assert len(boxes[1]) == 1
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(700, 900)
    preview.show()
    qtbot.waitExposed(preview)
    preview.open_document(str(path), page=2, terms=page.terms, trusted=True)
    qtbot.waitUntil(lambda: preview.state_name() == "view", timeout=10_000)
    preview.show_recognised_hits(str(path), boxes)
    view = preview.findChild(QPdfView)
    assert view is not None
    image = QImage()

    def painted() -> bool:
        nonlocal image
        image = view.viewport().grab().toImage()
        rects = preview.highlight_rects(2).get("recognised", [])
        return bool(rects) and _dark_pixels(image, rects[0]) > 5

    qtbot.waitUntil(painted, timeout=5000)
    rect = preview.highlight_rects(2)["recognised"][0]
    assert preview.page_rect(2).contains(rect)
    # The word's ink is under the box, in the highlight colour; the space before it is
    # paper: the box sits on the word, not beside it.
    colours = {
        QColor(image.pixel(x, int(rect.center().y()))).name()
        for x in range(int(rect.left()) + 1, int(rect.right()))
    }
    assert "#ffe200" in colours
    before = QRectF(rect.left() - 4, rect.top() + 2, 2, rect.height() - 4)
    assert _dark_pixels(image, before) == 0
    # Another document closes the highlights.
    preview.clear()
    assert preview.highlight_rects(2) == {}


def test_the_ocr_parts_speak_bokmaal(bokmaal: None, qtbot: QtBot) -> None:
    notice = ScanNotice({"none": 2, "ocr": 1}, False, "brew install tesseract")
    qtbot.addWidget(notice)
    assert "2 sider har ikke tekstlag (skannet): installer Tesseract" in notice.text()
    assert "1 side ble gjenkjent fra en skanning (OCR)." in notice.text()
    box = OcrSettingsBox(True, ("nor",), None)
    qtbot.addWidget(box)
    assert box.title() == "Tekstgjenkjenning (OCR)"
    assert box.enabled_box.text() == "Gjenkjenn teksten på skannede sider ved indeksering"
    status = IndexingStatus(QLocale(QLocale.Language.NorwegianBokmal))
    qtbot.addWidget(status)
    status.show_progress(Progress(3, 40, 3, 1.0, phase="recognising"))
    assert status.progress_label.text() == "Gjenkjenner tekst: side 3 av 40"
    assert QCoreApplication.translate("ResultsModel", "Recognised text:") == "Gjenkjent tekst:"


def _indexed(tmp_path: Path) -> DataPaths:
    docs = tmp_path / "docs"
    scan_pdf(
        docs / "mixed.pdf",
        [ScanPage(text=["Innledning til planarbeidet i kommunen"]), ScanPage(lines=NORWEGIAN)],
    )
    paths = data_paths(tmp_path / "data")
    with Archive.open(paths) as archive:
        archive.add_root(str(docs))
        archive.index()
    return paths


def _notice(window: MainWindow) -> str:
    notices = window.details.findChildren(ScanNotice)
    return notices[0].text() if notices else ""


def test_without_tesseract_the_window_says_the_pages_have_no_text(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    window = make_window(_indexed(tmp_path))
    assert window.archive.stats().pages_without_text == 1
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query("planarbeidet")
    assert window.results_model.rowCount() == 1
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: bool(_notice(window)), timeout=10000)
    assert "1 page(s) have no text layer (scans): install Tesseract" in _notice(window)
    assert install_hint() in _notice(window)


@pytest.mark.tesseract
def test_a_hit_on_a_scanned_page_is_shown_where_it_is(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    assert find_tesseract() is not None, "tesseract is not installed (make test-ocr)"
    window = make_window(_indexed(tmp_path))
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query("Æsøya")
    assert window.results_model.rowCount() == 1
    snippet = str(window.results_model.index(0, 0).data(SnippetRole))
    assert snippet.startswith("<i>Recognised text:</i>") and "<b>Æsøya</b>" in snippet
    window.results_view.selectRow(0)
    qtbot.waitUntil(lambda: window.preview.current_page() == 2, timeout=10000)
    qtbot.waitUntil(
        lambda: bool(window.preview.highlight_rects(2).get("recognised")), timeout=10000
    )
    rect = window.preview.highlight_rects(2)["recognised"][0]
    assert window.preview.page_rect(2).contains(rect)
    qtbot.waitUntil(lambda: bool(_notice(window)), timeout=10000)
    assert "1 page(s) were recognised from a scan (OCR)." in _notice(window)


@pytest.mark.tesseract
def test_the_window_recognises_scans_after_the_text_and_says_so(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    assert find_tesseract() is not None, "tesseract is not installed (make test-ocr)"
    docs = tmp_path / "docs"
    scan_pdf(docs / "scan.pdf", [ScanPage(lines=NORWEGIAN)])
    paths = data_paths(tmp_path / "data")
    with Archive.open(paths) as archive:
        archive.add_root(str(docs))
    window = make_window(paths)
    labels: list[str] = []
    window.indexer.progress.connect(
        lambda _p: labels.append(window.indexing_status.progress_label.text())
    )
    with qtbot.waitSignal(window.index_finished, timeout=120000):
        window.request_index()
    assert "Recognising text: page 1 of 1" in labels
    qtbot.waitUntil(
        lambda: "1 scanned page(s) recognised." in window.statusBar().currentMessage(),
        timeout=5000,
    )
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_query("Blåbærstien")
    assert window.results_model.rowCount() == 1


def test_the_preview_goes_to_a_hit_low_on_a_scanned_page(qtbot: QtBot, tmp_path: Path) -> None:
    # "Kulvert" painted on row 25 of the scan: 87 % down the page, below the fold.
    path = scan_pdf(
        tmp_path / "low.pdf",
        [ScanPage(text=["Forside med tekst"]), ScanPage(lines=[""] * 25 + ["Kulvert"])],
    )
    top = (200 + 100 + 25 * int(50 * 2.2) - 50) / 3508
    boxes = {1: [QRectF(200 / 2480, top, 250 / 2480, 60 / 3508)]}
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(600, 500)
    preview.show()
    qtbot.waitExposed(preview)
    preview.open_document(str(path), page=2, terms=["Kulvert"], trusted=True)
    qtbot.waitUntil(lambda: preview.state_name() == "view", timeout=10_000)
    view = preview.findChild(QPdfView)
    assert view is not None
    preview.show_recognised_hits(str(path), boxes)

    def shown() -> bool:
        rects = preview.highlight_rects(2).get("recognised", [])
        return bool(rects) and QRectF(view.viewport().rect()).contains(rects[0])

    qtbot.waitUntil(shown, timeout=5000)
    # Boxes for another file are not painted here.
    preview.show_recognised_hits(str(tmp_path / "other.pdf"), {})
    assert preview.highlight_rects(2)["recognised"]
