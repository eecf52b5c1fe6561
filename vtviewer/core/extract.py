"""One PDF -> its metadata and per-page text, read in this process (``pool`` runs it in
worker processes with limits: what to read here, how to run it safely there)."""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import math
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from vtviewer.core.messages import PDFIUM_ERRORS, engine_error, english
from vtviewer.core.model import Extraction, Message, MessageCode
from vtviewer.core.text import clean_text

if TYPE_CHECKING:
    from pypdf import PdfReader

log = logging.getLogger(__name__)

MAX_OUTLINE = 500
MAX_HEADING = 200
MAX_INFO_VALUE = 4000
MAX_INFO_KEY = 64
MAX_LABEL = 64
#: Page trees nested deeper are damaged (pypdf's own limit; real files nest a few levels).
MAX_TREE_DEPTH = 100
#: More pages than this is a damaged (or hostile) file, not a document.
MAX_PAGES = 100_000
#: The longest technical detail (a library's own words) a reason quotes.
MAX_DETAIL = 300
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


def _too_many_pages() -> Message:
    return Message("damaged-pdf", (Message("too-many-pages", (MAX_PAGES,)),))


class ExtractError(Exception):
    """A file that could not be extracted; ``kind`` as in ``Problem.kind``."""

    def __init__(self, kind: str, reason: Message) -> None:
        super().__init__(english(reason))
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


_MAGIC: tuple[tuple[bytes, MessageCode], ...] = (
    (b"PK\x03\x04", "looks-zip"),
    (b"\x89PNG", "looks-png"),
    (b"\xff\xd8\xff", "looks-jpeg"),
    (b"GIF8", "looks-gif"),
    (b"II*\x00", "looks-tiff"),
    (b"MM\x00*", "looks-tiff"),
    (b"\xd0\xcf\x11\xe0", "looks-old-office"),
    (b"{\\rtf", "looks-rtf"),
    (b"%!PS", "looks-postscript"),
    (b"\x1f\x8b", "looks-gzip"),
    (b"7z\xbc\xaf", "looks-7zip"),
    (b"Rar!", "looks-rar"),
    (b"\x7fELF", "looks-program"),
)


def _describe_start(head: bytes) -> Message:
    """What a non-PDF file looks like, for a person, from its first bytes.

    Never a quote of the bytes themselves: a link named x.pdf may lead to /etc/passwd
    or a private key, and the reason is shown in the window, exported and logged."""
    guess = next((code for magic, code in _MAGIC if head.startswith(magic)), None)
    stripped = head.lstrip().lower()
    if not guess and stripped.startswith((b"<!doctype html", b"<html")):
        guess = "looks-html"
    elif not guess and stripped.startswith(b"<?xml"):
        guess = "looks-xml"
    elif not guess and _looks_like_text(head):
        guess = "looks-text"
    if guess is None:
        return Message("not-pdf-unknown")
    return Message("not-pdf-looks-like", (Message(guess),))


def _looks_like_text(head: bytes) -> bool:
    # The head may end inside a multi-byte character: a few trailing bytes may fail.
    text = head.decode("utf-8", errors="replace")
    if text.count("\ufffd") > 3:
        return False
    return all(ch.isprintable() or ch in "\t\n\r\f" for ch in text.rstrip("\ufffd"))


_NOT_REGULAR: tuple[tuple[Callable[[int], bool], MessageCode], ...] = (
    (stat.S_ISDIR, "not-regular-folder"),
    (stat.S_ISFIFO, "not-regular-pipe"),
    (stat.S_ISSOCK, "not-regular-socket"),
    (stat.S_ISCHR, "not-regular-device"),
    (stat.S_ISBLK, "not-regular-device"),
)


def _check_file(path: str) -> None:
    """Raise ExtractError for files that cannot be a readable PDF, before any parser."""
    try:
        # stat before open: opening a FIFO waits for a writer, forever, and the scan's
        # filter does not cover every caller (the Problems view passes paths directly).
        mode = os.stat(path).st_mode
        kind = next((code for test, code in _NOT_REGULAR if test(mode)), None)
        if kind is not None:
            raise ExtractError("unreadable", Message(kind))
        # (A file swapped for a FIFO between the two calls waits for the time limit.)
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            head = handle.read(1024)
    except FileNotFoundError:
        raise ExtractError("vanished", Message("file-not-found")) from None
    except IsADirectoryError:
        raise ExtractError("unreadable", Message("not-regular-folder")) from None
    except PermissionError:
        raise ExtractError("unreadable", Message("permission-denied")) from None
    except OSError as error:
        detail = error.strerror or type(error).__name__
        raise ExtractError("unreadable", Message("cannot-read-file", (detail,))) from None
    if size == 0 or not head:
        raise ExtractError("empty", Message("empty-file"))
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
    #: The 1-based pages without a text layer of their own (see ``_textless``).
    textless: tuple[int, ...] = ()
    outline: tuple[str, ...] = ()
    #: Why PDFium could not open the file (a name from ``messages.ENGINE_ERRORS``, or
    #: "PageTree" / "Skipped" for a file it was not given), else "".
    error: str = ""


#: PDFium keeps what it parsed for each page it loaded (fonts, resources: 0.3 MB a page
#: of the LilyPond notation manual) until its document is closed: a long document is
#: opened again after this many pages, so that a worker's memory does not grow with them.
REOPEN_PAGES = 300


def _pdfium_open(path: str, password: str | None) -> Any:
    """PDFium's document of the file, or why it cannot open it: a name from
    ``messages.ENGINE_ERRORS`` or "FileNotFound"."""
    # Imported here so that importing this module (in the GUI or CLI parent) stays cheap.
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(path, password=password or None)
    except FileNotFoundError:
        return "FileNotFound"
    except pypdfium2.PdfiumError as error:
        return PDFIUM_ERRORS.get(error.err_code or 1, "Unknown")


def _pdfium_text(path: str, password: str | None) -> _PdfiumText:
    import pypdfium2

    pdf = _pdfium_open(path, password)
    if isinstance(pdf, str):
        return _PdfiumText(error=pdf)
    try:
        count = len(pdf)
        if count > MAX_PAGES:
            raise ExtractError("damaged", _too_many_pages())
        result = _PdfiumText()
        pages: list[str] = []
        textless: list[int] = []
        for index in range(count):
            if index and index % REOPEN_PAGES == 0:
                pdf.close()
                again = _pdfium_open(path, password)
                if isinstance(again, str):  # gone or changed since: pypdf reads it
                    return _PdfiumText(error=again)
                pdf = again
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
                    if _textless(page, pages[-1]):
                        textless.append(index + 1)
                finally:
                    textpage.close()
            finally:
                page.close()
        result.pages = tuple(pages)
        result.textless = tuple(textless)
        result.labels = _pdfium_labels(pdf, count)
        result.outline = _guarded("outline", path, lambda: _pdfium_outline(pdf), ())
        return result
    finally:
        pdf.close()


#: A page with fewer characters than this may be a scan with a stray word (a stamp, a page
#: number added later) rather than a text page: it is recognised when an image covers it.
MIN_LAYER_CHARS = 40
#: The share of a page that images must cover for it to count as a scan.
SCAN_COVER = 0.5
#: Page objects looked at to tell a scan (a scan has one image, or a few strips).
MAX_SCAN_OBJECTS = 1000


def _textless(page: Any, text: str) -> bool:
    """Whether a page has no text layer of its own, so that only OCR can read it: no
    characters at all on a page that draws something, or almost none on a page that an
    image covers (a scan). A page with an OCR layer (a scanner's, OCRmyPDF's invisible
    text) has its characters and is left alone; so is a blank page."""
    import ctypes

    from pypdfium2 import raw

    chars = _layer_chars(text)
    if chars >= MIN_LAYER_CHARS:
        return False
    objects = raw.FPDFPage_CountObjects(page.raw)
    if objects <= 0:
        return False  # a blank page: nothing to read
    if chars == 0:
        return True
    width, height = page.get_size()
    area = width * height
    if not area > 0:
        return False
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    covered = 0.0
    for index in range(min(objects, MAX_SCAN_OBJECTS)):
        handle = raw.FPDFPage_GetObject(page.raw, index)
        if raw.FPDFPageObj_GetType(handle) not in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM):
            continue
        if not raw.FPDFPageObj_GetBounds(
            handle,
            ctypes.byref(left),
            ctypes.byref(bottom),
            ctypes.byref(right),
            ctypes.byref(top),
        ):
            continue
        w = min(right.value, width) - max(left.value, 0.0)
        h = min(top.value, height) - max(bottom.value, 0.0)
        if w > 0 and h > 0:
            covered += w * h
    return bool(covered / area >= SCAN_COVER)


def _layer_chars(text: str) -> int:
    """How many characters of ``text`` are not spaces: exact below MIN_LAYER_CHARS, at
    least that many otherwise. Counted in C (split and len; a loop over the characters
    in Python was most of this check), on the first few hundred characters when those
    hold enough, as a text page's do."""
    head = text[: 8 * MIN_LAYER_CHARS]
    chars = sum(map(len, head.split()))
    if chars < MIN_LAYER_CHARS <= chars + len(text) - len(head):
        chars = sum(map(len, text.split()))
    return chars


def _pdfium_labels(pdf: Any, count: int) -> tuple[str, ...]:
    labels = tuple(clean_text(pdf.get_page_label(i)[:MAX_LABEL]).strip() for i in range(count))
    if all(not label or label == str(i + 1) for i, label in enumerate(labels)):
        return ()
    return labels


def _pdfium_outline(pdf: Any) -> tuple[str, ...]:
    """Outline titles in reading order, from PDFium: the titles alone, their destinations
    not resolved (pypdf's walk of the /Outlines tree read hundreds of objects of a long
    document in Python). pypdfium2's walk stops at a bookmark seen before (a cycle);
    the count of titles, of bookmarks walked and the depth are bounded here."""
    titles: list[str] = []
    for bookmark in itertools.islice(pdf.get_toc(max_depth=64), MAX_OUTLINE * 20):
        title = _text_value(_bookmark_title(bookmark.raw))
        if title:
            titles.append(title)
            if len(titles) >= MAX_OUTLINE:
                break
    return tuple(titles)


def _bookmark_title(handle: Any) -> str:
    import ctypes

    from pypdfium2 import raw

    # In bytes of UTF-16, with the terminating NUL; a hostile title may be megabytes, of
    # which _text_value keeps the first characters.
    length = raw.FPDFBookmark_GetTitle(handle, None, 0)
    if length <= 2:
        return ""
    buffer = ctypes.create_string_buffer(length)
    raw.FPDFBookmark_GetTitle(handle, buffer, length)
    kept = min(length - 2, 16 * MAX_INFO_VALUE)
    # A lone surrogate (a damaged UTF-16 string) is U+FFFD, as in pypdf's strings.
    return buffer.raw[:kept].decode("utf-16-le", errors="replace")


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
    #: What is wrong with the tree (None when nothing): PDFium must not see it.
    damage: MessageCode | None = None


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
                raise ExtractError("damaged", _too_many_pages())
            tree.leaves.append(_Leaf(reference, node, inherited))
            return
        ident = reference.idnum if reference is not None else id(node)
        if any(ident == frame[0] for frame in path):
            tree.damage = "tree-loops"
            return
        if ident in entered:
            tree.damage = tree.damage or "tree-repeats"
            return
        if len(path) >= MAX_TREE_DEPTH:
            tree.damage = tree.damage or "tree-too-deep"
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
    """Open the file with pypdf: encryption and metadata."""
    part = _PypdfPart()
    reader = _pypdf_open(path, password, part)
    if reader is not None:
        part.reader = reader
        part.info = _guarded("info", path, lambda: _read_info(reader), {})
        part.xmp = _guarded("XMP", path, lambda: _read_xmp(reader), {})
    return part


def _pypdf_open(path: str, password: str | None, part: _PypdfPart) -> PdfReader | None:
    """pypdf's reader of the file, decrypted; None when it cannot open it (``part`` says
    why, and whether the file is encrypted)."""
    from pypdf import PasswordType, PdfReader

    try:
        reader = PdfReader(path, strict=False)
    except MemoryError:
        raise
    except Exception as error:
        part.failure = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return None
    part.encrypted = bool(_guarded("encryption", path, lambda: reader.is_encrypted, False))
    if part.encrypted:
        try:
            result = reader.decrypt(password or "")
        except MemoryError:
            raise
        except Exception as error:  # e.g. an unsupported algorithm, or no cryptography
            part.failure = f"cannot decrypt ({error})"
            return None
        if result == PasswordType.NOT_DECRYPTED:
            part.failure = "password"
            return None
    return reader


#: A file larger than this is let go of at once when pypdf is done with it (see
#: ``_release_reader``); a small one's objects go with the next garbage collection.
RELEASE_BYTES = 2 * 1024**2


def _release_reader(part: _PypdfPart, path: str) -> bool:
    """Let go of pypdf's reader once what only it gives is read: it holds the whole file
    and the objects it parsed (50 MB of a 29 MB manual), which a worker need not keep
    while PDFium reads the pages. Returns whether there was one (pypdf opened the file)."""
    if part.reader is None:
        return False
    part.reader = None
    with contextlib.suppress(OSError):
        if os.stat(path).st_size > RELEASE_BYTES:
            gc.collect()  # pypdf's objects point back to their reader: a cycle
    return True


def _pypdf_text(part: _PypdfPart, path: str) -> None:
    """Fill in the page text (labels, outline) of an opened file from pypdf, when PDFium
    could not give it."""
    reader = part.reader
    if reader is None:
        return
    part.outline = _guarded("outline", path, lambda: _read_outline(reader), ())
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
    # pypdf reads what PDFium does not give (XMP, every info entry by our decoding rules)
    # and whether a password is needed.
    part = _pypdf_part(path, password)
    if pdfium:
        opened = _release_reader(part, path)
        if before_pdfium is not None:
            before_pdfium()
        engine = _pdfium_text(path, password)
        if (engine.error or engine.failed) and opened:
            # pypdf reads the page tree or the text after all: open it again (rare).
            part.reader = _pypdf_open(path, password, _PypdfPart())
    else:
        engine = _PdfiumText(error="Skipped")
    reader = part.reader
    if (engine.error or engine.failed) and reader is not None:
        # PDFium could not open the file or some of its pages: a page tree that loops,
        # repeats itself or nests too deeply is read by pypdf, the pages it can reach.
        # (Walking it costs one pass over the page objects: only for such files.)
        part.tree = _guarded("page tree", path, lambda: _page_tree(reader), None)
    damage = part.tree.damage if part.tree is not None else None
    if damage:
        reached = english(Message(damage))
        log.info("%s: %s; text from pypdf, pages that can be reached", path, reached)
        engine = _PdfiumText(error="PageTree")
    if engine.error == "FileNotFound":
        # Gone between the check above and the load: then pypdf cannot read it either.
        _check_file(path)
    if engine.error:
        _pypdf_text(part, path)
    if damage and not part.pages:
        raise ExtractError("damaged", Message("damaged-pdf", (Message(damage),)))
    if part.failure == "password" and engine.error:
        # (When PDFium opened it, pypdf's refusal only costs the metadata.)
        raise ExtractError(
            "password", Message("wrong-password" if password else "password-required")
        )
    if not engine.error:
        return Extraction(
            page_count=len(engine.pages),
            pages=engine.pages,
            page_labels=engine.labels,
            info=part.info,
            xmp=part.xmp,
            outline=engine.outline,
            encrypted=part.encrypted,
            first_page_heading=engine.heading,
            text_engine="pdfium",
            textless=engine.textless,
        )
    if engine.error == "IncorrectPassword" and part.failure:
        # pypdf could not open it either: trust PDFium's diagnosis.
        raise ExtractError(
            "password", Message("wrong-password" if password else "password-required")
        )
    if part.pages is None:
        detail = engine_error(engine.error)
        if _is_truncated(path):
            detail = Message("truncated", (detail,))
        if part.failure:
            failure = clean_text(part.failure)[:MAX_DETAIL]
            raise ExtractError("damaged", Message("damaged-pdf-pypdf", (detail, failure)))
        raise ExtractError("damaged", Message("damaged-pdf", (detail,)))
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
