"""Find the files to import: files as given, folders walked recursively, symlink loops cut."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

# Files a folder walk passes over: expected-output sidecars and OS litter, never articles.
SKIPPED_SUFFIXES = (".gold.json",)
SKIPPED_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Yield every file named or found below the given paths, each real file once, in sorted order.

    A path that does not exist is yielded as is, so the caller reports it as a per-file error.
    """
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, seen_dirs, seen_files)
        else:
            key = os.path.realpath(path)
            if key not in seen_files:
                seen_files.add(key)
                yield path


def _walk(root: Path, seen_dirs: set[tuple[int, int]], seen_files: set[str]) -> Iterator[Path]:
    try:
        info = root.stat()
    except OSError:
        return
    key = (info.st_dev, info.st_ino)
    if key in seen_dirs:
        return
    seen_dirs.add(key)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name in SKIPPED_NAMES:
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False  # a link that loops onto itself: yielded, so it is reported rather than lost
        if is_dir:
            yield from _walk(path, seen_dirs, seen_files)
        elif not entry.name.endswith(SKIPPED_SUFFIXES):
            real = os.path.realpath(path)
            if real not in seen_files:
                seen_files.add(real)
                yield path
