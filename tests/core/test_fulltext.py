"""The tantivy index and the Norwegian analysis: add/replace/remove, persistence, folding."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import tantivy

from vtviewer.core import fulltext
from vtviewer.core.analysis import fold, normalise, normalise_many, query_forms, tokens
from vtviewer.core.fulltext import (
    VOCABULARY_FILE,
    FullText,
    Vocabulary,
    document_years,
    load_vocabulary,
    phone_words,
    save_vocabulary,
)
from vtviewer.core.model import Contact, Document, Metadata, Page


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
        result = searcher.search(tantivy.Query.term_query(index.schema, "text_x", word))
        hits: int = result.count  # type: ignore[attr-defined]  # missing from the stubs
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
    assert "tromsø" in vocabulary.exact_forms(normalise("tromsø"))


def test_vocabulary_folded_prefixes() -> None:
    index = FullText.open(None)
    index.add(
        doc(1),
        [page(1, "Tromsø Tromso Tromsoe Tromsøs Trondheim Bjørn Bjoern Næring Årsrapport")],
    )
    index.commit()
    vocabulary = index.vocabulary()
    # The words that start with the prefix itself are with_prefix's, not these.
    assert sorted(vocabulary.with_folded_prefix("tromsø", 10)) == ["tromso", "tromsoe"]
    assert sorted(vocabulary.with_folded_prefix("tromso", 10)) == ["tromsø", "tromsøs"]
    assert sorted(vocabulary.with_folded_prefix("tromsoe", 10)) == [
        "tromso",
        "tromsø",
        "tromsøs",
    ]
    assert sorted(vocabulary.with_folded_prefix("bjorn", 10)) == ["bjoern", "bjørn"]
    assert vocabulary.with_folded_prefix("bjoern", 10) == ["bjørn"]
    assert vocabulary.with_folded_prefix("na", 10) == ["næring"]
    assert vocabulary.with_folded_prefix("aars", 10) == ["årsrapport"]
    assert vocabulary.with_folded_prefix("tromsø", 1) in (["tromso"], ["tromsoe"])
    assert vocabulary.with_folded_prefix("", 10) == []
    assert vocabulary.with_folded_prefix("x" * 60, 10) == []


def test_contact_phone_numbers_are_indexed_as_digits() -> None:
    index = FullText.open(None)
    contact = Contact(name="Bjørn Iversen", phone="+47 976 81 861")
    index.add(doc(1, contacts=(contact,)), [page(1, "Ingen nummer her.")])
    index.commit()
    searcher = index.searcher()
    for name in ("contact_n", "meta_x"):
        for digits in ("97681861", "4797681861"):
            query = tantivy.Query.term_query(index.schema, name, digits)
            assert searcher.search(query, 1, count=True).count == 1, (name, digits)
    assert phone_words("+47 976 81 861") == ["4797681861", "97681861"]
    assert phone_words("0047 97681861") == ["004797681861", "97681861"]
    assert phone_words("976 81 861") == ["97681861"]
    assert phone_words("ukjent") == []


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


def test_tokens_and_normalise_many_match_the_single_word_functions() -> None:
    text = "Planene, PLANENE og " + "y" * 41 + "-Bjørn_Tromsø planer " + "z" * 40
    words = tokens(text)
    assert words == ["planene", "planene", "og", "bjørn", "tromsø", "planer", "z" * 40]
    for language in ("nb", "en"):
        expected = [normalise(w, language) for w in words]
        assert normalise_many(words, language) == expected
        assert normalise_many(words, language) == expected  # now from the cache


def test_vocabulary_grows_with_commits_without_rebuilding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = FullText.open(None)

    def no_rebuild(searcher: object) -> Vocabulary:
        raise AssertionError("the vocabulary is updated, not rebuilt")

    monkeypatch.setattr(fulltext, "build_vocabulary", no_rebuild)
    index.add(doc(1, "Handlingsplan"), [page(1, "Bjørn Iversen leder arbeidet")])
    index.commit()
    first = index.vocabulary()
    assert first.exact_df["bjørn"] == 1
    assert "bjørn" in first.exact_forms("bjorn")
    index.add(doc(2, "Omstillingsplan"), [page(2, "Bjørn og planene i Tromsø")])
    index.commit()
    second = index.vocabulary()
    assert second.exact_df["bjørn"] == 2
    assert second.exact == sorted(second.exact) and "tromsø" in second.exact
    assert set(second.norm_containing("plan", 10)) >= {"handlingsplan", "omstillingsplan"}
    assert {"planene"} <= set(second.exact_forms(normalise("planene")))
    assert second.with_prefix("tromsø", 5) == ["tromsø"]
    # The earlier snapshot's sorted words did not change under it.
    assert "tromsø" not in first.exact


def test_vocabulary_is_saved_and_loaded_without_rebuilding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "fulltext"
    index = FullText.open(folder)
    index.add(doc(1, "Handlingsplan"), [page(1, "Bjørn Iversen i Tromsø")])
    index.commit()
    built = index.vocabulary()
    index.close()
    assert (folder / VOCABULARY_FILE).stat().st_size > 0

    def no_rebuild(searcher: object) -> Vocabulary:
        raise AssertionError("a saved vocabulary is loaded, not rebuilt")

    monkeypatch.setattr(fulltext, "build_vocabulary", no_rebuild)
    again = FullText.open(folder)
    loaded = again.vocabulary()
    assert loaded.exact == built.exact
    assert loaded.exact_df == built.exact_df and loaded.norm_df == built.norm_df
    assert loaded.exact_forms("bjorn") == built.exact_forms("bjorn") == ["bjørn"]
    again.close()


def test_stale_or_corrupt_vocabulary_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "fulltext"
    index = FullText.open(folder)
    index.add(doc(1, "Handlingsplan"), [page(1, "Bjørn Iversen")])
    index.commit()
    index.close()
    file = folder / VOCABULARY_FILE
    # Saved for an older commit: as after a crash between the tantivy commit and the save.
    save_vocabulary(fulltext.empty_vocabulary(), file, stamp=0)
    again = FullText.open(folder)
    assert "bjørn" in again.vocabulary().exact_df
    assert "handlingsplan" in again.vocabulary().exact_df
    again.close()
    file.write_bytes(b"\x00garbage")
    third = FullText.open(folder)
    assert "bjørn" in third.vocabulary().exact_df
    third.close()
    # The rebuilt one was saved: the next open loads it.
    assert load_vocabulary(file, fulltext._index_opstamp(folder)) is not None


def test_commits_during_a_rebuild_are_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "fulltext"
    index = FullText.open(folder)
    index.add(doc(1), [page(1, "gammelt ord")])
    index.commit()
    index.close()
    (folder / VOCABULARY_FILE).unlink()
    release = threading.Event()
    real_build = fulltext.build_vocabulary

    def slow_build(searcher: tantivy.Searcher) -> Vocabulary:
        release.wait(10)
        return real_build(searcher)

    monkeypatch.setattr(fulltext, "build_vocabulary", slow_build)
    again = FullText.open(folder)
    again.add(doc(2), [page(2, "nytt ord")])
    again.commit()  # while the rebuild waits
    assert again.doc_count() == 2
    release.set()
    vocabulary = again.vocabulary()
    assert {"gammelt", "nytt", "ord"} <= set(vocabulary.exact)
    again.close()
    monkeypatch.setattr(fulltext, "build_vocabulary", real_build)
    third = FullText.open(folder)
    assert {"gammelt", "nytt"} <= set(third.vocabulary().exact)
    third.close()


def test_clear_empties_the_vocabulary(tmp_path: Path) -> None:
    folder = tmp_path / "fulltext"
    index = FullText.open(folder)
    index.add(doc(1), [page(1, "ord")])
    index.commit()
    index.clear()
    assert index.vocabulary().exact == []
    index.close()
    again = FullText.open(folder)
    assert again.vocabulary().exact == []
    again.close()


def _write(index: FullText, doc_id: int, title: str, text: str) -> None:
    """One document added and committed, the writer let go: an indexing run."""
    index.add(doc(doc_id, title), [page(doc_id, text)])
    index.commit()
    index.release_writer()


def _words_on_opening(folder: Path) -> set[str]:
    """The words a process that opens the index next starts with."""
    index = FullText.open(folder)
    try:
        return set(index.vocabulary().exact)
    finally:
        index.close()


def test_the_vocabulary_follows_what_another_process_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two FullText objects on one folder stand for a window and a command line.
    folder = tmp_path / "fulltext"
    window = FullText.open(folder)
    _write(window, 1, "Handlingsplan", "gammelt ord")
    cli = FullText.open(folder)
    _write(
        cli, 2, "Reguleringsplan", "Bjørnstadvegen"
    )  # the vocabulary is saved when the writer is let go

    def no_rebuild(searcher: object) -> Vocabulary:
        raise AssertionError("the other process's saved vocabulary is loaded, not rebuilt")

    monkeypatch.setattr(fulltext, "build_vocabulary", no_rebuild)
    # The window, which has not written since, sees the new words (prefix, compounds).
    words = window.vocabulary()
    assert "bjørnstadvegen" in words.with_prefix("bjørn", 5)
    assert "reguleringsplan" in words.norm_containing("regulering", 5)
    # Indexing in the window now goes on from them, and saves them for everyone.
    _write(window, 3, "Årsmelding", "nytt")
    window.close()
    cli.close()
    assert {"gammelt", "bjørnstadvegen", "nytt", "årsmelding"} <= _words_on_opening(folder)


def test_a_writer_behind_a_vocabulary_never_saved_rebuilds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "fulltext"
    window = FullText.open(folder)
    _write(window, 1, "", "gammelt")
    cli = FullText.open(folder)
    real_save = fulltext.save_vocabulary

    def lost(*args: object) -> int:
        raise OSError("killed before the save")

    monkeypatch.setattr(fulltext, "save_vocabulary", lost)
    _write(cli, 2, "", "bjørnstadvegen")
    monkeypatch.setattr(fulltext, "save_vocabulary", real_save)
    # The window's vocabulary is behind and none was saved for the index as it is:
    # its next write rebuilds it rather than saving its stale one over everyone's.
    _write(window, 3, "", "nytt")
    assert {"gammelt", "bjørnstadvegen", "nytt"} <= set(window.vocabulary().exact)
    window.close()
    cli.close()
    assert {"gammelt", "bjørnstadvegen", "nytt"} <= _words_on_opening(folder)
