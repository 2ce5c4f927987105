"""Content-farm passes over an article already extracted from HTML: precision first, real paragraphs stay.

Only passes whose evidence is unambiguous run here (footer records, share bars, bylines, cookie banners,
repeated blocks, glued related lists, injected site-name watermarks); the layout-based body selection of
text dumps does not, because the HTML extractor has already chosen the body.
"""

from __future__ import annotations

import dataclasses

from reader.cleanup.bylines import mark_bylines
from reader.cleanup.footer import mark_footer
from reader.cleanup.navigation import mark_cookie_notices
from reader.cleanup.page import Line, Page
from reader.cleanup.pipeline import to_article
from reader.cleanup.related import mark_related
from reader.cleanup.share import mark_share
from reader.cleanup.text_units import ends_with_ellipsis
from reader.cleanup.watermark import remove_watermarks
from reader.document import Article


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
    _mark_teaser_duplicates(page)
    mark_footer(page)
    mark_cookie_notices(page)
    mark_share(page)
    mark_related(page)
    mark_bylines(page)
    # Only the site's own name: an extracted article has no page furniture left to learn stamps from.
    remove_watermarks(page, learn_phrases=False)
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


def _mark_teaser_duplicates(page: Page) -> None:
    """Only repeated truncated lines (a related list or teaser shown twice) are duplicates here: an HTML page
    may repeat a real line (a recipe step, a refrain), and the extractor has already dropped repeated chrome."""
    seen: set[str] = set()
    for line in page.lines:
        if not ends_with_ellipsis(line.text):
            continue
        if line.text in seen:
            line.remove("duplicate")
        seen.add(line.text)
