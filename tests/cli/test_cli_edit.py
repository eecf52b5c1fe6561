"""`vtviewer edit`: writes the sidecar as the window does; `show` says "edited"."""

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


def test_edit_sets_fields_tags_and_contacts_and_show_says_edited(
    capsys: pytest.CaptureFixture[str], folder: Path, indexed: list[str]
) -> None:
    pdf = folder / "handlingsplan-2013.pdf"
    code, out, err = run(
        capsys,
        "edit",
        str(pdf),
        "--set",
        "title=Handlingsplan for næring 2013",
        "--set",
        "type=handlingsplan",
        "--set",
        "period=2013-2014",
        "--add-tag",
        "næring",
        "--add-contact",
        "name=Kari Nordmann,role=rådgiver,phone=+47 976 81 861,email=Kari@Example.no",
        *indexed,
    )
    assert code == 0, err
    assert "saved to" in out and "vtviewer.json" in out
    data = json.loads(sidecar_path(pdf).read_text(encoding="utf-8"))
    assert data["type"] == "action plan"
    assert data["period"] == {"from": 2013, "to": 2014}
    assert data["contacts"] == [
        {
            "name": "Kari Nordmann",
            "role": "rådgiver",
            "phone": "97681861",
            "email": "kari@example.no",
        }
    ]
    code, out, _ = run(capsys, "show", str(pdf), *indexed)
    assert code == 0
    assert "Handlingsplan for næring 2013  [edited]" in out
    assert "Kari Nordmann" in out
    code, out, _ = run(capsys, "search", "contact:kari", *indexed, "--json")
    assert json.loads(out)["total"] == 1

    code, out, _ = run(
        capsys,
        "edit",
        str(pdf),
        "--remove-tag",
        "NÆRING",
        "--remove-contact",
        "kari nordmann",
        "--revert",
        "period",
        *indexed,
        "--json",
    )
    assert code == 0
    result = json.loads(out)
    assert result["written_to"] == "sidecar"
    assert result["fields"] == ["period", "tags", "contacts"]
    data = json.loads(sidecar_path(pdf).read_text(encoding="utf-8"))
    assert "period" not in data and data["tags"] == [] and data["contacts"] == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--set", "colour=blue"], "FIELD one of"),
        (["--set", "period=snart"], "period"),
        (["--add-contact", "navn=Kari"], "contact"),
        ([], "nothing to change"),
    ],
)
def test_edit_refuses_bad_input_in_one_line(
    capsys: pytest.CaptureFixture[str],
    folder: Path,
    indexed: list[str],
    args: list[str],
    words: str,
) -> None:
    pdf = folder / "handlingsplan-2013.pdf"
    code, _out, err = run(capsys, "edit", str(pdf), *args, *indexed)
    assert code == 2
    assert words in err and "Traceback" not in err
    assert not sidecar_path(pdf).exists()


def test_edit_of_a_file_not_indexed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, indexed: list[str]
) -> None:
    code, _out, err = run(
        capsys, "edit", str(tmp_path / "ukjent.pdf"), "--set", "title=x", *indexed
    )
    assert code == 2 and "not in the index" in err
