"""Typo tolerance: misspelt words find their documents, ranked below exact matches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.core.test_search import build_sample, engine_for
from vtviewer.core.export import result_data
from vtviewer.core.fulltext import FullText
from vtviewer.core.index import Store
from vtviewer.core.model import Correction
from vtviewer.core.search import SearchEngine
from vtviewer.core.typos import allowed_distance, corrected_text, distance, one_edit


@pytest.fixture(scope="module")
def engine() -> Iterator[SearchEngine]:
    store = Store.open(":memory:")
    fulltext = FullText.open(None)
    build_sample(store, fulltext)
    yield SearchEngine(store, fulltext)
    fulltext.close()
    store.close()


ANALYSIS = "Områdeanalyse fra Telemarkforskning"
#: (what is typed, how it is misspelt, the title that must be among the first three).
MISSPELLINGS = [
    ("omstilingsplan", "a letter missing", "Omstillingsplan 2013 - 2015"),
    ("handlingsplann", "a letter doubled", "Handlingsplan 2013"),
    ("telemarkfosrkning", "two letters swapped", "Områdeanalyse fra Telemarkforskning"),
    ("næringsstrukturanalyze", "a letter replaced", "Næringsstrukturanalyse"),
    ("attrakivitet", "a letter missing", "Områdeanalyse fra Telemarkforskning"),
    ("hjornesteinsfakor", "ø typed as o, and a letter missing", ANALYSIS),
    ("naeringsutviklng", "æ typed as ae, a letter missing", "Rapport fra Omstillingsprogrammet"),
    ("nering", "æ typed as e", "Områdeanalyse fra Telemarkforskning"),
    ("bjørn iversn", "a name with a letter missing", "Omstillingsplan 2013 - 2015"),
    ("Bjorn Ivesren", "a name, ø as o, two letters swapped", "Handlingsplan 2013"),
    ("befolknngsutviklng", "two letters missing in a long word", ANALYSIS),
    ("handlingsplan strategiplann", "one word of two misspelt", "Omstillingsplan 2013 - 2015"),
]


@pytest.mark.parametrize(("typed", "how", "title"), MISSPELLINGS)
def test_a_misspelling_finds_its_document_in_the_top_three(
    engine: SearchEngine, typed: str, how: str, title: str
) -> None:
    result = engine.search(typed)
    assert title in [hit.document.meta.title for hit in result.hits[:3]], how
    assert result.corrections, how
    assert result.suggestions == ()
    # Exactly as typed, the same words find nothing.
    assert engine.search(typed, correct=False).total == 0


def test_the_correction_names_the_word_as_the_documents_write_it(engine: SearchEngine) -> None:
    result = engine.search("nering")
    assert result.corrections == (Correction("nering", "nærings"),)
    assert corrected_text("nering", result.corrections) == "nærings"
    names = engine.search("Bjørn Iversn")
    assert names.corrections == (Correction("iversn", "iversen"),)
    assert corrected_text("Bjørn Iversn", names.corrections) == "Bjørn Iversen"
    # The corrected word is highlighted in the snippets as written.
    spans = [
        page.snippet.text[start:end]
        for hit in result.hits
        for page in hit.pages
        for start, end in page.snippet.spans
    ]
    assert spans and all(word.lower().startswith("nær") for word in spans)


def test_folded_spellings_are_no_typos(engine: SearchEngine) -> None:
    # ø typed as o, æ as ae, å as aa: distance 0 after folding, found without a notice.
    for typed in ("hjornesteinsfaktor", "naeringsstrukturanalyse", "omraadeanalyse", "bjorn"):
        result = engine.search(typed)
        assert result.total >= 1 and result.corrections == (), typed


def test_corrections_inside_field_filters(engine: SearchEngine) -> None:
    for query, field, title in (
        ("contact:iversn", "contact", "Omstillingsplan 2013 - 2015"),
        ("org:telemarkforsking", "org", "Områdeanalyse fra Telemarkforskning"),
        ("title:handligsplan", "title", "Handlingsplan 2013"),
    ):
        result = engine.search(query)
        assert title in [hit.document.meta.title for hit in result.hits], query
        assert [c.field for c in result.corrections] == [field], query
    # A field's word is corrected against that field only: Iversen is no organisation.
    assert engine.search("org:iversn").total == 0


def test_exactly_as_typed_short_and_quoted_words_are_not_corrected(engine: SearchEngine) -> None:
    assert engine.search('"nering"').corrections == ()
    assert engine.search('"nering"').total == 0
    assert engine.search("nering", correct=False).corrections == ()
    # Four letters: too short to correct ("plam" is not "plan").
    assert engine.search("plam").corrections == ()
    # The first letter must match: "mering" is not "næring".
    assert engine.search("mering").total == 0
    # Nothing near enough: "did you mean" has nothing either, and nothing is corrected.
    nothing = engine.search("xqzvwkpl")
    assert nothing.total == 0 and nothing.corrections == ()


def test_an_excluded_word_is_not_corrected(engine: SearchEngine) -> None:
    # "-nering" excludes what is written so, not "næring": nothing is taken away.
    everything = engine.search("omstilling").total
    result = engine.search("omstilling -nering")
    assert result.total == everything and result.corrections == ()


def test_nothing_found_even_with_corrections_keeps_did_you_mean(engine: SearchEngine) -> None:
    # Each word alone is corrected, but no document holds both: no results, no notice.
    result = engine.search("hjørnesteinsfakor iversn")
    assert result.total == 0 and result.corrections == ()
    assert result.suggestions


def test_exact_matches_rank_above_corrected_ones() -> None:
    engine = engine_for(
        [
            ("Næring næring", "Næring og næringer: næring, næring, næring."),
            ("Møtebok", "Et langt møte om mye annet der ordet plan står en gang."),
            ("Planer", "Plan for næring."),
        ]
    )
    result = engine.search("plan OR nering")
    assert result.corrections == (Correction("nering", "næring"),)
    assert result.total == 3
    ordered = [hit.document.meta.title for hit in result.hits]
    # The two exact matches of "plan" first, the corrected-only match after them.
    assert set(ordered[:2]) == {"Møtebok", "Planer"} and ordered[2] == "Næring næring"
    paged = [
        engine.search("plan OR nering", limit=1, offset=n).hits[0].document.meta.title
        for n in range(3)
    ]
    assert paged == ordered
    assert engine.search("plan OR nering", limit=1, offset=3).hits == ()


def test_the_json_says_which_words_were_corrected(engine: SearchEngine) -> None:
    data = result_data(engine.search("contact:iversn omstilingsplan"))
    assert data["corrections"] == [
        {"typed": "iversn", "used": "iversen", "field": "contact"},
        {"typed": "omstilingsplan", "used": "omstillingsplan", "field": None},
    ]
    assert result_data(engine.search("omstillingsplan"))["corrections"] == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("nering", "nering", 0),
        ("nering", "naering", 1),
        ("iversen", "ivesren", 1),  # a swap is one edit
        ("plan", "palnn", 2),
        ("abcdef", "ghijkl", 3),  # more than the limit: limit + 1
    ],
)
def test_damerau_levenshtein_distance(a: str, b: str, expected: int) -> None:
    assert distance(a, b, 2) == expected


def test_allowed_distance_by_length() -> None:
    assert [allowed_distance(w) for w in ("plan", "næring", "omstilling", "12345")] == [0, 1, 2, 0]
    # One edit, first letter kept: "nering" -> "naering" is there, "kering" is not.
    variants = one_edit("nering")
    assert "naering" in variants and "nring" in variants and "nreing" in variants
    assert all(v.startswith("n") for v in variants) and "nering" not in variants
