"""Search quality and behaviour on the five documents of the seed page."""

from __future__ import annotations

import html
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.pdf_factory import make_pdf
from vtviewer.core.archive import Archive
from vtviewer.core.export import result_data
from vtviewer.core.fulltext import FullText
from vtviewer.core.index import Store
from vtviewer.core.messages import english
from vtviewer.core.model import (
    Contact,
    Document,
    Extraction,
    Facets,
    Hit,
    Message,
    Metadata,
    SearchResult,
)
from vtviewer.core.saved import SavedSearch, SavedSearches
from vtviewer.core.search import SearchEngine
from vtviewer.paths import DataPaths, data_paths, sample_archive_dir

SEED = Path(__file__).resolve().parents[1] / "data" / "analyser-og-planer.txt"

IVERSEN = Contact(
    name="Bjørn Iversen",
    role="leder for Omstillingsprogrammet",
    organisation="Vestre Toten kommune",
    phone="97681861",
    email="bjoern.iversen@vestre-toten.kommune.no",
)

# The five entries of the seed page: title, file name, metadata, and the section text
# split into pages (page 1 starts with the heading, like the PDFs of the sample archive).
SECTIONS = {
    "Rapport fra Omstillingsprogrammet": (
        "rapport-omstillingsprogrammet-2017.pdf",
        Metadata(
            title="Rapport fra Omstillingsprogrammet",
            doc_type="report",
            period_from=2017,
            published="2016-06-01",
            organisation="Vestre Toten kommune",
            language="nb",
            tags=("omstilling", "næringsutvikling"),
            summary="Faglig rapport om omstillingsarbeidet i Vestre Toten.",
        ),
    ),
    "Omstillingsplan 2013 - 2015": (
        "omstillingsplan-2013-2015.pdf",
        Metadata(
            title="Omstillingsplan 2013 - 2015",
            doc_type="plan",
            period_from=2013,
            period_to=2015,
            published="2013-02-20",
            organisation="Vestre Toten kommune",
            language="nb",
            tags=("omstilling", "strategiplan"),
            contacts=(IVERSEN,),
        ),
    ),
    "Handlingsplan 2013": (
        "handlingsplan-2013.pdf",
        Metadata(
            title="Handlingsplan 2013",
            doc_type="action plan",
            period_from=2013,
            published="2013-02-20",
            organisation="Vestre Toten kommune",
            language="nb",
            tags=("omstilling",),
            contacts=(IVERSEN,),
        ),
    ),
    "Områdeanalyse fra Telemarkforskning": (
        "omradeanalyse-telemarkforskning.pdf",
        Metadata(
            title="Områdeanalyse fra Telemarkforskning",
            doc_type="analysis",
            period_from=2011,
            period_to=2012,
            published="2012-10-01",
            organisation="Telemarkforskning",
            language="nb",
            tags=("analyse", "attraktivitet"),
        ),
    ),
    "Næringsstrukturanalyse": (
        "naeringsstrukturanalyse.pdf",
        Metadata(
            title="Næringsstrukturanalyse",
            doc_type="analysis",
            period_from=2010,
            published="2010-05-01",
            organisation="SINTEF Raufoss Management",
            language="nb",
            tags=("analyse", "næringsstruktur"),
        ),
    ),
}


def seed_sections() -> dict[str, list[str]]:
    """The seed text cut at the five headings, each section as a list of paragraphs."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        if line in SECTIONS and line not in sections:
            current = sections.setdefault(line, [line])
        elif line == "Vedlegg":
            current = None
        elif line and current is not None:
            current.append(line)
    return sections


def paginate(paragraphs: list[str]) -> tuple[str, ...]:
    """Two paragraphs a page: several pages per document, so best pages mean something."""
    return tuple("\n\n".join(paragraphs[i : i + 2]) for i in range(0, len(paragraphs), 2))


def build_sample(store: Store, fulltext: FullText) -> dict[str, int]:
    ids: dict[str, int] = {}
    for title, paragraphs in seed_sections().items():
        file_name, meta = SECTIONS[title]
        pages = paginate(paragraphs)
        raw = Extraction(page_count=len(pages), pages=pages)
        with store.transaction() as writer:
            doc_id = writer.put_document(
                path=f"/archive/analyser-og-planer/{file_name}",
                size=1000,
                mtime=0.0,
                hash=file_name,
                raw=raw,
                meta=meta,
            )
        document = store.document(doc_id)
        assert document is not None
        fulltext.add(document, store.pages(doc_id))
        ids[title] = doc_id
    fulltext.commit()
    return ids


@pytest.fixture(scope="module")
def sample() -> Iterator[tuple[SearchEngine, dict[str, int]]]:
    store = Store.open(":memory:")
    fulltext = FullText.open(None)
    ids = build_sample(store, fulltext)
    yield SearchEngine(store, fulltext), ids
    fulltext.close()
    store.close()


def titles(engine: SearchEngine, query: str, **kwargs: object) -> list[str]:
    result = engine.search(query, **kwargs)  # type: ignore[arg-type]
    return [hit.document.meta.title for hit in result.hits]


def test_seed_has_five_sections() -> None:
    sections = seed_sections()
    assert set(sections) == set(SECTIONS)
    assert all(len(p) >= 2 for p in sections.values())


QUALITY = [
    # Norwegian spellings: ø = oe = o, å = aa = a, æ = ae
    ("bjørn", "Omstillingsplan 2013 - 2015"),
    ("bjorn", "Handlingsplan 2013"),
    ("bjoern", "Omstillingsplan 2013 - 2015"),
    ("BJØRN iversen", "Handlingsplan 2013"),
    ("aarets innovasjonsmiljo", "Rapport fra Omstillingsprogrammet"),
    ("naeringsstrukturanalyse", "Næringsstrukturanalyse"),
    ("ostre toten", "Handlingsplan 2013"),
    # inflections
    ("planene", "Omstillingsplan 2013 - 2015"),
    ("analysene", "Områdeanalyse fra Telemarkforskning"),
    ("analyser", "Områdeanalyse fra Telemarkforskning"),
    ("innsatsområde", "Handlingsplan 2013"),
    # compounds: a word finds the compounds that contain it
    ("strukturanalyse", "Næringsstrukturanalyse"),
    ("handling", "Handlingsplan 2013"),
    ("pyramiden", "Områdeanalyse fra Telemarkforskning"),
    ("utviklingsprosjekt*", "Handlingsplan 2013"),
    # phrases, prefixes, boolean
    ('"årets innovasjonsmiljø"', "Rapport fra Omstillingsprogrammet"),
    ('"langsiktige planer"', "Omstillingsplan 2013 - 2015"),
    ("hjørnestein*", "Områdeanalyse fra Telemarkforskning"),
    ("sintef OR telemarkforskning", "Næringsstrukturanalyse"),
    ("smb-utviklingsprosjektet", "Handlingsplan 2013"),
    ("innsatsområder -smb", "Omstillingsplan 2013 - 2015"),
    # field filters and year ranges
    ("title:handlingsplan", "Handlingsplan 2013"),
    ("org:telemarkforskning", "Områdeanalyse fra Telemarkforskning"),
    ("org:sintef analyse", "Næringsstrukturanalyse"),
    ("contact:iversen type:plan", "Omstillingsplan 2013 - 2015"),
    ("year:2014", "Omstillingsplan 2013 - 2015"),
    ("year:2016..2018", "Rapport fra Omstillingsprogrammet"),
    ("type:analyse year:2010", "Næringsstrukturanalyse"),
    ("tag:attraktivitet", "Områdeanalyse fra Telemarkforskning"),
    ("path:naeringsstrukturanalyse", "Næringsstrukturanalyse"),
    # a misspelling still finds something close through the other words
    ("hjørnesteinsfaktor bransjespesialisering", "Områdeanalyse fra Telemarkforskning"),
]


@pytest.mark.parametrize(("query", "expected"), QUALITY)
def test_quality(sample: tuple[SearchEngine, dict[str, int]], query: str, expected: str) -> None:
    engine, _ = sample
    assert expected in titles(engine, query)[:3], (query, titles(engine, query))


def test_exclusion_removes_documents(sample: tuple[SearchEngine, dict[str, int]]) -> None:
    engine, _ = sample
    assert "Handlingsplan 2013" in titles(engine, "innsatsområder")
    assert "Handlingsplan 2013" not in titles(engine, "innsatsområder -smb")
    assert "Handlingsplan 2013" not in titles(engine, "innsatsområder NOT smb")


def test_all_words_must_match_across_pages_and_metadata(
    sample: tuple[SearchEngine, dict[str, int]],
) -> None:
    engine, _ = sample
    # "Telemarkforskning" is in the title, "attraktivitetspyramiden" on a later page.
    assert titles(engine, "telemarkforskning attraktivitetspyramiden") == [
        "Områdeanalyse fra Telemarkforskning"
    ]
    assert titles(engine, "attraktivitetspyramiden sintef") == []


def test_terms_and_snippets_show_the_words_as_written(
    sample: tuple[SearchEngine, dict[str, int]],
) -> None:
    engine, ids = sample
    result = engine.search("bjorn")
    hit = next(h for h in result.hits if h.document.id == ids["Omstillingsplan 2013 - 2015"])
    assert "Bjørn" in hit.terms
    assert hit.pages, "the contact paragraph is on a page"
    page = hit.pages[0]
    assert page.page >= 1
    assert "<b>Bjørn</b>" in page.snippet.marked("<b>", "</b>")
    assert "Bjørn" in page.terms

    planer = engine.search("planer")
    terms = {t for h in planer.hits for t in h.terms}
    assert {"planer", "planene"} & {t.lower() for t in terms}


def test_snippets_are_plain_text_with_the_matches_spans(tmp_path: Path) -> None:
    engine = engine_for(
        [("Et <script> notat", "Kommunen & fylket <b>sier</b>  at\nplanen holder.")]
    )
    hit = engine.search("planen").hits[0]
    snippet = hit.pages[0].snippet
    # The page's text as it is (whitespace runs made one space); the front end escapes.
    assert snippet.text == "Kommunen & fylket <b>sier</b> at planen holder."
    assert [snippet.text[s:e] for s, e in snippet.spans] == ["planen"]
    html_text = snippet.marked("<b>", "</b>", html.escape)
    assert html_text == "Kommunen &amp; fylket &lt;b&gt;sier&lt;/b&gt; at <b>planen</b> holder."
    assert snippet.marked("*", "*") == "Kommunen & fylket <b>sier</b> at *planen* holder."


def test_facets_count_documents(sample: tuple[SearchEngine, dict[str, int]]) -> None:
    engine, _ = sample
    result = engine.search("")
    assert result.total == 5
    counts = {name: dict(values) for name, values in result.facets.counts.items()}
    assert counts["type"] == {"analysis": 2, "report": 1, "plan": 1, "action plan": 1}
    assert counts["contact"] == {"Bjørn Iversen": 2}
    assert counts["organisation"]["Vestre Toten kommune"] == 3
    assert counts["year"]["2013"] == 2
    assert counts["tag"]["omstilling"] == 3

    narrowed = engine.search("bjørn")
    assert dict(narrowed.facets.counts["type"]) == {"plan": 1, "action plan": 1}


def test_filters_or_within_and_across(sample: tuple[SearchEngine, dict[str, int]]) -> None:
    engine, _ = sample
    assert sorted(titles(engine, "", filters={"type": ["plan", "action plan"]})) == [
        "Handlingsplan 2013",
        "Omstillingsplan 2013 - 2015",
    ]
    assert titles(engine, "", filters={"type": ["plan", "action plan"], "year": ["2014"]}) == [
        "Omstillingsplan 2013 - 2015"
    ]
    assert titles(engine, "analyse", filters={"organisation": ["Telemarkforskning"]}) == [
        "Områdeanalyse fra Telemarkforskning"
    ]
    result = engine.search("", filters={"colour": ["red"]})
    assert result.total == 5 and result.messages


def test_a_filtered_facet_counts_its_other_values(
    sample: tuple[SearchEngine, dict[str, int]],
) -> None:
    """A facet's counts leave out its own filter (its values combine with OR, so each
    count says what ticking it adds) and keep the other facets' (which combine with AND)."""
    engine, _ = sample
    every = {name: dict(values) for name, values in engine.search("").facets.counts.items()}
    result = engine.search("", filters={"type": ["analysis"]})
    assert result.total == 2
    counts = {name: dict(values) for name, values in result.facets.counts.items()}
    assert counts["type"] == every["type"]
    analyses = {name: dict(values) for name, values in result.facets.counts.items()}
    assert sum(analyses["year"].values()) <= sum(every["year"].values())
    assert analyses["year"] != every["year"]

    both = engine.search("", filters={"type": ["analysis"], "year": ["2013"]})
    counts = {name: dict(values) for name, values in both.facets.counts.items()}
    year_2013 = engine.search("", filters={"year": ["2013"]})
    assert counts["type"] == dict(year_2013.facets.counts["type"])
    assert counts["year"] == analyses["year"]


def test_browse_sort_and_paging(sample: tuple[SearchEngine, dict[str, int]]) -> None:
    engine, _ = sample
    by_title = titles(engine, "", sort="title")
    assert by_title == sorted(by_title, key=str.lower)
    newest = titles(engine, "", sort="date")
    assert newest[0] == "Rapport fra Omstillingsprogrammet"
    assert newest[-1] == "Næringsstrukturanalyse"
    assert titles(engine, "", sort="date", descending=False)[0] == "Næringsstrukturanalyse"
    first = engine.search("", sort="title", limit=2)
    second = engine.search("", sort="title", limit=2, offset=2)
    assert first.total == second.total == 5
    assert [h.document.id for h in first.hits + second.hits] == [
        h.document.id for h in engine.search("", sort="title").hits[:4]
    ]
    pages = engine.search("", sort="pages").hits
    assert [h.document.page_count for h in pages] == sorted(
        (h.document.page_count for h in pages), reverse=True
    )


def test_title_ranks_above_text(sample: tuple[SearchEngine, dict[str, int]]) -> None:
    engine, _ = sample
    assert titles(engine, "handlingsplan")[0] == "Handlingsplan 2013"
    assert titles(engine, "områdeanalyse")[0] == "Områdeanalyse fra Telemarkforskning"


def test_misspelling_gets_suggestions(sample: tuple[SearchEngine, dict[str, int]]) -> None:
    engine, _ = sample
    # Searched exactly as typed (the typo is corrected otherwise: tests/core/test_typos.py).
    result = engine.search("hjørnesteinsfakor", correct=False)
    assert result.total == 0 and result.corrections == ()
    assert result.suggestions[0] == "hjørnesteinsfaktor"
    assert engine.suggest("hjornesteinsfakor")[0] == "hjørnesteinsfaktor"
    assert engine.search(result.suggestions[0]).total == 1


def engine_for(docs: list[tuple[str, str]], language: str = "nb") -> SearchEngine:
    """An engine over one-page documents given as (title, text)."""
    store = Store.open(":memory:")
    fulltext = FullText.open(None)
    for n, (title, text) in enumerate(docs):
        with store.transaction() as writer:
            doc_id = writer.put_document(
                path=f"/a/{n}.pdf",
                size=1,
                mtime=0.0,
                hash=str(n),
                raw=Extraction(page_count=1, pages=(text,)),
                meta=Metadata(title=title, language=language),
            )
        document = store.document(doc_id)
        assert document is not None
        fulltext.add(document, store.pages(doc_id))
    fulltext.commit()
    return SearchEngine(store, fulltext)


def test_exact_spelling_ranks_above_folded() -> None:
    engine = engine_for([("A", "Møte i Tromso om fisk."), ("B", "Møte i Tromsø om fisk.")])
    assert titles(engine, "Tromsø") == ["B", "A"]
    assert titles(engine, "tromso") == ["A", "B"]
    assert titles(engine, "tromsoe") != []


def test_whole_word_ranks_above_compound_and_prefix_finds_inside() -> None:
    engine = engine_for(
        [
            ("A", "Kommunen vedtok en områderegulering for sentrum."),
            ("B", "Kommunen vedtok regulering av sentrum."),
            ("C", "Reguleringsplanen for sentrum ble vedtatt."),
            ("D", "Ingen treff her."),
        ]
    )
    assert titles(engine, "regulering")[0] == "B"
    assert set(titles(engine, "regulering*")) == {"A", "B", "C"}


def test_english_documents_get_english_stemming() -> None:
    engine = engine_for([("E", "The municipalities were planning new roads.")], language="en")
    assert titles(engine, "municipality") == ["E"]
    assert titles(engine, "plans") == ["E"]
    assert titles(engine, "planned") == ["E"]


def test_json_shape(sample: tuple[SearchEngine, dict[str, int]]) -> None:
    engine, _ = sample
    data = result_data(engine.search("bjørn", limit=1))
    assert set(data) >= {"total", "took_ms", "hits", "facets", "suggestions", "messages"}
    assert data["total"] == 2 and len(data["hits"]) == 1
    hit = data["hits"][0]
    assert set(hit) >= {"path", "title", "score", "pages"}
    snippet = hit["pages"][0]["snippet"]
    assert hit["pages"][0]["page"] >= 1 and snippet["spans"]
    assert "Bjørn" in {snippet["text"][s:e] for s, e in snippet["spans"]}
    assert {"value": "Bjørn Iversen", "count": 2} in data["facets"]["contact"]


def test_odd_queries_give_messages_not_errors(sample: tuple[SearchEngine, dict[str, int]]) -> None:
    engine, _ = sample
    for query in ['"bjørn iversen', "(plan OR", "foo:bar", "year:abc", "OR OR -", "type:x"]:
        result = engine.search(query)
        assert result.messages, query


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [*'abø "()*:-.19|!', "OR", "NOT", "year:", "title:", "plan", "2013..", "å"]
        ),
        max_size=16,
    ).map("".join)
    | st.text(max_size=30)
)
def test_search_accepts_any_text(sample: tuple[SearchEngine, dict[str, int]], text: str) -> None:
    engine, _ = sample
    result = engine.search(text)
    assert result.total >= len(result.hits) >= 0


def test_limit_zero_gives_total_facets_and_suggestions_without_hits(
    sample: tuple[SearchEngine, dict[str, int]],
) -> None:
    engine, _ = sample
    result = engine.search("bjørn", limit=0)
    assert result.hits == () and result.total == 2
    assert dict(result.facets.counts["type"]) == {"plan": 1, "action plan": 1}
    browse = engine.search("", sort="title", limit=0)
    assert browse.hits == () and browse.total == 5
    misspelt = engine.search("hjørnesteinsfakor", limit=0, correct=False)
    assert misspelt.suggestions[0] == "hjørnesteinsfaktor"
    corrected = engine.search("hjørnesteinsfakor", limit=0)
    assert corrected.total == 1 and corrected.hits == () and corrected.suggestions == ()
    # Negative and absurd paging is clamped, never handed to tantivy.
    for limit, offset in ((-5, 0), (0, -3), (2, -1), (3, 10**30), (10**30, 0)):
        for sort in ("relevance", "date"):
            result = engine.search("plan", sort=sort, limit=limit, offset=offset)
            assert result.total >= 1 and len(result.hits) <= max(limit, 0)
    assert engine.search("plan", limit=10**30).hits
    assert engine.suggest("hjørnesteinsfakor", limit=0) == []
    assert engine.suggest("hjørnesteinsfakor", limit=-1) == []


def test_a_word_too_long_to_index_matches_nothing_and_says_so() -> None:
    engine = engine_for([("A", "En plan for sentrum."), ("B", "Ingen treff her.")])
    long_word = "x" * 41
    result = engine.search(long_word)
    assert result.total == 0 and result.hits == ()
    notes = [english(m) for m in result.messages]
    assert any("longer than 40 characters" in note for note in notes), notes
    assert titles(engine, "plan") == ["A"]
    assert engine.search("plan " + "x" * 300).total == 0
    assert engine.search('"plan ' + long_word + '"').total == 0
    assert engine.search("title:" + long_word).total == 0
    assert engine.search(long_word + "*").total == 0
    # Elsewhere in the query it is just a word that is in no document.
    assert titles(engine, "plan OR " + long_word) == ["A"]
    assert sorted(titles(engine, "-" + long_word)) == ["A", "B"]
    assert titles(engine, "x" * 40) == []  # the longest indexable word: no message
    assert not engine.search("x" * 40).messages


def test_prefixes_fold_norwegian_letters_and_rank_the_exact_prefix_first() -> None:
    engine = engine_for(
        [
            ("A", "Møte i Tromsø om fisk."),
            ("B", "Møte i Tromso om fisk."),
            ("C", "Møte i Tromsoe om fisk."),
            ("D", "Bjørn Iversen ringte."),
            ("E", "Bjoern Iversen ringte."),
            ("F", "Næringsutvikling i Toten."),
            ("G", "Aarsrapport og årsmelding."),
            ("H", "Kommunen vedtok en områderegulering for sentrum."),
        ]
    )
    assert titles(engine, "tromsø*")[0] == "A"
    assert set(titles(engine, "tromsø*")) == {"A", "B", "C"}
    assert set(titles(engine, "tromso*")) == {"A", "B", "C"}
    assert titles(engine, "tromso*")[-1] == "A"  # folded below the two exact prefixes
    assert set(titles(engine, "tromsoe*")) == {"A", "B", "C"}
    assert titles(engine, "bjørn*") == ["D", "E"]
    assert titles(engine, "bjoern*") == ["E", "D"]
    assert set(titles(engine, "bjorn*")) == {"D", "E"}
    assert titles(engine, "naering*") == ["F"]
    assert titles(engine, "na*") == ["F"]
    assert titles(engine, "årsrap*") == ["G"]
    assert titles(engine, "arsmeld*") == ["G"]
    assert titles(engine, "omraaderegul*") == ["H"]
    assert titles(engine, "regulering*") == ["H"]  # still inside compounds
    hit = engine.search("tromso*").hits[-1]
    assert "<b>Tromsø</b>" in hit.pages[0].snippet.marked("<b>", "</b>")


def test_nothing_searchable_browses_everything_and_says_so(
    sample: tuple[SearchEngine, dict[str, int]],
) -> None:
    engine, _ = sample
    for query in ["-", "*", "**", ":", "?", "'", "\\", '"" ""', "()", "OR"]:
        result = engine.search(query)
        assert result.total == 5, query
        assert any(m.code == "nothing-to-search" for m in result.messages), (query, result)
    assert engine.search("").messages == ()
    assert engine.search("   ").messages == ()


def test_year_ranges_written_with_a_dash(sample: tuple[SearchEngine, dict[str, int]]) -> None:
    engine, _ = sample
    expected = sorted(titles(engine, "year:2013..2015"))
    assert expected == ["Handlingsplan 2013", "Omstillingsplan 2013 - 2015"]
    for query in [
        "year:2013-2015",
        "year:2013–2015",
        "year:2013—2015",
        "year:2013 - 2015",
        "year:2013 – 2015",
        "year:2013 .. 2015",
        "year:2013-15",
        "år:2013-2015",
    ]:
        result = engine.search(query)
        assert sorted(titles(engine, query)) == expected, query
        assert not result.messages, (query, result.messages)


def test_phone_numbers_find_contacts_and_text_however_spaced() -> None:
    store = Store.open(":memory:")
    fulltext = FullText.open(None)
    docs = [
        ("A", "Om omstilling.", (Contact(name="Bjørn Iversen", phone="+47 976 81 861"),)),
        ("B", "Ring oss på 976 81 861 i dag.", ()),
        ("C", "Skriv til 97681861 i dag.", ()),
        ("D", "Året 2013 2015 og 12 976 81.", (Contact(name="Kari", phone="22 33 44 55"),)),
    ]
    for n, (title, text, contacts) in enumerate(docs):
        with store.transaction() as writer:
            doc_id = writer.put_document(
                path=f"/p/{n}.pdf",
                size=1,
                mtime=0.0,
                hash=str(n),
                raw=Extraction(page_count=1, pages=(text,)),
                meta=Metadata(title=title, language="nb", contacts=contacts),
            )
        document = store.document(doc_id)
        assert document is not None
        fulltext.add(document, store.pages(doc_id))
    fulltext.commit()
    engine = SearchEngine(store, fulltext)
    for query in [
        "97681861",
        "976 81 861",
        "+47 976 81 861",
        "+4797681861",
        "0047 97681861",
        "97 68 18 61",
        "976-81-861",
    ]:
        assert sorted(titles(engine, query)) == ["A", "B", "C"], query
    assert titles(engine, "contact:97681861") == ["A"]
    assert titles(engine, "contact:4797681861") == ["A"]
    assert titles(engine, "22334455") == ["D"]
    assert titles(engine, "ring 976 81 861") == ["B"]
    # Digit groups that are not a phone number stay separate words.
    assert titles(engine, "2013 2015") == ["D"]
    assert titles(engine, "12 976") == ["D"]
    hit = engine.search("976 81 861").hits
    snippets = {
        h.document.meta.title: h.pages[0].snippet.marked("<b>", "</b>") for h in hit if h.pages
    }
    assert "<b>976</b> <b>81</b> <b>861</b>" in snippets["B"]
    fulltext.close()
    store.close()


def test_saved_searches_roundtrip(data_dir: Path) -> None:
    saved = SavedSearches(data_dir / "saved-searches.json")
    assert saved.list() == []
    saved.save("Bjørn", "bjørn iversen")
    saved.save("analyser", "analyse* org:telemarkforskning")
    saved.save("Bjørn", "contact:iversen")
    assert saved.list() == [
        ("analyser", "analyse* org:telemarkforskning"),
        ("Bjørn", "contact:iversen"),
    ]
    assert SavedSearches(data_dir / "saved-searches.json").get("Bjørn") == "contact:iversen"
    saved.delete("analyser")
    saved.delete("missing")
    assert saved.list() == [("Bjørn", "contact:iversen")]
    assert not list(data_dir.glob("*.tmp"))
    with pytest.raises(ValueError):
        saved.save("  ", "x")


def test_saved_searches_keep_filters_and_sort(data_dir: Path) -> None:
    path = data_dir / "saved-searches.json"
    saved = SavedSearches(path)
    saved.save(
        "Planer",
        "plan",
        filters={"type": ["plan", "analysis"], "year": ["2013"]},
        sort="pages",
        descending=True,
    )
    again = SavedSearches(path)
    (entry,) = again.entries()
    assert entry == SavedSearch(
        "Planer", "plan", {"type": ("analysis", "plan"), "year": ("2013",)}, "pages", True
    )
    assert again.get("Planer") == "plan"
    assert again.list() == [("Planer", "plan")]


def test_saved_searches_written_before_filters_are_read(data_dir: Path) -> None:
    path = data_dir / "saved-searches.json"
    old = {"version": 1, "searches": [{"name": "Vann", "query": "vann"}]}
    path.write_text(json.dumps(old), encoding="utf-8")
    saved = SavedSearches(path)
    assert saved.entries() == [SavedSearch("Vann", "vann")]
    assert saved.entries()[0].filters == {}
    assert saved.entries()[0].sort == ""
    saved.save("Plan", "plan", filters={"tag": ["vei"]})
    assert [e.name for e in SavedSearches(path).entries()] == ["Plan", "Vann"]
    assert not (data_dir / "saved-searches.json.bad").exists()


def test_corrupt_saved_searches_are_kept_aside(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = data_dir / "saved-searches.json"
    path.write_text("{not json", encoding="utf-8")
    saved = SavedSearches(path)
    with caplog.at_level("WARNING"):
        assert saved.list() == []
    assert (data_dir / "saved-searches.json.bad").read_text(encoding="utf-8") == "{not json"
    assert "unreadable" in caplog.text
    saved.save("a", "b")
    assert saved.list() == [("a", "b")]


# --- the real sample archive, indexed by the real indexer ------------------------------

SAMPLE_QUALITY = [
    # Norwegian spellings: ø = oe = o, å = aa = a, æ = ae (the catalog's contact is Bjørn)
    ("bjorn", "omstillingsplan-2013-2015.pdf"),
    ("bjoern", "handlingsplan-2013.pdf"),
    ("Bjørn", "omstillingsplan-2013-2015.pdf"),
    ("naeringsstrukturanalyse", "naeringsstrukturanalyse-sintef.pdf"),
    ("omradeanalyse", "omraadeanalyse-telemarkforskning.pdf"),
    # inflections
    ("planene", "omstillingsplan-2013-2015.pdf"),
    ("analysen", "omraadeanalyse-telemarkforskning.pdf"),
    ("rapporten", "rapport-omstillingsprogrammet-2017.pdf"),
    # compounds: a word finds the compounds that contain it
    ("plan", "handlingsplan-2013.pdf"),
    ("plan", "omstillingsplan-2013-2015.pdf"),
    ("analyse", "naeringsstrukturanalyse-sintef.pdf"),
    # phrases (the sample PDFs leave out the seed's "Hele planen kan leses her")
    ('"bærekraftig struktur"', "omstillingsplan-2013-2015.pdf"),
    ('"om planen"', "omstillingsplan-2013-2015.pdf"),
    ('"langsiktige planer"', "handlingsplan-2013.pdf"),
    # field filters; the catalog gives the 2013-2015 plan and its appendix type "plan"
    ("type:plan", "omstillingsplan-2013-2015.pdf"),
    ("type:plan", "omstillingsplan-2013-2015-vedlegg-analysedel.pdf"),
    ("org:telemarkforskning", "omraadeanalyse-telemarkforskning.pdf"),
    ("contact:iversen", "handlingsplan-2013.pdf"),
    ("contact:iversen", "omstillingsplan-2013-2015.pdf"),
    ("year:2014", "omstillingsplan-2013-2015.pdf"),
    ("year:2013..2013", "handlingsplan-2013.pdf"),
    ("year:2013..2013", "omstillingsplan-2013-2015.pdf"),
    ("year:2014-2015", "omstillingsplan-2013-2015.pdf"),
    # the contact's phone number, however it is spaced
    ("976 81 861", "handlingsplan-2013.pdf"),
    ("+47 97 68 18 61", "omstillingsplan-2013-2015.pdf"),
]


@pytest.fixture(scope="module")
def sample_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    archive = Archive.open(DataPaths(tmp_path_factory.mktemp("sample-data")))
    archive.add_root(str(sample_archive_dir()))
    summary = archive.index()
    assert summary.added == 6 and summary.problems == 0, summary
    yield archive
    archive.close()


def file_names(archive: Archive, query: str) -> list[str]:
    return [Path(hit.document.path).name for hit in archive.search(query).hits]


@pytest.mark.parametrize(("query", "expected"), SAMPLE_QUALITY)
def test_sample_archive_quality(sample_archive: Archive, query: str, expected: str) -> None:
    found = file_names(sample_archive, query)
    assert expected in found[:3], (query, found)


def test_sample_archive_limit_zero_counts(sample_archive: Archive) -> None:
    result = sample_archive.search("plan", limit=0)
    assert result.hits == () and result.total >= 2
    assert result.facets.counts["type"]


def test_sample_archive_filters_are_exact(sample_archive: Archive) -> None:
    assert set(file_names(sample_archive, "year:2014")) == {
        "omstillingsplan-2013-2015.pdf",
        "omstillingsplan-2013-2015-vedlegg-analysedel.pdf",
    }
    assert "rapport-omstillingsprogrammet-2017.pdf" not in file_names(sample_archive, "type:plan")
    assert file_names(sample_archive, "org:telemarkforskning") == [
        "omraadeanalyse-telemarkforskning.pdf"
    ]


def test_sample_archive_misspelling_suggests_and_the_suggestion_finds(
    sample_archive: Archive,
) -> None:
    result = sample_archive.search("hjørnesteinsfakor", correct=False)
    assert result.total == 0
    assert result.suggestions[:1] == ("hjørnesteinsfaktor",)
    found = file_names(sample_archive, result.suggestions[0])
    assert found[:1] == ["omraadeanalyse-telemarkforskning.pdf"]


def test_unstorable_text_in_queries_and_filters_is_cleaned_not_raised(
    sample: tuple[SearchEngine, dict[str, int]],
) -> None:
    engine, _ = sample
    # A non-UTF-8 command-line argument reaches Python with lone surrogates.
    for query in ("lang:\udcff", "type:\ud800", "year:\ud800", "title:\ud800", "tag:\udcff x"):
        result = engine.search(query)
        json.dumps(result_data(result), ensure_ascii=False).encode("utf-8")
    for name in ("tag", "type", "year", "organisation", "contact"):
        result = engine.search("plan", filters={name: ["\udcff"]})
        assert result.total == 0
        json.dumps(result_data(result), ensure_ascii=False).encode("utf-8")
    unknown = engine.search("plan", filters={"\udcff": ["x"]})
    assert unknown.messages == (Message("unknown-filter", ("\ufffd",)),)
    # What is left after cleaning is searched as it is.
    assert engine.search("bjørn\x00").total == engine.search("bjørn").total == 2
    filtered = engine.search("", filters={"organisation": ["Telemark\u202eforskning\x00"]})
    assert [hit.document.meta.title for hit in filtered.hits] == [
        "Områdeanalyse fra Telemarkforskning"
    ]


def test_json_output_with_a_non_utf8_path_is_clean_but_for_the_path() -> None:
    path = os.fsdecode(b"/arkiv/Reguleringsplan_\xd8vre_\xc5s.pdf")
    # An older store may hold what is no longer let in; and no title.
    meta = Metadata(organisation="Org\u202e\ud800")
    document = Document(1, path, 1, 0.0, "x", 1, False, meta)
    data = result_data(
        SearchResult(hits=(Hit(document, 1.0, terms=("plan\udcff",)),), total=1, facets=Facets())
    )
    hit = data["hits"][0]
    # The path keeps its bytes (the CLI writes the surrogates as \\u escapes) ...
    assert os.fsencode(hit["path"]) == b"/arkiv/Reguleringsplan_\xd8vre_\xc5s.pdf"
    # ... and everything else is valid Unicode: the title read from the name too.
    del hit["path"]
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    assert hit["title"] == "Reguleringsplan_Øvre_Ås.pdf"
    assert hit["organisation"] == "Org\ufffd" and hit["terms"] == ["plan\ufffd"]


def test_a_phrase_is_highlighted_where_it_is_not_its_words_everywhere() -> None:
    engine = engine_for(
        [
            (
                "Arrows",
                "The arrows of the module. The default arrow: the original arrow and the "
                "default. Plain words, then the settings.",
            )
        ],
        language="en",
    )
    [hit] = engine.search('"the default"').hits
    snippet = hit.pages[0].snippet.marked("<b>", "</b>")
    assert snippet.count("<b>The</b> <b>default</b>") == 1
    assert snippet.count("<b>the</b> <b>default</b>") == 1
    assert "<b>the</b> settings" not in snippet and "<b>arrows</b>" not in snippet
    # A word outside the phrase is highlighted wherever it is.
    [hit] = engine.search('arrow "the default"').hits
    assert "<b>arrow</b>" in hit.pages[0].snippet.marked("<b>", "</b>")
    assert "<b>the</b> module" not in hit.pages[0].snippet.marked("<b>", "</b>")


def test_a_page_without_the_phrase_shows_its_words() -> None:
    engine = engine_for([("Notes", "The value is the same; default values differ.")], "en")
    [hit] = engine.search('"the default" OR differ').hits
    snippet = hit.pages[0].snippet.marked("<b>", "</b>")
    assert "<b>The</b>" in snippet and "<b>default</b>" in snippet


def test_sort_by_modified_is_the_files_modification_time_over_all_matches(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    # Modification times in another order than the names; paging over all of them.
    order = [f"dok-{n:02d}.pdf" for n in (7, 2, 9, 0, 5, 3, 8, 1, 6, 4)]
    for age, name in enumerate(order):
        make_pdf(folder / name, [f"Vannrapport nummer {name}"])
        stamp = 1_600_000_000 + age * 86_400
        os.utime(folder / name, (stamp, stamp))
    with Archive.open(data_paths(tmp_path / "data")) as archive:
        archive.add_root(str(folder))
        assert archive.index().added == len(order)
        for query in ("", "vannrapport"):
            newest = [
                os.path.basename(h.document.path)
                for offset in (0, 4, 8)
                for h in archive.search(query, sort="modified", limit=4, offset=offset).hits
            ]
            assert newest == order[::-1], query
            oldest = archive.search(query, sort="modified", descending=False, limit=3)
            assert [os.path.basename(h.document.path) for h in oldest.hits] == order[:3]
            assert oldest.total == len(order)


def _engine_of(metas: list[Metadata]) -> SearchEngine:
    """An engine over one-page documents, each with the word "notat" and ``metas[n]``."""
    store = Store.open(":memory:")
    fulltext = FullText.open(None)
    for n, meta in enumerate(metas):
        with store.transaction() as writer:
            doc_id = writer.put_document(
                path=f"/a/{n}.pdf",
                size=1,
                mtime=float(n),
                hash=str(n),
                raw=Extraction(page_count=1, pages=(f"Notat nummer {n}.",)),
                meta=meta,
            )
        document = store.document(doc_id)
        assert document is not None
        fulltext.add(document, store.pages(doc_id))
    fulltext.commit()
    return SearchEngine(store, fulltext)


def _paged(
    engine: SearchEngine, query: str, sort: str, descending: bool, **kw: object
) -> list[str]:
    """The titles of every match in ``sort`` order, read three at a time."""
    titles: list[str] = []
    for offset in range(0, 30, 3):
        result = engine.search(
            query, sort=sort, descending=descending, limit=3, offset=offset, **kw
        )  # type: ignore[arg-type]
        titles.extend(h.document.meta.title for h in result.hits)
    return titles


def test_type_period_and_organisation_sort_all_matches_not_one_page() -> None:
    # Norwegian alphabetical order (æ, ø, å after z), unknown values last either way.
    orgs = ["Åsen skole", "Bygg og eiendom", "", "Økonomi", "aksjeselskap", "Zeta", "Ærfugl"]
    engine = _engine_of([Metadata(title=f"org{n}", organisation=o) for n, o in enumerate(orgs)])
    expected = ["org4", "org1", "org5", "org6", "org3", "org0"]
    for query in ("", "notat"):
        assert _paged(engine, query, "organisation", False) == [*expected, "org2"]
        assert _paged(engine, query, "organisation", True) == [*expected[::-1], "org2"]

    periods = [(2010, 2014), (None, None), (2003, None), (2010, 2012), (2020, 2030)]
    engine = _engine_of(
        [
            Metadata(title=f"p{n}", period_from=start, period_to=end)
            for n, (start, end) in enumerate(periods)
        ]
    )
    # Newest first by default; a range after a shorter one that starts the same year.
    assert _paged(engine, "", "period", True) == ["p4", "p0", "p3", "p2", "p1"]
    assert _paged(engine, "notat", "period", False) == ["p2", "p3", "p0", "p4", "p1"]

    types = ["report", "plan", "minutes", "analysis", "other", "action plan"]
    engine = _engine_of([Metadata(title=t, doc_type=t) for t in types])  # type: ignore[arg-type]
    english_order = ["action plan", "analysis", "minutes", "other", "plan", "report"]
    assert _paged(engine, "", "type", False) == english_order
    # In the order of the names the caller shows (Bokmål here), not of the codes.
    bokmaal = {
        "report": "Rapport",
        "plan": "Plan",
        "action plan": "Handlingsplan",
        "analysis": "Analyse",
        "minutes": "Referat",
        "other": "Annet",
    }
    assert _paged(engine, "notat", "type", True, type_labels=bokmaal) == [
        "minutes",
        "report",
        "plan",
        "action plan",
        "other",
        "analysis",
    ]


def test_titles_sort_in_norwegian_alphabetical_order() -> None:
    names = ["Årsmelding 2020", "Zonekart", "Økonomiplan", "barnehage", "Ærlig talt", "Adresser"]
    engine = _engine_of([Metadata(title=t) for t in names])
    assert _paged(engine, "", "title", False) == [
        "Adresser",
        "barnehage",
        "Zonekart",
        "Ærlig talt",
        "Økonomiplan",
        "Årsmelding 2020",
    ]
