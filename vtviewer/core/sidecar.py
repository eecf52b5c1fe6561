"""The vtviewer sidecar (one PDF) and catalog (one folder) JSON formats: parsing and checks."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from vtviewer.core.contacts import normalise_phone
from vtviewer.core.model import DOC_TYPES, Contact, DocType

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".vtviewer.json"
CATALOG_NAME = "vtviewer-catalog.json"
FORMAT_VERSION = 1

#: Words a person may write for a document type in a sidecar, besides the English names.
TYPE_WORDS: Mapping[str, DocType] = {
    "rapport": "report",
    "årsrapport": "report",
    "årsmelding": "report",
    "plan": "plan",
    "strategi": "plan",
    "strategiplan": "plan",
    "handlingsplan": "action plan",
    "action-plan": "action plan",
    "analyse": "analysis",
    "utredning": "analysis",
    "referat": "minutes",
    "møtebok": "minutes",
    "protokoll": "minutes",
    "annet": "other",
}

_YEAR_RANGE = re.compile(r"^\s*(\d{4})\s*(?:[-–—]\s*(\d{4})\s*)?$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_NO_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s.*)?$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


class SidecarError(ValueError):
    """A sidecar or catalog that cannot be used; the PDFs it describes are still indexed.

    ``line`` and ``column`` are 1-based and set for syntax errors; ``None`` when the
    problem is a value (then the message names the field).
    """

    def __init__(
        self, path: Path, message: str, line: int | None = None, column: int | None = None
    ) -> None:
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        where = f"line {line}, column {column}: " if line is not None else ""
        super().__init__(f"{path.name}: {where}{message}")


@dataclass(frozen=True)
class Entry:
    """Metadata given by a person for one document: a sidecar, or one catalog entry.

    Every field is ``None`` when not given; a given empty value ("" or []) overrides the
    PDF's own. ``files`` (catalog only) are paths relative to the catalog's folder, the
    main document first. ``attachments`` (sidecar only) are paths relative to the PDF's
    folder.
    """

    title: str | None = None
    doc_type: DocType | None = None
    period_from: int | None = None
    period_to: int | None = None
    #: True when the entry sets the period (possibly to nothing, with null bounds).
    has_period: bool = False
    published: str | None = None
    modified: str | None = None
    organisation: str | None = None
    authors: tuple[str, ...] | None = None
    summary: str | None = None
    language: str | None = None
    tags: tuple[str, ...] | None = None
    contacts: tuple[Contact, ...] | None = None
    files: tuple[str, ...] = ()
    attachments: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Catalog:
    """A folder's catalog: entries whose files are relative to ``folder``."""

    folder: Path
    entries: tuple[Entry, ...]
    _by_path: Mapping[str, Entry] = field(default_factory=dict, repr=False, compare=False)

    def entry_for(self, pdf_path: Path) -> Entry | None:
        """The entry listing ``pdf_path`` (as its main file or an attachment), else None."""
        if self._by_path:
            return self._by_path.get(_norm(pdf_path))
        wanted = _norm(pdf_path)
        for entry in self.entries:
            if any(_norm(self.folder / name) == wanted for name in entry.files):
                return entry
        return None

    def files_of(self, entry: Entry) -> tuple[Path, ...]:
        """The absolute paths of an entry's files, main document first."""
        return tuple(Path(os.path.abspath(self.folder / name)) for name in entry.files)


def sidecar_path(pdf_path: Path) -> Path:
    """Where the sidecar of ``pdf_path`` lives: "<file>.pdf.vtviewer.json" next to it."""
    return pdf_path.with_name(pdf_path.name + SIDECAR_SUFFIX)


def load_sidecar(pdf_path: Path) -> Entry | None:
    """The sidecar of ``pdf_path``; None when there is none. Raises SidecarError."""
    path = sidecar_path(pdf_path)
    data = _read_json(path)
    if data is None:
        return None
    _check_version(path, data)
    entry = _parse_fields(path, data, "")
    attachments = _opt_str_list(path, data, "attachments", "")
    if attachments is not None:
        for name in attachments:
            _check_relative(path, name, "attachments")
        entry = _replace(entry, attachments=attachments)
    return entry


def load_catalog(folder: Path) -> Catalog | None:
    """The catalog of ``folder``; None when there is none. Raises SidecarError.

    Top-level metadata fields are defaults for every entry; an entry's own fields win.
    """
    path = folder / CATALOG_NAME
    data = _read_json(path)
    if data is None:
        return None
    _check_version(path, data)
    defaults = _parse_fields(path, data, "")
    raw_entries = data.get("entries", [])
    if not isinstance(raw_entries, list):
        raise SidecarError(path, f"entries: expected a list, got {_kind(raw_entries)}")
    entries: list[Entry] = []
    by_path: dict[str, Entry] = {}
    for i, raw in enumerate(raw_entries):
        where = f"entries[{i}]"
        if not isinstance(raw, dict):
            raise SidecarError(path, f"{where}: expected an object, got {_kind(raw)}")
        files = _opt_str_list(path, raw, "files", where + ".")
        if not files:
            raise SidecarError(path, f"{where}.files: expected a non-empty list of file names")
        for name in files:
            _check_relative(path, name, where + ".files")
        entry = _with_defaults(
            _replace(_parse_fields(path, raw, where + "."), files=files), defaults
        )
        entries.append(entry)
        for name in files:
            key = _norm(folder / name)
            if key in by_path:
                # A file in two entries is a slip in the catalog, not worth rejecting it.
                log.warning("%s: %s is listed twice; the first entry wins", path, name)
                continue
            by_path[key] = entry
    return Catalog(folder=folder, entries=tuple(entries), _by_path=by_path)


def parse_period(value: object) -> tuple[int | None, int | None] | None:
    """A period as written in JSON ("2013-2015", "2013", 2013, {"from":..,"to":..}); None if
    it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return (value, value) if 1000 <= value <= 9999 else None
    if isinstance(value, str):
        m = _YEAR_RANGE.match(value)
        if not m:
            return None
        start = int(m.group(1))
        end = int(m.group(2)) if m.group(2) else start
        return (start, end) if start <= end else None
    if isinstance(value, dict):
        start_v, end_v = value.get("from"), value.get("to")
        if set(value) - {"from", "to"}:
            return None
        if not all(
            v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in (start_v, end_v)
        ):
            return None
        low = start_v if isinstance(start_v, int) else None
        high = end_v if isinstance(end_v, int) else None
        if low is None and high is not None:
            return None
        if low is not None and high is not None and high < low:
            return None
        return (low, high)
    return None


def parse_date(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from "2016-06-01", "2016-06-01T11:51:00" or "01.06.2016";
    None when the text is not a valid date."""
    m = _ISO_DATE.match(value)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _NO_DATE.match(value)
        if not m:
            return None
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 9999):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def normalise_language(value: str) -> str:
    """An ISO 639-1 code from "nb-NO", "nob", "no", "NN", "en-US"; "" when not a code."""
    code = value.strip().lower().replace("_", "-").split("-", 1)[0]
    code = {
        "nob": "nb",
        "no": "nb",
        "nor": "nb",
        "nno": "nn",
        "eng": "en",
        "deu": "de",
        "ger": "de",
        "swe": "sv",
        "dan": "da",
        "fra": "fr",
        "fre": "fr",
    }.get(code, code)
    return code if _LANGUAGE.match(code) else ""


def split_list(value: str) -> tuple[str, ...]:
    """Words of a keyword or author list written as "a, b; c", without repeats."""
    seen: dict[str, None] = {}
    for part in re.split(r"[;,]", value):
        word = " ".join(part.split())
        if word and word.lower() not in (s.lower() for s in seen):
            seen[word] = None
    return tuple(seen)


# --- internals -------------------------------------------------------------------------


def _norm(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SidecarError(path, f"cannot be read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _position(raw[: exc.start].decode("utf-8", "replace"), exc.start)
        raise SidecarError(path, "not UTF-8 text", line, column) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SidecarError(path, exc.msg, exc.lineno, exc.colno) from exc
    if not isinstance(data, dict):
        raise SidecarError(path, f"expected a JSON object at the top, got {_kind(data)}")
    return data


def _position(prefix: str, offset: int) -> tuple[int, int]:
    line = prefix.count("\n") + 1
    column = len(prefix) - (prefix.rfind("\n") + 1) + 1
    return line, column


def _check_version(path: Path, data: Mapping[str, Any]) -> None:
    version = data.get("vtviewer")
    if version is None:
        raise SidecarError(path, f'missing "vtviewer": {FORMAT_VERSION} (the format version)')
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SidecarError(path, f"vtviewer: expected a version number, got {version!r}")
    if version > FORMAT_VERSION:
        raise SidecarError(
            path, f"unsupported version {version} (this vtviewer reads version {FORMAT_VERSION})"
        )


def _check_relative(path: Path, name: str, where: str) -> None:
    p = Path(name)
    if not name or p.is_absolute() or ".." in p.parts:
        raise SidecarError(path, f"{where}: {name!r} must be a path relative to this folder")


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _opt_str(path: Path, data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise SidecarError(path, f"{where}{key}: expected a string, got {_kind(value)}")
    return " ".join(value.split()) if key != "summary" else value.strip()


def _opt_str_list(
    path: Path, data: Mapping[str, Any], key: str, where: str, *, split: bool = False
) -> tuple[str, ...] | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str) and split:
        return split_list(value)
    if not isinstance(value, list):
        raise SidecarError(path, f"{where}{key}: expected a list of strings, got {_kind(value)}")
    out: list[str] = []
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise SidecarError(path, f"{where}{key}[{i}]: expected a string, got {_kind(item)}")
        item = item.strip()
        if item and item not in out:
            out.append(item)
    return tuple(out)


def _parse_fields(path: Path, data: Mapping[str, Any], where: str) -> Entry:
    doc_type: DocType | None = None
    raw_type = _opt_str(path, data, "type", where)
    if raw_type is not None:
        word = raw_type.lower()
        if word in DOC_TYPES:
            doc_type = next(t for t in DOC_TYPES if t == word)
        elif word in TYPE_WORDS:
            doc_type = TYPE_WORDS[word]
        else:
            raise SidecarError(
                path, f"{where}type: {raw_type!r} is not one of {', '.join(DOC_TYPES)}"
            )
    period: tuple[int | None, int | None] | None = None
    has_period = "period" in data and data["period"] is not None
    if has_period:
        period = parse_period(data["period"])
        if period is None:
            raise SidecarError(
                path,
                f'{where}period: expected "2013-2015", "2013" or {{"from": 2013, "to": 2015}}, '
                f"got {json.dumps(data['period'], ensure_ascii=False)}",
            )
    dates: dict[str, str | None] = {}
    for key in ("published", "modified"):
        text = _opt_str(path, data, key, where)
        if text is not None and text:
            iso = parse_date(text)
            if iso is None:
                raise SidecarError(
                    path, f"{where}{key}: expected a date like 2016-06-01, got {text!r}"
                )
            text = iso
        dates[key] = text
    language = _opt_str(path, data, "language", where)
    if language:
        code = normalise_language(language)
        if not code:
            raise SidecarError(
                path, f"{where}language: expected a language code like nb, got {language!r}"
            )
        language = code
    return Entry(
        title=_opt_str(path, data, "title", where),
        doc_type=doc_type,
        period_from=period[0] if period else None,
        period_to=period[1] if period else None,
        has_period=has_period,
        published=dates["published"],
        modified=dates["modified"],
        organisation=_opt_str(path, data, "organisation", where),
        authors=_opt_str_list(path, data, "authors", where, split=True),
        summary=_opt_str(path, data, "summary", where),
        language=language,
        tags=_opt_str_list(path, data, "tags", where, split=True),
        contacts=_parse_contacts(path, data, where),
    )


def _parse_contacts(path: Path, data: Mapping[str, Any], where: str) -> tuple[Contact, ...] | None:
    value = data.get("contacts")
    if value is None:
        return None
    if not isinstance(value, list):
        raise SidecarError(path, f"{where}contacts: expected a list, got {_kind(value)}")
    out: list[Contact] = []
    for i, item in enumerate(value):
        here = f"{where}contacts[{i}]."
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            raise SidecarError(path, f"{here[:-1]}: expected an object, got {_kind(item)}")
        if isinstance(item.get("phone"), int) and not isinstance(item.get("phone"), bool):
            item = {**item, "phone": str(item["phone"])}
        fields = {
            key: _opt_str(path, item, key, here) or ""
            for key in ("name", "role", "organisation", "phone", "email")
        }
        fields["phone"] = normalise_phone(fields["phone"]) or fields["phone"]
        fields["email"] = fields["email"].lower()
        contact = Contact(**fields)
        if contact != Contact():
            out.append(contact)
    return tuple(out)


def _replace(entry: Entry, **changes: Any) -> Entry:
    return replace(entry, **changes)


def _with_defaults(entry: Entry, defaults: Entry) -> Entry:
    """``entry`` with its unset fields taken from the catalog's top-level ``defaults``."""
    changes: dict[str, Any] = {}
    # Title and summary describe one document, so a catalog-wide value would be wrong.
    for name in (
        "doc_type",
        "published",
        "modified",
        "organisation",
        "authors",
        "language",
        "tags",
        "contacts",
    ):
        if getattr(entry, name) is None and getattr(defaults, name) is not None:
            changes[name] = getattr(defaults, name)
    if not entry.has_period and defaults.has_period:
        changes.update(
            period_from=defaults.period_from, period_to=defaults.period_to, has_period=True
        )
    return _replace(entry, **changes) if changes else entry


def entry_fields(entry: Entry) -> Sequence[str]:
    """Names of the Metadata fields an entry sets (for logs and the CLI)."""
    names = [
        name
        for name in (
            "title",
            "doc_type",
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
        if getattr(entry, name) is not None
    ]
    if entry.has_period:
        names.append("period")
    return names
