"""Small measures of a line shared by the passes: width, sentence punctuation, ellipses."""

from __future__ import annotations

import re

# Truncation marks: "...", "…", "……", "。。。" (checked from the end, so a line of dots costs no backtracking).
_ELLIPSIS_TAILS = ("...", "…", "。。。")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[^\W\u4e00-\u9fff][^\W\u4e00-\u9fff'’\-]*")


def width(text: str) -> float:
    """Display width in full-width units: a Han character counts 1, an ASCII character half."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def word_count(text: str) -> int:
    """Words, counting each Han character as a word of its own (what the scorer does, roughly)."""
    latin = len(LATIN_WORD.findall(text))
    return latin + len(HAN.findall(text))


def ends_with_ellipsis(text: str) -> bool:
    """The line ends with a truncation mark."""
    return text.endswith(_ELLIPSIS_TAILS)


def strip_ellipsis(text: str) -> str:
    """The text without a trailing truncation mark."""
    if text.endswith("…"):
        return text.rstrip("…").rstrip()
    if text.endswith(("...", "。。。")):
        # Exactly the mark: "...on Monday...." keeps the sentence's own full stop; "......" is one mark.
        dots = len(text) - len(text.rstrip(text[-1]))
        return text[: -(dots if dots >= 6 else 3)].rstrip()
    return text
