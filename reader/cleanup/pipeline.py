"""The parser model for text dumps, top to bottom: one named pass after another over the page's lines."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.cleanup.body import select_body
from reader.cleanup.bylines import author_from_sign_off, mark_bylines
from reader.cleanup.captions import mark_captions
from reader.cleanup.duplicates import mark_duplicates
from reader.cleanup.footer import mark_footer
from reader.cleanup.headings import assign_kinds
from reader.cleanup.language import guess_language
from reader.cleanup.navigation import mark_cookie_notices
from reader.cleanup.page import Line, Page
from reader.cleanup.related import mark_related
from reader.cleanup.share import mark_share
from reader.cleanup.title import recover_title
from reader.cleanup.watermark import remove_watermarks
from reader.dates import first_date, has_year
from reader.document import Article, Block, Removed

# Bounds that keep a pathological dump (one 50 MB line, millions of lines) from hanging the parse:
# an article is never this long, so what lies beyond is kept out of the analysis.
MAX_LINES = 20_000
MAX_LINE_CHARS = 100_000
MAX_TOTAL_CHARS = 2_000_000
# A lede's date sits at its very start ("6月26日,..." / "June 26 (Reuters) - ...").
LEDE_DATE_CHARS = 30
# The dateline sits within this many lines above the story's first paragraph, on a short line.
DATELINE_REACH = 15
MAX_DATELINE_CHARS = 80
_SPACE = re.compile(r"[ \t\u3000\xa0]+")


def parse_lines(raw_lines: Iterable[str]) -> Article:
    """Turn a dump's lines into an article: body blocks, metadata, related items and what was removed."""
    page = Page(lines=_to_lines(raw_lines))
    page.language = guess_language([line.text for line in page.lines[:2000]])
    mark_duplicates(page)
    mark_footer(page)
    mark_cookie_notices(page)
    mark_share(page)
    mark_related(page)
    recover_title(page)
    mark_bylines(page)
    mark_captions(page)
    select_body(page, page.headline)
    assign_kinds(page)
    remove_watermarks(page)
    author_from_sign_off(page)
    _date_near_start(page)
    _date_from_lede(page)
    return to_article(page)


def _to_lines(raw_lines: Iterable[str]) -> list[Line]:
    if isinstance(raw_lines, list) and len(raw_lines) <= MAX_LINES and sum(map(len, raw_lines)) <= MAX_LINE_CHARS:
        # A dump of ordinary size: no line, no total and no count can reach a bound, so nothing is cut.
        return _to_lines_unbounded(raw_lines)
    lines: list[Line] = []
    budget = MAX_TOTAL_CHARS
    for raw in raw_lines:
        text = raw[: min(MAX_LINE_CHARS, budget)]
        if "  " in text or "\t" in text or "\u3000" in text or "\xa0" in text:
            # Only runs and odd spaces change: a line with single plain spaces is skipped (most lines).
            text = _SPACE.sub(" ", text)
        text = text.strip()
        if text:
            lines.append(Line(index=len(lines), text=text))
            budget -= len(text)
            if len(lines) >= MAX_LINES or budget <= 0:
                break
    return lines


def _to_lines_unbounded(raw_lines: list[str]) -> list[Line]:
    """`_to_lines` for a dump known to be within every bound."""
    lines: list[Line] = []
    for raw in raw_lines:
        if "  " in raw or "\t" in raw or "\u3000" in raw or "\xa0" in raw:
            raw = _SPACE.sub(" ", raw)
        text = raw.strip()
        if text:
            lines.append(Line(len(lines), text))
    return lines


def _date_near_start(page: Page) -> None:
    """A full date on a short line just above the story (the dateline under the headline)."""
    if page.published is not None and has_year(page.published):
        return
    first = next((line.index for line in page.live() if line.kind == "paragraph"), None)
    if first is None:
        return
    for line in reversed(page.lines[max(0, first - DATELINE_REACH) : first]):
        if len(line.text) <= MAX_DATELINE_CHARS:
            date = first_date(line.text)
            if date and has_year(date):
                page.published = date
                return


def _date_from_lede(page: Page) -> None:
    if page.published is not None:
        return
    for line in page.live():
        if line.kind == "paragraph":
            page.published = first_date(line.text[:LEDE_DATE_CHARS])
            return


def to_article(page: Page) -> Article:
    """The article the labelled page stands for; removed entries in page order."""
    blocks: list[Block] = []
    removed: list[Removed] = []
    for line in page.lines:
        if line.cuts:
            removed.extend(Removed(reason, text) for reason, text in line.cuts)
        if line.reason is not None:
            removed.append(Removed(line.reason, line.text))
        elif line.kind is not None:
            blocks.append(Block(line.kind, line.text))
    return Article(
        title=page.title,
        site=page.site,
        published=page.published,
        author=page.author,
        language=page.language,
        blocks=tuple(blocks),
        related=tuple(page.related),
        removed=tuple(removed),
    )
