"""`vtviewer contacts`: every person once, as a table or JSON, and one person's documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.core.pdf_factory import make_pdf
from vtviewer.core.sidecar import sidecar_path


@pytest.fixture
def indexed(capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path) -> list[str]:
    root = tmp_path / "arkiv"
    root.mkdir()
    contacts = {
        "plan.pdf": [{"name": "Bjørn Iversen", "role": "leder", "phone": "976 81 861"}],
        "rapport.pdf": [
            {"name": "Bjoern Iversen", "email": "bjoern.iversen@vestre-toten.kommune.no"},
            {"name": "Kari Nordmann", "organisation": "Vestre Toten kommune"},
        ],
        "notat.pdf": [],
    }
    for name, people in contacts.items():
        pdf = make_pdf(root / name, [f"Dokument {name}"])
        sidecar = {"vtviewer": 1, "title": f"Tittel {name}", "contacts": people}
        sidecar_path(pdf).write_text(json.dumps(sidecar), encoding="utf-8")
    d = ["--data-dir", str(data_dir)]
    code, _out, err = run(capsys, "index", str(root), *d, "--workers", "1")
    assert code == 0, err
    return d


def test_contacts_json_lists_every_person_once(
    capsys: pytest.CaptureFixture[str], indexed: list[str]
) -> None:
    code, out, err = run(capsys, "contacts", "--json", *indexed)
    assert code == 0, err
    people = json.loads(out)
    assert [p["name"] for p in people] == ["Bjørn Iversen", "Kari Nordmann"]
    bjorn = people[0]
    assert bjorn["names"] == ["Bjørn Iversen", "Bjoern Iversen"]
    assert bjorn["roles"] == ["leder"] and bjorn["phones"] == ["97681861"]
    assert bjorn["emails"] == ["bjoern.iversen@vestre-toten.kommune.no"]
    assert bjorn["documents"] == 2 and len(bjorn["document_ids"]) == 2
    assert people[1]["organisations"] == ["Vestre Toten kommune"]


def test_contacts_table_and_one_persons_documents(
    capsys: pytest.CaptureFixture[str], indexed: list[str]
) -> None:
    code, out, _ = run(capsys, "contacts", *indexed)
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split() == ["Name", "Role", "Organisation", "Phone", "E-mail", "Documents"]
    assert rows[0].startswith("Bjørn Iversen (+1)") and rows[0].endswith("2")
    code, out, _ = run(capsys, "contacts", "iversen", *indexed)
    assert code == 0
    assert "Tittel plan.pdf" in out and "Tittel rapport.pdf" in out
    assert "notat" not in out
    code, out, _ = run(capsys, "contacts", "Kari Nordmann", "--json", *indexed)
    (kari,) = json.loads(out)
    assert [f["title"] for f in kari["files"]] == ["Tittel rapport.pdf"]
    code, out, err = run(capsys, "contacts", "Nobody Here", *indexed)
    assert code == 2 and "no contact named" in err and "Traceback" not in err


def test_contacts_says_when_the_merges_cannot_be_read(
    capsys: pytest.CaptureFixture[str], indexed: list[str], data_dir: Path
) -> None:
    (data_dir / "contacts.json").write_text("{", encoding="utf-8")
    code, out, err = run(capsys, "contacts", *indexed)
    assert code == 0 and "Bjørn Iversen" in out
    assert "note: the merges and splits of contacts" in err and "Traceback" not in err
    assert err.count("cannot be read") == 1  # said once
    assert (data_dir / "contacts.json").read_text(encoding="utf-8") == "{"
