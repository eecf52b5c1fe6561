"""The core's messages (codes with arguments) in English and in Bokmål, from one table."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

import pytest

from vtviewer.core import extract, scan
from vtviewer.core.messages import CODES, ENGINE_ERRORS, ENGLISH, english
from vtviewer.core.model import Message, MessageCode, Problem
from vtviewer.core.query import parse
from vtviewer.gui.messages import engine_error_text, translate_message
from vtviewer.paths import resources_dir


def _translations() -> dict[str, str]:
    """The finished Bokmål translations of the "Messages" context, by source text."""
    tree = ET.parse(resources_dir() / "translations" / "vtviewer_nb.ts")
    found: dict[str, str] = {}
    for context in tree.iter("context"):
        if context.findtext("name") != "Messages":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None and translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found


def _example(code: MessageCode) -> Message:
    """A message of ``code`` with as many arguments as its template takes."""
    template = ENGLISH[code]
    count = max((int(template[i + 1]) for i, c in enumerate(template) if c == "%"), default=0)
    return Message(code, tuple(f"«arg{n}»" for n in range(1, count + 1)))


def test_every_code_is_rendered_in_both_languages(bokmaal: None) -> None:
    translations = _translations()
    missing = [code for code in CODES if ENGLISH[code] not in translations]
    # A new code without a (finished) Bokmål translation fails here.
    assert not missing
    for code in CODES:
        message = _example(code)
        text = english(message)
        assert "%" not in text and all(str(arg) in text for arg in message.args), code
        expected = translations[ENGLISH[code]]
        for n, arg in enumerate(message.args, start=1):
            expected = expected.replace(f"%{n}", str(arg))
        assert translate_message(message) == expected, code


@pytest.mark.usefixtures("english")
def test_the_window_in_english_says_what_the_command_line_says() -> None:
    for code in CODES:
        message = _example(code)
        assert translate_message(message) == english(message), code


def test_every_code_has_words_and_no_words_lack_a_code() -> None:
    assert set(ENGLISH) == set(CODES)
    assert set(ENGINE_ERRORS.values()) <= set(CODES)


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        (Message("password-required"), "krever passord"),
        (Message("empty-file"), "tom fil (0 byte)"),
        (Message("timed-out", ("30",)), "tidsavbrudd etter 30 s"),
        (Message("crashed-signal", ("11",)), "leseprosessen krasjet (signal 11)"),
        (
            Message("not-pdf-looks-like", (Message("looks-zip"),)),
            "ikke en PDF (ser ut som en ZIP- eller Office-fil)",
        ),
        (
            Message(
                "damaged-pdf-pypdf",
                (
                    Message("truncated", (Message("engine-invalid-format"),)),
                    "PdfReadError: EOF marker not found",
                ),
            ),
            "skadet PDF: avkortet (mangler filslutt-markør), ikke en gyldig PDF-struktur"
            " (pypdf: PdfReadError: EOF marker not found)",
        ),
        (Message("field-without-value", ("title",)), "«title:» uten verdi ble ignorert."),
        (
            Message("too-many-characters", (10_000,)),
            "Bare de første 10\N{NO-BREAK SPACE}000 tegnene søkes etter.",
        ),
        (Message("legacy", ("an old English reason",)), "an old English reason"),
    ],
)
def test_messages_in_bokmaal(bokmaal: None, message: Message, shown: str) -> None:
    assert translate_message(message) == shown


def test_a_file_name_with_a_placeholder_stays_as_it_is(bokmaal: None) -> None:
    message = Message("folder-unreadable", ("/arkiv/%2 og %1",))
    assert translate_message(message) == "mappen kunne ikke leses: /arkiv/%2 og %1"
    assert english(message) == "folder could not be read: /arkiv/%2 og %1"


def test_the_engine_errors_are_worded_once(bokmaal: None) -> None:
    assert engine_error_text("InvalidFileFormat") == "ikke en gyldig PDF-struktur"
    assert engine_error_text("NoSuchError") == engine_error_text("Unknown")


def _reasons_the_core_gives() -> list[Message]:
    """Reasons and notes as the core makes them (not written here): each must be
    rendered from the table, in both languages."""
    reasons = [
        extract._describe_start(b"root:x:0:0:root:/root:/bin/bash\n"),
        extract._describe_start(b"\x00\x01\x02\x03\xfe\xff\x00\x10\x80\x81\x82\x83"),
        extract._describe_start(b"%!PS-Adobe-3.0"),
    ]
    st = os.stat(__file__)

    class Recorder:
        def record_problem(self, problem: Problem, *_args: object) -> None:
            reasons.append(problem.reason)

    for what in ("not-stored", "metadata-not-read"):
        write = scan._failure_write("x.pdf", what, RuntimeError("boom"), st)  # type: ignore[arg-type]
        write(Recorder())  # type: ignore[arg-type]
    for query in ('"open', "a)", "(a", "foo:bar", "year:soon", "type:poem", "a OR", "-", "x" * 50):
        reasons.extend(parse(query).messages)
    return reasons


def test_what_the_core_gives_is_translated(bokmaal: None) -> None:
    for reason in _reasons_the_core_gives():
        assert translate_message(reason) != english(reason), reason


def test_bokmaal_translation_is_complete_and_tidy() -> None:
    tree = ET.parse(resources_dir() / "translations" / "vtviewer_nb.ts")
    unfinished = []
    spaced = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            unfinished.append(message.findtext("source"))
        texts = [translation.text or ""] + [f.text or "" for f in translation]
        if any(" …" in text for text in texts):
            spaced.append(message.findtext("source"))
    assert not unfinished
    assert not spaced  # "Legg til mappe…", not "Legg til mappe …"
