"""Tests for vtviewer.core.extract: one file in-process (and hostile files through the pool)."""

from __future__ import annotations

import builtins
import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.core.mutants import (
    AUTHOR,
    LOOP_KINDS,
    OUTLINE,
    TITLE,
    bomb_pdf,
    deep_page_tree,
    looped_page_tree,
    page_tree_with_count,
    reindex,
    with_raw_strings,
    write_mutant,
)
from tests.core.pdf_factory import (
    build_pdf,
    make_encrypted_pdf,
    make_pdf,
    write_empty_pdf,
    write_fake_pdf,
    write_garbage_pdf,
    write_truncated_pdf,
    xmp_packet,
)
from tests.core.pool_hooks import HOOKS, MEMORY, TIMEOUT, run
from vtviewer.core import extract
from vtviewer.core.extract import (
    ExtractError,
    clean_text,
    extract_pdf,
    pdf_date_to_iso,
)
from vtviewer.core.messages import english
from vtviewer.core.model import Extraction, Problem
from vtviewer.core.pool import ExtractPool, PoolConfig

NORWEGIAN = [
    "Bjørn Iversen æøå\nKommuneplan for Ås",
    "Side to: ÆØÅ og «sitat»",
    "Tredje side – slutt",
]
OSLO = timezone(timedelta(hours=1))


def problem_of(path: Path, password: str | None = None) -> ExtractError:
    with pytest.raises(ExtractError) as caught:
        extract_pdf(str(path), password)
    return caught.value


# --- one file, in this process ----------------------------------------------------------


def test_norwegian_text_is_kept_per_page(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "plan.pdf", NORWEGIAN)

    result = extract_pdf(str(path))

    assert result.page_count == 3
    assert result.pages == tuple(NORWEGIAN)
    assert result.text_engine == "pdfium"
    assert not result.encrypted


def test_metadata_info_xmp_outline_labels_and_heading(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "meta.pdf",
        ["Innledning og bakgrunn", "Mål", "Tiltak"],
        title="Kommuneplan for Ås 2013–2015",
        author="Bjørn Iversen",
        subject="Helse og omsorg",
        keywords="helse; omsorg",
        creator="Writer",
        producer="LibreOffice 7.3",
        created=datetime(2013, 2, 20, 14, 30, tzinfo=OSLO),
        modified="D:20150301",
        info={"Company": "Ås kommune"},
        xmp=xmp_packet(
            title="Kommuneplan (XMP)",
            creators=["Bjørn Iversen", "Kari Nordmann"],
            description="Plan for helse",
            subjects=["helse", "omsorg"],
            language="nb",
            create_date="2013-02-20T14:30:00+01:00",
            modify_date="2015-03-01",
            keywords="helse, omsorg",
            producer="LibreOffice 7.3",
        ),
        outline=["Innledning", "Mål og tiltak"],
        page_labels=["i", "ii", "1"],
        heading="Kommuneplan for Ås",
    )

    result = extract_pdf(str(path))

    assert dict(result.info) == {
        "Title": "Kommuneplan for Ås 2013–2015",
        "Author": "Bjørn Iversen",
        "Subject": "Helse og omsorg",
        "Keywords": "helse; omsorg",
        "Creator": "Writer",
        "Producer": "LibreOffice 7.3",
        "CreationDate": "2013-02-20T14:30:00+01:00",
        "ModDate": "2015-03-01",
        "Company": "Ås kommune",
    }
    assert dict(result.xmp) == {
        "dc:title": "Kommuneplan (XMP)",
        "dc:creator": "Bjørn Iversen; Kari Nordmann",
        "dc:description": "Plan for helse",
        "dc:subject": "helse; omsorg",
        "dc:language": "nb",
        "xmp:CreateDate": "2013-02-20T14:30:00+01:00",
        "xmp:ModifyDate": "2015-03-01",
        "pdf:Keywords": "helse, omsorg",
        "pdf:Producer": "LibreOffice 7.3",
    }
    assert result.outline == ("Innledning", "Mål og tiltak")
    assert result.page_labels == ("i", "ii", "1")
    assert result.first_page_heading == "Kommuneplan for Ås"
    assert result.pages[0] == "Kommuneplan for Ås\nInnledning og bakgrunn"


def test_heading_is_the_largest_text_even_when_not_first(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "sizes.pdf",
        ["Ås kommune\nHandlingsplan mot vold\n2019", "Side 2 i stor skrift"],
        font_sizes=[10, 28, 40],
    )
    # The 40 pt "2019" is bigger but has no letters: a year or page number, no heading.
    assert extract_pdf(str(path)).first_page_heading == "Handlingsplan mot vold"


def test_page_labels_that_are_just_numbers_are_dropped(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "labels.pdf", ["a", "b"], page_labels=["1", "2"])
    assert extract_pdf(str(path)).page_labels == ()


def test_broken_xmp_loses_only_the_xmp(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "badxmp.pdf", ["Tekst her"], title="Tittel", xmp="<x:xmpmeta><broken"
    )

    result = extract_pdf(str(path))

    assert result.xmp == {}
    assert result.info == {"Title": "Tittel"}
    assert result.pages == ("Tekst her",)


def test_broken_outline_loses_only_the_outline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_pdf(tmp_path / "outline.pdf", ["Tekst"], title="Tittel", outline=["Del 1"])

    def broken(document: Any) -> tuple[str, ...]:
        raise KeyError("/First")

    assert (
        extract_pdf(str(path)).outline == extract_pdf(str(path), pdfium=False).outline == ("Del 1",)
    )
    monkeypatch.setattr(extract, "_pdfium_outline", broken)  # PDFium reads it
    monkeypatch.setattr(extract, "_read_outline", broken)  # pypdf, where PDFium cannot
    for pdfium in (True, False):
        result = extract_pdf(str(path), pdfium=pdfium)
        assert result.outline == ()
        assert result.info == {"Title": "Tittel"}
        assert result.pages == ("Tekst",)


def test_zero_pages_and_pages_without_text_are_extractions(tmp_path: Path) -> None:
    empty = extract_pdf(str(make_pdf(tmp_path / "none.pdf", [])))
    assert (empty.page_count, empty.pages) == (0, ())

    scanned = extract_pdf(str(make_pdf(tmp_path / "blank.pdf", ["", ""])))
    assert (scanned.page_count, scanned.pages, scanned.first_page_heading) == (2, ("", ""), "")


def test_compressed_content_streams(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "flate.pdf", ["Komprimert tekst æøå"], compress=True)
    assert extract_pdf(str(path)).pages == ("Komprimert tekst æøå",)


def test_file_name_that_is_not_utf8_is_read_by_pdfium(tmp_path: Path) -> None:
    # Old archives carry Latin-1 names ("bj\xf8rn.pdf"); Python holds them with
    # surrogate escapes, which Qt cannot take: QtPdf opens them through a readable link.
    name = os.fsdecode(bytes(tmp_path) + b"/bj\xf8rn.pdf")
    make_pdf(name, NORWEGIAN)

    result = extract_pdf(name)

    assert result.text_engine == "pdfium"
    assert result.page_count == 3
    assert result.pages[0].startswith("Bjørn Iversen æøå")


def test_user_password_gives_a_password_problem(tmp_path: Path) -> None:
    path = make_encrypted_pdf(tmp_path / "secret.pdf", "hemmelig", pages=["Bjørn Iversen æøå"])

    error = problem_of(path)
    assert (error.kind, english(error.reason), str(error)) == (
        "password",
        "password required",
        "password required",
    )

    wrong = problem_of(path, password="feil")
    assert (wrong.kind, english(wrong.reason)) == ("password", "wrong password")

    opened = extract_pdf(str(path), password="hemmelig")
    assert opened.pages == ("Bjørn Iversen æøå",)
    assert opened.encrypted


@pytest.mark.parametrize("algorithm", ["AES-256", "AES-128", "RC4-128"])
def test_empty_user_password_is_extracted(tmp_path: Path, algorithm: str) -> None:
    path = make_encrypted_pdf(
        tmp_path / "open.pdf",
        "",
        "eier",
        algorithm=algorithm,
        pages=["Bjørn Iversen æøå"],
        title="Åpen",
    )

    result = extract_pdf(str(path))

    assert result.pages == ("Bjørn Iversen æøå",)
    assert result.encrypted
    assert result.info["Title"] == "Åpen"
    assert result.text_engine == "pdfium"


def test_empty_file(tmp_path: Path) -> None:
    error = problem_of(write_empty_pdf(tmp_path / "empty.pdf"))
    assert (error.kind, english(error.reason)) == ("empty", "empty file (0 bytes)")


def test_not_a_pdf(tmp_path: Path) -> None:
    error = problem_of(write_fake_pdf(tmp_path / "page.pdf"))
    assert error.kind == "not-pdf"
    assert english(error.reason) == "not a PDF (looks like an HTML page)"

    zipped = problem_of(write_fake_pdf(tmp_path / "doc.pdf", b"PK\x03\x04\x14\x00rest of a docx"))
    assert zipped.kind == "not-pdf"
    assert "ZIP or Office" in english(zipped.reason)


def test_header_after_junk_is_still_a_pdf(tmp_path: Path) -> None:
    # Readers accept up to 1024 bytes before %PDF- (mail gateways add such junk).
    good = make_pdf(tmp_path / "good.pdf", ["Tekst"]).read_bytes()
    (tmp_path / "junk.pdf").write_bytes(b"X" * 100 + good)

    assert extract_pdf(str(tmp_path / "junk.pdf")).pages == ("Tekst",)


def test_truncated_and_garbage_files_are_damaged_with_a_reason(tmp_path: Path) -> None:
    for path in (
        write_truncated_pdf(tmp_path / "cut.pdf", ["Avkortet"], keep=0.6),
        write_garbage_pdf(tmp_path / "garbage.pdf"),
    ):
        try:
            result = extract_pdf(str(path))
        except ExtractError as error:
            assert error.kind == "damaged"
            assert english(error.reason).startswith(
                "damaged PDF: truncated (no end-of-file marker)"
            )
        else:  # PDFium repaired it: then the text must be there
            assert "Avkortet" in result.pages[0]


def test_missing_file_has_vanished(tmp_path: Path) -> None:
    error = problem_of(tmp_path / "gone.pdf")
    assert (error.kind, english(error.reason)) == ("vanished", "file not found (moved or deleted)")


def test_folder_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    error = problem_of(folder)
    assert (error.kind, english(error.reason)) == ("unreadable", "not a regular file (a folder)")


def test_permission_denied_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_pdf(tmp_path / "locked.pdf", ["Tekst"])
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            # Running as root: mode 000 does not stop reads, so refuse the open instead.
            real_open = builtins.open

            def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
                if str(file) == str(path):
                    raise PermissionError(13, "Permission denied", str(file))
                return real_open(file, *args, **kwargs)

            monkeypatch.setattr(builtins, "open", refusing_open)
        error = problem_of(path)
    finally:
        path.chmod(0o644)
    assert (error.kind, english(error.reason)) == (
        "unreadable",
        "cannot read the file (permission denied)",
    )


def test_clean_text() -> None:
    assert clean_text("a\x00b\r\nc\rd\te\x0cf") == "ab\nc\nd\tef"
    assert clean_text("Bjo\u0308rn A\u030as") == "Bj\u00f6rn \u00c5s"
    assert clean_text("lone \ud800 surrogate") == "lone \ufffd surrogate"
    assert clean_text("evil \u202eftp.pdf") == "evil ftp.pdf"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("D:20130220143000+01'00'", "2013-02-20T14:30:00+01:00"),
        ("D:20130220143000-05'30", "2013-02-20T14:30:00-05:30"),
        ("D:20130220143000Z", "2013-02-20T14:30:00+00:00"),
        ("D:20130220143000Z00'00'", "2013-02-20T14:30:00+00:00"),
        ("D:20130220143000", "2013-02-20T14:30:00"),
        ("D:20130220", "2013-02-20"),
        ("20130220", "2013-02-20"),
        ("D:201302", "2013-02"),
        ("D:2013", "2013"),
        ("D:20131320", ""),
        ("yesterday", ""),
    ],
)
def test_pdf_dates(raw: str, iso: str) -> None:
    assert pdf_date_to_iso(raw) == iso


def _rewrite(path: Path, change: Any) -> None:
    """Edit a PDF's objects with pypdf's writer (for structures the factory cannot make)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(path))
    change(writer)
    with path.open("wb") as handle:
        writer.write(handle)


def test_heading_found_when_page_one_inherits_its_resources(tmp_path: Path) -> None:
    from pypdf.generic import NameObject

    path = make_pdf(tmp_path / "arv.pdf", ["Planprogram", "side to"], heading="Planprogram for Ås")

    def inherit(writer: Any) -> None:
        pages = writer.root_object["/Pages"].get_object()
        first = writer.pages[0]
        pages[NameObject("/Resources")] = first["/Resources"]
        for page in writer.pages:
            del page[NameObject("/Resources")]

    _rewrite(path, inherit)
    result = extract_pdf(str(path))
    assert result.first_page_heading == "Planprogram for Ås"
    assert result.page_count == 2


def test_outline_titles_nested_in_order_and_cycles_stop(tmp_path: Path) -> None:
    from pypdf.generic import NameObject

    path = make_pdf(tmp_path / "innhold.pdf", ["a", "b", "c"])

    def outline(writer: Any) -> None:
        first = writer.add_outline_item(title="1 Innledning", page_number=0)
        writer.add_outline_item(title="1.1 Bakgrunn", page_number=1, parent=first)
        last = writer.add_outline_item(title="2 Tiltak", page_number=2)
        # A /Next that points back to the start: a cycle that must not hang the reader.
        last.get_object()[NameObject("/Next")] = first

    _rewrite(path, outline)
    result = extract_pdf(str(path))
    assert result.outline == ("1 Innledning", "1.1 Bakgrunn", "2 Tiltak")


def _vm_data_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmData:"):
                return int(line.split()[1]) // 1024
    raise AssertionError("no VmData in /proc/self/status")


def test_address_space_stays_flat_over_many_files(tmp_path: Path) -> None:
    """A new QPdfDocument per file leaked ~760 KB of address space each, until the
    worker's RLIMIT_DATA cap killed it after ~2,000 files (SIGTRAP from PDFium)."""
    path = make_pdf(tmp_path / "liten.pdf", ["Liten side"])
    extract_pdf(str(path))
    before = _vm_data_mb()
    for _ in range(300):
        extract_pdf(str(path))
    assert _vm_data_mb() - before < 60  # was ~230 MB per 300 files


def test_a_password_does_not_carry_over_to_the_next_file(tmp_path: Path) -> None:
    secret = make_encrypted_pdf(tmp_path / "a.pdf", user_password="hemmelig", pages=["Hemmelig"])
    other = make_encrypted_pdf(tmp_path / "b.pdf", user_password="hemmelig", pages=["Annen"])
    assert extract_pdf(str(secret), password="hemmelig").pages == ("Hemmelig",)
    with pytest.raises(ExtractError, match="password required"):
        extract_pdf(str(other))


def test_no_heading_when_page_one_has_one_font_size(tmp_path: Path) -> None:
    body = ["Dette er et brev uten overskrift.", "Det har bare én skriftstørrelse."]
    path = make_pdf(tmp_path / "brev.pdf", ["\n".join(body)])
    assert extract_pdf(str(path)).first_page_heading == ""


# --- hostile files (issue 13) -------------------------------------------------------------


def test_a_page_tree_that_loops_gives_its_readable_pages_at_once(tmp_path: Path) -> None:
    # QtPdf's PDFium looped until the time limit when the first kid led back up the tree
    # (every --retry cost the full two minutes); pypdfium2's reads the loops it can and
    # fails on the pages of the others, which pypdf then reads.
    loops = {
        kind: str(write_mutant(tmp_path / f"{kind}.pdf", looped_page_tree(kind)))
        for kind in LOOP_KINDS
    }
    # A time limit far above what reading takes on a loaded machine: a loop that ran
    # until the limit (and pypdf after it) would take at least that long.
    limit = 30.0
    config = PoolConfig(workers=2, timeout=limit, memory_bytes=MEMORY, hooks=HOOKS)
    with ExtractPool(config) as long_pool:
        started = time.monotonic()
        results = run(long_pool, list(loops.values()))
        assert time.monotonic() - started < limit
    for kind, path in loops.items():
        result = results[path]
        assert isinstance(result, Extraction), (kind, result)
        assert result.pages == ("Side en", "Side to"), kind


def test_a_page_tree_nested_too_deeply_is_damaged_at_once(
    pool: ExtractPool, tmp_path: Path
) -> None:
    # PDFium hangs on about 2,000 nested nodes; no real file nests more than a few.
    path = str(write_mutant(tmp_path / "deep.pdf", deep_page_tree(2000)))

    result = pool.extract(path)

    assert isinstance(result, Problem), result
    assert (result.kind, english(result.reason)) == (
        "damaged",
        "damaged PDF: the page tree is nested too deeply",
    )


def test_an_absurd_page_count_is_not_believed(tmp_path: Path) -> None:
    for count in (b"1000000000", b"-5", b"99999999999999999999"):
        path = write_mutant(tmp_path / "count.pdf", page_tree_with_count(count))
        started = time.monotonic()
        result = extract_pdf(str(path))
        assert time.monotonic() - started < 30  # not the 120 s time limit, nor a hang
        assert result.pages == ("Side en", "Side to"), count
        # The pypdf path (a name QtPdf cannot open) counts the pages too.
        latin1 = os.fsdecode(bytes(tmp_path) + b"/count-\xe6.pdf")
        write_mutant(latin1, page_tree_with_count(count))
        assert extract_pdf(latin1).pages == ("Side en", "Side to"), count


def test_invalid_utf16_strings_are_decoded_as_utf16_not_as_mojibake(tmp_path: Path) -> None:
    # FE FF, then a lone high surrogate: pypdf falls back to PDFDocEncoding ("þÿØ").
    lone = b"\xfe\xff\xd8\x00\x00\xd8\x00r\x00e"
    path = write_mutant(
        tmp_path / "utf16.pdf",
        with_raw_strings(
            build_pdf(["Tekst"], title=TITLE, author=AUTHOR, outline=[OUTLINE]),
            {TITLE: lone, AUTHOR: b"\xff\xfe\x00\xdcA\x00", OUTLINE: lone + b"\x00!"},
        ),
    )

    result = extract_pdf(str(path))

    assert result.info["Title"] == "\ufffdØre"
    assert result.info["Author"] == "\ufffdA"
    assert result.outline == ("\ufffdØre!",)


def test_a_link_to_a_private_file_is_described_not_quoted(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin\n")
    link = tmp_path / "link.pdf"
    link.symlink_to(secret)

    error = problem_of(link)

    assert (error.kind, english(error.reason)) == ("not-pdf", "not a PDF (looks like a text file)")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"PK\x03\x04\x14\x00rest of a docx", "not a PDF (looks like a ZIP or Office file)"),
        (b"<?xml version='1.0'?><svg/>", "not a PDF (looks like an XML file)"),
        (b"\x00\x01\x02\x03\xfe\xed\xfa\xce" * 8, "not a PDF (unknown binary data)"),
        ("Fakturaen for mars, æøå\n".encode(), "not a PDF (looks like a text file)"),
        (b"\xff\xfe\xfd secret \x80\x81", "not a PDF (unknown binary data)"),
    ],
    ids=["zip", "xml", "binary", "text", "latin1"],
)
def test_a_non_pdf_reason_says_what_it_looks_like(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    error = problem_of(write_fake_pdf(tmp_path / "x.pdf", content))
    assert (error.kind, english(error.reason)) == ("not-pdf", reason)


def test_a_fifo_named_pdf_does_not_hang_the_worker(pool: ExtractPool, tmp_path: Path) -> None:
    # The scan passes FIFOs over, but the Problems view hands paths straight to a worker,
    # which opened the FIFO and waited for a writer until the time limit.
    fifo = tmp_path / "x.pdf"
    os.mkfifo(fifo)
    started = time.monotonic()

    result = pool.extract(str(fifo))

    assert time.monotonic() - started < TIMEOUT
    assert isinstance(result, Problem), result
    assert (result.kind, english(result.reason)) == (
        "unreadable",
        "not a regular file (a named pipe)",
    )
    device = problem_of(Path("/dev/null"))
    assert (device.kind, english(device.reason)) == ("unreadable", "not a regular file (a device)")


def test_megabyte_strings_are_capped_in_the_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = "Å" + "x" * 1_000_000
    path = make_pdf(
        tmp_path / "huge.pdf",
        ["Tekst"],
        title=huge,
        author=huge,
        info={"K" * 4000: "verdi"},  # (pypdf refuses longer names: the whole /Info)
        outline=[huge, "kort"],
        # (pypdf refuses an XMP packet of more than 5 MB: the whole XMP.)
        xmp=xmp_packet(title=huge, creators=[huge] * 2, subjects=["emne"] * 50_000),
    )
    cleaned: list[int] = []
    real_clean = extract.clean_text
    # Each value is cut before it is cleaned (and long before it is pickled and piped).
    monkeypatch.setattr(extract, "clean_text", lambda t: cleaned.append(len(t)) or real_clean(t))

    result = extract_pdf(str(path))

    cap = extract.MAX_INFO_VALUE
    assert result.info["Title"] == result.info["Author"] == huge[:cap]
    assert "K" * extract.MAX_INFO_KEY not in result.info
    assert result.info["K" * (extract.MAX_INFO_KEY - 1)] == "verdi"
    assert result.outline == (huge[:cap], "kort")
    assert result.xmp["dc:title"] == huge[:cap]
    assert len(result.xmp["dc:creator"]) <= cap
    assert len(result.xmp["dc:subject"]) <= cap
    assert max(cleaned) <= 4 * cap


def test_a_dangling_page_reference_still_goes_to_pdfium(tmp_path: Path) -> None:
    # Only what makes PDFium hang (loops, shared or deep nodes) sends a file to pypdf.
    data = looped_page_tree("self-last").replace(
        b"/Kids [5 0 R 7 0 R 2 0 R]", b"/Kids [5 0 R 7 0 R 99 0 R]"
    )
    path = write_mutant(tmp_path / "dangling.pdf", reindex(data))

    result = extract_pdf(str(path))

    assert (result.pages, result.text_engine) == (("Side en", "Side to"), "pdfium")


def test_a_file_pdfium_hangs_on_is_read_by_pypdf_alone(pool: ExtractPool, tmp_path: Path) -> None:
    # One flipped byte in a page's /VP array of the corpus's AutoCad_Simple.pdf (">>]" as
    # ">e]") makes QPdfDocument.load() spin for good, while pypdf reads it at once.
    hangs = str(make_pdf(tmp_path / "PDFIUM-HANGS.pdf", ["Tegning", "Side to"], title="Kart"))
    started = time.monotonic()

    result = pool.extract(hangs)

    assert time.monotonic() - started < 2 * TIMEOUT + 10
    assert isinstance(result, Extraction), result
    assert (result.pages, result.text_engine) == (("Tegning", "Side to"), "pypdf")
    assert result.info["Title"] == "Kart"


def test_a_file_pdfium_hangs_on_and_pypdf_cannot_read_times_out(
    pool: ExtractPool, tmp_path: Path
) -> None:
    hangs = str(write_garbage_pdf(tmp_path / "PDFIUM-HANGS-garbage.pdf"))

    result = pool.extract(hangs)

    assert isinstance(result, Problem), result
    assert (result.kind, english(result.reason)) == ("timeout", "timed out after 3 s")


def test_a_deflate_bomb_that_crashes_pdfium_is_read_by_pypdf_alone(
    pool: ExtractPool, tmp_path: Path
) -> None:
    # 1 GiB of zeros in 1 MB: PDFium aborts (SIGABRT) at the memory cap when it inflates
    # the page or the XMP; pypdf stops at its own limits and keeps the rest.
    bombs = {
        where: str(write_mutant(tmp_path / f"bomb-{where}.pdf", bomb_pdf(where, 1024**3)))
        for where in ("content", "xmp")
    }

    results = run(pool, list(bombs.values()))

    page = results[bombs["content"]]
    assert isinstance(page, Extraction), page
    assert (page.pages, page.text_engine) == (("",), "pypdf")
    xmp = results[bombs["xmp"]]
    assert isinstance(xmp, Extraction), xmp
    assert (xmp.pages, xmp.xmp, xmp.text_engine) == (("Bombe",), {}, "pypdf")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Side 2",
        " \n" * 300 + "x" * 39,
        "x" * 20 + " " * 500 + "y" * 20,
        "a b\u00a0c\u2003d\n" * 30,
        "ord " * 400,
    ],
)
def test_the_characters_of_a_text_layer_are_counted_as_written(text: str) -> None:
    """What decides whether a page is a scan: the characters that are not spaces."""
    written = sum(1 for ch in text if not ch.isspace())
    counted = extract._layer_chars(text)
    if written < extract.MIN_LAYER_CHARS:
        assert counted == written
    else:
        assert counted >= extract.MIN_LAYER_CHARS


def test_pypdf_lets_go_of_the_file_before_pdfium_reads_the_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from pypdf import PdfReader

    monkeypatch.setattr(extract, "RELEASE_BYTES", 0)  # as for a large file
    path = make_pdf(tmp_path / "stor.pdf", ["Tekst"], title="Tittel")
    readers: list[int] = []

    def count_readers() -> None:
        readers.append(sum(isinstance(o, PdfReader) for o in gc.get_objects()))

    result = extract_pdf(str(path), before_pdfium=count_readers)
    assert readers == [0]
    assert result.info == {"Title": "Tittel"} and result.pages == ("Tekst",)


def test_a_long_document_reopened_along_the_way_reads_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_pdf(
        tmp_path / "lang.pdf", [f"Side {n} av sju" for n in range(1, 8)], outline=["Del 1"]
    )
    whole = extract_pdf(str(path))
    monkeypatch.setattr(extract, "REOPEN_PAGES", 3)  # opened again before pages 4 and 7
    assert extract_pdf(str(path)) == whole
    assert whole.pages[6] == "Side 7 av sju" and whole.outline == ("Del 1",)
