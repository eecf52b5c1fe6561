"""Text as vtviewer keeps it: valid Unicode, no control characters, one rule for every source.

Text reaches vtviewer from file names, PDF info and XMP, outlines, page text, sidecars,
catalogs, queries and the command line. Any of them may hold lone surrogates (a file name
that is not UTF-8, a JSON "\\ud800" escape, a broken UTF-16 string in a PDF), NUL bytes or
other control characters, which SQLite, tantivy and JSON output refuse or mangle. They are
made safe here, once, where the text enters the store, the full-text index or a search;
callers do not clean text themselves.

File *paths* are the exception: a path must keep its bytes to open its file, so paths are
never cleaned (the store escapes them, see index._to_db); what is shown of a path goes
through ``display_name``.
"""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from collections.abc import Mapping
from typing import Any, TypeVar

#: What no stored text keeps: C0/C1 controls but tab and line feed, lone surrogates,
#: non-characters, and the bidi embedding/override/isolate controls (U+202A-U+202E,
#: U+2066-U+2069), which can make a title display as something it is not.
_REMOVED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"

T = TypeVar("T")


def clean_text(text: str) -> str:
    """``text`` as valid Unicode: NFC, "\\n" line breaks, lone surrogates replaced by
    U+FFFD, NUL and other control characters (and bidi overrides) removed."""
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        return text  # the common case, without a regular expression
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub(REPLACEMENT, text)
    return unicodedata.normalize("NFC", _REMOVED.sub("", text))


def is_clean(text: str) -> bool:
    """True when ``clean_text`` would leave ``text`` as it is."""
    return clean_text(text) == text


def display_name(path: str) -> str:
    """The last part of a path as a person reads it.

    A file name that is not valid UTF-8 reaches Python with its bytes as lone surrogates
    (surrogateescape). Such a name is decoded as UTF-8 if it is, else as Windows-1252 (the
    encoding of old Windows file names copied as bytes; Latin-1 is a subset for letters),
    so ``Reguleringsplan_Øvre_Ås.pdf`` written in ISO-8859-1 reads as it was meant."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return decode_name(name)


def decode_name(name: str) -> str:
    """A string that may carry undecodable bytes (surrogateescape) as readable text."""
    if not _SURROGATE.search(name):
        return clean_text(name)
    raw = os.fsencode(name) if os.name != "nt" else name.encode("utf-8", "surrogateescape")
    for encoding in ("utf-8", "cp1252"):
        try:
            return clean_text(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    return clean_text(raw.decode("latin-1"))


def clean(value: T) -> T:
    """``value`` with every string in it cleaned: strings, tuples and lists, mappings
    (keys and values), and frozen dataclasses (rebuilt with ``dataclasses.replace``).
    Anything else is returned as it is."""
    return _clean(value)  # type: ignore[no-any-return]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, tuple):
        return tuple(_clean(v) for v in value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, Mapping):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _clean(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.init and not f.name.startswith("_")
        }
        return dataclasses.replace(value, **changes)
    return value
