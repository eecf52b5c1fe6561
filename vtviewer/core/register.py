"""Registers: an archivist's spreadsheet of documents (CSV, JSON, Excel) read, its columns
mapped to fields, its rows matched to indexed documents, and the plan of edits it makes.

Nothing here writes: ``plan_import`` says what would change, ``import_plan`` hands the
edits to ``Archive.edit`` (sidecars atomically, else the overlay; conflicts reported).
A register's empty cell sets nothing; a filled one sets its field to the register's value.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime
import io
import json
import logging
import os
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from vtviewer.core.analysis import fold
from vtviewer.core.edits import (
    Edit,
    EditError,
    EditResult,
    contact_from_parts,
    parse_value,
    state_of,
)
from vtviewer.core.health import ArchiveError
from vtviewer.core.messages import english
from vtviewer.core.model import Contact, Document, Message
from vtviewer.core.sidecar import FIELD_OF_KEY
from vtviewer.core.text import clean_text

if TYPE_CHECKING:
    from vtviewer.core.archive import Archive

log = logging.getLogger(__name__)

#: The largest register read (bytes): a register of documents is far smaller.
MAX_BYTES = 50_000_000
#: The most rows read; a register with more is refused rather than half read.
MAX_ROWS = 200_000

#: What a column can be mapped to: a field of the sidecar format (its key), a part of the
#: one contact a row names, or what finds the row's document ("file", "sha256").
FIELDS: tuple[str, ...] = (
    "title",
    "type",
    "period",
    "published",
    "modified",
    "organisation",
    "authors",
    "summary",
    "language",
    "tags",
    "contact",
    "contact-role",
    "contact-phone",
    "contact-email",
    "file",
    "sha256",
)
#: A column mapped to this is not imported.
IGNORED = ""
#: The contact parts, and the key of each in a Contact.
_CONTACT_PARTS: Mapping[str, str] = {
    "contact": "name",
    "contact-role": "role",
    "contact-phone": "phone",
    "contact-email": "email",
}

#: The headers that name each field, Norwegian and English, compared folded (case, æøå
#: and accents, spaces, "-" and "_" do not matter).
HEADERS: Mapping[str, tuple[str, ...]] = {
    "title": ("tittel", "title", "dokumenttittel"),
    "type": ("type", "dokumenttype", "doctype", "documenttype", "kategori", "category"),
    "period": ("år", "year", "periode", "period", "årstall"),
    "published": ("dato", "date", "publisert", "published", "publiseringsdato", "utgitt"),
    "modified": ("endret", "modified", "sistendret"),
    "organisation": (
        "organisasjon",
        "org",
        "organisation",
        "organization",
        "virksomhet",
        "utgiver",
        "publisher",
    ),
    "authors": ("forfatter", "forfattere", "author", "authors"),
    "summary": ("sammendrag", "beskrivelse", "summary", "description", "abstract"),
    "language": ("språk", "language", "målform", "lang"),
    "tags": ("emneord", "stikkord", "tags", "keywords", "nøkkelord", "tag"),
    "contact": ("kontaktperson", "kontakt", "contact", "contactperson", "kontaktnavn"),
    "contact-role": ("rolle", "role", "stilling"),
    "contact-phone": ("telefon", "tlf", "phone", "telephone", "mobil", "telefonnummer"),
    "contact-email": ("epost", "email", "mail", "epostadresse", "emailaddress"),
    "file": ("fil", "filnavn", "file", "filename", "path", "sti", "filsti", "filepath"),
    "sha256": ("sha256", "hash", "sjekksum", "checksum", "contenthash"),
}

Format = Literal["csv", "json", "xlsx"]
Status = Literal["matched", "unmatched", "ambiguous", "duplicate"]


class RegisterError(ArchiveError):
    """A register that cannot be read at all (``message`` says why; ``str()`` is the
    English line the command line prints)."""

    def __init__(self, message: Message) -> None:
        super().__init__(english(message))
        self.message = message


@dataclass(frozen=True)
class Row:
    """One row of a register: its number as the file counts (a spreadsheet's row, the
    JSON list's position) and its cells as text, one per column."""

    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Register:
    """A register as read: its columns (the header) and rows, all cells as text. ``bad``
    are the entries that are no row at all (a JSON entry that is not an object)."""

    path: str
    format: Format
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    bad: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class Issue:
    """A value of a row that cannot be imported: its row, its column ("" for the whole
    row) and why. The row's other values are imported."""

    row: int
    column: str
    message: Message


@dataclass(frozen=True)
class Change:
    """A field a row changes: its key (as ``FIELDS`` names it), the document's value now
    and the register's, as text, and the new value in ``Edit.values``' types."""

    field: str
    old: str
    new: str
    value: object = dataclasses.field(compare=False)


@dataclass(frozen=True)
class RowPlan:
    """What becomes of one row. ``status``: "matched" (``by`` "path", "name" or "hash";
    ``doc_id`` and ``path`` the document's), "unmatched" (``reason`` says why),
    "ambiguous" (``candidates``: the paths it could be) or "duplicate" (another row
    matched the same document first: ``reason`` names it). ``key``: the file name, path or
    hash the row gave."""

    row: int
    status: Status
    key: str = ""
    by: Literal["path", "name", "hash", ""] = ""
    doc_id: int | None = None
    path: str = ""
    candidates: tuple[str, ...] = ()
    changes: tuple[Change, ...] = ()
    issues: tuple[Issue, ...] = ()
    reason: Message | None = None
    #: The document's sidecar state when planned (``Edit.base``): a change on disk since
    #: then is a conflict, not written over.
    base: str | None = None


@dataclass(frozen=True)
class ImportPlan:
    """The mapping used and each row's fate; nothing is written until ``import_plan``."""

    register: Register
    mapping: tuple[str, ...]
    rows: tuple[RowPlan, ...]

    def with_status(self, status: Status) -> list[RowPlan]:
        return [r for r in self.rows if r.status == status]

    @property
    def issues(self) -> list[Issue]:
        """Every value that cannot be imported, and the entries that are no row."""
        return [*self.register.bad, *(i for r in self.rows for i in r.issues)]

    @property
    def has_key(self) -> bool:
        """Whether a column finds documents (one is mapped to "file" or "sha256")."""
        return "file" in self.mapping or "sha256" in self.mapping

    def edits(self) -> list[Edit]:
        """One Edit per matched row that changes something."""
        return [
            Edit(r.doc_id, {FIELD_OF_KEY[c.field]: c.value for c in r.changes}, r.base)
            for r in self.rows
            if r.status == "matched" and r.doc_id is not None and r.changes
        ]


# --- reading ------------------------------------------------------------------------


def read_register(path: str | os.PathLike[str]) -> Register:
    """A register from a file, by its ending: .csv (or .txt, .tsv), .json, .xlsx. Raises
    RegisterError when it cannot be read."""
    name = os.fspath(path)
    suffix = Path(name).suffix.lower()
    kind: Format
    if suffix in (".csv", ".txt", ".tsv"):
        kind = "csv"
    elif suffix == ".json":
        kind = "json"
    elif suffix in (".xlsx", ".xlsm"):
        kind = "xlsx"
    else:
        raise RegisterError(Message("register-unknown-format", (Path(name).name,)))
    try:
        size = os.path.getsize(name)
        if size > MAX_BYTES:
            raise RegisterError(Message("register-too-large", (MAX_BYTES // 1_000_000,)))
        if kind == "xlsx":
            columns, rows, bad = _read_xlsx(name)
        else:
            with open(name, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
            text = _decode(data)
            columns, rows, bad = _read_json(text) if kind == "json" else _read_csv(text)
    except OSError as exc:
        raise RegisterError(Message("register-unreadable", (exc.strerror or str(exc),))) from exc
    if not columns or not rows:
        raise RegisterError(Message("register-empty"))
    if len(rows) > MAX_ROWS:
        raise RegisterError(Message("register-too-many-rows", (MAX_ROWS,)))
    return Register(name, kind, columns, tuple(rows), tuple(bad))


def _decode(data: bytes) -> str:
    """Text as a spreadsheet saves it: UTF-8 (with or without BOM), UTF-16 with a BOM,
    else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return clean_text(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise RegisterError(Message("register-not-text")) from None
    try:
        return clean_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        return clean_text(data.decode("cp1252"))
    except UnicodeDecodeError:
        raise RegisterError(Message("register-not-text")) from None


def _delimiter(header: str) -> str:
    """The delimiter a header line uses: the one of ; , and tab found most often outside
    quotes (a comma on a tie: the format's own)."""
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts.values())
    if best == 0 or counts[","] == best:
        return ","
    return ";" if counts[";"] == best else "\t"


def _read_csv(text: str) -> tuple[tuple[str, ...], list[Row], list[Issue]]:
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return (), [], []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(lines[first]))
    columns: tuple[str, ...] = ()
    rows: list[Row] = []
    try:
        # Numbered as a spreadsheet numbers them: a cell over several lines is one row.
        for number, cells in enumerate(reader, start=1):
            if not any(c.strip() for c in cells):
                continue
            if not columns:
                columns = tuple(" ".join(c.split()) for c in cells)
                continue
            rows.append(Row(number, _fit(cells, len(columns))))
            if len(rows) > MAX_ROWS:
                break
    except csv.Error as exc:
        raise RegisterError(Message("register-bad-csv", (reader.line_num, str(exc)))) from exc
    return columns, rows, []


def _fit(cells: Sequence[str], width: int) -> tuple[str, ...]:
    """``cells`` as many as the columns (a short row padded; cells past the header, with
    no column to name them, are not imported)."""
    fitted = [c.strip() for c in cells[:width]]
    return (*fitted, *("" for _ in range(width - len(fitted))))


def _read_json(text: str) -> tuple[tuple[str, ...], list[Row], list[Issue]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegisterError(Message("register-bad-json", (exc.lineno, exc.msg))) from exc
    except RecursionError:
        raise RegisterError(Message("register-bad-json", (1, "nested too deeply"))) from None
    if isinstance(data, dict) and isinstance(data.get("documents"), list):
        data = data["documents"]
    if not isinstance(data, list):
        raise RegisterError(Message("register-json-shape"))
    columns: dict[str, None] = {}
    for entry in data:
        if isinstance(entry, dict):
            columns.update((" ".join(str(k).split()), None) for k in entry)
    names = tuple(columns)
    rows: list[Row] = []
    bad: list[Issue] = []
    for number, entry in enumerate(data, start=1):
        if not isinstance(entry, dict):
            bad.append(Issue(number, "", Message("register-not-object")))
            continue
        cells = {" ".join(str(k).split()): _json_text(v) for k, v in entry.items()}
        rows.append(Row(number, tuple(cells.get(name, "") for name in names)))
    return names, rows, bad


def _json_text(value: object) -> str:
    """A JSON value as a register cell: lists joined with "; ", a contact object as
    "name=...,role=..."."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "; ".join(t for t in (_json_text(v) for v in value) if t)
    if isinstance(value, dict):
        parts = [f"{k}={_json_text(v).replace(',', ' ')}" for k, v in value.items()]
        return ",".join(parts)
    return str(value).strip()


def _read_xlsx(name: str) -> tuple[tuple[str, ...], list[Row], list[Issue]]:
    # Imported here: only an Excel register needs it.
    from openpyxl import load_workbook

    def bad(exc: BaseException) -> RegisterError:
        log.info("%s cannot be read as a workbook", name, exc_info=True)
        return RegisterError(Message("register-bad-xlsx", (str(exc) or type(exc).__name__,)))

    # A workbook is someone else's file: its XML may be damaged anywhere, and openpyxl
    # then raises whatever its parser raised (zipfile's, ElementTree's, its own). Each
    # of those is "cannot be read", said once. Its warnings about the parts it skips
    # (data validation, default styles) are noise here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            workbook = load_workbook(name, read_only=True, data_only=True)
        except OSError:
            raise
        except Exception as exc:
            raise bad(exc) from exc
        try:
            return _sheet_rows(workbook.worksheets[0]) if workbook.worksheets else ((), [], [])
        except OSError:
            raise
        except Exception as exc:
            raise bad(exc) from exc
        finally:
            workbook.close()


def _sheet_rows(sheet: Any) -> tuple[tuple[str, ...], list[Row], list[Issue]]:
    """The header (the first filled row) and the rows of a worksheet, numbered as Excel
    numbers them."""
    columns: tuple[str, ...] = ()
    rows: list[Row] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_cell_text(v) for v in values]
        if not any(cells):
            continue
        if not columns:
            columns = tuple(" ".join(c.split()) for c in cells)
            continue
        rows.append(Row(number, _fit(cells, len(columns))))
        if len(rows) > MAX_ROWS:
            break
    return columns, rows, []


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_text(str(value)).strip()


# --- mapping ------------------------------------------------------------------------


def _header_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text.strip().lower()))


_FIELD_OF_HEADER: Mapping[str, str] = {
    _header_key(header): name for name, headers in HEADERS.items() for header in headers
}


def field_for_header(header: str) -> str:
    """The field a column's header names ("E-post" -> "contact-email"); IGNORED when none."""
    return _FIELD_OF_HEADER.get(_header_key(header), IGNORED)


def auto_mapping(columns: Sequence[str]) -> tuple[str, ...]:
    """Each column's field from its header; a field named by two columns goes to the first."""
    taken: set[str] = set()
    mapping: list[str] = []
    for column in columns:
        name = field_for_header(column)
        if name in taken:
            name = IGNORED
        taken.add(name)
        mapping.append(name)
    return tuple(mapping)


def column_named(columns: Sequence[str], name: str) -> int | None:
    """The index of the column a person named (case and accents aside); None when none."""
    key = _header_key(name)
    for index, column in enumerate(columns):
        if column == name:
            return index
    for index, column in enumerate(columns):
        if _header_key(column) == key:
            return index
    return None


# --- matching -----------------------------------------------------------------------


class _Documents:
    """The archive's documents by path, by file name and by content hash."""

    def __init__(self, documents: Iterable[Document], roots: Sequence[str], base: str) -> None:
        self.by_path: dict[str, Document] = {}
        self.by_name: dict[str, list[Document]] = {}
        self.by_hash: dict[str, list[Document]] = {}
        for doc in documents:
            self.by_path[os.path.normpath(doc.path)] = doc
            self.by_name.setdefault(doc.name.casefold(), []).append(doc)
            self.by_hash.setdefault(doc.hash.lower(), []).append(doc)
        self.folders = [*roots, base]

    def at_path(self, text: str) -> Document | None:
        text = text.replace("\\", "/") if os.sep == "/" else text
        if os.path.isabs(text):
            return self.by_path.get(os.path.normpath(text))
        for folder in self.folders:
            found = self.by_path.get(os.path.normpath(os.path.join(folder, text)))
            if found is not None:
                return found
        return None

    def named(self, text: str) -> list[Document]:
        name = text.replace("\\", "/").rsplit("/", 1)[-1].strip().casefold()
        found = self.by_name.get(name, [])
        if not found and not name.endswith(".pdf"):
            found = self.by_name.get(name + ".pdf", [])
        return found


def plan_import(
    register: Register,
    mapping: Sequence[str],
    documents: Iterable[Document],
    roots: Sequence[str] = (),
) -> ImportPlan:
    """Match each row to a document (by path, absolute or relative to an archive root or
    the register's folder; else by file name; else by content hash) and work out what it
    changes. ``mapping`` gives each column's field (IGNORED: not imported)."""
    mapping = tuple(mapping) + (IGNORED,) * (len(register.columns) - len(mapping))
    index = _Documents(documents, roots, os.path.dirname(os.path.abspath(register.path)))
    first_row: dict[int, int] = {}
    plans: list[RowPlan] = []
    for row in register.rows:
        plan = _match(row, mapping, index)
        # Every row's bad values are said, also those of a row that matched nothing:
        # the register is to be put right in one go.
        values, issues = _values(row, register.columns, mapping)
        plan = dataclasses.replace(plan, issues=issues)
        if plan.status == "matched" and plan.doc_id is not None:
            earlier = first_row.setdefault(plan.doc_id, row.number)
            if earlier != row.number:
                plan = RowPlan(
                    row.number,
                    "duplicate",
                    plan.key,
                    plan.by,
                    plan.doc_id,
                    plan.path,
                    issues=issues,
                    reason=Message("register-duplicate", (earlier,)),
                )
            else:
                doc = index.by_path[os.path.normpath(plan.path)]
                changes = _changes(values, doc)
                plan = RowPlan(
                    row.number,
                    "matched",
                    plan.key,
                    plan.by,
                    doc.id,
                    doc.path,
                    changes=changes,
                    issues=issues,
                )
        plans.append(plan)
    return ImportPlan(register, mapping, tuple(plans))


def _cell(row: Row, mapping: Sequence[str], name: str) -> str:
    return next((c for c, m in zip(row.cells, mapping, strict=False) if m == name and c), "")


def _match(row: Row, mapping: Sequence[str], index: _Documents) -> RowPlan:
    file = _cell(row, mapping, "file")
    digest = _cell(row, mapping, "sha256").lower()
    key = file or digest
    if not key:
        return RowPlan(row.number, "unmatched", reason=Message("register-no-key"))
    by_hash = index.by_hash.get(digest, []) if digest else []
    if file:
        doc = index.at_path(file)
        if doc is not None:
            return RowPlan(row.number, "matched", file, "path", doc.id, doc.path)
        named = index.named(file)
        if len(named) == 1:
            return RowPlan(row.number, "matched", file, "name", named[0].id, named[0].path)
        if len(named) > 1:
            # The hash, when given, tells copies of one name apart.
            same = {d.id for d in by_hash}
            chosen = [d for d in named if d.id in same]
            if len(chosen) == 1:
                return RowPlan(row.number, "matched", digest, "hash", chosen[0].id, chosen[0].path)
            return _ambiguous(row.number, file, named)
    if len(by_hash) == 1:
        return RowPlan(row.number, "matched", digest, "hash", by_hash[0].id, by_hash[0].path)
    if len(by_hash) > 1:
        return _ambiguous(row.number, digest, by_hash)
    return RowPlan(row.number, "unmatched", key, reason=Message("register-no-match", (key,)))


def _ambiguous(number: int, key: str, docs: Sequence[Document]) -> RowPlan:
    paths = tuple(sorted(d.path for d in docs))
    return RowPlan(
        number,
        "ambiguous",
        key,
        candidates=paths,
        reason=Message("register-ambiguous", (key, len(paths))),
    )


def _values(
    row: Row, columns: Sequence[str], mapping: Sequence[str]
) -> tuple[dict[str, object], tuple[Issue, ...]]:
    """The fields ``row`` sets, in ``Edit.values``' types under FIELDS' names (the contact
    parts as "contacts"), and its values that cannot be set (each with its column)."""
    values: dict[str, object] = {}
    issues: list[Issue] = []
    contact: dict[str, str] = {}
    contact_column = ""
    for column, name, text in zip(columns, mapping, row.cells, strict=False):
        if not text or name in (IGNORED, "file", "sha256") or name in values:
            continue
        if name in _CONTACT_PARTS:
            contact.setdefault(_CONTACT_PARTS[name], text)
            contact_column = contact_column or column
            continue
        try:
            values[name] = parse_value(FIELD_OF_KEY[name], text)
        except EditError as exc:
            issues.append(Issue(row.number, column, exc.message))
    if contact:
        try:
            if set(contact) == {"name"}:
                # A contact column alone may hold several, "Kari; Ola" or "name=...".
                values["contacts"] = parse_value("contacts", contact["name"])
            else:
                values["contacts"] = (contact_from_parts(contact),)
        except EditError as exc:
            issues.append(Issue(row.number, contact_column, exc.message))
    return values, tuple(issues)


def _changes(values: Mapping[str, object], doc: Document) -> tuple[Change, ...]:
    """The fields of ``values`` that differ from ``doc``'s."""
    changes: list[Change] = []
    for name in (*FIELDS, "contacts"):
        if name not in values:
            continue
        old = _current(doc, name)
        if values[name] != old:
            changes.append(Change(name, value_text(old), value_text(values[name]), values[name]))
    return tuple(changes)


def _current(doc: Document, name: str) -> object:
    meta = doc.meta
    if name == "type":
        return meta.doc_type
    if name == "period":
        return (meta.period_from, meta.period_to)
    return getattr(meta, name)


def value_text(value: object) -> str:
    """A field's value as a line of text (the plan shows old and new)."""
    if isinstance(value, tuple):
        if len(value) == 2 and all(v is None or isinstance(v, int) for v in value):
            start, end = value
            if start is None:
                return ""
            return str(start) if end in (None, start) else f"{start}-{end}"
        return "; ".join(value_text(v) for v in value)
    if isinstance(value, Contact):
        details = [v for v in (value.role, value.organisation, value.phone, value.email) if v]
        return (
            f"{value.name} ({', '.join(details)})"
            if details and value.name
            else (value.name or ", ".join(details))
        )
    return str(value)


# --- with an archive ----------------------------------------------------------------


def plan_for(archive: Archive, register: Register, mapping: Sequence[str]) -> ImportPlan:
    """``plan_import`` on the archive's documents, with their sidecar states now."""
    documents = {doc.id: doc for doc in archive.documents()}
    first = plan_import(register, mapping, documents.values(), archive.roots())
    # What Archive.sidecar_state says, from the documents at hand (one read, not one
    # per row).
    states = {
        r.doc_id: state_of(documents[r.doc_id].path, documents[r.doc_id].hash, archive.overlay)
        for r in first.rows
        if r.status == "matched" and r.doc_id is not None
    }
    return ImportPlan(
        first.register,
        first.mapping,
        tuple(
            dataclasses.replace(r, base=states[r.doc_id]) if r.doc_id in states else r
            for r in first.rows
        ),
    )


def import_plan(archive: Archive, plan: ImportPlan) -> list[EditResult]:
    """Write the plan's edits through ``Archive.edit``: one result per document changed
    ("sidecar", "overlay", "conflict" when its sidecar changed since it was planned, or
    "failed")."""
    edits = plan.edits()
    return archive.edit(edits) if edits else []


def results_count(results: Sequence[EditResult]) -> dict[str, int]:
    """How many results went where: sidecar, overlay, conflict, failed."""
    counts = {"sidecar": 0, "overlay": 0, "conflict": 0, "failed": 0}
    for result in results:
        counts[result.where] += 1
    return counts


def plan_data(plan: ImportPlan) -> dict[str, Any]:
    """The plan as JSON (``vtviewer import --json``)."""

    def row_data(r: RowPlan) -> dict[str, Any]:
        return {
            "row": r.row,
            "status": r.status,
            "key": r.key,
            "by": r.by or None,
            "path": r.path or None,
            "candidates": list(r.candidates),
            "reason": english(r.reason) if r.reason else None,
            "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in r.changes],
        }

    return {
        "register": plan.register.path,
        "format": plan.register.format,
        "mapping": [
            {"column": c, "field": m or None}
            for c, m in zip(plan.register.columns, plan.mapping, strict=False)
        ],
        "summary": {
            "rows": len(plan.register.rows),
            "matched": len(plan.with_status("matched")),
            "unmatched": len(plan.with_status("unmatched")),
            "ambiguous": len(plan.with_status("ambiguous")),
            "duplicate": len(plan.with_status("duplicate")),
            "bad_values": len(plan.issues),
            "documents_changed": len(plan.edits()),
        },
        "rows": [row_data(r) for r in plan.rows],
        "bad_values": [
            {"row": i.row, "column": i.column or None, "message": english(i.message)}
            for i in plan.issues
        ],
    }
