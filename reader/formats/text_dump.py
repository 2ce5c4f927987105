"""Raw page-text dumps: the whole visible page as text, one block a line."""

from __future__ import annotations

from reader.cleanup import parse_lines
from reader.document import Article


def parse_text_dump(text: str) -> Article:
    """Build an article from a whole-page text dump."""
    return parse_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
