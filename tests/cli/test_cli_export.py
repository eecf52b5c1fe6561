"""`vtviewer export`: formats, a search's results, the delimiter, a catalog; errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.core.pdf_factory import make_pdf
from vtviewer.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "arkiv"
    root.mkdir()
    make_pdf(root / "omstillingsplan-2013-2015.pdf", ["Omstillingsplan 2013 - 2015", "Næring"])
    make_pdf(root / "handlingsplan-2013.pdf", ["Handlingsplan 2013", "Mål for 2013"])
    make_pdf(root / "årsrapport-2016.pdf", ["Årsrapport 2016", "Skole og helse"])
    return root


@pytest.fixture
def d(capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> list[str]:
    options = ["--data-dir", str(tmp_path / "data")]
    code, _, err = run(capsys, "index", str(folder), *options, "--workers", "1")
    assert code == 0, err
    return options


def _names(rows: list[dict[str, str]]) -> list[str]:
    return sorted(Path(r["path"]).name for r in rows)


def test_a_search_s_results_with_filters(capsys: pytest.CaptureFixture[str], d: list[str]) -> None:
    # The default stays JSON of the whole archive.
    code, out, _ = run(capsys, "export", *d)
    assert code == 0 and len(json.loads(out)) == 3
    code, out, err = run(capsys, "export", "--query", "2013", "--format", "json", *d)
    assert code == 0, err
    assert _names(json.loads(out)) == ["handlingsplan-2013.pdf", "omstillingsplan-2013-2015.pdf"]
    code, out, _ = run(capsys, "export", "--filter", "type=report", "--format", "csv", *d)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff")), delimiter=";"))
    assert _names(rows) == ["årsrapport-2016.pdf"]
    code, _, err = run(capsys, "export", "--filter", "type", *d)
    assert code == 2 and "FACET=VALUE" in err
    code, out, err = run(capsys, "export", "--filter", "typ=report", *d)
    assert code == 0 and "note: Unknown filter “typ” ignored." in err


def test_csv_with_commas_to_a_file(
    capsys: pytest.CaptureFixture[str], d: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "ut.csv"
    code, out, err = run(
        capsys, "export", "--format", "csv", "--delimiter", ",", "-o", str(target), *d
    )
    assert code == 0 and out == ""
    assert f"exported 3 documents to {target}" in err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfpath,title,")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert "Årsrapport 2016" in {r["title"] for r in rows}


def test_a_catalog_needs_a_file_in_the_folder_of_the_documents(
    capsys: pytest.CaptureFixture[str], d: list[str], folder: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "export", "--format", "catalog", *d)
    assert code == 2 and out == "" and "needs -o FILE" in err
    elsewhere = tmp_path / "andre" / "vtviewer-catalog.json"
    elsewhere.parent.mkdir()
    code, _, err = run(capsys, "export", "--format", "catalog", "-o", str(elsewhere), *d)
    assert code == 1 and "3 documents cannot be listed in a catalog" in err
    assert "Traceback" not in err and not elsewhere.exists()
    target = folder / "vtviewer-catalog.json"
    code, _, err = run(capsys, "export", "--format", "catalog", "-o", str(target), *d)
    assert code == 0, err
    catalog = json.loads(target.read_text(encoding="utf-8"))
    assert catalog["vtviewer"] == 1
    assert sorted(f for e in catalog["entries"] for f in e["files"]) == [
        "handlingsplan-2013.pdf",
        "omstillingsplan-2013-2015.pdf",
        "årsrapport-2016.pdf",
    ]
    other = folder / "katalog.json"
    code, _, err = run(capsys, "export", "--format", "catalog", "-o", str(other), *d)
    assert code == 0 and "reads a catalog named vtviewer-catalog.json" in err
