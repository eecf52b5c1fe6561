"""The core's messages in English: the one table of their words (the CLI prints them, the logs
and the store keep them), the PDF engine's error names, and messages as JSON.

The window does not read the English: it looks each template up, as the source text, in
its translations (gui.messages), so a template here is also the key of its translation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any, get_args

from vtviewer.core.model import Message, MessageCode
from vtviewer.core.text import clean_text

#: Every code's words; %1, %2 … stand for its arguments.
ENGLISH: Mapping[MessageCode, str] = {
    "not-regular-folder": "not a regular file (a folder)",
    "not-regular-pipe": "not a regular file (a named pipe)",
    "not-regular-socket": "not a regular file (a socket)",
    "not-regular-device": "not a regular file (a device)",
    "file-not-found": "file not found (moved or deleted)",
    "permission-denied": "cannot read the file (permission denied)",
    "cannot-read-file": "cannot read the file (%1)",
    "empty-file": "empty file (0 bytes)",
    "not-pdf-looks-like": "not a PDF (looks like %1)",
    "not-pdf-unknown": "not a PDF (unknown binary data)",
    "password-required": "password required",
    "wrong-password": "wrong password",
    "damaged-pdf": "damaged PDF: %1",
    "damaged-pdf-pypdf": "damaged PDF: %1 (pypdf: %2)",
    "could-not-read": "could not read: %1",
    "timed-out": "timed out after %1 s",
    "did-not-start": "extraction process did not start in time",
    "crashed-signal": "extraction process crashed (signal %1)",
    "crashed-exit": "extraction process crashed (exit code %1)",
    "failed-to-start": "extraction process failed to start (exit code %1)",
    "out-of-memory": "ran out of memory (limit %1)",
    "folder-unreadable": "folder could not be read: %1",
    "sidecar-invalid": "the sidecar cannot be used: %1",
    "catalog-invalid": "the catalog cannot be used: %1",
    "not-stored": "could not be stored (%1)",
    "metadata-not-read": "its metadata could not be read (%1)",
    "metadata-not-updated": "its metadata could not be updated (%1)",
    "not-in-search-index": "could not be added to the search index (%1)",
    "vanished-while-indexing": "file vanished while being indexed (%1)",
    "changed-while-indexing": (
        "file changed while being indexed; it will be read again on the next scan"
    ),
    "legacy": "%1",
    "edit-conflict": (
        "its sidecar was changed by someone else since it was read; nothing was written"
    ),
    "edit-overlay": (
        "its folder cannot be written (%1): the edits are kept in vtviewer's data folder"
        " until they can be saved next to the file"
    ),
    "edit-not-written": "the edits could not be written (%1)",
    "edit-sidecar-unreadable": "its sidecar cannot be read, so it was not changed: %1",
    "edit-document-gone": "the document is no longer in the archive",
    "edit-index-later": (
        "saved; the search index is updated when the other vtviewer process has finished indexing"
    ),
    "edit-bad-value": "%1: %2 is not a valid value (%3)",
    "edit-unknown-field": "unknown field %1 (the fields: %2)",
    "register-unknown-format": "%1 is not a register vtviewer reads (CSV, JSON or Excel .xlsx)",
    "register-unreadable": "the register cannot be read (%1)",
    "register-too-large": "the register is larger than %1 MB",
    "register-too-many-rows": "the register has more than %1 rows",
    "register-empty": "the register has no header and rows",
    "register-not-text": "the register is not text (UTF-8, UTF-16 or Windows-1252)",
    "register-bad-csv": "the CSV cannot be read at row %1 (%2)",
    "register-bad-json": "not valid JSON (line %1: %2)",
    "register-json-shape": 'the JSON is neither a list of objects nor {"documents": [...]}',
    "register-bad-xlsx": "the Excel file cannot be read (%1)",
    "register-not-object": "the entry is not an object",
    "register-no-key": "the row names no file and no SHA-256",
    "register-no-match": "no document in the archive matches %1",
    "register-ambiguous": "%1 matches %2 documents",
    "register-duplicate": "row %1 already names this document",
    "export-exists": "%1 exists already",
    "export-no-space": "%1 could not be written: the disk is full",
    "export-permission": "%1 could not be written: no permission to write there",
    "export-failed": "%1 could not be written (%2)",
    "export-not-in-catalog": (
        "%1 documents cannot be listed in a catalog in %2, such as %3: a catalog lists the"
        " files of its own folder and its subfolders, by names that are valid text; save it"
        " in a folder that holds them all"
    ),
    "export-catalog-too-large": (
        "the catalog would be %1 bytes, and vtviewer reads catalogs of at most %2 bytes:"
        " export fewer documents"
    ),
    "contacts-unreadable": (
        "the merges and splits of contacts in %1 cannot be read (%2): they are not applied,"
        " and nothing is written over them until the file is fixed or removed"
    ),
    "contacts-not-written": "the merges and splits of contacts could not be saved (%1)",
    "contacts-merge-same": "these are one person already",
    "contacts-merge-name": "%1 is not a name of either person",
    "contacts-split-unknown": "%1 is not a name or e-mail address of this person",
    "contacts-split-all": "%1 is all there is of this person: nothing would be left",
    "contacts-bad-phone": "%1 is not a Norwegian phone number (eight digits)",
    "contacts-bad-email": "%1 is not an e-mail address",
    "contacts-person-empty": "a person needs a name, a phone number or an e-mail address",
    "contacts-document-changed": (
        "its contacts changed since the directory was read; nothing was written"
    ),
    "ocr-failed": "the page could not be recognised (%1)",
    "looks-zip": "a ZIP or Office file",
    "looks-png": "a PNG image",
    "looks-jpeg": "a JPEG image",
    "looks-gif": "a GIF image",
    "looks-tiff": "a TIFF image",
    "looks-old-office": "an old Office file",
    "looks-rtf": "an RTF document",
    "looks-postscript": "a PostScript file",
    "looks-gzip": "a gzip archive",
    "looks-7zip": "a 7-Zip archive",
    "looks-rar": "a RAR archive",
    "looks-program": "a program",
    "looks-html": "an HTML page",
    "looks-xml": "an XML file",
    "looks-text": "a text file",
    "truncated": "truncated (no end-of-file marker), %1",
    "tree-loops": "the page tree loops",
    "tree-repeats": "the page tree repeats a part of itself",
    "tree-too-deep": "the page tree is nested too deeply",
    "too-many-pages": "more than %1 pages",
    "nested-too-deeply": "structure nested too deeply",
    "engine-unknown": "the PDF engine could not read it",
    "engine-file-not-found": "the file was not found",
    "engine-invalid-format": "not a valid PDF structure",
    "engine-password": "could not be decrypted",
    "engine-security": "unsupported encryption",
    "engine-incomplete": "incomplete data",
    "engine-no-pages": "no pages",
    "engine-pages": "pages could not be read",
    "too-many-words": "Only the first %1 words are searched for.",
    "too-many-characters": "Only the first %1 characters are searched for.",
    "unbalanced-quote": "Unbalanced quote: the phrase runs to the end.",
    "unknown-field": "Unknown field “%1”: searched as words.",
    "unbalanced-close": "Unbalanced “)” ignored.",
    "or-without-left": "“OR” without a left side ignored.",
    "or-without-right": "“OR” without a right side ignored.",
    "not-without-word": "“NOT” or “-” without a word ignored.",
    "too-deeply-nested": "Too deeply nested parentheses ignored.",
    "unbalanced-open": "Unbalanced “(” closed at the end.",
    "field-without-value": "“%1:” without a value ignored.",
    "word-too-long": "“%1” is longer than %2 characters and cannot be found.",
    "bad-year": "“year:%1” is not a year or a range like 2013..2015; ignored.",
    "year-range-shortened": "Year range %1 shortened to %2 years.",
    "unknown-type": "Unknown type “%1”; types are %2.",
    "only-excluded": "Only excluded words: showing everything else.",
    "nothing-to-search": "Nothing to search for in “%1”; showing all documents.",
    "unknown-sort": "Unknown sort “%1”; sorted by relevance.",
    "unknown-filter": "Unknown filter “%1” ignored.",
}

#: Every code there is (the MessageCode literal), for the tests that render them all.
CODES: tuple[MessageCode, ...] = get_args(MessageCode)

# --- the PDF engine's errors ---------------------------------------------------------------

#: PDFium's load errors by the names QPdfDocument.Error gives them (pypdfium2 reports
#: FPDF_ERR_* numbers, see PDFIUM_ERRORS; QtPdf, on PDFium too, these names), and
#: "NoPages" for a file that loads without a page.
ENGINE_ERRORS: Mapping[str, MessageCode] = {
    "Unknown": "engine-unknown",
    "FileNotFound": "engine-file-not-found",
    "InvalidFileFormat": "engine-invalid-format",
    "IncorrectPassword": "engine-password",
    "UnsupportedSecurityScheme": "engine-security",
    "DataNotYetAvailable": "engine-incomplete",
    "NoPages": "engine-no-pages",
    "Page": "engine-pages",
}

#: PDFium's error numbers (FPDF_ERR_*), named as above.
PDFIUM_ERRORS: Mapping[int, str] = {
    0: "NoPages",  # FPDF_ERR_SUCCESS: opened, but no page could be counted
    1: "Unknown",
    2: "FileNotFound",
    3: "InvalidFileFormat",
    4: "IncorrectPassword",
    5: "UnsupportedSecurityScheme",
    6: "Page",
}


def engine_error(name: str) -> Message:
    """Why the PDF engine refused a file, from its error's name ("InvalidFileFormat");
    a name nobody listed reads as "could not be opened"."""
    return Message(ENGINE_ERRORS.get(name, "engine-unknown"))


# --- rendering -----------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, values: tuple[str, ...]) -> str:
    """``template`` with %1, %2 … replaced by ``values`` in one pass, so that a value that
    holds "%2" (a file name) stays as it is; a placeholder without a value stays too."""
    return _PLACEHOLDER.sub(
        lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0], template
    )


def render(
    message: Message,
    template: Callable[[MessageCode], str],
    number: Callable[[int], str],
) -> str:
    """``message`` in words: ``template`` gives a code's words, ``number`` writes a number;
    a Message argument is rendered the same way."""
    values = tuple(
        render(arg, template, number)
        if isinstance(arg, Message)
        else number(arg)
        if isinstance(arg, int)
        else arg
        for arg in message.args
    )
    return fill(template(message.code), values)


def english(message: Message) -> str:
    """``message`` in English, as the command line and the logs say it."""
    return render(message, ENGLISH.__getitem__, lambda n: f"{n:,}")


def cleaned(message: Message, limit: int = 500) -> Message:
    """``message`` with its text arguments made valid Unicode and at most ``limit``
    characters (a library's words may carry a path with undecodable bytes, a control
    byte, or a megabyte)."""
    args = tuple(
        cleaned(arg, limit)
        if isinstance(arg, Message)
        else clean_text(arg)[:limit]
        if isinstance(arg, str)
        else arg
        for arg in message.args
    )
    return Message(message.code, args)


# --- as JSON -------------------------------------------------------------------------------


def to_data(message: Message) -> dict[str, Any]:
    """``message`` as JSON-able data: {"code": ..., "args": [...]}, a Message argument
    as such an object of its own."""
    args = [to_data(a) if isinstance(a, Message) else a for a in message.args]
    return {"code": message.code, "args": args}


def from_data(data: Any, fallback: str = "") -> Message:
    """A Message from ``to_data``'s shape; what is not one (an unknown code from a newer
    vtviewer, garbage) becomes a "legacy" message of ``fallback``."""
    if not isinstance(data, dict) or data.get("code") not in CODES:
        return Message("legacy", (fallback,))
    args: list[str | int | Message] = []
    for arg in data.get("args", ()) if isinstance(data.get("args"), list) else ():
        if isinstance(arg, dict):
            args.append(from_data(arg, fallback))
        elif isinstance(arg, bool):
            args.append(str(arg))
        elif isinstance(arg, int | str):
            args.append(arg)
        else:
            args.append(str(arg))
    code: MessageCode = data["code"]
    return Message(code, tuple(args))


def to_json(message: Message) -> str:
    return json.dumps(to_data(message), ensure_ascii=False, separators=(",", ":"))


def from_json(text: str, fallback: str = "") -> Message:
    try:
        return from_data(json.loads(text), fallback)
    except (ValueError, RecursionError):
        return Message("legacy", (fallback,))
