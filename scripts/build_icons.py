"""Render the application icon's PNG sizes from its SVG (run after editing the SVG), and
with --platform-icons the Windows .ico and macOS .icns the frozen app is built with
(packaging/icons/, not committed: `make dist` and packaging/vtviewer.spec make them)."""

from __future__ import annotations

import argparse
import logging
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vtviewer.gui.preview_icons import APP_ICON_SIZES, APP_ID  # noqa: E402

ICONS = ROOT / "resources" / "icons" / "hicolor"
PLATFORM_ICONS = ROOT / "packaging" / "icons"
log = logging.getLogger("build_icons")


def png_bytes(svg: Path, size: int) -> bytes:
    """The icon at ``size`` pixels as PNG data."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"invalid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not render {svg} at {size} px")
    return bytes(data.data())


def write_ico(
    svg: Path, out: Path, sizes: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
) -> None:
    """A Windows icon: the ICO header, one directory entry per size, PNG images (Windows
    Vista and later read PNG inside ICO; 256 is written as 0 in the one-byte fields)."""
    images = [png_bytes(svg, size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(header + entries + b"".join(images))
    log.info("wrote %s", out.relative_to(ROOT))


#: ICNS element types holding PNG data, by size in pixels (ic10 is 512@2x).
ICNS_TYPES = (
    (16, b"icp4"),
    (32, b"icp5"),
    (64, b"icp6"),
    (128, b"ic07"),
    (256, b"ic08"),
    (512, b"ic09"),
    (1024, b"ic10"),
)


def write_icns(svg: Path, out: Path) -> None:
    """A macOS icon: "icns", the file length, then (type, length, PNG data) elements."""
    body = b""
    for size, kind in ICNS_TYPES:
        image = png_bytes(svg, size)
        body += kind + struct.pack(">I", 8 + len(image)) + image
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    log.info("wrote %s", out.relative_to(ROOT))


def render(svg: Path, size: int, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(png_bytes(svg, size))
    log.info("wrote %s", out.relative_to(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--svg", type=Path, default=ICONS / "scalable" / "apps" / f"{APP_ID}.svg")
    parser.add_argument(
        "--platform-icons",
        action="store_true",
        help="only write packaging/icons/vtviewer.ico and vtviewer.icns",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if args.platform_icons:
        write_ico(args.svg, PLATFORM_ICONS / "vtviewer.ico")
        write_icns(args.svg, PLATFORM_ICONS / "vtviewer.icns")
        del app
        return 0
    for size in APP_ICON_SIZES:
        render(args.svg, size, ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
