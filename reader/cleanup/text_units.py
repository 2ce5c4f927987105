"""Truncation marks at the end of a line ("...", "…", "……", "。。。"), shared by the passes."""

from __future__ import annotations

# Truncation marks: "...", "…", "……", "。。。" (checked from the end, so a line of dots costs no backtracking).
_ELLIPSIS_TAILS = ("...", "…", "。。。")


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
