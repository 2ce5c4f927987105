"""Captions: photo lines in parentheses, or starting with 图为 / 图片来源 / Photo:, shown but not body text."""

from __future__ import annotations

import re

from reader.cleanup.page import Page

# A caption is a line, not a paragraph that happens to start with a bracket.
MAX_CAPTION_CHARS = 160
# English photo lines end with a credit: "... in Hanoi. (AP)", "... Credit: Jane Doe/Reuters", "(Getty Images)".
EN_CREDIT = re.compile(
    r"(?:\(\s*(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock|iStock|Alamy|Bloomberg|AP Photo"
    r"|[A-Z][\w .'-]*/[\w .'/-]+)\s*\)"
    r"|\b(?:Credit|Photo|Photograph|Image|Picture)s?(?: by| credit)?\s*:\s*[^.]{2,80}"
    r"|\b(?:Photo|Image) by [A-Z][^.]{2,60}|/(?:AP|AFP|Reuters|Getty Images|EPA)|\bGetty Images)\.?$"
)
CAPTION = re.compile(
    r"^(?:[(（][^()（）]{2,}[)）]|图为.*|图片来源.*|图片[:：].*|图[:：/].*|摄影[:：].*|\(?(?:Photo|Image|Picture)"
    r"(?: credit)?\s*[:：].*|.*\((?:Photo|Image):? [^)]*\))$",
    re.I,
)

# What a line must hold for the patterns above to have a chance (CAPTION: its first character, a colon, or a
# closing parenthesis; EN_CREDIT: a bracket, a slash or one of its capitalised words).
_CAPTION_LEADS = "(（图摄"
_CREDIT_PIECES = (")", "/", "Credit", "Photo", "Image", "Picture")


def is_caption(text: str) -> bool:
    """A line that reads as a photo caption or credit."""
    if len(text) > MAX_CAPTION_CHARS * 2:
        return False
    # Substring pre-checks that every branch of each pattern needs, so most lines skip the regexes.
    if (
        len(text) <= MAX_CAPTION_CHARS
        and (text[:1] in _CAPTION_LEADS or ":" in text or "：" in text or (text.endswith(")") and "(" in text))
        and CAPTION.match(text)
    ):
        return True
    return any(piece in text for piece in _CREDIT_PIECES) and bool(EN_CREDIT.search(text))


def mark_captions(page: Page) -> None:
    """Give caption lines the caption kind (they stay on the article, out of its text)."""
    for line in page.live():
        if line.kind is None and is_caption(line.text):
            line.kind = "caption"
