"""Where the library lives: one SQLite file in the user's data folder (`QINGDU_DATA_DIR` overrides it)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Qingdu"
# Tests, portable installs and scripts point the library elsewhere with this variable.
DATA_DIR_ENV = "QINGDU_DATA_DIR"
DB_FILENAME = "library.sqlite3"


def data_dir() -> Path:
    """The folder that holds the library: `$QINGDU_DATA_DIR`, else the platform's user data folder."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    # Loaded only here: import workers, tests and portable installs name their folder and never need it (~5 ms).
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def library_path(folder: str | os.PathLike[str] | None = None) -> Path:
    """The library's database file inside `folder` (default: `data_dir()`)."""
    return Path(folder).expanduser() / DB_FILENAME if folder is not None else data_dir() / DB_FILENAME
