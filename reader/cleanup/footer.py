"""Footers: ICP records, copyright and 'about us' lines are boilerplate, and the site name they carry is kept."""

from __future__ import annotations

import re

from reader.cleanup.page import Page

# One of these alone makes a line a footer: nothing in an article body reads like an ICP record.
STRONG_MARKERS = re.compile(
    r"备案号|ICP[备证]|ICP\s*\d|公网安备|版权所有|Copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4}|All rights reserved"
    r"|未经授权.{0,6}(?:转载|复制)|违法和不良信息举报|增值电信业务",
    re.I,
)
# These need company: "关于我们" can be a heading, "关于我们 联系我们 网站地图" cannot.
WEAK_MARKERS = re.compile(
    r"关于我们|联系我们|网站地图|免责声明|隐私政策|广告服务|投稿邮箱|法律声明|About Us|Contact Us|Privacy Policy"
    r"|Terms of (?:Use|Service)|Cookie Policy|Sitemap|Advertise",
    re.I,
)
# A footer line is short: a paragraph quoting a copyright notice is not a footer.
MAX_FOOTER_CHARS = 300
# Past this length, or with this many sentences, one marker is not enough.
MAX_ONE_MARKER_CHARS = 120
PROSE_SENTENCES = 2
# Footer pieces that are not the site's name.
_NOT_SITE = re.compile(
    r"备案号[:：]?\S*|\S*ICP\S*|\S*公网安备\S*|版权所有[:：]?|Copyright|©|\(c\)|All rights reserved\.?"
    r"|\d{4}\s*[-–—~]\s*\d{4}|\d{4}|" + WEAK_MARKERS.pattern,
    re.I,
)
_OWNER = re.compile(
    r"(?:版权所有|Copyright|©)\s*[:：]?\s*(?:\d{4}(?:\s*[-–—~]\s*\d{4})?)?\s*[,，]?\s*([^|｜,，.。]+)", re.I
)
_PIECE_SEPARATOR = re.compile(r"[|｜\s]{2,}|\||｜|\s(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s")
_SITE_SHAPE = re.compile(r"^[\w\u4e00-\u9fff][\w\u4e00-\u9fff .&'\-]{1,40}$")


# Cheap first look: a footer line holds at least one of these (lower-cased) pieces.
_FOOTER_HINTS = ("备案", "icp", "公网安备", "版权", "copyright", "©", "(c)", "rights reserved", "未经", "举报", "电信")
_WEAK_HINTS = (
    "关于",
    "联系",
    "网站地图",
    "声明",
    "隐私",
    "广告",
    "投稿",
    "about",
    "contact",
    "privacy",
    "terms",
    "cookie",
)
_WEAK_HINTS_2 = ("sitemap", "advertise")
# All the hints in one pattern: one scan of the line instead of a substring test per hint.
_ANY_HINT = re.compile("|".join(map(re.escape, _FOOTER_HINTS + _WEAK_HINTS + _WEAK_HINTS_2)))


def is_footer(text: str) -> bool:
    """A copyright / record / about-us line."""
    if len(text) > MAX_FOOTER_CHARS:
        return False
    lower = text.lower()
    if not _ANY_HINT.search(lower):
        return False
    # A paragraph that talks about copyright is prose, not a footer: long sentences need two markers.
    if text.count("。") + text.count(". ") >= PROSE_SENTENCES or len(text) > MAX_ONE_MARKER_CHARS:
        return len(STRONG_MARKERS.findall(text)) + len(WEAK_MARKERS.findall(text)) >= 2
    return bool(STRONG_MARKERS.search(text)) or len(WEAK_MARKERS.findall(text)) >= 2


def site_from_footer(text: str) -> str | None:
    """The site name a footer line carries ("© 2024 Foo News. All rights reserved" -> "Foo News")."""
    owner = _OWNER.search(text)
    # The owner named after a copyright mark comes first; the line's other pieces only when it is not a name.
    if owner:
        first = _NOT_SITE.sub("", owner.group(1)).strip(" .,，:：-")
        if _is_site_name(first):
            return first
    for piece in _PIECE_SEPARATOR.split(_NOT_SITE.sub("|", text)):
        piece = piece.strip(" .,，:：-|")
        if _is_site_name(piece):
            return piece
    return None


def _is_site_name(piece: str) -> bool:
    return bool(_SITE_SHAPE.match(piece)) and not piece.isdigit() and len(piece) >= 2


def mark_footer(page: Page) -> None:
    """Remove footer lines; the first site name found in them becomes the article's site."""
    for line in page.live():
        if is_footer(line.text):
            line.remove("footer")
            if page.site is None:
                page.site = site_from_footer(line.text)
