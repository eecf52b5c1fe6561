"""The core's data as plain JSON-able data and CSV rows: the shapes `vtviewer search --json`,
`show --json`, `problems --json` and `export` write. The store and the search engine
return dataclasses; this module alone decides how they look outside.

Text is made valid Unicode (a broken summary in an old index); a path keeps its
surrogate-escaped bytes, so that what reads the output can open the file (the CLI writes
them as \\u escapes in JSON, as the bytes they are in CSV).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from vtviewer.core.messages import english, to_data
from vtviewer.core.model import Document, Problem, SearchResult, Snippet
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
            "messages": [english(m) for m in result.messages],
        }
    )
    for entry, hit in zip(data["hits"], result.hits, strict=True):
        entry["path"] = hit.document.path
    return data


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
    "contacts",
    "attachments",
)


def csv_row(doc: Document) -> list[str]:
    """A document as one CSV row of CSV_COLUMNS (lists joined with "; ", contacts with
    " | ")."""
    meta = doc.meta
    contacts = " | ".join(
        ", ".join(v for v in (c.name, c.role, c.phone, c.email) if v) for c in meta.contacts
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
        str(doc.page_count),
        str(doc.size),
        meta.summary,
        contacts,
    ]
    return [doc.path, *map(clean_text, text), "; ".join(meta.attachments)]
