"""The body region: the densest run of sentence-like lines; menus, link lists and footers around it go.

Each line votes by how much running prose it holds; the body is the contiguous stretch with the largest
total (a maximum-sum run, linear in the number of lines), so short headings inside it survive while long
menus, tag clouds and link lists outside it do not.
"""

from __future__ import annotations

import re

from reader.cleanup.page import Line, Page
from reader.cleanup.text_units import HAN, word_count

# Prose: a line this long (words; a Han character is a word) with sentence punctuation.
MIN_PROSE_WORDS_EN = 12
MIN_PROSE_CHARS_ZH = 20
# What one non-prose line costs the run it sits in: a heading or two between paragraphs is cheap,
# a forty-item menu is not.
SHORT_LINE_COST = 4.0
# Prose lines count their words, capped so one huge line (a comment dump) cannot carry a whole page.
MAX_LINE_VOTE = 120.0
# Lines that are interface, not text, wherever they appear.
UI_LINE = re.compile(
    r"^(?:advertisement|advert|ad|sponsored(?: content)?|continue reading.*|read more.*|read next|show more|load more"
    r"|skip to (?:main )?content|sign up.*|sign in|log in|subscribe.*|click here.*|more stories|related articles?"
    r"|related|recommended|trending|most (?:popular|read).*|back to top.*|广告|返回顶部|相关阅读|相关新闻|推荐阅读"
    r"|热门推荐|热点推荐|更多|查看更多|上一篇.*|下一篇.*|点击查看.*|展开全文|阅读全文|返回首页|首页)$",
    re.I,
)
_EN_PUNCT = re.compile(r"[.,;:?!\"”’)]")
_ZH_PUNCT = re.compile(r"[。，,；！？、]")


def is_prose(line: Line, language: str | None) -> bool:
    """A line of running text rather than a label, a link or a menu item."""
    text = line.text
    if language == "zh":
        return len(HAN.findall(text)) >= MIN_PROSE_CHARS_ZH and bool(_ZH_PUNCT.search(text))
    return word_count(text) >= MIN_PROSE_WORDS_EN and bool(_EN_PUNCT.search(text))


def select_body(page: Page) -> None:
    """Keep the best-scoring contiguous run of lines; remove the rest as navigation."""
    lines = [line for line in page.live() if line.kind != "caption"]
    if not lines:
        return
    votes: list[float] = []
    for line in lines:
        if UI_LINE.match(line.text):
            votes.append(-SHORT_LINE_COST)
        elif is_prose(line, page.language):
            votes.append(min(float(word_count(line.text)), MAX_LINE_VOTE))
        else:
            votes.append(-SHORT_LINE_COST)
    start, end = _best_run(votes)
    if start < 0:
        return
    first, last = lines[start].index, lines[end].index
    for i, line in enumerate(lines):
        if i < start or i > end or UI_LINE.match(line.text):
            line.remove("navigation")
    # Captions outside the body belong to other stories or to the page's chrome.
    for line in page.live():
        if line.kind == "caption" and not first <= line.index <= last:
            line.remove("navigation")


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
