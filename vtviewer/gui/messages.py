"""Translates the core's English problem reasons and query messages for the UI."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

# The core speaks English on purpose (logs, the CLI, bug reports). The window shows the
# known messages in the UI language: each pattern carries its variable parts over into a
# translated template. Messages nobody listed here are shown as they are.

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2 … replaced by ``values`` in one pass, so that a value that
    contains "%2" (a file name) stays as it is."""
    return re.sub(
        r"%(\d)",
        lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m[0],
        template,
    )


def _guess(text: str) -> str:
    guesses = {
        "a ZIP or Office file": QCoreApplication.translate("Messages", "a ZIP or Office file"),
        "a PNG image": QCoreApplication.translate("Messages", "a PNG image"),
        "a JPEG image": QCoreApplication.translate("Messages", "a JPEG image"),
        "a GIF image": QCoreApplication.translate("Messages", "a GIF image"),
        "a TIFF image": QCoreApplication.translate("Messages", "a TIFF image"),
        "an old Office file": QCoreApplication.translate("Messages", "an old Office file"),
        "an RTF document": QCoreApplication.translate("Messages", "an RTF document"),
        "an HTML page": QCoreApplication.translate("Messages", "an HTML page"),
        "an XML file": QCoreApplication.translate("Messages", "an XML file"),
        "a text file": QCoreApplication.translate("Messages", "a text file"),
        "a PostScript file": QCoreApplication.translate("Messages", "a PostScript file"),
        "a gzip archive": QCoreApplication.translate("Messages", "a gzip archive"),
        "a 7-Zip archive": QCoreApplication.translate("Messages", "a 7-Zip archive"),
        "a RAR archive": QCoreApplication.translate("Messages", "a RAR archive"),
        "a program": QCoreApplication.translate("Messages", "a program"),
    }
    return guesses.get(text, text)


def _damage(text: str) -> str:
    details = {
        "not a valid PDF structure": QCoreApplication.translate(
            "Messages", "not a valid PDF structure"
        ),
        "unsupported encryption": QCoreApplication.translate("Messages", "unsupported encryption"),
        "incomplete data": QCoreApplication.translate("Messages", "incomplete data"),
        "could not be opened": QCoreApplication.translate("Messages", "could not be opened"),
        "could not be decrypted": QCoreApplication.translate("Messages", "could not be decrypted"),
        "the page tree loops": QCoreApplication.translate("Messages", "the page tree loops"),
        "the page tree repeats a part of itself": QCoreApplication.translate(
            "Messages", "the page tree repeats a part of itself"
        ),
        "the page tree is nested too deeply": QCoreApplication.translate(
            "Messages", "the page tree is nested too deeply"
        ),
        "more than 100,000 pages": QCoreApplication.translate(
            "Messages", "more than 100,000 pages"
        ),
    }
    return details.get(text, text)


def _not_pdf(m: re.Match[str]) -> str:
    if m.group(2):
        return fill(
            QCoreApplication.translate("Messages", "not a PDF (starts with %1, looks like %2)"),
            m.group(1),
            _guess(m.group(2)),
        )
    return fill(QCoreApplication.translate("Messages", "not a PDF (starts with %1)"), m.group(1))


def _damaged(m: re.Match[str]) -> str:
    detail = _damage(m.group(2))
    if m.group(1):
        detail = fill(
            QCoreApplication.translate("Messages", "truncated (no end-of-file marker), %1"), detail
        )
    return fill(QCoreApplication.translate("Messages", "damaged PDF: %1"), detail) + (
        m.group(3) or ""
    )


def _rules() -> list[_Rule]:
    rules: list[tuple[str, Callable[[re.Match[str]], str]]] = [
        # Problem reasons (vtviewer.core.extract and vtviewer.core.scan).
        (
            "password required",
            lambda _m: QCoreApplication.translate("Messages", "password required"),
        ),
        ("wrong password", lambda _m: QCoreApplication.translate("Messages", "wrong password")),
        (
            "empty file \\(0 bytes\\)",
            lambda _m: QCoreApplication.translate("Messages", "empty file (0 bytes)"),
        ),
        (
            "file not found \\(moved or deleted\\)",
            lambda _m: QCoreApplication.translate("Messages", "file not found (moved or deleted)"),
        ),
        (
            "not a regular file \\(a folder\\)",
            lambda _m: QCoreApplication.translate("Messages", "not a regular file (a folder)"),
        ),
        (
            "not a regular file \\(a named pipe\\)",
            lambda _m: QCoreApplication.translate("Messages", "not a regular file (a named pipe)"),
        ),
        (
            "not a regular file \\(a device\\)",
            lambda _m: QCoreApplication.translate("Messages", "not a regular file (a device)"),
        ),
        (
            "not a regular file \\(a socket\\)",
            lambda _m: QCoreApplication.translate("Messages", "not a regular file (a socket)"),
        ),
        (
            "not a PDF \\(looks like (.*)\\)",
            lambda m: fill(
                QCoreApplication.translate("Messages", "not a PDF (looks like %1)"), _guess(m[1])
            ),
        ),
        (
            "not a PDF \\(unknown binary data\\)",
            lambda _m: QCoreApplication.translate("Messages", "not a PDF (unknown binary data)"),
        ),
        (
            "could not be stored \\((.*)\\)",
            lambda m: fill(
                QCoreApplication.translate("Messages", "could not be stored (%1)"), m[1]
            ),
        ),
        (
            "its metadata could not be read \\((.*)\\)",
            lambda m: fill(
                QCoreApplication.translate("Messages", "its metadata could not be read (%1)"), m[1]
            ),
        ),
        (
            "its metadata could not be updated \\((.*)\\)",
            lambda m: fill(
                QCoreApplication.translate("Messages", "its metadata could not be updated (%1)"),
                m[1],
            ),
        ),
        (
            "could not be added to the search index \\((.*)\\)",
            lambda m: fill(
                QCoreApplication.translate(
                    "Messages", "could not be added to the search index (%1)"
                ),
                m[1],
            ),
        ),
        (
            "cannot read the file \\(permission denied\\)",
            lambda _m: QCoreApplication.translate(
                "Messages", "cannot read the file (permission denied)"
            ),
        ),
        (
            "cannot read the file \\((.*)\\)",
            lambda m: fill(
                QCoreApplication.translate("Messages", "cannot read the file (%1)"), m[1]
            ),
        ),
        ("not a PDF \\(starts with (.*?)(?:, looks like (.*))?\\)", _not_pdf),
        (
            "damaged PDF: (truncated \\(no end-of-file marker\\), )?(.*?)( \\(pypdf: .*\\))?",
            _damaged,
        ),
        (
            "timed out after (\\S+) s",
            lambda m: fill(QCoreApplication.translate("Messages", "timed out after %1 s"), m[1]),
        ),
        (
            "extraction process crashed \\(signal (\\d+)\\)",
            lambda m: fill(
                QCoreApplication.translate("Messages", "extraction process crashed (signal %1)"),
                m[1],
            ),
        ),
        (
            "extraction process crashed \\(exit code (-?\\d+)\\)",
            lambda m: fill(
                QCoreApplication.translate("Messages", "extraction process crashed (exit code %1)"),
                m[1],
            ),
        ),
        (
            "extraction process failed to start \\(exit code (-?\\d+)\\)",
            lambda m: fill(
                QCoreApplication.translate(
                    "Messages", "extraction process failed to start (exit code %1)"
                ),
                m[1],
            ),
        ),
        (
            "ran out of memory \\(limit (.*)\\)",
            lambda m: fill(
                QCoreApplication.translate("Messages", "ran out of memory (limit %1)"), m[1]
            ),
        ),
        (
            "folder could not be read: (.*)",
            lambda m: fill(
                QCoreApplication.translate("Messages", "folder could not be read: %1"), m[1]
            ),
        ),
        (
            "file vanished while being indexed \\((.*)\\)",
            lambda m: fill(
                QCoreApplication.translate("Messages", "file vanished while being indexed (%1)"),
                m[1],
            ),
        ),
        (
            "file changed while being indexed; it will be read again on the next scan",
            lambda _m: QCoreApplication.translate(
                "Messages",
                "file changed while being indexed; it will be read again on the next scan",
            ),
        ),
        (
            "could not read: (.*)",
            lambda m: fill(QCoreApplication.translate("Messages", "could not read: %1"), m[1]),
        ),
        # Query messages (vtviewer.core.query and vtviewer.core.search).
        (
            "Only the first ([\\d,]+) words are searched for\\.",
            lambda m: fill(
                QCoreApplication.translate("Messages", "Only the first %1 words are searched for."),
                m[1],
            ),
        ),
        (
            "Only the first ([\\d,]+) characters are searched for\\.",
            lambda m: fill(
                QCoreApplication.translate(
                    "Messages", "Only the first %1 characters are searched for."
                ),
                m[1].replace(",", "\N{NO-BREAK SPACE}"),
            ),
        ),
        (
            "Unbalanced quote: the phrase runs to the end\\.",
            lambda _m: QCoreApplication.translate(
                "Messages", "Unbalanced quote: the phrase runs to the end."
            ),
        ),
        (
            "Unknown field '(.*)': searched as words\\.",
            lambda m: fill(
                QCoreApplication.translate("Messages", "Unknown field “%1”: searched as words."),
                m[1],
            ),
        ),
        (
            "Unbalanced '\\)' ignored\\.",
            lambda _m: QCoreApplication.translate("Messages", "Unbalanced “)” ignored."),
        ),
        (
            "'OR' without a left side ignored\\.",
            lambda _m: QCoreApplication.translate("Messages", "“OR” without a left side ignored."),
        ),
        (
            "'OR' without a right side ignored\\.",
            lambda _m: QCoreApplication.translate("Messages", "“OR” without a right side ignored."),
        ),
        (
            "'NOT' or '-' without a word ignored\\.",
            lambda _m: QCoreApplication.translate(
                "Messages", "“NOT” or “-” without a word ignored."
            ),
        ),
        (
            "Too deeply nested parentheses ignored\\.",
            lambda _m: QCoreApplication.translate(
                "Messages", "Too deeply nested parentheses ignored."
            ),
        ),
        (
            "Unbalanced '\\(' closed at the end\\.",
            lambda _m: QCoreApplication.translate("Messages", "Unbalanced “(” closed at the end."),
        ),
        (
            "'(.*):' without a value ignored\\.",
            lambda m: fill(
                QCoreApplication.translate("Messages", "“%1:” without a value ignored."), m[1]
            ),
        ),
        (
            "“(.*)” is longer than (\\d+) characters and cannot be found\\.",
            lambda m: fill(
                QCoreApplication.translate(
                    "Messages", "“%1” is longer than %2 characters and cannot be found."
                ),
                m[1],
                m[2],
            ),
        ),
        (
            "'year:(.*)' is not a year or a range like 2013\\.\\.2015; ignored\\.",
            lambda m: fill(
                QCoreApplication.translate(
                    "Messages", "“year:%1” is not a year or a range like 2013..2015; ignored."
                ),
                m[1],
            ),
        ),
        (
            "Year range (.*) shortened to (\\d+) years\\.",
            lambda m: fill(
                QCoreApplication.translate("Messages", "Year range %1 shortened to %2 years."),
                m[1],
                m[2],
            ),
        ),
        (
            "Unknown type '(.*)'; types are (.*)\\.",
            lambda m: fill(
                QCoreApplication.translate("Messages", "Unknown type “%1”; types are %2."),
                m[1],
                m[2],
            ),
        ),
        (
            "Only excluded words: showing everything else\\.",
            lambda _m: QCoreApplication.translate(
                "Messages", "Only excluded words: showing everything else."
            ),
        ),
        (
            "Nothing to search for in “(.*)”; showing all documents\\.",
            lambda m: fill(
                QCoreApplication.translate(
                    "Messages", "Nothing to search for in “%1”; showing all documents."
                ),
                m[1],
            ),
        ),
        (
            "Unknown sort '(.*)'; sorted by relevance\\.",
            lambda m: fill(
                QCoreApplication.translate("Messages", "Unknown sort “%1”; sorted by relevance."),
                m[1],
            ),
        ),
        (
            "Unknown filter '(.*)' ignored\\.",
            lambda m: fill(
                QCoreApplication.translate("Messages", "Unknown filter “%1” ignored."), m[1]
            ),
        ),
    ]
    return [(re.compile(pattern, re.DOTALL), func) for pattern, func in rules]


_RULES = _rules()


def translate_message(text: str) -> str:
    """``text`` (a Problem reason or a query message from the core) in the UI language.

    Messages without a known pattern come back unchanged."""
    for pattern, func in _RULES:
        match = pattern.fullmatch(text)
        if match is not None:
            return func(match)
    return text
