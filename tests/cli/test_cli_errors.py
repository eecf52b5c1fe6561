"""The command line never ends in a traceback: closed pipes, Ctrl+C, odd text, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vtviewer import cli
from vtviewer.cli import main
from vtviewer.core.archive import Archive
from vtviewer.core.model import Extraction, Metadata
from vtviewer.paths import DataPaths

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def vtviewer(data: Path, *args: str | bytes, **kwargs: object) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "vtviewer", "--data-dir", str(data), *args]
    return subprocess.Popen(command, env=ENV, **kwargs)  # type: ignore[call-overload,no-any-return]


def stored_archive(data: Path, count: int = 1, **meta: object) -> list[str]:
    """An archive with ``count`` documents stored as an indexer would (no PDFs read)."""
    paths: list[str] = []
    with Archive.open(DataPaths(data)) as archive:
        archive.add_root("/arkiv")
        with archive.store.transaction() as tx:
            for n in range(count):
                path = f"/arkiv/plan-{n:04}.pdf"
                tx.put_document(
                    path=path,
                    size=100 + n,
                    mtime=0.0,
                    hash=f"h{n}",
                    raw=Extraction(page_count=1, pages=(f"Handlingsplan nummer {n}",)),
                    meta=Metadata(title=f"Handlingsplan {n}", tags=("plan",), **meta),  # type: ignore[arg-type]
                )
                paths.append(path)
        archive.sync_fulltext()
    return paths


@pytest.mark.parametrize("command", [["search", "handlingsplan", "--limit", "500"], ["export"]])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, command: list[str]) -> None:
    data = tmp_path / "data"
    stored_archive(data, count=300)
    # The reader is gone before the first write (as `| head -1` once it has its line).
    proc = vtviewer(data, *command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert err == ""


def test_head_after_the_first_line_ends_quietly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    stored_archive(data, count=300)
    command = f"{sys.executable} -m vtviewer --data-dir {data} export --format csv | head -1"
    done = subprocess.run(
        ["sh", "-c", command], env=ENV, capture_output=True, timeout=120, check=False
    )
    assert done.stdout.decode().startswith("path,title")
    assert done.stderr.decode() == ""


def test_ctrl_c_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    def interrupted(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_stats", interrupted)
    code, _, err = run(capsys, "stats", "--data-dir", str(data_dir))
    assert code == cli.EXIT_CANCELLED
    assert err.strip() == "interrupted"


def test_an_unexpected_error_is_one_line_with_the_details_in_the_log(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    def broken(*args: object) -> int:
        raise RuntimeError("noe gikk galt")

    monkeypatch.setattr(cli, "cmd_stats", broken)
    code, out, err = run(capsys, "stats", "--data-dir", str(data_dir))
    log_file = data_dir / "logs" / "vtviewer.log"
    assert code == 1 and out == ""
    assert err == (
        f"vtviewer: unexpected error: RuntimeError: noe gikk galt (details in {log_file})\n"
    )
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "noe gikk galt" in logged

    code, _, err = run(capsys, "stats", "--data-dir", str(data_dir), "--verbose")
    assert code == 1
    assert "Traceback" in err and err.rstrip().endswith(f"(details in {log_file})")


def test_a_log_folder_that_cannot_be_made_is_no_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    (data_dir / "logs").write_text("not a folder")

    def broken(*args: object) -> int:
        raise RuntimeError("feil")

    monkeypatch.setattr(cli, "cmd_stats", broken)
    code, _, err = run(capsys, "stats", "--data-dir", str(data_dir))
    assert code == 1
    assert (
        err == "vtviewer: unexpected error: RuntimeError: feil (run with --verbose for details)\n"
    )


def _poison_metadata(data: Path) -> None:
    """Lone surrogates in stored metadata, as an index written before text was cleaned
    holds them (json.dumps writes them as \\ud800 escapes)."""
    import sqlite3

    meta = {
        "title": "Plan \ud800",
        "summary": "\ud800 oppsummering \udcd8",
        "authors": ["Ola \udfff"],
        "tags": ["t\ud801"],
        "attachments": ["/arkiv/vedlegg-\ud800.pdf"],
        "contacts": [
            {"name": "Kari \ud800", "role": "", "organisation": "", "phone": "", "email": ""}
        ],
        "sources": {"summary": "sidecar"},
    }
    conn = sqlite3.connect(data / "index.sqlite3")
    with conn:
        conn.execute("UPDATE documents SET meta_json = ?", (json.dumps(meta),))
    conn.close()


@pytest.mark.parametrize(
    "command",
    [["show", "/arkiv/plan-0000.pdf"], ["export", "--format", "csv"], ["search", "plan"]],
)
def test_lone_surrogates_in_stored_metadata_are_shown_without_a_traceback(
    tmp_path: Path, command: list[str]
) -> None:
    data = tmp_path / "data"
    stored_archive(data)
    _poison_metadata(data)
    proc = vtviewer(data, *command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert err == b""
    text = out.decode("utf-8")  # valid UTF-8
    if command[0] != "search":
        assert "oppsummering" in text and "\ufffd" in text
    else:
        assert "Plan \ufffd" in text


def test_csv_export_to_a_file_with_lone_surrogates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    stored_archive(data)
    _poison_metadata(data)
    target = tmp_path / "ut.csv"
    code, _, err = run(
        capsys, "export", "--format", "csv", "-o", str(target), "--data-dir", str(data)
    )
    assert code == 0, err
    assert "oppsummering" in target.read_text(encoding="utf-8")


def test_saved_search_with_bytes_that_are_not_utf8(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    # What Python makes of argv bytes b"M\xf8te" and b"m\xf8te plan" (surrogateescape).
    name, query = os.fsdecode(b"M\xf8te"), os.fsdecode(b"m\xf8te plan")
    code, _, err = run(capsys, "saved", "--add", name, query, "--data-dir", str(data_dir))
    assert code == 0, err
    code, out, _ = run(capsys, "saved", "--json", "--data-dir", str(data_dir))
    assert json.loads(out) == [{"name": "M\ufffdte", "query": "m\ufffdte plan"}]
    code, out, _ = run(capsys, "saved", "--delete", name, "--json", "--data-dir", str(data_dir))
    assert code == 0 and json.loads(out) == []


def test_saved_search_from_a_real_command_line_with_latin1_bytes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = vtviewer(
        data,
        b"saved",
        b"--add",
        b"M\xf8te",
        b"m\xf8te",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    assert out.decode("utf-8") == "M\ufffdte: m\ufffdte\n"


def test_filter_and_query_values_that_are_not_utf8(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    stored_archive(data)
    d = ["--data-dir", str(data)]
    for args in (
        ["search", "plan", "--filter", "tag=" + os.fsdecode(b"pl\xe5n")],
        ["search", "lang:" + os.fsdecode(b"\xff"), "plan"],
        ["search", os.fsdecode(b"pl\xe5n\x00")],
    ):
        code, out, err = run(capsys, *args, *d, "--json")
        assert code == 0, err
        assert "total" in json.loads(out)
