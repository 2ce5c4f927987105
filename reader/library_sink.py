"""Storing each parsed file in the library from inside the parse worker that read it (`BatchRunner(sink=...)`).

The articles never travel back to the importing process and are never unpickled, compressed or indexed
there: the window's process (whose event loop must keep running) only learns the stored ids.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reader.document import Article
from reader.errors import ReaderError


class LibrarySink:
    """Stores files in the library at `path`; one connection per worker process, opened on first use.

    Returns, per file, the `(article id, new)` pairs of the articles it holds. A write that fails is the
    file's `ReaderError` (code "library_write_failed").
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._library: Any = None  # a reader.library.Library once opened (imported lazily: see __call__)

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}  # a connection never crosses processes

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path = state["path"]
        self._library = None

    def __call__(self, path: str, data: bytes, articles: tuple[Article, ...]) -> tuple[tuple[int, bool], ...]:
        # reader.library imports reader.batch, so it is loaded here, in the worker, not at import time.
        from reader.library import Library, LibraryError

        try:
            if self._library is None:
                self._library = Library(self.path)
            results = self._library.add_parsed(data, path, articles)
        except LibraryError as error:
            raise ReaderError.of("library_write_failed", detail=str(error).removeprefix(_PREFIX)) from None
        return tuple((r.id, r.new) for r in results if r.id is not None)

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


# LibraryError messages already say this; the catalogue message says it once.
_PREFIX = "the library could not be written: "
