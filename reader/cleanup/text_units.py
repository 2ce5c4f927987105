"""Small measures of a line shared by the passes: width, sentence punctuation, ellipses."""

from __future__ import annotations

import re

ELLIPSIS = re.compile(r"(?:\.{3,}|…+|。{3,})$")
SENTENCE_END = re.compile(r"[。！？!?.;；…”\"’)）]$")
SENTENCE_PUNCT = re.compile(r"[。！？!?；;，,、]|[.?!](?:\s|$)")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[^\W\u4e00-\u9fff][^\W\u4e00-\u9fff'’\-]*")


def width(text: str) -> float:
    """Display width in full-width units: a Han character counts 1, an ASCII character half."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def word_count(text: str) -> int:
    """Words, counting each Han character as a word of its own (what the scorer does, roughly)."""
    latin = len(LATIN_WORD.findall(text))
    return latin + len(HAN.findall(text))


def strip_ellipsis(text: str) -> str:
    """The text without a trailing truncation mark."""
    return ELLIPSIS.sub("", text).rstrip()
