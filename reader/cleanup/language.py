"""Language of a page from its characters: Han-dominated text is Chinese, mostly-Latin text English."""

from __future__ import annotations

# Only the start of a page is looked at: the language does not change halfway and pages can be huge.
SAMPLE_CHARS = 20000


def guess_language(lines: list[str]) -> str | None:
    """ "zh" when Han characters dominate the letters, "en" for mostly-Latin text, else None."""
    sample = "".join(lines)[:SAMPLE_CHARS]
    han = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if han == 0 and latin == 0:
        return None
    # A Han character carries about as much as a four-letter word.
    return "zh" if han >= latin / 4 else "en"


def is_cjk(ch: str) -> bool:
    """A Han character (the CJK unified block)."""
    return "\u4e00" <= ch <= "\u9fff"
