"""Copies and attachments: one entry per content, with every place it is found; a plan's
attachments under it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.core.pdf_factory import make_pdf
from vtviewer.core.archive import Archive
from vtviewer.core.attachments import grouped, named_main
from vtviewer.core.copies import SEVERAL, main_first
from vtviewer.core.edits import Edit
from vtviewer.core.pool import PoolConfig
from vtviewer.paths import DataPaths


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "arkiv"
    (folder / "kopi" / "dypere").mkdir(parents=True)
    make_pdf(folder / "plan.pdf", ["Kommuneplan for Vestre Toten om næring"], title="Kommuneplan")
    shutil.copyfile(folder / "plan.pdf", folder / "kopi" / "dypere" / "plan.pdf")
    shutil.copyfile(folder / "plan.pdf", folder / "kopi" / "plan-kopi.pdf")
    make_pdf(folder / "rapport.pdf", ["Årsrapport om skole og næring"])
    return folder


@pytest.fixture
def archive(tmp_path: Path, folder: Path) -> Iterator[Archive]:
    with Archive.open(DataPaths(tmp_path / "data"), PoolConfig(workers=1)) as archive:
        archive.add_root(str(folder))
        archive.index()
        yield archive


def test_the_main_copy_is_the_shortest_path_then_the_first() -> None:
    assert main_first(["/a/bb/x.pdf", "/a/y.pdf", "/a/x.pdf"]) == [
        "/a/x.pdf",
        "/a/y.pdf",
        "/a/bb/x.pdf",
    ]


def test_identical_files_are_one_hit_with_every_place(archive: Archive, folder: Path) -> None:
    result = archive.search("kommuneplan")
    assert result.total == 1
    (hit,) = result.hits
    assert hit.document.path == str(folder / "plan.pdf")
    assert hit.locations == (
        str(folder / "kopi" / "plan-kopi.pdf"),
        str(folder / "kopi" / "dypere" / "plan.pdf"),
    )
    # The full-text index holds the text once; browsing counts contents too.
    assert archive.fulltext.doc_count() == 2
    assert archive.search("").total == 2
    assert archive.search("næring").total == 2


def test_a_removed_copy_drops_from_the_places(archive: Archive, folder: Path) -> None:
    (folder / "kopi" / "plan-kopi.pdf").unlink()
    archive.index()
    (hit,) = archive.search("kommuneplan").hits
    assert hit.locations == (str(folder / "kopi" / "dypere" / "plan.pdf"),)


def test_removing_the_main_copy_makes_the_next_one_main(archive: Archive, folder: Path) -> None:
    (folder / "plan.pdf").unlink()
    archive.index()
    (hit,) = archive.search("kommuneplan").hits
    assert hit.document.path == str(folder / "kopi" / "plan-kopi.pdf")
    assert hit.locations == (str(folder / "kopi" / "dypere" / "plan.pdf"),)


def test_removing_every_copy_removes_the_entry(archive: Archive, folder: Path) -> None:
    shutil.rmtree(folder / "kopi")
    (folder / "plan.pdf").unlink()
    archive.index()
    assert archive.search("kommuneplan").total == 0
    assert archive.search("").total == 1


def test_a_copy_added_later_joins_the_entry(archive: Archive, folder: Path) -> None:
    shutil.copyfile(folder / "rapport.pdf", folder / "kopi" / "rapport.pdf")
    archive.index()
    (hit,) = archive.search("årsrapport").hits
    assert hit.document.path == str(folder / "rapport.pdf")
    assert hit.locations == (str(folder / "kopi" / "rapport.pdf"),)
    assert archive.search("", {"copies": [SEVERAL]}).total == 2


def test_the_several_places_filter_lists_only_entries_with_copies(
    archive: Archive, folder: Path
) -> None:
    result = archive.search("næring", {"copies": [SEVERAL]})
    assert [h.document.path for h in result.hits] == [str(folder / "plan.pdf")]
    assert dict(archive.search("næring").facets.counts["copies"]) == {SEVERAL: 1}
    (folder / "kopi" / "plan-kopi.pdf").unlink()
    (folder / "kopi" / "dypere" / "plan.pdf").unlink()
    archive.index()
    assert archive.search("næring", {"copies": [SEVERAL]}).total == 0


def test_the_main_copys_edits_are_the_entrys(archive: Archive, folder: Path) -> None:
    copy = archive.document_by_path(str(folder / "kopi" / "plan-kopi.pdf"))
    main = archive.document_by_path(str(folder / "plan.pdf"))
    assert copy is not None and main is not None
    archive.edit([Edit(copy.id, {"title": "Kopiens tittel"})])
    archive.edit([Edit(main.id, {"title": "Hovedtittel"})])
    (hit,) = archive.search("kommuneplan").hits
    assert hit.document.meta.title == "Hovedtittel"
    # Each file keeps its own sidecar and its own merged metadata.
    copy_after = archive.document_by_path(str(folder / "kopi" / "plan-kopi.pdf"))
    assert copy_after is not None and copy_after.meta.title == "Kopiens tittel"
    assert archive.locations(copy_after) == [
        str(folder / "plan.pdf"),
        str(folder / "kopi" / "dypere" / "plan.pdf"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Plan X - vedlegg 1.pdf", ("Plan X", "1")),
        ("Plan X_Vedlegg_B.pdf", ("Plan X", "b")),
        ("Plan X vedlegg.PDF", ("Plan X", "")),
        ("Vedlegg.pdf", None),
        ("Plan X - vedleggsliste.pdf", None),
    ],
)
def test_names_that_mark_an_attachment(name: str, expected: tuple[str, str] | None) -> None:
    assert named_main("/arkiv/" + name) == expected


def test_attachments_are_grouped_under_their_plan(tmp_path: Path) -> None:
    folder = tmp_path / "vedlegg"
    folder.mkdir()
    make_pdf(folder / "Plan X.pdf", ["Reguleringsplan X for sentrum"])
    make_pdf(folder / "Plan X - vedlegg 2.pdf", ["Reguleringsplan X kart"])
    make_pdf(folder / "Plan X - vedlegg 10.pdf", ["Reguleringsplan X støy"])
    make_pdf(folder / "Plan Y - vedlegg 1.pdf", ["Reguleringsplan uten hoveddokument"])
    make_pdf(folder / "notat.pdf", ["Reguleringsplan notat"])
    make_pdf(folder / "Plan Z.pdf", ["Reguleringsplan Z"])
    (folder / "Plan Z.pdf.vtviewer.json").write_text(
        json.dumps({"vtviewer": 1, "attachments": ["notat.pdf"]}), encoding="utf-8"
    )
    with Archive.open(DataPaths(tmp_path / "data"), PoolConfig(workers=1)) as archive:
        archive.add_root(str(folder))
        archive.index()
        result = archive.search("reguleringsplan", sort="title")
        tops = {h.document.name: [a.name for a in h.attachments] for h in grouped(result.hits)}
        assert result.total == 6  # the attachments are hits too: the paging counts them
        assert tops == {
            "Plan X.pdf": ["Plan X - vedlegg 2.pdf", "Plan X - vedlegg 10.pdf"],
            "Plan Y - vedlegg 1.pdf": [],
            "Plan Z.pdf": ["notat.pdf"],
        }
        # Found alone, an attachment is a hit of its own.
        (alone,) = archive.search("støy").hits
        assert alone.document.name == "Plan X - vedlegg 10.pdf"
        plan = archive.document_by_path(str(folder / "Plan X.pdf"))
        assert plan is not None
        assert [a.name for a in archive.attachments(plan)] == [
            "Plan X - vedlegg 2.pdf",
            "Plan X - vedlegg 10.pdf",
        ]


def test_a_catalogs_attachment_sits_under_its_main_file(tmp_path: Path) -> None:
    """Before: a catalog's attachment lists its main file as one of the entry's other
    files, so each listed the other and neither sat under the other."""
    folder = tmp_path / "katalog"
    folder.mkdir()
    make_pdf(folder / "omstillingsplan.pdf", ["Omstillingsplan for Vestre Toten"])
    make_pdf(folder / "analysedel.pdf", ["Analysedel til omstillingsplan"])
    (folder / "vtviewer-catalog.json").write_text(
        json.dumps(
            {
                "vtviewer": 1,
                "entries": [{"files": ["omstillingsplan.pdf", "analysedel.pdf"], "type": "plan"}],
            }
        ),
        encoding="utf-8",
    )
    with Archive.open(DataPaths(tmp_path / "data"), PoolConfig(workers=1)) as archive:
        archive.add_root(str(folder))
        archive.index()
        result = archive.search("omstillingsplan")
        tops = {h.document.name: [a.name for a in h.attachments] for h in grouped(result.hits)}
        assert tops == {"omstillingsplan.pdf": ["analysedel.pdf"]}
        attachment = archive.document_by_path(str(folder / "analysedel.pdf"))
        assert attachment is not None
        assert attachment.meta.attached_to == str(folder / "omstillingsplan.pdf")
        assert archive.attachments(attachment) == []


def test_a_new_copy_is_not_read_again(
    archive: Archive, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vtviewer.core.pool import ExtractPool

    read: list[str] = []
    real = ExtractPool.map

    def map_recorded(self: ExtractPool, paths: Iterable[str], cancel: object = None) -> Any:
        wanted = list(paths)
        read.extend(wanted)
        return real(self, wanted, cancel)  # type: ignore[arg-type]

    monkeypatch.setattr(ExtractPool, "map", map_recorded)
    copy = folder / "kopi" / "rapport-2016.pdf"
    shutil.copyfile(folder / "rapport.pdf", copy)
    make_pdf(folder / "ny.pdf", ["Ny plan om skole"])
    summary = archive.index()
    assert read == [str(folder / "ny.pdf")]
    assert summary.added == 2
    stored = archive.document_by_path(str(copy))
    original = archive.document_by_path(str(folder / "rapport.pdf"))
    assert stored is not None and original is not None
    assert [p.text for p in archive.pages(stored.id)] == [
        p.text for p in archive.pages(original.id)
    ]
    # Its own metadata: the title it derives from its own name.
    assert stored.meta.title != "" and stored.path != original.path
    (hit,) = archive.search("årsrapport").hits
    assert hit.locations == (str(copy),)
