"""Share-button and interaction lines ("分享到 微信 微博", "Share on Facebook", "点赞 收藏")."""

from __future__ import annotations

import re

from reader.cleanup.page import Page

# A share bar is made of these buttons (each piece of the line is one of them, maybe with a count).
SHARE_WORD = re.compile(
    r"(?:分享到?|分享至|微信|微博|朋友圈|QQ空间|QQ|二维码|扫一扫|点赞|收藏|打印|转发|评论|字号|[大中小]|Share|Shares|Tweet"
    r"|Facebook|Twitter|LinkedIn|WhatsApp|Pinterest|Reddit|Tumblr|Flipboard|Messenger|Email|E-mail|Print|Copy|Link"
    r"|Comments?|Save|SMS)\d*",
    re.I,
)
# Little words between the buttons ("Share on Facebook") that count neither way.
_FILLER = frozenset({"on", "to", "via", "this", "the", "article", "story", "by"})
# Share bars are short: a sentence that mentions WeChat is not a share bar.
MAX_SHARE_CHARS = 60
# At least this share of the line's words must be share words.
MIN_SHARE_FRACTION = 0.6


def is_share_line(text: str) -> bool:
    """A line made (mostly) of share/print/comment buttons."""
    if len(text) > MAX_SHARE_CHARS or "。" in text:
        return False
    pieces = [p for p in re.split(r"[\s|｜/·,，:：]+", text) if p and p.lower() not in _FILLER]
    if not pieces:
        return False
    hits = sum(1 for p in pieces if SHARE_WORD.fullmatch(p))
    return hits / len(pieces) >= MIN_SHARE_FRACTION and (
        hits >= 2 or (len(pieces) == 1 and hits == 1 and len(text) <= 12)
    )


def mark_share(page: Page) -> None:
    """Remove share-button lines."""
    for line in page.live():
        if is_share_line(line.text):
            line.remove("share")
