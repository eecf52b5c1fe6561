"""Edits: written to the sidecar atomically, or to the overlay; never over a change made
meanwhile; the index sees them at once; undo puts back what was there."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.pdf_factory import make_pdf
from vtviewer.core import jsonfile
from vtviewer.core.archive import Archive
from vtviewer.core.edits import (
    REVERT,
    Edit,
    EditError,
    parse_contact,
    parse_value,
    tags_changed,
)
from vtviewer.core.messages import english
from vtviewer.core.model import Contact
from vtviewer.core.pool import PoolConfig
from vtviewer.core.sidecar import CATALOG_NAME, load_sidecar, sidecar_path
from vtviewer.paths import DataPaths


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    make_pdf(folder / "plan.pdf", ["Kommuneplan for Vestre Toten", "Side to om næring"])
    make_pdf(folder / "rapport.pdf", ["Årsrapport 2016", "Innhold om skole"])
    return folder


@pytest.fixture
def archive(tmp_path: Path, folder: Path) -> Iterator[Archive]:
    with Archive.open(DataPaths(tmp_path / "data"), PoolConfig(workers=1)) as archive:
        archive.add_root(str(folder))
        archive.index()
        yield archive


def _doc_id(archive: Archive, path: Path) -> int:
    doc = archive.document_by_path(str(path))
    assert doc is not None
    return doc.id


def _refuse_writes_in(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``folder`` behave as read-only media (the tests may run as root, for whom
    permissions do not stop a write)."""
    real = jsonfile.write_json

    def write_json(path: Path, data: object, *, ensure_ascii: bool = False) -> None:
        if Path(path).parent == folder:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        real(path, data, ensure_ascii=ensure_ascii)

    monkeypatch.setattr("vtviewer.core.edits.write_json", write_json)


def test_an_edit_goes_to_the_sidecar_and_the_search_sees_it_at_once(
    archive: Archive, folder: Path
) -> None:
    pdf = folder / "plan.pdf"
    sidecar = sidecar_path(pdf)
    # A sidecar a person wrote, with a key vtviewer does not know.
    sidecar.write_text(
        json.dumps({"vtviewer": 1, "_comment": "fra arkivet", "organisation": "Vestre Toten"}),
        encoding="utf-8",
    )
    archive.index()
    doc_id = _doc_id(archive, pdf)
    (result,) = archive.edit(
        [Edit(doc_id, {"title": "Kommuneplanens arealdel", "doc_type": "plan", "tags": ("areal",)})]
    )
    assert result.where == "sidecar" and result.message is None
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    assert list(data)[:3] == ["vtviewer", "_comment", "organisation"]  # kept, in order
    assert data["title"] == "Kommuneplanens arealdel"
    assert data["edited"] == ["title", "type", "tags"]
    doc = archive.document(doc_id)
    assert doc is not None
    assert doc.meta.title == "Kommuneplanens arealdel"
    assert doc.meta.sources["title"] == "edited"
    assert doc.meta.sources["organisation"] == "sidecar"  # the person's, not an edit
    hits = archive.search("arealdel").hits
    assert [h.document.id for h in hits] == [doc_id]
    # No temporary file is left next to the PDF.
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []


def test_undo_puts_back_what_the_sidecar_said(archive: Archive, folder: Path) -> None:
    pdf = folder / "plan.pdf"
    sidecar = sidecar_path(pdf)
    sidecar.write_text('{"vtviewer": 1, "title": "Planen", "period": "2013-2015"}\n', "utf-8")
    archive.index()
    doc_id = _doc_id(archive, pdf)
    before = sidecar.read_text(encoding="utf-8")
    (result,) = archive.edit([Edit(doc_id, {"title": "Ny", "summary": "Kort"})])
    assert result.undo is not None
    (undone,) = archive.edit([result.undo])
    assert undone.written
    assert json.loads(sidecar.read_text(encoding="utf-8")) == json.loads(before)
    doc = archive.document(doc_id)
    assert doc is not None and doc.meta.title == "Planen"
    assert doc.meta.sources["title"] == "sidecar"


def test_revert_shows_the_files_own_value_again(archive: Archive, folder: Path) -> None:
    doc_id = _doc_id(archive, folder / "rapport.pdf")
    doc = archive.document(doc_id)
    assert doc is not None
    own = doc.meta.title
    archive.edit([Edit(doc_id, {"title": "Feil tittel"})])
    archive.edit([Edit(doc_id, {"title": REVERT})])
    doc = archive.document(doc_id)
    assert doc is not None and doc.meta.title == own
    assert doc.meta.sources["title"] != "edited"
    data = json.loads(sidecar_path(folder / "rapport.pdf").read_text(encoding="utf-8"))
    assert "title" not in data and "edited" not in data


def test_a_sidecar_changed_meanwhile_is_not_written_over(archive: Archive, folder: Path) -> None:
    pdf = folder / "plan.pdf"
    doc_id = _doc_id(archive, pdf)
    base = archive.sidecar_state(doc_id)
    # Another program writes a sidecar after the editor read the document.
    theirs = '{"vtviewer": 1, "title": "Deres tittel"}\n'
    sidecar_path(pdf).write_text(theirs, encoding="utf-8")
    (result,) = archive.edit([Edit(doc_id, {"title": "Min tittel"}, base=base)])
    assert result.where == "conflict" and result.message is not None
    assert "changed by someone else" in english(result.message)
    assert sidecar_path(pdf).read_text(encoding="utf-8") == theirs
    # Asked, the user chooses to write: their other keys stay, the title is the user's.
    (result,) = archive.edit([Edit(doc_id, {"title": "Min tittel"}, base=base)], overwrite=True)
    assert result.where == "sidecar"
    assert json.loads(sidecar_path(pdf).read_text(encoding="utf-8"))["title"] == "Min tittel"
    # With the state read again, no conflict.
    again = Edit(doc_id, {"summary": "Kort"}, base=archive.sidecar_state(doc_id))
    assert archive.edit([again])[0].where == "sidecar"


def test_a_sidecar_that_cannot_be_read_is_left_alone(archive: Archive, folder: Path) -> None:
    pdf = folder / "plan.pdf"
    broken = '{"vtviewer": 1, "title": "halv'
    sidecar_path(pdf).write_text(broken, encoding="utf-8")
    (result,) = archive.edit([Edit(_doc_id(archive, pdf), {"title": "Ny"})])
    assert result.where == "failed" and result.message is not None
    assert "cannot be read" in english(result.message)
    assert sidecar_path(pdf).read_text(encoding="utf-8") == broken


def test_a_value_of_the_wrong_type_is_refused_before_anything_is_written(
    archive: Archive, folder: Path
) -> None:
    pdf = folder / "plan.pdf"
    (result,) = archive.edit([Edit(_doc_id(archive, pdf), {"period": "snart"})])
    assert result.where == "failed"
    assert not sidecar_path(pdf).exists()


def test_a_read_only_folder_keeps_the_edits_in_the_overlay(
    archive: Archive, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = folder / "plan.pdf"
    doc_id = _doc_id(archive, pdf)
    _refuse_writes_in(monkeypatch, folder)
    (result,) = archive.edit([Edit(doc_id, {"title": "Fra CD-en", "tags": ("cd",)})])
    assert result.where == "overlay" and result.message is not None
    assert "cannot be written" in english(result.message)
    assert not sidecar_path(pdf).exists()
    doc = archive.document(doc_id)
    assert doc is not None
    assert doc.meta.title == "Fra CD-en" and doc.meta.sources["title"] == "edited"
    assert doc.meta.overlay
    assert archive.overlay_documents() == [doc_id]
    assert archive.search("CD-en").total == 1

    # The overlay is user data: a rebuild of the index keeps it.
    archive.rebuild()
    doc = archive.document_by_path(str(pdf))
    assert doc is not None and doc.meta.title == "Fra CD-en"

    # Identity by content: a renamed file keeps its edits.
    moved = folder / "kommuneplan.pdf"
    pdf.rename(moved)
    archive.index()
    doc = archive.document_by_path(str(moved))
    assert doc is not None and doc.meta.title == "Fra CD-en" and doc.meta.overlay

    # Still read-only: "Save edits next to the files" leaves them where they are.
    (kept,) = archive.write_out_overlay()
    assert kept.where == "overlay"
    monkeypatch.undo()
    (saved,) = archive.write_out_overlay()
    assert saved.where == "sidecar"
    entry = load_sidecar(moved)
    assert entry is not None and entry.title == "Fra CD-en" and "title" in entry.edited
    assert archive.overlay_documents() == []
    doc = archive.document_by_path(str(moved))
    assert doc is not None and doc.meta.title == "Fra CD-en" and not doc.meta.overlay


def test_edits_of_several_documents_at_once(archive: Archive, folder: Path) -> None:
    ids = [_doc_id(archive, folder / name) for name in ("plan.pdf", "rapport.pdf")]
    contact = Contact(name="Kari Nordmann", phone="97681861")
    results = archive.edit([Edit(i, {"doc_type": "analysis", "contacts": (contact,)}) for i in ids])
    assert [r.where for r in results] == ["sidecar", "sidecar"]
    assert archive.search("type:analyse").total == 2
    assert archive.search("contact:kari").total == 2


def test_an_edit_of_a_document_that_is_gone_fails_clearly(archive: Archive) -> None:
    (result,) = archive.edit([Edit(9999, {"title": "x"})])
    assert result.where == "failed" and result.message is not None
    assert "no longer in the archive" in english(result.message)


def test_a_catalog_entry_applies_only_to_the_files_it_lists(archive: Archive, folder: Path) -> None:
    catalog = {"vtviewer": 1, "entries": [{"files": ["plan.pdf"], "title": "Katalogtittel"}]}
    (folder / CATALOG_NAME).write_text(json.dumps(catalog), encoding="utf-8")
    archive.index()
    doc = archive.document_by_path(str(folder / "plan.pdf"))
    assert doc is not None and doc.meta.title == "Katalogtittel"
    # Renamed: the catalog no longer lists it, so its entry no longer describes it.
    (folder / "plan.pdf").rename(folder / "omdøpt.pdf")
    archive.index()
    doc = archive.document_by_path(str(folder / "omdøpt.pdf"))
    assert doc is not None
    assert doc.meta.title != "Katalogtittel"
    assert doc.meta.sources.get("title") != "catalog"


def test_values_written_as_text() -> None:
    assert parse_value("period", "2013-2015") == (2013, 2015)
    assert parse_value("period", "") == (None, None)
    assert parse_value("doc_type", "Utredning") == "analysis"
    assert parse_value("published", "01.06.2016") == "2016-06-01"
    assert parse_value("language", "nb-NO") == "nb"
    assert parse_value("tags", "næring; skole, areal") == ("næring", "skole", "areal")
    with pytest.raises(EditError, match="period"):
        parse_value("period", "snart")
    with pytest.raises(EditError, match="unknown field"):
        parse_value("colour", "blå")
    assert parse_contact("name=Bjørn Iversen,phone=+47 976 81 861,email=B@X.NO") == Contact(
        name="Bjørn Iversen", phone="97681861", email="b@x.no"
    )
    assert parse_contact("Kari Nordmann") == Contact(name="Kari Nordmann")
    with pytest.raises(EditError):
        parse_contact("navn=Kari")
    assert tags_changed(("Næring", "skole"), add=("areal", "næring"), remove=("SKOLE",)) == (
        "Næring",
        "areal",
    )


_WRITER = """
import sys
from pathlib import Path
from vtviewer.core.jsonfile import write_json
path = Path(sys.argv[1])
n = 0
print("ready", flush=True)
while True:
    n += 1
    write_json(path, {"vtviewer": 1, "title": f"versjon {n}", "summary": "x" * 200_000})
"""


def test_kill_9_while_writing_leaves_the_old_or_the_new_sidecar(tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    sidecar = sidecar_path(pdf)
    sidecar.write_text('{"vtviewer": 1, "title": "versjon 0"}', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for delay in (0.05, 0.11, 0.2, 0.33, 0.5):
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(sidecar)],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        entry = load_sidecar(pdf)  # raises if the file is broken
        assert entry is not None and entry.title is not None
        assert entry.title.startswith("versjon ")
