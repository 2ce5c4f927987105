"""Captions: photo lines in parentheses, or starting with 图为 / 图片来源 / Photo:, shown but not body text."""

from __future__ import annotations

import re

from reader.cleanup.page import Page

# A caption is a line, not a paragraph that happens to start with a bracket.
MAX_CAPTION_CHARS = 160
CAPTION = re.compile(
    r"^(?:[(（][^()（）]{2,}[)）]|图为.*|图片来源.*|图片[:：].*|图[:：/].*|摄影[:：].*|\(?(?:Photo|Image|Picture)"
    r"(?: credit)?\s*[:：].*|.*\((?:Photo|Image):? [^)]*\))$",
    re.I,
)


def is_caption(text: str) -> bool:
    """A line that reads as a photo caption or credit."""
    return len(text) <= MAX_CAPTION_CHARS and bool(CAPTION.match(text))


def mark_captions(page: Page) -> None:
    """Give caption lines the caption kind (they stay on the article, out of its text)."""
    for line in page.live():
        if line.kind is None and is_caption(line.text):
            line.kind = "caption"
