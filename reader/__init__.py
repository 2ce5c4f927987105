"""Qingdu's core: turn scraped files into clean `Article`s. Pure Python; never imports Qt."""

from reader.document import Article, Block, Related, Removed, Source
from reader.errors import ReaderError
from reader.parse import ParseOptions, parse_bytes, parse_file, parse_records

__version__ = "0.1.0"

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
