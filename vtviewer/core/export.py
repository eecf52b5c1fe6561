"""The core's data as plain JSON-able data, CSV rows and catalog entries: the shapes
`vtviewer search --json`, `show --json`, `problems --json`, `similar --json` and `export`
write. The store and the search engine return dataclasses; this module alone decides how
they look outside.

Text is made valid Unicode (a broken summary in an old index); a path keeps its
surrogate-escaped bytes, so that what reads the output can open the file (the CLI writes
them as \\u escapes in JSON, as the bytes they are in CSV).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from vtviewer.core.messages import english, to_data
from vtviewer.core.metadata import SHARED_WITH_ATTACHMENTS
from vtviewer.core.model import (
    Contact,
    Document,
    Metadata,
    Problem,
    SearchResult,
    SimilarDocument,
    Snippet,
)
from vtviewer.core.sidecar import FORMAT_VERSION
from vtviewer.core.text import clean, clean_text, display_name


def document_data(doc: Document) -> dict[str, Any]:
    """A document with all its metadata (``show --json``, ``export --format json``)."""
    meta = doc.meta
    return {
        "id": doc.id,
        "path": doc.path,
        "size": doc.size,
        "mtime": doc.mtime,
        "hash": doc.hash,
        "pages": doc.page_count,
        "encrypted": doc.encrypted,
        "title": meta.title,
        "type": meta.doc_type,
        "period": meta.period,
        "period_from": meta.period_from,
        "period_to": meta.period_to,
        "published": meta.published,
        "modified": meta.modified,
        "organisation": meta.organisation,
        "authors": list(meta.authors),
        "summary": meta.summary,
        "language": meta.language,
        "tags": list(meta.tags),
        "contacts": [asdict(c) for c in meta.contacts],
        "attachments": list(meta.attachments),
        "sources": dict(meta.sources),
    }


def problem_data(problem: Problem) -> dict[str, Any]:
    """A problem: its reason in English and as a message (code and arguments)."""
    data: dict[str, Any] = clean(
        {
            "reason": english(problem.reason),
            "kind": problem.kind,
            "message": to_data(problem.reason),
        }
    )
    return {"path": problem.path, **data}


def snippet_data(snippet: Snippet) -> dict[str, Any]:
    """A snippet as its text and the [start, end] offsets of the matched words in it."""
    return {"text": snippet.text, "spans": [list(span) for span in snippet.spans]}


def result_data(result: SearchResult) -> dict[str, Any]:
    """A search result (``search --json``)."""
    hits: list[dict[str, Any]] = []
    for hit in result.hits:
        doc = hit.document
        pages: list[dict[str, Any]] = []
        for page in hit.pages:
            entry: dict[str, Any] = {"page": page.page, "snippet": snippet_data(page.snippet)}
            if page.label and page.label != str(page.page):
                entry["page_label"] = page.label
            if page.recognised:
                entry["recognised"] = True  # the text is OCR's reading of a scan
            pages.append(entry)
        hits.append(
            {
                "id": doc.id,
                "path": "",  # set below: a path is not cleaned
                "title": doc.meta.title or display_name(doc.path),
                "type": doc.meta.doc_type,
                "period": doc.meta.period,
                "organisation": doc.meta.organisation,
                "score": round(hit.score, 4),
                "terms": list(hit.terms),
                "pages": pages,
                "locations": [],  # set below, as the path
                "attachments": [
                    {
                        "id": a.id,
                        "path": "",
                        "title": a.meta.title or display_name(a.path),
                        "type": a.meta.doc_type,
                    }
                    for a in hit.attachments
                ],
            }
        )
    data: dict[str, Any] = clean(
        {
            "total": result.total,
            "took_ms": round(result.took_ms, 2),
            "hits": hits,
            "facets": {
                name: [{"value": value, "count": count} for value, count in values]
                for name, values in result.facets.counts.items()
            },
            "suggestions": list(result.suggestions),
            "corrections": [
                {"typed": c.typed, "used": c.used, "field": c.field} for c in result.corrections
            ],
            "messages": [english(m) for m in result.messages],
        }
    )
    for entry, hit in zip(data["hits"], result.hits, strict=True):
        entry["path"] = hit.document.path
        entry["locations"] = list(hit.locations)
        for attached, document in zip(entry["attachments"], hit.attachments, strict=True):
            attached["path"] = document.path
    return data


#: Contacts get columns of their own, this many people; more go into "more_contacts".
CSV_CONTACTS = 3
#: A contact's columns, in order: contact_1_name, contact_1_role, ...
CONTACT_FIELDS = ("name", "role", "organisation", "phone", "email")


def similar_data(source: Document, found: tuple[SimilarDocument, ...]) -> dict[str, Any]:
    """The documents like ``source`` with the words they share (``similar --json``)."""
    entries: list[dict[str, Any]] = [
        clean(
            {
                "id": item.document.id,
                "title": item.document.meta.title or display_name(item.document.path),
                "type": item.document.meta.doc_type,
                "period": item.document.meta.period,
                "organisation": item.document.meta.organisation,
                "score": round(item.score, 4),
                "shared": list(item.shared),
            }
        )
        for item in found
    ]
    for entry, item in zip(entries, found, strict=True):
        entry["path"] = item.document.path  # a path is not cleaned
    return {"path": source.path, "similar": entries}


#: The columns of ``export --format csv``.
CSV_COLUMNS = (
    "path",
    "title",
    "type",
    "period",
    "published",
    "modified",
    "organisation",
    "authors",
    "language",
    "tags",
    "pages",
    "size",
    "summary",
    "attachments",
    *(f"contact_{n}_{name}" for n in range(1, CSV_CONTACTS + 1) for name in CONTACT_FIELDS),
    "more_contacts",
)

#: What a spreadsheet takes for the start of a formula (tab and carriage return too, as
#: OWASP advises: some programs drop them and read what follows).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guarded(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text: one that would start a formula gets a
    leading apostrophe (a name such as "=HYPERLINK(...)" in a PDF's metadata must not run)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def csv_row(doc: Document) -> list[str]:
    """A document as one CSV row of CSV_COLUMNS: lists joined with "; ", dates ISO, numbers
    as plain digits, every contact's parts in columns of their own (the contacts after the
    first CSV_CONTACTS in "more_contacts", one per "|", parts joined with ", "), text that
    would start a formula with a leading apostrophe. The path keeps its bytes."""
    meta = doc.meta
    contacts: list[str] = []
    for n in range(CSV_CONTACTS):
        contact = meta.contacts[n] if n < len(meta.contacts) else Contact()
        contacts.extend(getattr(contact, name) for name in CONTACT_FIELDS)
    more = " | ".join(
        ", ".join(v for v in (getattr(c, name) for name in CONTACT_FIELDS) if v)
        for c in meta.contacts[CSV_CONTACTS:]
    )
    text = [
        meta.title,
        meta.doc_type,
        meta.period,
        meta.published,
        meta.modified,
        meta.organisation,
        "; ".join(meta.authors),
        meta.language,
        "; ".join(meta.tags),
    ]
    after = [meta.summary, "; ".join(meta.attachments), *contacts, more]
    return [
        guarded(doc.path),
        *(guarded(clean_text(v)) for v in text),
        str(doc.page_count),
        str(doc.size),
        *(guarded(clean_text(v)) for v in after[:1]),
        # Attachments are paths: they keep their bytes, as the document's own path does.
        guarded(after[1]),
        *(guarded(clean_text(v)) for v in after[2:]),
    ]


_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(data: Any) -> str:
    """JSON as text with Norwegian letters as they are. A file name that is not valid
    UTF-8 reaches Python with lone surrogates; they are written as \\udcXX escapes, so the
    text encodes as valid UTF-8 and json.loads gives back the same (os.fsencode-able)
    string."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


# --- catalog --------------------------------------------------------------------------


def catalog_entry(
    meta: Metadata, files: Sequence[str], left_out: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """One catalog entry: ``files`` (relative, "/"-separated) and every field of ``meta``
    but those ``left_out`` (sidecar keys), an empty one too (given as empty, it hides what
    the PDF would say, as it did here)."""
    period: dict[str, int] = {}
    if meta.period_from is not None:
        period["from"] = meta.period_from
        if meta.period_to is not None:
            period["to"] = meta.period_to
    entry = {
        "files": list(files),
        "title": meta.title,
        "type": meta.doc_type,
        "period": period,
        "published": meta.published,
        "modified": meta.modified,
        "organisation": meta.organisation,
        "authors": list(meta.authors),
        "summary": meta.summary,
        "language": meta.language,
        "tags": list(meta.tags),
        "contacts": [{k: v for k, v in asdict(c).items() if v} for c in meta.contacts],
    }
    return {key: value for key, value in entry.items() if key not in left_out}


def catalog_name(path: str, folder: str) -> str | None:
    """``path`` relative to ``folder`` as a catalog lists it ("sub/plan.pdf"); None when
    it lies outside the folder or its name is not valid text (a catalog is JSON text)."""
    try:
        relative = os.path.relpath(path, folder)
    except ValueError:  # another drive (Windows)
        return None
    if relative == os.curdir or relative.split(os.sep)[0] == os.pardir:
        return None
    if _SURROGATE.search(relative) or "\x00" in relative:
        return None
    return relative.replace(os.sep, "/")


def catalog_data(
    documents: Sequence[Document], folder: str
) -> tuple[dict[str, Any], list[Document]]:
    """A catalog of ``documents`` for ``folder`` (``vtviewer-catalog.json`` there), and the
    documents it cannot list (outside the folder, or with names that are not text).

    Each document is an entry of its own with all its metadata, except a bundle: a
    document whose attachments came from a catalog entry is listed with them, as that
    entry did, when they are exported too, still name it and the rest as theirs, and
    share its period, organisation, authors, language, tags and contacts (what an entry
    gives its attachments). Indexed with the catalog, a copy of the folder then has the
    same metadata and attachments."""
    names: dict[str, str] = {}
    left_out: list[Document] = []
    for doc in documents:
        name = catalog_name(doc.path, folder)
        if name is None:
            left_out.append(doc)
        else:
            names[doc.path] = name
    by_path = {doc.path: doc for doc in documents if doc.path in names}
    # First the bundles, then the entries: an attachment may come before its main
    # document, and each file must be in one entry (the first that lists it wins).
    bundles: dict[str, _Bundle] = {}
    members: set[str] = set()
    for doc in by_path.values():
        if doc.path in members or doc.path in bundles:
            continue
        found = _bundle(doc, by_path)
        if found and not any(m.path in members or m.path in bundles for m in found.members):
            bundles[doc.path] = found
            members.update(m.path for m in found.members)
    entries: list[dict[str, Any]] = []
    for doc in by_path.values():
        if doc.path in members:
            continue
        bundle = bundles.get(doc.path, _Bundle((), frozenset()))
        files = [names[m.path] for m in (doc, *bundle.members)]
        entries.append(catalog_entry(doc.meta, files, bundle.left_out))
    return {"vtviewer": FORMAT_VERSION, "entries": entries}, left_out


#: The fields a catalog entry gives its main document alone.
_MAIN_ONLY = ("title", "doc_type", "published", "modified", "summary")


#: A field's own source: a value from these a copy of the file gives again by itself.
_OWN_SOURCES = frozenset({None, "pdf", "derived"})


@dataclass(frozen=True)
class _Bundle:
    """The attachments listed in a document's entry, and the shared fields the entry
    leaves out (theirs differ, and each file gives its own again)."""

    members: tuple[Document, ...]
    left_out: frozenset[str]


def _shared_value(meta: Metadata, name: str) -> object:
    return (meta.period_from, meta.period_to) if name == "period" else getattr(meta, name)


def _bundle(doc: Document, by_path: Mapping[str, Document]) -> _Bundle | None:
    """The attachments to list in ``doc``'s entry (see ``catalog_data``); None for none."""
    meta = doc.meta
    if meta.sources.get("attachments") != "catalog" or not meta.attachments:
        return None
    members: list[Document] = []
    left_out: set[str] = set()
    for path in meta.attachments:
        other = by_path.get(path)
        if other is None:
            return None
        expected = (doc.path, *(p for p in meta.attachments if p != path))
        if other.meta.attachments != expected:
            return None
        # Only the main document takes the rest of an entry (title, type, dates, summary):
        # one that did is the main one, and this document is its attachment.
        if any(other.meta.sources.get(name) == "catalog" for name in _MAIN_ONLY):
            return None
        for name in SHARED_WITH_ATTACHMENTS:
            if _shared_value(other.meta, name) == _shared_value(meta, name):
                continue
            # Told apart by their own files (the entry gave neither): left out, each
            # file gives its own again; else the bundle cannot be written as it was.
            if {meta.sources.get(name), other.meta.sources.get(name)} <= _OWN_SOURCES:
                left_out.add(name)
            else:
                return None
        members.append(other)
    return _Bundle(tuple(members), frozenset(left_out))
