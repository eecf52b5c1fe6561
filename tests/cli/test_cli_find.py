"""The command line's ways to find what is half remembered: corrected typos, similar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.core.pdf_factory import make_pdf

#: Three documents about business development and one about something else.
TEXTS = {
    "naeringsplan.pdf": (
        "Næringsplan for Vestre Toten",
        "Næringsutvikling og næringsliv i kommunen. Bedrifter, gründere og nyskaping. "
        "Kontaktperson er Bjørn Iversen.",
    ),
    "naeringsanalyse.pdf": (
        "Næringsanalyse",
        "Analyse av næringslivet: bedrifter, gründere, nyskaping og næringsutvikling.",
    ),
    "strategi.pdf": (
        "Strategi for nyskaping",
        "Gründere og bedrifter i næringslivet trenger nyskaping.",
    ),
    "skolebruksplan.pdf": (
        "Skolebruksplan",
        "Elever, lærere og klasserom i grunnskolen.",
    ),
}


@pytest.fixture
def indexed(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "arkiv"
    root.mkdir()
    for name, (title, text) in TEXTS.items():
        make_pdf(root / name, [title + "\n" + text, text], title=title)
    code, _, err = run(capsys, "index", str(root), "--data-dir", str(data_dir), "--workers", "1")
    assert code == 0, err
    return root


def test_search_json_says_which_words_were_corrected(
    indexed: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, _ = run(capsys, "search", "contact:iversn", "næringsplna", *d, "--json")
    assert code == 0
    result = json.loads(out)
    assert result["corrections"] == [
        {"typed": "iversn", "used": "iversen", "field": "contact"},
        {"typed": "næringsplna", "used": "næringsplan", "field": None},
    ]
    assert [Path(hit["path"]).name for hit in result["hits"]] == ["naeringsplan.pdf"]
    # No document has both words: nothing corrected, "did you mean" instead.
    code, out, _ = run(capsys, "search", "skolebruksplna", "næringsplna", *d, "--json")
    result = json.loads(out)
    assert result["total"] == 0 and result["corrections"] == [] and result["suggestions"]
    code, out, _ = run(capsys, "search", "gründre", *d, "--json")
    result = json.loads(out)
    assert result["corrections"] == [{"typed": "gründre", "used": "gründere", "field": None}]
    assert result["total"] == 3
    code, out, _ = run(capsys, "search", "gründre", *d, "--json", "--exact")
    result = json.loads(out)
    assert result["corrections"] == [] and result["total"] == 0
    code, out, _ = run(capsys, "search", "Bjørn", "Iversn", *d)
    assert code == 0
    assert "showing results for Bjørn Iversen (you typed: Bjørn Iversn" in out
    assert "naeringsplan.pdf" in out


def test_similar_lists_the_documents_alike_with_the_words_they_share(
    indexed: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = ["--data-dir", str(data_dir)]
    source = indexed / "naeringsplan.pdf"
    code, out, err = run(capsys, "similar", str(source), *d, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["path"] == str(source)
    names = [Path(entry["path"]).name for entry in data["similar"]]
    # The document itself is not its own neighbour; the school plan shares nothing.
    assert "naeringsplan.pdf" not in names and "skolebruksplan.pdf" not in names
    assert set(names) == {"naeringsanalyse.pdf", "strategi.pdf"}
    shared = data["similar"][0]["shared"]
    assert shared and set(shared) <= {
        "næringsutvikling",
        "bedrifter",
        "gründere",
        "nyskaping",
        "næringsliv",
        "næringslivet",
        "kommunen",
    }
    code, out, _ = run(capsys, "similar", str(source), *d, "--json", "--limit", "1")
    assert len(json.loads(out)["similar"]) == 1
    code, out, _ = run(capsys, "similar", str(source), *d)
    assert code == 0 and "shares: " in out and "naeringsanalyse.pdf" in out
    code, _, err = run(capsys, "similar", str(indexed / "ukjent.pdf"), *d)
    assert code == 2 and "not in the index" in err
    code, _, err = run(capsys, "similar", str(source), *d, "--limit", "-1")
    assert code == 2 and "--limit" in err
