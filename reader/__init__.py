"""Qingdu's core: turn scraped files into clean `Article`s. Pure Python; never imports Qt.

The public names below load on first use, so `from reader import __version__` (every start of the app and the
CLI) does not pay for the parser; `from reader import parse_bytes` works as usual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lazy import lazy_getattr

if TYPE_CHECKING:
    from reader.document import Article, Block, Related, Removed, Source
    from reader.errors import ReaderError
    from reader.parse import ParseOptions, parse_bytes, parse_file, parse_records

__version__ = "0.1.0"

# public name -> the module that defines it
_LAZY = {
    "Article": "reader.document",
    "Block": "reader.document",
    "Related": "reader.document",
    "Removed": "reader.document",
    "Source": "reader.document",
    "ReaderError": "reader.errors",
    "ParseOptions": "reader.parse",
    "parse_bytes": "reader.parse",
    "parse_file": "reader.parse",
    "parse_records": "reader.parse",
}

__all__ = [
    "Article",
    "Block",
    "ParseOptions",
    "ReaderError",
    "Related",
    "Removed",
    "Source",
    "__version__",
    "parse_bytes",
    "parse_file",
    "parse_records",
]

__getattr__ = lazy_getattr(__name__, _LAZY, globals())
