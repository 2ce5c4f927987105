"""Saved HTML pages: the article body and its metadata, parsed with BeautifulSoup on lxml."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from reader.cleanup import guess_language
from reader.document import Article, Block, BlockKind, Removed

_DROP_TAGS = ("script", "style", "noscript", "iframe", "template", "svg", "form", "button", "select")
_BOILERPLATE_TAGS = ("nav", "header", "footer", "aside")
_BLOCK_KINDS: dict[str, BlockKind] = {
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "p": "paragraph",
    "li": "list_item",
    "blockquote": "quote",
    "figcaption": "caption",
}
_WRAPPER = re.compile(r"^\s*<text\b[^>]*>", re.I)
_SPACE = re.compile(r"\s+")


def parse_html(text: str) -> Article:
    """First, honest pass: title from <title>/og:title, body from the page's block elements."""
    text = _WRAPPER.sub("", text, count=1)
    soup = BeautifulSoup(text, "lxml")
    title = _meta(soup, "og:title") or (soup.title.get_text(" ", strip=True) if soup.title else "")
    removed: list[Removed] = []
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_BOILERPLATE_TAGS):
        content = _SPACE.sub(" ", tag.get_text(" ", strip=True))
        if content:
            removed.append(Removed("navigation" if tag.name != "footer" else "footer", content))
        tag.decompose()
    blocks: list[Block] = []
    for tag in soup.find_all(list(_BLOCK_KINDS)):
        if tag.find_parent(list(_BLOCK_KINDS)) is not None:
            continue
        content = _SPACE.sub(" ", tag.get_text(" ", strip=True))
        if content:
            blocks.append(Block(_BLOCK_KINDS[tag.name], content))
    if not blocks and soup.body is not None:
        for line in soup.body.get_text("\n").split("\n"):
            line = line.strip()
            if line:
                blocks.append(Block("paragraph", line))
    lang = soup.html.get("lang") if isinstance(soup.html, Tag) else None
    language = (str(lang).split("-")[0].lower() if lang else None) or guess_language([b.text for b in blocks])
    return Article(
        title=title,
        url=_meta(soup, "og:url"),
        site=_meta(soup, "og:site_name"),
        author=_meta(soup, "author"),
        language=language,
        blocks=tuple(blocks),
        removed=tuple(removed),
    )


def _meta(soup: BeautifulSoup, key: str) -> str | None:
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    if isinstance(tag, Tag):
        content = tag.get("content")
        if isinstance(content, str) and content.strip():
            return content.strip()
    return None
