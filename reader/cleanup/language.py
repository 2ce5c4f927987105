"""Language of a page from its characters: Han-dominated text is Chinese, mostly-Latin text English."""

from __future__ import annotations

import string

# Only the start of a page is looked at: the language does not change halfway and pages can be huge.
SAMPLE_CHARS = 5000
_KANA_LEADS = (b"\xe3\x81", b"\xe3\x82", b"\xe3\x83")
# Japanese prose is mostly kana; Chinese has none (a stray "の" in a brand name stays Chinese).
KANA_SHARE_JA = 0.2
_HAN_LEAD_BYTES = bytes(range(0xE4, 0xEA))
_LATIN_BYTES = string.ascii_letters.encode()


def guess_language(lines: list[str]) -> str | None:
    """ "zh" when Han characters dominate the letters, "ja" when kana do, "en" for mostly-Latin text, else None."""
    sample = "".join(lines)[:SAMPLE_CHARS]
    data = sample.encode("utf-8", "replace")
    # In UTF-8 the lead bytes E4..E9 start exactly U+4000..U+9FFF: the unified Han characters (U+4E00..) plus the
    # end of Extension A (Han too) and the 64 Yijing hexagram symbols, too rare to matter.
    han = len(data) - len(data.translate(None, _HAN_LEAD_BYTES))
    # ASCII letters are single bytes in UTF-8: counted among the ASCII characters alone (few on a Chinese page).
    ascii_only = sample.encode("ascii", "ignore")
    latin = len(ascii_only) - len(ascii_only.translate(None, _LATIN_BYTES))
    # Kana (U+3040..U+30FF) are E3 81/82/83 in UTF-8: a page with a fair share of them is Japanese. Every kana
    # starts with an E3 byte (so does CJK punctuation): when there are too few of those to reach the Japanese
    # share of the Han characters, the kana are not counted (the two-byte counts scan the sample three times).
    leads = data.count(0xE3)
    kana = sum(data.count(lead) for lead in _KANA_LEADS) if leads and leads * 4 >= han else 0
    if han + kana == 0 and latin == 0:
        return None
    if kana >= KANA_SHARE_JA * (han + kana) and kana * 4 >= latin:
        return "ja"
    # A Han character carries about as much as a four-letter word.
    return "zh" if han >= latin / 4 else "en"
