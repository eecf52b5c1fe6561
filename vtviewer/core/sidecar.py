"""The vtviewer sidecar (one PDF) and catalog (one folder) JSON formats: parsing and checks."""

from __future__ import annotations

import dataclasses
import datetime
import json
import logging
import math
import os
import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from vtviewer.core.contacts import normalise_phone
from vtviewer.core.doctypes import type_named
from vtviewer.core.model import DOC_TYPES, MAX_YEAR, METADATA_FIELDS, MIN_YEAR, Contact, DocType

log = logging.getLogger(__name__)

T = TypeVar("T")

SIDECAR_SUFFIX = ".vtviewer.json"
#: The Metadata field each sidecar key sets (the keys of the format's table).
FIELD_OF_KEY: Mapping[str, str] = {
    "title": "title",
    "type": "doc_type",
    "period": "period",
    "published": "published",
    "modified": "modified",
    "organisation": "organisation",
    "authors": "authors",
    "summary": "summary",
    "language": "language",
    "tags": "tags",
    "contacts": "contacts",
    "attachments": "attachments",
}
KEY_OF_FIELD: Mapping[str, str] = {f: k for k, f in FIELD_OF_KEY.items()}
CATALOG_NAME = "vtviewer-catalog.json"
FORMAT_VERSION = 1

#: Larger sidecars are refused unread: one describes one PDF, in a few hundred bytes.
MAX_BYTES = 1_000_000
#: A catalog describes a whole folder, so it may be larger: 100,000 short entries fit.
#: Parsed, hostile JSON can take 30 times its size in memory, so this is not larger.
MAX_CATALOG_BYTES = 4_000_000
#: Deeper JSON is refused before it is parsed (the top-level object is the first level):
#: the format needs four levels, and deep nesting makes the parser recurse.
MAX_DEPTH = 32
#: Longer whole numbers are refused as they are parsed: Python refuses to convert more
#: than 4,300 digits, and no field needs more than a handful.
MAX_DIGITS = 100

_YEAR_RANGE = re.compile(r"^\s*(\d{4})\s*(?:[-–—]\s*(\d{4})\s*)?$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_NO_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s.*)?$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
# What is not a bracket outside a string: a JSON string (or an unclosed one up to the end)
# or a run of other characters. Possessive, so it never backtracks.
_NOT_BRACKET = re.compile(r'"(?:[^"\\]++|\\.)*+"?|[^"\[\]{}]++', re.DOTALL)
# Characters no file name holds: the OS refuses NUL, and lone surrogates cannot be encoded.
_NOT_IN_NAMES = re.compile("[\x00\ud800-\udfff]")
# Judged the same on every platform, so a catalog means the same wherever it is read: no
# root, no drive ("C:x" is relative to another folder on Windows), no "..".
_NOT_RELATIVE = re.compile(r"^(?:[/\\]|[A-Za-z]:)|(?:^|[/\\])\.\.(?:[/\\]|$)")
# Non-blocking, so that opening a FIFO returns at once and fstat can refuse it; no
# controlling terminal from a tty device, binary on Windows. Each where the platform has it.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)
# For a path already resolved: a link put in its place since is not followed.
_NO_LINK = getattr(os, "O_NOFOLLOW", 0)
#: The longest quotation of a value in an error message.
_SHOWN_CHARS = 60


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
    #: The fields (Metadata names: "doc_type", "period", ...) that vtviewer's editor set
    #: (the sidecar's "edited" list); their source is "edited" rather than "sidecar".
    edited: frozenset[str] = frozenset()


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


def load_sidecar(pdf_path: Path, *, roots: Sequence[str] | None = None) -> Entry | None:
    """The sidecar of ``pdf_path``; None when there is none. Raises SidecarError.

    With ``roots`` (the archive folders), a sidecar that is a link to a file outside them
    is refused rather than read.
    """
    return load_sidecar_file(sidecar_path(pdf_path), roots=roots)


def load_sidecar_file(path: Path, *, roots: Sequence[str] | None = None) -> Entry | None:
    """The sidecar at ``path`` (next to its PDF, or kept in the data folder's overlay);
    None when there is none. Raises SidecarError."""
    data = _read_json(path, MAX_BYTES, roots)
    if data is None:
        return None
    return parse_sidecar(path, data)


def parse_sidecar(path: Path, data: Mapping[str, Any]) -> Entry:
    """The Entry of a sidecar's parsed JSON object (``path`` names it in errors)."""
    _check_version(path, data)
    attachments = _opt_str_list(path, data, "attachments", "")
    for name in attachments or ():
        _check_relative(path, name, "attachments")
    entry = _parse_fields(path, data, "", attachments=attachments)
    edited = _opt_str_list(path, data, "edited", "")
    if not edited:
        return entry
    # Names this version does not know are skipped, as unknown keys are.
    names = frozenset(FIELD_OF_KEY[key] for key in edited if key in FIELD_OF_KEY)
    return dataclasses.replace(entry, edited=names)


def load_catalog(folder: Path, *, roots: Sequence[str] | None = None) -> Catalog | None:
    """The catalog of ``folder``; None when there is none. Raises SidecarError.

    Top-level metadata fields are defaults for every entry; an entry's own fields win.
    ``roots`` as for ``load_sidecar``.
    """
    path = folder / CATALOG_NAME
    data = _read_json(path, MAX_CATALOG_BYTES, roots)
    if data is None:
        return None
    _check_version(path, data)
    defaults = _parse_fields(path, data, "")
    raw_entries = data.get("entries", [])
    if not isinstance(raw_entries, list):
        raise SidecarError(path, f"entries: expected a list, got {_kind(raw_entries)}")
    entries: list[Entry] = []
    by_path: dict[str, Entry] = {}
    twice: list[str] = []
    base = os.path.abspath(folder)
    for i, raw in enumerate(raw_entries):
        where = f"entries[{i}]"
        if not isinstance(raw, dict):
            raise SidecarError(path, f"{where}: expected an object, got {_kind(raw)}")
        files = _opt_str_list(path, raw, "files", where + ".")
        if not files:
            raise SidecarError(path, f"{where}.files: expected a non-empty list of file names")
        for name in files:
            _check_relative(path, name, where + ".files")
        entry = _parse_fields(path, raw, where + ".", defaults=defaults, files=files)
        entries.append(entry)
        for name in files:
            key = _norm_in(base, name)
            if key in by_path:
                twice.append(name)
                continue
            by_path[key] = entry
    if twice:
        # A file in two entries is a slip in the catalog, not worth rejecting it; one line
        # for all of them, as a generated catalog may repeat thousands.
        log.warning(
            "%s: %d files are listed twice, such as %s; the first entry wins",
            path,
            len(twice),
            _quoted(twice[0]),
        )
    return Catalog(folder=folder, entries=tuple(entries), _by_path=by_path)


def parse_period(value: object) -> tuple[int | None, int | None] | None:
    """A period as written in JSON ("2013-2015", "2013", 2013, {"from":..,"to":..}); None if
    it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return (value, value) if _is_year(value) else None
    if isinstance(value, str):
        m = _YEAR_RANGE.match(value)
        if not m:
            return None
        start = int(m.group(1))
        end = int(m.group(2)) if m.group(2) else start
        return (start, end) if _is_year(start) and _is_year(end) and start <= end else None
    if isinstance(value, dict):
        start_v, end_v = value.get("from"), value.get("to")
        if set(value) - {"from", "to"}:
            return None
        if not all(v is None or _is_year(v) for v in (start_v, end_v)):
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
    if not _is_year(year):
        return None
    try:
        # A real day of the calendar: 2016-02-31 and 31.04.2016 are not dates.
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


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
    """Words of a keyword or author list written as "a, b; c", without repeats (in any
    case; the first spelling is kept)."""
    # Keyed by the lower-case word, so a repeat is found in one look-up, not a pass.
    first: dict[str, str] = {}
    for part in re.split(r"[;,]", value):
        word = " ".join(part.split())
        if word:
            first.setdefault(word.lower(), word)
    return tuple(first.values())


# --- internals -------------------------------------------------------------------------


def _norm(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def _norm_in(base: str, name: str) -> str:
    """``_norm(Path(base) / name)`` for an absolute ``base``, without building Paths (a
    catalog may list a hundred thousand files)."""
    return os.path.normcase(os.path.normpath(os.path.join(base, name)))


class _NumberError(Exception):
    """Raised from inside json.loads for a number no field could use."""


def read_json(path: Path, limit: int, roots: Sequence[str] | None) -> dict[str, Any] | None:
    """The JSON object in ``path`` as the format reads it (size, depth and number limits,
    only regular files, inside ``roots`` when given); None when there is none. Raises
    SidecarError."""
    return _read_json(path, limit, roots)


def _read_json(path: Path, limit: int, roots: Sequence[str] | None) -> dict[str, Any] | None:
    raw = _read_bytes(path, limit, roots)
    if raw is None:
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _position(raw[: exc.start].decode("utf-8", "replace"), exc.start)
        raise SidecarError(path, "not UTF-8 text", line, column) from exc
    if _too_deep(text):
        raise SidecarError(path, f"nested too deeply (more than {MAX_DEPTH} levels)")
    try:
        data = json.loads(
            text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as exc:
        raise SidecarError(path, exc.msg, exc.lineno, exc.colno) from exc
    except _NumberError as exc:
        raise SidecarError(path, str(exc)) from None
    if not isinstance(data, dict):
        raise SidecarError(path, f"expected a JSON object at the top, got {_kind(data)}")
    return data


def _read_bytes(path: Path, limit: int, roots: Sequence[str] | None) -> bytes | None:
    """The bytes of a regular file of at most ``limit`` bytes; None when there is none."""
    try:
        if roots is None:
            fd = os.open(path, _OPEN_FLAGS)
        else:
            fd = os.open(_resolved_inside(path, roots), _OPEN_FLAGS | _NO_LINK)
    except FileNotFoundError:
        return None
    except SidecarError:
        raise
    except OSError as exc:
        raise SidecarError(path, f"cannot be read: {_os_reason(exc)}") from exc
    except ValueError as exc:
        # A NUL in the path, or a name the file system cannot encode.
        raise SidecarError(path, f"cannot be read: {exc}") from exc
    try:
        info = os.fstat(fd)
        # A FIFO would block and a device (a link to /dev/zero) never end.
        if not stat.S_ISREG(info.st_mode):
            raise SidecarError(path, "not a regular file")
        if info.st_size > limit:
            raise SidecarError(path, f"too large ({info.st_size:,} bytes; the limit is {limit:,})")
        chunks: list[bytes] = []
        size = 0
        # One byte more than the limit tells a file that grew (or whose size lied) apart.
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise SidecarError(path, f"cannot be read: {_os_reason(exc)}") from exc
    finally:
        os.close(fd)
    if size > limit:
        raise SidecarError(path, f"too large (more than {limit:,} bytes)")
    return b"".join(chunks)


def _resolved_inside(path: Path, roots: Sequence[str]) -> str:
    """The resolved ``path``, to be opened in its place (what is checked is what is
    read); SidecarError when it lies outside ``roots``."""
    target = os.path.realpath(path)
    if not _inside(target, path, roots):
        raise SidecarError(path, "links to a file outside the archive folders")
    return target


def _inside(real: str, found: Path, roots: Sequence[str]) -> bool:
    """Whether ``real`` (the resolved ``found``) lies in the archive folders ``roots``."""
    real = os.path.normcase(real)
    # The walk follows folder links, so a file may be found in a folder that lies outside
    # the roots; what lies in that folder belongs to the archive as much as the PDFs
    # beside it. Only a link that leads away from its folder is refused.
    if os.path.dirname(real) == os.path.normcase(os.path.realpath(found.parent)):
        return True
    for root in roots:
        base = os.path.normcase(os.path.realpath(root))
        if real == base or real.startswith(base.rstrip(os.sep) + os.sep):
            return True
    return False


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _too_deep(text: str) -> bool:
    """Whether the brackets in ``text`` (outside strings) nest deeper than MAX_DEPTH."""
    # Cheap enough for the largest file: one pass in C, then a loop over the brackets
    # alone, which an ordinary file has few of.
    depth = 0
    for char in _NOT_BRACKET.sub("", text):
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _NumberError(f"a number of more than {MAX_DIGITS} digits")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NumberError(f"a number too large: {_quoted(text)}")
    return value


def _refuse_constant(text: str) -> float:
    raise _NumberError(f"{text} is not a number JSON allows")


def _is_year(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and MIN_YEAR <= value <= MAX_YEAR


def _quoted(text: str) -> str:
    """``text`` quoted for a one-line message: escapes for control characters and lone
    surrogates (so the message can always be encoded), and cut short."""
    if len(text) <= _SHOWN_CHARS:
        return repr(text)
    return repr(text[:_SHOWN_CHARS]) + "…"


def _shown(value: object) -> str:
    """Any JSON value as written, for a one-line message (see ``_quoted``)."""
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > _SHOWN_CHARS:
        text = text[:_SHOWN_CHARS] + "…"
    # ensure_ascii=False keeps lone surrogates; these escapes keep the message encodable.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _position(prefix: str, offset: int) -> tuple[int, int]:
    line = prefix.count("\n") + 1
    column = len(prefix) - (prefix.rfind("\n") + 1) + 1
    return line, column


def _check_version(path: Path, data: Mapping[str, Any]) -> None:
    version = data.get("vtviewer")
    if version is None:
        raise SidecarError(path, f'missing "vtviewer": {FORMAT_VERSION} (the format version)')
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SidecarError(path, f"vtviewer: expected a version number, got {_shown(version)}")
    if version > FORMAT_VERSION:
        raise SidecarError(
            path, f"unsupported version {version} (this vtviewer reads version {FORMAT_VERSION})"
        )


def _check_relative(path: Path, name: str, where: str) -> None:
    if _NOT_IN_NAMES.search(name):
        raise SidecarError(
            path, f"{where}: {_quoted(name)} is not a file name (a NUL or a lone surrogate)"
        )
    if not name or _NOT_RELATIVE.search(name):
        raise SidecarError(path, f"{where}: {_quoted(name)} must be a path relative to this folder")


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
    # A dict keeps the first of each, in order, and finds a repeat in one look-up.
    out: dict[str, None] = {}
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise SidecarError(path, f"{where}{key}[{i}]: expected a string, got {_kind(item)}")
        item = item.strip()
        if item:
            out[item] = None
    return tuple(out)


def _parse_fields(
    path: Path,
    data: Mapping[str, Any],
    where: str,
    *,
    defaults: Entry | None = None,
    files: tuple[str, ...] = (),
    attachments: tuple[str, ...] | None = None,
) -> Entry:
    """The fields of ``data``; those it does not give are taken from a catalog's
    top-level ``defaults``, except title and summary (which describe one document)."""
    # One Entry built once: dataclasses.replace would cost more than the parsing, in a
    # catalog of many entries.
    inherited = defaults or Entry()
    doc_type: DocType | None = None
    raw_type = _opt_str(path, data, "type", where)
    if raw_type is not None:
        doc_type = type_named(raw_type)
        if doc_type is None:
            raise SidecarError(
                path, f"{where}type: {_quoted(raw_type)} is not one of {', '.join(DOC_TYPES)}"
            )
    period: tuple[int | None, int | None] | None = None
    has_period = "period" in data and data["period"] is not None
    if has_period:
        period = parse_period(data["period"])
        if period is None:
            raise SidecarError(
                path,
                f'{where}period: expected "2013-2015", "2013" or {{"from": 2013, "to": 2015}}, '
                f"got {_shown(data['period'])}",
            )
    dates: dict[str, str | None] = {}
    for key in ("published", "modified"):
        text = _opt_str(path, data, key, where)
        if text is not None and text:
            iso = parse_date(text)
            if iso is None:
                raise SidecarError(
                    path, f"{where}{key}: expected a date like 2016-06-01, got {_quoted(text)}"
                )
            text = iso
        dates[key] = text
    language = _opt_str(path, data, "language", where)
    if language:
        code = normalise_language(language)
        if not code:
            raise SidecarError(
                path,
                f"{where}language: expected a language code like nb, got {_quoted(language)}",
            )
        language = code
    if not has_period and inherited.has_period:
        period = (inherited.period_from, inherited.period_to)
        has_period = True
    return Entry(
        title=_opt_str(path, data, "title", where),
        doc_type=_given(doc_type, inherited.doc_type),
        period_from=period[0] if period else None,
        period_to=period[1] if period else None,
        has_period=has_period,
        published=_given(dates["published"], inherited.published),
        modified=_given(dates["modified"], inherited.modified),
        organisation=_given(_opt_str(path, data, "organisation", where), inherited.organisation),
        authors=_given(_opt_str_list(path, data, "authors", where, split=True), inherited.authors),
        summary=_opt_str(path, data, "summary", where),
        language=_given(language, inherited.language),
        tags=_given(_opt_str_list(path, data, "tags", where, split=True), inherited.tags),
        contacts=_given(_parse_contacts(path, data, where), inherited.contacts),
        files=files,
        attachments=attachments,
    )


def _given(value: T | None, default: T | None) -> T | None:
    return default if value is None else value


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
        phone = item.get("phone")
        # A number written without quotes; longer than any phone number (15 digits) or
        # negative, it is a slip.
        if isinstance(phone, int) and not isinstance(phone, bool):
            if not 0 <= phone < 10**15:
                raise SidecarError(path, f"{here}phone: expected a phone number, got {phone}")
            item = {**item, "phone": str(phone)}
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


def entry_fields(entry: Entry) -> Sequence[str]:
    """Names of the Metadata fields an entry sets (for logs and the CLI)."""
    names = [
        name for name in METADATA_FIELDS if name != "period" and getattr(entry, name) is not None
    ]
    if entry.has_period:
        names.append("period")
    return names
