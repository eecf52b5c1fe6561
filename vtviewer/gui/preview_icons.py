"""Icons from resources/icons: the application icon, and action icons tinted to the palette."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from vtviewer.paths import resources_dir

#: The freedesktop application id; also the icon's file name in packaging.
APP_ID = "io.github.vtviewer.VtViewer"
#: PNG sizes rendered from the SVG by scripts/build_icons.py.
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def icons_dir() -> Path:
    return resources_dir() / "icons"


def app_icon() -> QIcon:
    """The application icon: the SVG plus every pre-rendered PNG size (crisp at 16 px)."""
    folder = icons_dir()
    icon = QIcon()
    for size in APP_ICON_SIZES:
        png = folder / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    svg = folder / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


@cache
def _svg_source(name: str) -> str:
    path = icons_dir() / "actions" / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _render(svg: str, colour: QColor, size: int) -> QPixmap:
    # The action SVGs draw with currentColor, which QtSvg does not resolve: substitute it.
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour.name()).encode()))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def action_icon(name: str, palette: QPalette) -> QIcon:
    """resources/icons/actions/<name>.svg in the palette's text colour (light and dark
    themes alike), with a greyed variant for disabled buttons; an empty icon if missing."""
    svg = _svg_source(name)
    icon = QIcon()
    if not svg:
        return icon
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    for size in (16, 24, 32, 48):
        icon.addPixmap(_render(svg, normal, size), QIcon.Mode.Normal)
        icon.addPixmap(_render(svg, disabled, size), QIcon.Mode.Disabled)
    return icon
