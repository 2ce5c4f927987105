"""Raw page-text dumps: the whole visible page as text, one block a line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.cleanup import parse_lines
from reader.document import Article

_NEWLINE = re.compile(r"\r\n|\r|\n")


# Up to this size the dump is split in one call (fast); a larger one is split lazily, line by line,
# so a huge dump is not copied whole (the model reads at most MAX_TOTAL_CHARS of it anyway).
SPLIT_AT_ONCE_CHARS = 1_000_000


def parse_text_dump(text: str) -> Article:
    """Build an article from a whole-page text dump."""
    if len(text) <= SPLIT_AT_ONCE_CHARS:
        return parse_lines(split_lines(text))
    return parse_lines(_iter_lines(text))


def split_lines(text: str) -> list[str]:
    """The lines of `text` split on LF, CRLF or CR, as `_NEWLINE.split` gives them (plain string splits are
    several times cheaper than a regex scan)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def _iter_lines(text: str) -> Iterator[str]:
    """Lines split on LF, CRLF or CR, produced lazily so a huge dump is not copied whole."""
    start = 0
    for m in _NEWLINE.finditer(text):
        yield text[start : m.start()]
        start = m.end()
    yield text[start:]
