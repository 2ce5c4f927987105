"""Saved HTML pages: the article body with its structure, and the page's metadata."""

from __future__ import annotations

from reader.cleanup import refine_article
from reader.document import Article, Block, Related, Removed
from reader.extract import clean_tree, extract_content, linearize, parse_document
from reader.extract.content import related_items
from reader.metadata import complete_metadata, page_metadata, refine_title, same_headline

# The text-dump cleanup passes (reader.cleanup.refine_article) run on the extracted blocks, so
# content-farm noise is removed from HTML too. Measured side by side ("qingdu-no-refine" row of
# tests/bench/bench_html.py), they do not lower F1 on either corpus.
REFINE = True
# The headline chosen after extraction is looked for among this many first body blocks.
HEADLINE_SCAN_BLOCKS = 2


def parse_html(text: str, refine: bool = REFINE) -> Article:
    """Extract the article from one HTML page (scripts are dropped, never run)."""
    root, hints = parse_document(text)
    meta = page_metadata(root, hints)
    clean_tree(root)
    found = extract_content(linearize(root), meta.title)
    body = [b.text for b in found.blocks]
    meta = complete_metadata(meta, found.lead, body, [*found.trail, *(r.text for r in found.removed[:40])])
    title_before = meta.title
    # A headline set before the first prose is often left out of the body as a lead-in: it sits just before it.
    start = [r.text for r in found.removed[:HEADLINE_SCAN_BLOCKS] if r.reason in ("lead-in", "page-furniture")]
    meta = refine_title(meta, [*found.lead, *start], body)
    blocks, removed = list(found.blocks), list(found.removed)
    if meta.title != title_before:
        blocks, removed = _without_headline(blocks, removed, meta.title)
    article = Article(
        title=meta.title,
        site=meta.site,
        url=meta.url,
        published=meta.published,
        author=meta.author,
        language=meta.language,
        blocks=tuple(blocks),
        removed=tuple(removed),
        related=tuple(Related(text) for text in dict.fromkeys(related_items(removed))),
    )
    return refine_article(article) if refine else article


def _without_headline(blocks: list[Block], removed: list[Removed], title: str) -> tuple[list[Block], list[Removed]]:
    """The body without the headline found at its start once the title was chosen from it."""
    for index, block in enumerate(blocks[:HEADLINE_SCAN_BLOCKS]):
        if same_headline(block.text, title):
            return blocks[:index] + blocks[index + 1 :], [*removed, Removed("title", block.text)]
    return blocks, removed
