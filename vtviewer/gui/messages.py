"""The core's messages (problem reasons, query and search notes) in the UI language.

A message is a code with arguments (core.model.Message). Its words come from the one table
of templates, core.messages.ENGLISH, each looked up as the source text of its translation
in the "Messages" context of resources/translations (tests/gui/test_messages.py renders
every code in both languages, so a code without a translation fails there). Numbers are
written the way the UI's locale writes them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from vtviewer.core import messages
from vtviewer.core.model import Message, MessageCode


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2 … replaced by ``values`` in one pass, so that a value that
    contains "%2" (a file name) stays as it is."""
    return messages.fill(template, values)


def _template(code: MessageCode) -> str:
    return QCoreApplication.translate("Messages", messages.ENGLISH[code])


def translate_message(message: Message) -> str:
    """``message`` (a Problem's reason, a note of a SearchResult) in the UI language."""
    locale = QLocale()
    return messages.render(message, _template, locale.toString)


def engine_error_text(name: str) -> str:
    """Why the PDF engine refused a file, from QPdfDocument.Error's name (or "NoPages"),
    in the UI language: the same words the indexer's reasons use."""
    return translate_message(messages.engine_error(name))
