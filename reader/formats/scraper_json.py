"""Scraper output: JSON or JSON Lines records with an HTML or text field; one record, one article."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from typing import Any

from reader.document import Article
from reader.errors import ReaderError
from reader.metadata import parse_date

HTML_FIELDS = ("html", "raw_html", "body_html", "content_html", "page", "source", "body")
TEXT_FIELDS = ("text", "content", "article", "body_text", "articleBody", "markdown")
URL_FIELDS = ("url", "link", "canonical_url", "source_url")
TITLE_FIELDS = ("title", "headline", "name")
AUTHOR_FIELDS = ("author", "authors", "byline", "creator")
DATE_FIELDS = ("published", "date", "publish_date", "published_at", "pubdate", "datePublished", "publish_time", "time")
SITE_FIELDS = ("site", "site_name", "source_name", "publisher", "domain")


# A text field with at least this many paragraph-level tags holds HTML, not text.
MIN_MARKUP_TAGS = 2
_MARKUP_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|article|section|span|a)\b[^>]*>", re.I)


def iter_records(text: str, lines: bool) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON document (an object or a list of objects) or of JSON Lines."""
    if lines:
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line, strict=False)  # raw tabs and line breaks inside strings
            except ValueError as error:
                raise ReaderError(f"line {number} is not valid JSON: {error}") from None
            if isinstance(value, dict):
                yield value
        return
    try:
        value = json.loads(text, strict=False)  # raw tabs and line breaks inside strings
    except (ValueError, RecursionError) as error:
        raise ReaderError(f"not valid JSON: {error}") from None
    if isinstance(value, dict):
        # {"items": [...]} and similar wrappers around a list of records.
        lists = [v for v in value.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if not _content_field(value) and len(lists) == 1:
            yield from lists[0]
        else:
            yield value
    elif isinstance(value, list):
        yield from (v for v in value if isinstance(v, dict))


def _first_str(record: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    for field in fields:
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _content_field(record: dict[str, Any]) -> tuple[str, str] | None:
    """("html" | "text", content) for a record, or None when it has neither."""
    html = _first_str(record, HTML_FIELDS)
    if html and "<" in html and ">" in html:
        return "html", html
    text = _first_str(record, TEXT_FIELDS) or html
    if text and len(_MARKUP_TAG.findall(text[:20000])) >= MIN_MARKUP_TAGS:
        return "html", text  # a "content" field that holds the article's HTML
    if text:
        return "text", text
    return None


def record_content(record: dict[str, Any]) -> tuple[str, str, str | None, str | None]:
    """(kind, content, url, title) of one scraper record; ReaderError when it has no content."""
    found = _content_field(record)
    if found is None:
        raise ReaderError("JSON record without an HTML or text field")
    return found[0], found[1], _first_str(record, URL_FIELDS), _first_str(record, TITLE_FIELDS)


def apply_record(article: Article, record: dict[str, Any], url: str | None, title: str | None) -> Article:
    """The article with what its scraper record says filled in where the page itself said nothing."""
    author = _first_str(record, AUTHOR_FIELDS)
    if author is None:
        names: list[Any] = next((record[f] for f in AUTHOR_FIELDS if isinstance(record.get(f), list)), [])
        author = ", ".join(n.strip() for n in names if isinstance(n, str) and n.strip()) or None
    published = parse_date(_first_str(record, DATE_FIELDS))
    return dataclasses.replace(
        article,
        url=article.url or url,
        title=article.title or (title or "").strip(),
        author=article.author or (author.strip() if author else None),
        published=article.published or published,
        site=article.site or _first_str(record, SITE_FIELDS),
    )
