"""A document's attachments ("vedlegg"): those its sidecar or catalog lists, and the
files beside it whose name marks them as its attachments ("Plan X - vedlegg 1.pdf")."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from vtviewer.core.model import Document, Hit

#: "<main> - vedlegg 2.pdf", "<main>_vedlegg_A.pdf", "<main> Vedlegg.pdf": the main
#: document's file name (without ".pdf") before the word, an optional number or letter
#: after it. Only a file beside a PDF of exactly that name is taken as its attachment.
_NAMED = re.compile(
    r"^(?P<main>.*?\S)[\s_\-\u2013]+vedlegg(?:[\s_\-]*(?P<mark>\d{1,3}|[a-z]))?$",
    re.IGNORECASE,
)


class AttachmentSource(Protocol):
    """What the lookup needs of the store (index.Store provides it)."""

    def documents_by_paths(self, paths: Sequence[str]) -> dict[str, Document]: ...
    def paths_starting(self, prefixes: Sequence[str]) -> dict[str, list[str]]: ...


def _stem(path: str) -> str:
    name = os.path.basename(path)
    return name[:-4] if name.lower().endswith(".pdf") else name


def named_main(path: str) -> tuple[str, str] | None:
    """The main document's file stem and the attachment's number or letter ("" when
    none) that ``path``'s name gives, None when it names no main document."""
    match = _NAMED.match(_stem(path))
    if match is None:
        return None
    return match.group("main"), (match.group("mark") or "").lower()


def _order(mark: str) -> tuple[int, int, str]:
    return (0, int(mark), "") if mark.isdigit() else (1, 0, mark)


def _prefix(document: Document) -> str:
    """What the paths of the files named after ``document`` in its folder begin with."""
    return os.path.join(os.path.dirname(document.path), _stem(document.path))


def _wanted(document: Document, beginning: Sequence[str]) -> list[str]:
    """The paths of ``document``'s attachments: those its metadata lists, in that order,
    then those named after it in its folder (of ``beginning``, the paths that begin
    with its ``_prefix``), by their number."""
    # A catalog's attachment lists the entry's other files, its main one among them: an
    # attachment has no attachments of its own.
    attached = bool(document.meta.attached_to)
    listed = [] if attached else [p for p in document.meta.attachments if p != document.path]
    stem = _stem(document.path)
    folder = os.path.dirname(document.path)
    named: list[tuple[tuple[int, int, str], str]] = []
    for path in beginning:
        if path == document.path or os.path.dirname(path) != folder:
            continue
        found = named_main(path)
        if found is not None and found[0] == stem:
            named.append((_order(found[1]), path))
    if not listed and not named:
        return []
    return list(dict.fromkeys([*listed, *(path for _, path in sorted(named))]))


def attachments_of(document: Document, store: AttachmentSource) -> list[Document]:
    """The indexed attachments of ``document`` (see ``_wanted`` for their order)."""
    return list(with_attachments([Hit(document, 0.0)], store)[0].attachments)


def with_attachments(hits: Sequence[Hit], store: AttachmentSource) -> list[Hit]:
    """``hits``, each with its indexed attachments: the documents of all of them read
    from the store at once (a search shows 50 hits)."""
    prefixes = [_prefix(hit.document) for hit in hits]
    beginning = store.paths_starting(prefixes)
    wanted = [
        _wanted(hit.document, beginning.get(prefix, ()))
        for hit, prefix in zip(hits, prefixes, strict=True)
    ]
    paths = list(dict.fromkeys(p for w in wanted for p in w))
    documents = store.documents_by_paths(paths) if paths else {}
    return [
        replace(hit, attachments=tuple(documents[p] for p in own if p in documents)) if own else hit
        for hit, own in zip(hits, wanted, strict=True)
    ]


def under_others(hits: Sequence[Hit]) -> set[int]:
    """The ids of the hits that are an attachment of another of ``hits``: a list shows
    them under that one, wherever it ranks, not on their own. One level only: a document
    listed by two sits under the first, and one whose main document is itself an
    attachment there (or a loop of lists) stays a hit of its own."""
    present = {hit.document.id for hit in hits}
    parent: dict[int, int] = {}
    for hit in hits:
        for child in hit.attachments:
            if child.id in present and child.id != hit.document.id:
                parent.setdefault(child.id, hit.document.id)
    return {child for child, main in parent.items() if main not in parent}


def grouped(hits: Sequence[Hit]) -> list[Hit]:
    """``hits`` without those that sit under another (see ``under_others``)."""
    under = under_others(hits)
    return [hit for hit in hits if hit.document.id not in under]
