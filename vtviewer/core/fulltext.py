"""The tantivy full-text indexes: one tantivy document per PDF, and one per page beside it.

Why one tantivy document per PDF: "all words must match" means all words in the document,
totals and facets count documents, and sorting by date/title/pages can use fast fields.
Why a page index beside it (in the subfolder ``pages``): the pages of a hit come from the
engine too, ranked by BM25 over the page's words, instead of from Python reading every page
of every hit shown (what search cost grew with was the length of the documents hit). It
holds the page's text only, searched for the few hits shown, one document at a time.
Why pre-analysed: tantivy's own filters fold ø->o and å->a only and have no compound
handling, so words are tokenized, stemmed and folded here (analysis.py) and tantivy gets
space-separated tokens through its built-in "whitespace" tokenizer, one token per word so
phrase positions line up across the exact and the normalised field.
Nothing of the index's words is held in Python: prefixes, other spellings and compounds
are looked up in tantivy's term dictionaries (FSTs) for each query (see Terms).
"""

from __future__ import annotations

import errno
import logging
import shutil
import tempfile
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tantivy

from vtviewer.core.analysis import normalise_many, stemmer_language, tokens
from vtviewer.core.copies import SEVERAL
from vtviewer.core.fulltext_check import index_damage
from vtviewer.core.model import Document, Page
from vtviewer.core.text import collation_key

log = logging.getLogger(__name__)

#: Bumped when the schema or the analysis changes; an index of another version is rebuilt.
#: 2: contacts' phone numbers (digits only) are indexed with the contacts.
#: 3: the page index (subfolder "pages"), reversed normalised words ("rev_n"), no
#: positions in "text_x".
#: 4: titles sort in Norwegian alphabetical order (text.collation_key).
#: 5: one entry per content, its main copy's; "f_copies" marks a content found in several
#: places.
SCHEMA_VERSION = 5
_VERSION_FILE = "vtviewer-schema-version"
#: The page index's subfolder.
PAGES_FOLDER = "pages"
#: A desktop, not a server: 40 MB of writer buffer per index (two of them beside the
#: extraction processes) and one indexing thread.
WRITER_HEAP = 40_000_000
WRITER_THREADS = 1
#: The smallest heap tantivy accepts, for a writer that only collects garbage.
GC_WRITER_HEAP = 15_000_000

#: Searchable text fields, each as an exact ("_x": lowercased words) and a normalised
#: ("_n": folded stems) variant. Weights are applied at query time (search.py).
TEXT_GROUPS = ("title", "meta", "summary", "text")
EXACT_FIELDS = tuple(g + "_x" for g in TEXT_GROUPS)
NORM_FIELDS = tuple(g + "_n" for g in TEXT_GROUPS)
#: Each document's distinct normalised words, reversed: a compound's head is its end
#: ("områderegulering" ends in "regulering"), found by a prefix walk of this field's term
#: dictionary. Only its terms are used (no frequencies or positions are kept).
REVERSED_FIELD = "rev_n"
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
    # core.copies.SEVERAL when the content is found in more than one place.
    "copies": "f_copies",
}
#: The page index's text fields: the same names and analysis as the documents' "text".
PAGE_TEXT = ("text_x", "text_n")
#: Fields without word positions: phrases in the text are matched in its normalised field
#: only (an exact phrase is a normalised one too). Positions were half of each index's size.
NO_POSITIONS = frozenset({"text_x"})


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_unsigned_field("doc_id", stored=True, indexed=True, fast=True)
    for group in TEXT_GROUPS:
        for name in (group + "_x", group + "_n"):
            sb.add_text_field(name, tokenizer_name="whitespace", index_option=_option(name))
    for name in ("org_n", "contact_n", "tag_n", "path_n"):
        sb.add_text_field(name, tokenizer_name="whitespace")
    sb.add_text_field(REVERSED_FIELD, tokenizer_name="whitespace", index_option="basic")
    for name in (*FACET_FIELDS.values(), "lang", "title_sort"):
        sb.add_text_field(name, tokenizer_name="raw", fast=True)
    sb.add_unsigned_field("date", fast=True)
    sb.add_unsigned_field("pages", fast=True)
    return sb.build()


def _page_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_unsigned_field("doc_id", indexed=True, fast=True)
    sb.add_unsigned_field("page", fast=True)
    for name in PAGE_TEXT:
        sb.add_text_field(name, tokenizer_name="whitespace", index_option=_option(name))
    return sb.build()


def _option(name: str) -> str:
    return "freq" if name in NO_POSITIONS else "position"


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
    """Sort key for "title": the title (or file name) in Norwegian alphabetical order."""
    return collation_key(doc.meta.title or doc.name)


def contact_label(name: str, email: str) -> str:
    return " ".join(name.split()) or email.strip()


def phone_words(phone: str) -> list[str]:
    """A phone number as searchable words: its digits, and without the country code
    ("+47 976 81 861" -> "4797681861", "97681861") so either spelling finds it."""
    digits = "".join(c for c in phone if c.isdigit())
    if not digits:
        return []
    words = [digits]
    for code in ("0047", "47"):
        if digits.startswith(code) and len(digits) == len(code) + 8:
            words.append(digits[len(code) :])
            break
    return words


@dataclass(frozen=True)
class Terms:
    """The index's words as of one searcher, looked up in tantivy's term dictionaries.

    Each lookup walks the FST of a field from a prefix (in Rust); what it costs grows with
    the number of words under that prefix, not with the archive, and nothing is loaded
    into Python ahead of a query."""

    searcher: tantivy.Searcher
    #: (field, prefix) -> the field's terms under the prefix as last listed, or None when
    #: the listing stopped at its limit (more terms there than were listed).
    _listed: dict[tuple[str, str], frozenset[str] | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    def _ranked(self, fields: Iterable[str], prefix: str, limit: int | None) -> dict[str, int]:
        """Terms of ``fields`` that start with ``prefix``: term -> document frequency
        summed over the fields, most frequent first (each field gives its top ``limit``)."""
        counts: dict[str, int] = {}
        for name in fields:
            found = self.searcher.terms_with_prefix(name, prefix, limit=limit)
            complete = limit is None or len(found) < limit
            self._listed[name, prefix] = frozenset(t for t, _ in found) if complete else None
            for term, df in found:
                counts[term] = counts.get(term, 0) + int(df)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return dict(ranked[:limit] if limit is not None else ranked)

    def with_prefix(self, prefix: str, limit: int) -> list[str]:
        """Exact words starting with ``prefix``, most frequent first."""
        if not prefix or limit <= 0:
            return []
        return list(self._ranked(EXACT_FIELDS, prefix, limit))

    def norm_with_prefix(self, folded: str, limit: int) -> list[str]:
        """Normalised terms starting with ``folded`` (a folded prefix: every spelling of
        it, since the normalised terms are folded), most frequent first."""
        if not folded or limit <= 0:
            return []
        return list(self._ranked(NORM_FIELDS, folded, limit))

    def norm_containing(self, part: str, limit: int) -> list[str]:
        """Normalised terms that begin or end with ``part`` (compounds: "plan" ->
        "planarbeid", "handlingsplan"), most frequent first."""
        if not part or limit <= 0:
            return []
        counts = self._ranked(NORM_FIELDS, part, limit)
        for reversed_term, df in self._ranked((REVERSED_FIELD,), part[::-1], limit).items():
            term = reversed_term[::-1]
            counts[term] = max(counts.get(term, 0), df)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [term for term, _ in ranked[:limit]]

    def may_hold(self, name: str, prefix: str, term: str) -> bool:
        """Whether field ``name`` may hold ``term`` (a term under ``prefix`` that a
        lookup of that prefix listed): False only when the field's listing was complete
        and the term was not in it. A query need not ask a field for what it lacks."""
        listed = self._listed.get((name, prefix))
        return listed is None or term in listed

    def exact_count(self, word: str) -> int:
        """In how many documents ``word`` is found as written (summed over the fields)."""
        return sum(int(self.searcher.doc_freq(name, word)) for name in EXACT_FIELDS)

    def norm_count(self, norm: str) -> int:
        return sum(int(self.searcher.doc_freq(name, norm)) for name in NORM_FIELDS)

    def exact_near(self, prefixes: Iterable[str]) -> dict[str, int]:
        """Exact words under any of ``prefixes`` with their document frequencies (the
        candidates for "did you mean")."""
        found: dict[str, int] = {}
        for prefix in dict.fromkeys(prefixes):
            if prefix:
                found.update(self._ranked(EXACT_FIELDS, prefix, None))
        return found


class _Engine:
    """One tantivy index: in a folder or in RAM, its writer, and where a read-only one is
    opened from (see ``_shadow_of``). Callers hold FullText's write lock to write."""

    def __init__(
        self, index: tantivy.Index, schema: tantivy.Schema, shadow: Path | None = None
    ) -> None:
        self.index = index
        self.schema = schema
        self.shadow = shadow
        self.writer: tantivy.IndexWriter | None = None
        self.folder: Path | None = None
        #: No id above this one is in the index, committed or not (see ``claim``).
        self._largest_id = 0
        #: meta.json as last seen (mtime, size, inode): see ``searcher``.
        self._meta_key: tuple[int, int, int] | None = None

    def searcher(self) -> tantivy.Searcher:
        """A searcher as of the last commit, this process's or another's: tantivy's own
        reload on another process's commit comes after a delay, so a changed meta.json
        (a stat per search) reloads the index first."""
        if self.folder is not None and self.writer is None:
            try:
                stat = (self.folder / "meta.json").stat()
            except OSError:
                pass
            else:
                key = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
                if key != self._meta_key:
                    self.index.reload()
                    self._meta_key = key
        return self.index.searcher()

    def get_writer(self) -> tantivy.IndexWriter:
        if self.writer is None:
            self.writer = self.index.writer(WRITER_HEAP, WRITER_THREADS)
            # Holding the writer, this process is the only one that adds documents.
            self.index.reload()
            found = self.index.searcher().aggregate(
                tantivy.Query.all_query(), {"largest": {"max": {"field": "doc_id"}}}
            )
            self._largest_id = int(found["largest"]["value"] or 0)
        return self.writer

    def claim(self, doc_id: int) -> bool:
        """Note that an entry of ``doc_id`` is added (caller holds the writer); whether
        the index may hold one already, to delete first. An id above every id committed
        when the writer was taken and every id added since is new (a first index adds
        only such ids): a delete by query would look for it in every segment for
        nothing. SQLite may give a new document a deleted one's id: that id is not
        above them, so its entry is deleted first as before."""
        held = doc_id <= self._largest_id
        self._largest_id = max(self._largest_id, doc_id)
        return held

    def commit(self) -> None:
        if self.writer is not None:
            self.writer.commit()
            self.index.reload()

    def drop_writer(self, *, merged: bool = False) -> None:
        """Close the writer; what was not committed is dropped. wait_merging_threads()
        consumes it, so it is forgotten first: if anything stops us halfway (Ctrl+C),
        nothing is left pointing at a consumed writer for close() to trip over.

        ``merged``: let the merges under way finish and publish what they merged (the
        end of an indexing run) instead of rolling back: a rollback cancels a merge that
        is still running, which goes on writing a segment nothing references, after the
        garbage collection (a third of the folder was such files after a run)."""
        writer, self.writer = self.writer, None
        if writer is None:
            return
        try:
            if not merged:
                writer.rollback()
        except ValueError:
            # A writer whose commit failed (a full disk) may refuse to roll back too;
            # what matters is that it lets go of the index's lock below.
            log.warning("rolling back the full-text writer failed", exc_info=True)
        finally:
            try:
                writer.wait_merging_threads()
            except ValueError:
                if not merged:
                    raise
                log.warning("the full-text writer's merges failed", exc_info=True)

    def collect_garbage(self) -> None:
        """Delete the segments that merges replaced: only a writer's garbage collection
        does, and left alone the folder kept up to twice the index on disk between
        runs. Not needed for correctness: when it fails (a full disk), the next release
        tries again."""
        try:
            # Readers keep the files of the segments they hold: move them on first.
            self.index.reload()
            collector = self.index.writer(GC_WRITER_HEAP, 1)
            collector.garbage_collect_files()
            collector.wait_merging_threads()
        except ValueError:
            log.warning("could not remove the full-text index's unused files", exc_info=True)

    def close(self) -> None:
        self.drop_writer()
        if self.shadow is not None:
            shutil.rmtree(self.shadow, ignore_errors=True)
            self.shadow = None


def _open_engine(folder: Path, schema: tantivy.Schema) -> _Engine | str:
    """The index in ``folder`` (created when empty), or what is wrong with it.

    Damage is found before tantivy opens the folder: it would start a new, empty index
    over the segments of one whose meta.json is lost, and it panics later, during a
    search, where a segment file holds garbage."""
    folder.mkdir(parents=True, exist_ok=True)
    damage = index_damage(folder)
    if damage is not None:
        return damage
    try:
        engine = _Engine(tantivy.Index(schema, path=str(folder), reuse=True), schema)
    except ValueError as exc:
        return f"it cannot be opened: {exc}"
    engine.folder = folder
    return engine


def _shadow_of(folder: Path, shadow: Path) -> None:
    """tantivy takes a lock file even to read, and cannot where the folder is read-only:
    a read-only index is opened from a temporary folder of links to its segment files
    (meta.json copied, so that the state read is the one linked)."""
    shadow.mkdir(exist_ok=True)
    for entry in folder.iterdir():
        name = entry.name
        if (name.startswith(".tantivy-") and name.endswith(".lock")) or entry.is_dir():
            continue
        if name in ("meta.json", ".managed.json"):
            shutil.copyfile(entry, shadow / name)
        else:
            (shadow / name).symlink_to(entry)


class FullText:
    """The documents' and the pages' tantivy indexes. Written from one (indexer) thread,
    searched from any thread.

    The page index commits first: a document a search finds has its pages there (a crash
    between the two commits leaves pages of documents not yet findable, which no search
    asks for)."""

    def __init__(
        self,
        docs: _Engine,
        pages: _Engine,
        path: Path | None,
        read_only: bool = False,
    ) -> None:
        self._docs = docs
        self._pages = pages
        self.schema = docs.schema
        self.page_schema = pages.schema
        self.path = path
        #: The index's folder (``path`` is None when a damaged index stands in for it).
        self.folder = path
        self.read_only = read_only
        #: What is wrong with the index, None while nothing is known to be (found at
        #: open, see fulltext_check).
        self.damage: str | None = None
        self._write_lock = threading.Lock()
        #: Increases on every commit: the cache key for anything derived from the index.
        self.generation = 0

    @classmethod
    def _in_memory(cls, read_only: bool = False) -> FullText:
        schema, page_schema = _schema(), _page_schema()
        return cls(
            _Engine(tantivy.Index(schema), schema),
            _Engine(tantivy.Index(page_schema), page_schema),
            None,
            read_only=read_only,
        )

    @classmethod
    def open(cls, path: Path | None, *, read_only: bool = False) -> FullText:
        """Open (or create) the index in folder ``path``; None keeps it in RAM (tests).

        ``read_only``: the folder cannot be written; the index is searched as it is,
        never written."""
        if path is None:
            return cls._in_memory()
        path = Path(path)
        if read_only:
            return cls._open_read_only(path)
        path.mkdir(parents=True, exist_ok=True)
        version_file = path / _VERSION_FILE
        version = version_file.read_text().strip() if version_file.exists() else ""
        if version != str(SCHEMA_VERSION) and any(path.iterdir()):
            log.warning("full-text index %s is of another version; rebuilding it", path)
            _empty_folder(path)
        docs = _open_engine(path, _schema())
        pages = _open_engine(path / PAGES_FOLDER, _page_schema())
        if isinstance(docs, str) or isinstance(pages, str):
            damage = docs if isinstance(docs, str) else f"its page index: {pages}"
            log.info("full-text index %s is damaged: %s", path, damage)
            return cls.damaged(path, damage)
        version_file.write_text(str(SCHEMA_VERSION))
        return cls(docs, pages, path)

    @classmethod
    def damaged(cls, path: Path, damage: str) -> FullText:
        """What stands for a damaged index in ``path``: empty, in RAM, never written to
        the folder, with ``damage`` saying what is wrong (see Archive.rebuild)."""
        fulltext = cls._in_memory(read_only=True)
        fulltext.damage = damage
        fulltext.folder = path
        return fulltext

    @classmethod
    def _open_read_only(cls, path: Path) -> FullText:
        version_file = path / _VERSION_FILE
        page_folder = path / PAGES_FOLDER
        try:
            version = version_file.read_text().strip()
            names = [p.name for p in path.iterdir()]
            page_names = [p.name for p in page_folder.iterdir()]
        except OSError:
            version, names, page_names = "", [], []
        if version != str(SCHEMA_VERSION) or "meta.json" not in names + page_names:
            if names:
                log.warning("full-text index %s cannot be read here (read-only); empty", path)
            return cls._in_memory(read_only=True)
        damage = index_damage(path, remember=False)
        if damage is None:
            page_damage = index_damage(page_folder, remember=False)
            damage = None if page_damage is None else f"its page index: {page_damage}"
        if damage is not None:
            return cls.damaged(path, damage)
        shadow = Path(tempfile.mkdtemp(prefix="vtviewer-readonly-"))
        engines: list[_Engine] = []
        try:
            for folder, target, schema in (
                (path, shadow, _schema()),
                (page_folder, shadow / PAGES_FOLDER, _page_schema()),
            ):
                _shadow_of(folder, target)
                index = tantivy.Index(schema, path=str(target), reuse=True)
                index.config_reader(reload_policy="manual")
                engines.append(_Engine(index, schema))
        except BaseException:
            shutil.rmtree(shadow, ignore_errors=True)
            raise
        engines[0].shadow = shadow
        return cls(engines[0], engines[1], path, read_only=True)

    # --- writing (indexer thread) ---------------------------------------------------------

    def _writers(self) -> tuple[tantivy.IndexWriter, tantivy.IndexWriter]:
        """Both writers (caller holds the write lock). Taking them, this process is the
        only one that commits until ``release_writer``."""
        if self.read_only:
            raise OSError(errno.EROFS, "the full-text index is open read-only", str(self.path))
        return self._docs.get_writer(), self._pages.get_writer()

    def add(self, doc: Document, pages: Sequence[Page], copies: int = 1) -> None:
        """Index ``doc`` with its pages, replacing whatever was indexed for doc.id;
        ``copies``: in how many places its content is found."""
        entry, page_entries = self._tantivy_documents(doc, pages)
        if copies > 1:
            entry.add_text("f_copies", SEVERAL)
        with self._write_lock:
            docs, page_writer = self._writers()
            if self._docs.claim(doc.id):
                docs.delete_documents_by_query(self._id_query(self.schema, doc.id))
            if self._pages.claim(doc.id):
                page_writer.delete_documents_by_query(self._id_query(self.page_schema, doc.id))
            for page_entry in page_entries:
                page_writer.add_document(page_entry)
            docs.add_document(entry)

    @staticmethod
    def _id_query(schema: tantivy.Schema, doc_id: int) -> tantivy.Query:
        # delete_documents_by_term misses u64 terms given a Python int (tantivy-py 0.27
        # makes it an i64 term); a term query is typed from the schema.
        return tantivy.Query.term_query(schema, "doc_id", doc_id)

    def remove(self, doc_id: int) -> None:
        with self._write_lock:
            docs, pages = self._writers()
            docs.delete_documents_by_query(self._id_query(self.schema, doc_id))
            pages.delete_documents_by_query(self._id_query(self.page_schema, doc_id))

    def commit(self) -> None:
        """Make changes durable and visible to searches started after this returns."""
        with self._write_lock:
            if self._docs.writer is None:
                return
            self._pages.commit()
            self._docs.commit()
            self.generation += 1

    def clear(self) -> None:
        with self._write_lock:
            for writer in self._writers():
                writer.delete_all_documents()
            self._pages.commit()
            self._docs.commit()
            self.generation += 1

    def release_writer(self) -> None:
        """Let go of tantivy's writers (and their lock files) until the next write.

        A writer holds its index's lock for as long as it lives: kept after an indexing
        run, it would stop every other process from indexing this archive. Changes not
        committed are dropped (the store still marks those documents pending)."""
        with self._write_lock:
            for engine in (self._docs, self._pages):
                if engine.writer is not None:
                    engine.drop_writer(merged=True)
                    engine.collect_garbage()

    def close(self) -> None:
        with self._write_lock:
            self._pages.close()
            self._docs.close()

    # --- reading (any thread) -------------------------------------------------------------

    def searcher(self) -> tantivy.Searcher:
        """A searcher of the documents' index as of the last commit."""
        return self._docs.searcher()

    def page_searcher(self) -> tantivy.Searcher:
        """A searcher of the pages' index as of the last commit."""
        return self._pages.searcher()

    def doc_count(self) -> int:
        """The number of documents indexed (committed)."""
        count: int = self.searcher().num_docs
        return count

    def terms(self) -> Terms:
        """The index's words as of the last commit (this process's or another's: tantivy
        reloads its readers when an index's meta.json changes)."""
        return Terms(self.searcher())

    def size_bytes(self) -> int:
        if self.path is None:
            return 0
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

    # --- analysis -------------------------------------------------------------------------

    def _tantivy_documents(
        self, doc: Document, pages: Sequence[Page]
    ) -> tuple[tantivy.Document, list[tantivy.Document]]:
        """The document's tantivy document and one per page. Each page is analysed once:
        the document's text fields are its pages' words in order."""
        meta = doc.meta
        language = meta.language if stemmer_language(meta.language) != "norwegian" else "nb"
        entry = tantivy.Document()
        entry.add_unsigned("doc_id", doc.id)
        page_entries: list[tantivy.Document] = []
        text_x: list[str] = []
        text_n: list[str] = []
        distinct_norms: set[str] = set()
        for page in sorted(pages, key=lambda p: p.number):
            words = tokens(page.text)
            if not words:
                continue
            norms = normalise_many(words, language)
            distinct_norms.update(norms)
            exact, norm = " ".join(words), " ".join(norms)
            text_x.append(exact)
            text_n.append(norm)
            page_entry = tantivy.Document()
            page_entry.add_unsigned("doc_id", doc.id)
            page_entry.add_unsigned("page", page.number)
            page_entry.add_text("text_x", exact)
            page_entry.add_text("text_n", norm)
            page_entries.append(page_entry)
        entry.add_text("text_x", " ".join(text_x))
        entry.add_text("text_n", " ".join(text_n))
        contacts = [contact_label(c.name, c.email) for c in meta.contacts]
        contact_text = " ".join(
            " ".join(
                p for p in (c.name, c.role, c.organisation, c.email, *phone_words(c.phone)) if p
            )
            for c in meta.contacts
        )
        meta_text = " ".join([meta.organisation, *meta.authors, contact_text, *meta.tags])
        fields: dict[str, str] = {
            "title": meta.title or Path(doc.name).stem.replace("_", " "),
            "meta": meta_text,
            "summary": meta.summary,
        }
        for group, value in fields.items():
            words = tokens(value)
            normalised = normalise_many(words, language)
            entry.add_text(group + "_x", " ".join(words))
            entry.add_text(group + "_n", " ".join(normalised))
            distinct_norms.update(normalised)
        entry.add_text(REVERSED_FIELD, " ".join(n[::-1] for n in distinct_norms))
        for name, value in (
            ("org_n", meta.organisation),
            ("contact_n", contact_text),
            ("tag_n", " ".join(meta.tags)),
            ("path_n", doc.path),
        ):
            entry.add_text(name, " ".join(normalise_many(tokens(value), language)))
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
        return entry, page_entries


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
