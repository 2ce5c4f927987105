"""The title: the related list's entry for this article, else a title-like first line ("Title - Site")."""

from __future__ import annotations

import re

from reader.cleanup.bylines import is_byline
from reader.cleanup.page import Page

# A first line this long is a paragraph, not a title.
MAX_TITLE_CHARS_ZH = 60
MAX_TITLE_WORDS_EN = 30
# "Story title - Site" / "Story title | Site": the last part is the site when it is this short.
MAX_SITE_WORDS = 5
# A partial repeat of the title must be this long, and this much of it, to count as the headline.
MIN_HEADLINE_CHARS = 12
HEADLINE_SHARE = 0.6
_SITE_SEPARATOR = re.compile(r"\s+[-|–—_·]\s+|_|｜")
_SENTENCE_END = re.compile(r"[。；;，,]$")


def recover_title(page: Page) -> None:
    """Set the title, and drop lines that only repeat it."""
    own = page.own_entry.title if page.own_entry is not None else ""
    first = page.lines[0] if page.lines else None
    if own and not (first is not None and first.live and first.text.startswith(own) and first.text != own):
        page.title = own
    elif first is not None and first.live and _title_like(first.text, page.language):
        title, site = _split_site(first.text)
        page.title = title
        if site and page.site is None:
            page.site = site
        first.remove("title")
    if not page.title:
        return
    for line in page.lines[1:]:
        # The headline may already be out as a duplicate of a title-only first line; it still marks the start.
        if line.reason in (None, "duplicate") and _repeats_title(line.text, page.title):
            line.remove("title")
            if page.headline is None:
                page.headline = line.index


def _repeats_title(text: str, title: str) -> bool:
    """The line is the title, or most of it (a headline cut short, or the title with a kicker)."""
    if text == title:
        return True
    short, long = sorted((text, title), key=len)
    return len(short) >= MIN_HEADLINE_CHARS and len(short) >= HEADLINE_SHARE * len(long) and long.startswith(short)


def _title_like(text: str, language: str | None) -> bool:
    if _SENTENCE_END.search(text) or is_byline(text):
        return False
    if language in ("zh", "ja"):
        return len(text) <= MAX_TITLE_CHARS_ZH
    return len(text.split()) <= MAX_TITLE_WORDS_EN


def _split_site(text: str) -> tuple[str, str | None]:
    parts = _SITE_SEPARATOR.split(text)
    if len(parts) >= 2 and len(parts[-1].split()) <= MAX_SITE_WORDS and len(parts[-1]) < len(text) / 2:
        return text[: text.rfind(parts[-1])].rstrip(" -|–—_·｜"), parts[-1].strip()
    return text, None
