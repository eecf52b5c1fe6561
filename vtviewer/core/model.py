"""The data that flows through vtviewer: frozen dataclasses, no behaviour beyond small helpers.

Data flows one way: files -> extract (Extraction) -> metadata (Metadata) -> index (Document,
Page, Problem) -> search (SearchResult with Hits) -> widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from vtviewer.core.text import display_name

#: Where a metadata value came from, strongest first. "edited": set in vtviewer's editor
#: (the window, ``vtviewer edit`` or an imported register), kept in the sidecar or, where
#: the PDF's folder cannot be written, in the data folder's overlay.
Source = Literal["edited", "sidecar", "catalog", "pdf", "derived"]
SOURCES: tuple[Source, ...] = ("edited", "sidecar", "catalog", "pdf", "derived")

#: Years a period or a date may have: four digits, as dates are written and sorted (a
#: year outside is a slip, or an attack, and would not fit the full-text index's fields).
MIN_YEAR = 1000
MAX_YEAR = 9999

#: Document types vtviewer knows. "other" when nothing fits.
DocType = Literal["report", "plan", "action plan", "analysis", "minutes", "other"]
DOC_TYPES: tuple[DocType, ...] = ("report", "plan", "action plan", "analysis", "minutes", "other")


#: What a message can say: problem reasons (extract, pool, scan), query notes (query) and
#: search notes (search), and the parts some of them are made of (what a file looks like,
#: why the PDF engine refused it). Each front end words every code from one table:
#: core.messages in English (the CLI, the logs), gui.messages in the user's language.
MessageCode = Literal[
    # Problem reasons: the file itself.
    "not-regular-folder",
    "not-regular-pipe",
    "not-regular-socket",
    "not-regular-device",
    "file-not-found",
    "permission-denied",
    "cannot-read-file",
    "empty-file",
    "not-pdf-looks-like",
    "not-pdf-unknown",
    "password-required",
    "wrong-password",
    "damaged-pdf",
    "damaged-pdf-pypdf",
    "could-not-read",
    # Problem reasons: the worker that read it.
    "timed-out",
    "did-not-start",
    "crashed-signal",
    "crashed-exit",
    "failed-to-start",
    "out-of-memory",
    # Problem reasons: the indexer.
    "folder-unreadable",
    "sidecar-invalid",
    "catalog-invalid",
    "not-stored",
    "metadata-not-read",
    "metadata-not-updated",
    "not-in-search-index",
    "vanished-while-indexing",
    "changed-while-indexing",
    # A reason stored by an older vtviewer, in English (its one argument).
    "legacy",
    # Edits: why one was not written where it was meant to go.
    "edit-conflict",
    "edit-overlay",
    "edit-not-written",
    "edit-sidecar-unreadable",
    "edit-document-gone",
    "edit-index-later",
    "edit-bad-value",
    "edit-unknown-field",
    # Registers (core.register): why one cannot be read, what became of a row.
    "register-unknown-format",
    "register-unreadable",
    "register-too-large",
    "register-too-many-rows",
    "register-empty",
    "register-not-text",
    "register-bad-csv",
    "register-bad-json",
    "register-json-shape",
    "register-bad-xlsx",
    "register-not-object",
    "register-no-key",
    "register-no-match",
    "register-ambiguous",
    "register-duplicate",
    # Export: why the file was not written.
    "export-exists",
    "export-no-space",
    "export-permission",
    "export-failed",
    "export-not-in-catalog",
    "export-catalog-too-large",
    # The contacts directory (core.directory): its merges and splits, a person's edit.
    "contacts-unreadable",
    "contacts-not-written",
    "contacts-merge-same",
    "contacts-merge-name",
    "contacts-split-unknown",
    "contacts-split-all",
    "contacts-bad-phone",
    "contacts-bad-email",
    "contacts-person-empty",
    "contacts-document-changed",
    # OCR: why a scanned page could not be recognised.
    "ocr-failed",
    # Parts of "not-pdf-looks-like": what the file looks like.
    "looks-zip",
    "looks-png",
    "looks-jpeg",
    "looks-gif",
    "looks-tiff",
    "looks-old-office",
    "looks-rtf",
    "looks-postscript",
    "looks-gzip",
    "looks-7zip",
    "looks-rar",
    "looks-program",
    "looks-html",
    "looks-xml",
    "looks-text",
    # Parts of "damaged-pdf": what is wrong.
    "truncated",
    "tree-loops",
    "tree-repeats",
    "tree-too-deep",
    "too-many-pages",
    "nested-too-deeply",
    # Why the PDF engine (PDFium, in pypdfium2 and in QtPdf) refused a file.
    "engine-unknown",
    "engine-file-not-found",
    "engine-invalid-format",
    "engine-password",
    "engine-security",
    "engine-incomplete",
    "engine-no-pages",
    "engine-pages",
    # Query notes.
    "too-many-words",
    "too-many-characters",
    "unbalanced-quote",
    "unknown-field",
    "unbalanced-close",
    "or-without-left",
    "or-without-right",
    "not-without-word",
    "too-deeply-nested",
    "unbalanced-open",
    "field-without-value",
    "word-too-long",
    "bad-year",
    "year-range-shortened",
    "unknown-type",
    "only-excluded",
    "nothing-to-search",
    # Search notes.
    "unknown-sort",
    "unknown-filter",
]


#: How results can be ordered (Archive.search's ``sort``). "modified" is the file's
#: modification time, "type" the type's name as the caller shows it, "period" the years it
#: covers, "organisation" and "title" in Norwegian alphabetical order.
SORTS: tuple[str, ...] = (
    "relevance",
    "date",
    "title",
    "pages",
    "modified",
    "type",
    "period",
    "organisation",
)


@dataclass(frozen=True)
class Message:
    """Something to tell a person, as a code and its arguments, never as a sentence.

    An argument is text shown as it is (a file name, the system's words), a number
    (each front end writes it its own way), or a Message of its own (a part of this one:
    what a file looks like, why the engine refused it)."""

    code: MessageCode
    args: tuple[str | int | Message, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """What a worker process read from one PDF, before any merging or guessing.

    ``info`` holds the PDF info dictionary with the leading slash dropped ("Title",
    "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate";
    dates as ISO 8601 strings where they could be parsed). ``xmp`` holds XMP values under
    their prefixed names ("dc:title", "dc:creator", "dc:description", "dc:subject",
    "dc:language", "xmp:CreateDate", "xmp:ModifyDate", "pdf:Keywords", "pdf:Producer"),
    lists joined with "; ".
    """

    page_count: int
    pages: tuple[str, ...]
    page_labels: tuple[str, ...] = ()
    info: Mapping[str, str] = field(default_factory=dict)
    xmp: Mapping[str, str] = field(default_factory=dict)
    outline: tuple[str, ...] = ()
    encrypted: bool = False
    #: The largest text on page 1 (by font size), "" when unknown.
    first_page_heading: str = ""
    #: Which engine produced the page text ("pdfium" or "pypdf").
    text_engine: str = ""
    #: The 1-based pages that have no text layer of their own (none, or a few characters
    #: on a page covered by an image): a scan, for OCR (see core.ocr).
    textless: tuple[int, ...] = ()


@dataclass(frozen=True)
class Contact:
    """A person (or office) to ask about a document."""

    name: str = ""
    role: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""


#: The names ``Metadata.sources`` may hold: one per field, the period as one.
METADATA_FIELDS = (
    "title",
    "doc_type",
    "period",
    "published",
    "modified",
    "organisation",
    "authors",
    "summary",
    "language",
    "tags",
    "contacts",
    "attachments",
)


@dataclass(frozen=True)
class Metadata:
    """Merged metadata for one document; ``sources`` says where each field came from.

    ``sources`` maps a field name ("title", "doc_type", "period", "published", "modified",
    "organisation", "authors", "summary", "language", "tags", "contacts", "attachments")
    to a Source. Fields that are empty have no entry.
    """

    title: str = ""
    doc_type: DocType = "other"
    period_from: int | None = None
    period_to: int | None = None
    #: ISO dates (YYYY-MM-DD) or "" when unknown.
    published: str = ""
    modified: str = ""
    organisation: str = ""
    authors: tuple[str, ...] = ()
    summary: str = ""
    #: ISO 639-1 code: "nb", "nn", "en", "de", ...; "" when unknown.
    language: str = ""
    tags: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    #: Absolute paths of the other files of the same catalog entry.
    attachments: tuple[str, ...] = ()
    #: The absolute path of the main file of the catalog entry this one is an attachment
    #: of ("" when it is none): its ``attachments`` are then its siblings and that main
    #: file, not attachments of its own (see core.attachments).
    attached_to: str = ""
    sources: Mapping[str, Source] = field(default_factory=dict)
    #: True when some of the edits wait in the data folder's overlay (the PDF's folder
    #: could not be written) rather than in the sidecar next to the file.
    overlay: bool = False

    @property
    def period(self) -> str:
        """The period as users write it: "2013 - 2015", "2013" or ""."""
        if self.period_from is None:
            return ""
        if self.period_to is None or self.period_to == self.period_from:
            return str(self.period_from)
        return f"{self.period_from} - {self.period_to}"


@dataclass(frozen=True)
class Document:
    """One indexed PDF file. ``id`` is stable across renames and moves inside the roots."""

    id: int
    path: str
    size: int
    mtime: float
    hash: str
    page_count: int
    encrypted: bool
    meta: Metadata
    #: Unix time the document was last (re)indexed.
    indexed_at: float = 0.0

    @property
    def name(self) -> str:
        """The file name as a person reads it (a non-UTF-8 name decoded, see
        text.display_name); open the file with ``path``, which keeps its bytes."""
        return display_name(self.path)


PageSource = Literal["layer", "none", "ocr", "failed"]


@dataclass(frozen=True)
class WordBox:
    """A word Tesseract recognised: its text and box as fractions (0..1) of the page as
    shown (rotation applied), and Tesseract's confidence (0..100)."""

    text: str
    left: float
    top: float
    width: float
    height: float
    confidence: float


@dataclass(frozen=True)
class Page:
    """The text of one page. ``number`` is the 1-based physical page number."""

    doc_id: int
    number: int
    text: str
    label: str = ""
    #: Where the text comes from: "layer" (the PDF's own), "none" (no text layer, not
    #: recognised), "ocr" (recognised by Tesseract), "failed" (OCR gave up on it).
    source: PageSource = "layer"

    @property
    def recognised(self) -> bool:
        return self.source == "ocr"


@dataclass(frozen=True)
class Problem:
    """A file that could not be indexed (or only partly), and why."""

    path: str
    reason: Message
    #: Short machine-readable kind: "not-pdf", "empty", "password", "damaged", "timeout",
    #: "memory", "crash", "unreadable", "vanished", "sidecar", "catalog".
    kind: str = "damaged"
    when: float = 0.0


@dataclass(frozen=True)
class Stats:
    documents: int
    pages: int
    problems: int
    index_bytes: int
    roots: int
    #: Pages with no text layer that are not recognised (no Tesseract, OCR off, or not yet).
    pages_without_text: int = 0
    #: Pages whose text Tesseract recognised.
    pages_recognised: int = 0


@dataclass(frozen=True)
class Progress:
    """Indexing progress, reported often; all counts are for the current run."""

    done: int
    total: int
    pages: int
    elapsed: float
    current: str = ""
    problems: int = 0
    #: "recognising": the OCR pass; ``done``, ``total`` and ``pages`` count its pages then,
    #: not files, and ``elapsed`` is the time of the pass.
    phase: Literal["scanning", "indexing", "recognising", "finishing", "done", "cancelled"] = (
        "indexing"
    )

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        """Estimated time left, None until there is something to estimate from."""
        if self.done <= 0 or self.elapsed <= 0 or self.total <= self.done:
            return None if self.total > self.done else 0.0
        return self.elapsed / self.done * (self.total - self.done)


@dataclass(frozen=True)
class IndexSummary:
    """What one indexing run did."""

    added: int = 0
    updated: int = 0
    moved: int = 0
    removed: int = 0
    unchanged: int = 0
    problems: int = 0
    pages: int = 0
    seconds: float = 0.0
    cancelled: bool = False
    #: Pages recognised with OCR in this run (from the cache or by Tesseract).
    recognised: int = 0


# --- search results (filled by core.search) -------------------------------------------


@dataclass(frozen=True)
class Snippet:
    """A piece of page text around the matches, as plain text; ``spans`` are the (start,
    end) offsets in ``text`` of the words that matched, in order, never overlapping. The
    front end chooses the markup (bold in the window, stars in a terminal)."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def marked(self, start: str, end: str, escape: Callable[[str], str] = lambda text: text) -> str:
        """The text with each match between ``start`` and ``end``; ``escape`` is applied
        to the text (not to the marks): ``marked("<b>", "</b>", html.escape)``."""
        parts: list[str] = []
        cursor = 0
        for span_start, span_end in self.spans:
            parts.append(escape(self.text[cursor:span_start]))
            parts.append(start + escape(self.text[span_start:span_end]) + end)
            cursor = span_end
        parts.append(escape(self.text[cursor:]))
        return "".join(parts)


@dataclass(frozen=True)
class PageHit:
    """A page of a document that matched, with its snippet.

    ``terms`` are the words as written on the page that matched (for highlighting in the
    preview: the query "bjorn" gives "Bjørn").
    """

    page: int
    snippet: Snippet
    label: str = ""
    terms: tuple[str, ...] = ()
    score: float = 0.0
    #: The page's text was recognised (OCR), not read from its text layer.
    recognised: bool = False


@dataclass(frozen=True)
class Hit:
    document: Document
    score: float
    pages: tuple[PageHit, ...] = ()
    #: Words as written in the document (any page or metadata) that matched the query.
    terms: tuple[str, ...] = ()
    #: The other paths of the same content (core.copies), the main copy being ``document``.
    locations: tuple[str, ...] = ()
    #: The document's attachments that are indexed (core.attachments).
    attachments: tuple[Document, ...] = ()


@dataclass(frozen=True)
class Facets:
    """Counts of matching documents per value, most frequent first, per facet name.

    Names: "type", "year", "organisation", "contact", "tag", "copies" (core.copies).
    """

    counts: Mapping[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Correction:
    """A query word that matched nothing, searched as a word of the index near it.

    ``typed`` is the word as typed (lowercased), ``used`` the word searched for instead,
    as the documents shown write it; ``field`` the field filter it was in (None: none)."""

    typed: str
    used: str
    field: str | None = None


@dataclass(frozen=True)
class SimilarDocument:
    """A document like another one, with the words the two share (as written)."""

    document: Document
    score: float
    shared: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[Hit, ...]
    total: int
    facets: Facets
    suggestions: tuple[str, ...] = ()
    #: Notes about the query itself (an unbalanced quote, an unknown field or sort).
    messages: tuple[Message, ...] = ()
    took_ms: float = 0.0
    #: Words corrected for typos (the hits found with them rank below any exact match).
    corrections: tuple[Correction, ...] = ()
