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
import contextlib
import errno
import json
import logging
import marshal
import os
import shutil
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tantivy

from vtviewer.core.analysis import fold, normalise_many, stemmer_language, tokens
from vtviewer.core.fulltext_check import index_damage
from vtviewer.core.model import Document, Page

log = logging.getLogger(__name__)

#: Bumped when the schema or the analysis changes; an index of another version is rebuilt.
#: 2: contacts' phone numbers (digits only) are indexed with the contacts.
SCHEMA_VERSION = 2
_VERSION_FILE = "vtviewer-schema-version"
#: A desktop, not a server: 64 MB of writer buffer and one indexing thread.
WRITER_HEAP = 64_000_000
WRITER_THREADS = 1
#: The smallest heap tantivy accepts, for a writer that only collects garbage.
GC_WRITER_HEAP = 15_000_000
#: The persisted vocabulary (see FullText.vocabulary) and its format version.
VOCABULARY_FILE = "vtviewer-vocabulary.marshal"
_VOCABULARY_FORMAT = 1
#: Saving the vocabulary may take this share of the indexer's time at most: a big index
#: is saved every few commits, and always at close.
VOCABULARY_SAVE_SHARE = 0.05

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


def _folded_spellings() -> dict[str, tuple[str, ...]]:
    """Folded text -> the lowercase letters and digraphs that fold to it ("a" -> "å",
    "aa", "á", ...; "ae" -> "æ"): how a folded prefix may be spelled in the vocabulary."""
    spellings: dict[str, list[str]] = {"a": ["aa"], "o": ["oe"]}
    for code in range(0xC0, 0x250):
        char = chr(code)
        if char.lower() != char or not char.isalpha():
            continue
        folded = fold(char)
        if folded != char and folded.isascii() and folded.isalpha():
            spellings.setdefault(folded, []).append(char)
    return {key: tuple(chars) for key, chars in spellings.items()}


_SPELLINGS = _folded_spellings()
#: Bounds the search for a folded prefix's spellings (a handful of nodes in practice).
_MAX_SPELLING_NODES = 2_000
#: Bounds the words looked at for a folded prefix (a short prefix has thousands).
_MAX_FOLDED_SCAN = 20_000


@dataclass(frozen=True)
class Vocabulary:
    """The index's own words, for prefix and compound expansion and "did you mean".

    ``exact`` is sorted (prefix lookup by bisect); ``norm_blob`` is the normalised terms
    joined by newlines (substring lookup with str.find runs in C: a few ms at 100k docs).
    A snapshot: ``exact`` and ``norm_blob`` never change; the dicts are shared with later
    snapshots and only ever grow (new words, higher counts), which readers can ignore.
    """

    exact: list[str]
    exact_df: dict[str, int]
    norm_blob: str
    norm_df: dict[str, int]
    #: normalised term -> the exact words that normalise to it, joined by newlines; left
    #: out when that is the term alone (most words), which keeps the file small and
    #: quick to load. Read it through ``exact_forms``.
    norm_to_exact: dict[str, str]

    def exact_forms(self, norm: str) -> list[str]:
        """The exact words that normalise to ``norm`` (for highlighting)."""
        joined = self.norm_to_exact.get(norm)
        if joined is not None:
            return joined.split("\n")
        return [norm] if norm in self.exact_df else []

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

    def _has_prefix(self, prefix: str) -> bool:
        i = bisect.bisect_left(self.exact, prefix)
        return i < len(self.exact) and self.exact[i].startswith(prefix)

    def with_folded_prefix(self, prefix: str, limit: int) -> list[str]:
        """Exact words spelled differently from ``prefix`` whose folded form starts
        with its folded form (tromso -> tromsø, tromsoe; bjørn -> bjoern), most frequent
        first; the words that start with ``prefix`` itself are ``with_prefix``'s.

        The vocabulary is sorted by spelling, not by folded form, so this walks the
        spellings of the folded prefix letter by letter, keeping only those that begin
        some word (a bisect each); the words under each are then checked with fold.
        """
        target = fold(prefix)
        if not target:
            return []
        starts: list[str] = []
        stack = [("", 0)]
        nodes = 0
        while stack and nodes < _MAX_SPELLING_NODES:
            raw, pos = stack.pop()
            nodes += 1
            if pos >= len(target):
                starts.append(raw)
                continue
            rest = target[pos:]
            options = [(rest[0], rest[0])]
            for key, chars in _SPELLINGS.items():
                if rest.startswith(key):
                    options.extend((key, c) for c in chars)
                elif key.startswith(rest):
                    # "næ" for the prefix "na": æ folds to "ae", past the prefix's end.
                    options.extend((rest, c) for c in chars)
            for key, spelling in options:
                candidate = raw + spelling
                if self._has_prefix(candidate):
                    stack.append((candidate, pos + len(key)))
        found: dict[str, None] = {}
        scanned = 0
        for start in starts:
            if start.startswith(prefix):
                continue  # with_prefix's words
            i = bisect.bisect_left(self.exact, start)
            for word in self.exact[i:]:
                scanned += 1
                if not word.startswith(start) or scanned > _MAX_FOLDED_SCAN:
                    break
                if not word.startswith(prefix) and fold(word).startswith(target):
                    found[word] = None
        ranked = sorted(found, key=lambda w: -self.exact_df.get(w, 0))
        return ranked[:limit]

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


def empty_vocabulary() -> Vocabulary:
    return Vocabulary([], {}, "", {}, {})


def _all_terms(searcher: tantivy.Searcher, fields: Iterable[str]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for name in fields:
        for term, df in searcher.terms_with_prefix(name, ""):
            merged[term] = merged.get(term, 0) + df
    return merged


def _map_to_exact(
    words: list[str],
    norm_df: dict[str, int],
    exact_df: dict[str, int],
    norm_to_exact: dict[str, str],
) -> None:
    """Record which normalised terms each of ``words`` stands for (both languages)."""
    for language in ("nb", "en"):
        for word, norm in zip(words, normalise_many(words, language), strict=True):
            if norm not in norm_df:
                continue
            joined = norm_to_exact.get(norm)
            if joined is None:
                if word == norm:
                    continue  # implied (see Vocabulary.norm_to_exact)
                joined = norm if norm in exact_df else ""
            forms = joined.split("\n") if joined else []
            if word not in forms:
                forms.append(word)
                norm_to_exact[norm] = "\n".join(forms)


def build_vocabulary(searcher: tantivy.Searcher) -> Vocabulary:
    """The vocabulary from tantivy's term lists: exact, but seconds at 100k documents."""
    exact_df = _all_terms(searcher, [g + "_x" for g in TEXT_GROUPS])
    norm_df = _all_terms(searcher, [g + "_n" for g in TEXT_GROUPS])
    exact = sorted(exact_df)
    norm_to_exact: dict[str, str] = {}
    _map_to_exact(exact, norm_df, exact_df, norm_to_exact)
    return Vocabulary(exact, exact_df, "\n".join(norm_df), norm_df, norm_to_exact)


def merge_words(
    vocabulary: Vocabulary, exact_counts: Mapping[str, int], norm_counts: Mapping[str, int]
) -> Vocabulary:
    """``vocabulary`` with the words of added documents: the next snapshot.

    Costs a stemmer call per word not seen before and a C-level merge of the sorted word
    list, instead of reading every term of the index again. Removed documents' words
    stay (a search for one finds nothing) and counts only grow: they rank expansions.
    """
    exact_df, norm_df = vocabulary.exact_df, vocabulary.norm_df
    new_exact = sorted(w for w in exact_counts if w not in exact_df)
    new_norm = [n for n in norm_counts if n not in norm_df]
    for word, count in exact_counts.items():
        exact_df[word] = exact_df.get(word, 0) + count
    for norm, count in norm_counts.items():
        norm_df[norm] = norm_df.get(norm, 0) + count
    if not new_exact and not new_norm:
        return vocabulary
    # sorted() finds the two sorted runs and merges them (timsort), in C.
    exact = sorted(vocabulary.exact + new_exact) if new_exact else vocabulary.exact
    blob = vocabulary.norm_blob
    if new_norm:
        blob = (blob + "\n" if blob else "") + "\n".join(new_norm)
    if new_exact:
        _map_to_exact(new_exact, norm_df, exact_df, vocabulary.norm_to_exact)
    return Vocabulary(exact, exact_df, blob, norm_df, vocabulary.norm_to_exact)


def save_vocabulary(vocabulary: Vocabulary, path: Path, stamp: int) -> int:
    """Write ``vocabulary`` to ``path`` atomically, tagged with the index's opstamp.

    marshal: the fastest stdlib format for plain str/int/list/dict, and the file is ours
    (it only ever holds what this module wrote). Returns the file's size.
    """
    data = marshal.dumps(
        (
            _VOCABULARY_FORMAT,
            stamp,
            vocabulary.exact,
            vocabulary.exact_df,
            vocabulary.norm_df,
            vocabulary.norm_to_exact,
        )
    )
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return len(data)


def load_vocabulary(path: Path, stamp: int) -> Vocabulary | None:
    """The vocabulary saved for the index state ``stamp``; None when missing or stale."""
    try:
        data = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, TypeError):
        log.warning("search vocabulary %s is unreadable; rebuilding it", path)
        return None
    if (
        not isinstance(data, tuple)
        or len(data) != 6
        or data[0] != _VOCABULARY_FORMAT
        or data[1] != stamp
    ):
        log.info("search vocabulary %s does not match the index; rebuilding it", path)
        return None
    _format, _stamp, exact, exact_df, norm_df, norm_to_exact = data
    return Vocabulary(exact, exact_df, "\n".join(norm_df), norm_df, norm_to_exact)


def _settled(stat: os.stat_result) -> bool:
    """True when a file's stat tells it apart from a later version of it. Two atomic
    writes within the clock's granularity (a few ms) can leave the same mtime, size and
    (reused) inode: a file changed less than a second ago is read again."""
    return time.time() - stat.st_mtime > 1.0


def _index_opstamp(path: Path) -> int:
    """The opstamp of the last commit of the index in ``path`` (tantivy's meta.json;
    background merges keep it), -1 when unknown."""
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        return int(meta["opstamp"])
    except (OSError, ValueError, KeyError, TypeError):
        return -1


class FullText:
    """The tantivy index. Written from one (indexer) thread, searched from any thread.

    The vocabulary (the index's words, see Vocabulary) is kept up to date as documents
    are added and saved next to the index after each commit, tagged with the commit's
    opstamp, so opening an index reads it in tens of ms instead of rebuilding it from
    tantivy's term lists (seconds at 100k documents). Only when that file is missing or
    stale (a crash between the tantivy commit and the save, an older version) is it
    rebuilt, in a background thread started by ``open``: searches wait for it, so the
    first one after such an open may take that long (about 2 s per 10k documents on a
    slow core); the GUI's window opens meanwhile.
    """

    def __init__(
        self,
        index: tantivy.Index,
        schema: tantivy.Schema,
        path: Path | None,
        read_only: bool = False,
        shadow: Path | None = None,
    ) -> None:
        self._index = index
        self.schema = schema
        self.path = path
        #: The index's folder (``path`` is None when a damaged index stands in for it).
        self.folder = path
        self.read_only = read_only
        #: What is wrong with the index, None while nothing is known to be: found at
        #: open (see fulltext_check) or when reading its words failed.
        self.damage: str | None = None
        #: Where a read-only index is opened from (see ``_open_read_only``).
        self._shadow = shadow
        self._writer: tantivy.IndexWriter | None = None
        # Lock order: _write_lock, then _vocab_lock.
        self._write_lock = threading.Lock()
        self._vocab_lock = threading.Lock()
        self._vocabulary = empty_vocabulary()
        self._vocab_ready = threading.Event()
        self._vocab_ready.set()
        #: Words of commits made while a rebuild runs, merged when it is done.
        self._backlog: list[tuple[Counter[str], Counter[str]]] = []
        #: Words of documents added since the last commit (document frequencies).
        self._pending_exact: Counter[str] = Counter()
        self._pending_norm: Counter[str] = Counter()
        self._opstamp = -1
        self._saved_stamp = -1
        #: meta.json as last read (mtime, size, inode) and its opstamp.
        self._meta_key: tuple[int, int, int] | None = None
        self._meta_stamp = -1
        #: The vocabulary file (and the opstamp) last found not to match; not read again.
        self._stale_key: tuple[int, int, int, int] | None = None
        self._next_save = 0.0
        #: Increases on every commit: the cache key for anything derived from the index.
        self.generation = 0

    @classmethod
    def open(cls, path: Path | None, *, read_only: bool = False) -> FullText:
        """Open (or create) the index in folder ``path``; None keeps it in RAM (tests).

        ``read_only``: the folder cannot be written; the index is searched as it is,
        never written, and its vocabulary is not saved."""
        schema = _schema()
        if path is None:
            return cls(tantivy.Index(schema), schema, None)
        if read_only:
            return cls._open_read_only(Path(path), schema)
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        version_file = path / _VERSION_FILE
        version = version_file.read_text().strip() if version_file.exists() else ""
        if version != str(SCHEMA_VERSION) and any(path.iterdir()):
            log.warning("full-text index %s is of another version; rebuilding it", path)
            _empty_folder(path)
        # Damage is found before tantivy opens the folder: it would start a new, empty
        # index over the segments of one whose meta.json is lost, and it panics later,
        # during a search, where a segment file holds garbage.
        damage = index_damage(path)
        if damage is None:
            try:
                index = tantivy.Index(schema, path=str(path), reuse=True)
            except ValueError as exc:
                damage = f"it cannot be opened: {exc}"
        if damage is not None:
            log.info("full-text index %s is damaged: %s", path, damage)
            return cls.damaged(path, damage)
        version_file.write_text(str(SCHEMA_VERSION))
        fulltext = cls(index, schema, path)
        fulltext._load_vocabulary()
        return fulltext

    @classmethod
    def damaged(cls, path: Path, damage: str) -> FullText:
        """What stands for a damaged index in ``path``: empty, in RAM, never written to
        the folder, with ``damage`` saying what is wrong (see Archive.rebuild)."""
        schema = _schema()
        fulltext = cls(tantivy.Index(schema), schema, None, read_only=True)
        fulltext.damage = damage
        fulltext.folder = path
        return fulltext

    @classmethod
    def _open_read_only(cls, path: Path, schema: tantivy.Schema) -> FullText:
        """tantivy takes a lock file even to read, and cannot where the folder is
        read-only: the index is opened from a temporary folder of links to its segment
        files (meta.json copied, so that the state read is the one linked)."""
        version_file = path / _VERSION_FILE
        try:
            version = version_file.read_text().strip()
            names = [p.name for p in path.iterdir()]
        except OSError:
            version, names = "", []
        if version != str(SCHEMA_VERSION) or "meta.json" not in names:
            if names:
                log.warning("full-text index %s cannot be read here (read-only); empty", path)
            return cls(tantivy.Index(schema), schema, None, read_only=True)
        damage = index_damage(path, remember=False)
        if damage is not None:
            return cls.damaged(path, damage)
        shadow = Path(tempfile.mkdtemp(prefix="vtviewer-readonly-"))
        try:
            for name in names:
                if name.startswith(".tantivy-") and name.endswith(".lock"):
                    continue
                if name in ("meta.json", ".managed.json"):
                    shutil.copyfile(path / name, shadow / name)
                else:
                    (shadow / name).symlink_to(path / name)
            index = tantivy.Index(schema, path=str(shadow), reuse=True)
            index.config_reader(reload_policy="manual")
        except BaseException:
            shutil.rmtree(shadow, ignore_errors=True)
            raise
        fulltext = cls(index, schema, path, read_only=True, shadow=shadow)
        fulltext._load_vocabulary()
        return fulltext

    # --- writing (indexer thread) ---------------------------------------------------------

    def _get_writer(self) -> tantivy.IndexWriter:
        """The writer (caller holds the write lock). Taking it, this process is the only
        one that commits until ``release_writer``: if another one committed since the
        vocabulary was read, the vocabulary is brought up to that state first, or this
        process's words would be merged into a stale one and saved for everyone."""
        if self.read_only:
            raise OSError(errno.EROFS, "the full-text index is open read-only", str(self.path))
        if self._writer is None:
            self._writer = self._index.writer(WRITER_HEAP, WRITER_THREADS)
            self._catch_up_vocabulary(rebuild=True)
        return self._writer

    def add(self, doc: Document, pages: Sequence[Page]) -> None:
        """Index ``doc`` with its pages, replacing whatever was indexed for doc.id."""
        entry, exact, norms = self._tantivy_document(doc, pages)
        with self._write_lock:
            writer = self._get_writer()
            writer.delete_documents_by_query(self._id_query(doc.id))
            writer.add_document(entry)
            self._pending_exact.update(exact)
            self._pending_norm.update(norms)

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
            self._opstamp = self._writer.commit()
            self._index.reload()
            self.generation += 1
            words = (self._pending_exact, self._pending_norm)
            self._pending_exact, self._pending_norm = Counter(), Counter()
            # Readiness only changes under the write lock (held here). The merge runs
            # outside the vocabulary lock so searches keep the previous snapshot meanwhile.
            if not self._vocab_ready.is_set():
                self._backlog.append(words)
                return
            merged = merge_words(self._vocabulary, *words)
            with self._vocab_lock:
                self._vocabulary = merged
            self._save_vocabulary()

    def clear(self) -> None:
        with self._write_lock:
            writer = self._get_writer()
            writer.delete_all_documents()
            self._opstamp = writer.commit()
            self._index.reload()
            self.generation += 1
            self._pending_exact, self._pending_norm = Counter(), Counter()
            with self._vocab_lock:
                # A rebuild still running drops its result (see _prepare_vocabulary).
                self._vocabulary = empty_vocabulary()
                self._backlog = []
                self._vocab_ready.set()
            self._save_vocabulary(force=True)

    def release_writer(self) -> None:
        """Let go of tantivy's writer (and its lock file) until the next write.

        The writer holds the index's lock for as long as it lives: kept after an indexing
        run, it would stop every other process from indexing this archive. Changes not
        committed are dropped (the store still marks those documents pending).

        The vocabulary is saved first, always: the next process to open or write this
        index reads it from there instead of rebuilding it or going on with a stale one."""
        if self._writer is not None:
            # A rebuild still running (begun at open, or on taking the writer) saves
            # when it is done; wait for it: the writer's commits are in it by then. Not
            # under the write lock, which the rebuild takes to finish.
            self._vocab_ready.wait()
        with self._write_lock:
            if self._writer is not None:
                if self._vocab_ready.is_set():
                    self._save_vocabulary(force=True)
                self._drop_writer()
                # The segments that the last merges replaced are deleted only by a
                # writer's garbage collection: left alone, the folder kept up to twice
                # the index on disk between runs. Not needed for correctness: when it
                # fails (a full disk), the next release tries again.
                try:
                    # Readers keep the files of the segments they hold: move them on first.
                    self._index.reload()
                    collector = self._index.writer(GC_WRITER_HEAP, 1)
                    collector.garbage_collect_files()
                    collector.wait_merging_threads()
                except ValueError:
                    log.warning(
                        "could not remove the full-text index's unused files", exc_info=True
                    )

    def close(self) -> None:
        with self._write_lock:
            if self._vocab_ready.is_set():
                self._save_vocabulary(force=True)
            if self._writer is not None:
                self._drop_writer()
            self._pending_exact, self._pending_norm = Counter(), Counter()
            if self._shadow is not None:
                shutil.rmtree(self._shadow, ignore_errors=True)
                self._shadow = None

    def _drop_writer(self) -> None:
        """Roll back and close the writer. wait_merging_threads() consumes it, so it is
        forgotten first: if anything stops us halfway (Ctrl+C), nothing is left pointing
        at a consumed writer for close() to trip over."""
        writer, self._writer = self._writer, None
        self._pending_exact, self._pending_norm = Counter(), Counter()
        if writer is not None:
            try:
                writer.rollback()
            except ValueError:
                # A writer whose commit failed (a full disk) may refuse to roll back too;
                # what matters is that it lets go of the index's lock below.
                log.warning("rolling back the full-text writer failed", exc_info=True)
            finally:
                writer.wait_merging_threads()

    # --- the vocabulary -------------------------------------------------------------------

    def _vocabulary_file(self) -> Path | None:
        return None if self.path is None else self.path / VOCABULARY_FILE

    def _load_vocabulary(self) -> None:
        """At open: read the saved vocabulary, or rebuild it when there is none that
        matches the index, in a background thread (searches wait for it)."""
        file = self._vocabulary_file()
        if file is None:
            return
        self._opstamp = _index_opstamp(file.parent)
        searcher = self.searcher()
        if searcher.num_docs == 0 and not file.exists():
            return  # nothing to know; saved with the first commit
        self._vocab_ready.clear()
        threading.Thread(
            target=self._prepare_vocabulary_safely,
            args=(file, self._opstamp, searcher),
            name="vtviewer-vocabulary",
            daemon=True,
        ).start()

    def _catch_up_vocabulary(self, rebuild: bool) -> None:
        """When another process has committed since the vocabulary was taken (meta.json's
        opstamp moved on), take the vocabulary it saved for that state. ``rebuild``
        (the writer, which must not go on from a stale one): where there is none, rebuild
        it in the background, as at open. Readers keep theirs until one is saved (every
        process saves when it lets go of the writer). Caller holds the write lock."""
        file = self._vocabulary_file()
        if file is None or self.read_only or not self._vocab_ready.is_set():
            return
        stamp = self._disk_opstamp()
        if stamp < 0 or stamp == self._opstamp:
            return
        vocabulary = self._saved_vocabulary(file, stamp)
        if vocabulary is not None:
            with self._vocab_lock:
                self._vocabulary = vocabulary
            self._opstamp = self._saved_stamp = stamp
            self._index.reload()
            self.generation += 1
            log.info("search vocabulary of commit %d loaded (another process indexed)", stamp)
        elif rebuild:
            log.info("search vocabulary is behind commit %d; rebuilding it", stamp)
            self._index.reload()
            self._opstamp = stamp
            self._vocab_ready.clear()
            threading.Thread(
                target=self._prepare_vocabulary_safely,
                args=(file, stamp, self.searcher()),
                name="vtviewer-vocabulary",
                daemon=True,
            ).start()

    def _disk_opstamp(self) -> int:
        """meta.json's opstamp, read again only when the file changed (a stat per call)."""
        if self.path is None:
            return -1
        try:
            stat = (self.path / "meta.json").stat()
        except OSError:
            return -1
        key = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        if key != self._meta_key or not _settled(stat):
            self._meta_key = key
            self._meta_stamp = _index_opstamp(self.path)
        return self._meta_stamp

    def _saved_vocabulary(self, file: Path, stamp: int) -> Vocabulary | None:
        """The saved vocabulary when it is the one for ``stamp``; the file is read again
        only when it changed since it was last found stale."""
        try:
            stat = file.stat()
        except OSError:
            return None
        key = (stat.st_mtime_ns, stat.st_size, stat.st_ino, stamp)
        if key == self._stale_key:
            return None
        vocabulary = load_vocabulary(file, stamp)
        if vocabulary is None and _settled(stat):
            self._stale_key = key
        return vocabulary

    def _prepare_vocabulary_safely(
        self, file: Path, stamp: int, searcher: tantivy.Searcher
    ) -> None:
        """The vocabulary thread: whatever happens, searches (and ``release_writer``)
        waiting for the vocabulary are let go."""
        try:
            self._prepare_vocabulary(file, stamp, searcher)
        except BaseException:
            log.exception("preparing the search vocabulary failed; expansions are off")
            with self._vocab_lock:
                if not self._vocab_ready.is_set():
                    self._vocabulary = empty_vocabulary()
                    self._backlog = []
                    self._vocab_ready.set()

    def _prepare_vocabulary(self, file: Path, stamp: int, searcher: tantivy.Searcher) -> None:
        started = time.perf_counter()
        vocabulary = load_vocabulary(file, stamp) if stamp >= 0 else None
        loaded = vocabulary is not None
        if vocabulary is None:
            try:
                vocabulary = build_vocabulary(searcher)
            except BaseException as exc:
                # Reading the index's own term lists fails only where the index is
                # damaged; a panic is a BaseException, caught all the same, or this
                # thread would end without a vocabulary and every search wait for it.
                log.info("reading the full-text index's words failed: %s", exc, exc_info=exc)
                self.damage = f"reading its words failed: {exc}"
                vocabulary = empty_vocabulary()
        with self._write_lock:
            with self._vocab_lock:
                if self._vocab_ready.is_set():
                    return  # cleared meanwhile
                # Commits made meanwhile (the state on disk was taken at open).
                for words in self._backlog:
                    vocabulary = merge_words(vocabulary, *words)
                self._backlog = []
                self._vocabulary = vocabulary
                self._vocab_ready.set()
            if loaded and self._opstamp == stamp:
                self._saved_stamp = stamp
            else:
                self._save_vocabulary(force=True)
        log.info(
            "search vocabulary %s: %d words in %.0f ms",
            "loaded" if loaded else "rebuilt",
            len(vocabulary.exact),
            1000 * (time.perf_counter() - started),
        )

    def _save_vocabulary(self, force: bool = False) -> None:
        """Save the vocabulary for the last commit (caller holds the write lock), unless
        the last save was too recent for its cost (see VOCABULARY_SAVE_SHARE)."""
        file = self._vocabulary_file()
        if (
            file is None
            or self.read_only
            or self._opstamp < 0
            or self._saved_stamp == self._opstamp
            # A process that is behind (another one committed since) would write an
            # older vocabulary over the one saved for the index as it is.
            or _index_opstamp(file.parent) != self._opstamp
        ):
            return
        started = time.monotonic()
        if not force and started < self._next_save:
            return
        try:
            save_vocabulary(self._vocabulary, file, self._opstamp)
        except OSError:
            # Not fatal: the next open rebuilds it.
            log.warning("could not save the search vocabulary to %s", file, exc_info=True)
            return
        self._saved_stamp = self._opstamp
        took = time.monotonic() - started
        self._next_save = started + took / VOCABULARY_SAVE_SHARE

    # --- reading (any thread) -------------------------------------------------------------

    def searcher(self) -> tantivy.Searcher:
        return self._index.searcher()

    def doc_count(self) -> int:
        """The number of documents indexed (committed)."""
        count: int = self.searcher().num_docs
        return count

    def vocabulary(self) -> Vocabulary:
        """The index's words as of the last commit, this process's or another's (waits
        while a rebuild runs)."""
        self._vocab_ready.wait()
        # Never waits for this process's own writer: while it holds the writer no other
        # process commits, and whoever else holds the lock brings the words up to date.
        if self._write_lock.acquire(blocking=False):
            try:
                if self._writer is None:
                    self._catch_up_vocabulary(rebuild=False)
            finally:
                self._write_lock.release()
        with self._vocab_lock:
            return self._vocabulary

    def size_bytes(self) -> int:
        if self.path is None:
            return 0
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

    # --- analysis -------------------------------------------------------------------------

    def _tantivy_document(
        self, doc: Document, pages: Sequence[Page]
    ) -> tuple[tantivy.Document, set[str], set[str]]:
        """The tantivy document, and its distinct exact and normalised searchable words
        (for the vocabulary)."""
        meta = doc.meta
        language = meta.language if stemmer_language(meta.language) != "norwegian" else "nb"
        entry = tantivy.Document()
        entry.add_unsigned("doc_id", doc.id)
        contacts = [contact_label(c.name, c.email) for c in meta.contacts]
        contact_text = " ".join(
            " ".join(
                p for p in (c.name, c.role, c.organisation, c.email, *phone_words(c.phone)) if p
            )
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
        exact: set[str] = set()
        norms: set[str] = set()
        for group, value in fields.items():
            words = tokens(value)
            normalised = normalise_many(words, language)
            entry.add_text(group + "_x", " ".join(words))
            entry.add_text(group + "_n", " ".join(normalised))
            exact.update(words)
            norms.update(normalised)
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
        return entry, exact, norms


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
