"""Small PDFs written byte by byte for tests: text, metadata, outline, labels, encryption."""

from __future__ import annotations

import os
import zlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TypedDict, Unpack

# Hand-written PDF bytes rather than QPdfWriter: painting text with QPdfWriter needs a
# QGuiApplication, and core tests stay free of Qt GUI classes. Helvetica is one of the
# standard 14 fonts (no embedding needed) and WinAnsiEncoding carries æøå.

StrPath = str | os.PathLike[str]

PAGE_WIDTH = 595  # A4 in points
PAGE_HEIGHT = 842


def pdf_string(text: str, *, win_ansi: bool = False) -> bytes:
    """A PDF literal string. Page text (``win_ansi``) is cp1252, what WinAnsiEncoding
    shows. Other strings (info values, titles, labels) are Latin-1 where PDFDocEncoding
    agrees with it, else UTF-16 with a byte order mark."""
    try:
        raw = text.encode("cp1252" if win_ansi else "latin-1")
        if not win_ansi and any(0x80 <= b < 0xA0 for b in raw):
            raise UnicodeEncodeError("latin-1", text, 0, 1, "differs in PDFDocEncoding")
    except UnicodeEncodeError:
        if win_ansi:
            raise
        raw = b"\xfe\xff" + text.encode("utf-16-be")
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    escaped = escaped.replace(b"\r", b"\\r").replace(b"\n", b"\\n")
    return b"(" + escaped + b")"


def pdf_date(value: datetime) -> str:
    """A PDF date string ("D:20130220143000+01'00'") for an aware or naive datetime."""
    text = "D:" + value.strftime("%Y%m%d%H%M%S")
    offset = value.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return text + "Z"
    sign = "+" if minutes > 0 else "-"
    minutes = abs(minutes)
    return f"{text}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


class PdfOptions(TypedDict, total=False):
    """The keyword options of ``build_pdf``, for the helpers that pass them on."""

    title: str | None
    author: str | None
    subject: str | None
    keywords: str | None
    creator: str | None
    producer: str | None
    created: datetime | str | None
    modified: datetime | str | None
    info: Mapping[str, str] | None
    xmp: str | None
    outline: Sequence[str]
    page_labels: Sequence[str]
    font_size: float
    font_sizes: Sequence[float] | None
    heading: str | None
    heading_size: float
    compress: bool


def _content_stream(lines: Sequence[str], sizes: Sequence[float]) -> bytes:
    parts = [b"BT"]
    y = PAGE_HEIGHT - 72.0
    for line, size in zip(lines, sizes, strict=True):
        y -= size * 1.3
        parts.append(
            b"/F1 %.1f Tf 1 0 0 1 72 %.1f Tm " % (size, y)
            + pdf_string(line, win_ansi=True)
            + b" Tj"
        )
    parts.append(b"ET")
    return b"\n".join(parts)


def _page_labels_tree(labels: Sequence[str]) -> bytes:
    """A /PageLabels number tree giving each page the label as a plain prefix."""
    nums = b" ".join(b"%d << /P %s >>" % (i, pdf_string(label)) for i, label in enumerate(labels))
    return b"<< /Nums [" + nums + b"] >>"


def build_pdf(
    pages: Sequence[str],
    *,
    title: str | None = None,
    author: str | None = None,
    subject: str | None = None,
    keywords: str | None = None,
    creator: str | None = None,
    producer: str | None = None,
    created: datetime | str | None = None,
    modified: datetime | str | None = None,
    info: Mapping[str, str] | None = None,
    xmp: str | None = None,
    outline: Sequence[str] = (),
    page_labels: Sequence[str] = (),
    font_size: float = 11.0,
    font_sizes: Sequence[float] | None = None,
    heading: str | None = None,
    heading_size: float = 24.0,
    compress: bool = False,
) -> bytes:
    """The bytes of a PDF with one page per string in ``pages`` (lines split on "\\n").

    ``font_sizes`` gives the size of each line of page 1 in order (lines beyond it use
    ``font_size``); ``heading`` puts an extra first line on page 1 at ``heading_size``.
    ``created``/``modified`` take a datetime or a raw PDF date string. ``xmp`` is a
    complete XMP packet (see ``xmp_packet``). ``outline`` gives flat bookmark titles
    pointing at page 1; ``page_labels`` one label per page.
    """
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        if compress:
            data = zlib.compress(data)
            extra += b" /Filter /FlateDecode"
        return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"

    catalog = add(b"")  # filled in at the end, so it can name the objects below
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    page_ids: list[int] = []
    for number, text in enumerate(pages):
        lines = text.split("\n") if text else []
        sizes = [font_size] * len(lines)
        if number == 0:
            for i, size in enumerate((font_sizes or [])[: len(lines)]):
                sizes[i] = size
            if heading is not None:
                lines = [heading, *lines]
                sizes = [heading_size, *sizes]
        content = add(stream(_content_stream(lines, sizes)))
        page_ids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, PAGE_WIDTH, PAGE_HEIGHT, font, content)
            )
        )
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))

    extra_catalog = b""
    if outline and page_ids:
        root = add(b"")
        item_ids = list(range(root + 1, root + 1 + len(outline)))
        for i, name in enumerate(outline):
            links = b""
            if i > 0:
                links += b" /Prev %d 0 R" % item_ids[i - 1]
            if i + 1 < len(item_ids):
                links += b" /Next %d 0 R" % item_ids[i + 1]
            add(
                b"<< /Title %s /Parent %d 0 R%s /Dest [%d 0 R /Fit] >>"
                % (pdf_string(name), root, links, page_ids[0])
            )
        objects[root - 1] = b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (
            item_ids[0],
            item_ids[-1],
            len(item_ids),
        )
        extra_catalog += b" /Outlines %d 0 R" % root
    if page_labels:
        extra_catalog += b" /PageLabels " + _page_labels_tree(page_labels)
    if xmp is not None:
        # XMP must stay readable without decompression, so never compressed.
        data = xmp.encode("utf-8")
        meta = add(
            b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(data)
            + data
            + b"\nendstream"
        )
        extra_catalog += b" /Metadata %d 0 R" % meta
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_id, extra_catalog)

    entries: dict[str, str] = {}
    for key, value in (
        ("Title", title),
        ("Author", author),
        ("Subject", subject),
        ("Keywords", keywords),
        ("Creator", creator),
        ("Producer", producer),
        ("CreationDate", created),
        ("ModDate", modified),
    ):
        if isinstance(value, datetime):
            entries[key] = pdf_date(value)
        elif value is not None:
            entries[key] = value
    entries.update(info or {})
    info_id = 0
    if entries:
        body = b" ".join(b"/%s %s" % (k.encode("ascii"), pdf_string(v)) for k, v in entries.items())
        info_id = add(b"<< " + body + b" >>")

    return serialize_pdf(objects, root=catalog, info=info_id or None)


def serialize_pdf(objects: Sequence[bytes], *, root: int = 1, info: int | None = None) -> bytes:
    """A PDF file of ``objects`` (object n is ``objects[n - 1]``) with a correct xref
    table and trailer: for structures ``build_pdf`` does not make (loops, odd trees)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"/Size %d /Root %d 0 R" % (len(objects) + 1, root)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def make_pdf(path: StrPath, pages: Sequence[str], **options: Unpack[PdfOptions]) -> Path:
    """Write ``build_pdf(pages, **options)`` to ``path`` and return the path."""
    target = Path(path)
    target.write_bytes(build_pdf(pages, **options))
    return target


def xmp_packet(
    *,
    title: str | None = None,
    creators: Sequence[str] = (),
    description: str | None = None,
    subjects: Sequence[str] = (),
    language: str | None = None,
    create_date: str | None = None,
    modify_date: str | None = None,
    keywords: str | None = None,
    producer: str | None = None,
) -> str:
    """An XMP packet with the Dublin Core, xmp and pdf values given."""

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{esc(text)}</rdf:li></rdf:Alt>'

    def items(kind: str, values: Sequence[str]) -> str:
        lis = "".join(f"<rdf:li>{esc(v)}</rdf:li>" for v in values)
        return f"<rdf:{kind}>{lis}</rdf:{kind}>"

    props = []
    if title is not None:
        props.append(f"<dc:title>{alt(title)}</dc:title>")
    if creators:
        props.append(f"<dc:creator>{items('Seq', creators)}</dc:creator>")
    if description is not None:
        props.append(f"<dc:description>{alt(description)}</dc:description>")
    if subjects:
        props.append(f"<dc:subject>{items('Bag', subjects)}</dc:subject>")
    if language is not None:
        props.append(f"<dc:language>{items('Bag', [language])}</dc:language>")
    if create_date is not None:
        props.append(f"<xmp:CreateDate>{esc(create_date)}</xmp:CreateDate>")
    if modify_date is not None:
        props.append(f"<xmp:ModifyDate>{esc(modify_date)}</xmp:ModifyDate>")
    if keywords is not None:
        props.append(f"<pdf:Keywords>{esc(keywords)}</pdf:Keywords>")
    if producer is not None:
        props.append(f"<pdf:Producer>{esc(producer)}</pdf:Producer>")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        + "\n".join(props)
        + "\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )


def make_encrypted_pdf(
    path: StrPath,
    user_password: str,
    owner_password: str | None = None,
    algorithm: str = "AES-256",
    pages: Sequence[str] = ("Hemmelig side",),
    **options: Unpack[PdfOptions],
) -> Path:
    """Write an encrypted PDF (pypdf's writer); ``user_password=""`` opens without asking.

    ``algorithm`` is one of pypdf's: "RC4-40", "RC4-128", "AES-128", "AES-256-R5",
    "AES-256".
    """
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(build_pdf(pages, **options))))
    writer.encrypt(
        user_password=user_password,
        owner_password=owner_password if owner_password is not None else user_password + "-owner",
        algorithm=algorithm,
    )
    target = Path(path)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def write_fake_pdf(
    path: StrPath, content: bytes = b"<!DOCTYPE html><html>not a pdf</html>\n"
) -> Path:
    """Write a file named like a PDF that is something else (an HTML page by default)."""
    target = Path(path)
    target.write_bytes(content)
    return target


def write_empty_pdf(path: StrPath) -> Path:
    """Write a zero-byte file."""
    target = Path(path)
    target.write_bytes(b"")
    return target


def write_truncated_pdf(
    path: StrPath, pages: Sequence[str] = ("Avkortet fil",), keep: float = 0.6
) -> Path:
    """Write a valid PDF cut off after ``keep`` (0..1) of its bytes: no xref, no trailer."""
    data = build_pdf(pages)
    target = Path(path)
    target.write_bytes(data[: max(16, int(len(data) * keep))])
    return target


def write_garbage_pdf(path: StrPath, size: int = 4096) -> Path:
    """Write a file with a PDF header followed by bytes that are no PDF at all."""
    target = Path(path)
    target.write_bytes(b"%PDF-1.4\n" + bytes((i * 37 + 11) % 256 for i in range(size)))
    return target
