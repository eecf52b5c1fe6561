"""The data that flows through vtviewer: frozen dataclasses, no behaviour beyond small helpers.

Data flows one way: files -> extract (Extraction) -> metadata (Metadata) -> index (Document,
Page, Problem) -> search (SearchResult with Hits) -> widgets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from vtviewer.core.text import display_name

#: Where a metadata value came from, strongest first.
Source = Literal["sidecar", "catalog", "pdf", "derived"]
SOURCES: tuple[Source, ...] = ("sidecar", "catalog", "pdf", "derived")

#: Years a period or a date may have: four digits, as dates are written and sorted (a
#: year outside is a slip, or an attack, and would not fit the full-text index's fields).
MIN_YEAR = 1000
MAX_YEAR = 9999

#: Document types vtviewer knows. "other" when nothing fits.
DocType = Literal["report", "plan", "action plan", "analysis", "minutes", "other"]
DOC_TYPES: tuple[DocType, ...] = ("report", "plan", "action plan", "analysis", "minutes", "other")


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
    sources: Mapping[str, Source] = field(default_factory=dict)

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


@dataclass(frozen=True)
class Page:
    """The text of one page. ``number`` is the 1-based physical page number."""

    doc_id: int
    number: int
    text: str
    label: str = ""


@dataclass(frozen=True)
class Problem:
    """A file that could not be indexed (or only partly), with a reason a person can read."""

    path: str
    reason: str
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


@dataclass(frozen=True)
class Progress:
    """Indexing progress, reported often; all counts are for the current run."""

    done: int
    total: int
    pages: int
    elapsed: float
    current: str = ""
    problems: int = 0
    phase: Literal["scanning", "indexing", "finishing", "done", "cancelled"] = "indexing"

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


# --- search results (filled by core.search) -------------------------------------------


@dataclass(frozen=True)
class PageHit:
    """A page of a document that matched, with its snippet.

    ``snippet`` is HTML-escaped text in which matched words are wrapped in <b>...</b>;
    ``terms`` are the words as written on the page that matched (for highlighting in the
    preview: the query "bjorn" gives "Bjørn").
    """

    page: int
    snippet: str
    label: str = ""
    terms: tuple[str, ...] = ()
    score: float = 0.0


@dataclass(frozen=True)
class Hit:
    document: Document
    score: float
    pages: tuple[PageHit, ...] = ()
    #: Words as written in the document (any page or metadata) that matched the query.
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Facets:
    """Counts of matching documents per value, most frequent first, per facet name.

    Names: "type", "year", "organisation", "contact", "tag".
    """

    counts: Mapping[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[Hit, ...]
    total: int
    facets: Facets
    suggestions: tuple[str, ...] = ()
    #: Messages about the query itself ("unbalanced quote ignored", "unknown field 'foo'").
    messages: tuple[str, ...] = ()
    took_ms: float = 0.0
