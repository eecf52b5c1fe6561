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
    with proc:  # closes stderr too: an open pipe left to the collector is a ResourceWarning
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
    assert done.stdout.decode().startswith("\ufeffpath;title")
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


# --- the data folder cannot be written --------------------------------------------------


def _integrity(db: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _three_pdfs(folder: Path) -> Path:
    from tests.core.pdf_factory import make_pdf

    folder.mkdir()
    for n in range(3):
        make_pdf(folder / f"plan-{n}.pdf", [f"Reguleringsplan nummer {n}", "Side to"])
    return folder


def test_a_full_disk_in_the_full_text_commit_is_one_line_and_the_next_run_continues(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from vtviewer.core import scan
    from vtviewer.core.fulltext import FullText

    folder = _three_pdfs(tmp_path / "arkiv")
    data = tmp_path / "data"
    real_commit = FullText.commit
    calls = 0

    def commit(self: FullText) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:  # the first batch went in; the disk is full at the next commit
            # What tantivy-py raises (a ValueError) when the disk is full.
            raise ValueError("An IO error occurred: 'No space left on device (os error 28)'")
        real_commit(self)

    monkeypatch.setattr(FullText, "commit", commit)
    # A full-text commit with every store batch (a run of three small files is over before
    # the core's first one, 1.5 s in): the first file's batch, then the rest's.
    monkeypatch.setattr(scan, "FULLTEXT_COMMIT_SECONDS", 0.0)
    monkeypatch.setattr(scan, "FULLTEXT_MAX_SECONDS", 0.0)
    code, _, err = run(capsys, "index", str(folder), "--data-dir", str(data), "--workers", "1")
    assert calls == 2
    assert code == 1
    assert err.splitlines()[-1] == (
        f"vtviewer: the disk of the data folder {data} is full (No space left on device); "
        "free some space and run again: what was indexed so far is kept"
    )
    assert "Traceback" not in err
    assert _integrity(data / "index.sqlite3") == "ok"

    monkeypatch.setattr(FullText, "commit", real_commit)
    code, _, err = run(capsys, "index", "--data-dir", str(data), "--workers", "1")
    assert code == 0, err
    code, out, _ = run(capsys, "search", "reguleringsplan", "--data-dir", str(data), "--json")
    assert json.loads(out)["total"] == 3


def test_a_full_disk_in_the_database_is_one_line_and_the_next_run_continues(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sqlite3

    from tests.core.pdf_factory import make_pdf
    from vtviewer.core.index import Store

    folder = _three_pdfs(tmp_path / "arkiv")
    data = tmp_path / "data"
    d = ["--data-dir", str(data), "--workers", "1"]
    assert run(capsys, "index", str(folder), *d)[0] == 0
    for n in range(6):
        text = " ".join(f"ord{n}x{i}" for i in range(3000))  # pages that need room
        make_pdf(folder / f"stor-{n}.pdf", [text, text])
    real_connect = Store._connect

    def full_connect(self: Store) -> sqlite3.Connection:
        # SQLite's own "database or disk is full": the file may not grow any more.
        conn = real_connect(self)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 3}")
        return conn

    monkeypatch.setattr(Store, "_connect", full_connect)
    code, _, err = run(capsys, "index", *d)
    assert code == 1
    assert err.splitlines()[-1].startswith(f"vtviewer: the disk of the data folder {data} is full")
    assert "Traceback" not in err
    assert _integrity(data / "index.sqlite3") == "ok"

    monkeypatch.setattr(Store, "_connect", real_connect)
    code, out, err = run(capsys, "index", *d)
    assert code == 0, err
    code, out, _ = run(capsys, "stats", "--data-dir", str(data), "--json")
    assert json.loads(out)["documents"] == 9


def test_no_permission_on_the_saved_searches_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    import errno

    from vtviewer.core.saved import SavedSearches

    def refused(self: SavedSearches, entries: dict[str, str]) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self.path))

    monkeypatch.setattr(SavedSearches, "_write", refused)
    code, _, err = run(capsys, "saved", "--add", "a", "b", "--data-dir", str(data_dir))
    assert code == 1
    assert err == (
        f"vtviewer: no permission to write in the data folder {data_dir} (Permission denied); "
        "fix its permissions or choose another data folder (--data-dir)\n"
    )


# --- a read-only data folder, for real ----------------------------------------------------


def _read_only_command(folder: Path) -> list[str]:
    """What runs a command with ``folder`` really read-only: a chmod when not root;
    root writes through any mode bits, so there it is a read-only bind mount in a mount
    namespace of the command's own (the test's own mounts are not changed)."""
    if os.geteuid() != 0:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        return []
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    return ["unshare", "--mount", "sh", "-c", script, str(folder)]


def _writable_again(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)


def test_a_read_only_data_folder_can_be_browsed_and_says_so_when_changed(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    paths = stored_archive(data, count=3)
    prefix = _read_only_command(data)
    try:
        assert not (data / "x").exists()

        def cli_run(*args: str) -> subprocess.CompletedProcess[str]:
            command = [*prefix, sys.executable, "-m", "vtviewer", "--data-dir", str(data)]
            return subprocess.run(
                [*command, *args], env=ENV, capture_output=True, text=True, timeout=120
            )

        probe = cli_run("stats", "--json")
        assert probe.returncode == 0, probe.stderr
        assert json.loads(probe.stdout)["documents"] == 3
        search = cli_run("search", "handlingsplan", "--json")
        assert search.returncode == 0, search.stderr
        assert json.loads(search.stdout)["total"] == 3
        for args in (["show", paths[0]], ["export"], ["problems"], ["roots"], ["saved"]):
            done = cli_run(*args)
            assert done.returncode == 0, (args, done.stderr)
            assert "Traceback" not in done.stderr
        assert cli_run("roots").stdout == "/arkiv\n"
        for args in (["index"], ["roots", "--remove", "/arkiv"]):
            done = cli_run(*args)
            assert done.returncode == 1
            assert done.stderr.startswith(f"vtviewer: the data folder {data} is read-only: ")
            assert len(done.stderr.splitlines()) == 1
    finally:
        _writable_again(data)


#: What tantivy-py raises from its writer on a really full disk (seen on a 1.5 MB tmpfs).
REAL_FULL_DISK = (
    "Failed to open file for write: 'IoError { io_error: Os { code: 28, kind: StorageFull,"
    ' message: "No space left on device" }, filepath: "abc.idx" }\''
)


def test_the_writer_s_own_words_for_a_full_disk_are_recognised(tmp_path: Path) -> None:
    from vtviewer.core.health import folder_problem, is_storage_error

    problem = folder_problem(ValueError(REAL_FULL_DISK), tmp_path)
    assert problem is not None and problem.kind == "disk-full"
    assert is_storage_error(ValueError(REAL_FULL_DISK))
    assert is_storage_error(
        ValueError("An error occurred in a thread: 'An index writer was killed.")
    )
    assert not is_storage_error(OverflowError("can't convert negative int to unsigned"))


def test_a_killed_writer_on_a_nearly_full_disk_is_a_full_disk(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The writer's "killed" error keeps no error code (seen on a really full disk)."""
    import shutil

    from vtviewer.core import health

    killed = ValueError("An error occurred in a thread: 'An index writer was killed.'")
    assert health.folder_problem(killed, tmp_path) is None  # plenty of space here

    def usage(path: object) -> object:
        return shutil._ntuple_diskusage(1_000_000, 999_000, 1_000)  # type: ignore[attr-defined]

    monkeypatch.setattr(health.shutil, "disk_usage", usage)
    problem = health.folder_problem(killed, tmp_path)
    assert problem is not None and problem.kind == "disk-full"


def test_search_on_a_full_disk_answers_from_what_is_indexed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Before: the full-text catch-up that every search ran first failed, with a traceback
    per pending document, and nothing could be searched until space was freed."""
    from vtviewer.core.fulltext import FullText

    data = tmp_path / "data"
    stored_archive(data, count=3)
    with Archive.open(DataPaths(data)) as archive, archive.store.transaction() as tx:
        tx.mark_all_fulltext_pending()

    def add(self: FullText, *args: object) -> None:
        raise ValueError(REAL_FULL_DISK)

    monkeypatch.setattr(FullText, "add", add)
    code, out, err = run(capsys, "search", "handlingsplan", "--data-dir", str(data), "--json")
    assert code == 0, err
    assert json.loads(out)["total"] == 3
    assert "Traceback" not in err and err.count("\n") <= 1


def test_one_file_that_cannot_be_stored_prints_no_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Before: the warning about the file came with its traceback on stderr."""
    from tests.core.test_scan_robustness import fail_to_store

    folder = _three_pdfs(tmp_path / "arkiv")
    data = tmp_path / "data"
    fail_to_store(monkeypatch, str(folder / "plan-1.pdf"))
    code, out, err = run(capsys, "index", str(folder), "--data-dir", str(data), "--workers", "1")
    assert code == 1
    assert "Traceback" not in err
    assert "2 added" in out and "1 problems;" in out
    # The log file has the details.
    assert "injected failure" in (data / "logs" / "vtviewer.log").read_text()
    code, _, err = run(capsys, "index", str(folder), "--data-dir", str(data), "-v")
    assert code == 1


def test_a_data_folder_that_cannot_be_read_is_not_called_read_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Before: "is read-only: it can be searched" for a folder that could not be read."""
    from vtviewer.core import archive

    data = tmp_path / "data"
    stored_archive(data)
    # chmod 000 does not stop root (who runs CI): the two probes say what it would do.
    monkeypatch.setattr(archive, "writable", lambda folder: False)
    monkeypatch.setattr(archive, "readable", lambda folder: False)
    code, _, err = run(capsys, "search", "plan", "--data-dir", str(data))
    assert code == 1
    assert "no permission" in err and "read-only" not in err
