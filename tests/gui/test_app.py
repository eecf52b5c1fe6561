"""Starting the app: plain-words messages when Qt cannot open a window."""

from __future__ import annotations

import pytest

from vtviewer.gui import app
from vtviewer.paths import data_paths


def test_no_display_suggests_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    message = app.display_problem({"QT_QPA_PLATFORM": "xcb"})
    assert "no graphical display" in message
    assert "vtviewer search" in message


def test_missing_xcb_cursor_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setattr(app, "_library_loads", lambda name: name != "xcb-cursor")
    message = app.display_problem({"DISPLAY": ":0"})
    assert "libxcb-cursor0" in message
    assert "sudo apt install libxcb-cursor0" in message
    assert "libxkbcommon" not in message


def test_offscreen_and_wayland_need_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setattr(app, "_library_loads", lambda name: False)
    assert app.display_problem({"QT_QPA_PLATFORM": "offscreen"}) == ""
    assert app.display_problem({"WAYLAND_DISPLAY": "wayland-0"}) == ""


def test_run_gui_says_so_and_returns_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert app.run_gui(data_paths(str(tmp_path))) == 1
    assert "no graphical display" in capsys.readouterr().err
