"""Help > About: vtviewer's version and the licences of what it is built with."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vtviewer import __version__

LICENCES = (
    ("vtviewer", "GPL-3.0-or-later"),
    ("Qt / PySide6", "LGPL-3.0"),
    ("pypdf", "BSD-3-Clause"),
    ("tantivy", "MIT"),
    ("PyStemmer", "MIT / BSD-3-Clause"),
    ("platformdirs", "MIT"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_text() -> str:
    """The About box's text (HTML)."""
    rows = "".join(f"<tr><td>{n}</td><td>&nbsp;{lic}</td></tr>" for n, lic in LICENCES)
    return (
        f"<h3>vtviewer {html.escape(__version__)}</h3>"
        + "<p>"
        + _tr("An offline viewer for archives of PDF plans and reports.")
        + "</p><p><b>"
        + _tr("Licences")
        + f"</b></p><table>{rows}</table>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, _tr("About vtviewer"), about_text())
