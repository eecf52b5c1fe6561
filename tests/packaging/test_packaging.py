"""Desktop entry, AppStream metainfo, icons and packaging scripts carry what distros need."""

from __future__ import annotations

import configparser
import os
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import vtviewer

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.vtviewer.VtViewer"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


@pytest.fixture(scope="module")
def metainfo() -> ET.Element:
    return ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()


@pytest.fixture(scope="module")
def pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_desktop_entry_has_the_required_keys(
    desktop: configparser.SectionProxy, pyproject: dict[str, object]
) -> None:
    assert desktop["Type"] == "Application"
    assert desktop["Version"] in ("1.0", "1.1", "1.2", "1.3", "1.4", "1.5")
    assert desktop["Name"] == "vtviewer"
    assert desktop["Comment"] and desktop["Comment[nb]"]
    assert desktop["GenericName[nb]"] == "Arkivleser"
    scripts = pyproject["project"]["scripts"]  # type: ignore[index]
    assert desktop["Exec"].split()[0] in scripts
    assert desktop["Icon"] == APP_ID  # a themed icon name, not a path
    assert desktop["Terminal"] == "false"
    categories = desktop["Categories"]
    assert categories.endswith(";") and "Office" in categories.split(";")
    for key in ("Keywords", "Keywords[nb]"):
        assert desktop[key].endswith(";")


def test_metainfo_identity_licences_and_launchable(metainfo: ET.Element) -> None:
    assert metainfo.tag == "component"
    assert metainfo.get("type") == "desktop-application"
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("metadata_license") == "CC0-1.0"
    assert metainfo.findtext("project_license") == "GPL-3.0-or-later"
    launchable = metainfo.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"
    assert (PACKAGING / launchable.text).is_file()
    rating = metainfo.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    assert metainfo.findtext("provides/binary") == "vtviewer"


def test_metainfo_name_and_summary_in_english_and_bokmal(metainfo: ET.Element) -> None:
    for tag in ("name", "summary"):
        by_lang = {element.get(XML_LANG): (element.text or "") for element in metainfo.findall(tag)}
        assert by_lang.get(None), f"untranslated <{tag}> missing"
        assert by_lang.get("nb"), f"bokmål <{tag}> missing"
    for summary in metainfo.findall("summary"):
        text = summary.text or ""
        # AppStream: a short line, no trailing full stop.
        assert len(text) <= 80 and not text.endswith(".")
    paragraphs = metainfo.findall("description/p")
    assert any(p.get(XML_LANG) == "nb" for p in paragraphs)
    assert any(p.get(XML_LANG) is None for p in paragraphs)


def test_metainfo_release_matches_the_package_version(
    metainfo: ET.Element, pyproject: dict[str, object]
) -> None:
    releases = metainfo.findall("releases/release")
    assert releases, "no <release>"
    newest = releases[0]
    assert newest.get("version") == vtviewer.__version__
    assert newest.get("version") == pyproject["project"]["version"]  # type: ignore[index]
    assert newest.get("date") == "2026-11-26"


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_application_icon_svg_and_every_png_size_exist() -> None:
    hicolor = ROOT / "resources" / "icons" / "hicolor"
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 128 128"
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png) == (size, size)


def test_action_icons_use_the_palette_colour() -> None:
    actions = ROOT / "resources" / "icons" / "actions"
    names = {path.stem for path in actions.glob("*.svg")}
    assert {
        "page-previous",
        "page-next",
        "zoom-in",
        "zoom-out",
        "fit-width",
        "fit-page",
        "find",
    } <= names
    for path in actions.glob("*.svg"):
        text = path.read_text(encoding="utf-8")
        ET.fromstring(text)
        assert "currentColor" in text, f"{path.name} would not follow light/dark themes"


@pytest.mark.parametrize(
    "script", ["validate.sh", "build.sh", "desktop.sh", "install.sh", "make_dist.sh"]
)
def test_packaging_scripts_are_executable_shell(script: str) -> None:
    path = PACKAGING / script
    assert os.access(path, os.X_OK)
    assert path.read_text(encoding="utf-8").startswith("#!/bin/sh\n")
    subprocess.run(["sh", "-n", str(path)], check=True)


def test_desktop_entry_opens_pdfs_and_folders_from_a_file_manager(
    desktop: dict[str, str],
) -> None:
    assert desktop["Exec"] == "vtviewer %F"
    assert desktop["TryExec"] == "vtviewer"
    assert desktop["MimeType"].split(";")[:2] == ["application/pdf", "inode/directory"]


def test_desktop_files_install_and_uninstall_for_the_user(tmp_path: Path) -> None:
    share = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(share), "HOME": str(tmp_path)}
    app = "/opt/my apps/vtviewer/vtviewer"
    subprocess.run(
        ["sh", str(PACKAGING / "desktop.sh"), "install", app],
        check=True,
        env=env,
        capture_output=True,
    )
    entry = share / "applications" / "io.github.vtviewer.VtViewer.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{app}" %F' in lines and f"TryExec={app}" in lines
    assert (share / "metainfo" / "io.github.vtviewer.VtViewer.metainfo.xml").is_file()
    icons = list((share / "icons" / "hicolor").glob("*/apps/io.github.vtviewer.VtViewer.*"))
    assert len(icons) >= 8  # every PNG size and the SVG
    subprocess.run(
        ["sh", str(PACKAGING / "desktop.sh"), "uninstall"],
        check=True,
        env=env,
        capture_output=True,
    )
    assert not entry.exists()
    assert not list((share / "icons").rglob("io.github.vtviewer.VtViewer.*"))
