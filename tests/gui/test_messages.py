"""The core's English reasons and query messages are shown in the UI language."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from vtviewer.core.model import Problem
from vtviewer.gui.app import install_translation
from vtviewer.gui.messages import translate_message
from vtviewer.paths import resources_dir


@pytest.fixture
def bokmaal(qapp: QApplication) -> Iterator[None]:
    install_translation(qapp, "nb")
    yield
    install_translation(qapp, "en")


@pytest.mark.parametrize(
    ("core", "shown"),
    [
        ("password required", "krever passord"),
        ("empty file (0 bytes)", "tom fil (0 byte)"),
        ("file not found (moved or deleted)", "fant ikke filen (flyttet eller slettet)"),
        ("timed out after 30 s", "tidsavbrudd etter 30 s"),
        ("extraction process crashed (signal 11)", "leseprosessen krasjet (signal 11)"),
        ("ran out of memory (limit 1.5 GiB)", "gikk tom for minne (grense 1.5 GiB)"),
        (
            "folder could not be read: Permission denied",
            "mappen kunne ikke leses: Permission denied",
        ),
        (
            "not a PDF (starts with 'PK..', looks like a ZIP or Office file)",
            "ikke en PDF (begynner med 'PK..', ser ut som en ZIP- eller Office-fil)",
        ),
        (
            "damaged PDF: truncated (no end-of-file marker), not a valid PDF structure"
            " (pypdf: PdfReadError: EOF marker not found)",
            "skadet PDF: avkortet (mangler filslutt-markør), ikke en gyldig PDF-struktur"
            " (pypdf: PdfReadError: EOF marker not found)",
        ),
        (
            "file changed while being indexed; it will be read again on the next scan",
            "filen ble endret under indekseringen; den leses på nytt ved neste gjennomgang",
        ),
        (
            "Unbalanced quote: the phrase runs to the end.",
            "Anførselstegn uten slutt: frasen går til slutten.",
        ),
        ("'title:' without a value ignored.", "«title:» uten verdi ble ignorert."),
        (
            "Nothing to search for in “--”; showing all documents.",
            "Ingenting å søke etter i «--»; viser alle dokumenter.",
        ),
        (
            "“" + "a" * 45 + "” is longer than 40 characters and cannot be found.",
            "«" + "a" * 45 + "» er lengre enn 40 tegn og kan ikke finnes.",
        ),
        ("Unknown field 'foo': searched as words.", "Ukjent felt «foo»: søkt etter som ord."),
        ("something nobody listed", "something nobody listed"),
    ],
)
def test_core_messages_in_bokmaal(bokmaal: None, core: str, shown: str) -> None:
    assert translate_message(core) == shown


def test_core_messages_in_english_keep_their_words(qapp: QApplication) -> None:
    install_translation(qapp, "en")
    assert translate_message("password required") == "password required"
    assert translate_message("timed out after 30 s") == "timed out after 30 s"


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


def _reasons_the_core_gives() -> list[str]:
    """Reasons as the core makes them today (not copied strings): a reworded reason
    fails here instead of silently losing its translation."""
    from vtviewer.core import extract, scan

    reasons = [
        extract._describe_start(b"root:x:0:0:root:/root:/bin/bash\n"),
        extract._describe_start(b"\x00\x01\x02\x03\xfe\xff\x00\x10\x80\x81\x82\x83"),
        extract._describe_start(b"%!PS-Adobe-3.0"),
    ]
    st = os.stat(__file__)

    class Recorder:
        def record_problem(self, problem: Problem, *_args: object) -> None:
            reasons.append(problem.reason)

    for what in ("could not be stored", "its metadata could not be read"):
        write = scan._failure_write("x.pdf", what, RuntimeError("boom"), st)
        write(Recorder())  # type: ignore[arg-type]
    return reasons


def test_new_core_reasons_are_translated(bokmaal: None) -> None:
    for reason in _reasons_the_core_gives():
        assert translate_message(reason) != reason, reason
    assert translate_message("not a regular file (a named pipe)") == (
        "ikke en vanlig fil (en navngitt pipe)"
    )
    assert translate_message("damaged PDF: the page tree loops") == (
        "skadet PDF: sidetreet går i ring"
    )
