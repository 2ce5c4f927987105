"""The parser model: decide for each candidate block what it is, and keep what was removed and why.

`parse_lines` runs the passes over a text dump (see `pipeline`); `refine_article` runs the content-farm
passes over an article already extracted from HTML; `guess_language` is shared with the HTML parser.
"""

from __future__ import annotations

from reader.cleanup.language import guess_language
from reader.cleanup.pipeline import parse_lines
from reader.cleanup.refine import refine_article

__all__ = ["guess_language", "parse_lines", "refine_article"]
