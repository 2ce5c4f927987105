"""Duplicates: a block repeated later in the page (a list shown twice, a pull quote) is kept once."""

from __future__ import annotations

from reader.cleanup.page import Page


def mark_duplicates(page: Page) -> None:
    """Remove every later exact repeat of a line."""
    seen: set[str] = set()
    for line in page.lines:
        if line.text in seen:
            line.remove("duplicate")
        else:
            seen.add(line.text)
