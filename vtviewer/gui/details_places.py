"""The other places a document's content is found, for the details pane: "Also at",
each path a link that opens the file, with a button that shows it in its folder."""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Sequence

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from vtviewer.core.text import decode_name
from vtviewer.gui.messages import fill
from vtviewer.paths import openable_path


def file_url(path: str) -> str:
    return QUrl.fromLocalFile(openable_path(path)).toString()


class PlacesList(QWidget):
    """One line per path: the path as a link (``open_url`` opens the file) and "Show in
    folder". ``urls`` lists what it offers."""

    def __init__(
        self,
        paths: Sequence[str],
        open_url: Callable[[str], None],
        link_label: Callable[[str], QLabel],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("alsoAt")
        self.urls: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for path in paths:
            url = file_url(path)
            folder = file_url(os.path.dirname(path))
            self.urls += [url, folder]
            shown = decode_name(path)
            line = QHBoxLayout()
            line.setSpacing(6)
            link = link_label(f'<a href="{html.escape(url, quote=True)}">{html.escape(shown)}</a>')
            link.setWordWrap(True)
            link.setToolTip(self.tr("Open this copy in the default viewer"))
            link.setAccessibleName(fill(self.tr("Also at %1"), shown))
            link.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            link.linkActivated.connect(open_url)
            reveal = QToolButton()
            reveal.setText(self.tr("Show in folder"))
            reveal.setAutoRaise(True)
            reveal.setAccessibleName(fill(self.tr("Show %1 in its folder"), shown))
            reveal.clicked.connect(lambda _=False, u=folder: open_url(u))
            line.addWidget(link, 1)
            line.addWidget(reveal)
            layout.addLayout(line)
