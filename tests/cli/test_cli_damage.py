"""Damaged indexes: told in one line, rebuilt with `index --rebuild` (or plain `index`),
keeping the saved searches and the archive folders."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.pdf_factory import make_pdf
from vtviewer.cli import main
from vtviewer.core.archive import Archive
from vtviewer.paths import DataPaths


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _garble(file: Path) -> None:
    data = bytearray(file.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8] = b"\xff" * 8
    file.write_bytes(bytes(data))


def _truncate_database(data: Path) -> None:
    db = data / "index.sqlite3"
    os.truncate(db, db.stat().st_size // 2)


def _garble_segment(data: Path) -> None:
    _garble(sorted((data / "fulltext").glob("*.term"))[0])


def _garble_fast(data: Path) -> None:
    _garble(sorted((data / "fulltext").glob("*.fast"))[0])


def _delete_meta(data: Path) -> None:
    (data / "fulltext" / "meta.json").unlink()


DAMAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated database": (_truncate_database, "database"),
    "garbage in a segment file": (_garble_segment, "fulltext"),
    "garbage in a .fast file": (_garble_fast, "fulltext"),
    "deleted meta.json": (_delete_meta, "fulltext"),
}


@pytest.fixture
def indexed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    # Enough pages that half of the database is past its first pages.
    for n in range(12):
        pages = [f"Reguleringsplan nummer {n}"] + [f"Side {p} " + "tekst " * 200 for p in range(6)]
        make_pdf(folder / f"plan-{n:02}.pdf", pages)
    data = tmp_path / "data"
    d = ["--data-dir", str(data), "--workers", "1"]
    assert run(capsys, "index", str(folder), *d)[0] == 0
    assert run(capsys, "saved", "--add", "Planer", "reguleringsplan", *d[:2])[0] == 0
    return folder, data


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_index_is_said_in_one_line_and_rebuilt(
    capsys: pytest.CaptureFixture[str], indexed: tuple[Path, Path], damage: str
) -> None:
    folder, data = indexed
    harm, part = DAMAGES[damage]
    harm(data)
    d = ["--data-dir", str(data)]

    with Archive.open(DataPaths(data)) as archive:  # never raises for damage
        assert archive.damage is not None and archive.damage.part == part

    for args in (
        ["search", "reguleringsplan"],
        ["show", str(folder / "plan-00.pdf")],
        ["stats"],
        ["export"],
        ["problems"],
    ):
        code, out, err = run(capsys, *args, *d)
        assert code == 1, args
        assert out == ""
        assert len(err.splitlines()) == 1, err
        assert "is damaged" in err and "vtviewer index --rebuild" in err
    # What lives outside the index still answers.
    code, out, _ = run(capsys, "roots", *d)
    assert code == 0 and out == f"{folder}\n"
    code, out, _ = run(capsys, "saved", *d)
    assert code == 0 and out == "Planer: reguleringsplan\n"

    code, out, err = run(capsys, "index", "--rebuild", *d, "--workers", "1")
    assert code == 0, err
    assert "is damaged" in err and "moved aside and rebuilt" in err
    if part == "fulltext":
        assert "rebuilt from the stored text" in err
        assert "0 added" in out  # the PDFs were not read again
    else:
        assert "12 added" in out
    kept = [p for p in data.iterdir() if ".damaged-" in p.name]
    assert kept and all(p.exists() for p in kept)

    code, out, err = run(capsys, "search", "reguleringsplan", *d, "--json")
    assert code == 0, err
    assert json.loads(out)["total"] == 12
    code, out, _ = run(capsys, "roots", *d)
    assert out == f"{folder}\n"
    code, out, _ = run(capsys, "saved", *d)
    assert out == "Planer: reguleringsplan\n"
    with Archive.open(DataPaths(data)) as archive:
        assert archive.damage is None


def test_plain_index_on_a_damaged_index_rebuilds_it(
    capsys: pytest.CaptureFixture[str], indexed: tuple[Path, Path]
) -> None:
    _folder, data = indexed
    _garble_fast(data)
    code, out, err = run(capsys, "index", "--data-dir", str(data), "--workers", "1")
    assert code == 0, err
    assert err.startswith("vtviewer: the full-text index is damaged (")
    code, out, _ = run(capsys, "search", "reguleringsplan", "--data-dir", str(data), "--json")
    assert json.loads(out)["total"] == 12


def test_a_database_lost_with_its_roots_file_keeps_the_roots_it_can_read(
    capsys: pytest.CaptureFixture[str], indexed: tuple[Path, Path]
) -> None:
    # An index from before roots.json: the roots are read from what is left of it.
    folder, data = indexed
    (data / "roots.json").unlink()
    _truncate_database(data)
    code, out, _ = run(capsys, "roots", "--data-dir", str(data))
    assert code == 0 and out == f"{folder}\n"


def test_the_api_rebuilds_every_document(indexed: tuple[Path, Path]) -> None:
    folder, data = indexed
    _truncate_database(data)
    with Archive.open(DataPaths(data)) as archive:
        assert archive.damage is not None and archive.damage.part == "database"
        summary = archive.rebuild()
        assert summary.added == 12
        assert archive.damage is None
        assert archive.search("reguleringsplan").total == 12
        assert archive.roots() == [str(folder)]
        assert archive.saved_searches() == [("Planer", "reguleringsplan")]
        assert next(p.name for p in archive.set_aside).startswith("index.sqlite3.damaged-")
        # The index's size is the index's, without what was set aside.
        whole = sum(f.stat().st_size for f in data.rglob("*") if f.is_file())
        kept = sum(
            f.stat().st_size for p in archive.set_aside for f in [p, *p.rglob("*")] if f.is_file()
        )
        assert archive.stats().index_bytes <= whole - kept
