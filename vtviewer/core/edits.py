"""Edits: what a person corrects in vtviewer, and how it is kept without ever losing it.

An edit sets fields of one document. It is written to the PDF's sidecar (the documented
format, keys the user did not change and keys vtviewer does not know kept as they are,
the fields set listed under "edited"), atomically: a temporary file in the same folder,
fsync, rename, so a crash at any moment leaves the old sidecar or the new one. Where the
PDF's folder cannot be written (read-only media, no permission), the edit goes to the
overlay: a sidecar kept in the data folder under the file's content hash, which survives
a rebuild of the index, a move or rename of the file, and is written out next to the file
once that can be done. A sidecar changed on disk since the editor read it is never
overwritten unasked: the edit comes back as a conflict.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

from vtviewer.core.contacts import normalise_phone
from vtviewer.core.doctypes import type_named
from vtviewer.core.health import ArchiveError
from vtviewer.core.jsonfile import write_json
from vtviewer.core.messages import english
from vtviewer.core.model import DOC_TYPES, Contact, Message
from vtviewer.core.sidecar import (
    FIELD_OF_KEY,
    FORMAT_VERSION,
    KEY_OF_FIELD,
    MAX_BYTES,
    SIDECAR_SUFFIX,
    Entry,
    SidecarError,
    normalise_language,
    parse_date,
    parse_period,
    parse_sidecar,
    read_json,
    sidecar_path,
    split_list,
)

log = logging.getLogger(__name__)

#: The fields an edit may set (Metadata's names), in the order the format lists them.
EDITABLE: tuple[str, ...] = tuple(FIELD_OF_KEY.values())
#: What a contact given as text may say: "name=...,role=...,phone=...,email=...".
CONTACT_KEYS = ("name", "role", "organisation", "phone", "email")
#: Errors that mean "this folder cannot be written here": the edit goes to the overlay.
_CANNOT_WRITE = {errno.EROFS, errno.EACCES, errno.EPERM}


class Revert:
    """The value of a field whose edit is dropped: the file's own value shows again."""

    _instance: Revert | None = None

    def __new__(cls) -> Revert:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "REVERT"


REVERT: Final = Revert()


@dataclass(frozen=True)
class Restore:
    """A sidecar key as it was before an edit: what an undo puts back (present or not,
    its JSON value as written, and whether it was an edit)."""

    present: bool
    raw: Any = None
    edited: bool = False


@dataclass(frozen=True)
class Edit:
    """New values for some fields of one document.

    ``values`` maps a field of EDITABLE to a value in Metadata's types (title, summary,
    organisation, language: str; doc_type: a DocType; period: (from, to); published and
    modified: "YYYY-MM-DD" or ""; authors and tags: tuples of str; contacts: a tuple of
    Contact; attachments: absolute paths), or to REVERT. ``base`` is the state of the
    sidecar and overlay the editor saw (``Archive.sidecar_state``); None: not checked.
    """

    doc_id: int
    values: Mapping[str, object] = field(default_factory=dict)
    base: str | None = None


@dataclass(frozen=True)
class EditResult:
    """What became of one Edit. ``where``: "sidecar" or "overlay" (written there),
    "conflict" (the sidecar changed since ``base``; nothing written) or "failed"
    (``message`` says why; nothing written). ``undo`` restores what was there before."""

    doc_id: int
    path: str
    where: Literal["sidecar", "overlay", "conflict", "failed"]
    message: Message | None = None
    undo: Edit | None = None

    @property
    def written(self) -> bool:
        return self.where in ("sidecar", "overlay")


class EditError(ArchiveError):
    """A value that cannot be set (``message`` says which and why)."""

    def __init__(self, message: Message) -> None:
        super().__init__(english(message))
        self.message = message


# --- values -------------------------------------------------------------------------


def tags_changed(
    current: Sequence[str], add: Sequence[str] = (), remove: Sequence[str] = ()
) -> tuple[str, ...]:
    """``current`` with ``add`` appended (those not there yet) and ``remove`` dropped;
    tags compare without regard to case."""
    gone = {t.strip().casefold() for t in remove}
    out: list[str] = []
    seen: set[str] = set()
    for tag in (*current, *add):
        tag = " ".join(tag.split())
        key = tag.casefold()
        if tag and key not in gone and key not in seen:
            seen.add(key)
            out.append(tag)
    return tuple(out)


def parse_contact(text: str) -> Contact:
    """A contact written as "name=Bjørn Iversen,role=leder,phone=976 81 861,email=..."
    (a text without "=" is a name). Raises EditError."""
    if "=" not in text:
        return _contact({"name": text})
    values: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in CONTACT_KEYS:
            raise EditError(
                Message("edit-bad-value", ("contact", repr(part.strip()), ", ".join(CONTACT_KEYS)))
            )
        values[key] = value.strip()
    return _contact(values)


def contact_from_parts(values: Mapping[str, str]) -> Contact:
    """A contact from its parts (keys of CONTACT_KEYS: a register's columns), cleaned as
    ``parse_contact`` cleans them; a part may hold commas. Raises EditError."""
    return _contact(values)


def _contact(values: Mapping[str, str]) -> Contact:
    phone = values.get("phone", "").strip()
    contact = Contact(
        name=" ".join(values.get("name", "").split()),
        role=" ".join(values.get("role", "").split()),
        organisation=" ".join(values.get("organisation", "").split()),
        phone=normalise_phone(phone) or phone,
        email=values.get("email", "").strip().lower(),
    )
    if contact == Contact():
        raise EditError(Message("edit-bad-value", ("contact", "''", "a name, phone or e-mail")))
    return contact


def parse_value(name: str, text: str) -> object:
    """A field's value written as text (the command line, a register) in the types of
    ``Edit.values``; "" clears the field. Raises EditError naming the field."""
    if name not in EDITABLE:
        raise EditError(Message("edit-unknown-field", (name, ", ".join(EDITABLE))))
    text = text.strip()

    def bad(expected: str) -> EditError:
        return EditError(Message("edit-bad-value", (name, repr(text), expected)))

    if name in ("title", "summary", "organisation"):
        return " ".join(text.split()) if name != "summary" else text
    if name == "doc_type":
        doc_type = type_named(text) if text else "other"
        if doc_type is None:
            raise bad(", ".join(DOC_TYPES))
        return doc_type
    if name == "period":
        if not text:
            return (None, None)
        period = parse_period(text)
        if period is None:
            raise bad("2013-2015 or 2013")
        return period
    if name in ("published", "modified"):
        if not text:
            return ""
        iso = parse_date(text)
        if iso is None:
            raise bad("a date like 2016-06-01 or 01.06.2016")
        return iso
    if name == "language":
        if not text:
            return ""
        code = normalise_language(text)
        if not code:
            raise bad("a language code like nb, nn or en")
        return code
    if name in ("authors", "tags"):
        return split_list(text)
    if name == "contacts":
        return tuple(parse_contact(part) for part in text.split(";") if part.strip())
    # attachments: file names relative to the current folder, or absolute.
    return tuple(os.path.abspath(part) for part in split_list(text))


def value_to_json(name: str, value: object, folder: str) -> Any:
    """A field's value as the sidecar writes it; ``folder`` is the PDF's (attachments are
    relative to it). Raises EditError for a value of the wrong type."""
    if name in ("title", "summary", "organisation", "published", "modified", "language"):
        if isinstance(value, str):
            return value
    elif name == "doc_type":
        if value in DOC_TYPES:
            return value
    elif name == "period":
        if isinstance(value, tuple) and len(value) == 2:
            start, end = value
            # Both bounds null is a given, empty period (it hides a derived one).
            return {"from": start, "to": end}
    elif name in ("authors", "tags"):
        if isinstance(value, tuple | list) and all(isinstance(v, str) for v in value):
            return list(value)
    elif name == "contacts":
        if isinstance(value, tuple | list) and all(isinstance(c, Contact) for c in value):
            return [
                {key: getattr(c, key) for key in CONTACT_KEYS if getattr(c, key)} for c in value
            ]
    elif name == "attachments":
        if isinstance(value, tuple | list) and all(isinstance(v, str) for v in value):
            try:
                return [os.path.relpath(v, folder).replace(os.sep, "/") for v in value]
            except ValueError:  # another drive (Windows): not expressible
                raise EditError(
                    Message("edit-bad-value", (name, repr(value), "files on the same drive"))
                ) from None
    else:
        raise EditError(Message("edit-unknown-field", (name, ", ".join(EDITABLE))))
    raise EditError(Message("edit-bad-value", (name, repr(value), f"a {name} value")))


def applied(
    data: Mapping[str, Any], values: Mapping[str, object], folder: str
) -> tuple[dict[str, Any], dict[str, object]]:
    """The sidecar object ``data`` with ``values`` set (each listed under "edited"), and
    the values that undo it. Keys not set are kept as they are, in their order."""
    out: dict[str, Any] = {"vtviewer": data.get("vtviewer", FORMAT_VERSION)}
    out.update(data)
    edited_raw = data.get("edited")
    edited = [k for k in edited_raw if isinstance(k, str)] if isinstance(edited_raw, list) else []
    undo: dict[str, object] = {}
    for name, value in values.items():
        if name not in KEY_OF_FIELD:
            raise EditError(Message("edit-unknown-field", (name, ", ".join(EDITABLE))))
        key = KEY_OF_FIELD[name]
        undo[name] = Restore(key in data, data.get(key), key in edited)
        if isinstance(value, Restore):
            if value.present:
                out[key] = value.raw
            else:
                out.pop(key, None)
            mark = value.present and value.edited
        elif isinstance(value, Revert):
            out.pop(key, None)
            mark = False
        else:
            out[key] = value_to_json(name, value, folder)
            mark = True
        if mark and key not in edited:
            edited.append(key)
        elif not mark and key in edited:
            edited.remove(key)
    order = list(FIELD_OF_KEY)
    if edited:
        out["edited"] = sorted(edited, key=lambda k: order.index(k) if k in order else len(order))
    else:
        out.pop("edited", None)
    return out, undo


def overlay_values(entry_data: Mapping[str, Any]) -> dict[str, object]:
    """The fields an overlay object sets, as Restore values (to move them into a sidecar)."""
    return {
        name: Restore(True, entry_data[key], True)
        for key, name in FIELD_OF_KEY.items()
        if key in entry_data
    }


# --- files --------------------------------------------------------------------------


def file_state(path: Path) -> str:
    """A digest of a file's bytes as they are now; "-" when there is none."""
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read(MAX_BYTES + 1)).hexdigest()[:32]
    except FileNotFoundError:
        return "-"
    except OSError as exc:
        return f"error:{exc.errno}"


def read_object(path: Path) -> dict[str, Any]:
    """The JSON object of a sidecar (or overlay file); {} when there is none. Raises
    SidecarError when it cannot be read or is not a valid sidecar."""
    data = read_json(path, MAX_BYTES, None)
    if data is None:
        return {}
    parse_sidecar(path, data)  # a file that cannot be used is not edited over
    return data


def cannot_write(exc: OSError) -> bool:
    """Whether ``exc`` says that the folder cannot be written here (not a passing fault)."""
    return exc.errno in _CANNOT_WRITE or isinstance(exc, PermissionError)


class Overlay:
    """Edits kept in the data folder, one sidecar per file content ("<hash>.vtviewer.json",
    which also names the file's last known path), for files whose folder cannot be
    written. User data, not cache: a rebuild of the index never removes it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, content_hash: str) -> Path:
        return self.folder / f"{content_hash}{SIDECAR_SUFFIX}"

    def stamps(self) -> dict[str, float]:
        """Each held hash and its file's modification time (one listing of the folder)."""
        out: dict[str, float] = {}
        try:
            with os.scandir(self.folder) as entries:
                for entry in entries:
                    if entry.name.endswith(SIDECAR_SUFFIX) and not entry.name.startswith("."):
                        try:
                            out[entry.name[: -len(SIDECAR_SUFFIX)]] = entry.stat().st_mtime
                        except OSError:
                            continue
        except OSError:
            pass  # no overlay yet
        return out

    def entry(self, content_hash: str) -> Entry | None:
        """The overlay's entry for a file's content; None when there is none or it cannot
        be read (logged: the file keeps its other metadata)."""
        path = self.path_for(content_hash)
        try:
            data = read_json(path, MAX_BYTES, None)
            return None if data is None else parse_sidecar(path, data)
        except SidecarError:
            log.warning("the edits in %s cannot be read", path, exc_info=True)
            return None

    def hashes(self) -> set[str]:
        return set(self.stamps())


def sidecar_of(path: str) -> Path:
    return sidecar_path(Path(path))


def state_of(path: str, content_hash: str, overlay: Overlay) -> str:
    """The state of a document's sidecar and its overlay entry: what ``Edit.base`` holds."""
    return f"{file_state(sidecar_of(path))}|{file_state(overlay.path_for(content_hash))}"


def write_edit(
    path: str, content_hash: str, edit: Edit, overlay: Overlay, *, overwrite: bool = False
) -> EditResult:
    """Write ``edit`` for the PDF at ``path`` (content ``content_hash``): to its sidecar,
    together with any edits of it still waiting in the overlay (which then goes), else,
    where the folder cannot be written, to the overlay. Nothing is written when the
    sidecar changed since ``edit.base`` (unless ``overwrite``), or when the sidecar or
    overlay entry there cannot be read: it is somebody's work, not to be written over."""
    sidecar = sidecar_of(path)
    held = overlay.path_for(content_hash)

    def failed(message: Message) -> EditResult:
        return EditResult(edit.doc_id, path, "failed", message)

    if (
        edit.base is not None
        and not overwrite
        and edit.base != state_of(path, content_hash, overlay)
    ):
        return EditResult(edit.doc_id, path, "conflict", Message("edit-conflict"))
    try:
        current = read_object(sidecar)
        waiting = read_object(held)
    except SidecarError as exc:
        return failed(Message("edit-sidecar-unreadable", (str(exc),)))
    folder = os.path.dirname(path)
    try:
        # The overlay's waiting edits move into the sidecar with this one.
        new, undo = applied(current, {**overlay_values(waiting), **edit.values}, folder)
        parse_sidecar(sidecar, new)  # what is written must read back
    except EditError as exc:
        return failed(exc.message)
    except SidecarError as exc:
        return failed(Message("edit-not-written", (exc.message,)))
    where: Literal["sidecar", "overlay"] = "sidecar"
    message: Message | None = None
    try:
        write_json(sidecar, new)
    except OSError as exc:
        if not cannot_write(exc):
            return failed(Message("edit-not-written", (exc.strerror or str(exc),)))
        where, message = "overlay", Message("edit-overlay", (exc.strerror or str(exc),))
        new, undo = applied(waiting, edit.values, folder)
        new["path"] = path  # for a person reading the folder; the format ignores it
        try:
            write_json(held, new)
        except OSError as exc2:
            return failed(Message("edit-not-written", (exc2.strerror or str(exc2),)))
        except UnicodeError:
            return failed(Message("edit-not-written", ("a file name that is not valid text",)))
    except UnicodeError:
        return failed(Message("edit-not-written", ("a file name that is not valid text",)))
    else:
        if waiting:
            try:
                held.unlink()
            except OSError:
                log.warning("%s could not be removed; its edits are in the sidecar", held)
    undo_values = {name: value for name, value in undo.items() if name in edit.values}
    after = state_of(path, content_hash, overlay)
    return EditResult(edit.doc_id, path, where, message, Edit(edit.doc_id, undo_values, after))
