"""Share-button and interaction lines ("分享到 微信 微博", "Share on Facebook", "点赞 收藏")."""

from __future__ import annotations

import re

from reader.cleanup.page import Page

SHARE_WORDS = re.compile(
    r"分享到|分享至|^分享$|微信|微博|朋友圈|QQ空间|二维码|扫一扫|点赞|收藏|打印|转发|评论\s*\d*|字号|[大中小]$"
    r"|Share|Tweet|Facebook|Twitter|LinkedIn|WhatsApp|Pinterest|Reddit|Email|E-mail|Print|Copy link|Comments?\b|Save",
    re.I,
)
# Share bars are short: a sentence that mentions WeChat is not a share bar.
MAX_SHARE_CHARS = 60
# At least this share of the line's words must be share words.
MIN_SHARE_FRACTION = 0.6


def is_share_line(text: str) -> bool:
    """A line made (mostly) of share/print/comment buttons."""
    if len(text) > MAX_SHARE_CHARS:
        return False
    pieces = [p for p in re.split(r"[\s|｜/·,，:：]+", text) if p]
    if not pieces:
        return False
    hits = sum(1 for p in pieces if SHARE_WORDS.search(p) and len(p) <= 12)
    return hits / len(pieces) >= MIN_SHARE_FRACTION and (
        hits >= 2 or (len(pieces) == 1 and hits == 1 and len(text) <= 12)
    )


def mark_share(page: Page) -> None:
    """Remove share-button lines."""
    for line in page.live():
        if is_share_line(line.text):
            line.remove("share")
