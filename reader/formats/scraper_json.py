"""Scraper output: JSON or JSON Lines records with an HTML or text field; one record, one article."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from reader.errors import ReaderError

HTML_FIELDS = ("html", "raw_html", "body_html", "content_html", "page", "source", "body")
TEXT_FIELDS = ("text", "content", "article", "body_text", "articleBody", "markdown")
URL_FIELDS = ("url", "link", "canonical_url", "source_url")
TITLE_FIELDS = ("title", "headline", "name")


def iter_records(text: str, lines: bool) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON document (an object or a list of objects) or of JSON Lines."""
    if lines:
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as error:
                raise ReaderError(f"line {number} is not valid JSON: {error}") from None
            if isinstance(value, dict):
                yield value
        return
    try:
        value = json.loads(text)
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
    if text:
        return "text", text
    return None


def record_content(record: dict[str, Any]) -> tuple[str, str, str | None, str | None]:
    """(kind, content, url, title) of one scraper record; ReaderError when it has no content."""
    found = _content_field(record)
    if found is None:
        raise ReaderError("JSON record without an HTML or text field")
    return found[0], found[1], _first_str(record, URL_FIELDS), _first_str(record, TITLE_FIELDS)
