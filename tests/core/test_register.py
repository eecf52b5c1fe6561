"""Registers: CSV (either delimiter, any of the usual encodings), JSON and Excel read; columns
mapped from Norwegian and English headers; rows matched by path, name or hash; a plan
that writes nothing; an import that writes sidecars through Archive.edit."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.pdf_factory import make_pdf
from vtviewer.core import jsonfile
from vtviewer.core.archive import Archive
from vtviewer.core.messages import english
from vtviewer.core.model import Contact
from vtviewer.core.pool import PoolConfig
from vtviewer.core.register import (
    IGNORED,
    Register,
    RegisterError,
    Row,
    auto_mapping,
    field_for_header,
    import_plan,
    plan_for,
    read_register,
    results_count,
)
from vtviewer.core.sidecar import sidecar_path
from vtviewer.paths import DataPaths

HEADER_NB = "Fil;Tittel;Type;År;Dato;Organisasjon;Kontaktperson;Rolle;Tlf;E-post;Emneord"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "arkiv"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    make_pdf(folder / "plan.pdf", ["Kommuneplan for Vestre Toten", "Side to om næring"])
    make_pdf(folder / "rapport.pdf", ["Årsrapport 2016", "Innhold om skole"])
    make_pdf(folder / "a" / "vedlegg.pdf", ["Vedlegg A", "Tall"])
    make_pdf(folder / "b" / "vedlegg.pdf", ["Vedlegg B", "Andre tall"])
    return folder


@pytest.fixture
def archive(tmp_path: Path, folder: Path) -> Iterator[Archive]:
    with Archive.open(DataPaths(tmp_path / "data"), PoolConfig(workers=1)) as archive:
        archive.add_root(str(folder))
        archive.index()
        yield archive


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# --- reading ------------------------------------------------------------------------


def test_csv_with_semicolons_and_a_bom(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "register.csv",
        "\ufeffFil;Tittel;Emneord\nplan.pdf;Kommuneplan, del 1;næring, skole\n"
        "\n;;\nrapport.pdf;Årsrapport;\n",
    )
    register = read_register(path)
    assert register.format == "csv"
    assert register.columns == ("Fil", "Tittel", "Emneord")
    assert register.rows == (
        Row(2, ("plan.pdf", "Kommuneplan, del 1", "næring, skole")),
        Row(5, ("rapport.pdf", "Årsrapport", "")),
    )


def test_csv_with_commas_quoted_cells_and_cp1252(tmp_path: Path) -> None:
    text = 'File,Title,Organisation\r\nplan.pdf,"Plan for Ørsta; Åsnes, Ærø",Vestre Toten\r\n'
    register = read_register(_write(tmp_path / "register.csv", text, "cp1252"))
    assert register.columns == ("File", "Title", "Organisation")
    assert register.rows[0].cells == ("plan.pdf", "Plan for Ørsta; Åsnes, Ærø", "Vestre Toten")


def test_tab_separated_utf16_as_excel_saves_unicode_text(tmp_path: Path) -> None:
    text = "Fil\tTittel\r\nplan.pdf\tPlan for Ørsta\r\n"
    register = read_register(_write(tmp_path / "register.txt", text, "utf-16"))
    assert register.columns == ("Fil", "Tittel")
    assert register.rows == (Row(2, ("plan.pdf", "Plan for Ørsta")),)


def test_json_as_a_list_or_under_documents(tmp_path: Path) -> None:
    entries = [
        {"fil": "plan.pdf", "år": 2013, "emneord": ["næring", "skole"]},
        "not an object",
        {"fil": "rapport.pdf", "kontakt": {"name": "Kari Nordmann", "phone": "976 81 861"}},
    ]
    for data in (entries, {"documents": entries}):
        path = tmp_path / "register.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        register = read_register(path)
        assert register.columns == ("fil", "år", "emneord", "kontakt")
        assert register.rows == (
            Row(1, ("plan.pdf", "2013", "næring; skole", "")),
            Row(3, ("rapport.pdf", "", "", "name=Kari Nordmann,phone=976 81 861")),
        )
        assert [(i.row, i.message.code) for i in register.bad] == [(2, "register-not-object")]


def test_xlsx_made_by_openpyxl(tmp_path: Path) -> None:
    import datetime

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Filnavn", "Tittel", "Publisert", "År"])
    sheet.append(["plan.pdf", "Kommuneplan æøå", datetime.datetime(2016, 6, 1), 2013])
    sheet.append([None, None, None, None])
    sheet.append(["rapport.pdf", "Årsrapport", "01.06.2017", 2016.0])
    path = tmp_path / "register.xlsx"
    workbook.save(path)
    register = read_register(path)
    assert register.format == "xlsx"
    assert register.columns == ("Filnavn", "Tittel", "Publisert", "År")
    assert register.rows == (
        Row(2, ("plan.pdf", "Kommuneplan æøå", "2016-06-01", "2013")),
        Row(4, ("rapport.pdf", "Årsrapport", "01.06.2017", "2016")),
    )


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("register.ods", b"x", "register-unknown-format"),
        ("register.csv", b"", "register-empty"),
        ("register.csv", b"Fil;Tittel\n", "register-empty"),
        ("register.json", b"[{", "register-bad-json"),
        ("register.json", b'{"rows": []}', "register-json-shape"),
        ("register.json", b"[" * 100_000, "register-bad-json"),
        ("register.xlsx", b"PK\x05\x06" + b"\x00" * 18, "register-bad-xlsx"),
        ("register.xlsx", b"PK\x03\x04 not really a zip", "register-bad-xlsx"),
        ("register.csv", b"Fil\n\x81\x8d\x8f\x90\x9d\n", "register-not-text"),
    ],
)
def test_a_register_that_cannot_be_read_says_why(
    tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RegisterError) as caught:
        read_register(path)
    assert caught.value.message.code == code
    assert str(caught.value) == english(caught.value.message)


def test_a_missing_register_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(RegisterError) as caught:
        read_register(tmp_path / "gone.csv")
    assert caught.value.message.code == "register-unreadable"


# --- mapping ------------------------------------------------------------------------


def test_headers_map_in_norwegian_and_english_whatever_the_case_and_accents() -> None:
    assert auto_mapping(HEADER_NB.split(";")) == (
        "file",
        "title",
        "type",
        "period",
        "published",
        "organisation",
        "contact",
        "contact-role",
        "contact-phone",
        "contact-email",
        "tags",
    )
    english_headers = [
        *("Path", "TITLE", "Document type", "Year", "Published", "Org", "Contact", "Role"),
        *("Phone", "Email", "Keywords", "Description", "Author", "Language", "SHA256", "Notes"),
    ]
    assert auto_mapping(english_headers) == (
        "file",
        "title",
        "type",
        "period",
        "published",
        "organisation",
        "contact",
        "contact-role",
        "contact-phone",
        "contact-email",
        "tags",
        "summary",
        "authors",
        "language",
        "sha256",
        IGNORED,
    )
    for header, name in [
        ("ÅR", "period"),
        ("aar", "period"),
        ("Sprak", "language"),
        ("språk", "language"),
        ("Epost", "contact-email"),
        ("e_post", "contact-email"),
        (" Stikkord ", "tags"),
        ("Sammendrag", "summary"),
        ("Beskrivelse", "summary"),
        ("Forfatter", "authors"),
        ("Periode", "period"),
        ("Sti", "file"),
        ("Dokumenttype", "type"),
        ("Telefon", "contact-phone"),
        ("Kontakt", "contact"),
    ]:
        assert field_for_header(header) == name, header
    # A field named twice goes to the first column only.
    assert auto_mapping(["Fil", "Sti", "Tittel"]) == ("file", IGNORED, "title")


# --- matching and planning ----------------------------------------------------------


def _register(folder: Path, columns: str, *rows: str) -> Register:
    return Register(
        str(folder / "register.csv"),
        "csv",
        tuple(columns.split(";")),
        tuple(Row(n, tuple(r.split(";"))) for n, r in enumerate(rows, start=2)),
    )


def test_rows_match_by_path_name_and_hash(archive: Archive, folder: Path) -> None:
    digest = hashlib.sha256((folder / "b" / "vedlegg.pdf").read_bytes()).hexdigest()
    register = _register(
        folder,
        "Fil;SHA256;Tittel",
        f"{folder / 'plan.pdf'};;Plan (absolute)",
        "a/vedlegg.pdf;;Vedlegg A (relative to the root)",
        "RAPPORT.PDF;;Rapport (by name)",
        f";{digest.upper()};Vedlegg B (by hash)",
        "rapport;;Rapport again",
        "vedlegg.pdf;;Which one?",
        "finnes-ikke.pdf;;Nobody",
        ";;No key at all",
    )
    plan = plan_for(archive, register, auto_mapping(register.columns))
    found = [(r.row, r.status, r.by, Path(r.path).name if r.path else "") for r in plan.rows]
    assert found == [
        (2, "matched", "path", "plan.pdf"),
        (3, "matched", "path", "vedlegg.pdf"),
        (4, "matched", "name", "rapport.pdf"),
        (5, "matched", "hash", "vedlegg.pdf"),
        (6, "duplicate", "name", "rapport.pdf"),
        (7, "ambiguous", "", ""),
        (8, "unmatched", "", ""),
        (9, "unmatched", "", ""),
    ]
    assert plan.rows[1].path == str(folder / "a" / "vedlegg.pdf")
    assert plan.rows[3].path == str(folder / "b" / "vedlegg.pdf")
    ambiguous = plan.rows[5]
    assert ambiguous.candidates == (
        str(folder / "a" / "vedlegg.pdf"),
        str(folder / "b" / "vedlegg.pdf"),
    )
    assert english(ambiguous.reason) == "vedlegg.pdf matches 2 documents"  # type: ignore[arg-type]
    assert plan.rows[4].reason.args == (4,)  # type: ignore[union-attr]
    assert english(plan.rows[6].reason) == (  # type: ignore[arg-type]
        "no document in the archive matches finnes-ikke.pdf"
    )
    assert plan.rows[7].reason.code == "register-no-key"  # type: ignore[union-attr]
    assert len(plan.edits()) == 4


def test_a_name_shared_by_two_files_is_told_apart_by_the_hash(
    archive: Archive, folder: Path
) -> None:
    digest = hashlib.sha256((folder / "a" / "vedlegg.pdf").read_bytes()).hexdigest()
    register = _register(folder, "Filnavn;Sjekksum;Tittel", f"vedlegg.pdf;{digest};A")
    (row,) = plan_for(archive, register, auto_mapping(register.columns)).rows
    assert (row.status, row.path) == ("matched", str(folder / "a" / "vedlegg.pdf"))


def test_values_parse_and_contact_columns_make_one_contact(archive: Archive, folder: Path) -> None:
    register = _register(
        folder,
        HEADER_NB,
        "plan.pdf;Kommuneplan 2013;handlingsplan;2013-2015;01.06.2016;Vestre Toten kommune;"
        "Bjørn Iversen;leder, næring;+47 976 81 861;Bjorn@Example.no;næring, skole",
    )
    (row,) = plan_for(archive, register, auto_mapping(register.columns)).rows
    assert row.status == "matched" and not row.issues
    values = {c.field: c.value for c in row.changes}
    assert values == {
        "title": "Kommuneplan 2013",
        "type": "action plan",
        "period": (2013, 2015),
        "published": "2016-06-01",
        "organisation": "Vestre Toten kommune",
        "tags": ("næring", "skole"),
        "contacts": (
            Contact(
                name="Bjørn Iversen",
                role="leder, næring",
                phone="97681861",
                email="bjorn@example.no",
            ),
        ),
    }
    period = next(c for c in row.changes if c.field == "period")
    assert period.new == "2013-2015"


def test_a_bad_value_is_reported_with_row_and_column_and_the_rest_goes_on(
    archive: Archive, folder: Path
) -> None:
    register = _register(
        folder,
        "Fil;Dato;Type;Tittel",
        "plan.pdf;32.13.2016;dikt;Kommuneplan",
        "rapport.pdf;2017-01-05;analyse;Årsrapport",
        "ukjent.pdf;2017;;Ingen",
    )
    plan = plan_for(archive, register, auto_mapping(register.columns))
    issues = [(i.row, i.column, i.message.args[0]) for i in plan.issues]
    # Also the row that matched nothing has its bad value said.
    assert issues == [(2, "Dato", "published"), (2, "Type", "doc_type"), (4, "Dato", "published")]
    first, second, third = plan.rows
    assert third.status == "unmatched"
    assert [c.field for c in first.changes] == ["title"]
    assert {c.field for c in second.changes} == {"title", "type", "published"}
    assert len(plan.edits()) == 2


def test_the_user_changes_the_mapping(archive: Archive, folder: Path) -> None:
    register = _register(folder, "Dokument;Navn på plan", "plan.pdf;Ny tittel")
    assert auto_mapping(register.columns) == (IGNORED, IGNORED)
    plan = plan_for(archive, register, auto_mapping(register.columns))
    assert not plan.has_key and plan.rows[0].status == "unmatched"
    plan = plan_for(archive, register, ("file", "title"))
    assert [c.new for c in plan.rows[0].changes] == ["Ny tittel"]


def test_a_plan_writes_nothing_and_an_import_writes_the_sidecars(
    archive: Archive, folder: Path, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "register.csv",
        "Fil;Tittel;Emneord\nplan.pdf;Kommuneplan for Vestre Toten 2013;næring\n"
        "rapport.pdf;;\nukjent.pdf;Ingen;\n",
        "cp1252",
    )
    register = read_register(path)
    plan = plan_for(archive, register, auto_mapping(register.columns))
    assert not sidecar_path(folder / "plan.pdf").exists()
    assert [r.status for r in plan.rows] == ["matched", "matched", "unmatched"]
    assert plan.rows[1].changes == ()  # empty cells set nothing
    results = import_plan(archive, plan)
    assert [(Path(r.path).name, r.where) for r in results] == [("plan.pdf", "sidecar")]
    assert results_count(results) == {"sidecar": 1, "overlay": 0, "conflict": 0, "failed": 0}
    data = json.loads(sidecar_path(folder / "plan.pdf").read_text(encoding="utf-8"))
    assert data["title"] == "Kommuneplan for Vestre Toten 2013"
    assert data["tags"] == ["næring"]
    assert data["edited"] == ["title", "tags"]
    assert not sidecar_path(folder / "rapport.pdf").exists()
    doc = archive.document_by_path(str(folder / "plan.pdf"))
    assert doc is not None and doc.meta.sources["title"] == "edited"
    # The same register again changes nothing more.
    assert plan_for(archive, register, auto_mapping(register.columns)).edits() == []


def test_a_sidecar_changed_after_the_plan_is_a_conflict_not_overwritten(
    archive: Archive, folder: Path
) -> None:
    register = _register(folder, "Fil;Tittel", "plan.pdf;Fra registeret")
    plan = plan_for(archive, register, auto_mapping(register.columns))
    sidecar = sidecar_path(folder / "plan.pdf")
    sidecar.write_text('{"vtviewer": 1, "title": "Fra en kollega"}', encoding="utf-8")
    (result,) = import_plan(archive, plan)
    assert result.where == "conflict"
    assert json.loads(sidecar.read_text(encoding="utf-8"))["title"] == "Fra en kollega"


def test_a_folder_that_cannot_be_written_keeps_the_import_in_the_overlay(
    archive: Archive, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = jsonfile.write_json

    def write_json(path: Path, data: object, *, ensure_ascii: bool = False) -> None:
        if Path(path).parent == folder:  # read-only media, as the editor meets it
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        real(path, data, ensure_ascii=ensure_ascii)

    monkeypatch.setattr("vtviewer.core.edits.write_json", write_json)
    register = _register(folder, "Fil;Tittel", "plan.pdf;Fra registeret", "a/vedlegg.pdf;A")
    results = import_plan(archive, plan_for(archive, register, auto_mapping(register.columns)))
    assert [r.where for r in results] == ["overlay", "sidecar"]
    assert results_count(results) == {"sidecar": 1, "overlay": 1, "conflict": 0, "failed": 0}
    assert not sidecar_path(folder / "plan.pdf").exists()
    doc = archive.document_by_path(str(folder / "plan.pdf"))
    assert doc is not None and doc.meta.title == "Fra registeret" and doc.meta.overlay
