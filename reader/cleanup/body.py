"""The body region: the densest run of sentence-like lines; menus, link lists and comments around it go.

Each line votes by how much running prose it holds; the body is the contiguous stretch with the largest
total (a maximum-sum run, linear in the number of lines), so short headings inside it survive while long
menus, tag clouds and link lists outside it do not. The page's own title line, repeated as the story's
headline, marks where the story starts; a comments or share section marks where it ends.
"""

from __future__ import annotations

import re

from reader.cleanup.page import Line, Page
from reader.cleanup.text_units import ends_with_ellipsis

# Prose: a line this long (words; a Han character is a word) with sentence punctuation.
MIN_PROSE_WORDS = 10
MIN_PROSE_CHARS_ZH = 20
# What one non-prose line costs the run it sits in: a heading or two between paragraphs is cheap,
# a forty-item menu is not.
SHORT_LINE_COST = 5.0
# Prose lines count their words, capped so one huge line (a comment dump) cannot carry a whole page.
MAX_LINE_VOTE = 150.0
# English prose is a quarter or more function words; headlines, menus and teaser titles are not.
MIN_STOPWORD_SHARE = 0.22
# A headline-style line (no closing punctuation, few function words) counts this much of its words.
WEAK_PROSE_FACTOR = 0.3
# After the story's headline there must be at least this much prose to trust the headline as the start.
MIN_WORDS_AFTER_HEADLINE = 40
# A run of prose cut off from the story by a sidebar joins it when it is at least this share of the story's.
MERGE_SHARE = 0.3
# ... and when the sidebar between them is no longer than this many lines.
MAX_SIDEBAR_LINES = 15
# Comment sections are only recognised once this much prose (the story) has been read.
MIN_WORDS_BEFORE_COMMENTS = 30
# An announced list: the announcing line has a few words, the list a few to a hundred short items.
MIN_ANNOUNCE_WORDS = 3
MIN_LIST_ITEMS = 3
MAX_LIST_ITEMS = 100
MAX_ITEM_CHARS = 200
_MONTH_LEAD = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d|^\d{1,2}\s*月\s*\d{1,2}\s*日"
)
# A teaser is a truncated sentence of at least this many Han characters (or Latin words).
MIN_TEASER_CHARS = 20
MIN_TEASER_WORDS = 8
# This many non-prose lines in a row (a column of other stories' headlines) separate pieces like a marker
# (20 chosen on the even half of the English dumps: 8-15 also cut real lists, 30 changed nothing).
MIN_BARRIER_STRETCH = 20
# A stretch with this many comment headers or time stamps is a comment thread.
MIN_THREAD_HEADERS = 2
# ... within this many lines of its start (a thread starts with its first comment).
THREAD_LOOKAHEAD = 12

# Lines that are interface, not text, wherever they appear.
UI_LINE = re.compile(
    r"^(?:advertisement|advert|ad|sponsored(?: content)?|continue reading.*|read more.*|read next|show more|load more"
    r"|skip to (?:main )?content|sign up.*|sign in|log in|subscribe.*|click here.*|more stories|related articles?"
    r"|related|recommended|trending|most (?:popular|read).*|back to top.*|广告|返回顶部|相关阅读|相关新闻|推荐阅读"
    r"|热门推荐|热点推荐|更多|查看更多|上一篇.*|下一篇.*|点击查看.*|展开全文|阅读全文|返回首页|首页|[(（]完[)）]|【完】"
    # Bare URLs, numbers and machine time stamps leak from page metadata into dumps.
    r"|https?://\S+|[\d\s/.,:+-]+|\d{4}-\d{2}-\d{2}T[\d:.+-]+Z?)$",
    re.I,
)
# Where the story is over: comment sections, share bars, "related" and "more from" blocks.
END_MARKER = re.compile(
    r"^(?:\[?\s*\d+\s+(?:comments?|responses?|replies)\b.*|comments?(?:\s*\(\d+\))?|\d+\s*comments?|show comments"
    r"|view comments|leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)"
    r"|reader comments|top rated comments|you must (?:be )?log(?:ged)? in to post a comment.*|share this:?|like this:?"
    r"|related (?:articles|stories|posts|content|coverage|news)|more from .{1,40}|more stories.*|recommended for you"
    r"|you (?:may|might) also like.*|also read:?|what to read next|further reading|popular (?:now|stories)"
    r"|trending(?: now| news| stories)?|most popular.*|most read.*|popular articles|more (?:in|from|on) [^.!?]{1,30}"
    r"|tags?:.*|filed under:?.*|about the author|about this (?:statement|article|story)|sources?:|references:"
    r"|how to contact us|like this (?:article|story)\??|previous (?:article|post|story)|next (?:article|post|story)"
    r"|we recommend|comment on this (?:story|article)|quick links|stay up to date.{0,40}|related [^.!?]{0,60}:"
    r"|(?:subscribe|sign up) (?:to|for) (?:our|the) newsletter.{0,40}|相关阅读|相关新闻|推荐阅读"
    r"|热门评论|网友评论|发表评论|我要评论|评论\s*\(\d+\)|相关文章|延伸阅读|猜你喜欢|热门推荐|责任编辑[:：].*)$",
    re.I,
)

# The characters UI_LINE and END_MARKER can start with, besides digits and spaces (their `\d` and `\s`), under
# their case folding: a line starting otherwise (most prose) skips the dozens of alternatives.
_UI_INITIALS = "(+,-./:ABCHLMRSTabchlmrst\u017f【上下展广推更查点热相返阅首（"
_END_INITIALS = "ACFHJLMNPQRSTVWY[acfhjlmnpqrstvwy\u017f发延我推热猜相网评责"


def _may_start(initials: str, text: str) -> bool:
    """Whether `text` starts with one of `initials`, a digit or a space (an empty text may match anything)."""
    first = text[:1]
    return first in initials or first.isdecimal() or first.isspace()


# "jane_doe says:" — a comment's header.
COMMENT_HEADER = re.compile(r"^\S.{0,40}\s(?:says|said|wrote|writes):?$", re.I)

# In UTF-16 a character's high byte says whether it is Han (U+4E00..U+9FFF: 4E..9F) or may be kana (30, kana when
# the low byte is 40 or more). Each table marks a character in one byte: bit 0 for Han, bit 1 for kana, so the
# AND of the two marks has one bit set exactly for each kana or Han character.
_HAN_OR_KANA_HIGH = bytes(1 if 0x4E <= b <= 0x9F else 2 if b == 0x30 else 0 for b in range(256))
_KANA_LOW = bytes(3 if b >= 0x40 else 1 for b in range(256))


def _han_count(text: str) -> int:
    """Kana (U+3040..U+30FF) and Han (U+4E00..U+9FFF) characters in the text, counted with byte operations."""
    if text.isascii():
        return 0
    utf16 = text.encode("utf-16-le", "surrogatepass")
    high = int.from_bytes(utf16[1::2].translate(_HAN_OR_KANA_HIGH), "little")
    if not high:
        return 0
    return (high & int.from_bytes(utf16[::2].translate(_KANA_LOW), "little")).bit_count()


_COMMENTISH = re.compile(r"comment|respons|repl(?:y|ies)|评论|留言|跟帖", re.I)
_STAMP = re.compile(
    r"^(?:\w+ \d{1,2}, \d{4},? at \d{1,2}:\d{2}\s*[ap]\.?m\.?|\d+ (?:minutes?|hours?|days?|weeks?) ago(?: at .*)?"
    r"|rating: \d+ votes?|reply|report(?: abuse)?|\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?)$",
    re.I,
)
_EN_PUNCT = re.compile(r"[.,;:?!\"”’)]")
_ZH_PUNCT = re.compile(r"[。，,；！？、]")
_SENTENCE_CLOSE = re.compile(r"[.!?。！？…\"”’)）:：]$")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_STOPWORD_TEXT = """a about after all also an and any are as at be been before but by can could did do does
    for from had has have he her his how i if in into is it its just like may more most my no not of on one only or
    other our out over said she so some such than that the their them then there these they this to up us was we
    were what when where which while who will with would you your"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def _vote(line: Line, language: str | None, is_ui: bool) -> float:
    """How much running prose the line holds (positive), or what it costs the run (negative)."""
    text = line.text
    if is_ui:
        return -SHORT_LINE_COST
    if language in ("zh", "ja"):
        han = _han_count(text)
        if han >= MIN_PROSE_CHARS_ZH and _ZH_PUNCT.search(text):
            return min(float(han), MAX_LINE_VOTE)
        return -SHORT_LINE_COST
    words = _WORD.findall(text)
    if len(words) < MIN_PROSE_WORDS or not _EN_PUNCT.search(text):
        return -SHORT_LINE_COST
    vote = min(float(len(words)), MAX_LINE_VOTE)
    if text.isascii() or language == "en":
        stop = sum(1 for w in words if w.lower() in STOPWORDS)
        if stop < MIN_STOPWORD_SHARE * len(words) and not _SENTENCE_CLOSE.search(text):
            return vote * WEAK_PROSE_FACTOR - SHORT_LINE_COST
    return vote


def select_body(page: Page, headline: int | None = None) -> None:
    """Keep the story's lines: the best run of prose, plus runs of it interrupted only by a sidebar."""
    lines = [line for line in page.live() if line.kind != "caption"]
    if not lines:
        return
    # Interface lines ("Read more", bare numbers): matched once, used by the vote and by the final pass.
    ui = [_may_start(_UI_INITIALS, line.text) and UI_LINE.match(line.text) is not None for line in lines]
    votes = [_vote(line, page.language, is_ui) for line, is_ui in zip(lines, ui, strict=True)]
    offset = 0
    if headline is not None:
        after = next((i for i, line in enumerate(lines) if line.index > headline), len(lines))
        if sum(v for v in votes[after:] if v > 0) >= MIN_WORDS_AFTER_HEADLINE:
            offset = after
    runs = _segment_runs(lines, votes, offset)
    scored = [(run[0], k) for k, run in enumerate(runs) if run is not None]
    if not scored:
        return
    best = max(scored)[1]
    top = runs[best]
    if top is None:
        return
    chosen = [top]
    for step in (-1, 1):
        k, near = best + step, top
        while 0 <= k < len(runs):
            run = runs[k]
            if run is None or run[0] < MERGE_SHARE * top[0]:
                break
            gap = run[1] - near[2] if step > 0 else near[1] - run[2]
            if gap > MAX_SIDEBAR_LINES:
                break
            chosen.append(run)
            near = run
            k += step
    keep: set[int] = set()
    for _total, lo, hi in (r for r in chosen if r is not None):
        keep.update(range(lo, hi + 1))
    # A truncated lede closing the run ("6月27日,由…主办的...") announces another story: a teaser.
    while len(keep) > 1 and _is_teaser(lines[max(keep)].text, cjk_only=True):
        keep.discard(max(keep))
    announced = _announced_list(lines, max(keep))
    keep.update(announced)
    for i in announced:
        if _item_shape(lines[i].text) is not None:
            lines[i].kind = "list_item"
    last_kept = max(keep)
    comments = _comment_start(lines, last_kept)
    for i, line in enumerate(lines):
        if i not in keep:
            if comments is not None and i >= comments:
                line.remove("comment")
            else:
                line.remove("teaser" if _is_teaser(line.text) else "navigation")
        elif ui[i]:
            line.remove("navigation")
    first, last = lines[min(keep)].index, lines[last_kept].index
    # Captions outside the body belong to other stories or to the page's chrome.
    for line in page.live():
        if line.kind == "caption" and not first <= line.index <= last:
            line.remove("navigation")


def _announced_list(lines: list[Line], last: int) -> range:
    """The list a story ends by announcing ("The tour dates:" then "June 9 -- Tampa, FL", ...): its lines are
    short, so they lose the vote, yet they are the story's. Items must share a leading shape (a number, a
    month, a bullet) so that a menu after a colon is not taken along."""
    start = last + 1
    if start < len(lines) and not lines[last].text.endswith((":", "：")):
        lead = lines[start].text
        if not (lead.endswith((":", "：")) and len(lead.split()) >= MIN_ANNOUNCE_WORDS and not END_MARKER.match(lead)):
            return range(0)
        start += 1
    if start >= len(lines):
        return range(0)
    shape = _item_shape(lines[start].text)
    if shape is None:
        return range(0)
    end = start
    while (
        end < len(lines)
        and end - start < MAX_LIST_ITEMS
        and len(lines[end].text) <= MAX_ITEM_CHARS
        and _item_shape(lines[end].text) == shape
        and not END_MARKER.match(lines[end].text)
    ):
        end += 1
    if end - start < MIN_LIST_ITEMS:
        return range(0)
    return range(last + 1, end)


def _item_shape(text: str) -> str | None:
    """How a list item opens: a number, a month, a bullet; None for anything else."""
    if _MONTH_LEAD.match(text):
        return "month"
    if text[:1].isdigit():
        return "number"
    if text[:1] in "•·*-–—▪■●◆":
        return "bullet"
    return None


def _is_teaser(text: str, cjk_only: bool = False) -> bool:
    """A cut-off lede: a sentence's worth of text ending in an ellipsis (a paywalled "All..." is not one).

    With `cjk_only`, only Chinese/Japanese lines qualify: an English story cut by a paywall ends the same way
    and is still the story.
    """
    if not ends_with_ellipsis(text):
        return False
    if _han_count(text) >= MIN_TEASER_CHARS:
        return True
    return not cjk_only and len(text.split()) >= MIN_TEASER_WORDS


def _segment_runs(lines: list[Line], votes: list[float], offset: int) -> list[tuple[float, int, int] | None]:
    """Split the page at end markers ("Most popular", "34 comments") and at long stretches of non-prose (a
    list of other stories' headlines); the best run of each piece, None for pieces with no prose or that are
    comment threads."""
    barrier = [_may_start(_END_INITIALS, line.text) and bool(END_MARKER.match(line.text)) for line in lines]
    stretch = 0
    for i in range(offset, len(lines) + 1):
        if i < len(lines) and votes[i] < 0:
            stretch += 1
            continue
        if stretch >= MIN_BARRIER_STRETCH:
            for j in range(i - stretch, i):
                barrier[j] = True
        stretch = 0
    runs: list[tuple[float, int, int] | None] = []
    read = 0.0
    i = offset
    while i < len(lines):
        if barrier[i]:
            i += 1
            continue
        lo = i
        while i < len(lines) and not barrier[i]:
            i += 1
        hi = i - 1
        opener = lines[lo - 1].text if lo > offset else ""
        # Comments follow a story: a "Leave a comment" link above any prose is the story's own header.
        if read >= MIN_WORDS_BEFORE_COMMENTS and (_COMMENTISH.search(opener) or _is_thread(lines, lo, hi)):
            runs.append(None)
            continue
        s, e = _best_run(votes[lo : hi + 1])
        run = (sum(votes[lo + s : lo + e + 1]), lo + s, lo + e) if s >= 0 else None
        read += run[0] if run else 0.0
        runs.append(run)
    return runs


def _is_thread(lines: list[Line], lo: int, hi: int) -> bool:
    """A stretch opening with several comment headers ("name says:", "2 days ago at 07:52 am") is a thread."""
    hi = min(hi, lo + THREAD_LOOKAHEAD)
    headers = sum(1 for line in lines[lo : hi + 1] if COMMENT_HEADER.match(line.text) or _STAMP.match(line.text))
    return headers >= MIN_THREAD_HEADERS


def _comment_start(lines: list[Line], end: int) -> int | None:
    nxt = end + 1
    if nxt < len(lines) and (_COMMENTISH.search(lines[nxt].text) or _is_thread(lines, nxt, nxt + 10)):
        return nxt
    return None


def _best_run(votes: list[float]) -> tuple[int, int]:
    """(start, end) of the maximum-sum contiguous run (Kadane), or (-1, -1) when nothing scores above zero."""
    best, best_span = 0.0, (-1, -1)
    total, start = 0.0, 0
    for i, v in enumerate(votes):
        if total <= 0:
            total, start = v, i
        else:
            total += v
        if total > best:
            best, best_span = total, (start, i)
    return best_span
