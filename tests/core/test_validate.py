"""Values are checked before they are stored: the store and the full-text index take them all."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vtviewer.core.export import result_data
from vtviewer.core.fulltext import FullText
from vtviewer.core.index import Store
from vtviewer.core.model import DOC_TYPES, METADATA_FIELDS, SOURCES, Contact, Extraction, Metadata
from vtviewer.core.search import SearchEngine
from vtviewer.core.text import is_clean
from vtviewer.core.validate import (
    MAX_PAGES,
    MAX_TAGS,
    PAGE_CHARS,
    SUMMARY_CHARS,
    TEXT_CHARS,
    TITLE_CHARS,
    checked_extraction,
    checked_metadata,
)

ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF)
ANY_TEXT = st.text(alphabet=ANY_CHAR, max_size=30)
#: What a sidecar's JSON can hold where a year is wanted: any integer, 5,000 digits too.
ANY_YEAR = st.none() | st.integers() | st.sampled_from([-5, 0, 999, 1000, 9999, 10**18, 10**5000])
ANY_DATE = (
    st.sampled_from(
        ["", "2016-06-01", "2016-02-30", "0999-12-31", "2016-6-1", "٢٠١٦-٠٦-٠١", "2016-06-01T10:00"]
    )
    | ANY_TEXT
)
ANY_CONTACT = st.builds(
    Contact, name=ANY_TEXT, role=ANY_TEXT, organisation=ANY_TEXT, phone=ANY_TEXT, email=ANY_TEXT
)
ANY_METADATA = st.builds(
    Metadata,
    title=ANY_TEXT,
    doc_type=st.sampled_from(DOC_TYPES) | ANY_TEXT,
    period_from=ANY_YEAR,
    period_to=ANY_YEAR,
    published=ANY_DATE,
    modified=ANY_DATE,
    organisation=ANY_TEXT,
    authors=st.lists(ANY_TEXT, max_size=4).map(tuple),
    summary=ANY_TEXT,
    language=st.sampled_from(["", "nb", "en", "NB", "nb-NO"]) | ANY_TEXT,
    tags=st.lists(ANY_TEXT, max_size=4).map(tuple),
    contacts=st.lists(ANY_CONTACT, max_size=3).map(tuple),
    sources=st.dictionaries(
        st.sampled_from(METADATA_FIELDS) | ANY_TEXT, st.sampled_from(SOURCES) | ANY_TEXT
    ),
)
ANY_EXTRACTION = st.builds(
    Extraction,
    page_count=st.integers(min_value=-(10**20), max_value=10**20),
    pages=st.lists(ANY_TEXT, max_size=4).map(tuple),
    page_labels=st.lists(ANY_TEXT, max_size=4).map(tuple),
    info=st.dictionaries(ANY_TEXT, ANY_TEXT, max_size=3),
    xmp=st.dictionaries(ANY_TEXT, ANY_TEXT, max_size=3),
    outline=st.lists(ANY_TEXT, max_size=3).map(tuple),
    first_page_heading=ANY_TEXT,
    text_engine=ANY_TEXT,
)


def strings(value: Any) -> list[str]:
    """Every string in a dataclass, tuple or mapping."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [s for v in value for s in strings(v)]
    if isinstance(value, dict):
        return [s for kv in value.items() for s in strings(kv)]
    if hasattr(value, "__dataclass_fields__"):
        return [s for name in value.__dataclass_fields__ for s in strings(getattr(value, name))]
    return []


@pytest.fixture(scope="module")
def archive() -> Iterator[tuple[Store, FullText]]:
    store = Store.open(":memory:")
    fulltext = FullText.open(None)
    yield store, fulltext
    fulltext.close()
    store.close()


@settings(max_examples=150, deadline=None)
@given(meta=ANY_METADATA, raw=ANY_EXTRACTION)
def test_checked_values_are_taken_by_the_store_and_the_full_text_index(
    archive: tuple[Store, FullText], meta: Metadata, raw: Extraction
) -> None:
    raw, _ = checked_extraction(raw)
    meta, notes = checked_metadata(meta)
    assert all(is_clean(s) for s in [*strings(meta), *strings(raw), *notes])
    for year in (meta.period_from, meta.period_to):
        assert year is None or 1000 <= year <= 9999
    if meta.period_from is not None and meta.period_to is not None:
        assert meta.period_from <= meta.period_to
    assert meta.doc_type in DOC_TYPES
    assert set(meta.sources) <= set(METADATA_FIELDS)
    assert len(raw.pages) <= raw.page_count <= MAX_PAGES

    # The same document each time: written, indexed and found again.
    store, fulltext = archive
    with store.transaction() as writer:
        doc_id = writer.put_document(
            path="/a/x.pdf", size=1, mtime=0.0, hash="x", raw=raw, meta=meta
        )
    document = store.document(doc_id)
    assert document is not None
    assert document.meta.title == meta.title and document.meta.tags == meta.tags
    fulltext.add(document, store.pages(doc_id))
    fulltext.commit()
    result = SearchEngine(store, fulltext).search("", sort="date")
    assert result.total == 1
    json.dumps(result_data(result), ensure_ascii=False).encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(ANY_METADATA, ANY_EXTRACTION)
def test_checking_twice_changes_nothing(meta: Metadata, raw: Extraction) -> None:
    meta, _ = checked_metadata(meta)
    raw, _ = checked_extraction(raw)
    assert checked_metadata(meta) == (meta, ())
    assert checked_extraction(raw) == (raw, ())


def test_good_values_pass_without_notes() -> None:
    meta = Metadata(
        title="Omstillingsplan 2013 - 2015",
        doc_type="plan",
        period_from=2013,
        period_to=2015,
        published="2013-02-20",
        modified="2016-06-01",
        organisation="Vestre Toten kommune",
        authors=("Bjørn Iversen",),
        summary="Planen for omstillingsarbeidet.",
        language="nb",
        tags=("omstilling", "næringsutvikling"),
        contacts=(Contact(name="Bjørn Iversen", phone="97681861"),),
        attachments=("/arkiv/vedlegg.pdf",),
        sources={"title": "sidecar", "period": "derived", "doc_type": "derived"},
    )
    assert checked_metadata(meta) == (meta, ())
    raw = Extraction(
        page_count=2,
        pages=("Omstillingsplan\nfor Vestre Toten", "Side to"),
        page_labels=("i", "ii"),
        info={"Title": "Omstillingsplan"},
        xmp={"dc:title": "Omstillingsplan"},
        outline=("Kapittel 1",),
        first_page_heading="Omstillingsplan",
        text_engine="pdfium",
    )
    checked, notes = checked_extraction(raw)
    assert (checked, notes) == (raw, ())
    assert all(a is b for a, b in zip(checked.pages, raw.pages, strict=True))


def test_unstorable_text_is_cleaned_with_a_note() -> None:
    meta, notes = checked_metadata(
        Metadata(title="Plan \ud800\u202e", tags=("\udcff", "ok", "\udcfe"), summary="a\x00b")
    )
    assert meta.title == "Plan \ufffd"
    assert meta.tags == ("\ufffd", "ok")  # two tags that became the same are one
    assert meta.summary == "ab"
    assert any(n.startswith("title:") for n in notes)
    assert any(n.startswith("tags:") for n in notes)
    assert any(n.startswith("summary:") for n in notes)


def test_nfd_text_is_normalised_without_a_note() -> None:
    meta, notes = checked_metadata(Metadata(title="A\u030asen"))
    assert meta.title == "\u00c5sen" and notes == ()


def test_years_out_of_range_are_dropped() -> None:
    for bad in (-5, 0, 999, 10_000, 10**18, 10**5000, True):
        meta, notes = checked_metadata(Metadata(period_from=bad, period_to=2015))  # type: ignore[arg-type]
        assert meta.period_from is None and meta.period_to == 2015
        assert len(notes) == 1 and "not a year" in notes[0]
    meta, notes = checked_metadata(Metadata(period_from=2015, period_to=2013))
    assert (meta.period_from, meta.period_to) == (2015, None)
    assert notes == ("period end 2013 is before its start 2015; dropped",)


def test_dates_must_be_real_iso_dates() -> None:
    for good in ("2016-06-01", "1000-01-01", "9999-12-31", "2016-02-29"):
        assert checked_metadata(Metadata(published=good)) == (Metadata(published=good), ())
    for bad in ("2015-02-29", "2016-13-01", "0999-12-31", "2016-6-1", "٢٠١٦-٠٦-٠١", "x" * 10**6):
        meta, notes = checked_metadata(Metadata(published=bad, modified=bad))
        assert (meta.published, meta.modified) == ("", "")
        assert len(notes) == 2 and all(len(n) < 120 for n in notes)


def test_type_language_and_sources_are_known_values() -> None:
    meta, notes = checked_metadata(
        Metadata(
            title="T",
            doc_type="memo",  # type: ignore[arg-type]
            language="nb-NO",
            published="2016-13-01",
            sources={"title": "pdf", "doc_type": "sidecar", "published": "pdf", "x": "pdf"},
        )
    )
    assert (meta.doc_type, meta.language) == ("other", "")
    # Sources of fields the checks emptied or replaced go too.
    assert dict(meta.sources) == {"title": "pdf"}
    assert len(notes) == 4
    assert checked_metadata(Metadata(language=" NB "))[0].language == "nb"


def test_long_values_and_lists_are_capped() -> None:
    meta, notes = checked_metadata(
        Metadata(
            title="t" * 1000,
            summary="s" * 60_000_000,
            tags=tuple(f"tag{i}" for i in range(200_000)),
            authors=("a" * 300,),
            contacts=tuple(Contact(name=f"n{i}") for i in range(150)),
            attachments=tuple(f"/a/{i}.pdf" for i in range(300)),
        )
    )
    assert len(meta.title) == TITLE_CHARS and meta.title.endswith("…")
    assert len(meta.summary) == SUMMARY_CHARS and meta.summary.endswith("…")
    assert len(meta.tags) == MAX_TAGS and meta.tags[0] == "tag0"
    assert meta.authors == ("a" * 199 + "…",)
    assert len(meta.contacts) == 100 and len(meta.attachments) == 200
    assert len(notes) == 6


def test_attachments_keep_their_bytes() -> None:
    path = "/arkiv/vedlegg_\udcd8vre.pdf"  # a Latin-1 name: the path must still open it
    meta, notes = checked_metadata(Metadata(attachments=(path,)))
    assert meta.attachments == (path,) and notes == ()


def test_a_page_count_of_a_billion_is_clamped_to_the_pages_and_the_maximum() -> None:
    raw, notes = checked_extraction(Extraction(page_count=10**9, pages=("one page",)))
    assert raw.page_count == MAX_PAGES and len(notes) == 1
    for count in (-1, 0):
        raw, notes = checked_extraction(Extraction(page_count=count, pages=("a", "b")))
        assert raw.page_count == 2 and len(notes) == 1


def test_page_text_is_capped_per_page_and_in_all() -> None:
    pages = ("x" * (PAGE_CHARS + 10),) * (TEXT_CHARS // PAGE_CHARS + 2)
    raw, notes = checked_extraction(Extraction(page_count=len(pages), pages=pages))
    assert [len(p) for p in raw.pages[:2]] == [PAGE_CHARS, PAGE_CHARS]
    assert sum(len(p) for p in raw.pages) == TEXT_CHARS
    assert raw.pages[-1] == "" and len(raw.pages) == len(pages)
    assert len(notes) == 2


def test_extraction_text_is_cleaned_and_capped() -> None:
    raw, notes = checked_extraction(
        Extraction(
            page_count=1,
            pages=("a\x00\ud800b",),
            page_labels=("i\x00", "ii", "iii"),  # more labels than pages
            info={"Title\x00": "x" * 100_000, "Author": "\udcff"},
            outline=tuple(f"o{i}" for i in range(10_000)),
            first_page_heading="h" * 10**6,
        )
    )
    assert raw.pages == ("a\ufffdb",)
    assert raw.page_labels == ("i",)
    assert raw.info == {"Title": "x" * (SUMMARY_CHARS - 1) + "…", "Author": "\ufffd"}
    assert len(raw.outline) == 5_000
    assert len(raw.first_page_heading) == 1_000
    assert len(notes) == 7, notes


def test_a_500_page_extraction_is_checked_in_milliseconds() -> None:
    page = "Omstillingsplan for næringsutvikling i Vestre Toten kommune, 2013 - 2015.\n" * 40
    raw = Extraction(page_count=500, pages=tuple(page + str(i) for i in range(500)))
    started = time.process_time()
    checked, notes = checked_extraction(raw)
    # About 10 ms; the bound only catches a scan gone quadratic (CPU time: a busy
    # machine does not fail it).
    assert time.process_time() - started < 2
    assert checked == raw and notes == ()
