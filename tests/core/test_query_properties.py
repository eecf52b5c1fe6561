"""Any query text, lone surrogates included, parses and searches without an exception."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import example, find, given, settings
from hypothesis import strategies as st

from tests.core.test_validate import strings
from vtviewer.core.export import result_data
from vtviewer.core.fulltext import FACET_FIELDS, FullText
from vtviewer.core.index import Store
from vtviewer.core.messages import english
from vtviewer.core.model import Contact, Extraction, Metadata
from vtviewer.core.query import FIELD_ALIASES, parse
from vtviewer.core.search import SORTS, SearchEngine
from vtviewer.core.text import is_clean
from vtviewer.core.validate import checked_extraction, checked_metadata

#: Every code point, lone surrogates (category Cs) included.
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF)
ANY_TEXT = st.text(alphabet=ANY_CHAR, max_size=8)
PIECES = st.sampled_from(
    [
        *(name + ":" for name in FIELD_ALIASES),
        *'"“”«»()*:-!|+ ',
        " OR ",
        " NOT ",
        " AND ",
        "..",
        "2013",
        "2013..2015",
        "15",
        "plan",
        "bjørn",
        "Øvre",
        "+47 976 81 861",
        "\ud800",
        "\udcff",
        "\x00",
        "\u202e",
        "\r\n",
        "x" * 41,
    ]
)
QUERIES = st.lists(PIECES | ANY_TEXT, max_size=14).map("".join) | st.text(ANY_CHAR, max_size=60)
FILTERS = st.dictionaries(
    st.sampled_from([*FACET_FIELDS, "bogus"]) | ANY_TEXT,
    st.lists(st.sampled_from(["plan", "2013", "Vestre Toten kommune", "\udcff"]) | ANY_TEXT),
    max_size=3,
)


def test_queries_really_hold_lone_surrogates() -> None:
    # The properties below are only as good as what they are given.
    surrogate = find(QUERIES, lambda q: any(0xD800 <= ord(c) <= 0xDFFF for c in q))
    assert len(surrogate) == 1
    assert find(QUERIES, lambda q: "lang:" in q) == "lang:"


@settings(max_examples=400, deadline=None)
@given(QUERIES)
def test_parse_accepts_any_text(text: str) -> None:
    parsed = parse(text)
    assert parsed.text == text
    assert all(english(message) for message in parsed.messages)


@pytest.fixture(scope="module")
def engine() -> Iterator[SearchEngine]:
    """A few documents, one of them with the hostile values a sidecar can give (checked
    as the indexer checks them)."""
    store = Store.open(":memory:")
    fulltext = FullText.open(None)
    documents = [
        (
            Metadata(
                title="Omstillingsplan 2013 - 2015",
                doc_type="plan",
                period_from=2013,
                period_to=2015,
                organisation="Vestre Toten kommune",
                language="nb",
                tags=("plan", "omstilling"),
                contacts=(Contact(name="Bjørn Iversen", phone="97681861"),),
            ),
            ("Omstillingsplan for Vestre Toten.\nKontakt Bjørn Iversen, tlf 976 81 861.",),
        ),
        (
            Metadata(
                title="Plan \ud800 for \u202eØvre Ås\x00",
                period_from=10**18,
                published="2016-02-30",
                language="\udcff",
                tags=("\udcff", "plan\x00"),
                organisation="Org\ud800",
            ),
            ("Reguleringsplan \udcd8vre \x00 Ås", "side to \ud800"),
        ),
    ]
    for n, (meta, pages) in enumerate(documents):
        raw, _ = checked_extraction(Extraction(page_count=len(pages), pages=pages))
        checked, _ = checked_metadata(meta)
        with store.transaction() as writer:
            doc_id = writer.put_document(
                path=f"/arkiv/{n}.pdf", size=1, mtime=0.0, hash=str(n), raw=raw, meta=checked
            )
        document = store.document(doc_id)
        assert document is not None
        fulltext.add(document, store.pages(doc_id))
    fulltext.commit()
    yield SearchEngine(store, fulltext)
    fulltext.close()
    store.close()


def _all_clean(value: Any) -> bool:
    return all(is_clean(s) for s in strings(value))


@settings(max_examples=300, deadline=None)
@given(query=QUERIES, filters=FILTERS, sort=st.sampled_from([*SORTS, "bogus"]))
# What 3,000 generated queries found (issue 13), and the filters that failed alike.
@example(query="lang:\udcff", filters={}, sort="relevance")
@example(query="type:\ud800 year:\udcff", filters={"tag": ["\udcff"]}, sort="date")
@example(query="", filters={"\udcff": ["\ud800"], "organisation": ["\x00"]}, sort="title")
def test_search_accepts_any_query_and_filters(
    engine: SearchEngine, query: str, filters: dict[str, list[str]], sort: str
) -> None:
    result = engine.search(query, filters=filters, sort=sort, limit=5)
    assert result.total >= len(result.hits)
    assert _all_clean(result.messages) and _all_clean(result.suggestions)
    for hit in result.hits:
        assert _all_clean(hit.terms) and _all_clean(hit.pages)
    assert _all_clean(result.facets.counts)
    json.dumps(result_data(result), ensure_ascii=False).encode("utf-8")


def test_the_hostile_document_is_found_by_its_cleaned_words(engine: SearchEngine) -> None:
    result = engine.search("øvre")
    assert [hit.document.meta.title for hit in result.hits] == ["Plan \ufffd for Øvre Ås"]
    result = engine.search("reguleringsplan")
    assert (
        result.hits[0].pages[0].snippet.marked("<b>", "</b>")
        == "<b>Reguleringsplan</b> \ufffdvre Ås"
    )
    assert engine.search("lang:\udcff").total == 0
    assert engine.search("", filters={"tag": ["plan\x00"]}).total == 2
