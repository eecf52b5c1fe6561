"""Hits on scanned pages: QtPdf's search cannot find words in an image, so the words
OCR stored with their boxes are matched to the hit's terms here, for the preview to paint."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRectF

from vtviewer.core.analysis import fold
from vtviewer.core.model import WordBox


def _key(word: str) -> str:
    # OCR keeps punctuation on a word ("Ørland," "(Æsøya)"); the terms have none.
    return fold(word.strip(".,;:!?()[]{}«»\"'“”‘’-–—/\\").casefold())


def word_boxes(words: Sequence[WordBox], terms: Sequence[str]) -> list[QRectF]:
    """The boxes (fractions of the page, as stored) of the words that are one of
    ``terms`` (as written on the page, compared folded: "Tromso" marks "Tromsø")."""
    wanted = {_key(term) for term in terms if _key(term)}
    return [
        QRectF(word.left, word.top, word.width, word.height)
        for word in words
        if _key(word.text) in wanted
    ]


def page_boxes(
    words: Mapping[int, Sequence[WordBox]], terms: Mapping[int, Sequence[str]]
) -> dict[int, list[QRectF]]:
    """Per 0-based page, the boxes to paint: ``words`` and ``terms`` by 1-based page."""
    found: dict[int, list[QRectF]] = {}
    for page, page_words in words.items():
        boxes = word_boxes(page_words, terms.get(page, ()))
        if boxes:
            found[page - 1] = boxes
    return found
