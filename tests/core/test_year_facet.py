"""The year facet counts every year (the window's timeline draws them all), while the
other facets keep to their most frequent values."""

from __future__ import annotations

from vtviewer.core.fulltext import FullText
from vtviewer.core.index import Store
from vtviewer.core.model import Extraction, Metadata
from vtviewer.core.search import FACET_SIZE, SearchEngine


def engine_with_periods(periods: list[tuple[int, int]]) -> SearchEngine:
    store = Store.open(":memory:")
    fulltext = FullText.open(None)
    for n, (start, end) in enumerate(periods):
        with store.transaction() as writer:
            doc_id = writer.put_document(
                path=f"/a/{n}.pdf",
                size=1,
                mtime=0.0,
                hash=str(n),
                raw=Extraction(page_count=1, pages=(f"Plan nummer {n}",)),
                meta=Metadata(title=f"Plan {n}", period_from=start, period_to=end),
            )
        document = store.document(doc_id)
        assert document is not None
        fulltext.add(document, store.pages(doc_id))
    fulltext.commit()
    return SearchEngine(store, fulltext)


def test_every_year_of_a_long_archive_is_counted() -> None:
    engine = engine_with_periods([(1900, 1950), (1951, 2001), (2002, 2010), (2005, 2006)])
    years = dict(engine.search("").facets.counts["year"])
    assert len(years) == 111 > FACET_SIZE
    assert years["1900"] == years["2010"] == 1
    assert years["2005"] == years["2006"] == 2
    # Ticked years are counted without their own filter: all of them still.
    ticked = engine.search("", filters={"year": ["1920"]})
    assert len(ticked.facets.counts["year"]) == 111
    assert ticked.total == 1
