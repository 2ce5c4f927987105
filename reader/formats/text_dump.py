"""Raw page-text dumps: the whole visible page as text, one block a line."""

from __future__ import annotations

from reader.cleanup import clean_lines
from reader.document import Article


def parse_text_dump(text: str) -> Article:
    """Build an article from a whole-page text dump."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return clean_lines(lines)
