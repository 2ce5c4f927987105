"""Helpers for the library tests: real articles with real bytes, stored through the public API."""

from __future__ import annotations

from pathlib import Path

from reader.document import Article, Block, Source
from reader.library import Library

SIMPLE_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"""


def make_article(title: str, *paragraphs: str, site: str | None = None, published: str | None = None) -> Article:
    return Article(
        title=title,
        site=site,
        published=published,
        blocks=tuple(Block("paragraph", p) for p in paragraphs),
        source=Source(path=f"/saved/{abs(hash(title))}.txt", format="text", encoding="utf-8"),
    )


def add(library: Library, article: Article, imported_at: str | None = None) -> int:
    """Store an article with bytes of its own (its text), as an import of that file would."""
    data = (article.title + "\n" + article.text).encode("utf-8")
    result = library.add_parsed(data, article.source.path, [article], imported_at=imported_at)
    assert result[0].id is not None
    return result[0].id


def write_page(folder: Path, name: str, title: str, *paragraphs: str) -> Path:
    path = folder / name
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(SIMPLE_PAGE.format(title=title, paragraphs=body), encoding="utf-8")
    return path
