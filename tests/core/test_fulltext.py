"""The tantivy index and the Norwegian analysis: add/replace/remove, persistence, folding."""

from __future__ import annotations

import threading
from pathlib import Path

import tantivy

from vtviewer.core import fulltext
from vtviewer.core.analysis import fold, normalise, normalise_many, query_forms, tokens
from vtviewer.core.fulltext import FullText, document_years, phone_words
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


def test_an_entry_is_replaced_whether_its_id_is_new_or_not(tmp_path: Path) -> None:
    """A new id's old entry is not looked for; an id added twice in one writer's life,
    or one held by a committed entry when the writer is taken again, still replaces."""
    index = FullText.open(tmp_path / "ft")

    def texts() -> list[int]:
        searcher = index.searcher()
        found = []
        for word in ("en", "to", "tre", "fire"):
            query = tantivy.Query.term_query(index.schema, "text_x", word)
            found.append(searcher.search(query).count)  # type: ignore[attr-defined]
        return found

    index.add(doc(5), [page(5, "en")])
    index.add(doc(5), [page(5, "to")])  # not committed yet: still replaced
    index.add(doc(3), [page(3, "tre")])
    index.commit()
    assert index.doc_count() == 2 and texts() == [0, 1, 1, 0]
    index.release_writer()
    index.add(doc(5), [page(5, "fire")])  # a new writer: its largest id is read again
    index.commit()
    assert index.doc_count() == 2 and texts() == [0, 0, 1, 1]
    index.close()


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
    assert again.terms().exact_count("bjørn") == 1
    assert again.terms().norm_count("bjorn") == 1
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


def test_terms_come_from_the_index() -> None:
    index = FullText.open(None)
    index.add(doc(1), [page(1, "Handlingsplan Omstillingsplan planlegging Tromsø")])
    index.add(doc(2), [page(2, "Planlegging og planarbeid")])
    index.commit()
    terms = index.terms()
    assert set(terms.norm_containing("plan", 10)) >= {"handlingsplan", "omstillingsplan"}
    assert terms.norm_containing("plan", 10)[0] == normalise("planlegging")  # in both
    assert terms.with_prefix("plan", 10) == ["planlegging", "planarbeid"]
    assert terms.with_prefix("plan", 1) == ["planlegging"]
    assert terms.exact_count("planlegging") == 2 and terms.exact_count("tromso") == 0
    assert terms.norm_count(normalise("tromsø")) == 1
    assert terms.with_prefix("", 10) == [] and terms.norm_containing("", 10) == []


def test_a_folded_prefix_finds_every_spelling() -> None:
    index = FullText.open(None)
    index.add(
        doc(1),
        [page(1, "Tromsø Tromso Tromsoe Tromsøs Trondheim Bjørn Bjoern Næring Årsrapport")],
    )
    index.commit()
    terms = index.terms()
    # The normalised terms are folded: one lookup finds every spelling of a prefix.
    for prefix in ("tromsø", "tromso", "tromsoe"):
        found = terms.norm_with_prefix(fold(prefix), 10)
        assert set(found) == {"tromso", normalise("tromsøs")}, prefix
    assert terms.norm_with_prefix(fold("bjoern"), 10) == ["bjorn"]
    assert terms.norm_with_prefix(fold("na"), 10) == [normalise("næring")]
    assert terms.norm_with_prefix(fold("aars"), 10) == [normalise("årsrapport")]
    assert terms.norm_with_prefix("", 10) == []
    assert terms.norm_with_prefix("x" * 60, 10) == []


def test_pages_are_indexed_one_by_one_and_replaced_with_their_document() -> None:
    index = FullText.open(None)
    index.add(doc(1), [page(1, "første side"), page(1, "andre side med plan", 2)])
    index.add(doc(2), [page(2, "plan plan plan")])
    index.commit()

    def pages(word: str) -> list[tuple[int, int]]:
        searcher = index.page_searcher()
        query = tantivy.Query.term_query(index.page_schema, "text_x", word)
        hits = searcher.search(query, 10).hits
        addresses = [address for _, address in hits]
        ids = searcher.fast_field_values("doc_id", addresses)
        numbers = searcher.fast_field_values("page", addresses)
        return sorted(zip(ids, numbers, strict=True))  # type: ignore[arg-type]

    assert pages("plan") == [(1, 2), (2, 1)]
    assert pages("side") == [(1, 1), (1, 2)]
    index.add(doc(1), [page(1, "ny tekst")])
    index.commit()
    assert pages("side") == [] and pages("plan") == [(2, 1)]
    index.remove(2)
    index.commit()
    assert pages("plan") == []
    index.close()


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
        index.terms().with_prefix("ord", 5)
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


def test_clear_empties_both_indexes(tmp_path: Path) -> None:
    folder = tmp_path / "fulltext"
    index = FullText.open(folder)
    index.add(doc(1), [page(1, "ord")])
    index.commit()
    index.clear()
    assert index.terms().exact_count("ord") == 0
    assert index.page_searcher().num_docs == 0
    index.close()
    again = FullText.open(folder)
    assert again.doc_count() == 0 and again.page_searcher().num_docs == 0
    again.close()


def _write(index: FullText, doc_id: int, title: str, text: str) -> None:
    """One document added and committed, the writer let go: an indexing run."""
    index.add(doc(doc_id, title), [page(doc_id, text)])
    index.commit()
    index.release_writer()


def test_a_reader_sees_what_another_process_indexed(tmp_path: Path) -> None:
    # Two FullText objects on one folder stand for a window and a command line.
    folder = tmp_path / "fulltext"
    window = FullText.open(folder)
    _write(window, 1, "Handlingsplan", "gammelt ord")
    cli = FullText.open(folder)
    _write(cli, 2, "Reguleringsplan", "Bjørnstadvegen")
    # The window, which has not written since, sees the new words at once.
    terms = window.terms()
    assert "bjørnstadvegen" in terms.with_prefix("bjørn", 5)
    assert "reguleringsplan" in terms.norm_containing("regulering", 5)
    assert window.page_searcher().num_docs == 2
    _write(window, 3, "Årsmelding", "nytt")
    window.close()
    cli.close()
    again = FullText.open(folder)
    assert again.doc_count() == 3 and again.page_searcher().num_docs == 3
    again.close()


def test_a_damaged_page_index_is_damage(tmp_path: Path) -> None:
    folder = tmp_path / "fulltext"
    index = FullText.open(folder)
    _write(index, 1, "Plan", "tekst")
    index.close()
    (folder / fulltext.PAGES_FOLDER / "meta.json").unlink()
    again = FullText.open(folder)
    assert again.damage is not None and "page index" in again.damage
    again.close()


def test_an_index_of_the_previous_version_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "fulltext"
    index = FullText.open(folder)
    _write(index, 1, "Plan", "tekst")
    index.close()
    (folder / "vtviewer-schema-version").write_text("2")
    again = FullText.open(folder)
    assert again.damage is None and again.doc_count() == 0
    again.close()


def _unreferenced_segment_files(folder: Path) -> list[str]:
    """Segment files of ``folder`` that its meta.json does not list."""
    import json

    listed = {
        s["segment_id"].replace("-", "")
        for s in json.loads((folder / "meta.json").read_text())["segments"]
    }
    return sorted(
        f.name
        for f in folder.iterdir()
        if f.is_file()
        and f.suffix in {".idx", ".pos", ".term", ".store", ".fast", ".fieldnorm"}
        and f.stem not in listed
    )


def test_an_indexing_run_leaves_no_segment_that_merges_replaced(tmp_path: Path) -> None:
    """Many commits make tantivy merge segments in the background; when the writers are
    let go, the merges finish and what they replaced is deleted: the folder holds the
    segments its meta.json lists and no others (a merge cancelled by a rollback went on
    writing a segment that nothing referenced)."""
    folder = tmp_path / "fulltext"
    index = FullText.open(folder)
    words = [f"ord{n}" for n in range(3000)]
    for batch in range(10):  # ten segments: a merge is under way at the last commit
        for n in range(batch * 30, batch * 30 + 30):
            text = " ".join(words[(n * 7 + k) % 3000] for k in range(400))
            index.add(doc(n + 1, f"Plan {n}"), [page(n + 1, text, p) for p in range(1, 3)])
        index.commit()
    index.release_writer()
    assert _unreferenced_segment_files(folder) == []
    assert _unreferenced_segment_files(folder / fulltext.PAGES_FOLDER) == []
    assert index.doc_count() == 300
    index.close()
