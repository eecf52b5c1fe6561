"""PDF -> metadata and per-page text, run in long-lived worker processes."""

from __future__ import annotations

import contextlib
import itertools
import logging
import math
import multiprocessing
import multiprocessing.connection
import os
import re
import signal
import stat
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any

from vtviewer.core.model import Extraction, Problem
from vtviewer.core.text import clean_text

if TYPE_CHECKING:
    from pypdf import PdfReader

log = logging.getLogger(__name__)

#: Test-only hooks, read by worker processes only (never by ``extract_pdf``): when the
#: variable is set and the path contains its value, the worker hangs, crashes with
#: SIGSEGV, or allocates past its memory cap instead of extracting. They let tests
#: exercise the pool's timeout, crash and memory handling deterministically.
ENV_TEST_HANG_ON = "VTVIEWER_TEST_HANG_ON"
ENV_TEST_CRASH_ON = "VTVIEWER_TEST_CRASH_ON"
ENV_TEST_ALLOCATE_ON = "VTVIEWER_TEST_ALLOCATE_ON"
#: Hangs once pypdf has read the file, where PDFium would start (see ``_worker_main``).
ENV_TEST_HANG_IN_PDFIUM = "VTVIEWER_TEST_HANG_IN_PDFIUM"

MAX_OUTLINE = 500
MAX_HEADING = 200
MAX_INFO_VALUE = 4000
MAX_INFO_KEY = 64
MAX_LABEL = 64
#: Page trees nested deeper are damaged (pypdf's own limit; real files nest a few levels).
MAX_TREE_DEPTH = 100
#: More pages than this is a damaged (or hostile) file, not a document.
MAX_PAGES = 100_000
#: A worker gets this many files ahead, so it never waits for the parent between files.
IN_FLIGHT_PER_WORKER = 2
#: How often the parent wakes while waiting, to notice a set cancel event.
_WAKE_SECONDS = 0.1
#: How long a new worker may take to import its libraries before it counts as hung.
_STARTUP_SECONDS = 60.0

# Control characters other than \n and \t, lone surrogates (unencodable as UTF-8) and
# the non-characters U+FFFE/U+FFFF; \r was turned into \n before this runs.
_PDF_DATE = re.compile(
    r"^(?:D:)?\s*(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
    r"\s*(?:([Zz])|([+-])(\d{2})'?(?:(\d{2})'?)?)?"
)
_INFO_KEYS = (
    "Title",
    "Author",
    "Subject",
    "Keywords",
    "Creator",
    "Producer",
    "CreationDate",
    "ModDate",
)


class ExtractError(Exception):
    """A file that could not be extracted; ``kind`` as in ``Problem.kind``."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.kind, self.reason))


# --- text helpers ------------------------------------------------------------------------


def pdf_date_to_iso(value: str) -> str:
    """A PDF date ("D:20130220143000+01'00'") as ISO 8601: "2013-02-20T14:30:00+01:00",
    "2013-02-20" when it has no time, "2013" for a year alone; "" when unparseable."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return ""
    year, month, day, hour, minute, second, zulu, sign, tz_hour, tz_minute = match.groups()
    try:
        if month is None:
            return f"{int(year):04d}" if 1 <= int(year) <= 9999 else ""
        if day is None:
            datetime(int(year), int(month), 1)
            return f"{int(year):04d}-{int(month):02d}"
        if hour is None:
            return datetime(int(year), int(month), int(day)).date().isoformat()
        tz: timezone | None = None
        if zulu:
            tz = UTC
        elif sign:
            offset = timedelta(hours=int(tz_hour), minutes=int(tz_minute or 0))
            tz = timezone(-offset if sign == "-" else offset)
        stamp = datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute or 0),
            min(int(second or 0), 59),
            tzinfo=tz,
        )
    except (ValueError, OverflowError):
        return ""
    return stamp.isoformat()


def _format_bytes(count: int) -> str:
    if count >= 1024**3:
        return f"{count / 1024**3:.3g} GiB"
    return f"{count / 1024**2:.3g} MiB"


def memory_reason(limit: int) -> str:
    return f"ran out of memory (limit {_format_bytes(limit)})"


_MAGIC = (
    (b"PK\x03\x04", "a ZIP or Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office file"),
    (b"{\\rtf", "an RTF document"),
    (b"%!PS", "a PostScript file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
)


def _describe_start(head: bytes) -> str:
    """What a non-PDF file looks like, for a person, from its first bytes.

    Never a quote of the bytes themselves: a link named x.pdf may lead to /etc/passwd
    or a private key, and the reason is shown in the window, exported and logged."""
    guess = next((name for magic, name in _MAGIC if head.startswith(magic)), "")
    stripped = head.lstrip().lower()
    if not guess and stripped.startswith((b"<!doctype html", b"<html")):
        guess = "an HTML page"
    elif not guess and stripped.startswith(b"<?xml"):
        guess = "an XML file"
    elif not guess and _looks_like_text(head):
        guess = "a text file"
    return f"not a PDF (looks like {guess})" if guess else "not a PDF (unknown binary data)"


def _looks_like_text(head: bytes) -> bool:
    # The head may end inside a multi-byte character: a few trailing bytes may fail.
    text = head.decode("utf-8", errors="replace")
    if text.count("\ufffd") > 3:
        return False
    return all(ch.isprintable() or ch in "\t\n\r\f" for ch in text.rstrip("\ufffd"))


_NOT_REGULAR = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def _check_file(path: str) -> None:
    """Raise ExtractError for files that cannot be a readable PDF, before any parser."""
    try:
        # stat before open: opening a FIFO waits for a writer, forever, and the scan's
        # filter does not cover every caller (the Problems view passes paths directly).
        mode = os.stat(path).st_mode
        kind = next((name for test, name in _NOT_REGULAR if test(mode)), "")
        if kind:
            raise ExtractError("unreadable", f"not a regular file ({kind})")
        # (A file swapped for a FIFO between the two calls waits for the time limit.)
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            head = handle.read(1024)
    except FileNotFoundError:
        raise ExtractError("vanished", "file not found (moved or deleted)") from None
    except IsADirectoryError:
        raise ExtractError("unreadable", "not a regular file (a folder)") from None
    except PermissionError:
        raise ExtractError("unreadable", "cannot read the file (permission denied)") from None
    except OSError as error:
        raise ExtractError(
            "unreadable", f"cannot read the file ({error.strerror or type(error).__name__})"
        ) from None
    if size == 0 or not head:
        raise ExtractError("empty", "empty file (0 bytes)")
    if b"%PDF-" not in head:
        raise ExtractError("not-pdf", _describe_start(head))


# --- PDFium: the page text, page labels and the page 1 heading ---------------------------


@dataclass
class _PdfiumText:
    pages: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    heading: str = ""
    #: How many pages PDFium could not load (their text is "").
    failed: int = 0
    #: Why PDFium could not open the file (a name from ``_PDFIUM_ERRORS``), else "".
    error: str = ""


#: PDFium's error codes (FPDF_ERR_*), named.
_PDFIUM_ERRORS = {
    0: "NoPages",  # FPDF_ERR_SUCCESS: opened, but no page could be counted
    1: "Unknown",
    2: "FileNotFound",
    3: "InvalidFileFormat",
    4: "IncorrectPassword",
    5: "UnsupportedSecurityScheme",
    6: "Page",
}


def _pdfium_text(path: str, password: str | None) -> _PdfiumText:
    # Imported here so that importing this module (in the GUI or CLI parent) stays cheap.
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(path, password=password or None)
    except FileNotFoundError:
        return _PdfiumText(error="FileNotFound")
    except pypdfium2.PdfiumError as error:
        return _PdfiumText(error=_PDFIUM_ERRORS.get(error.err_code or 1, "Unknown"))
    try:
        count = len(pdf)
        if count > MAX_PAGES:
            raise ExtractError("damaged", f"damaged PDF: more than {MAX_PAGES:,} pages")
        result = _PdfiumText()
        pages: list[str] = []
        for index in range(count):
            try:
                page = pdf.get_page(index)
            except pypdfium2.PdfiumError:
                result.failed += 1
                pages.append("")
                continue
            try:
                textpage = page.get_textpage()
                try:
                    # clean_text's fast path takes "\n" but not PDFium's "\r\n".
                    text = textpage.get_text_range().replace("\r\n", "\n")
                    pages.append(clean_text(text))
                    if index == 0:
                        result.heading = _heading(page, textpage)
                finally:
                    textpage.close()
            finally:
                page.close()
        result.pages = tuple(pages)
        result.labels = _pdfium_labels(pdf, count)
        return result
    finally:
        pdf.close()


def _pdfium_labels(pdf: Any, count: int) -> tuple[str, ...]:
    labels = tuple(clean_text(pdf.get_page_label(i)[:MAX_LABEL]).strip() for i in range(count))
    if all(not label or label == str(i + 1) for i, label in enumerate(labels)):
        return ()
    return labels


#: Page 1 objects looked at for the heading (a dense map or drawing has many thousands).
MAX_HEADING_OBJECTS = 20_000
#: How deep form XObjects on page 1 are entered for the heading.
MAX_HEADING_FORM_DEPTH = 4


@dataclass
class _Piece:
    """A text object on page 1: its rendered height, baseline and handle."""

    height: float
    y: float
    handle: Any


def _heading(page: Any, textpage: Any) -> str:
    """The text set in the largest font on page 1, joined in reading order.

    PDFium has parsed the page already: each text object's size is read from its font
    size and matrix (a few calls per object, not per character), and only the objects
    of the largest sizes are asked for their text."""
    from pypdfium2 import raw

    pieces: list[_Piece] = []
    _text_objects(
        page.raw, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, (1.0, 0.0), 0, pieces
    )
    sizes = sorted({piece.height for piece in pieces}, reverse=True)
    if len(sizes) < 2:
        return ""  # one size only: nothing stands out as a heading
    for size in sizes:
        parts: list[str] = []
        last_y: float | None = None
        for piece in pieces:
            if piece.height != size:
                continue
            if last_y is not None and abs(piece.y - last_y) > size / 2 and parts:
                parts.append(" ")  # the next line: PDFium gives no space between them
            parts.append(_object_text(piece.handle, textpage.raw))
            last_y = piece.y
        text = clean_text(" ".join("".join(parts).split())).strip()
        # A drop capital, page number or big year is not a heading: need a few letters.
        if sum(ch.isalpha() for ch in text) >= 3:
            if len(text) > 2 * MAX_HEADING:
                return ""  # body text set large (a cover letter, a poster), not a heading
            if len(text) > MAX_HEADING:
                text = text[:MAX_HEADING].rsplit(" ", 1)[0].rstrip() + "…"
            return text
    return ""


def _text_objects(
    parent: Any,
    count_objects: Callable[[Any], int],
    get_object: Callable[[Any, int], Any],
    scale: tuple[float, float],
    depth: int,
    pieces: list[_Piece],
) -> None:
    """The text objects below ``parent`` (a page or a form) with their rendered height:
    the font size scaled by the object's matrix and by the forms it sits in."""
    import ctypes

    from pypdfium2 import raw

    size = ctypes.c_float()
    matrix = raw.FS_MATRIX()
    factor, shift = scale
    for index in range(min(count_objects(parent), MAX_HEADING_OBJECTS - len(pieces))):
        handle = get_object(parent, index)
        kind = raw.FPDFPageObj_GetType(handle)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            if not raw.FPDFTextObj_GetFontSize(handle, ctypes.byref(size)):
                continue
            raw.FPDFPageObj_GetMatrix(handle, ctypes.byref(matrix))
            height = round(abs(size.value) * math.hypot(matrix.c, matrix.d) * factor, 1)
            if math.isfinite(height) and height > 0:
                pieces.append(_Piece(height, matrix.f * factor + shift, handle))
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_HEADING_FORM_DEPTH:
            raw.FPDFPageObj_GetMatrix(handle, ctypes.byref(matrix))
            inner = (factor * math.hypot(matrix.c, matrix.d), shift + matrix.f * factor)
            _text_objects(
                handle,
                raw.FPDFFormObj_CountObjects,
                raw.FPDFFormObj_GetObject,
                inner,
                depth + 1,
                pieces,
            )
        if len(pieces) >= MAX_HEADING_OBJECTS:
            return


def _object_text(handle: Any, textpage: Any) -> str:
    import ctypes

    from pypdfium2 import raw

    # The length is in bytes of UTF-16, with the terminating NUL.
    length = raw.FPDFTextObj_GetText(handle, textpage, None, 0)
    if length <= 2:
        return ""
    buffer = ctypes.create_string_buffer(length)
    raw.FPDFTextObj_GetText(
        handle, textpage, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), length
    )
    return buffer.raw[: length - 2].decode("utf-16-le", errors="replace")


# --- pypdf: metadata, outline, page 1 heading -------------------------------------------


def _resolve(value: object) -> object:
    get_object = getattr(value, "get_object", None)
    return get_object() if callable(get_object) else value


def _decode_pdf_string(raw: bytes) -> str:
    """A PDF text string's bytes as text: UTF-16 or UTF-8 after their byte order mark,
    else PDFDocEncoding. An invalid sequence (a lone surrogate after FE FF) becomes
    U+FFFD: pypdf reads such a string as PDFDocEncoding, which shows as "þÿØ..."."""
    if raw.startswith((b"\xfe\xff", b"\xff\xfe")):
        return raw.decode("utf-16", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    from pypdf.generic import decode_pdfdocencoding

    try:
        return decode_pdfdocencoding(raw)
    except UnicodeDecodeError:  # bytes PDFDocEncoding leaves undefined
        return raw.decode("latin-1")


def _text_value(value: object) -> str:
    """One metadata string, cleaned and capped at MAX_INFO_VALUE characters.

    The cap comes first: a hostile file can hold a 100 MB title, and whatever is not cut
    here is cleaned, pickled and sent through the worker's pipe."""
    value = _resolve(value)
    if value is None:
        return ""
    # Whitespace runs shrink below, so keep some slack before the final cut.
    slack = 4 * MAX_INFO_VALUE
    # pypdf keeps the bytes of a string it decoded itself; decode them by our rules.
    raw = getattr(value, "_original_bytes", None) if isinstance(value, str) else value
    text = _decode_pdf_string(raw[: 2 * slack]) if isinstance(raw, bytes) else str(value)
    return " ".join(clean_text(text[:slack]).split())[:MAX_INFO_VALUE]


def _read_info(reader: PdfReader) -> dict[str, str]:
    info = reader.metadata
    if not info:
        return {}
    result: dict[str, str] = {}
    keys = list(info.keys())
    # The standard keys first, so they survive the cap on custom entries.
    ordered = sorted(keys, key=lambda k: (str(k).lstrip("/") not in _INFO_KEYS, str(k)))
    for key in ordered[:64]:
        # A custom key is a name of any length: cap it like a value.
        name = clean_text(str(key)[:MAX_INFO_KEY]).lstrip("/")
        try:
            raw = _resolve(info.get(key))
            if not isinstance(raw, str | bytes):
                continue
            text = _text_value(raw)
        except Exception as error:  # a broken entry loses that entry only
            log.debug("%s: info %s unreadable: %s", reader.stream, name, error)
            continue
        if name in ("CreationDate", "ModDate"):
            text = pdf_date_to_iso(text) or text
        if text:
            result[name] = text
    return result


def _join(values: Iterable[object]) -> str:
    """XMP list items joined with "; ", capped like one value (a list may be huge)."""
    parts: list[str] = []
    length = 0
    for value in itertools.islice(values, MAX_INFO_VALUE):
        text = _text_value(value)
        if text:
            parts.append(text)
            length += len(text) + 2
            if length >= MAX_INFO_VALUE:
                break
    return "; ".join(parts)[:MAX_INFO_VALUE]


def _lang_alt(value: Mapping[str, str]) -> str:
    """The x-default entry of an XMP language alternative, else the first one."""
    if not value:
        return ""
    return _text_value(value.get("x-default") or next(iter(value.values())))


_XMP_NS = "http://ns.adobe.com/xap/1.0/"
_RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def _xmp_date(xmp: Any, name: str, parsed: datetime | None) -> str:
    """An XMP date as written (local time and offset kept); pypdf's own value turns
    it into naive UTC, which can move it to another day."""
    for description in xmp.rdf_root.getElementsByTagNameNS(_RDF_NS, "Description"):
        raw = str(description.getAttributeNS(_XMP_NS, name))
        if not raw:
            for element in description.getElementsByTagNameNS(_XMP_NS, name):
                raw = "".join(n.data for n in element.childNodes if n.nodeType == n.TEXT_NODE)
                break
        raw = str(raw).strip()
        if not raw:
            continue
        if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", raw):
            return raw
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
    return parsed.replace(tzinfo=UTC).isoformat() if parsed else ""


def _read_xmp(reader: PdfReader) -> dict[str, str]:
    xmp = reader.xmp_metadata
    if xmp is None:
        return {}
    getters: dict[str, Callable[[], str]] = {
        "dc:title": lambda: _lang_alt(xmp.dc_title or {}),
        "dc:creator": lambda: _join(xmp.dc_creator or ()),
        "dc:description": lambda: _lang_alt(xmp.dc_description or {}),
        "dc:subject": lambda: _join(xmp.dc_subject or ()),
        "dc:language": lambda: _join(xmp.dc_language or ()),
        "xmp:CreateDate": lambda: _xmp_date(xmp, "CreateDate", xmp.xmp_create_date),
        "xmp:ModifyDate": lambda: _xmp_date(xmp, "ModifyDate", xmp.xmp_modify_date),
        "pdf:Keywords": lambda: _text_value(xmp.pdf_keywords),
        "pdf:Producer": lambda: _text_value(xmp.pdf_producer),
    }
    result: dict[str, str] = {}
    for name, getter in getters.items():
        try:
            text = getter()
        except Exception as error:  # one malformed property loses that property only
            log.debug("%s: XMP %s unreadable: %s", reader.stream, name, error)
            continue
        if text:
            result[name] = text
    return result


def _read_outline(reader: PdfReader) -> tuple[str, ...]:
    """Outline titles in reading order, from the raw /Outlines tree.

    pypdf's ``reader.outline`` resolves every destination to a page (5.5 s for the
    1,611-page LaTeX sources, against 2.2 s for all their text); the titles need only the
    /First, /Next and /Title entries. Cycles and deep nesting are bounded.
    """
    root: Any = reader.trailer["/Root"].get_object()
    outlines = root.get("/Outlines")
    if outlines is None:
        return ()
    titles: list[str] = []
    seen: set[int] = set()
    stack: list[Any] = [outlines.get_object().get("/First")]
    steps = 0
    while stack and len(titles) < MAX_OUTLINE and steps < MAX_OUTLINE * 20:
        ref = stack.pop()
        while ref is not None and len(titles) < MAX_OUTLINE and steps < MAX_OUTLINE * 20:
            steps += 1
            key = getattr(ref, "idnum", None)
            if key is not None:
                if key in seen:
                    break
                seen.add(key)
            item = ref.get_object()
            if not hasattr(item, "get"):
                break
            title = _text_value(item.get("/Title"))
            if title:
                titles.append(title)
            child = item.get("/First")
            following = item.get("/Next")
            if child is not None and len(stack) < 64:
                # Children come before the next sibling: remember the sibling for later.
                stack.append(following)
                ref = child
            else:
                ref = following
    return tuple(titles)


_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")


@dataclass(frozen=True)
class _Leaf:
    """A page found in the page tree: its reference (None when inline), its dictionary
    and the attributes it inherits from the nodes above it."""

    reference: Any
    node: Any
    inherited: Mapping[str, Any]


@dataclass
class _PageTree:
    leaves: list[_Leaf] = field(default_factory=list)
    #: What is wrong with the tree ("" when nothing): PDFium must not see it.
    damage: str = ""


def _inherit(inherited: Mapping[str, Any], node: Any) -> dict[str, Any]:
    return {**inherited, **{key: node[key] for key in _INHERITED if key in node}}


def _page_object(reader: PdfReader, leaf: _Leaf) -> Any:
    from pypdf import PageObject
    from pypdf.generic import NameObject

    page = PageObject(reader, leaf.reference)
    page.update(leaf.node)
    for key, value in leaf.inherited.items():
        if key not in page:
            page[NameObject(key)] = value
    return page


def _page_tree(reader: PdfReader) -> _PageTree:
    """Every page of the page tree in order, without trusting /Count, and what is wrong.

    PDFium loops until the time limit (two minutes on every retry) when a /Kids array
    leads back to a node above it, and on about 2,000 nested nodes (1,000 load in 0.3 s);
    pypdf refuses such trees whole. Here a node seen before is skipped, so the pages
    that can be reached are kept and the tree is called damaged. Each node is read once,
    so the walk costs one pass over the file's objects, whatever /Count claims."""
    from pypdf.generic import DictionaryObject, IndirectObject

    tree = _PageTree()
    entered: set[int] = set()  # the /Pages nodes walked so far
    path: list[tuple[int, Iterator[Any], Mapping[str, Any]]] = []

    def visit(item: Any, inherited: Mapping[str, Any]) -> None:
        reference = item if isinstance(item, IndirectObject) else None
        node = _resolve(item)
        if not isinstance(node, DictionaryObject):
            return  # a dangling reference: PDFium passes it over too
        kids = _resolve(node.get("/Kids"))
        if node.get("/Type") == "/Page" or kids is None:
            if len(tree.leaves) >= MAX_PAGES:
                raise ExtractError("damaged", f"damaged PDF: more than {MAX_PAGES:,} pages")
            tree.leaves.append(_Leaf(reference, node, inherited))
            return
        ident = reference.idnum if reference is not None else id(node)
        if any(ident == frame[0] for frame in path):
            tree.damage = "the page tree loops"
            return
        if ident in entered:
            tree.damage = tree.damage or "the page tree repeats a part of itself"
            return
        if len(path) >= MAX_TREE_DEPTH:
            tree.damage = tree.damage or "the page tree is nested too deeply"
            return
        entered.add(ident)
        items = kids if isinstance(kids, list) else []
        path.append((ident, iter(items), _inherit(inherited, node)))

    root: Any = reader.trailer["/Root"].get_object()
    visit(root.get("/Pages"), {})
    end = object()
    while path:
        _ident, items, inherited = path[-1]
        item = next(items, end)
        if item is end:
            path.pop()
        else:
            visit(item, inherited)
    return tree


@dataclass
class _PypdfPart:
    info: dict[str, str] = field(default_factory=dict)
    xmp: dict[str, str] = field(default_factory=dict)
    outline: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    pages: tuple[str, ...] | None = None
    encrypted: bool = False
    #: "" when opened (and decrypted), "password" when a password is needed, else why not.
    failure: str = ""
    #: None when the page tree was not walked (PDFium read every page) or could not be.
    tree: _PageTree | None = None
    reader: Any = None


def _guarded(what: str, path: str, read: Callable[[], Any], default: Any) -> Any:
    """Run one metadata reader; a failure loses that part only, never the file."""
    try:
        return read()
    except (MemoryError, ExtractError):
        raise
    except Exception as error:
        log.debug("%s: %s unreadable: %s: %s", path, what, type(error).__name__, error)
        return default


def _pypdf_part(path: str, password: str | None) -> _PypdfPart:
    """Open the file with pypdf: encryption, metadata and outline."""
    from pypdf import PasswordType, PdfReader

    part = _PypdfPart()
    try:
        reader = PdfReader(path, strict=False)
    except MemoryError:
        raise
    except Exception as error:
        part.failure = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return part
    part.encrypted = bool(_guarded("encryption", path, lambda: reader.is_encrypted, False))
    if part.encrypted:
        try:
            result = reader.decrypt(password or "")
        except MemoryError:
            raise
        except Exception as error:  # e.g. an unsupported algorithm, or no cryptography
            part.failure = f"cannot decrypt ({error})"
            return part
        if result == PasswordType.NOT_DECRYPTED:
            part.failure = "password"
            return part
    part.reader = reader
    part.info = _guarded("info", path, lambda: _read_info(reader), {})
    part.xmp = _guarded("XMP", path, lambda: _read_xmp(reader), {})
    part.outline = _guarded("outline", path, lambda: _read_outline(reader), ())
    return part


def _pypdf_text(part: _PypdfPart, path: str) -> None:
    """Fill in the page text (and labels) of an opened file from pypdf, when PDFium
    could not give it."""
    reader = part.reader
    if reader is None:
        return
    if part.tree is not None:
        leaves = part.tree.leaves
        part.pages = tuple(
            clean_text(_guarded(f"page {n}", path, _page_object(reader, leaf).extract_text, ""))
            for n, leaf in enumerate(leaves, start=1)
        )
    else:
        count = _guarded("page count", path, lambda: len(reader.pages), 0)
        part.pages = tuple(
            clean_text(_guarded(f"page {i + 1}", path, reader.pages[i].extract_text, ""))
            for i in range(count)
        )
    if part.tree is None or not part.tree.damage:
        # (Labels count pages through pypdf's own walk, which refuses a damaged tree.)
        part.labels = _guarded("page labels", path, lambda: _pypdf_labels(reader), ())


def _pypdf_labels(reader: PdfReader) -> tuple[str, ...]:
    labels = tuple(clean_text(label[:MAX_LABEL]).strip() for label in reader.page_labels)
    if all(label == str(i + 1) for i, label in enumerate(labels)):
        return ()
    return labels


# --- one file ---------------------------------------------------------------------------


def extract_pdf(
    path: str,
    password: str | None = None,
    *,
    pdfium: bool = True,
    before_pdfium: Callable[[], None] | None = None,
) -> Extraction:
    """Read the page text and metadata of one PDF in this process.

    ``pdfium`` False reads the text with pypdf alone (for a file PDFium hung on);
    ``before_pdfium`` is called just before PDFium gets the file.
    Raises ExtractError for files that give nothing useful (empty, not a PDF, password
    needed, damaged beyond repair, unreadable, gone). The pool runs this in workers.
    """
    _check_file(path)
    # pypdf reads what PDFium does not give (XMP, every info entry by our decoding rules,
    # the outline titles without resolving their destinations) and whether a password
    # is needed.
    part = _pypdf_part(path, password)
    if pdfium:
        if before_pdfium is not None:
            before_pdfium()
        engine = _pdfium_text(path, password)
    else:
        engine = _PdfiumText(error="Skipped")
    reader = part.reader
    if (engine.error or engine.failed) and reader is not None:
        # PDFium could not open the file or some of its pages: a page tree that loops,
        # repeats itself or nests too deeply is read by pypdf, the pages it can reach.
        # (Walking it costs one pass over the page objects: only for such files.)
        part.tree = _guarded("page tree", path, lambda: _page_tree(reader), None)
    damage = part.tree.damage if part.tree is not None else ""
    if damage:
        log.info("%s: %s; text from pypdf, pages that can be reached", path, damage)
        engine = _PdfiumText(error="PageTree")
    if engine.error == "FileNotFound":
        # Gone between the check above and the load: then pypdf cannot read it either.
        _check_file(path)
    if engine.error:
        _pypdf_text(part, path)
    if damage and not part.pages:
        raise ExtractError("damaged", f"damaged PDF: {damage}")
    if part.failure == "password" and engine.error:
        # (When PDFium opened it, pypdf's refusal only costs the metadata.)
        if password:
            raise ExtractError("password", "wrong password")
        raise ExtractError("password", "password required")
    if not engine.error:
        return Extraction(
            page_count=len(engine.pages),
            pages=engine.pages,
            page_labels=engine.labels,
            info=part.info,
            xmp=part.xmp,
            outline=part.outline,
            encrypted=part.encrypted,
            first_page_heading=engine.heading,
            text_engine="pdfium",
        )
    if engine.error == "IncorrectPassword" and part.failure:
        # pypdf could not open it either: trust PDFium's diagnosis.
        raise ExtractError("password", "wrong password" if password else "password required")
    if part.pages is None:
        detail = _PDFIUM_REASONS.get(engine.error, engine.error)
        if _is_truncated(path):
            detail = "truncated (no end-of-file marker), " + detail
        reason = f"damaged PDF: {detail}"
        if part.failure:
            reason += f" (pypdf: {part.failure})"
        raise ExtractError("damaged", reason[:500])
    log.info("%s: PDFium could not load it (%s); text from pypdf", path, engine.error)
    return Extraction(
        page_count=len(part.pages),
        pages=part.pages,
        page_labels=part.labels,
        info=part.info,
        xmp=part.xmp,
        outline=part.outline,
        encrypted=part.encrypted,
        text_engine="pypdf",
    )


def _is_truncated(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            handle.seek(max(0, os.fstat(handle.fileno()).st_size - 1024))
            return b"%%EOF" not in handle.read()
    except OSError:
        return False


_PDFIUM_REASONS = {
    "InvalidFileFormat": "not a valid PDF structure",
    "UnsupportedSecurityScheme": "unsupported encryption",
    "NoPages": "no pages",
    "Page": "pages could not be read",
    "Unknown": "could not be opened",
    "IncorrectPassword": "could not be decrypted",
}


# --- worker processes -------------------------------------------------------------------


def _limit_memory(limit: int) -> None:
    # RLIMIT_DATA, not RLIMIT_AS: PDFium reserves ~32 GiB of address space up front, so any
    # address-space cap kills it, while the data limit counts what is really allocated.
    try:
        import resource
    except ImportError:  # not on Windows
        return
    rlimit_data = getattr(resource, "RLIMIT_DATA", None)
    if rlimit_data is None:
        return
    try:
        _soft, hard = resource.getrlimit(rlimit_data)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(rlimit_data, (limit, hard))
    except (OSError, ValueError) as error:
        log.warning("cannot limit worker memory: %s", error)


def _test_hooks(path: str, memory_bytes: int) -> None:
    """The test-only behaviours named by the VTVIEWER_TEST_* variables (see above)."""
    hang = os.environ.get(ENV_TEST_HANG_ON)
    if hang and hang in path:
        threading.Event().wait()
    crash = os.environ.get(ENV_TEST_CRASH_ON)
    if crash and crash in path:
        os.kill(os.getpid(), signal.SIGSEGV)
    allocate = os.environ.get(ENV_TEST_ALLOCATE_ON)
    if allocate and allocate in path:
        hog = bytearray(memory_bytes + 64 * 1024**2)
        hog[-1] = 1


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when the indexing process dies (even by
    kill -9): a worker stuck in PDFium would otherwise outlive it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        log.debug("prctl(PR_SET_PDEATHSIG) not available", exc_info=True)


def _worker_main(conn: Connection, memory_bytes: int) -> None:
    """A worker: one file at a time, jobs (id, path, password) in, results out."""
    _limit_memory(memory_bytes)
    _die_with_parent()
    # Ctrl-C in a terminal reaches the whole process group; the parent decides what
    # stops, and kills workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # pypdf warns about every repaired cross-reference; that is noise on a console.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with contextlib.suppress(ImportError):
        import pypdf  # noqa: F401  -- pay the imports before the first deadline starts
        import pypdfium2  # noqa: F401
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if job is None:
            return
        job_id, path, password, pdfium = job
        exit_after = False

        def before_pdfium(job_id: int = job_id, path: str = path) -> None:
            # The parent retries a file without PDFium only when PDFium is what hung.
            conn.send(("pdfium", job_id))
            hang = os.environ.get(ENV_TEST_HANG_IN_PDFIUM)
            if hang and hang in path:
                threading.Event().wait()

        try:
            _test_hooks(path, memory_bytes)
            extraction = extract_pdf(path, password, pdfium=pdfium, before_pdfium=before_pdfium)
            result: tuple[Any, ...] = (job_id, "ok", extraction)
        except ExtractError as error:
            result = (job_id, "problem", error.kind, error.reason)
        except MemoryError:
            result = (job_id, "problem", "memory", memory_reason(memory_bytes))
            exit_after = True  # the heap may be fragmented or a library half-updated
        except RecursionError:
            result = (job_id, "problem", "damaged", "damaged PDF: structure nested too deeply")
        except Exception as error:
            log.debug("%s: extraction failed", path, exc_info=True)
            result = (
                job_id,
                "problem",
                "damaged",
                f"could not read: {type(error).__name__}: {error}"[:500],
            )
        try:
            conn.send(result)
        except (OSError, ValueError):
            return
        if exit_after:
            return


@dataclass(frozen=True)
class PoolConfig:
    """How many workers, and the limits per file."""

    workers: int = os.cpu_count() or 1
    timeout: float = 120.0
    memory_bytes: int = 1536 * 1024**2


@dataclass
class _Job:
    id: int
    path: str
    password: str | None
    #: Set when the worker said PDFium has the file.
    in_pdfium: bool = False
    #: The second try of a file PDFium hung or crashed on (pypdf alone) carries the
    #: problem of the first, which stands when pypdf cannot read the file either.
    first_try: tuple[str, str] | None = None

    @property
    def pdfium(self) -> bool:
        return self.first_try is None

    def without_pdfium(self, kind: str, reason: str) -> _Job:
        log.warning("%s: %s in PDFium; trying pypdf alone", self.path, reason)
        return _Job(self.id, self.path, self.password, first_try=(kind, reason))


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    jobs: deque[_Job] = field(default_factory=deque)
    #: When the first job in ``jobs`` started (set when ready / when the previous ended).
    started: float = 0.0


class ExtractPool:
    """Worker processes that extract PDFs; use as a context manager.

    Workers start lazily, live as long as the pool and each handle one file at a time.
    A worker that times out, crashes or runs out of memory is replaced and its file is
    reported as a Problem. Not thread-safe: one ``map`` at a time.
    """

    def __init__(self, config: PoolConfig | None = None) -> None:
        self.config = config or PoolConfig()
        if self.config.workers < 1:
            raise ValueError("PoolConfig.workers must be at least 1")
        # spawn, never fork: the parent may be a Qt GUI with threads.
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._ids = itertools.count(1)
        self._busy = threading.Lock()
        self._closed = False

    def __enter__(self) -> ExtractPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def worker_pids(self) -> tuple[int, ...]:
        """The process ids of the live workers (for tests and diagnostics)."""
        return tuple(w.process.pid for w in self._workers if w.process.pid is not None)

    def extract(self, path: str, password: str | None = None) -> Extraction | Problem:
        """One file through a worker, e.g. to retry with a password the user typed."""
        with contextlib.closing(self._run(iter([(path, password)]), None)) as results:
            for _path, result in results:
                return result
        raise RuntimeError("extraction produced no result")  # pragma: no cover

    def map(
        self, paths: Iterable[str], cancel: threading.Event | None = None
    ) -> Generator[tuple[str, Extraction | Problem], None, None]:
        """Extract every path, yielding (path, result) as results arrive, in any order.

        ``paths`` is consumed lazily. When ``cancel`` is set, no more files are started,
        busy workers are killed and the iterator ends; ``close()`` on the iterator does
        the same.
        """
        return self._run(((p, None) for p in paths), cancel)

    def close(self) -> None:
        """Stop all workers: politely, then by force."""
        self._closed = True
        workers, self._workers = self._workers, []
        for worker in workers:
            if worker.jobs:
                worker.process.kill()
            else:
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)
        deadline = time.monotonic() + 2.0
        for worker in workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1.0)
            worker.conn.close()

    # --- internals ----------------------------------------------------------------------

    def _start_worker(self) -> _Worker:
        parent_conn, child_conn = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main,
            args=(child_conn, self.config.memory_bytes),
            name="vtviewer-extract",
            daemon=True,
        )
        process.start()
        child_conn.close()
        worker = _Worker(process=process, conn=parent_conn)
        self._workers.append(worker)
        log.debug("started extraction worker %s", process.pid)
        return worker

    def _discard(self, worker: _Worker, kill: bool) -> None:
        if kill:
            worker.process.kill()
        worker.process.join(5.0)
        worker.conn.close()
        if worker in self._workers:
            self._workers.remove(worker)

    def _run(
        self, jobs: Iterator[tuple[str, str | None]], cancel: threading.Event | None
    ) -> Generator[tuple[str, Extraction | Problem], None, None]:
        if self._closed:
            raise RuntimeError("ExtractPool is closed")
        if not self._busy.acquire(blocking=False):
            raise RuntimeError("ExtractPool.map is already running")
        pending: deque[_Job] = deque()  # jobs of replaced workers go first
        exhausted = False
        try:
            while True:
                if cancel is not None and cancel.is_set():
                    return
                exhausted = self._hand_out(jobs, pending, exhausted)
                if exhausted and not pending and not any(w.jobs for w in self._workers):
                    return
                results = self._collect(pending)
                yield from results
        finally:
            # Cancelled, finished or abandoned by the caller: a worker still holding
            # jobs of this run would send stale results into the next one.
            for worker in list(self._workers):
                if worker.jobs:
                    worker.jobs.clear()
                    self._discard(worker, kill=True)
            self._busy.release()

    def _hand_out(
        self, jobs: Iterator[tuple[str, str | None]], pending: deque[_Job], exhausted: bool
    ) -> bool:
        """Give each worker up to IN_FLIGHT_PER_WORKER jobs; start workers as needed."""
        for dead in [w for w in self._workers if not w.jobs and not w.process.is_alive()]:
            self._discard(dead, kill=False)
        while True:
            worker = min(
                (w for w in self._workers if len(w.jobs) < IN_FLIGHT_PER_WORKER),
                key=lambda w: len(w.jobs),
                default=None,
            )
            if worker is not None and worker.jobs and len(self._workers) < self.config.workers:
                worker = None  # an idle new worker beats queueing behind a busy one
            if pending:
                job = pending.popleft()
            elif exhausted:
                return True
            else:
                try:
                    path, password = next(jobs)
                except StopIteration:
                    return True
                job = _Job(next(self._ids), path, password)
            if worker is None:
                if len(self._workers) >= self.config.workers:
                    pending.appendleft(job)
                    return exhausted
                worker = self._start_worker()
            try:
                worker.conn.send((job.id, job.path, job.password, job.pdfium))
            except (OSError, ValueError):
                pending.appendleft(job)  # the worker died; _collect will replace it
                return exhausted
            if not worker.jobs:
                worker.started = time.monotonic()
            worker.jobs.append(job)

    def _collect(self, pending: deque[_Job]) -> list[tuple[str, Extraction | Problem]]:
        """Wait for results, deaths or deadlines; return what finished."""
        busy = [w for w in self._workers if w.jobs]
        now = time.monotonic()
        deadlines = [w.started + self._limit(w) for w in busy]
        wait = min([_WAKE_SECONDS, *(d - now for d in deadlines)])
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(multiprocessing.connection.wait(handles, max(0.0, wait)))
        results: list[tuple[str, Extraction | Problem]] = []
        for worker in busy:
            dead = worker.process.sentinel in ready
            if worker.conn in ready or dead:
                alive = self._receive(worker, results)
                if not alive or dead:
                    self._bury(worker, pending, results)
                    continue
            if worker.jobs and time.monotonic() - worker.started >= self._limit(worker):
                job = worker.jobs.popleft()
                pending.extendleft(reversed(worker.jobs))
                worker.jobs.clear()
                self._discard(worker, kill=True)
                if worker.ready:
                    reason = f"timed out after {self.config.timeout:g} s"
                else:
                    reason = "extraction process did not start in time"
                if job.in_pdfium and job.pdfium:
                    # pypdf read it within the limit, then PDFium hung (it spins on some
                    # damaged dictionaries): once more, text from pypdf alone, first.
                    pending.appendleft(job.without_pdfium("timeout", reason))
                    continue
                results.append((job.path, self._problem(job, "timeout", reason)))
                log.warning("%s: %s; replaced worker %s", job.path, reason, worker.process.pid)
        return results

    def _limit(self, worker: _Worker) -> float:
        # Starting a worker (imports of Qt and pypdf) is not the file's fault: allow more.
        return self.config.timeout if worker.ready else max(self.config.timeout, _STARTUP_SECONDS)

    def _receive(self, worker: _Worker, results: list[tuple[str, Extraction | Problem]]) -> bool:
        """Read every message waiting from a worker; False when its pipe is closed."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message[0] == "ready":
                    worker.ready = True
                    worker.started = time.monotonic()
                    continue
                if message[0] == "pdfium":
                    if worker.jobs and worker.jobs[0].id == message[1]:
                        worker.jobs[0].in_pdfium = True
                    continue
                job_id, status = message[0], message[1]
                if not worker.jobs or worker.jobs[0].id != job_id:
                    log.warning("worker %s sent a result for an unknown job", worker.process.pid)
                    continue
                job = worker.jobs.popleft()
                worker.started = time.monotonic()
                if status == "ok":
                    results.append((job.path, message[2]))
                elif job.first_try is not None:
                    # pypdf alone could not read it either: what PDFium did is the news.
                    results.append((job.path, self._problem(job, *job.first_try)))
                else:
                    results.append((job.path, self._problem(job, message[2], message[3])))
        except (EOFError, OSError):
            return False
        return True

    def _bury(
        self, worker: _Worker, pending: deque[_Job], results: list[tuple[str, Extraction | Problem]]
    ) -> None:
        """A worker died: its current file gets the blame, its queued files go elsewhere."""
        # Wait before killing: a worker that leaves on purpose has just closed its pipe,
        # and killing it now would turn its clean exit into a fake crash.
        worker.process.join(1.0)
        self._discard(worker, kill=worker.process.is_alive())
        code = worker.process.exitcode
        if not worker.jobs or code == 0:
            # Exit code 0 is a worker leaving on purpose (after running out of memory):
            # the files still queued for it were never started.
            pending.extendleft(reversed(worker.jobs))
            worker.jobs.clear()
            return
        job = worker.jobs.popleft()
        if code is not None and code < 0:
            reason = f"extraction process crashed (signal {-code})"
        elif not worker.ready:
            reason = f"extraction process failed to start (exit code {code})"
        else:
            reason = f"extraction process crashed (exit code {code})"
        pending.extendleft(reversed(worker.jobs))
        worker.jobs.clear()
        if job.in_pdfium and job.pdfium:
            # PDFium aborts when a stream inflates past the memory cap (a deflate bomb)
            # and crashes on some damaged fonts: pypdf, with its own limits, may read it.
            pending.appendleft(job.without_pdfium("crash", reason))
            return
        log.warning("%s: %s", job.path, reason)
        results.append((job.path, self._problem(job, "crash", reason)))

    @staticmethod
    def _problem(job: _Job, kind: str, reason: str) -> Problem:
        # A library's message may carry a path with undecodable bytes or a control byte.
        reason = clean_text(reason)[:500] or "could not be read"
        return Problem(path=job.path, reason=reason, kind=kind, when=time.time())
