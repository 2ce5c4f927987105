"""Cookie notices and consent banners, which sit anywhere on a page and read like sentences."""

from __future__ import annotations

import re

from reader.cleanup.page import Page

COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:use|uses|using|accept|consent|agree|policy|settings|preferences|browsing|continu)"
    r"|\b(?:use|uses|using|accept|consent|agree)\b.*\bcookies?\b|使用\s*cookie|Cookie\s*政策|隐私政策.*同意",
    re.I,
)
# A cookie banner is a few sentences at most.
MAX_COOKIE_CHARS = 600


def mark_cookie_notices(page: Page) -> None:
    """Remove cookie and consent banners."""
    for line in page.live():
        text = line.text
        if len(text) > MAX_COOKIE_CHARS or ("ookie" not in text and "OOKIE" not in text and "隐私" not in text):
            continue
        if COOKIE.search(text):
            line.remove("cookie")
