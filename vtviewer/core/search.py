"""Parsed query -> ranked document hits with best pages, snippets, facet counts and suggestions."""

from __future__ import annotations

import bisect
import difflib
import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, cast

import tantivy

from vtviewer.core.analysis import (
    MAX_TOKEN_CHARS,
    distinct_words,
    fold,
    normalise,
    normalise_many,
    query_forms,
    stemmer_language,
    tokens,
    word_spans,
)
from vtviewer.core.attachments import with_attachments
from vtviewer.core.doctypes import LABELS
from vtviewer.core.fulltext import (
    FACET_FIELDS,
    NO_POSITIONS,
    SCOPED_FIELDS,
    FullText,
    Terms,
    facet_values,
)
from vtviewer.core.model import (
    SORTS,
    Correction,
    Document,
    Facets,
    Hit,
    Message,
    Page,
    PageHit,
    SearchResult,
    Snippet,
)
from vtviewer.core.query import (
    And,
    Node,
    Not,
    Phrase,
    TooLong,
    Value,
    Word,
    YearRange,
    parse,
)
from vtviewer.core.text import clean_text, collation_key
from vtviewer.core.typos import allowed_distance
from vtviewer.core.typos import candidates as typo_candidates

log = logging.getLogger(__name__)

#: Engine work a search runs beside its own thread: facet counts and the best pages.
_ENGINE_THREADS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="vtviewer-engine")

#: The sorts the full-text index holds none of: all the matches' ids are ordered by what
#: the store holds (see ``_by_store``). Documents without a value come last.
STORE_SORTS = ("modified", "type", "period", "organisation")
#: Field weights: title above contacts/organisation/tags ("meta"), above summary, above text.
GROUP_WEIGHTS = (("title", 4.0), ("meta", 2.5), ("summary", 1.6), ("text", 1.0))
#: The exact spelling ranks above the folded/stemmed one, which ranks above compounds.
EXACT_BOOST = 2.0
NORM_BOOST = 1.0
COMPOUND_BOOST = 0.35
#: A word corrected for a typo (its hits rank below exact ones in any case, see
#: SearchEngine._exact_first; this weighs it within a query of several words).
CORRECTED_BOOST = 0.5
#: Words shorter than this (folded) are not looked for inside compounds ("og", "i").
MIN_COMPOUND_PART = 4
MAX_COMPOUNDS = 16
MAX_PREFIX_TERMS = 48
#: Other spellings of a prefix (tromso* -> tromsø..., bjørn* -> bjoern...), beside those.
MAX_FOLDED_PREFIX_TERMS = 24
#: Paging bound: tantivy panics on a limit of 0 (a BaseException that ``except
#: Exception`` misses) and allocates memory for offset + limit hits up front, so the
#: limit is kept in 1..MAX_LIMIT and the offset at most the number of documents.
MAX_LIMIT = 10_000
#: Only the first hits get their pages and snippets (what a results view shows at once).
SNIPPET_HITS = 20
MAX_PAGES_PER_HIT = 3
#: Pages asked of the page index per hit: pages of equal score are then ordered by number,
#: as a scan of every page would order them.
PAGE_CANDIDATES = 8
#: The pages of all the hits shown are asked of the page index in one search (one query
#: weight instead of one per hit) for up to this many best pages; a hit with fewer than
#: PAGE_CANDIDATES of them there, when more pages matched, is asked again on its own.
COMBINED_PAGES = 1_000
#: A phrase's words alone, on a page without the phrase, count for little.
PHRASE_WORD_BOOST = 0.1
#: "Did you mean" looks at the words under these first letters of a misspelt word.
NEAR_PREFIX = 2
SNIPPET_CHARS = 220
FACET_SIZE = 50
#: The year facet lists every year, up to this many: the window draws them all on its
#: timeline, and a document's period covers at most 51.
YEAR_FACET_SIZE = 2000


class DocumentSource(Protocol):
    """What search needs from the document store (index.Store provides it)."""

    def documents_by_ids(self, ids: Iterable[int]) -> dict[int, Document]: ...

    def pages_of(self, doc_id: int, numbers: Sequence[int]) -> list[Page]: ...

    def sort_values(self, ids: Iterable[int], column: str) -> dict[int, tuple[object, ...]]: ...

    def places(self, hashes: Iterable[str]) -> dict[str, list[str]]: ...

    def documents_by_paths(self, paths: Sequence[str]) -> dict[str, Document]: ...

    def paths_starting(self, prefixes: Sequence[str]) -> dict[str, list[str]]: ...


@dataclass
class _Compiled:
    """What compiling a query tree collected besides the tantivy query."""

    #: Lowercased words as they appear in text, and normalised terms, that the query
    #: matches: a word of a page is highlighted when it is one, or its normalised form is.
    exact: set[str] = field(default_factory=set)
    norms: set[str] = field(default_factory=set)
    #: The same for the query's words outside phrases: a phrase's words alone ("the") are
    #: highlighted only where the phrase is, on a text that holds it.
    loose_exact: set[str] = field(default_factory=set)
    loose_norms: set[str] = field(default_factory=set)
    #: The phrases' words, lowercased as typed.
    phrases: list[tuple[str, ...]] = field(default_factory=list)
    #: The page index's clauses (text only, any of them): which pages of a hit to show.
    page_clauses: list[tantivy.Query] = field(default_factory=list)
    #: Words that are in no form in the index: candidates for "did you mean".
    unmatched: list[str] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    #: Whether words that match nothing are corrected for typos (see core/typos.py), and
    #: those that were: (word typed, normalised term used instead, field filter or None).
    correct: bool = True
    corrections: list[tuple[str, str, str | None]] = field(default_factory=list)

    #: Per language, each phrase's forms, position by position (see ``_phrase_spans``).
    _phrase_forms: dict[str, list[list[frozenset[str]]]] = field(default_factory=dict)

    def spans_of(
        self, texts: Sequence[str], language: str
    ) -> list[tuple[list[tuple[int, int]], list[str]]]:
        """``spans`` of each of ``texts`` (all in ``language``), found in one pass.

        The texts are joined and lowercased at once; their distinct words are listed in
        C (analysis.distinct_words) and judged with set operations and one mapped lookup
        of their normalised forms, and only the words that match are then looked for,
        with str.find. What a page costs is a share of one pass in C, not a Python loop
        over its words."""
        results: list[tuple[list[tuple[int, int]], list[str]]] = [([], []) for _ in texts]
        lows: list[str] | None
        joined = "\n".join(texts)
        low = joined.lower()
        if len(low) == len(joined):
            # Lowercasing never shortens a text: each kept its length, and its place.
            lows = None
            sizes = [len(text) for text in texts]
            where = list(range(len(texts)))
        else:
            # Lowercasing changed a length ("İ"): those texts' offsets from their words.
            lows, where = [], []
            for n, text in enumerate(texts):
                lowered = text.lower()
                if len(lowered) != len(text):
                    results[n] = self._spans_by_words(text, language)
                else:
                    lows.append(lowered)
                    where.append(n)
            low = "\n".join(lows)
            sizes = [len(lowered) for lowered in lows]
        matched = self._matching(low, language)
        if not matched:
            return results
        starts: list[int] = []
        offset = 0
        for size in sizes:
            starts.append(offset)
            offset += size + 1
        found: list[list[tuple[int, int]]] = [[] for _ in sizes]
        size_all = len(low)
        for word in matched:
            size = len(word)
            start = low.find(word)
            while start >= 0:
                end = start + size
                # A whole word: no word character (letter or digit, as WORD_RE) next to it.
                if (start == 0 or not low[start - 1].isalnum()) and (
                    end >= size_all or not low[end].isalnum()
                ):
                    k = bisect.bisect_right(starts, start) - 1
                    found[k].append((start - starts[k], end - starts[k]))
                start = low.find(word, end)
        for k, spans in enumerate(found):
            if spans:
                spans.sort()
                if self.phrases:
                    own = low[starts[k] : starts[k] + sizes[k]] if lows is None else lows[k]
                    spans = self._phrase_spans(own, spans, language)
                text = texts[where[k]]
                written = dict.fromkeys(text[s:e] for s, e in spans)
                results[where[k]] = (spans, list(written))
        return results

    def _matching(self, low: str, language: str) -> list[str]:
        """The distinct words of the lowercased ``low`` that this query matches: those it
        has as they are, and those whose normalised form it has (looked up all at once)."""
        words = distinct_words(low)
        exact = words.intersection(self.exact)
        listed = list(words.difference(exact))
        wanted = self.norms
        matched = [
            word
            for word, norm in zip(listed, normalise_many(listed, language), strict=True)
            if norm in wanted
        ]
        return [word for word in (*exact, *matched) if len(word) <= MAX_TOKEN_CHARS]

    def _phrase_spans(
        self, low: str, spans: list[tuple[int, int]], language: str
    ) -> list[tuple[int, int]]:
        """Of ``spans`` (sorted) in the lowercased ``low``: those of the query's words
        outside phrases, and the runs of words that make one of its phrases (words next
        to each other, nothing but spaces and punctuation between). A text that holds
        none of the phrases keeps every span: its phrase words are what it has."""
        forms = self._phrase_forms.get(language)
        if forms is None:
            forms = [
                [frozenset({w, normalise(w, language), normalise(w, "nb")}) for w in phrase]
                for phrase in self.phrases
            ]
            self._phrase_forms[language] = forms
        words = [low[s:e] for s, e in spans]
        norms = normalise_many(words, language)
        keep = [
            w in self.loose_exact or n in self.loose_norms
            for w, n in zip(words, norms, strict=True)
        ]
        found = False
        for phrase in forms:
            size = len(phrase)
            first = phrase[0]
            for i in range(len(spans) - size + 1):
                # Most spans start no phrase: their word is not its first.
                if words[i] not in first and norms[i] not in first:
                    continue
                if not all(
                    (words[i + j] in phrase[j] or norms[i + j] in phrase[j])
                    and not _has_word_char(low, spans[i + j - 1][1], spans[i + j][0])
                    for j in range(1, size)
                ):
                    continue
                found = True
                for j in range(size):
                    keep[i + j] = True
        if not found:
            return spans
        return [span for span, kept in zip(spans, keep, strict=True) if kept]

    def _spans_by_words(self, text: str, language: str) -> tuple[list[tuple[int, int]], list[str]]:
        found = word_spans(text)
        norms = normalise_many([word for _, _, word in found], language)
        spans = [
            (s, e)
            for (s, e, word), norm in zip(found, norms, strict=True)
            if word in self.exact or norm in self.norms
        ]
        return spans, list(dict.fromkeys(text[s:e] for s, e in spans))


def _has_word_char(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a letter or digit (a word between two others)."""
    return any(char.isalnum() for char in text[start:end])


def _combine(text_query: tantivy.Query | None, filter_query: tantivy.Query | None) -> tantivy.Query:
    """The text query narrowed by the filters (which do not change the scores)."""
    parts: list[tuple[tantivy.Occur, tantivy.Query]] = []
    if text_query is not None:
        parts.append((tantivy.Occur.Must, text_query))
    if filter_query is not None:
        parts.append((tantivy.Occur.Must, tantivy.Query.const_score_query(filter_query, 0.0)))
    if not parts:
        return tantivy.Query.all_query()
    if len(parts) == 1 and text_query is not None:
        return text_query
    return tantivy.Query.boolean_query(parts)


@dataclass(frozen=True)
class _StoreKey:
    """How one store sort reads: the store column(s), the sort key of their values (None:
    no value, sorted last) and the direction when the caller gives none."""

    column: str
    of: Callable[[tuple[object, ...]], Any]
    descending: bool


def _text_key(values: tuple[object, ...]) -> str | None:
    return collation_key(str(values[0])) if values[0] else None


def _period_key(values: tuple[object, ...]) -> tuple[int, int] | None:
    start, end = values
    if not isinstance(start, int):
        return None
    return (start, end if isinstance(end, int) else start)


def _store_sort_key(sort: str, type_labels: Mapping[str, str]) -> _StoreKey:
    if sort == "modified":
        return _StoreKey("mtime", lambda v: float(cast(float, v[0])), True)
    if sort == "type":
        labels = {code: collation_key(label) for code, label in type_labels.items()}
        return _StoreKey(
            "doc_type", lambda v: labels.get(str(v[0])) or collation_key(str(v[0])), False
        )
    if sort == "period":
        return _StoreKey("period", _period_key, True)
    return _StoreKey("organisation", _text_key, False)


class SearchEngine:
    """Searches the full-text index; documents and page text come from the store."""

    def __init__(self, store: DocumentSource, fulltext: FullText) -> None:
        self._store = store
        self._fulltext = fulltext
        self._schema = fulltext.schema
        self._page_schema = fulltext.page_schema

    # --- public API -----------------------------------------------------------------------

    def search(
        self,
        query: str,
        filters: Mapping[str, Sequence[str]] | None = None,
        sort: str = "relevance",
        limit: int = 50,
        offset: int = 0,
        descending: bool | None = None,
        type_labels: Mapping[str, str] | None = None,
        correct: bool = True,
    ) -> SearchResult:
        """Search; never raises for odd query text (problems become ``messages``).

        ``type_labels`` names the document types as the caller shows them, for
        sort="type" (default: the English labels), so that the order is the one read.

        ``correct``: a word that matches nothing is searched as the index's word nearest
        to it (core/typos.py), and the result says so in ``corrections``; the documents
        found only so rank below every exact match. False searches what was typed.

        The query and the filter values are cleaned first (text.clean_text): a lone
        surrogate (a non-UTF-8 command-line argument) is no term tantivy takes."""
        started = time.perf_counter()
        query = clean_text(query)
        filters = {
            clean_text(str(name)): [clean_text(str(value)) for value in values]
            for name, values in (filters or {}).items()
        }
        parsed = parse(query)
        messages = list(parsed.messages)
        terms = self._fulltext.terms()
        searcher = terms.searcher
        compiled = _Compiled(correct=correct)
        text_query = self._compile(parsed.root, terms, compiled)
        messages.extend(compiled.messages)
        filter_query = self._filters(filters, messages)
        final = _combine(text_query, filter_query)
        # The query as typed, without the corrections: its matches rank first.
        exact_query: tantivy.Query | None = None
        if compiled.corrections and sort == "relevance":
            exact_text = self._compile(parsed.root, terms, _Compiled(correct=False))
            if exact_text is not None:
                exact_query = _combine(exact_text, filter_query)

        if sort not in SORTS:
            messages.append(Message("unknown-sort", (sort,)))
            sort = "relevance"
        if sort == "relevance" and text_query is None:
            sort = "title"  # browsing: nothing to rank by
        limit = max(0, min(int(limit), MAX_LIMIT))
        # Past the last document there is nothing to skip to.
        offset = max(0, min(int(offset), int(searcher.num_docs)))
        # limit=0 asks for the total and the facets only; tantivy needs a limit >= 1.
        # The engine counts the facets, and later finds the best pages of the first hits,
        # in threads of its own (tantivy lets go of the GIL): while this thread reads the
        # documents and marks the pages' words.
        facets_counted = _ENGINE_THREADS.submit(self._facets, searcher, final, text_query, filters)
        if sort in STORE_SORTS:
            key = _store_sort_key(sort, type_labels or LABELS)
            total, ids = self._by_store(searcher, final, key, limit, offset, descending)
            top: list[tuple[float, Any]] = [(0.0, None)] * len(ids)
        else:
            if exact_query is not None:
                total, top = self._exact_first(searcher, final, exact_query, limit, offset)
            else:
                scored = self._top(searcher, final, sort, max(limit, 1), offset, descending)
                count = getattr(scored, "count", None)  # missing from tantivy's stubs
                total = count if count is not None else len(scored.hits)
                top = scored.hits[:limit]
            addresses = [address for _, address in top]
            ids = [int(v) for v in searcher.fast_field_values("doc_id", addresses) if v is not None]
        scores = [float(s) if sort == "relevance" else 0.0 for s, _ in top]
        marked = bool(compiled.exact or compiled.norms)
        pages_found = (
            _ENGINE_THREADS.submit(self._best_pages, ids[:SNIPPET_HITS], compiled)
            if marked and ids
            else None
        )
        documents = self._store.documents_by_ids(ids)
        found = [
            (documents[doc_id], score)
            for doc_id, score in zip(ids, scores, strict=False)
            # Indexed but gone from the store: the indexer will catch up.
            if doc_id in documents
        ]
        shown = found[:SNIPPET_HITS] if marked else []
        best = pages_found.result() if pages_found is not None else {}
        hits = [
            *self._with_pages(shown, compiled, best),
            *(Hit(d, s) for d, s in found[len(shown) :]),
        ]
        hits = self._placed(hits)
        facets = facets_counted.result()
        corrections: tuple[Correction, ...] = ()
        if compiled.corrections and total:
            corrections = _corrections(compiled.corrections, hits)
        else:
            # Nothing found even with the corrections: "did you mean" for every word.
            compiled.unmatched.extend(typed for typed, _, _ in compiled.corrections)
        suggestions = self._suggestions(query, compiled, terms) if compiled.unmatched else ()
        took = (time.perf_counter() - started) * 1000.0
        return SearchResult(
            hits=tuple(hits),
            total=int(total),
            facets=facets,
            suggestions=suggestions,
            messages=tuple(dict.fromkeys(messages)),
            took_ms=took,
            corrections=corrections,
        )

    def _placed(self, hits: list[Hit]) -> list[Hit]:
        """The hits with the other places of their content and with their attachments.
        An attachment that is a hit itself stays one (the paging counts it); a list shows
        it under its main document (see core.attachments.grouped)."""
        places = self._store.places(hit.document.hash for hit in hits)
        located = []
        for hit in hits:
            others = tuple(p for p in places.get(hit.document.hash, ()) if p != hit.document.path)
            located.append(replace(hit, locations=others) if others else hit)
        return with_attachments(located, self._store)

    def _exact_first(
        self,
        searcher: tantivy.Searcher,
        query: tantivy.Query,
        exact: tantivy.Query,
        limit: int,
        offset: int,
    ) -> tuple[int, list[tuple[float, Any]]]:
        """The total of ``query`` and ``limit`` of its hits from ``offset``, those of
        ``exact`` (the query without its corrections) first, each part by relevance."""
        exact_hits = searcher.search(exact, max(limit, 1), count=True, offset=offset)
        exact_total = int(getattr(exact_hits, "count", None) or 0)
        top: list[tuple[float, Any]] = list(exact_hits.hits[:limit])
        rest = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, query), (tantivy.Occur.MustNot, exact)]
        )
        more = searcher.search(
            rest, max(limit - len(top), 1), count=True, offset=max(0, offset - exact_total)
        )
        if len(top) < limit:
            top.extend(more.hits[: limit - len(top)])
        return exact_total + int(getattr(more, "count", None) or 0), top

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Index words spelled like ``word`` (for "did you mean"), best first."""
        words = [w for w in word.lower().split() if w]
        if len(words) != 1 or limit <= 0:
            return []
        return _close_words(words[0], self._fulltext.terms(), limit)

    # --- compiling the query --------------------------------------------------------------

    def _term(
        self, name: str, value: str, boost: float, schema: tantivy.Schema | None = None
    ) -> tantivy.Query:
        query = tantivy.Query.term_query(schema or self._schema, name, value)
        return tantivy.Query.boost_query(query, boost) if boost != 1.0 else query

    def _compile(self, node: Node | None, vocab: Terms, out: _Compiled) -> tantivy.Query | None:
        if node is None:
            return None
        if isinstance(node, Word):
            return self._word(node, vocab, out)
        if isinstance(node, Phrase):
            return self._phrase(node, out)
        if isinstance(node, Value):
            return self._term(node.field if node.field == "lang" else "f_type", node.value, 1.0)
        if isinstance(node, TooLong):
            return tantivy.Query.empty_query()  # the index holds no such word
        if isinstance(node, YearRange):
            years = [str(y) for y in range(node.start, node.end + 1)]
            return tantivy.Query.term_set_query(self._schema, "f_year", years)
        if isinstance(node, Not):
            # An excluded word is excluded as typed: never corrected.
            inner = self._compile(node.child, vocab, _Compiled(correct=False))
            if inner is None:
                return None
            return tantivy.Query.boolean_query(
                [
                    (tantivy.Occur.Must, tantivy.Query.all_query()),
                    (tantivy.Occur.MustNot, inner),
                ]
            )
        if isinstance(node, And):
            must: list[tuple[tantivy.Occur, tantivy.Query]] = []
            for child in node.children:
                if isinstance(child, Not):
                    inner = self._compile(child.child, vocab, _Compiled(correct=False))
                    if inner is not None:
                        must.append((tantivy.Occur.MustNot, inner))
                    continue
                compiled = self._compile(child, vocab, out)
                if compiled is not None:
                    must.append((tantivy.Occur.Must, compiled))
            if not any(occur == tantivy.Occur.Must for occur, _ in must):
                if not must:
                    return None
                must.append((tantivy.Occur.Must, tantivy.Query.all_query()))
            return tantivy.Query.boolean_query(must)
        # Or
        should = [
            (tantivy.Occur.Should, q)
            for q in (self._compile(child, vocab, out) for child in node.children)
            if q is not None
        ]
        return tantivy.Query.boolean_query(should) if should else None

    def _word(self, word: Word, terms: Terms, out: _Compiled) -> tantivy.Query:
        text = word.text
        clauses: list[tantivy.Query] = []
        forms = query_forms(text)
        folded_part = normalise(text, "nb") if not word.prefix else fold(text)
        exact_words = terms.with_prefix(text, MAX_PREFIX_TERMS) if word.prefix else [text]
        # A prefix's other spellings (tromso* -> tromsø, tromsoe): the normalised terms
        # (folded) under the folded prefix, ranked between exact prefixes and compounds.
        folded_norms = (
            terms.norm_with_prefix(folded_part, MAX_FOLDED_PREFIX_TERMS) if word.prefix else []
        )
        compounds: list[str] = []
        if word.prefix and len(folded_part) >= MIN_COMPOUND_PART - 1:
            # Normalised terms beginning or ending with the folded prefix: compounds
            # (regulering* -> områderegulering). Not for one or two letters ("a*"): they
            # mean "words starting with", not parts of compounds.
            compounds = [
                c
                for c in terms.norm_containing(folded_part, MAX_COMPOUNDS + len(folded_norms))
                if c not in folded_norms
            ][:MAX_COMPOUNDS]
        elif not word.prefix and len(folded_part) >= MIN_COMPOUND_PART:
            compounds = [
                c
                for c in terms.norm_containing(folded_part, MAX_COMPOUNDS + len(forms))
                if c not in forms
            ][:MAX_COMPOUNDS]
        norm_terms = [
            *((f, NORM_BOOST) for f in (folded_norms if word.prefix else forms)),
            *((c, COMPOUND_BOOST) for c in compounds),
        ]
        # Which prefix listed a term: a field whose listing of that prefix was complete
        # and lacks the term is not asked for it (a prefix's 48 words x 4 fields would
        # otherwise be 192 term lookups per segment, mostly of nothing).
        exact_prefix = text if word.prefix else ""
        norm_prefix = {
            term: (folded_part if term.startswith(folded_part) else "") for term, _ in norm_terms
        }

        def holds(name: str, prefix: str, term: str) -> bool:
            return not prefix or terms.may_hold(name, prefix, term)

        if word.field is None:
            groups = [(g + "_x", g + "_n", w) for g, w in GROUP_WEIGHTS]
        else:
            scoped = SCOPED_FIELDS[word.field]
            exact_field = scoped[0] if scoped[0].endswith("_x") else ""
            groups = [(exact_field, scoped[-1], 1.0)]
        for exact_field, norm_field, weight in groups:
            if exact_field:
                for exact in exact_words:
                    if holds(exact_field, exact_prefix, exact):
                        clauses.append(self._term(exact_field, exact, weight * EXACT_BOOST))
            for norm, boost in norm_terms:
                if holds(norm_field, norm_prefix[norm], norm):
                    clauses.append(self._term(norm_field, norm, weight * boost))
        if word.field is None:
            # The pages: the same terms in the page index's text (weights of the text; a
            # page holds only words its document's text holds).
            page = self._page_schema
            out.page_clauses.extend(
                self._term("text_x", w, EXACT_BOOST, page)
                for w in exact_words
                if holds("text_x", exact_prefix, w)
            )
            out.page_clauses.extend(
                self._term("text_n", n, b, page)
                for n, b in norm_terms
                if holds("text_n", norm_prefix[n], n)
            )
        # What to highlight: the words themselves and every spelling of what matched.
        out.exact.update(exact_words)
        out.norms.update(n for n, _ in norm_terms)
        out.loose_exact.update(exact_words)
        out.loose_norms.update(n for n, _ in norm_terms)
        if word.field is None:
            known = (
                any(terms.exact_count(w) for w in exact_words)
                or any(terms.norm_count(f) for f in forms)
                or bool(compounds)
            )
        else:
            searcher = terms.searcher
            known = any(
                searcher.doc_freq(name, term)
                for exact_field, norm_field, _ in groups
                for name, term in (
                    *((exact_field, w) for w in exact_words if exact_field),
                    *((norm_field, n) for n, _ in norm_terms),
                )
            )
        if not known and not word.prefix:
            corrected = self._corrected(word, groups, terms, out) if out.correct else None
            if corrected is not None:
                clauses.extend(corrected)
            elif word.field is None:
                out.unmatched.append(text)
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, c) for c in clauses])

    def _corrected(
        self,
        word: Word,
        groups: Sequence[tuple[str, str, float]],
        terms: Terms,
        out: _Compiled,
    ) -> list[tantivy.Query] | None:
        """The clauses of the index's word nearest to ``word`` (which matches nothing),
        None when there is none or the word is not one to correct (short, quoted)."""
        limit = allowed_distance(word.text)
        if word.verbatim or limit == 0:
            return None
        fields = [norm_field for _, norm_field, _ in groups]
        forms = [normalise(word.text, "nb"), fold(word.text)]
        found = typo_candidates(forms, fields, terms, limit)
        if not found:
            return None
        term = found[0].term
        clauses = [
            self._term(norm_field, term, weight * CORRECTED_BOOST)
            for _, norm_field, weight in groups
        ]
        if word.field is None:
            out.page_clauses.append(self._term("text_n", term, CORRECTED_BOOST, self._page_schema))
        out.norms.add(term)
        out.loose_norms.add(term)
        out.corrections.append((word.text, term, word.field))
        return clauses

    def _phrase(self, phrase: Phrase, out: _Compiled) -> tantivy.Query:
        words: list[str | tuple[int, str]] = list(phrase.words)
        norms: list[str | tuple[int, str]] = [normalise(w, "nb") for w in phrase.words]
        if phrase.field is None:
            groups = [(g + "_x", g + "_n", w) for g, w in GROUP_WEIGHTS]
        else:
            scoped = SCOPED_FIELDS[phrase.field]
            groups = [(scoped[0] if scoped[0].endswith("_x") else "", scoped[-1], 1.0)]
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for exact_field, norm_field, weight in groups:
            if exact_field and exact_field not in NO_POSITIONS:
                exact = tantivy.Query.phrase_query(self._schema, exact_field, words)
                clauses.append(
                    (tantivy.Occur.Should, tantivy.Query.boost_query(exact, weight * EXACT_BOOST))
                )
            norm = tantivy.Query.phrase_query(self._schema, norm_field, norms)
            clauses.append((tantivy.Occur.Should, tantivy.Query.boost_query(norm, weight)))
        if phrase.field is None:
            page = self._page_schema
            out.page_clauses.append(tantivy.Query.phrase_query(page, "text_n", norms))
            # A page with some of the phrase's words, where none has all of them.
            out.page_clauses.extend(
                self._term("text_x", w, PHRASE_WORD_BOOST, page) for w in phrase.words
            )
            out.page_clauses.extend(
                self._term("text_n", str(n), PHRASE_WORD_BOOST, page) for n in norms
            )
        out.exact.update(phrase.words)
        out.norms.update(str(n) for n in norms)
        out.phrases.append(tuple(phrase.words))
        return tantivy.Query.boolean_query(clauses)

    def _filters(
        self, filters: Mapping[str, Sequence[str]], messages: list[Message]
    ) -> tantivy.Query | None:
        musts: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for name, values in filters.items():
            field_name = FACET_FIELDS.get(name)
            if field_name is None:
                messages.append(Message("unknown-filter", (name,)))
                continue
            wanted = [str(v) for v in values if str(v)]
            if not wanted:
                continue
            musts.append(
                (
                    tantivy.Occur.Must,
                    tantivy.Query.term_set_query(self._schema, field_name, wanted),
                )
            )
        return tantivy.Query.boolean_query(musts) if musts else None

    # --- running it -----------------------------------------------------------------------

    def _top(
        self,
        searcher: tantivy.Searcher,
        query: tantivy.Query,
        sort: str,
        limit: int,
        offset: int,
        descending: bool | None,
    ) -> tantivy.SearchResult:
        if sort == "relevance":
            return searcher.search(query, limit, count=True, offset=offset)
        field_name, default_desc = {
            "date": ("date", True),
            "title": ("title_sort", False),
            "pages": ("pages", True),
        }[sort]
        desc = default_desc if descending is None else descending
        order = tantivy.Order.Desc if desc else tantivy.Order.Asc
        return searcher.search(
            query, limit, count=True, order_by_field=field_name, offset=offset, order=order
        )

    def _by_store(
        self,
        searcher: tantivy.Searcher,
        query: tantivy.Query,
        key: _StoreKey,
        limit: int,
        offset: int,
        descending: bool | None,
    ) -> tuple[int, list[int]]:
        """The total and the ids of ``limit`` matches from ``offset``, ordered over all
        the matches by what the store holds (``key``); documents without a value last in
        either direction, ties by id."""
        every = max(int(searcher.num_docs), 1)
        found = searcher.search(query, every, count=True)
        addresses = [address for _, address in found.hits]
        ids = [int(v) for v in searcher.fast_field_values("doc_id", addresses) if v is not None]
        values = self._store.sort_values(ids, key.column)
        desc = key.descending if descending is None else descending
        known: list[tuple[Any, int]] = []
        unknown: list[int] = []
        for doc_id in ids:
            stored = values.get(doc_id)
            if stored is None:
                continue  # gone from the store: the indexer will catch up
            sort_key = key.of(stored)
            if sort_key is None:
                unknown.append(doc_id)
            else:
                known.append((sort_key, doc_id))
        known.sort(reverse=desc)
        unknown.sort()
        ordered = [doc_id for _, doc_id in known] + unknown
        count = getattr(found, "count", None)
        total = count if count is not None else len(found.hits)
        return int(total), ordered[offset : offset + limit]

    def _facets(
        self,
        searcher: tantivy.Searcher,
        query: tantivy.Query,
        text_query: tantivy.Query | None,
        filters: Mapping[str, Sequence[str]],
    ) -> Facets:
        """Counts per facet value. A facet with ticked values is counted without its own
        filter (its values combine with OR: each count is what ticking it gives) but with
        the others' (facets combine with AND); the rest are counted on ``query``."""
        filtered = [
            name
            for name, values in filters.items()
            if name in FACET_FIELDS and any(str(v) for v in values)
        ]
        aggs = {
            name: {"terms": {"field": field_name, "size": _facet_size(name)}}
            for name, field_name in FACET_FIELDS.items()
            if name not in filtered
        }
        result: dict[str, Any] = searcher.aggregate(query, aggs) if aggs else {}
        for name in filtered:
            others = {other: values for other, values in filters.items() if other != name}
            without = _combine(text_query, self._filters(others, []))
            agg = {name: {"terms": {"field": FACET_FIELDS[name], "size": _facet_size(name)}}}
            result.update(searcher.aggregate(without, agg))
        return Facets({name: facet_values(result, name) for name in FACET_FIELDS})

    def _with_pages(
        self,
        shown: list[tuple[Document, float]],
        compiled: _Compiled,
        best: Mapping[int, list[tuple[float, int]]],
    ) -> list[Hit]:
        """The hits shown first, with their ``best`` pages (see ``_best_pages``) and
        snippets, and the words they matched as written (in the pages shown, the title
        and the summary)."""
        hits: list[Hit | None] = [None] * len(shown)
        by_language: dict[str, list[int]] = {}
        for n, (document, _) in enumerate(shown):
            by_language.setdefault(_language(document), []).append(n)
        for language, members in by_language.items():
            texts: list[str] = []
            pages: list[list[tuple[float, Page]]] = []
            for n in members:
                document = shown[n][0]
                ranked = best.get(document.id, [])
                read = self._store.pages_of(document.id, [number for _, number in ranked])
                by_number = {page.number: page for page in read}
                # Re-indexed meanwhile (a page gone): the next search has it.
                kept = [(score, by_number[num]) for score, num in ranked if num in by_number]
                pages.append(kept)
                texts.extend((document.meta.title, document.meta.summary))
                texts.extend(page.text for _, page in kept)
            marked = iter(compiled.spans_of(texts, language))
            for n, kept in zip(members, pages, strict=True):
                document, score = shown[n]
                # The pages' words first, then those only in the title or summary.
                described = [*next(marked)[1], *next(marked)[1]]
                words: dict[str, None] = {}
                page_hits: list[PageHit] = []
                for page_score, page in kept:
                    spans, written = next(marked)
                    if not spans:
                        continue
                    words.update(dict.fromkeys(written))
                    page_hits.append(
                        PageHit(
                            page=page.number,
                            snippet=_snippet(page.text, spans),
                            label=page.label,
                            terms=tuple(written),
                            score=page_score,
                            recognised=page.recognised,
                        )
                    )
                words.update(dict.fromkeys(described))
                hits[n] = Hit(document, score, tuple(page_hits), tuple(words))
        return [hit for hit in hits if hit is not None]

    def _best_pages(
        self, doc_ids: list[int], compiled: _Compiled
    ) -> dict[int, list[tuple[float, int]]]:
        """Per document, the (score, number) of its MAX_PAGES_PER_HIT pages that match
        best (BM25 over the page's words in the page index), best first, pages of equal
        score by number: as scoring every page of the document would rank them.

        One search of the page index for all the documents; the documents with fewer
        than PAGE_CANDIDATES pages among the COMBINED_PAGES best, when more matched, are
        searched again together (their best pages may lie below those), and one by one
        when that leaves them short again."""
        if not doc_ids or not compiled.page_clauses:
            return {}
        searcher = self._fulltext.page_searcher()
        text = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, c) for c in compiled.page_clauses]
        )
        candidates: dict[int, list[tuple[float, int]]] = {}
        pending = list(doc_ids)
        while pending:
            found = self._page_candidates(searcher, pending, text, COMBINED_PAGES)
            complete = found.pop(-1, None) is None
            candidates.update(found)
            if complete:
                break
            before = len(pending)
            pending = [d for d in pending if len(found.get(d, ())) < PAGE_CANDIDATES]
            if len(pending) == before:
                # The best pages are those of other documents still: one search each.
                for doc_id in pending:
                    alone = self._page_candidates(searcher, [doc_id], text, PAGE_CANDIDATES)
                    alone.pop(-1, None)
                    candidates.update(alone)
                break
        return {
            doc_id: [
                (-negative, number)
                for negative, number in sorted((-score, number) for score, number in found)[
                    :MAX_PAGES_PER_HIT
                ]
            ]
            for doc_id, found in candidates.items()
        }

    def _page_candidates(
        self, searcher: tantivy.Searcher, doc_ids: list[int], text: tantivy.Query, limit: int
    ) -> dict[int, list[tuple[float, int]]]:
        """The best ``limit`` pages of ``doc_ids`` for ``text``, by document (the text's
        score only); key -1 is there when more pages matched than were returned."""
        within = tantivy.Query.term_set_query(self._page_schema, "doc_id", doc_ids)
        query = tantivy.Query.boolean_query(
            [
                (tantivy.Occur.Must, tantivy.Query.const_score_query(within, 0.0)),
                (tantivy.Occur.Must, text),
            ]
        )
        result = searcher.search(query, limit, count=True)
        addresses = [address for _, address in result.hits]
        owners = searcher.fast_field_values("doc_id", addresses)
        numbers = searcher.fast_field_values("page", addresses)
        found: dict[int, list[tuple[float, int]]] = {}
        for (score, _), owner, number in zip(result.hits, owners, numbers, strict=True):
            if owner is not None and number is not None:
                found.setdefault(int(owner), []).append((float(score), int(number)))
        count = getattr(result, "count", None)
        if count is not None and count > len(addresses):
            found[-1] = []
        return found

    def _suggestions(self, query: str, compiled: _Compiled, terms: Terms) -> tuple[str, ...]:
        fixed = query
        alternatives: list[str] = []
        for word in compiled.unmatched:
            close = _close_words(word, terms, 3)
            if not close:
                continue
            fixed = _replace_word(fixed, word, close[0])
            if len(compiled.unmatched) == 1:
                alternatives = [_replace_word(query, word, c) for c in close]
        if fixed == query:
            return ()
        return tuple(dict.fromkeys([fixed, *alternatives]))


# --- pages and snippets ----------------------------------------------------------------


def _language(document: Document) -> str:
    """The analysis language of a document, as the full-text index chose it."""
    language = document.meta.language
    return language if stemmer_language(language) != "norwegian" else "nb"


def _snippet(text: str, spans: list[tuple[int, int]]) -> Snippet:
    """About SNIPPET_CHARS of ``text`` around the densest cluster of matches, whitespace
    runs made one space, with the matches' spans in it."""
    starts = [s for s, _ in spans]
    best, best_count = starts[0], 0
    # The start with the most matches within half a snippet after it (spans are sorted
    # and start at distinct offsets): a window sliding over them.
    last = 0
    for first, s in enumerate(starts):
        limit = s + SNIPPET_CHARS // 2
        last = max(last, first)
        while last < len(starts) and starts[last] < limit:
            last += 1
        if last - first > best_count:
            best, best_count = s, last - first
    start = max(0, best - SNIPPET_CHARS // 4)
    end = min(len(text), start + SNIPPET_CHARS)
    # Snap to word boundaries so the snippet does not start or end mid-word.
    if start > 0:
        space = text.find(" ", start, best)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", max(best, start), end)
        end = space if space > best else end
    kept: list[tuple[int, int]] = []
    cursor = start
    for s, e in spans:
        if s < cursor or e > end:
            continue
        kept.append((s, e))
        cursor = e
    # Whitespace runs become one space (a match is a word: it holds none); the text between
    # the matches is collapsed a piece at a time, in C.
    lead = "…" if start > 0 else ""
    parts: list[str] = [lead]
    marks: list[tuple[int, int]] = []
    length = len(lead)
    cursor = start
    for s, e in [*kept, (end, end)]:
        gap = _SPACES.sub(" ", text[cursor:s])
        if cursor == start and gap.startswith(" "):
            gap = gap[1:]  # no space at the start
        if s == end and gap.endswith(" "):
            gap = gap[:-1]  # nor at the end
        parts.append(gap)
        length += len(gap)
        if s < end or e > s:
            parts.append(text[s:e])
            marks.append((length, length + e - s))
            length += e - s
        cursor = e
    body = "".join(parts)
    if end < len(text):
        body += "…"
    return Snippet(body, tuple(marks))


_SPACES = re.compile(r"\s+")


# --- corrections -------------------------------------------------------------------------


def _corrections(
    corrected: Sequence[tuple[str, str, str | None]], hits: Sequence[Hit]
) -> tuple[Correction, ...]:
    """The corrections as the documents write the words used: of the words the hits
    shown matched, the most frequent one whose normalised form is the term searched
    ("naering" -> "nærings"); the term itself when none of them is."""
    counts: dict[str, int] = {}
    for hit in hits[:SNIPPET_HITS]:
        meta = hit.document.meta
        # The words matched in the text, then those of the metadata (a contact's name).
        described = [meta.title, meta.organisation, *meta.tags]
        described.extend(f"{c.name} {c.organisation} {c.role}" for c in meta.contacts)
        for written in [*(t.lower() for t in hit.terms), *tokens(" ".join(described))]:
            counts[written] = counts.get(written, 0) + 1
    found: list[Correction] = []
    for typed, term, field_name in corrected:
        spelled = [
            written
            for written in counts
            if fold(written)[:1] == term[:1] and term in (fold(written), *query_forms(written))
        ]
        spelled.sort(key=lambda w: (-counts[w], w))
        used = spelled[0] if spelled else term
        found.append(Correction(typed, used, field_name))
    return tuple(dict.fromkeys(found))


# --- did you mean ------------------------------------------------------------------------


def _close_words(word: str, terms: Terms, limit: int) -> list[str]:
    """Index words within a small edit distance of ``word``, best first."""
    if len(word) < 3:
        return []
    target = fold(word)
    # Candidates share the first letters (as typed, folded, or with the second letter
    # left out or doubled) and have a similar length: reading every word of the index
    # would take seconds at a million pages.
    prefixes = [word[:NEAR_PREFIX], target[:NEAR_PREFIX], word[0] + word[2]]
    found = terms.exact_near(prefixes)
    scored: list[tuple[float, int, str]] = []
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(target)
    for candidate, df in found.items():
        if abs(len(candidate) - len(word)) > 2 or candidate == word:
            continue
        matcher.set_seq1(fold(candidate))
        if matcher.real_quick_ratio() < 0.8 or matcher.quick_ratio() < 0.8:
            continue
        ratio = matcher.ratio()
        if ratio >= 0.8:
            scored.append((ratio, df, candidate))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return [c for _, _, c in scored[:limit]]


def _replace_word(query: str, word: str, replacement: str) -> str:
    low = query.lower()
    pos = low.find(word)
    if pos < 0 or len(low) != len(query):
        return query
    return query[:pos] + replacement + query[pos + len(word) :]


def _facet_size(name: str) -> int:
    return YEAR_FACET_SIZE if name == "year" else FACET_SIZE
