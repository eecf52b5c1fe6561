"""The pages of a hit come from the page index: the same pages and snippets as scoring
every page of the document would give, and only the pages shown are read."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from vtviewer.core import search
from vtviewer.core.analysis import normalise, tokens
from vtviewer.core.fulltext import FullText
from vtviewer.core.index import Store
from vtviewer.core.model import Extraction, Metadata, Page
from vtviewer.core.search import SearchEngine

SEED = Path(__file__).resolve().parents[1] / "data" / "analyser-og-planer.txt"
QUERIES = [
    "iversen",
    "plan",
    "planene",
    "omstilling*",
    "handling",
    "bjoern",
    "aarets innovasjonsmiljo",
    '"langsiktige planer"',
    "sintef OR telemarkforskning",
    "næringsliv -sintef",
    "vestre toten analyse",
    "title:plan kommunen",
]


class CountingStore(Store):
    """A store that records which page reads search asks for."""

    page_reads: list[int]
    whole_reads: int

    def pages(self, doc_id: int) -> list[Page]:
        self.whole_reads += 1
        return super().pages(doc_id)

    def pages_of(self, doc_id: int, numbers: Sequence[int]) -> list[Page]:
        self.page_reads.append(len(numbers))
        return super().pages_of(doc_id, numbers)


def _archive() -> tuple[SearchEngine, CountingStore, dict[int, list[str]]]:
    """Eight documents of 5 to 60 pages, each page a few shuffled sentences of the seed
    page (with a name added to some), so that pages differ in what and how much they
    hold of each word."""
    sentences = [s.strip() for s in SEED.read_text(encoding="utf-8").split(".") if s.strip()]
    rng = random.Random(7)
    store = CountingStore.open(":memory:")
    store.page_reads, store.whole_reads = [], 0
    fulltext = FullText.open(None)
    texts: dict[int, list[str]] = {}
    for n, length in enumerate((5, 12, 60, 30, 8, 45, 20, 3)):
        pages = []
        for _ in range(length):
            page = ". ".join(rng.sample(sentences, rng.randint(1, 6)))
            if rng.random() < 0.2:
                page += ". Kontakt Bjørn Iversen" + " Iversen" * rng.randint(0, 3)
            pages.append(page)
        with store.transaction() as writer:
            doc_id = writer.put_document(
                path=f"/a/{n}.pdf",
                size=1,
                mtime=0.0,
                hash=str(n),
                raw=Extraction(page_count=length, pages=tuple(pages)),
                meta=Metadata(title=f"Plan {n}", language="nb"),
            )
        document = store.document(doc_id)
        assert document is not None
        fulltext.add(document, store.pages(doc_id))
        texts[doc_id] = pages
    fulltext.commit()
    store.page_reads, store.whole_reads = [], 0
    return SearchEngine(store, fulltext), store, texts


def _shown(engine: SearchEngine, query: str) -> list[tuple[int, list[tuple[int, str]]]]:
    result = engine.search(query)
    return [
        (hit.document.id, [(p.page, p.snippet) for p in hit.pages])
        for hit in result.hits[: search.SNIPPET_HITS]
    ]


@pytest.mark.parametrize("query", QUERIES)
def test_pages_and_snippets_are_those_of_a_scan_of_every_page(
    query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, _store, _texts = _archive()
    shown = _shown(engine, query)
    assert any(pages for _, pages in shown), "the query finds pages"
    # Every page of each hit scored and ordered by (score, page number): the reference.
    monkeypatch.setattr(search, "PAGE_CANDIDATES", 10_000)
    assert _shown(engine, query) == shown


@pytest.mark.parametrize("query", QUERIES)
def test_a_hit_asked_again_on_its_own_gets_the_same_pages(
    query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages of all hits come from one search of the page index; a hit with too few
    of its pages among the best is searched again alone: that gives the same pages."""
    engine, _store, _texts = _archive()
    shown = _shown(engine, query)
    monkeypatch.setattr(search, "COMBINED_PAGES", 2)
    assert _shown(engine, query) == shown


def test_the_pages_shown_are_the_pages_that_hold_the_word() -> None:
    engine, _store, texts = _archive()
    result = engine.search("iversen")
    assert result.hits
    for hit in result.hits:
        holding = [
            number
            for number, text in enumerate(texts[hit.document.id], start=1)
            if normalise("iversen") in {normalise(w) for w in tokens(text)}
        ]
        numbers = [p.page for p in hit.pages]
        assert set(numbers) <= set(holding)
        assert len(numbers) == min(search.MAX_PAGES_PER_HIT, len(holding))
        for page in hit.pages:
            assert "<b>iversen</b>" in page.snippet.marked("<b>", "</b>").lower()
            assert set(page.terms) <= {"Iversen", "iversen"}


def test_search_reads_only_the_pages_it_shows() -> None:
    engine, store, _texts = _archive()
    for query in QUERIES:
        engine.search(query)
    assert store.whole_reads == 0
    assert store.page_reads and max(store.page_reads) <= search.MAX_PAGES_PER_HIT
