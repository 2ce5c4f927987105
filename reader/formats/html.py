"""Saved HTML pages: the article body with its structure, and the page's metadata."""

from __future__ import annotations

from reader.cleanup import refine_article
from reader.document import Article, Related
from reader.extract import clean_tree, extract_content, linearize, parse_document
from reader.extract.content import related_items
from reader.metadata import complete_metadata, page_metadata

# The text-dump cleanup passes (reader.cleanup.refine_article) run on the extracted blocks, so
# content-farm noise is removed from HTML too. Measured side by side ("qingdu-no-refine" row of
# tests/bench/bench_html.py), they do not lower F1 on either corpus.
REFINE = True


def parse_html(text: str, refine: bool = REFINE) -> Article:
    """Extract the article from one HTML page (scripts are dropped, never run)."""
    root, hints = parse_document(text)
    meta = page_metadata(root, hints)
    clean_tree(root)
    found = extract_content(linearize(root), meta.title)
    body = [b.text for b in found.blocks]
    meta = complete_metadata(meta, found.lead, body, [*found.trail, *(r.text for r in found.removed[:40])])
    article = Article(
        title=meta.title,
        site=meta.site,
        url=meta.url,
        published=meta.published,
        author=meta.author,
        language=meta.language,
        blocks=tuple(found.blocks),
        removed=tuple(found.removed),
        related=tuple(Related(text) for text in dict.fromkeys(related_items(found.removed))),
    )
    return refine_article(article) if refine else article
