"""Installed from a wheel (not only editable), vtviewer finds its resources and sample."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def build_wheel(source: Path, tmp_path: Path) -> Path:
    """The wheel pip builds from ``source`` (a checkout or an sdist)."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
        timeout=600,
    )
    (wheel,) = wheels.glob("vtviewer-*.whl")
    return wheel


def test_wheel_install_finds_the_sample_archive(tmp_path: Path) -> None:
    wheel = build_wheel(REPO, tmp_path)
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), wheel],
        check=True,
        capture_output=True,
        timeout=600,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import json, vtviewer.paths as p; "
        "print(json.dumps([p.__file__, str(p.sample_archive_dir()), "
        "sorted(x.name for x in p.sample_archive_dir().iterdir())]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    module, sample, names = json.loads(out.stdout)
    assert module.startswith(str(target))
    assert sample.startswith(str(target))
    assert "vtviewer-catalog.json" in names
    assert sum(n.endswith(".pdf") for n in names) >= 5
    index = subprocess.run(
        [sys.executable, "-m", "vtviewer", "--data-dir", str(tmp_path / "d"), "index", "--sample"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
        check=False,
    )
    assert index.returncode == 0, index.stderr
    assert "0 problems" in index.stdout


def test_the_sdist_builds_a_wheel_that_runs_in_a_fresh_venv(tmp_path: Path) -> None:
    """What `pip install` or `pipx install` of vtviewer gives: from the sdist, a wheel
    with the resources and no tests; installed in a new venv, its `vtviewer` command
    indexes the sample and finds the contact."""
    sdists = tmp_path / "sdist"
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--outdir", str(sdists), str(REPO)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (sdist,) = sdists.glob("vtviewer-*.tar.gz")
    wheel = build_wheel(sdist, tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert not [n for n in names if n.startswith("tests/") or "/tests/" in n]
    assert "vtviewer/resources/translations/vtviewer_nb.qm" in names
    assert (
        sum(n.startswith("vtviewer/resources/sample/") and n.endswith(".pdf") for n in names) >= 5
    )
    assert any(n.endswith("entry_points.txt") for n in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    # The dependencies (PySide6, tantivy, ...) come from this test's environment rather
    # than the registry: a .pth line adds its site-packages after the venv's own.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    deps = sysconfig.get_path("purelib")
    Path(site, "vtviewer-test-deps.pth").write_text(deps + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    command = venv / "bin" / "vtviewer"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data = tmp_path / "data"
    index = subprocess.run(
        [str(command), "--data-dir", str(data), "index", "--sample"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
        check=False,
    )
    assert index.returncode == 0, index.stderr
    found = subprocess.run(
        [str(command), "--data-dir", str(data), "search", "bjorn", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
        check=True,
    )
    result = json.loads(found.stdout)
    assert result["total"] >= 1
    assert all(hit["path"].startswith(site) for hit in result["hits"])  # the wheel's sample
    assert "Bjørn" in {t for hit in result["hits"] for t in hit["terms"]}
