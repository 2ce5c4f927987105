"""Language of a page from its characters: Han-dominated text is Chinese, mostly-Latin text English."""

from __future__ import annotations

import re

# Only the start of a page is looked at: the language does not change halfway and pages can be huge.
SAMPLE_CHARS = 20000
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def guess_language(lines: list[str]) -> str | None:
    """ "zh" when Han characters dominate the letters, "en" for mostly-Latin text, else None."""
    sample = "".join(lines)[:SAMPLE_CHARS]
    han = len(_HAN.findall(sample))
    latin = len(_LATIN.findall(sample))
    if han == 0 and latin == 0:
        return None
    # A Han character carries about as much as a four-letter word.
    return "zh" if han >= latin / 4 else "en"


def is_cjk(ch: str) -> bool:
    """A Han character (the CJK unified block)."""
    return "\u4e00" <= ch <= "\u9fff"
