"""Find files under resources/ (icons, stylesheets, translations) from a source checkout and from a packaged build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

# Square PNG sizes rendered into resources/icons/ (qingdu-<size>.png); Qt picks the closest one per use.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources_root() -> Path:
    """The resources/ folder: inside the PyInstaller bundle when frozen, else beside the `ui` package."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader, both one-folder and one-file
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a file under resources/, e.g. `resource_path("icons", "qingdu.svg")` (it may not exist)."""
    return resources_root().joinpath(*parts)


def app_icon() -> QIcon:
    """The application icon with every rendered size that exists (an empty icon when none do)."""
    return _icon_in(resources_root())


@cache  # the app and its window both ask at start; the sizes are read from disk once per folder
def _icon_in(root: Path) -> QIcon:
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        png = root / "icons" / f"qingdu-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon
