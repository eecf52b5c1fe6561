"""The one cleaning rule: text from any source becomes valid, storable Unicode."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from vtviewer.core.model import Contact, Metadata
from vtviewer.core.text import (
    clean,
    clean_text,
    decode_name,
    display_name,
    is_clean,
    shorten,
)

#: Every code point, lone surrogates (category Cs) included.
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF)
LATIN1_NAME = os.fsdecode("Reguleringsplan_Øvre_Ås.pdf".encode("latin-1"))


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("escaped byte \udcd8", "escaped byte \ufffd"),
        ("T\x00i\x00t\x00l\x00e", "Title"),
        ("evil \u202eftp.pdf", "evil ftp.pdf"),
        ("isolate \u2066x\u2069", "isolate x"),
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("tab\tkept", "tab\tkept"),
        ("C1 \x85\x9f gone", "C1  gone"),
        ("not a character \ufffe\uffff", "not a character "),
        ("Bjo\u0308rn A\u030as", "Bj\u00f6rn \u00c5s"),  # NFD -> NFC
        ("", ""),
        ("plain ascii", "plain ascii"),
        ("Næringsplan for Ås\n", "Næringsplan for Ås\n"),
    ],
)
def test_clean_text(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned
    assert is_clean(cleaned)
    assert is_clean(raw) == (raw == cleaned)


def test_clean_text_returns_clean_text_itself() -> None:
    # checked_extraction compares pages before and after: identity makes that free.
    for text in ("ascii only", "ascii\nlines", "Tromsø\nog Ås", "x" * 10_000):
        assert clean_text(text) is text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ANY_CHAR, max_size=60))
def test_clean_text_is_storable_and_idempotent(text: str) -> None:
    cleaned = clean_text(text)
    cleaned.encode("utf-8")  # no lone surrogates
    assert "\x00" not in cleaned and "\r" not in cleaned and "\u202e" not in cleaned
    assert clean_text(cleaned) == cleaned
    # What the store and JSON output do with it.
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t(v TEXT)")
    db.execute("INSERT INTO t VALUES (?)", (cleaned,))
    assert db.execute("SELECT v FROM t").fetchone()[0] == cleaned
    json.dumps(cleaned, ensure_ascii=False).encode("utf-8")


def test_surrogates_are_really_generated() -> None:
    # The property tests are only as good as their alphabet.
    found = find(st.text(alphabet=ANY_CHAR), lambda t: any(0xD800 <= ord(c) <= 0xDFFF for c in t))
    assert len(found) == 1


def test_a_latin1_file_name_reads_as_it_was_meant() -> None:
    assert "\udcd8" in LATIN1_NAME  # what os.listdir gives for the byte 0xD8
    assert decode_name(LATIN1_NAME) == "Reguleringsplan_Øvre_Ås.pdf"
    assert display_name("/arkiv/plan/" + LATIN1_NAME) == "Reguleringsplan_Øvre_Ås.pdf"
    assert display_name("C:\\arkiv\\" + LATIN1_NAME) == "Reguleringsplan_Øvre_Ås.pdf"


def test_a_utf8_file_name_stays() -> None:
    name = os.fsdecode("Områdeanalyse_Ås.pdf".encode())
    assert name == "Områdeanalyse_Ås.pdf"
    assert decode_name(name) == "Områdeanalyse_Ås.pdf"
    # UTF-8 bytes that reach Python escaped (a non-UTF-8 locale) are decoded as UTF-8.
    escaped = "Omr\udcc3\udca5deanalyse.pdf"
    assert decode_name(escaped) == "Områdeanalyse.pdf"


def test_bytes_cp1252_leaves_undefined_become_replacement_characters() -> None:
    # 0x81 is undefined in Windows-1252 (and a C1 control in Latin-1, which would be
    # dropped): the name keeps its other letters and shows where a byte was not read.
    name = os.fsdecode(b"Rapport_\x81_\xd8vre.pdf")
    assert decode_name(name) == "Rapport_\ufffd_Øvre.pdf"
    # Windows-1252's own letters beyond Latin-1: 0x80 is the euro sign, 0x9a is "š".
    assert decode_name(os.fsdecode(b"Pris_\x80_\x9a.pdf")) == "Pris_€_š.pdf"


def test_a_surrogate_that_is_no_byte_does_not_break_decoding() -> None:
    # A JSON "\ud800" escape or a broken UTF-16 name: not a surrogateescape byte, so
    # os.fsencode refuses it.
    assert decode_name("bad \ud800 name.pdf") == "bad \ufffd name.pdf"
    assert display_name("/a/\ud800.pdf") == "\ufffd.pdf"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=40))
def test_any_file_name_bytes_decode_to_clean_text(raw: bytes) -> None:
    name = decode_name(os.fsdecode(raw))
    name.encode("utf-8")
    assert is_clean(name)


def test_shorten() -> None:
    assert shorten("abc", 3) == "abc"
    assert shorten("abcd", 3) == "ab…"
    assert shorten("ab  cd", 4) == "ab…"  # no space before the ellipsis
    assert shorten("abc", 0) == ""
    assert len(shorten("x" * 10**6, 500)) == 500


def test_clean_reaches_into_dataclasses_tuples_and_mappings() -> None:
    meta = Metadata(
        title="A\x00b",
        tags=("\ud800", "ok"),
        contacts=(Contact(name="Bj\u202eørn"),),
        sources={"title\x00": "sidecar"},
    )
    cleaned = clean(meta)
    assert cleaned.title == "Ab"
    assert cleaned.tags == ("\ufffd", "ok")
    assert cleaned.contacts == (Contact(name="Bjørn"),)
    assert dict(cleaned.sources) == {"title": "sidecar"}
    assert clean(["\ud800", 3, None]) == ["\ufffd", 3, None]
