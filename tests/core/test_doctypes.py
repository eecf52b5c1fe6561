"""One table of document types: the guesser, sidecars, queries and labels read the same words."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from vtviewer.core.doctypes import LABELS, WORDS, type_in_text, type_named
from vtviewer.core.metadata import detect_type
from vtviewer.core.model import DOC_TYPES
from vtviewer.core.query import Value, parse
from vtviewer.core.sidecar import load_sidecar
from vtviewer.paths import resources_dir


@pytest.mark.parametrize(
    ("written", "doc_type"),
    [
        ("utredning", "analysis"),
        ("Utredningen", "analysis"),
        ("rapport", "report"),
        ("Årsmelding", "report"),
        ("aarsmelding", "report"),
        ("action-plan", "action plan"),
        ("action_plan", "action plan"),
        ("actionplan", "action plan"),
        ("Handlingsplaner", "action plan"),
        ("møtebok", "minutes"),
        ("motebok", "minutes"),
        ("annet", "other"),
        ("plans", "plan"),
    ],
)
def test_a_written_type_means_the_same_in_a_sidecar_and_a_query(
    written: str, doc_type: str, tmp_path: Path
) -> None:
    assert type_named(written) == doc_type
    assert parse(f"type:{written}").root == Value("type", doc_type)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    sidecar = tmp_path / "a.pdf.vtviewer.json"
    sidecar.write_text(f'{{"vtviewer": 1, "type": "{written}"}}', encoding="utf-8")
    entry = load_sidecar(pdf, roots=[str(tmp_path)])
    assert entry is not None and entry.doc_type == doc_type


def test_every_word_of_a_type_is_found_in_a_title() -> None:
    for doc_type, words in WORDS.items():
        for word in words:
            expected = None if doc_type == "other" else doc_type
            assert type_in_text(f"Vestre Toten {word} 2013") == expected, word
    assert detect_type("Utredning om næringsareal") == "analysis"
    assert detect_type("Omstillingsplanen 2013 - 2015") == "plan"
    assert detect_type("Handlingsplan for næring") == "action plan"


def test_words_that_name_no_type() -> None:
    assert type_named("poem") is None
    assert type_named("") is None
    assert type_in_text("Vestre Toten kommune") is None
    assert parse("type:poem").root is None


def test_every_type_has_words_and_a_translated_label() -> None:
    assert set(WORDS) == set(DOC_TYPES) == set(LABELS)
    for doc_type in DOC_TYPES:
        assert WORDS[doc_type][0] == doc_type  # the English name first
    tree = ET.parse(resources_dir() / "translations" / "vtviewer_nb.ts")
    translated = {
        message.findtext("source")
        for context in tree.iter("context")
        if context.findtext("name") == "DocType"
        for message in context.iter("message")
    }
    assert set(LABELS.values()) <= translated
