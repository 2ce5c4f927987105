"""Plain-text and Markdown renderings of an `Article`, for the CLI and the app's export."""

from __future__ import annotations

from reader.document import Article


def metadata_line(article: Article) -> str:
    """ "site · date · author", with missing parts left out."""
    return " · ".join(part for part in (article.site, article.published, article.author) if part)


def to_plain_text(article: Article) -> str:
    """Title, a metadata line, then the body text."""
    head = [article.title] if article.title else []
    meta = metadata_line(article)
    if meta:
        head.append(meta)
    return "\n\n".join([*head, article.text]).strip() + "\n"


def to_markdown(article: Article) -> str:
    """The article as Markdown: headings, quotes, list items and italic captions."""
    parts: list[str] = []
    if article.title:
        parts.append(f"# {_escape_line(article.title)}")
    meta = metadata_line(article)
    if meta:
        parts.append(f"*{_escape_line(meta)}*")
    if article.url:
        parts.append(f"<{article.url}>")
    for block in article.blocks:
        text = _escape_line(block.text)
        if block.kind == "heading":
            parts.append(f"## {text}")
        elif block.kind == "quote":
            parts.append(f"> {text}")
        elif block.kind == "list_item":
            parts.append(f"- {text}")
        elif block.kind == "caption":
            parts.append(f"*{text}*")
        else:
            parts.append(text)
    return "\n\n".join(parts) + "\n"


def _escape_line(text: str) -> str:
    """Keep a line from being read as Markdown structure it is not."""
    text = " ".join(text.split())
    if text[:1] in "#>-+*" or text[:2].rstrip(".").isdigit():
        return "\\" + text
    return text
