"""The tantivy full-text index: one tantivy document per PDF, pre-analysed Norwegian-aware fields.

Why one tantivy document per PDF (not per page): "all words must match" means all words in
the document, totals and facets count documents, and sorting by date/title/pages can use
fast fields; which pages matched is found afterwards for the few hits shown (search.py).
Why pre-analysed: tantivy's own filters fold ø->o and å->a only and have no compound
handling, so words are tokenized, stemmed and folded here (analysis.py) and tantivy gets
space-separated tokens through its built-in "whitespace" tokenizer, one token per word so
phrase positions line up across the exact and the normalised field.
"""

from __future__ import annotations

import bisect
import logging
import shutil
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tantivy

from vtviewer.core.analysis import normalise_many, stemmer_language, tokens
from vtviewer.core.model import Document, Page

log = logging.getLogger(__name__)

#: Bumped when the schema or the analysis changes; an index of another version is rebuilt.
SCHEMA_VERSION = 1
_VERSION_FILE = "vtviewer-schema-version"
#: A desktop, not a server: 64 MB of writer buffer and one indexing thread.
WRITER_HEAP = 64_000_000
WRITER_THREADS = 1
#: From this size on the vocabulary is rebuilt in the background after a commit.
BACKGROUND_VOCABULARY_DOCS = 20_000

#: Searchable text fields, each as an exact ("_x": lowercased words) and a normalised
#: ("_n": folded stems) variant. Weights are applied at query time (search.py).
TEXT_GROUPS = ("title", "meta", "summary", "text")
#: Field-scoped text (title:, org:, contact:, tag:, path:), normalised only.
SCOPED_FIELDS = {
    "title": ("title_x", "title_n"),
    "org": ("org_n",),
    "contact": ("contact_n",),
    "tag": ("tag_n",),
    "path": ("path_n",),
}
#: Facet name -> raw fast field holding the display values.
FACET_FIELDS = {
    "type": "f_type",
    "year": "f_year",
    "organisation": "f_org",
    "contact": "f_contact",
    "tag": "f_tag",
}


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_unsigned_field("doc_id", stored=True, indexed=True, fast=True)
    for group in TEXT_GROUPS:
        sb.add_text_field(group + "_x", tokenizer_name="whitespace")
        sb.add_text_field(group + "_n", tokenizer_name="whitespace")
    for name in ("org_n", "contact_n", "tag_n", "path_n"):
        sb.add_text_field(name, tokenizer_name="whitespace")
    for name in (*FACET_FIELDS.values(), "lang", "title_sort"):
        sb.add_text_field(name, tokenizer_name="raw", fast=True)
    sb.add_unsigned_field("date", fast=True)
    sb.add_unsigned_field("pages", fast=True)
    return sb.build()


def document_years(doc: Document) -> list[int]:
    """The years a document covers: its period, else the year it was published."""
    meta = doc.meta
    start, end = meta.period_from, meta.period_to
    if start is None and meta.published[:4].isdigit():
        start = int(meta.published[:4])
    if start is None:
        return []
    end = start if end is None or end < start else min(end, start + 50)
    return list(range(start, end + 1))


def date_key(doc: Document) -> int:
    """Sort key for "date": YYYYMMDD of published, else the period start, 0 when unknown."""
    digits = "".join(c for c in doc.meta.published if c.isdigit())
    if len(digits) >= 8:
        return int(digits[:8])
    if len(digits) >= 4:
        return int(digits[:4]) * 10000
    if doc.meta.period_from is not None:
        return doc.meta.period_from * 10000
    return 0


def title_key(doc: Document) -> str:
    """Sort key for "title": the title (or file name), lowercased, spaces collapsed."""
    return " ".join((doc.meta.title or doc.name).lower().split())


def contact_label(name: str, email: str) -> str:
    return " ".join(name.split()) or email.strip()


@dataclass(frozen=True)
class Vocabulary:
    """The index's own words, for prefix and compound expansion and "did you mean".

    ``exact`` is sorted (prefix lookup by bisect); ``norm_blob`` is the normalised terms
    joined by newlines (substring lookup with str.find runs in C: a few ms at 100k docs).
    """

    exact: list[str]
    exact_df: dict[str, int]
    norm_blob: str
    norm_df: dict[str, int]
    #: normalised term -> exact words that normalise to it (for highlighting).
    norm_to_exact: dict[str, list[str]]

    def with_prefix(self, prefix: str, limit: int) -> list[str]:
        """Exact words starting with ``prefix``, most frequent first."""
        start = bisect.bisect_left(self.exact, prefix)
        found: list[str] = []
        for word in self.exact[start:]:
            if not word.startswith(prefix):
                break
            found.append(word)
        found.sort(key=lambda w: -self.exact_df.get(w, 0))
        return found[:limit]

    def norm_containing(self, part: str, limit: int) -> list[str]:
        """Normalised terms that contain ``part`` (compounds), most frequent first."""
        blob = self.norm_blob
        found: list[str] = []
        seen: set[str] = set()
        pos = blob.find(part)
        scanned = 0
        while pos >= 0 and scanned < 20_000:
            scanned += 1
            start = blob.rfind("\n", 0, pos) + 1
            end = blob.find("\n", pos)
            end = len(blob) if end < 0 else end
            term = blob[start:end]
            if term not in seen:
                seen.add(term)
                found.append(term)
            pos = blob.find(part, end)
        found.sort(key=lambda w: -self.norm_df.get(w, 0))
        return found[:limit]


def _all_terms(searcher: tantivy.Searcher, fields: Iterable[str]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for name in fields:
        for term, df in searcher.terms_with_prefix(name, ""):
            merged[term] = merged.get(term, 0) + df
    return merged


def build_vocabulary(searcher: tantivy.Searcher) -> Vocabulary:
    exact_df = _all_terms(searcher, [g + "_x" for g in TEXT_GROUPS])
    norm_df = _all_terms(searcher, [g + "_n" for g in TEXT_GROUPS])
    exact = sorted(exact_df)
    norm_to_exact: dict[str, list[str]] = {}
    for language in ("nb", "en"):
        for word, norm in zip(exact, normalise_many(exact, language), strict=True):
            if norm in norm_df:
                bucket = norm_to_exact.setdefault(norm, [])
                if not bucket or bucket[-1] != word:
                    bucket.append(word)
    return Vocabulary(exact, exact_df, "\n".join(norm_df), norm_df, norm_to_exact)


class FullText:
    """The tantivy index. Written from one (indexer) thread, searched from any thread."""

    def __init__(self, index: tantivy.Index, schema: tantivy.Schema, path: Path | None) -> None:
        self._index = index
        self.schema = schema
        self.path = path
        self._writer: tantivy.IndexWriter | None = None
        self._write_lock = threading.Lock()
        self._vocab_lock = threading.Lock()
        self._vocabulary: tuple[int, Vocabulary] | None = None
        self._vocab_building = -1
        #: Increases on every commit: the cache key for anything derived from the index.
        self.generation = 0

    @classmethod
    def open(cls, path: Path | None) -> FullText:
        """Open (or create) the index in folder ``path``; None keeps it in RAM (tests)."""
        schema = _schema()
        if path is None:
            return cls(tantivy.Index(schema), schema, None)
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        version_file = path / _VERSION_FILE
        version = version_file.read_text().strip() if version_file.exists() else ""
        if version != str(SCHEMA_VERSION) and any(path.iterdir()):
            log.warning("full-text index %s is of another version; rebuilding it", path)
            _empty_folder(path)
        try:
            index = tantivy.Index(schema, path=str(path), reuse=True)
        except ValueError:
            log.warning(
                "full-text index %s could not be opened; rebuilding it", path, exc_info=True
            )
            _empty_folder(path)
            index = tantivy.Index(schema, path=str(path), reuse=True)
        version_file.write_text(str(SCHEMA_VERSION))
        return cls(index, schema, path)

    # --- writing (indexer thread) ---------------------------------------------------------

    def _get_writer(self) -> tantivy.IndexWriter:
        if self._writer is None:
            self._writer = self._index.writer(WRITER_HEAP, WRITER_THREADS)
        return self._writer

    def add(self, doc: Document, pages: Sequence[Page]) -> None:
        """Index ``doc`` with its pages, replacing whatever was indexed for doc.id."""
        entry = self._tantivy_document(doc, pages)
        with self._write_lock:
            writer = self._get_writer()
            writer.delete_documents_by_query(self._id_query(doc.id))
            writer.add_document(entry)

    def _id_query(self, doc_id: int) -> tantivy.Query:
        # delete_documents_by_term misses u64 terms given a Python int (tantivy-py 0.27
        # makes it an i64 term); a term query is typed from the schema.
        return tantivy.Query.term_query(self.schema, "doc_id", doc_id)

    def remove(self, doc_id: int) -> None:
        with self._write_lock:
            self._get_writer().delete_documents_by_query(self._id_query(doc_id))

    def commit(self) -> None:
        """Make changes durable and visible to searches started after this returns."""
        with self._write_lock:
            if self._writer is None:
                return
            self._writer.commit()
            self._index.reload()
            self.generation += 1

    def clear(self) -> None:
        with self._write_lock:
            writer = self._get_writer()
            writer.delete_all_documents()
            writer.commit()
            self._index.reload()
            self.generation += 1

    def close(self) -> None:
        with self._write_lock:
            if self._writer is not None:
                self._writer.rollback()
                self._writer.wait_merging_threads()
                self._writer = None

    # --- reading (any thread) -------------------------------------------------------------

    def searcher(self) -> tantivy.Searcher:
        return self._index.searcher()

    def doc_count(self) -> int:
        """The number of documents indexed (committed)."""
        count: int = self.searcher().num_docs
        return count

    def vocabulary(self) -> Vocabulary:
        """The index's words, rebuilt after each commit.

        Building takes about a second per 10,000 documents, so once the index is large a
        search after a commit keeps using the previous vocabulary (only expansions can be
        slightly stale) while a background thread builds the new one.
        """
        with self._vocab_lock:
            cached = self._vocabulary
            generation = self.generation
            if cached is not None and cached[0] == generation:
                return cached[1]
            searcher = self.searcher()
            if cached is None or searcher.num_docs < BACKGROUND_VOCABULARY_DOCS:
                vocabulary = build_vocabulary(searcher)
                self._vocabulary = (generation, vocabulary)
                return vocabulary
            if self._vocab_building != generation:
                self._vocab_building = generation
                threading.Thread(
                    target=self._rebuild_vocabulary,
                    args=(generation, searcher),
                    name="vtviewer-vocabulary",
                    daemon=True,
                ).start()
            return cached[1]

    def _rebuild_vocabulary(self, generation: int, searcher: tantivy.Searcher) -> None:
        try:
            vocabulary = build_vocabulary(searcher)
        except Exception:
            log.exception("rebuilding the search vocabulary failed")
            return
        with self._vocab_lock:
            current = self._vocabulary
            if current is None or current[0] < generation:
                self._vocabulary = (generation, vocabulary)

    def size_bytes(self) -> int:
        if self.path is None:
            return 0
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

    # --- analysis -------------------------------------------------------------------------

    def _tantivy_document(self, doc: Document, pages: Sequence[Page]) -> tantivy.Document:
        meta = doc.meta
        language = meta.language if stemmer_language(meta.language) != "norwegian" else "nb"
        entry = tantivy.Document()
        entry.add_unsigned("doc_id", doc.id)
        contacts = [contact_label(c.name, c.email) for c in meta.contacts]
        contact_text = " ".join(
            " ".join(p for p in (c.name, c.role, c.organisation, c.email) if p)
            for c in meta.contacts
        )
        meta_text = " ".join([meta.organisation, *meta.authors, contact_text, *meta.tags])
        text = "\n".join(p.text for p in sorted(pages, key=lambda p: p.number))
        fields: dict[str, str] = {
            "title": meta.title or Path(doc.name).stem.replace("_", " "),
            "meta": meta_text,
            "summary": meta.summary,
            "text": text,
        }
        for group, value in fields.items():
            words = list(tokens(value))
            entry.add_text(group + "_x", " ".join(words))
            entry.add_text(group + "_n", " ".join(normalise_many(words, language)))
        for name, value in (
            ("org_n", meta.organisation),
            ("contact_n", contact_text),
            ("tag_n", " ".join(meta.tags)),
            ("path_n", doc.path),
        ):
            entry.add_text(name, " ".join(normalise_many(list(tokens(value)), language)))
        entry.add_text("f_type", meta.doc_type)
        for year in document_years(doc):
            entry.add_text("f_year", str(year))
        if meta.organisation:
            entry.add_text("f_org", meta.organisation.strip())
        for label in dict.fromkeys(contacts):
            if label:
                entry.add_text("f_contact", label)
        for tag in dict.fromkeys(meta.tags):
            if tag.strip():
                entry.add_text("f_tag", tag.strip())
        entry.add_text("lang", (meta.language or "").lower())
        entry.add_text("title_sort", title_key(doc))
        entry.add_unsigned("date", date_key(doc))
        entry.add_unsigned("pages", max(doc.page_count, len(pages)))
        return entry


def _empty_folder(path: Path) -> None:
    for child in path.iterdir():
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()


def facet_values(aggregation: dict[str, Any], name: str) -> tuple[tuple[str, int], ...]:
    """The (value, count) pairs of one terms aggregation, most frequent first."""
    buckets = aggregation.get(name, {}).get("buckets", [])
    return tuple((str(b["key"]), int(b["doc_count"])) for b in buckets)
