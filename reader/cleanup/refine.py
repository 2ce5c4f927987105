"""Content-farm passes over an article already extracted from HTML: precision first, real paragraphs stay.

Only passes whose evidence is unambiguous run here (footer records, share bars, bylines, cookie banners,
repeated blocks, glued related lists, injected site-name watermarks); the layout-based body selection of
text dumps does not, because the HTML extractor has already chosen the body.
"""

from __future__ import annotations

import dataclasses

from reader.cleanup.bylines import mark_bylines
from reader.cleanup.duplicates import mark_duplicates
from reader.cleanup.footer import mark_footer
from reader.cleanup.navigation import mark_cookie_notices
from reader.cleanup.page import Line, Page
from reader.cleanup.pipeline import to_article
from reader.cleanup.related import mark_related
from reader.cleanup.share import mark_share
from reader.cleanup.watermark import remove_watermarks
from reader.document import Article

# Repeats shorter than this are legitimately repeated words ("Yes.", a one-word heading), not duplicates.
MIN_DUPLICATE_CHARS = 20


def refine_article(article: Article) -> Article:
    """A new article with the content-farm noise moved from `blocks` to `removed`; metadata filled only if missing."""
    if not article.blocks:
        return article
    page = Page(
        lines=[Line(index=i, text=b.text, kind=b.kind) for i, b in enumerate(article.blocks)],
        language=article.language,
        site=article.site,
        author=article.author,
        published=article.published,
    )
    _mark_long_duplicates(page)
    mark_footer(page)
    mark_cookie_notices(page)
    mark_share(page)
    mark_related(page)
    mark_bylines(page)
    remove_watermarks(page)
    refined = to_article(page)
    return dataclasses.replace(
        article,
        blocks=refined.blocks,
        removed=article.removed + refined.removed,
        related=article.related or refined.related,
        title=article.title or (page.own_entry.title if page.own_entry else ""),
        site=article.site or page.site,
        author=article.author or page.author,
        published=article.published or page.published,
    )


def _mark_long_duplicates(page: Page) -> None:
    short = [line for line in page.lines if len(line.text) < MIN_DUPLICATE_CHARS]
    for line in short:
        line.reason = "_keep"
    mark_duplicates(page)
    for line in short:
        if line.reason == "_keep":
            line.reason = None
