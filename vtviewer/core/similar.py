"""Documents like a given one: its most telling words (TF-IDF over the index) searched for.

Why not tantivy's more-like-this query: it reads the document's words back from stored
fields, and the text fields are not stored; and it does not say which words it chose,
which is what a person reads to judge a neighbour. So the document's own words come from
the store's page text (the first MAX_WORDS of its first MAX_PAGES pages), each normalised
as the index holds it; its MAX_TERMS words of highest tf-idf (document frequencies from
the index) become one disjunction, searched in the text and the titles without the
document itself; which of them each neighbour has is one small search per word among the
neighbours only.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Protocol

import tantivy

from vtviewer.core.analysis import normalise_many, stemmer_language, tokens
from vtviewer.core.fulltext import FullText
from vtviewer.core.model import Document, Page, SimilarDocument

#: How many neighbours are listed by default.
SIMILAR_LIMIT = 10
#: The words of a document read for its profile (a long report's first pages tell enough),
#: from at most its first MAX_PAGES pages.
MAX_WORDS = 30_000
MAX_PAGES = 80
#: The most frequent distinct words of the document weighed with the index's frequencies.
MAX_CANDIDATES = 300
#: The words searched for.
MAX_TERMS = 25
#: Shorter words ("og", "for", "som") say little about what a document is about.
MIN_WORD_LETTERS = 4
#: A word in more than this share of the documents is no sign of likeness (in an archive
#: of at least SHARE_FROM documents: in a handful, every word is in half of them).
MAX_SHARE = 0.5
SHARE_FROM = 20
TITLE_BOOST = 2.0
#: Shared words listed per neighbour.
MAX_SHARED = 8


class DocumentStore(Protocol):
    """What finding neighbours needs from the store (index.Store provides it)."""

    def document(self, doc_id: int) -> Document | None: ...

    def documents_by_ids(self, ids: Iterable[int]) -> dict[int, Document]: ...

    def pages_of(self, doc_id: int, numbers: Sequence[int]) -> list[Page]: ...


def similar_documents(
    store: DocumentStore, fulltext: FullText, doc_id: int, limit: int = SIMILAR_LIMIT
) -> tuple[SimilarDocument, ...]:
    """The ``limit`` documents most like document ``doc_id``, most alike first, each with
    the words it shares with it (as the document writes them); () when there is no such
    document or nothing tells (a scan without text, words no other document has)."""
    document = store.document(doc_id)
    if document is None or limit <= 0:
        return ()
    pages = store.pages_of(doc_id, range(1, MAX_PAGES + 1))  # those stored of them
    weights, written = _profile(document, pages, fulltext)
    if not weights:
        return ()
    schema = fulltext.schema
    searcher = fulltext.searcher()
    clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
    for term, weight in weights.items():
        for name, boost in (("text_n", 1.0), ("title_n", TITLE_BOOST)):
            query = tantivy.Query.term_query(schema, name, term)
            clauses.append((tantivy.Occur.Should, tantivy.Query.boost_query(query, weight * boost)))
    itself = tantivy.Query.term_query(schema, "doc_id", doc_id)
    clauses.append((tantivy.Occur.MustNot, itself))
    found = searcher.search(tantivy.Query.boolean_query(clauses), limit, count=False)
    addresses = [address for _, address in found.hits]
    ids = [int(v) for v in searcher.fast_field_values("doc_id", addresses) if v is not None]
    scores = [float(score) for score, _ in found.hits]
    if not ids:
        return ()
    shared = _shared(searcher, schema, ids, weights)
    documents = store.documents_by_ids(ids)
    return tuple(
        SimilarDocument(
            documents[n],
            score,
            tuple(written[t] for t in shared.get(n, ())[:MAX_SHARED]),
        )
        for n, score in zip(ids, scores, strict=False)
        if n in documents and n != doc_id
    )


def _profile(
    document: Document, pages: Sequence[Page], fulltext: FullText
) -> tuple[dict[str, float], dict[str, str]]:
    """The document's MAX_TERMS most telling normalised words with their weights
    (highest first), and each one as the document most often writes it."""
    meta = document.meta
    language = meta.language if stemmer_language(meta.language) != "norwegian" else "nb"
    words: list[str] = tokens(" ".join((meta.title, meta.summary, *meta.tags)))
    for page in sorted(pages, key=lambda p: p.number):
        if len(words) >= MAX_WORDS:
            break
        words.extend(tokens(page.text))
    words = [w for w in words[:MAX_WORDS] if len(w) >= MIN_WORD_LETTERS and w.isalpha()]
    norms = normalise_many(words, language)
    counts = Counter(norms)
    spellings: dict[str, Counter[str]] = {}
    for word, norm in zip(words, norms, strict=True):
        spellings.setdefault(norm, Counter())[word] += 1
    searcher = fulltext.searcher()
    total = int(searcher.num_docs)
    weights: dict[str, float] = {}
    for term, frequency in counts.most_common(MAX_CANDIDATES):
        df = max(int(searcher.doc_freq(name, term)) for name in ("text_n", "title_n"))
        # df counts the document itself: a word only it has finds no neighbour.
        if df < 2 or (total >= SHARE_FROM and df > MAX_SHARE * total):
            continue
        idf = math.log(1 + (total - df + 0.5) / (df + 0.5))
        weights[term] = (1 + math.log(frequency)) * idf
    best = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:MAX_TERMS]
    written = {term: spellings[term].most_common(1)[0][0] for term, _ in best}
    return dict(best), written


def _shared(
    searcher: tantivy.Searcher,
    schema: tantivy.Schema,
    ids: list[int],
    weights: dict[str, float],
) -> dict[int, list[str]]:
    """Per neighbour, the searched words it has, most telling first."""
    among = tantivy.Query.const_score_query(
        tantivy.Query.term_set_query(schema, "doc_id", ids), 0.0
    )
    shared: dict[int, list[str]] = {}
    for term in weights:  # highest weight first
        either = tantivy.Query.boolean_query(
            [
                (tantivy.Occur.Should, tantivy.Query.term_query(schema, name, term))
                for name in ("text_n", "title_n")
            ]
        )
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, among), (tantivy.Occur.Must, either)]
        )
        found = searcher.search(query, len(ids), count=False)
        addresses = [address for _, address in found.hits]
        for value in searcher.fast_field_values("doc_id", addresses):
            if value is not None:
                shared.setdefault(int(value), []).append(term)
    return shared
