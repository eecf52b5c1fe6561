"""Parsed query -> ranked document hits with best pages, snippets, facet counts and suggestions."""

from __future__ import annotations

import bisect
import difflib
import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import tantivy

from vtviewer.core.analysis import (
    MAX_TOKEN_CHARS,
    WORD_RE,
    fold,
    normalise,
    normalise_many,
    query_forms,
    stemmer_language,
    word_spans,
)
from vtviewer.core.fulltext import (
    FACET_FIELDS,
    NO_POSITIONS,
    SCOPED_FIELDS,
    FullText,
    Terms,
    facet_values,
)
from vtviewer.core.model import (
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
from vtviewer.core.text import clean_text

log = logging.getLogger(__name__)

SORTS = ("relevance", "date", "title", "pages")
#: Field weights: title above contacts/organisation/tags ("meta"), above summary, above text.
GROUP_WEIGHTS = (("title", 4.0), ("meta", 2.5), ("summary", 1.6), ("text", 1.0))
#: The exact spelling ranks above the folded/stemmed one, which ranks above compounds.
EXACT_BOOST = 2.0
NORM_BOOST = 1.0
COMPOUND_BOOST = 0.35
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
#: A phrase's words alone, on a page without the phrase, count for little.
PHRASE_WORD_BOOST = 0.1
#: "Did you mean" looks at the words under these first letters of a misspelt word.
NEAR_PREFIX = 2
SNIPPET_CHARS = 220
FACET_SIZE = 50


class DocumentSource(Protocol):
    """What search needs from the document store (index.Store provides it)."""

    def documents_by_ids(self, ids: Iterable[int]) -> dict[int, Document]: ...

    def pages_of(self, doc_id: int, numbers: Sequence[int]) -> list[Page]: ...


@dataclass
class _Compiled:
    """What compiling a query tree collected besides the tantivy query."""

    #: Lowercased words as they appear in text, and normalised terms, that the query
    #: matches: a word of a page is highlighted when it is one, or its normalised form is.
    exact: set[str] = field(default_factory=set)
    norms: set[str] = field(default_factory=set)
    #: The page index's clauses (text only, any of them): which pages of a hit to show.
    page_clauses: list[tantivy.Query] = field(default_factory=list)
    #: Words that are in no form in the index: candidates for "did you mean".
    unmatched: list[str] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)

    #: Per language, words of pages seen by this search -> whether they match.
    _matches: dict[str, dict[str, bool]] = field(default_factory=dict)

    def spans(self, text: str, language: str) -> tuple[list[tuple[int, int]], list[str]]:
        """Where the words this query matched are in ``text`` (in a document of
        ``language``), and those words as written there.

        Each distinct word is judged once per search (normalised through the cache);
        only the words that match are then looked for, with str.find, in C."""
        low = text.lower()
        if len(low) != len(text):
            # Lowercasing changed the length ("İ"): offsets from the word list instead.
            return self._spans_by_words(text, language)
        words = set(WORD_RE.findall(low))
        verdicts = self._matches.setdefault(language, {})
        new = list(words.difference(verdicts))
        if new:
            exact, wanted = self.exact, self.norms
            for word, norm in zip(new, normalise_many(new, language), strict=True):
                verdicts[word] = len(word) <= MAX_TOKEN_CHARS and (word in exact or norm in wanted)
        spans: list[tuple[int, int]] = []
        written: dict[str, None] = {}
        for word in filter(verdicts.__getitem__, words):
            start = low.find(word)
            while start >= 0:
                end = start + len(word)
                if (start == 0 or not _is_word_char(low[start - 1])) and (
                    end >= len(low) or not _is_word_char(low[end])
                ):
                    spans.append((start, end))
                    written[text[start:end]] = None
                start = low.find(word, end)
        spans.sort()
        return spans, list(written)

    def _spans_by_words(self, text: str, language: str) -> tuple[list[tuple[int, int]], list[str]]:
        found = word_spans(text)
        norms = normalise_many([word for _, _, word in found], language)
        spans = [
            (s, e)
            for (s, e, word), norm in zip(found, norms, strict=True)
            if word in self.exact or norm in self.norms
        ]
        return spans, list(dict.fromkeys(text[s:e] for s, e in spans))


def _is_word_char(char: str) -> bool:
    """What analysis.tokens counts as part of a word: letters and digits, not "_"."""
    return char.isalnum() or (char != "_" and char.isidentifier())


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
    ) -> SearchResult:
        """Search; never raises for odd query text (problems become ``messages``).

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
        compiled = _Compiled()
        text_query = self._compile(parsed.root, terms, compiled)
        messages.extend(compiled.messages)
        filter_query = self._filters(filters, messages)
        parts: list[tuple[tantivy.Occur, tantivy.Query]] = []
        if text_query is not None:
            parts.append((tantivy.Occur.Must, text_query))
        if filter_query is not None:
            parts.append((tantivy.Occur.Must, tantivy.Query.const_score_query(filter_query, 0.0)))
        if not parts:
            final = tantivy.Query.all_query()
        elif len(parts) == 1 and text_query is not None:
            final = text_query
        else:
            final = tantivy.Query.boolean_query(parts)

        if sort not in SORTS:
            messages.append(Message("unknown-sort", (sort,)))
            sort = "relevance"
        if sort == "relevance" and text_query is None:
            sort = "title"  # browsing: nothing to rank by
        limit = max(0, min(int(limit), MAX_LIMIT))
        # Past the last document there is nothing to skip to.
        offset = max(0, min(int(offset), int(searcher.num_docs)))
        # limit=0 asks for the total and the facets only; tantivy needs a limit >= 1.
        scored = self._top(searcher, final, sort, max(limit, 1), offset, descending)
        count = getattr(scored, "count", None)  # missing from tantivy's stubs
        total = count if count is not None else len(scored.hits)
        top = scored.hits[:limit]
        addresses = [address for _, address in top]
        ids = [int(v) for v in searcher.fast_field_values("doc_id", addresses) if v is not None]
        scores = [float(s) if sort == "relevance" else 0.0 for s, _ in top]
        documents = self._store.documents_by_ids(ids)
        hits: list[Hit] = []
        page_searcher = self._fulltext.page_searcher() if compiled.page_clauses else None
        for rank, (doc_id, score) in enumerate(zip(ids, scores, strict=False)):
            document = documents.get(doc_id)
            if document is None:
                continue  # indexed but gone from the store: the indexer will catch up
            if rank < SNIPPET_HITS and (compiled.exact or compiled.norms):
                hits.append(self._with_pages(document, score, compiled, page_searcher))
            else:
                hits.append(Hit(document, score))
        facets = self._facets(searcher, final)
        suggestions = self._suggestions(query, compiled, terms) if compiled.unmatched else ()
        took = (time.perf_counter() - started) * 1000.0
        return SearchResult(
            hits=tuple(hits),
            total=int(total),
            facets=facets,
            suggestions=suggestions,
            messages=tuple(dict.fromkeys(messages)),
            took_ms=took,
        )

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
            inner = self._compile(node.child, vocab, _Compiled())
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
                    inner = self._compile(child.child, vocab, _Compiled())
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
        if word.field is None:
            groups = [(g + "_x", g + "_n", w) for g, w in GROUP_WEIGHTS]
        else:
            scoped = SCOPED_FIELDS[word.field]
            exact_field = scoped[0] if scoped[0].endswith("_x") else ""
            groups = [(exact_field, scoped[-1], 1.0)]
        for exact_field, norm_field, weight in groups:
            if exact_field:
                for exact in exact_words:
                    clauses.append(self._term(exact_field, exact, weight * EXACT_BOOST))
            for norm, boost in norm_terms:
                clauses.append(self._term(norm_field, norm, weight * boost))
        if word.field is None:
            # The pages: the same terms in the page index's text (weights of the text).
            page = self._page_schema
            out.page_clauses.extend(self._term("text_x", w, EXACT_BOOST, page) for w in exact_words)
            out.page_clauses.extend(self._term("text_n", n, b, page) for n, b in norm_terms)
        # What to highlight: the words themselves and every spelling of what matched.
        out.exact.update(exact_words)
        out.norms.update(n for n, _ in norm_terms)
        known = (
            any(terms.exact_count(w) for w in exact_words)
            or any(terms.norm_count(f) for f in forms)
            or bool(compounds)
        )
        if not known and word.field is None and not word.prefix:
            out.unmatched.append(text)
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, c) for c in clauses])

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

    def _facets(self, searcher: tantivy.Searcher, query: tantivy.Query) -> Facets:
        aggs = {
            name: {"terms": {"field": field_name, "size": FACET_SIZE}}
            for name, field_name in FACET_FIELDS.items()
        }
        result: dict[str, Any] = searcher.aggregate(query, aggs)
        return Facets({name: facet_values(result, name) for name in FACET_FIELDS})

    def _with_pages(
        self,
        document: Document,
        score: float,
        compiled: _Compiled,
        page_searcher: tantivy.Searcher | None,
    ) -> Hit:
        language = _language(document)
        found = (
            self._best_pages(document, compiled, page_searcher, language)
            if page_searcher is not None
            else []
        )
        terms: dict[str, None] = {}
        for page_hit in found:
            terms.update(dict.fromkeys(page_hit.terms))
        for text in (document.meta.title, document.meta.summary):
            terms.update(dict.fromkeys(compiled.spans(text, language)[1]))
        return Hit(document, score, tuple(found), tuple(terms))

    def _best_pages(
        self,
        document: Document,
        compiled: _Compiled,
        page_searcher: tantivy.Searcher,
        language: str,
    ) -> list[PageHit]:
        """The pages of ``document`` that match best (BM25 over the page's words, in the
        page index), with their snippets; only those pages' text is read."""
        query = tantivy.Query.boolean_query(
            [
                (
                    tantivy.Occur.Must,
                    tantivy.Query.term_query(self._page_schema, "doc_id", document.id),
                ),
                (
                    tantivy.Occur.Must,
                    tantivy.Query.boolean_query(
                        [(tantivy.Occur.Should, c) for c in compiled.page_clauses]
                    ),
                ),
            ]
        )
        top = page_searcher.search(query, PAGE_CANDIDATES, count=False).hits
        numbers = page_searcher.fast_field_values("page", [address for _, address in top])
        ranked = sorted(
            (
                (-float(page_score), int(number))
                for (page_score, _), number in zip(top, numbers, strict=True)
                if number is not None
            )
        )[:MAX_PAGES_PER_HIT]
        pages = self._store.pages_of(document.id, [number for _, number in ranked])
        by_number = {page.number: page for page in pages}
        found: list[PageHit] = []
        for negative_score, number in ranked:
            page = by_number.get(number)
            if page is None:
                continue  # re-indexed meanwhile: the next search has it
            spans, written = compiled.spans(page.text, language)
            if not spans:
                continue
            found.append(
                PageHit(
                    page=number,
                    snippet=_snippet(page.text, spans),
                    label=page.label,
                    terms=tuple(written),
                    score=-negative_score,
                )
            )
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
    best, best_count = spans[0][0], 0
    for s in starts:
        count = bisect.bisect_left(starts, s + SNIPPET_CHARS // 2) - bisect.bisect_left(starts, s)
        if count > best_count:
            best, best_count = s, count
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
    # Whitespace runs become one space; ``moved`` maps an offset of text to the snippet's.
    lead = "…" if start > 0 else ""
    chars: list[str] = [lead]
    moved: dict[int, int] = {}
    length = len(lead)
    after_space = True
    for offset in range(start, end):
        moved[offset] = length
        char = text[offset]
        if char.isspace():
            if not after_space:
                chars.append(" ")
                length += 1
            after_space = True
        else:
            chars.append(char)
            length += 1
            after_space = False
    moved[end] = length
    body = "".join(chars)
    if after_space and body.endswith(" "):
        body = body[:-1]
    if end < len(text):
        body += "…"
    return Snippet(body, tuple((moved[s], moved[e]) for s, e in kept))


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
