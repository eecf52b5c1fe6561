"""Light and dark palettes for the Fusion style, following the system's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)


class VtStyle(QProxyStyle):
    """Fusion, with check boxes that stay visible on a dark palette.

    Fusion draws a check box's frame a shade darker than the window colour, which
    vanishes on dark backgrounds; a lighter window colour for that one call fixes it."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (
            element in _INDICATORS
            and option.palette.color(QPalette.ColorRole.Window).lightness() < 110
        ):
            # A copy of the option's own type: Fusion draws a check box only from a
            # QStyleOptionButton (a QCheckBox's), not from a plain QStyleOption.
            lighter = type(option)(option)
            lighter.palette = QPalette(option.palette)
            lighter.palette.setColor(QPalette.ColorRole.Window, QColor(0xA0, 0xA4, 0xAB))
            super().drawPrimitive(element, lighter, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


def is_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    palette = QPalette()
    window = QColor(0x2B, 0x2D, 0x31)
    base = QColor(0x1F, 0x21, 0x24)
    text = QColor(0xE6, 0xE6, 0xE6)
    disabled = QColor(0x8A, 0x8D, 0x93)
    highlight = QColor(0x3A, 0x7B, 0xD5)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(0x26, 0x28, 0x2C),
        QPalette.ColorRole.ToolTipBase: QColor(0x3A, 0x3D, 0x42),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(0x35, 0x38, 0x3D),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(0xFF, 0x6B, 0x6B),
        QPalette.ColorRole.Link: QColor(0x7F, 0xB4, 0xFF),
        QPalette.ColorRole.LinkVisited: QColor(0xB3, 0x9D, 0xFF),
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor(0xFF, 0xFF, 0xFF),
        QPalette.ColorRole.Light: QColor(0x45, 0x48, 0x4E),
        QPalette.ColorRole.Midlight: QColor(0x3A, 0x3D, 0x42),
        QPalette.ColorRole.Mid: QColor(0x30, 0x32, 0x36),
        QPalette.ColorRole.Dark: QColor(0x18, 0x19, 0x1B),
        QPalette.ColorRole.Shadow: QColor(0x0E, 0x0F, 0x10),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(0x44, 0x47, 0x4D)
    )
    return palette


def light_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(0x2F, 0x6F, 0xCC))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(0xFF, 0xFF, 0xFF))
    palette.setColor(QPalette.ColorRole.Link, QColor(0x1F, 0x5F, 0xB8))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(0xF5, 0xF6, 0xF8))
    return palette


def apply_theme(app: QApplication, theme: str) -> bool:
    """Fusion with a light or dark palette; returns whether it is dark."""
    if not isinstance(app.style(), VtStyle):
        app.setStyle(VtStyle())
    dark = is_dark(theme)
    app.setPalette(dark_palette() if dark else light_palette())
    return dark
