"""Installed from a wheel (not only editable), vtviewer finds its resources and sample."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_wheel_install_finds_the_sample_archive(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
        timeout=600,
    )
    (wheel,) = wheels.glob("vtviewer-*.whl")
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
