"""Freed memory goes back to the system: glibc's thresholds fixed once per process."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vtviewer.core import memory

CHILD = r"""
import ctypes, sys
from vtviewer.core.memory import THRESHOLD, return_freed_memory

def resident_after_churn():
    # A large block freed raises glibc's mmap threshold past its size; later blocks of
    # that size then come from the heap, each followed by a small one still in use, and
    # once freed they are holes the heap keeps.
    first = bytearray(4 * THRESHOLD)
    del first
    blocks, kept = [], []
    for _ in range(64):
        blocks.append(bytearray(4 * THRESHOLD))
        kept.append(bytearray(2048))
    del blocks
    with open("/proc/self/status") as status:
        fields = dict(line.split(":", 1) for line in status)
    return int(fields["RssAnon"].split()[0])

if sys.argv[1] == "fixed":
    assert return_freed_memory() and return_freed_memory()
print(resident_after_churn())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator only")
def test_on_linux_the_thresholds_are_fixed_and_freed_blocks_go_back() -> None:
    def resident(mode: str) -> int:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, mode], capture_output=True, text=True, check=True
        )
        return int(out.stdout.strip())

    # 64 blocks of 512 KiB freed: kept by the default allocator, given back when fixed.
    assert resident("default") - resident("fixed") > 16 * 1024


def test_elsewhere_it_says_it_did_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_done", False)
    monkeypatch.setattr(memory.sys, "platform", "win32")
    assert memory.return_freed_memory() is False


def test_the_users_own_allocator_settings_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_done", False)
    monkeypatch.setattr(memory.sys, "platform", "linux")
    monkeypatch.setenv("GLIBC_TUNABLES", "glibc.malloc.mmap_threshold=65536")
    assert memory.return_freed_memory() is False
    monkeypatch.delenv("GLIBC_TUNABLES")
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65536")
    assert memory.return_freed_memory() is False
