"""Typo tolerance: misspelt words find their documents, ranked below exact matches."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from tests.core.test_search import build_sample, engine_for
from vtviewer.core.export import result_data
from vtviewer.core.fulltext import NORM_FIELDS, FullText
from vtviewer.core.index import Store
from vtviewer.core.model import Correction
from vtviewer.core.search import SearchEngine
from vtviewer.core.typos import (
    allowed_distance,
    candidates,
    corrected_text,
    distance,
    one_edit,
)


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


def test_one_edit_candidates_are_every_term_one_edit_away(engine: SearchEngine) -> None:
    """What the prefix lookups find is what measuring every term of the index finds."""
    fulltext = engine._fulltext
    terms = fulltext.terms()
    vocabulary: set[str] = set()
    for name in NORM_FIELDS:
        vocabulary.update(t for t, _ in terms.searcher.terms_with_prefix(name, ""))
    rnd = random.Random(11)
    words = sorted(w for w in vocabulary if len(w) >= 5 and w.isalpha())
    checked = 0
    for word in rnd.sample(words, 40):
        i = rnd.randrange(1, len(word))
        typed = rnd.choice(
            [word[:i] + word[i + 1 :], word[:i] + "x" + word[i:], word[:i] + "q" + word[i + 1 :]]
        )
        if typed in vocabulary:
            continue
        found = {c.term for c in candidates([typed], NORM_FIELDS, terms, 1)}
        expected = {
            t for t in vocabulary if t[0] == typed[0] and t != typed and distance(typed, t, 1) <= 1
        }
        assert found == expected, typed
        assert word in found
        checked += 1
    assert checked >= 30


def _reference(a: str, b: str) -> int:
    """The optimal string alignment distance by its table, cell by cell."""
    table = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[-1][-1]


def test_the_bit_vector_distance_is_the_table_distance() -> None:
    rnd = random.Random(5)
    for _ in range(3000):
        a = "".join(rnd.choice("abcø") for _ in range(rnd.randint(0, 12)))
        b = "".join(rnd.choice("abcø") for _ in range(rnd.randint(0, 12)))
        assert distance(a, b, 30) == _reference(a, b), (a, b)
