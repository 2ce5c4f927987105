"""Light and dark themes: the widget palette, the window stylesheet and the reading pane's colours.

"system" follows the desktop's colour scheme (QStyleHints.colorScheme) and changes with it.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.resources import resource_path

THEMES = ("system", "light", "dark")
APPLIED_PROPERTY = "qingdu_theme"  # the effective theme last applied to the QApplication
STYLE = "Fusion"  # the one built-in style that honours a custom palette everywhere
STYLE_PROPERTY = "qingdu_style"  # set once the QApplication runs STYLE


class ReadingColors(NamedTuple):
    """Colours of the reading pane's HTML (QTextDocument CSS has no variables, so they are filled in)."""

    text: str
    background: str
    muted: str
    heading: str
    link: str
    quote_bar: str
    removed: str
    removed_label: str
    highlight: str


LIGHT = ReadingColors(
    text="#1f1f1f",
    background="#fbfaf7",  # a warm off-white is easier on the eyes for long reading than pure white
    muted="#6b6b6b",
    heading="#111111",
    link="#1a5fb4",
    quote_bar="#c8c2b4",
    removed="#9a9a9a",
    removed_label="#b25a00",
    highlight="#ffe27a",
)
DARK = ReadingColors(
    text="#dcdcdc",
    background="#1e1f22",
    muted="#9a9a9a",
    heading="#f0f0f0",
    link="#78aeff",
    quote_bar="#55585e",
    removed="#7d7d7d",
    removed_label="#e0a050",
    highlight="#7a6412",
)


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> str:
    """ "light" or "dark" for a theme setting ("system" asks the desktop)."""
    if theme in ("light", "dark"):
        return theme
    return "dark" if system_is_dark() else "light"


def reading_colors(effective: str) -> ReadingColors:
    return DARK if effective == "dark" else LIGHT


def dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#dcdcdc")
    palette.setColor(QPalette.ColorRole.Window, window)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    palette.setColor(QPalette.ColorRole.Base, base)
    palette.setColor(QPalette.ColorRole.AlternateBase, window)
    palette.setColor(QPalette.ColorRole.Text, text)
    palette.setColor(QPalette.ColorRole.Button, window)
    palette.setColor(QPalette.ColorRole.ButtonText, text)
    palette.setColor(QPalette.ColorRole.ToolTipBase, base)
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a8a8a"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f5d9e"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#78aeff"))
    palette.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b6b"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f6f6f"))
    return palette


def light_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f3f2ef"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f1f1f"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f5f2"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f1f1f"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#eceae6"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1f1f1f"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a8a8a"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#cfe0f7"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#0b2545"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#1a5fb4"))
    return palette


def stylesheet(effective: str) -> str:
    """The window stylesheet for this theme from resources/styles/ (empty when the file is missing)."""
    path = resource_path("styles", f"{effective}.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def styled_application(argv: list[str]) -> QApplication:
    """A QApplication created with STYLE: choosing the style at construction is free, while a later setStyle()
    returns a QStyle that PySide wraps, building its eleven enum classes (about 570 members; 4 % of a start's
    instructions)."""
    app = QApplication([*argv, "-style", STYLE])
    app.setProperty(STYLE_PROPERTY, STYLE)
    return app


def apply_theme(app: QApplication, theme: str) -> str:
    """Set palette and stylesheet for a theme setting; returns the effective "light" or "dark"."""
    effective = resolve(theme)
    # Re-styling the whole application costs a few hundred ms: only do what changed. The style is set once; asking
    # app.style() which it is would cost more at start (PySide initialises the style classes, ~30 ms).
    if app.property(STYLE_PROPERTY) != STYLE:
        app.setStyle(STYLE)
        app.setProperty(STYLE_PROPERTY, STYLE)
    if app.property(APPLIED_PROPERTY) != effective:
        app.setPalette(dark_palette() if effective == "dark" else light_palette())
        app.setStyleSheet(stylesheet(effective))
        app.setProperty(APPLIED_PROPERTY, effective)
    return effective
