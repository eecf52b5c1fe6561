"""Small text PDFs written by hand (no Qt), fast enough to make hundreds; one encrypted by pypdf."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_bytes(pages: Sequence[str], title: str = "") -> bytes:
    """A valid PDF with one line of Helvetica text per page (cp1252: æ, ø, å work)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3
    first_page = 4
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for i, text in enumerate(pages):
        content_id = first_page + 2 * i + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>".encode()
        )
        stream = b"BT /F1 14 Tf 60 760 Td (" + _escape(text) + b") Tj ET"
        objects.append(
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
        )
    info_id = len(objects) + 1
    objects.append(b"<< /Title (" + _escape(title) + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info_id} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def write_pdf(path: Path, pages: Sequence[str], title: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes(pages, title))
    return path


def make_archive(folder: Path) -> list[Path]:
    """Three documents; "bjørnebær" is on page 3 of the plan only."""
    return [
        write_pdf(
            folder / "kommuneplan-2020.pdf",
            [
                "Kommuneplan for Eksempel kommune 2020 - 2032",
                "Innledning og mål for planarbeidet",
                "Bjørnebær og blåbær i skogen ved Bjørn sitt hus",
                "Oppfølging av planene",
            ],
            "Kommuneplan 2020",
        ),
        write_pdf(
            folder / "rapport-vann.pdf",
            ["Rapport om vannforsyning", "Vannverket og ledningsnett"],
            "Rapport om vann",
        ),
        write_pdf(
            folder / "analyse.pdf",
            ["Analyse av befolkning", "Befolkningsvekst i kommunen"],
            "Befolkningsanalyse",
        ),
    ]


def write_encrypted(path: Path, password: str) -> None:
    """A one-page PDF that opens only with ``password``."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(["Hemmelig innhold"], "Lukket"))))
    writer.encrypt(password)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer.write(handle)
