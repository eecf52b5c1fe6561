"""Hostile variants of PDFs, made by the tests themselves: the input of the fuzz suite.

Nothing here is committed as a binary file: every mutant is written from a PDF the tests
build (``pdf_factory``, pypdf's writer) or, in the corpus target, from the edge-case
corpus, with a seeded ``random.Random`` so that a failure can be reproduced by name.
``check_index`` holds the invariant every mutant must keep when it is indexed.
"""

from __future__ import annotations

import json
import os
import random
import re
import stat
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from io import BytesIO
from pathlib import Path

from tests.core.pdf_factory import StrPath, build_pdf, serialize_pdf, xmp_packet
from vtviewer.core.archive import Archive
from vtviewer.core.messages import english
from vtviewer.core.model import Document, IndexSummary, Problem
from vtviewer.core.pool import PoolConfig
from vtviewer.core.text import display_name
from vtviewer.paths import DataPaths

#: Placeholder strings that ``with_raw_strings`` swaps for raw bytes (as a hex string).
TITLE = "TITLEPLACEHOLDER"
AUTHOR = "AUTHORPLACEHOLDER"
OUTLINE = "OUTLINEPLACEHOLDER"

#: A Latin-1 file name as old Windows shares and USB disks carry them (not UTF-8).
LATIN1_NAME = b"Reguleringsplan_\xd8vre_\xc5s.pdf"

Mutation = Callable[[bytes, random.Random], bytes]


@dataclass(frozen=True)
class Mutant:
    """One hostile file: ``name`` says what was done (it becomes the file name)."""

    name: str
    data: bytes


def write_mutant(path: StrPath, data: bytes) -> Path:
    target = Path(path)
    target.write_bytes(data)
    return target


# --- rebuilding a PDF after its bytes changed ---------------------------------------------

_OBJECT = re.compile(rb"(?m)^(\d+) 0 obj\b")


def reindex(data: bytes) -> bytes:
    """``data`` (a PDF as ``serialize_pdf`` writes it) with its xref table rebuilt, so a
    mutant tests the change made to it, not the readers' repair of stale offsets."""
    head, _, tail = data.rpartition(b"\nxref\n")
    trailer = re.search(rb"trailer\s*(<<.*?>>)", tail, re.S)
    assert trailer is not None, "no trailer to keep"
    offsets = {int(m[1]): m.start() for m in _OBJECT.finditer(head)}
    size = max(offsets) + 1
    out = bytearray(head + b"\n")
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        if number in offsets:
            out += b"%010d 00000 n \n" % offsets[number]
        else:
            out += b"0000000000 00000 f \n"
    out += b"trailer\n" + trailer[1] + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def with_raw_strings(data: bytes, strings: Mapping[str, bytes]) -> bytes:
    """Swap each placeholder string (``TITLE``...) in ``data`` for the raw bytes given,
    written as a hex string: bytes no ``str`` can carry (invalid UTF-16, NULs)."""
    for placeholder, raw in strings.items():
        literal = b"(" + placeholder.encode("ascii") + b")"
        assert literal in data, placeholder
        data = data.replace(literal, b"<" + raw.hex().encode("ascii") + b">")
    return reindex(data)


# --- mutations of the bytes ---------------------------------------------------------------


def truncate(fraction: float) -> Mutation:
    def cut(data: bytes, rng: random.Random) -> bytes:
        return data[: max(10, int(len(data) * fraction))]

    return cut


def flip_bytes(count: int) -> Mutation:
    def flip(data: bytes, rng: random.Random) -> bytes:
        out = bytearray(data)
        for _ in range(count):
            where = rng.randrange(len(out))
            out[where] ^= rng.randrange(1, 256)
        return bytes(out)

    return flip


def drop_header(data: bytes, rng: random.Random) -> bytes:
    return re.sub(rb"%PDF-\d\.\d", b"", data, count=1)


def _xref_span(data: bytes) -> tuple[int, int]:
    start = data.rfind(b"xref")
    end = data.find(b"trailer", start)
    return start, end if end >= 0 else len(data)


def drop_xref(data: bytes, rng: random.Random) -> bytes:
    start, end = _xref_span(data)
    return data[:start] + data[end:] if start >= 0 else data


def garble_xref(data: bytes, rng: random.Random) -> bytes:
    start, end = _xref_span(data)
    if start < 0:
        return data
    noise = bytes(rng.choice(b"0123456789 nf\n") for _ in range(end - start))
    return data[:start] + noise + data[end:]


def drop_trailer(data: bytes, rng: random.Random) -> bytes:
    where = data.rfind(b"trailer")
    return data[:where] if where >= 0 else data[: len(data) * 9 // 10]


def garble_trailer(data: bytes, rng: random.Random) -> bytes:
    where = data.rfind(b"trailer")
    if where < 0:
        return data
    tail = bytearray(data[where:])
    for i in range(len(tail)):
        if rng.random() < 0.3:
            tail[i] = rng.randrange(256)
    return data[:where] + bytes(tail)


BYTE_MUTATIONS: dict[str, Mutation] = {
    "cut-1pc": truncate(0.01),
    "cut-30pc": truncate(0.3),
    "cut-60pc": truncate(0.6),
    "cut-90pc": truncate(0.9),
    "cut-last-bytes": truncate(0.995),
    "flip-1": flip_bytes(1),
    "flip-16": flip_bytes(16),
    "flip-256": flip_bytes(256),
    "no-header": drop_header,
    "no-xref": drop_xref,
    "garbled-xref": garble_xref,
    "no-trailer": drop_trailer,
    "garbled-trailer": garble_trailer,
}


def byte_mutants(
    name: str, data: bytes, rng: random.Random, mutations: Iterable[str] = BYTE_MUTATIONS
) -> Iterator[Mutant]:
    for mutation in mutations:
        yield Mutant(f"{name}--{mutation}", BYTE_MUTATIONS[mutation](data, rng))


# --- structures: page trees, bombs, hostile strings ---------------------------------------

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
LOOP_KINDS = ("self-first", "self-last", "two-hop")


def _content(text: bytes) -> bytes:
    data = b"BT /F1 12 Tf 72 700 Td (" + text + b") Tj ET"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _page(parent: int, content: int) -> bytes:
    return (
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (parent, content)
    )


def _two_pages(root_kids: bytes, node_kids: bytes = b"", count: bytes = b"2") -> bytes:
    """Objects: 1 catalog, 2 root /Pages, 3 font, 4-5 page one, 6-7 page two, 8 a
    second /Pages node below the root (used when ``node_kids`` is given)."""
    parent = 8 if node_kids else 2
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %s >>" % (root_kids, count),
        _FONT,
        _content(b"Side en"),
        _page(parent, 4),
        _content(b"Side to"),
        _page(parent, 6),
    ]
    if node_kids:
        objects.append(b"<< /Type /Pages /Parent 2 0 R /Kids [%s] /Count 2 >>" % node_kids)
    return serialize_pdf(objects)


def looped_page_tree(kind: str) -> bytes:
    """Two readable pages in a page tree whose /Kids lead back up (``LOOP_KINDS``)."""
    if kind == "self-first":  # the root lists itself before its pages: PDFium hangs
        return _two_pages(b"2 0 R 5 0 R 7 0 R")
    if kind == "self-last":
        return _two_pages(b"5 0 R 7 0 R 2 0 R")
    if kind == "two-hop":  # root -> node -> root, before the pages: PDFium hangs
        return _two_pages(b"8 0 R", node_kids=b"2 0 R 5 0 R 7 0 R")
    raise ValueError(kind)


def page_listing_itself() -> bytes:
    """A page whose own (meaningless) /Kids lists itself and the root."""
    data = _two_pages(b"5 0 R 7 0 R")
    return reindex(data.replace(b"/Contents 4 0 R >>", b"/Contents 4 0 R /Kids [5 0 R 2 0 R] >>"))


def page_tree_with_count(count: bytes) -> bytes:
    """Two pages in a two-level tree whose every /Count is ``count`` (10^9, negative...)."""
    data = _two_pages(b"8 0 R", node_kids=b"5 0 R 7 0 R", count=count)
    return reindex(data.replace(b"/Count 2 >>", b"/Count " + count + b" >>"))


def deep_page_tree(depth: int) -> bytes:
    """One page at the bottom of a chain of ``depth`` nested /Pages nodes."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT, _content(b"Dypt"), b""]
    chain = [2, *range(6, 6 + depth - 1)]
    for level, number in enumerate(chain):
        child = chain[level + 1] if level + 1 < len(chain) else 5
        body = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % child
        if number == 2:
            objects[1] = body
        else:
            objects.append(body)
    objects[4] = _page(chain[-1], 4)
    return serialize_pdf(objects)


def deflate_bomb(size: int) -> bytes:
    """A zlib stream that inflates to ``size`` zero bytes (a multiple of 1 MiB), at about
    1/1000 of that, made without compressing ``size`` bytes: after a full flush the
    deflate blocks of each MiB of zeros are the same, so one is repeated."""
    chunk = 1024 * 1024
    assert size % chunk == 0
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflater.compress(bytes(chunk)) + deflater.flush(zlib.Z_FULL_FLUSH)
    # Adler-32 of n zeros: A stays 1, B adds A once per byte.
    adler = ((size % 65521) << 16) | 1
    final = b"\x03\x00"  # an empty final block, fixed Huffman codes
    return b"\x78\xda" + block * (size // chunk) + final + adler.to_bytes(4, "big")


def bomb_pdf(where: str, size: int) -> bytes:
    """A PDF with a deflate bomb as its page content ("content") or XMP ("xmp")."""
    bomb = deflate_bomb(size)
    stream = b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n%s\nendstream"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R%s >>" % (b" /Metadata 6 0 R" if where == "xmp" else b""),
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        _FONT,
        stream % (len(bomb), b"", bomb) if where == "content" else _content(b"Bombe"),
        _page(2, 4),
    ]
    if where == "xmp":
        objects.append(stream % (len(bomb), b" /Type /Metadata /Subtype /XML", bomb))
    return serialize_pdf(objects)


def _lone(text: str) -> bytes:
    """UTF-16 with a byte order mark and a lone high surrogate in front of ``text``."""
    return b"\xfe\xff\xd8\x00" + text.encode("utf-16-be")


def string_mutants(megabytes: int = 2) -> Iterator[Mutant]:
    """Lone surrogates, NULs and megabyte strings in /Title, /Author, XMP and outline."""
    base = build_pdf(["Side med tekst"], title=TITLE, author=AUTHOR, outline=[OUTLINE, "Del 2"])
    huge = "Megastreng " * (megabytes * 1024 * 1024 // 11)
    yield Mutant(
        "lone-surrogates",
        with_raw_strings(
            base, {TITLE: _lone("Tittel"), AUTHOR: _lone("Forfatter"), OUTLINE: _lone("Del 1")}
        ),
    )
    yield Mutant(
        "lone-low-surrogate-le",
        with_raw_strings(
            base, {TITLE: b"\xff\xfe\x00\xdcA\x00", AUTHOR: b"\xfe\xff", OUTLINE: b"\xfe\xff\xdc"}
        ),
    )
    yield Mutant(
        "nul-bytes",
        with_raw_strings(
            base,
            {
                TITLE: b"Tit\x00tel\x00",
                AUTHOR: b"\xfe\xff\x00\x00\x00A\x00\x00",
                OUTLINE: b"\x00" * 64,
            },
        ),
    )
    yield Mutant(
        "megabyte-strings",
        build_pdf(
            ["Side med tekst"],
            title=huge,
            author=huge,
            outline=[huge] * 3,
            info={"K" * 100_000: huge},
        ),
    )
    yield Mutant(
        "megabyte-xmp",
        build_pdf(
            ["Side med tekst"],
            xmp=xmp_packet(title=huge, creators=[huge, "\x00"], subjects=["emne"] * 100_000),
        ),
    )
    yield Mutant(
        "xmp-surrogate-references",
        build_pdf(["Side med tekst"], xmp=xmp_packet(title="&#xD800;&#0;").replace("&amp;", "&")),
    )
    yield Mutant(
        "bidi-and-controls",
        build_pdf(
            ["Side med\x01 tekst"], title="Evil \u202efdp.exe\x07\x1b[31m", author="\x7f\x9f"
        ),
    )


def structural_mutants(bomb_size: int = 1024**3) -> Iterator[Mutant]:
    for kind in LOOP_KINDS:
        yield Mutant(f"loop-{kind}", looped_page_tree(kind))
    yield Mutant("page-in-own-kids", page_listing_itself())
    yield Mutant("deep-tree", deep_page_tree(2000))
    for count in (b"1000000000", b"-1", b"99999999999999999999999"):
        yield Mutant(f"count-{count[:12].decode()}", page_tree_with_count(count))
    yield Mutant("bomb-content", bomb_pdf("content", bomb_size))
    yield Mutant("bomb-xmp", bomb_pdf("xmp", bomb_size))
    yield from string_mutants()


def pypdf_written(pages: Iterable[str], title: str) -> bytes:
    """A PDF as pypdf's writer lays it out (its own header, objects and outline)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(build_pdf(list(pages), compress=True))))
    writer.add_metadata({"/Title": title, "/Author": "Bjørn Iversen"})
    first = writer.add_outline_item(title="Innledning", page_number=0)
    writer.add_outline_item(title="Bakgrunn", page_number=0, parent=first)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


_QPDFWRITER = """
import sys
from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPdfWriter

app = QGuiApplication([])
writer = QPdfWriter(sys.argv[1])
writer.setTitle("Temaplan for Øvre Ås")
writer.setCreator("vtviewer tests")
painter = QPainter(writer)
painter.setFont(QFont("DejaVu Sans", 14))
for number, text in enumerate(sys.argv[2:]):
    if number:
        writer.newPage()
    painter.drawText(300, 600, text)
painter.end()
"""


def qpdfwriter_written(pages: Iterable[str], folder: Path) -> bytes:
    """A PDF as Qt's QPdfWriter writes it (embedded font subsets, compressed streams).
    Written in a child process: core tests create no QGuiApplication."""
    target = folder / "qpdfwriter.pdf"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-c", _QPDFWRITER, str(target), *pages],
        env=environment,
        check=True,
        timeout=60,
        capture_output=True,
    )
    return target.read_bytes()


def sources(folder: Path) -> dict[str, bytes]:
    """The readable PDFs the byte mutations start from."""
    norwegian = ["Bjørn Iversen æøå\nKommuneplan for Ås", "Side to: ÆØÅ", "Tredje side"]
    return {
        "factory": build_pdf(
            norwegian,
            title="Kommuneplan for Ås",
            author="Bjørn Iversen",
            outline=["Del 1", "Del 2"],
            xmp=xmp_packet(title="Kommuneplan (XMP)", creators=["Bjørn Iversen"]),
        ),
        "factory-compressed": build_pdf(norwegian, heading="Planprogram", compress=True),
        "pypdf": pypdf_written(norwegian, "Handlingsplan mot vold"),
        "qpdfwriter": qpdfwriter_written(norwegian, folder),
    }


# --- files that are not what their names say ---------------------------------------------


def write_mutants(folder: Path, mutants: Iterable[Mutant]) -> list[str]:
    """Write each mutant as ``NNN-name.pdf``; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, mutant in enumerate(mutants):
        path = folder / f"{number:03d}-{mutant.name}.pdf"
        path.write_bytes(mutant.data)
        paths.append(str(path))
    return paths


def write_odd_files(folder: Path) -> list[str]:
    """A FIFO and a link to /etc/passwd named like PDFs, and two files with Latin-1
    names (one without a title, so the name becomes its title). The paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    fifo = folder / "fifo.pdf"
    os.mkfifo(fifo)
    link = folder / "link.pdf"
    link.symlink_to("/etc/passwd")
    untitled = os.fsdecode(os.fsencode(folder) + b"/" + LATIN1_NAME)
    Path(untitled).write_bytes(build_pdf([""]))  # a scan: its name becomes its title
    titled = os.fsdecode(os.fsencode(folder) + b"/Bj\xf8rn-med-tittel.pdf")
    Path(titled).write_bytes(build_pdf(["Tekst"], title="Tittel \u00e6\u00f8\u00e5"))
    return [str(fifo), str(link), untitled, titled]


def pdf_files(folder: Path) -> set[str]:
    """The files below ``folder`` an index run must account for: regular files (after
    links) named *.pdf. (A FIFO or device is no file to index; the scan passes it.)"""
    found = set()
    for parent, _dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(parent, name)
            if name.lower().endswith(".pdf") and stat.S_ISREG(os.stat(path).st_mode):
                found.add(path)
    return found


# --- the invariant ------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one index run over a folder of mutants gave."""

    summary: IndexSummary
    seconds: float
    documents: dict[str, Document] = field(default_factory=dict)
    problems: dict[str, Problem] = field(default_factory=dict)


@dataclass
class Run:
    """An archive that has indexed a folder of mutants, and what it gave."""

    files: set[str]
    archive: Archive
    outcome: Outcome


@contextmanager
def indexed(tmp: Path, mutants: Iterable[Mutant], config: PoolConfig) -> Iterator[Run]:
    """Write ``mutants`` and the odd files into ``tmp``, index them in a new data folder."""
    folder = tmp / "files"
    write_mutants(folder, mutants)
    write_odd_files(folder)
    files = pdf_files(folder)
    with Archive.open(DataPaths(tmp / "data"), config) as archive:
        yield Run(files, archive, index_folder(archive, folder, files))


def generated_mutants(tmp: Path, rng: random.Random, sample: int | None = None) -> list[Mutant]:
    """Every structural mutant and the byte mutants of ``sources`` (``sample`` of them)."""
    mutants = [m for name, data in sources(tmp).items() for m in byte_mutants(name, data, rng)]
    chosen = rng.sample(mutants, sample) if sample is not None else mutants
    return [*chosen, *structural_mutants()]


def index_folder(archive: Archive, folder: Path, files: set[str]) -> Outcome:
    """Index ``folder`` through the real Archive; an exception here is a failure."""
    archive.add_root(str(folder))
    started = time.monotonic()
    summary = archive.index()
    seconds = time.monotonic() - started
    return Outcome(
        summary,
        seconds,
        documents={d.path: d for d in archive.documents()},
        problems={p.path: p for p in archive.problems() if p.path in files},
    )


def check_accounted(outcome: Outcome, files: set[str]) -> None:
    """Every file is a document or a problem, never both, never neither."""
    documents = set(outcome.documents)
    both = documents & set(outcome.problems)
    assert not both, f"both a document and a problem: {sorted(both)}"
    missing = files - documents - set(outcome.problems)
    assert not missing, f"neither a document nor a problem: {sorted(missing)}"
    assert documents <= files, f"documents that are no files: {sorted(documents - files)}"
    assert outcome.summary.added + outcome.summary.problems == len(files), outcome.summary


def check_reasons(outcome: Outcome) -> None:
    """Each problem says why in one readable line of valid Unicode."""
    for problem in outcome.problems.values():
        assert english(problem.reason).strip(), problem
        assert len(english(problem.reason)) < 500 and english(problem.reason).isprintable(), problem
        assert "Traceback" not in english(problem.reason), problem
        english(problem.reason).encode("utf-8")


#: Queries run after the index: plain words, a word from the hostile titles, a prefix.
QUERIES = ("side", "tekst", "kommuneplan", "bjørn", "tittel OR megastreng", "plan*")


def check_search(archive: Archive, outcome: Outcome) -> None:
    """Search works after the run, and what it gives encodes as UTF-8 (as JSON)."""
    for document in outcome.documents.values():
        _encodes({"meta": asdict(document.meta), "name": display_name(document.path)})
    for query in QUERIES:
        result = archive.search(query, limit=50)
        for hit in result.hits:
            _encodes({"meta": asdict(hit.document.meta), "pages": [asdict(p) for p in hit.pages]})
        _encodes({"facets": result.facets.counts, "notes": result.messages})
    assert archive.search("side", limit=5).total > 0, "nothing found after the run"


def _encodes(value: object) -> None:
    """JSON as the CLI writes it, then UTF-8 as a terminal or a file takes it."""
    json.dumps(value, ensure_ascii=False).encode("utf-8")


def hostile_metadata(data: bytes) -> bytes | None:
    """``data`` rewritten by pypdf with a lone surrogate in /Title, NULs in /Author and
    a megabyte /Subject; None when pypdf cannot rewrite it (damaged, encrypted)."""
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            return None
        writer = PdfWriter(clone_from=reader)
        writer.add_metadata({"/Title": TITLE, "/Author": AUTHOR, "/Subject": "Mega " * 250_000})
        out = BytesIO()
        writer.write(out)
        written = out.getvalue()
    except Exception:  # a source pypdf cannot rewrite is no mutant: the next one is
        return None
    if written.count(b"(" + TITLE.encode() + b")") != 1 or b"\nxref\n" not in written:
        return None
    return with_raw_strings(written, {TITLE: _lone("Tittel"), AUTHOR: b"Nul\x00\x00l"})
