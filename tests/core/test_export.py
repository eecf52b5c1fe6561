"""Exports: CSV that Excel reads with Norwegian settings, JSON, and a catalog another
vtviewer indexes to the same metadata; a search's results in full; clear failures."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.core.pdf_factory import make_pdf
from vtviewer.core import exporter
from vtviewer.core.archive import Archive
from vtviewer.core.edits import Edit
from vtviewer.core.export import CSV_COLUMNS, catalog_data, document_data
from vtviewer.core.exporter import (
    ExportError,
    Selection,
    export_bytes,
    selected_documents,
    write_export,
)
from vtviewer.core.messages import english
from vtviewer.core.model import Contact, Document, Metadata
from vtviewer.core.pool import PoolConfig
from vtviewer.core.sidecar import CATALOG_NAME, SIDECAR_SUFFIX
from vtviewer.paths import DataPaths


def _doc(path: str = "/arkiv/plan.pdf", **meta: Any) -> Document:
    values: dict[str, Any] = {
        "title": "Kommuneplan for Vestre Toten",
        "doc_type": "plan",
        "period_from": 2013,
        "period_to": 2015,
        "published": "2013-02-20",
        "organisation": "Vestre Toten kommune",
        "authors": ("Kari Nordmann", "Ola Nordmann"),
        "language": "nb",
        "tags": ("næring", "omstilling"),
        **meta,
    }
    return Document(
        id=1,
        path=path,
        size=123456,
        mtime=0.0,
        hash="abc",
        page_count=12,
        encrypted=False,
        meta=Metadata(**values),
    )


def _rows(data: bytes, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


def test_csv_is_utf8_with_a_bom_and_semicolons_by_default() -> None:
    data = export_bytes([_doc()], "csv")
    assert data.startswith(b"\xef\xbb\xbfpath;title;type;")
    header, line = data.decode("utf-8-sig").splitlines()[:2]
    assert header.split(";") == list(CSV_COLUMNS)
    (row,) = _rows(data, ";")
    assert row["title"] == "Kommuneplan for Vestre Toten"
    assert row["authors"] == "Kari Nordmann; Ola Nordmann"
    assert row["tags"] == "næring; omstilling"
    # Dates ISO, numbers as bare digits (no thousands separator for Excel to misread).
    assert row["published"] == "2013-02-20"
    assert row["period"] == "2013 - 2015"
    assert row["pages"] == "12" and row["size"] == "123456"
    assert ";12;123456;" in line


def test_csv_with_commas_on_request() -> None:
    data = export_bytes([_doc(title="Plan, del 1")], "csv", delimiter=",")
    assert data.startswith(b"\xef\xbb\xbfpath,title,type,")
    (row,) = _rows(data, ",")
    assert row["organisation"] == "Vestre Toten kommune"
    # A value holding the delimiter is quoted, not split.
    assert '/arkiv/plan.pdf,"Plan, del 1",plan,' in data.decode("utf-8-sig")
    assert row["title"] == "Plan, del 1" and row["tags"] == "næring; omstilling"


def test_norwegian_letters_and_odd_text_come_back_through_the_csv_module() -> None:
    doc = _doc(
        "/arkiv/Områdeanalyse æøå.pdf",
        title='Æser, øyer; «åpne» "sitater"',
        summary="Første linje\nandre linje; med semikolon",
        organisation="Bjørnøya Ålesund AS",
    )
    (row,) = _rows(export_bytes([doc], "csv"), ";")
    assert row["path"] == "/arkiv/Områdeanalyse æøå.pdf"
    assert row["title"] == 'Æser, øyer; «åpne» "sitater"'
    assert row["summary"] == "Første linje\nandre linje; med semikolon"
    assert row["organisation"] == "Bjørnøya Ålesund AS"


def test_a_cell_that_would_start_a_formula_gets_an_apostrophe() -> None:
    doc = _doc(
        title='=HYPERLINK("http://x","klikk")',
        organisation="+47 kommune",
        summary="-1 og mer",
        tags=("@SUM(A1)", "vanlig"),
        contacts=(Contact(name="=cmd", phone="+4797681861"),),
    )
    (row,) = _rows(export_bytes([doc], "csv"), ";")
    assert row["title"] == '\'=HYPERLINK("http://x","klikk")'
    assert row["organisation"] == "'+47 kommune"
    assert row["summary"] == "'-1 og mer"
    assert row["tags"] == "'@SUM(A1); vanlig"
    assert row["contact_1_name"] == "'=cmd"
    assert row["contact_1_phone"] == "'+4797681861"
    # Ordinary text and the numbers are left as they are.
    assert row["type"] == "plan" and row["pages"] == "12"


def test_contacts_have_columns_of_their_own_and_none_is_lost() -> None:
    people = tuple(
        Contact(
            name=f"Person {n}",
            role="leder" if n == 1 else "",
            organisation="Vestre Toten kommune",
            phone=f"9768186{n}",
            email=f"person{n}@vestre-toten.kommune.no",
        )
        for n in range(1, 6)
    )
    (row,) = _rows(export_bytes([_doc(contacts=people)], "csv"), ";")
    assert row["contact_1_name"] == "Person 1"
    assert row["contact_1_role"] == "leder"
    assert row["contact_1_phone"] == "97681861"
    assert row["contact_1_email"] == "person1@vestre-toten.kommune.no"
    assert row["contact_3_name"] == "Person 3" and row["contact_2_role"] == ""
    assert row["more_contacts"] == (
        "Person 4, Vestre Toten kommune, 97681864, person4@vestre-toten.kommune.no | "
        "Person 5, Vestre Toten kommune, 97681865, person5@vestre-toten.kommune.no"
    )
    (empty,) = _rows(export_bytes([_doc()], "csv"), ";")
    assert empty["contact_1_name"] == "" and empty["more_contacts"] == ""


def test_json_is_every_document_with_its_metadata() -> None:
    docs = [_doc(), _doc("/arkiv/rapport.pdf", title="Årsrapport 2016", doc_type="report")]
    data = json.loads(export_bytes(docs, "json").decode("utf-8"))
    assert data == [document_data(d) for d in docs]
    assert data[1]["title"] == "Årsrapport 2016" and data[0]["tags"] == ["næring", "omstilling"]


# --- through a real index ------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "arkiv"
    (folder / "2016").mkdir(parents=True)
    make_pdf(
        folder / "omstillingsplan.pdf",
        ["Omstillingsplan 2013 - 2015", "Kontaktperson: Bjørn Iversen, tlf 976 81 861"],
        keywords="plan, omstilling",
    )
    make_pdf(folder / "vedlegg.pdf", ["Vedlegg: analysedel", "Tall og tabeller"])
    make_pdf(folder / "2016" / "årsrapport.pdf", ["Årsrapport 2016", "Innhold om skole"])
    make_pdf(folder / "notat.pdf", ["Notat om næring", "Side to"], keywords="næring")
    catalog = {
        "vtviewer": 1,
        "language": "nb",
        "entries": [
            {
                "files": ["omstillingsplan.pdf", "vedlegg.pdf"],
                "type": "plan",
                "summary": "Strategiplan for omstilling",
                "organisation": "Vestre Toten kommune",
                "contacts": [{"name": "Bjørn Iversen", "phone": "97681861"}],
            }
        ],
    }
    (folder / CATALOG_NAME).write_text(json.dumps(catalog), encoding="utf-8")
    return folder


def _archive(data: Path, folder: Path) -> Archive:
    archive = Archive.open(DataPaths(data), PoolConfig(workers=1))
    archive.add_root(str(folder))
    archive.index()
    return archive


@pytest.fixture
def archive(tmp_path: Path, folder: Path) -> Iterator[Archive]:
    archive = _archive(tmp_path / "data", folder)
    yield archive
    archive.close()


def _by_name(archive: Archive, root: Path) -> dict[str, dict[str, Any]]:
    """Every document's metadata, its paths relative to ``root``, without what differs
    between copies (id, mtime, where each value came from)."""
    found: dict[str, dict[str, Any]] = {}
    for doc in archive.documents("path"):
        data = document_data(doc)
        for key in ("id", "mtime", "sources", "path"):
            data.pop(key)
        data["attachments"] = [os.path.relpath(p, root) for p in data["attachments"]]
        found[os.path.relpath(doc.path, root)] = data
    return found


def test_a_catalog_indexed_with_a_copy_of_the_folder_gives_the_same_metadata(
    archive: Archive, folder: Path, tmp_path: Path
) -> None:
    notat = archive.document_by_path(str(folder / "notat.pdf"))
    assert notat is not None
    # Edits (in sidecars) and an emptied list (which hides the PDF's keywords).
    (result,) = archive.edit(
        [Edit(notat.id, {"title": "Notat om næring i Raufoss", "tags": (), "period": (2016, None)})]
    )
    assert result.written
    before = _by_name(archive, folder)
    assert before["notat.pdf"]["tags"] == [] and before["vedlegg.pdf"]["attachments"] == [
        "omstillingsplan.pdf"
    ]

    target = folder / CATALOG_NAME
    count = write_export(str(target), archive.documents("path"), "catalog")
    assert count == 4
    written = json.loads(target.read_text(encoding="utf-8"))
    names = [entry["files"] for entry in written["entries"]]
    assert ["omstillingsplan.pdf", "vedlegg.pdf"] in names and ["2016/årsrapport.pdf"] in names

    # The copy has the PDFs and the catalog alone: no sidecar carries the edits there.
    copy = tmp_path / "kopi"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(f"*{SIDECAR_SUFFIX}"))
    assert not list(copy.rglob(f"*{SIDECAR_SUFFIX}"))
    other = _archive(tmp_path / "data2", copy)
    try:
        assert other.problems() == []
        assert _by_name(other, copy) == before
    finally:
        other.close()


def test_a_catalog_cannot_list_documents_outside_its_folder(archive: Archive, folder: Path) -> None:
    target = folder / "2016" / CATALOG_NAME
    with pytest.raises(ExportError) as caught:
        write_export(str(target), archive.documents("path"), "catalog")
    assert caught.value.message.code == "export-not-in-catalog"
    assert "3 documents" in english(caught.value.message)
    assert not target.exists()
    # Those that are in it can be.
    inside = [d for d in archive.documents("path") if "2016" in d.path]
    assert write_export(str(target), inside, "catalog") == 1


def test_a_catalog_too_large_to_be_read_is_not_written(
    archive: Archive, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporter, "MAX_CATALOG_BYTES", 500)
    target = folder / "ut.json"
    with pytest.raises(ExportError) as caught:
        write_export(str(target), archive.documents("path"), "catalog")
    assert caught.value.message.code == "export-catalog-too-large"
    assert not target.exists()


def test_the_results_of_a_search_are_exported_in_full_not_a_page(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pages of one document each: every result must still come, once.
    monkeypatch.setattr(exporter, "MAX_LIMIT", 1)
    everything = selected_documents(archive, None)
    assert len(everything) == 4
    found = selected_documents(archive, Selection("plan OR vedlegg OR notat"))
    assert sorted(Path(d.path).name for d in found) == [
        "notat.pdf",
        "omstillingsplan.pdf",
        "vedlegg.pdf",
    ]
    filtered = selected_documents(archive, Selection("", {"type": ["report"]}, "title"))
    assert [Path(d.path).name for d in filtered] == ["årsrapport.pdf"]


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (errno.ENOSPC, "export-no-space"),
        (errno.EACCES, "export-permission"),
        (errno.EROFS, "export-permission"),
        (errno.EIO, "export-failed"),
    ],
)
def test_a_file_that_cannot_be_written_is_an_error_and_the_old_one_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int, code: str
) -> None:
    target = tmp_path / "eksport.csv"
    target.write_text("gammel", encoding="utf-8")

    def fsync(fd: int) -> None:
        # As a full disk does: the data is found not to fit when it is flushed.
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(ExportError) as caught:
        write_export(str(target), [_doc()], "csv")
    assert caught.value.message.code == code
    assert str(target) in english(caught.value.message)
    assert target.read_text(encoding="utf-8") == "gammel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["eksport.csv"]


def test_a_folder_that_is_not_there_is_said_as_such(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        write_export(str(tmp_path / "mangler" / "ut.json"), [_doc()], "json")
    assert caught.value.message.code == "export-failed"
    assert "No such file or directory" in english(caught.value.message)


def test_a_file_there_already_is_kept_unless_overwriting_is_asked_for(tmp_path: Path) -> None:
    target = tmp_path / "eksport.json"
    target.write_text("gammel", encoding="utf-8")
    with pytest.raises(ExportError) as caught:
        write_export(str(target), [_doc()], "json", overwrite=False)
    assert caught.value.message.code == "export-exists"
    assert target.read_text(encoding="utf-8") == "gammel"
    assert write_export(str(target), [_doc()], "json") == 1
    assert json.loads(target.read_text(encoding="utf-8"))[0]["title"] == (
        "Kommuneplan for Vestre Toten"
    )


def test_a_catalog_lists_names_that_are_text_and_leaves_out_the_rest() -> None:
    latin1 = os.fsdecode(b"/arkiv/sub/Omr\xe5deanalyse.pdf")
    docs = [_doc("/arkiv/sub/plan.pdf"), _doc(latin1), _doc("/annet/notat.pdf")]
    data, left_out = catalog_data(docs, "/arkiv")
    assert [entry["files"] for entry in data["entries"]] == [["sub/plan.pdf"]]
    assert [d.path for d in left_out] == [latin1, "/annet/notat.pdf"]
    with pytest.raises(ExportError) as caught:
        export_bytes(docs, "catalog", folder="/arkiv")
    assert english(caught.value.message).startswith("2 documents cannot be listed")
    # The message is valid text: the undecodable byte is read as the letter it was.
    assert "Områdeanalyse.pdf" in english(caught.value.message)
