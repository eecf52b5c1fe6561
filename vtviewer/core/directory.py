"""The contacts directory: every person across the archive once, the user's merges and
splits of them (user data, in the data folder), and a change to a person written to each
of their documents.

One person: the contacts of all documents (each document's own, read in one query) that
share an e-mail address, or whose names fold alike (``contacts.name_key``: Bjørn, Bjorn
and Bjoern) unless their e-mail addresses differ; a contact without an e-mail address
joins the one person with an address who has its name, a phone-only contact the one
person with its number. The user's changes are applied after that, in the order they were
made: a merge joins the people who have any of its names or addresses (so a document
indexed later joins too), a split takes the contacts of one spelling or address out of
their person. They are kept in ``DataPaths.contacts``, which a rebuild leaves alone:

    {"version": 1, "changes": [
        {"op": "merge", "ids": ["name:Bjørn Iversen", "email:bi@example.no"],
         "name": "Bjørn Iversen"},
        {"op": "split", "ids": ["name:Bjoern Iversen"]}]}
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from vtviewer.core.contacts import fold, is_email, name_key, normalise_phone
from vtviewer.core.edits import CONTACT_KEYS, Edit, EditError, EditResult
from vtviewer.core.health import ArchiveError, DataFolderError
from vtviewer.core.jsonfile import write_json
from vtviewer.core.messages import english
from vtviewer.core.model import Contact, Message

if TYPE_CHECKING:
    from vtviewer.core.archive import Archive

log = logging.getLogger(__name__)

VERSION = 1
#: What a person's identifiers start with: a spelling, an e-mail address, a phone number
#: (the last only for contacts that have neither of the others).
ID_KINDS = ("name:", "email:", "phone:")
#: Letters that make a spelling the better one of those that fold alike.
_NORWEGIAN = frozenset("æøåÆØÅ")
#: The largest choices file read (it holds a few lines per merge).
_MAX_BYTES = 16 * 1024 * 1024


class DirectoryError(ArchiveError):
    """A merge, split or edit that cannot be done, or a choices file that cannot be read
    or written (``message`` says which and why)."""

    def __init__(self, message: Message) -> None:
        super().__init__(english(message))
        self.message = message


@dataclass(frozen=True)
class Mention:
    """One contact of one document: the ``position``-th of its metadata's contacts."""

    doc_id: int
    position: int
    contact: Contact


@dataclass(frozen=True)
class Person:
    """One person across the archive. ``names`` are the spellings found, the best first
    (``name``); roles, organisations, phones and e-mails the values found, the most
    frequent first; ``doc_ids`` the documents that name the person. ``key`` tells the
    people of one listing apart (its first contact's document and position)."""

    key: str
    name: str
    names: tuple[str, ...]
    roles: tuple[str, ...]
    organisations: tuple[str, ...]
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    doc_ids: tuple[int, ...]
    mentions: tuple[Mention, ...]

    @property
    def documents(self) -> int:
        return len(self.doc_ids)

    @property
    def role(self) -> str:
        return self.roles[0] if self.roles else ""

    @property
    def organisation(self) -> str:
        return self.organisations[0] if self.organisations else ""

    @property
    def phone(self) -> str:
        return self.phones[0] if self.phones else ""

    @property
    def email(self) -> str:
        return self.emails[0] if self.emails else ""

    def contact(self) -> Contact:
        """The person as one contact: the best name and the first of each value."""
        return Contact(self.name, self.role, self.organisation, self.phone, self.email)

    def ids(self) -> tuple[str, ...]:
        """Every identifier of the person's contacts."""
        return tuple(dict.fromkeys(i for m in self.mentions for i in contact_ids(m.contact)))

    def merge_ids(self) -> tuple[str, ...]:
        """What a merge records of the person: the e-mail addresses, else the spellings
        (a namesake with another address is somebody else), else the phone numbers."""
        ids = self.ids()
        for kind in ("email:", "name:"):
            chosen = tuple(i for i in ids if i.startswith(kind))
            if chosen:
                return chosen
        return ids


@dataclass(frozen=True)
class Change:
    """One of the user's choices: ``op`` "merge" (the people with any of ``ids`` are one,
    called ``name``) or "split" (the contacts with ``ids[0]`` are a person of their own)."""

    op: Literal["merge", "split"]
    ids: tuple[str, ...]
    name: str = ""


@dataclass(frozen=True)
class Listing:
    """The people, and ``note``: why the user's merges and splits are not applied (their
    file cannot be read), None when they are."""

    people: tuple[Person, ...]
    note: Message | None = None


@dataclass(frozen=True)
class PersonEdit:
    """What became of a change to a person: how many documents were written to their
    sidecar, kept in the overlay, conflicted (changed meanwhile) or failed, and each
    document's result."""

    results: tuple[EditResult, ...]

    def count(self, where: str) -> int:
        return sum(1 for r in self.results if r.where == where)

    @property
    def sidecar(self) -> int:
        return self.count("sidecar")

    @property
    def overlay(self) -> int:
        return self.count("overlay")

    @property
    def conflicts(self) -> int:
        return self.count("conflict")

    @property
    def failed(self) -> int:
        return self.count("failed")


# --- identity -----------------------------------------------------------------------------


def spelling(name: str) -> str:
    """A name as one spelling: single spaces, nothing folded."""
    return " ".join(name.split())


def contact_ids(contact: Contact) -> list[str]:
    """The identifiers of one contact: its spelling and its e-mail address; its phone
    number when it has neither."""
    ids: list[str] = []
    if contact.name.strip():
        ids.append("name:" + spelling(contact.name))
    if contact.email.strip():
        ids.append("email:" + contact.email.strip().lower())
    if not ids and contact.phone.strip():
        ids.append("phone:" + contact.phone.strip())
    return ids


def part_id(part: str) -> str:
    """What the user names to split off, as an identifier: an e-mail address or a name."""
    part = part.strip()
    if "@" in part:
        return "email:" + part.lower()
    return "name:" + spelling(part)


def people_of(mentions: Sequence[Mention], changes: Sequence[Change] = ()) -> list[Person]:
    """The people that ``mentions`` name, with ``changes`` applied, sorted by name."""
    group = _base_groups(mentions)
    members: dict[int, list[int]] = {}
    for i, g in enumerate(group):
        members.setdefault(g, []).append(i)
    index: dict[str, list[int]] = {}
    for i, mention in enumerate(mentions):
        for ident in contact_ids(mention.contact):
            index.setdefault(ident, []).append(i)
    chosen: dict[int, str] = {}
    fresh = len(mentions)
    for change in changes:
        if change.op == "merge":
            gids = list(
                dict.fromkeys(group[i] for ident in change.ids for i in index.get(ident, ()))
            )
            if not gids:
                continue
            target = gids[0]
            for g in gids[1:]:
                for i in members[g]:
                    group[i] = target
                members[target].extend(members.pop(g))
                chosen.pop(g, None)
            if change.name:
                chosen[target] = change.name
        else:
            matched: dict[int, list[int]] = {}
            for i in index.get(change.ids[0], ()):
                matched.setdefault(group[i], []).append(i)
            for g, out in matched.items():
                if len(out) == len(members[g]):
                    continue  # already a person of their own
                gone = set(out)
                members[g] = [i for i in members[g] if i not in gone]
                members[fresh] = out
                for i in out:
                    group[i] = fresh
                fresh += 1
    people = [
        _person([mentions[i] for i in sorted(ms)], chosen.get(g, "")) for g, ms in members.items()
    ]
    people.sort(key=lambda p: (fold(p.name or p.email or p.phone), p.name, p.key))
    return people


def _base_groups(mentions: Sequence[Mention]) -> list[int]:
    """A group number per mention, by the rules in the module's docstring."""
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    # Each contact's folded name and address, worked out once.
    keys = [name_key(m.contact.name) for m in mentions]
    emails = [m.contact.email.strip().lower() for m in mentions]
    by_email: dict[str, int] = {}
    emails_of_key: dict[str, set[str]] = {}
    for i, (key, email) in enumerate(zip(keys, emails, strict=True)):
        if email:
            union(i, by_email.setdefault(email, i))
            if key:
                emails_of_key.setdefault(key, set()).add(email)
    by_key: dict[str, int] = {}
    for i, (key, email) in enumerate(zip(keys, emails, strict=True)):
        if email or not key:
            continue
        known = emails_of_key.get(key, set())
        if len(known) == 1:
            union(i, by_email[next(iter(known))])
        else:
            union(i, by_key.setdefault(key, i))
    owners: dict[str, set[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.contact.phone and (emails[i] or keys[i]):
            owners.setdefault(mention.contact.phone, set()).add(root(i))
    by_phone: dict[str, int] = {}
    for i, mention in enumerate(mentions):
        phone = mention.contact.phone
        if emails[i] or keys[i] or not phone:
            continue
        found = owners.get(phone, set())
        if len(found) == 1:
            union(i, next(iter(found)))
        else:
            union(i, by_phone.setdefault(phone, i))
    return [root(i) for i in range(len(mentions))]


def _ranked(values: Iterable[str], *, case: bool = False) -> tuple[str, ...]:
    """Distinct values, the most frequent first (then as first seen); ``case``: values
    that differ only in case are one (the first spelling seen is kept)."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for value in values:
        value = " ".join(value.split())
        if not value:
            continue
        key = value.casefold() if case else value
        shown.setdefault(key, value)
        counts[key] += 1
    order = {key: n for n, key in enumerate(shown)}
    return tuple(shown[k] for k in sorted(counts, key=lambda k: (-counts[k], order[k])))


def _best_names(names: Sequence[str]) -> tuple[str, ...]:
    """The spellings, the best first: of the names that fold alike the most frequent
    ones, and among those the spelling with Norwegian letters, then the most frequent."""
    counts = Counter(spelling(n) for n in names if n.strip())
    per_key: Counter[str] = Counter()
    for name, n in counts.items():
        per_key[name_key(name)] += n

    def rank(name: str) -> tuple[int, int, int, int, str]:
        norwegian = any(ch in _NORWEGIAN for ch in name)
        return (-per_key[name_key(name)], -int(norwegian), -counts[name], -len(name), name)

    return tuple(sorted(counts, key=rank))


def _person(mentions: list[Mention], chosen: str) -> Person:
    contacts = [m.contact for m in mentions]
    names = _best_names([c.name for c in contacts])
    if chosen and spelling(chosen) in names:
        names = (spelling(chosen), *(n for n in names if n != spelling(chosen)))
    doc_ids = tuple(sorted({m.doc_id for m in mentions}))
    first = min(mentions, key=lambda m: (m.doc_id, m.position))
    return Person(
        key=f"{first.doc_id}:{first.position}",
        name=names[0] if names else "",
        names=names,
        roles=_ranked((c.role for c in contacts), case=True),
        organisations=_ranked((c.organisation for c in contacts), case=True),
        phones=_ranked(c.phone for c in contacts),
        emails=_ranked(c.email.lower() for c in contacts),
        doc_ids=doc_ids,
        mentions=tuple(mentions),
    )


def matching(people: Iterable[Person], text: str) -> list[Person]:
    """The people ``text`` names: one of their spellings folded alike, or one of their
    e-mail addresses; when nobody is named so, those whose names hold all its words
    ("iversen", "bjorn iversen" for Bjørn R. Iversen)."""
    people = list(people)
    key, email = name_key(text), text.strip().lower()
    exact = [
        p
        for p in people
        if (key and any(name_key(n) == key for n in p.names)) or (email and email in p.emails)
    ]
    if exact or not key:
        return exact
    words = set(key.split())
    return [p for p in people if any(words <= set(name_key(n).split()) for n in p.names)]


# --- values -------------------------------------------------------------------------------


def checked_values(values: Mapping[str, str]) -> dict[str, str]:
    """A person's new values (Contact's field names to text) as they are stored: spaces
    made single, a phone number in its eight digits, an e-mail address in lower case.
    Raises EditError for a phone number that is not Norwegian, an address that is not
    one, or a field that is not a contact's."""
    out: dict[str, str] = {}
    for key, text in values.items():
        if key not in CONTACT_KEYS:
            raise EditError(Message("edit-unknown-field", (key, ", ".join(CONTACT_KEYS))))
        text = " ".join(text.split())
        if key == "phone" and text:
            phone = normalise_phone(text)
            if not phone:
                raise EditError(Message("contacts-bad-phone", (text,)))
            text = phone
        elif key == "email" and text:
            text = text.lower()
            if not is_email(text):
                raise EditError(Message("contacts-bad-email", (text,)))
        out[key] = text
    return out


# --- the user's choices -------------------------------------------------------------------


class Choices:
    """The merges and splits in their JSON file (written atomically). A file that cannot
    be read is never written over: reading it raises DirectoryError, and so does adding
    to it, until it is fixed or removed."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def read(self) -> list[Change]:
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(_MAX_BYTES + 1)
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise self._unreadable(exc.strerror or str(exc)) from exc
        if len(raw) > _MAX_BYTES:
            raise self._unreadable("too large")
        try:
            return _changes(json.loads(raw.decode("utf-8")))
        except (ValueError, RecursionError) as exc:
            raise self._unreadable(str(exc)) from exc

    def add(self, change: Change) -> None:
        changes = [*self.read(), change]
        data = {
            "version": VERSION,
            "changes": [
                {"op": c.op, "ids": list(c.ids), **({"name": c.name} if c.name else {})}
                for c in changes
            ],
        }
        try:
            write_json(self.path, data)
        except OSError as exc:
            raise DirectoryError(
                Message("contacts-not-written", (exc.strerror or str(exc),))
            ) from exc

    def _unreadable(self, reason: str) -> DirectoryError:
        return DirectoryError(Message("contacts-unreadable", (str(self.path), reason)))


def _changes(data: Any) -> list[Change]:
    """The changes of a choices file's JSON; ValueError when it is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("changes"), list):
        raise ValueError("not a list of changes")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise ValueError(f"version {version!r}, this vtviewer reads {VERSION}")
    out: list[Change] = []
    for item in data["changes"]:
        if not isinstance(item, dict):
            raise ValueError("a change is not an object")
        op, ids, name = item.get("op"), item.get("ids"), item.get("name", "")
        if op not in ("merge", "split"):
            raise ValueError(f"unknown change {op!r}")
        if (
            not isinstance(ids, list)
            or not ids
            or not all(isinstance(i, str) and i.startswith(ID_KINDS) for i in ids)
        ):
            raise ValueError("a change's ids are not names, e-mail addresses or phones")
        if not isinstance(name, str):
            raise ValueError("a merge's name is not text")
        out.append(Change(op, tuple(ids), name))
    return out


# --- the directory ------------------------------------------------------------------------


class Directory:
    """The archive's people, their merges and splits, and edits of them. Every method
    reads the store or writes files: call them off the GUI thread."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.choices = Choices(archive.paths.contacts)

    def listing(self) -> Listing:
        """Every person once, sorted by name."""
        mentions = [Mention(d, p, c) for d, p, c in self.archive.document_contacts()]
        note: Message | None = None
        try:
            changes = self.choices.read()
        except DirectoryError as exc:
            log.info("%s", exc)  # said by the front end, from the listing's note
            note, changes = exc.message, []
        return Listing(tuple(people_of(mentions, changes)), note)

    def people(self) -> list[Person]:
        return list(self.listing().people)

    def merge(self, first: Person, second: Person, name: str) -> None:
        """Make ``first`` and ``second`` one person called ``name`` (one of their
        spellings; "" when neither has a name). Raises DirectoryError (or
        DataFolderError: read-only)."""
        self._refuse_if_read_only()
        if first.key == second.key:
            raise DirectoryError(Message("contacts-merge-same"))
        if (first.names or second.names or name) and spelling(name) not in (
            *first.names,
            *second.names,
        ):
            raise DirectoryError(Message("contacts-merge-name", (name,)))
        ids = tuple(dict.fromkeys((*first.merge_ids(), *second.merge_ids())))
        self.choices.add(Change("merge", ids, spelling(name)))

    def split(self, person: Person, part: str) -> None:
        """Take the contacts of ``part`` (one of the person's spellings or e-mail
        addresses) out of ``person``, as a person of their own."""
        self._refuse_if_read_only()
        ident = part_id(part)
        if ident not in person.ids():
            raise DirectoryError(Message("contacts-split-unknown", (part.strip(),)))
        if all(ident in contact_ids(m.contact) for m in person.mentions):
            raise DirectoryError(Message("contacts-split-all", (part.strip(),)))
        self.choices.add(Change("split", (ident,)))

    def edit(self, person: Person, values: Mapping[str, str]) -> PersonEdit:
        """Write the changed ``values`` (Contact's field names to text, see
        ``checked_values``) into each of the person's documents: their contacts field,
        that contact replaced, the others kept, through ``Archive.edit``. A document
        whose contacts changed since ``person`` was read is left alone (a conflict).
        Raises EditError for a bad value."""
        changes = checked_values(values)
        after = dataclasses.replace(person.contact(), **changes)
        if not (after.name or after.phone or after.email):
            raise EditError(Message("contacts-person-empty"))
        docs = self.archive.documents_by_ids(person.doc_ids)
        edits: list[Edit] = []
        results: list[EditResult] = []
        for doc_id in person.doc_ids:
            doc = docs.get(doc_id)
            if doc is None:
                results.append(EditResult(doc_id, "", "failed", Message("edit-document-gone")))
                continue
            base = self.archive.sidecar_state(doc_id)
            contacts = list(doc.meta.contacts)
            mine = [m for m in person.mentions if m.doc_id == doc_id]
            if any(m.position >= len(contacts) or contacts[m.position] != m.contact for m in mine):
                changed = Message("contacts-document-changed")
                results.append(EditResult(doc_id, doc.path, "conflict", changed))
                continue
            for m in mine:
                contacts[m.position] = dataclasses.replace(m.contact, **changes)
            unique = tuple(dict.fromkeys(contacts))
            edits.append(Edit(doc_id, {"contacts": unique}, base=base))
        if edits:
            results.extend(self.archive.edit(edits))
        order = {doc_id: n for n, doc_id in enumerate(person.doc_ids)}
        results.sort(key=lambda r: order.get(r.doc_id, len(order)))
        return PersonEdit(tuple(results))

    def _refuse_if_read_only(self) -> None:
        if self.archive.read_only:
            raise DataFolderError("read-only", self.archive.paths.root, "opened read-only")
