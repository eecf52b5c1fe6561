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
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff"
_SURROGATES = "\ud800-\udfff"
_REMOVED = re.compile(f"[{_CONTROLS}]")
_SURROGATE = re.compile(f"[{_SURROGATES}]")
#: Anything ``clean_text`` changes but NFC: one scan decides whether the slow path runs.
_UNCLEAN = re.compile(f"[{_CONTROLS}{_SURROGATES}]")
REPLACEMENT = "\ufffd"
ELLIPSIS = "…"

T = TypeVar("T")


def clean_text(text: str) -> str:
    """``text`` as valid Unicode: NFC, "\\n" line breaks, lone surrogates replaced by
    U+FFFD, NUL and other control characters (and bidi overrides) removed.

    Clean text comes back as the same object, so comparing before and after is cheap."""
    if not text:
        return ""
    # Indexing runs every page through here, mostly text that is clean already: one
    # scan in C tells (isprintable stops at the first line break, the regex finds the
    # rest), and NFC returns its argument unchanged when it is normalised.
    if not text.isprintable() and _UNCLEAN.search(text) is not None:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = _REMOVED.sub("", _SURROGATE.sub(REPLACEMENT, text))
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def has_escaped_bytes(text: str) -> bool:
    """True when ``text`` holds lone surrogates: the undecodable bytes of a file name
    (surrogateescape), or a broken string."""
    return _SURROGATE.search(text) is not None


def is_clean(text: str) -> bool:
    """True when ``clean_text`` would leave ``text`` as it is."""
    return clean_text(text) == text


def shorten(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters: a longer one is cut and ends in "…"."""
    if len(text) <= limit:
        return text
    if limit <= 0:
        return ""
    return text[: limit - 1].rstrip() + ELLIPSIS


def display_name(path: str) -> str:
    """The last part of a path as a person reads it (see ``decode_name``)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return decode_name(name)


def decode_name(name: str) -> str:
    """A file name that may carry undecodable bytes as readable, clean text.

    A file name that is not valid UTF-8 reaches Python with its bytes as lone surrogates
    (surrogateescape). Such a name is decoded as UTF-8 if it is, else as Windows-1252 (the
    encoding of old Windows file names copied as bytes; Latin-1 is a subset for letters),
    so ``Reguleringsplan_Øvre_Ås.pdf`` written in ISO-8859-1 reads as it was meant. The
    five bytes Windows-1252 leaves undefined become U+FFFD."""
    if not has_escaped_bytes(name):
        return clean_text(name)
    try:
        raw = os.fsencode(name) if os.name != "nt" else name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return clean_text(name)  # a surrogate that stands for no byte: nothing to decode
    try:
        return clean_text(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return clean_text(raw.decode("cp1252", "replace"))


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


#: Norwegian alphabetical order puts æ, ø and å after z (ä and ö as æ and ø); code points
#: would give å < æ < ø. Other accented letters sort with their base letter (é as e).
_COLLATION = str.maketrans({"æ": "z\uffe0", "ø": "z\uffe1", "å": "z\uffe2"})
_NORDIC = {"ä": "æ", "ö": "ø", "å": "å"}


def collation_key(text: str) -> str:
    """A sort key for ``text`` in Norwegian alphabetical order: case ignored, spaces
    collapsed, æ < ø < å after z, other accents dropped ("Økonomiplan" after "Zone",
    "Årsmelding" after it, "Égalité" with "egalite")."""
    lowered = " ".join(text.casefold().split())
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", lowered):
        if unicodedata.combining(char):
            base = kept[-1] if kept else ""
            # å is a + ring, ä and ö are a/o + diaeresis: letters of their own here.
            composed = unicodedata.normalize("NFC", base + char)
            if composed in _NORDIC:
                kept[-1] = _NORDIC[composed]
            continue
        kept.append(char)
    return "".join(kept).translate(_COLLATION)
