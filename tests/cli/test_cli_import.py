"""`vtviewer import`: a dry run shows the plan and writes nothing; an import writes the
sidecars and says where each went; --map changes the mapping; bad input is one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import folder, run
from vtviewer.core.sidecar import sidecar_path

__all__ = ["folder"]  # the fixture, shared with the other command-line tests


@pytest.fixture
def indexed(capsys: pytest.CaptureFixture[str], folder: Path, data_dir: Path) -> list[str]:
    d = ["--data-dir", str(data_dir)]
    code, _out, err = run(capsys, "index", str(folder), *d, "--workers", "1")
    assert code == 0, err
    return d


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "register.csv"
    path.write_bytes(
        (
            "Filnavn;Tittel;Dato;Kontaktperson;Tlf;Merknad\n"
            "handlingsplan-2013.pdf;Handlingsplan for næring 2013;01.03.2013;Kari Nordmann;"
            "976 81 861;ok\n"
            "omstillingsplan-2013-2015.pdf;;32.13.2013;;;feil dato\n"
            "borte.pdf;Finnes ikke;;;;\n"
        ).encode("cp1252")
    )
    return path


def test_dry_run_shows_the_plan_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], folder: Path, indexed: list[str], register: Path
) -> None:
    code, out, err = run(capsys, "import", str(register), "--dry-run", *indexed)
    assert code == 1, err  # rows were left out: said by the exit status too
    assert "Filnavn        -> file" in out
    assert "Merknad        -> (not imported)" in out
    assert "Matched: 2, unmatched: 1, ambiguous: 0, duplicates: 0, bad values: 1" in out
    assert "title: 'Handlingsplan 2013' -> 'Handlingsplan for næring 2013'" in out
    assert "row 4: no document in the archive matches borte.pdf" in out
    assert "row 3, column Dato: published: '32.13.2013' is not a valid value" in out
    assert "Dry run: nothing was written." in out
    assert not list(folder.glob("*.vtviewer.json"))


def test_import_writes_the_sidecars_and_reports_where(
    capsys: pytest.CaptureFixture[str], folder: Path, indexed: list[str], register: Path
) -> None:
    code, out, _err = run(capsys, "import", str(register), *indexed, "--json")
    assert code == 1  # the unmatched row and the bad date
    data = json.loads(out)
    assert data["dry_run"] is False
    assert data["summary"]["matched"] == 2 and data["summary"]["unmatched"] == 1
    assert data["bad_values"][0]["row"] == 3 and data["bad_values"][0]["column"] == "Dato"
    pdf = folder / "handlingsplan-2013.pdf"
    assert data["results"] == [{"path": str(pdf), "written_to": "sidecar", "message": None}]
    sidecar = json.loads(sidecar_path(pdf).read_text(encoding="utf-8"))
    assert sidecar["title"] == "Handlingsplan for næring 2013"
    assert sidecar["published"] == "2013-03-01"
    assert sidecar["contacts"] == [{"name": "Kari Nordmann", "phone": "97681861"}]
    assert not sidecar_path(folder / "omstillingsplan-2013-2015.pdf").exists()
    code, out, _ = run(capsys, "search", "title:næring", *indexed, "--json")
    assert json.loads(out)["total"] == 1


def test_map_changes_a_column_and_a_clean_import_exits_zero(
    capsys: pytest.CaptureFixture[str], folder: Path, indexed: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "register.json"
    path.write_text(
        json.dumps([{"Dokument": "handlingsplan-2013.pdf", "Tema": "næring"}]), encoding="utf-8"
    )
    code, out, _ = run(capsys, "import", str(path), "--dry-run", *indexed)
    assert code == 1 and "no column names the file" in out
    code, out, err = run(
        capsys, "import", str(path), "--map", "dokument=file", "--map", "Tema=tags", *indexed
    )
    assert code == 0, err
    assert "Written: 1 to sidecars, 0 to vtviewer's data folder; conflicts: 0; failed: 0" in out
    sidecar = json.loads(sidecar_path(folder / "handlingsplan-2013.pdf").read_text("utf-8"))
    assert sidecar["tags"] == ["næring"]


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--map", "Nope=title"], "no column 'Nope'"),
        (["--map", "Tittel=poem"], "FIELD is one of"),
        (["--map", "Tittel"], "expected COLUMN=FIELD"),
    ],
)
def test_a_bad_map_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
    indexed: list[str],
    register: Path,
    options: list[str],
    said: str,
) -> None:
    code, out, err = run(capsys, "import", str(register), *options, *indexed)
    assert code == 2 and said in err and out == ""
    assert "Traceback" not in err


def test_a_register_that_cannot_be_read_is_one_line(
    capsys: pytest.CaptureFixture[str], indexed: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "register.json"
    path.write_text('{"rows": 1}', encoding="utf-8")
    code, out, err = run(capsys, "import", str(path), *indexed)
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        'vtviewer: the JSON is neither a list of objects nor {"documents": [...]}'
    ]
    code, _, err = run(capsys, "import", str(tmp_path / "missing.xlsx"), *indexed)
    assert code == 1 and "the register cannot be read" in err and "Traceback" not in err
