"""`vtviewer contacts`: the contacts directory as a table or JSON, or one person's documents."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from vtviewer.cli import EXIT_OK, UsageError, _emit_json, _open_intact
from vtviewer.core.directory import Directory, Person, matching
from vtviewer.core.messages import english
from vtviewer.core.model import Document
from vtviewer.core.text import clean_text
from vtviewer.paths import DataPaths

#: The table's columns: heading and the widest a value is shown.
_COLUMNS = (("Name", 30), ("Role", 30), ("Organisation", 28), ("Phone", 8), ("E-mail", 40))


def person_data(person: Person) -> dict[str, Any]:
    """One person as `contacts --json` gives it (the README documents the shape)."""
    return {
        "name": person.name,
        "names": list(person.names),
        "roles": list(person.roles),
        "organisations": list(person.organisations),
        "phones": list(person.phones),
        "emails": list(person.emails),
        "documents": person.documents,
        "document_ids": list(person.doc_ids),
    }


def document_entry(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "path": doc.path, "title": doc.meta.title or doc.name}


def cmd_contacts(args: argparse.Namespace, paths: DataPaths) -> int:
    archive = _open_intact(paths)
    try:
        listing = Directory(archive).listing()
        people = list(listing.people)
        if listing.note is not None:
            print(f"note: {english(listing.note)}", file=sys.stderr)
        if args.name:
            people = matching(people, args.name)
            if not people:
                raise UsageError(f"no contact named {args.name!r} (see `vtviewer contacts`)")
            ids = [doc_id for person in people for doc_id in person.doc_ids]
            docs = archive.documents_by_ids(ids)
        else:
            docs = {}
    finally:
        archive.close()
    if args.name:
        _print_documents(args, people, docs)
    elif args.json:
        _emit_json([person_data(p) for p in people])
    elif people:
        _print_table(people)
    else:
        print("no contacts in the archive", file=sys.stderr)
    return EXIT_OK


def _print_documents(
    args: argparse.Namespace, people: list[Person], docs: dict[int, Document]
) -> None:
    if args.json:
        _emit_json(
            [
                {
                    **person_data(p),
                    "files": [document_entry(docs[i]) for i in p.doc_ids if i in docs],
                }
                for p in people
            ]
        )
        return
    for number, person in enumerate(people):
        if number:
            print()
        facts = ", ".join(v for v in (person.role, person.organisation, person.email) if v)
        count = f"{person.documents} document" + ("" if person.documents == 1 else "s")
        print(clean_text(f"{person.name or person.email or person.phone}  ({facts}; {count})"))
        for doc_id in person.doc_ids:
            doc = docs.get(doc_id)
            if doc is not None:
                print(f"  {clean_text(doc.meta.title or doc.name)}")
                print(f"    {doc.path}")


def _cell(values: tuple[str, ...], width: int) -> str:
    text = clean_text(values[0]) if values else ""
    more = f" (+{len(values) - 1})" if len(values) > 1 else ""
    room = width - len(more)
    if len(text) > room:
        text = text[: max(room - 1, 1)] + "…"
    return text + more


def _print_table(people: list[Person]) -> None:
    rows = [
        [
            _cell(values, width)
            for values, (_, width) in zip(
                (p.names, p.roles, p.organisations, p.phones, p.emails), _COLUMNS, strict=True
            )
        ]
        + [str(p.documents)]
        for p in people
    ]
    headings = [name for name, _ in _COLUMNS] + ["Documents"]
    widths = [max(len(r[i]) for r in [headings, *rows]) for i in range(len(headings))]
    for row in [headings, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False)]
        print("  ".join([*cells, row[-1].rjust(widths[-1])]).rstrip())
