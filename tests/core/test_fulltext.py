"""The tantivy index and the Norwegian analysis: add/replace/remove, persistence, folding."""

from __future__ import annotations

import threading
from pathlib import Path

import tantivy

from vtviewer.core.analysis import fold, normalise, query_forms, tokens
from vtviewer.core.fulltext import FullText, document_years
from vtviewer.core.model import Document, Metadata, Page


def doc(doc_id: int, title: str = "", **meta: object) -> Document:
    return Document(
        doc_id,
        f"/a/{doc_id}.pdf",
        1,
        0.0,
        "",
        1,
        False,
        Metadata(title=title, **meta),  # type: ignore[arg-type]
    )


def page(doc_id: int, text: str, number: int = 1) -> Page:
    return Page(doc_id, number, text)


def test_folding_is_consistent() -> None:
    assert fold("bjørn") == fold("bjoern") == fold("bjorn") == "bjorn"
    assert fold("tromsø") == fold("tromso") == fold("tromsoe")
    assert fold("årets") == fold("aarets") == fold("arets")
    assert fold("næring") == fold("naering") == "naering"
    assert fold("café") == "cafe"


def test_stemming_inflections() -> None:
    assert len({normalise(w) for w in ("plan", "planer", "planen", "planene")}) == 1
    assert len({normalise(w) for w in ("analyse", "analysen", "analyser")}) == 1
    assert normalise("planning", "en") == normalise("plans", "en")
    assert normalise("bjørn") in query_forms("bjoern")


def test_tokens_split_punctuation_and_drop_junk() -> None:
    assert list(tokens("SMB-Utvikling, 2013: Østre_Toten")) == [
        "smb",
        "utvikling",
        "2013",
        "østre",
        "toten",
    ]
    assert list(tokens("x" * 41 + " ok")) == ["ok"]


def test_document_years() -> None:
    assert document_years(doc(1, period_from=2013, period_to=2015)) == [2013, 2014, 2015]
    assert document_years(doc(1, published="2016-06-01")) == [2016]
    assert document_years(doc(1)) == []


def test_add_replace_remove_and_count() -> None:
    index = FullText.open(None)
    index.add(doc(1, "Plan"), [page(1, "første side"), page(1, "andre side", 2)])
    index.add(doc(2, "Analyse"), [page(2, "tekst")])
    assert index.doc_count() == 0  # not committed yet
    index.commit()
    assert index.doc_count() == 2
    index.add(doc(1, "Plan ny"), [page(1, "erstattet")])
    index.commit()
    assert index.doc_count() == 2
    searcher = index.searcher()

    def count(word: str) -> int:
        hits: int = searcher.search(tantivy.Query.term_query(index.schema, "text_x", word)).count
        return hits

    assert count("erstattet") == 1 and count("første") == 0
    index.remove(2)
    index.commit()
    assert index.doc_count() == 1
    index.clear()
    assert index.doc_count() == 0
    index.close()


def test_persists_on_disk_and_reopens(tmp_path: Path) -> None:
    folder = tmp_path / "fulltext"
    index = FullText.open(folder)
    index.add(doc(7, "Handlingsplan"), [page(7, "Bjørn Iversen")])
    index.commit()
    index.close()
    again = FullText.open(folder)
    assert again.doc_count() == 1
    assert "bjørn" in again.vocabulary().exact_df
    assert "bjorn" in again.vocabulary().norm_df
    assert again.size_bytes() > 0
    again.close()


def test_other_version_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "fulltext"
    folder.mkdir()
    (folder / "meta.json").write_text("not an index")
    index = FullText.open(folder)
    assert index.doc_count() == 0
    index.add(doc(1), [page(1, "ok")])
    index.commit()
    assert index.doc_count() == 1
    index.close()


def test_vocabulary_lookups() -> None:
    index = FullText.open(None)
    index.add(doc(1), [page(1, "Handlingsplan Omstillingsplan planlegging Tromsø")])
    index.commit()
    vocabulary = index.vocabulary()
    assert set(vocabulary.norm_containing("plan", 10)) >= {"handlingsplan", "omstillingsplan"}
    assert vocabulary.with_prefix("plan", 10) == ["planlegging"]
    assert "tromsø" in vocabulary.norm_to_exact[normalise("tromsø")]


def test_search_while_writer_commits() -> None:
    index = FullText.open(None)
    index.add(doc(0), [page(0, "start")])
    index.commit()
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for n in range(1, 60):
                index.add(doc(n), [page(n, f"ord{n} plan")])
                if n % 10 == 0:
                    index.commit()
            index.commit()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    counts = []
    while thread.is_alive():
        counts.append(index.doc_count())
        index.vocabulary()
    thread.join()
    assert not errors
    assert counts == sorted(counts)
    assert index.doc_count() == 60
