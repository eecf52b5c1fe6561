"""The details pane's note on a document's scanned pages: how many have no text layer
(and how to install Tesseract when it is missing), how many were recognised."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from vtviewer.core.model import PageSource


class ScanNotice(QLabel):
    """A quiet paragraph under the document's facts; built for one document's counts."""

    def __init__(
        self,
        sources: Mapping[PageSource, int],
        tesseract_installed: bool,
        install_hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Scanned pages"))
        parts: list[str] = []
        missing = sources.get("none", 0) + sources.get("failed", 0)
        if missing:
            parts.append(
                html.escape(
                    self.tr("%Ln page(s) have no text layer", "", missing)
                    + " "
                    + self._why(sources, tesseract_installed)
                )
            )
            if not tesseract_installed:
                parts.append(f"<tt>{html.escape(install_hint)}</tt>")
        recognised = sources.get("ocr", 0)
        if recognised:
            text = self.tr("%Ln page(s) were recognised from a scan (OCR).", "", recognised)
            parts.append(html.escape(text))
        self.setText("<br>".join(parts))

    def _why(self, sources: Mapping[PageSource, int], installed: bool) -> str:
        if not installed:
            return self.tr("(scans): install Tesseract to make them searchable, then index again:")
        if sources.get("failed", 0) and not sources.get("none", 0):
            return self.tr("(scans) and could not be recognised.")
        return self.tr(
            "(scans): they are recognised when the archive is indexed with text recognition on."
        )


def has_news(sources: Mapping[PageSource, int]) -> bool:
    """Whether there is anything to say (a document of text pages only says nothing)."""
    return any(sources.get(kind, 0) for kind in ("none", "failed", "ocr"))
