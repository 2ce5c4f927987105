"""The parser model: decide for each candidate block what it is, and keep what was removed and why."""

from __future__ import annotations

import re

from reader.document import Article, Block, Removed

# A short line with no sentence punctuation between paragraphs reads as a heading.
HEADING_MAX_CHARS = 40
_SENTENCE_END = re.compile(r"[。！？!?.;；:：,，]$")


def clean_lines(lines: list[str]) -> Article:
    """First, honest pass: blank lines dropped, exact repeats removed, short bare lines as headings."""
    seen: set[str] = set()
    blocks: list[Block] = []
    removed: list[Removed] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if line in seen:
            removed.append(Removed("duplicate", line))
            continue
        seen.add(line)
        if len(line) <= HEADING_MAX_CHARS and not _SENTENCE_END.search(line):
            blocks.append(Block("heading", line))
        else:
            blocks.append(Block("paragraph", line))
    title = ""
    if blocks and blocks[0].kind == "heading":
        title = blocks[0].text
        blocks = blocks[1:]
    return Article(title=title, blocks=tuple(blocks), removed=tuple(removed), language=guess_language(lines))


def guess_language(lines: list[str]) -> str | None:
    """ "zh" when Han characters dominate the letters, "en" for mostly-Latin text, else None."""
    sample = "".join(lines)[:20000]
    han = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if han == 0 and latin == 0:
        return None
    return "zh" if han >= latin / 4 else "en"
