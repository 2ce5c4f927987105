"""The app's remembered state (geometry, splitter, zoom, theme, language…) in one QSettings INI file.

With QINGDU_DATA_DIR set (tests, portable use) the file lives in that folder, so nothing leaks into the
user's real settings; otherwise Qt's per-user location is used.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "Qingdu"
APPLICATION = "Qingdu"
SETTINGS_FILE = "settings.ini"

# Keys, named once so a typo cannot silently create a second setting.
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
OPEN_PANELS = "window/open_panels"  # the docks shown at exit: "problems", "bookmarks" (see read_names)
SPLITTER = "window/splitter"
ZOOM = "reading/zoom"
THEME = "appearance/theme"  # "system", "light" or "dark"
SHOW_REMOVED = "reading/show_removed"
SORT_KEY = "list/sort"
CITATION_STYLE = "citation/default_style"
LANGUAGE = "appearance/language"  # "" follows the system


def app_settings() -> QSettings:
    """A QSettings for Qingdu; a file in QINGDU_DATA_DIR when that is set."""
    data_dir = os.environ.get("QINGDU_DATA_DIR")
    if data_dir:
        return QSettings(str(Path(data_dir) / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def read_int(settings: QSettings, key: str, default: int) -> int:
    """An int setting; INI files give strings back, and a broken value falls back to the default."""
    value = settings.value(key, default)
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def read_bool(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def read_str(settings: QSettings, key: str, default: str) -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def read_names(settings: QSettings, key: str) -> list[str]:
    """A list of names: INI files give back a comma-separated value as a list, a single name as a string."""
    value = settings.value(key, [])
    items = value if isinstance(value, list) else str(value or "").split(",")
    return [str(item).strip() for item in items if str(item).strip()]
