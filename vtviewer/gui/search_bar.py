"""The top of the window: the search field with "Add folder…", the query's notes, the
corrected-results notice and "did you mean" links under it, the data folder's notice and
the sample archive's banner."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.model import SearchResult
from vtviewer.core.typos import corrected_text
from vtviewer.gui.add_folder_button import AddFolderButton
from vtviewer.gui.archive_health import ArchiveNotice
from vtviewer.gui.messages import fill, translate_message
from vtviewer.gui.preview_icons import action_icon


class SearchBar(QWidget):
    """The search field and what is said about the search and the archive above the results.

    Signals:
        query_edited(str): the user changed the text in the search field.
        query_entered(): the user pressed Enter in the search field.
        suggestion_chosen(str): the user clicked a "did you mean" suggestion.
        exact_requested(): the user asked to search exactly what was typed (no typo
            corrected), from the corrected-results notice.
        add_folder_requested(): the user pressed one of the "Add folder…" buttons.
    """

    query_edited = Signal(str)
    query_entered = Signal()
    suggestion_chosen = Signal(str)
    exact_requested = Signal()
    add_folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("Search titles, text, contacts… (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setMinimumHeight(34)
        self.search_field.addAction(
            action_icon("find", self.palette()), QLineEdit.ActionPosition.LeadingPosition
        )
        font = self.search_field.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.search_field.setFont(font)
        self.add_folder_button = AddFolderButton()

        self.message_label = QLabel()
        self.message_label.setObjectName("queryMessage")
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.archive_notice = ArchiveNotice()

        self.sample_banner = QFrame()
        self.sample_banner.setObjectName("sampleBanner")
        self.sample_banner.setFrameShape(QFrame.Shape.NoFrame)
        self.sample_banner.setStyleSheet(
            "QFrame#sampleBanner { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 4px; }"
        )
        banner_layout = QHBoxLayout(self.sample_banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        sample_label = QLabel(
            self.tr(
                "You are looking at the bundled <b>sample archive</b>. "
                "Add a folder to index your own PDFs, or drop one onto this window."
            )
        )
        sample_label.setWordWrap(True)
        self.sample_add_button = AddFolderButton()
        banner_layout.addWidget(sample_label, 1)
        banner_layout.addWidget(self.sample_add_button)
        self.sample_banner.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.setSpacing(6)
        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.add_folder_button)
        layout.addLayout(search_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.archive_notice)
        layout.addWidget(self.sample_banner)

        self.search_field.textChanged.connect(self.query_edited)
        self.search_field.returnPressed.connect(self.query_entered)
        self.message_label.linkActivated.connect(self._link)
        for button in (self.add_folder_button, self.sample_add_button):
            button.clicked.connect(self.add_folder_requested)

    def set_text(self, text: str) -> None:
        """Put ``text`` into the field without it counting as typing."""
        self.search_field.blockSignals(True)
        self.search_field.setText(text)
        self.search_field.blockSignals(False)

    def focus(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def show_result(self, result: SearchResult, query: str) -> None:
        """The query's notes, "did you mean" links, and "no documents" when none match."""
        parts = [html.escape(translate_message(m)) for m in result.messages]
        if result.corrections:
            parts.append(self._corrected_notice(result, query))
        if result.suggestions:
            links = ", ".join(
                f'<a href="suggest:{html.escape(s, quote=True)}">{html.escape(s)}</a>'
                for s in result.suggestions[:3]
            )
            parts.append(fill(self.tr("Did you mean %1?"), links))
        if not result.total and query:
            parts.insert(0, html.escape(self.tr("No documents match your search.")))
        self.message_label.setText(" ".join(parts))
        self.message_label.setVisible(bool(parts))

    def _corrected_notice(self, result: SearchResult, query: str) -> str:
        """ "Showing results for nærings (you typed: nering)" and the link that searches
        what was typed."""
        shown = f"<b>{html.escape(corrected_text(query, result.corrections))}</b>"
        notice = fill(
            html.escape(self.tr("Showing results for %1 (you typed: %2).")),
            shown,
            html.escape(query),
        )
        link = html.escape(self.tr("Search for exactly what you typed"))
        return f'{notice} <a href="exact:">{link}</a>'

    def show_failure(self, reason: str) -> None:
        """The search failed for ``reason`` (plain text)."""
        self.message_label.setText(html.escape(fill(self.tr("Search failed: %1"), reason)))
        self.message_label.show()

    def hide_message(self) -> None:
        self.message_label.hide()

    def set_read_only(self, reason: str) -> None:
        """No folder can be added: grey the buttons out and say why."""
        for button in (self.add_folder_button, self.sample_add_button):
            button.setEnabled(False)
            button.setToolTip(reason)

    def _link(self, link: str) -> None:
        if link.startswith("suggest:"):
            self.suggestion_chosen.emit(link[len("suggest:") :])
        elif link == "exact:":
            self.exact_requested.emit()
