"""Small text helpers the styles share: closing punctuation, title case, quotes, month names."""

from __future__ import annotations

import re

from reader.citation.names import has_han, word_set

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# MLA 9 abbreviates months longer than four letters (but writes out May, June, July).
MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_TERMINAL = (".", "?", "!", "。", "？", "！")
# Words MLA 9 and Chicago (8.159) both lowercase inside a title: articles, coordinating conjunctions,
# "to", and prepositions. Words that are often adverbs in phrasal verbs ("Set Up") are left capitalised.
MINOR_WORDS = word_set(
    "a an the and but or nor for yet so as at by from in into of on onto per than to upon via "
    "with within without vs vs."
)
_WORD = re.compile(r"^(?P<lead>[\"'“‘(\[]*)(?P<core>.*?)(?P<trail>[\"'”’)\].,;:!?]*)$")


def close(text: str, mark: str = ".") -> str:
    """`text` followed by `mark`, unless it already ends with a sentence-closing mark."""
    text = text.rstrip()
    return text if not text or text.endswith(_TERMINAL) else text + mark


def strip_final_period(text: str) -> str:
    """Drop a trailing full stop ("." or "。", but not "?", "!" or "..."), so the style can add its own."""
    if text.endswith("。") or (text.endswith(".") and not text.endswith("..")):
        return text[:-1].rstrip()
    return text


def swap_quotes(text: str) -> str:
    """Double quotes inside a title that the style puts in double quotes become single (MLA, Chicago)."""
    return text.replace("“", "‘").replace("”", "’").replace('"', "'")


def _capitalise(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def title_case(title: str) -> str:
    """Headline-style capitalisation for English titles (MLA 9, Chicago); others are left alone.

    Words that already carry capitals beyond their first letter (iPhone, NASA, McDonald) are kept.
    """
    if has_han(title):
        return title
    words = title.split(" ")
    out = []
    after_colon = True
    for index, word in enumerate(words):
        match = _WORD.match(word)
        assert match is not None  # the pattern matches any string
        lead, core, trail = match.group("lead", "core", "trail")
        is_last = index == len(words) - 1
        if not core or any(c.isupper() for c in core[1:]) or any(c.isdigit() for c in core):
            out.append(word)
        elif core.lower() in MINOR_WORDS and not after_colon and not is_last:
            out.append(lead + core.lower() + trail)
        else:
            out.append(lead + _capitalise(core) + trail)
        after_colon = trail.endswith((":", "?", "!")) or core in ("-", "–", "—")
    return " ".join(out)


def join_names(names: list[str], conjunction: str, *, serial_comma: bool = True) -> str:
    """ "A", "A and B" (or "A, and B"), "A, B, and C" with the style's conjunction ("and", "&")."""
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2:
        separator = f", {conjunction} " if serial_comma else f" {conjunction} "
        return names[0] + separator + names[1]
    return ", ".join(names[:-1]) + f", {conjunction} " + names[-1]
