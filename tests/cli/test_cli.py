"""The command line: index, roots, show, problems, export, stats, search; exit codes; kill -9."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.pdf_factory import make_pdf, write_fake_pdf
from vtviewer.cli import main

REPO = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "Analyser og planer"
    root.mkdir()
    make_pdf(
        root / "omstillingsplan-2013-2015.pdf",
        [
            "Omstillingsplan 2013 - 2015\nStyret for Omstillingsprogrammet",
            "Kontaktperson er Bjørn Iversen, leder for Omstillingsprogrammet - tlf 97681861 "
            "og epost bjoern.iversen@vestre-toten.kommune.no",
        ],
        title="Omstillingsplan 2013 - 2015",
        author="Vestre Toten kommune",
    )
    make_pdf(root / "handlingsplan-2013.pdf", ["Handlingsplan 2013", "Mål for 2013"])
    return root


def test_index_show_stats_export_and_roots(
    capsys: pytest.CaptureFixture[str], folder: Path, data_dir: Path
) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, err = run(capsys, "index", str(folder), *d, "--workers", "1")
    assert code == 0, err
    assert "2 added" in out

    code, out, _ = run(capsys, "show", str(folder / "omstillingsplan-2013-2015.pdf"), *d, "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["title"] == "Omstillingsplan 2013 - 2015"
    assert shown["pages"] == 2
    assert shown["period"] == "2013 - 2015"
    assert shown["type"] == "plan"
    contact = shown["contacts"][0]
    assert contact["name"] == "Bjørn Iversen"
    assert contact["email"] == "bjoern.iversen@vestre-toten.kommune.no"
    assert "97681861" in contact["phone"].replace(" ", "")
    assert shown["sources"]["title"] == "pdf"
    for key in ("path", "organisation", "sources"):
        assert key in shown

    code, out, _ = run(capsys, "show", str(folder / "omstillingsplan-2013-2015.pdf"), *d)
    assert "Bjørn Iversen" in out and "[pdf]" in out

    code, out, _ = run(capsys, "stats", *d, "--json")
    stats = json.loads(out)
    assert stats["documents"] == 2 and stats["pages"] == 4 and stats["problems"] == 0
    assert stats["index_bytes"] > 0

    code, out, _ = run(capsys, "export", "--format", "json", *d)
    exported = json.loads(out)
    assert sorted(Path(e["path"]).name for e in exported) == [
        "handlingsplan-2013.pdf",
        "omstillingsplan-2013-2015.pdf",
    ]
    code, out, _ = run(capsys, "export", "--format", "csv", *d)
    # For Excel with Norwegian settings: a BOM and semicolons; a contact's parts in columns.
    assert out.startswith("\ufeffpath;title;")
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff")), delimiter=";"))
    assert len(rows) == 2 and any(r["contact_1_name"] == "Bjørn Iversen" for r in rows)

    code, out, _ = run(capsys, "roots", *d, "--json")
    assert json.loads(out) == [str(folder)]
    code, out, _ = run(capsys, "roots", "--remove", str(folder), *d, "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "stats", *d, "--json")
    assert json.loads(out)["documents"] == 0


def test_global_data_dir_option_and_environment(
    capsys: pytest.CaptureFixture[str],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = tmp_path / "first"
    code, _, _ = run(capsys, "--data-dir", str(first), "index", str(folder), "--workers", "1")
    assert code == 0
    assert (first / "index.sqlite3").exists()
    monkeypatch.setenv("VTVIEWER_DATA_DIR", str(first))
    code, out, _ = run(capsys, "stats", "--json")
    assert json.loads(out)["documents"] == 2


def test_exit_codes_problems_and_usage(
    capsys: pytest.CaptureFixture[str], folder: Path, data_dir: Path
) -> None:
    write_fake_pdf(folder / "ikke-en-pdf.pdf")
    d = ["--data-dir", str(data_dir)]
    code, out, _ = run(capsys, "index", str(folder), *d, "--workers", "1")
    assert code == 1
    assert "1 problems" in out
    code, out, _ = run(capsys, "problems", *d, "--json")
    problems = json.loads(out)
    assert [Path(p["path"]).name for p in problems] == ["ikke-en-pdf.pdf"]
    assert problems[0]["reason"].startswith("not a PDF")
    code, _, err = run(capsys, "index", str(folder / "finnes-ikke"), *d)
    assert code == 2 and "no such file or folder" in err
    with pytest.raises(SystemExit) as exc:
        main(["index", "--workers", "mange"])
    assert exc.value.code == 2
    code, _, err = run(capsys, "show", str(folder / "ukjent.pdf"), *d)
    assert code == 2 and "not in the index" in err


def test_search_command_prints_hits_with_pages(
    capsys: pytest.CaptureFixture[str], folder: Path, data_dir: Path
) -> None:
    d = ["--data-dir", str(data_dir)]
    assert run(capsys, "index", str(folder), *d, "--workers", "1")[0] == 0
    code, out, _ = run(capsys, "search", "bjorn", *d, "--json")
    assert code == 0
    result = json.loads(out)
    assert result["total"] == 1
    hit = result["hits"][0]
    assert Path(hit["path"]).name == "omstillingsplan-2013-2015.pdf"
    assert hit["pages"][0]["page"] == 2
    snippet = hit["pages"][0]["snippet"]
    assert "Bjørn" in [snippet["text"][start:end] for start, end in snippet["spans"]]
    for key in ("took_ms", "facets", "suggestions"):
        assert key in result
    code, out, _ = run(capsys, "search", "handlingsplan", *d)
    assert code == 0 and "handlingsplan-2013.pdf" in out
    # In a terminal (not a tty here) the matched words stand between stars.
    code, out, _ = run(capsys, "search", "bjorn", *d)
    assert code == 0 and "*Bjørn* Iversen" in out


def test_sample_archive_is_indexed(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, err = run(capsys, "index", "--sample", "--data-dir", str(data_dir))
    assert code == 0, err
    code, out, _ = run(capsys, "stats", "--data-dir", str(data_dir), "--json")
    assert json.loads(out)["documents"] >= 5


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Wait until ``condition()`` holds, failing after ``timeout`` seconds with ``what``.

    Only for what another process does to a database, which sends no event to wait on:
    a process's exit or output is waited on directly."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    while not condition():
        if time.monotonic() >= deadline:
            pytest.fail(f"gave up after {timeout:g} s waiting for {what}")
        time.sleep(delay)
        delay = min(delay * 2, 0.1)


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_kill_9_mid_run_keeps_committed_work_and_the_next_run_continues(
    tmp_path: Path,
) -> None:
    root = tmp_path / "mange"
    root.mkdir()
    total = 400
    for n in range(total):
        make_pdf(root / f"dokument-{n:04}.pdf", [f"Dokument nummer {n}", "Side to", "Side tre"])
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "vtviewer", "--data-dir", str(data), "index", str(root)]
    proc = subprocess.Popen(
        [*cmd, "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    db = data / "index.sqlite3"
    wait_for(lambda: _count(db) > 0 or proc.poll() is not None, 120, "the run's first commit")
    assert proc.poll() is None, "the run finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    committed = _count(db)
    assert 0 < committed < total
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()

    done = subprocess.run(
        [*cmd, "--json"], env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["added"] == total - committed
    assert _count(db) == total
    search = subprocess.run(
        [sys.executable, "-m", "vtviewer", "--data-dir", str(data), "search", "dokument", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert json.loads(search.stdout)["total"] == total


def test_json_output_is_valid_utf8_with_a_non_utf8_file_name(tmp_path: Path) -> None:
    root = tmp_path / "latin1"
    root.mkdir()
    raw = os.fsencode(str(root)) + b"/Omr\xe5deanalyse.pdf"
    make_pdf(os.fsdecode(raw), ["Områdeanalyse fra Telemarkforskning"])
    data = str(tmp_path / "data")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    base = [sys.executable, "-m", "vtviewer", "--data-dir", data]
    subprocess.run([*base, "index", str(root)], env=env, check=True, capture_output=True)
    for args in (["search", "telemarkforskning", "--json"], ["export"], ["problems", "--json"]):
        out = subprocess.run([*base, *args], env=env, check=True, capture_output=True).stdout
        parsed = json.loads(out.decode("utf-8"))  # strict UTF-8
        if args[0] == "search":
            assert os.fsencode(parsed["hits"][0]["path"]) == raw
        if args[0] == "export":
            assert os.fsencode(parsed[0]["path"]) == raw
    csv_out = subprocess.run(
        [*base, "export", "--format", "csv"], env=env, check=True, capture_output=True
    ).stdout
    assert raw in csv_out  # the file name's own bytes


@pytest.mark.parametrize("pause", [0.01, 0.1, 0.3])
def test_a_second_ctrl_c_stops_without_a_traceback(tmp_path: Path, pause: float) -> None:
    root = tmp_path / "mange"
    root.mkdir()
    for n in range(1000):
        make_pdf(root / f"d-{n:04}.pdf", [f"Dokument {n}", "to", "tre"])
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    data = str(tmp_path / "d")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vtviewer",
            "--data-dir",
            data,
            "index",
            str(root),
            "--workers",
            "1",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    db = tmp_path / "d" / "index.sqlite3"
    wait_for(lambda: _count(db) > 0 or proc.poll() is not None, 60, "the run's first commit")
    # Both presses reach the indexing process itself, the second while it is stopping,
    # closing the index or exiting.
    proc.send_signal(signal.SIGINT)
    time.sleep(pause)  # not a poll: how far the first press got when the second comes
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert _count(db) < 1000


def test_other_processes_read_while_one_indexes_and_a_second_index_is_refused(
    tmp_path: Path,
) -> None:
    from vtviewer.core.archive import Archive, IndexBusyError
    from vtviewer.paths import DataPaths

    root = tmp_path / "mange"
    root.mkdir()
    total = 1500  # enough that the run is still going while the loop below reads
    for n in range(total):
        make_pdf(root / f"d-{n:03}.pdf", [f"Dokument {n}", "handlingsplan"])
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [
            sys.executable,
            *["-m", "vtviewer", "--data-dir"],
            str(data),
            "index",
            str(root),
            "--workers",
            "1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        db = data / "index.sqlite3"
        wait_for(lambda: _count(db) > 0 or proc.poll() is not None, 60, "the first commit")
        reads = busy = 0
        while proc.poll() is None and reads < 20:
            with Archive.open(DataPaths(data)) as archive:  # must not touch the writer
                archive.sync_fulltext()
                archive.search("handlingsplan", limit=5)
                archive.stats()
                try:
                    archive.index()
                except IndexBusyError:
                    busy += 1
                else:
                    assert proc.poll() is not None  # only once the other run is over
            reads += 1
        assert busy > 0
    finally:
        assert proc.wait(timeout=300) == 0
    with Archive.open(DataPaths(data)) as archive:
        assert archive.search("handlingsplan", limit=1).total == total


def test_an_idle_window_does_not_block_another_process_from_indexing(
    tmp_path: Path, folder: Path
) -> None:
    from vtviewer.core.archive import Archive
    from vtviewer.paths import DataPaths

    paths = DataPaths(tmp_path / "data")
    with Archive.open(paths) as window, Archive.open(paths) as other:
        window.add_root(str(folder))
        assert window.index().added == 2  # the window indexed once and now sits idle
        make_pdf(folder / "ny.pdf", ["Ny plan"])
        assert other.index().added == 1  # tantivy's writer lock was let go
        window.remove_root(str(folder))
        assert window.stats().documents == 0
        assert window.search("plan", limit=1).total == 0
        # The other process's reader follows the commit within its reload delay.
        wait_for(lambda: other.search("plan", limit=1).total == 0, 10, "the other reader to reload")


def test_ordinary_errors_are_one_line_without_a_traceback(
    capsys: pytest.CaptureFixture[str], folder: Path, data_dir: Path
) -> None:
    d = ["--data-dir", str(data_dir)]
    assert main(["index", str(folder), *d, "--workers", "1"]) == 0
    capsys.readouterr()
    code = main(["export", "--format", "csv", "-o", str(data_dir / "mangler" / "x.csv"), *d])
    err = capsys.readouterr().err
    assert code == 1
    assert "No such file or directory" in err and "Traceback" not in err


def test_kill_9_during_roots_remove_leaves_nothing_searchable(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    other = tmp_path / "andre"
    other.mkdir()
    make_pdf(other / "rapport.pdf", ["Årsrapport"])
    d = ["--data-dir", str(data)]
    assert run(capsys, "index", str(folder), str(other), *d, "--workers", "1")[0] == 0
    # The process is killed right after the store committed, before the full-text index
    # let go of the folder's documents (where an older vtviewer had not yet deleted
    # them from the store either).
    script = (
        "import os, signal, sys\n"
        "from vtviewer.core.scan import Indexer\n"
        "Indexer.remove_fulltext = lambda *a: os.kill(os.getpid(), signal.SIGKILL)\n"
        "from vtviewer.cli import main\n"
        "main(sys.argv[1:])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    killed = subprocess.run(
        [sys.executable, "-c", script, "roots", "--remove", str(folder), *d],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL
    code, out, _ = run(capsys, "roots", *d)
    assert out == f"{other}\n"
    code, out, _ = run(capsys, "search", "handlingsplan", *d, "--json")
    assert code == 0 and json.loads(out)["total"] == 0
    code, out, _ = run(capsys, "stats", *d, "--json")
    assert json.loads(out)["documents"] == 1
