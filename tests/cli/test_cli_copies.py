"""The command line: "Also at" and attachments in `show`; locations and attachments in
`search --json`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.core.pdf_factory import make_pdf


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "arkiv"
    (root / "kopi").mkdir(parents=True)
    make_pdf(root / "Plan X.pdf", ["Reguleringsplan X for sentrum"], title="Plan X")
    shutil.copyfile(root / "Plan X.pdf", root / "kopi" / "Plan X.pdf")
    make_pdf(root / "Plan X - vedlegg 1.pdf", ["Plankart for sentrum"], title="Plankart")
    return root


def test_show_lists_also_at_and_attachments(
    capsys: pytest.CaptureFixture[str], folder: Path, data_dir: Path
) -> None:
    d = ["--data-dir", str(data_dir)]
    code, _, err = run(capsys, "index", str(folder), *d, "--workers", "1")
    assert code == 0, err
    code, out, _ = run(capsys, "show", str(folder / "Plan X.pdf"), *d)
    assert code == 0
    assert f"Also at:      {folder / 'kopi' / 'Plan X.pdf'}" in out
    assert f"Attachment:   {folder / 'Plan X - vedlegg 1.pdf'}" in out
    code, out, _ = run(capsys, "show", str(folder / "kopi" / "Plan X.pdf"), *d, "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["locations"] == [str(folder / "Plan X.pdf")]


def test_search_json_hits_carry_locations_and_attachments(
    capsys: pytest.CaptureFixture[str], folder: Path, data_dir: Path
) -> None:
    d = ["--data-dir", str(data_dir)]
    code, _, err = run(capsys, "index", str(folder), *d, "--workers", "1")
    assert code == 0, err
    code, out, _ = run(capsys, "search", "reguleringsplan", *d, "--json")
    assert code == 0
    data = json.loads(out)
    (hit,) = data["hits"]
    assert hit["path"] == str(folder / "Plan X.pdf")
    assert hit["locations"] == [str(folder / "kopi" / "Plan X.pdf")]
    assert [(a["path"], a["title"]) for a in hit["attachments"]] == [
        (str(folder / "Plan X - vedlegg 1.pdf"), "Plankart")
    ]
    code, out, _ = run(capsys, "search", "", "--filter", "copies=several", *d, "--json")
    assert code == 0
    assert [h["path"] for h in json.loads(out)["hits"]] == [str(folder / "Plan X.pdf")]
