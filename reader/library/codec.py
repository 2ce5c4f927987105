"""How the library packs what it stores: original bytes and parsed articles, compressed, with timestamps."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from reader.library.records import LibraryError

if TYPE_CHECKING:
    from reader.document import Article

# zlib over lzma: several times faster to read back (re-parse, export) for a few percent more space.
ORIGINAL_CODEC = "zlib"
ORIGINAL_LEVEL = 6
# Parsed JSON is read each time an article is opened: the fastest level keeps that instant.
PARSED_LEVEL = 1

# The metadata a user may edit (citations use them); stored apart from the parse so re-parsing keeps them.
EDITABLE_FIELDS: tuple[str, ...] = ("title", "site", "author", "published", "url")
# The longest list title made from the body when the page has no title.
FALLBACK_TITLE_CHARS = 80


def now() -> str:
    """The current time as the library writes it: ISO 8601, UTC, to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def normalize_timestamp(value: str) -> str:
    """Accept a date ("2024-05-01") or date-time and return the library's timestamp form."""
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return f"{day.isoformat()}T00:00:00Z"
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise LibraryError(f"not a date or time: {value!r}") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def pack_original(data: bytes) -> bytes:
    return zlib.compress(data, ORIGINAL_LEVEL)


def unpack_original(codec: str, blob: bytes) -> bytes:
    if codec == "zlib":
        return zlib.decompress(blob)
    if codec == "none":
        return bytes(blob)
    raise LibraryError(f"unknown storage codec {codec!r}")


def pack_article(article: Article) -> bytes:
    return zlib.compress(json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8"), PARSED_LEVEL)


def unpack_article(blob: bytes) -> Article:
    from reader.document import Article  # the window starts without it: no article is opened at start

    data: dict[str, Any] = json.loads(zlib.decompress(blob))
    return Article.from_dict(data)


def apply_overrides(article: Article, overrides: dict[str, str | None]) -> Article:
    """The effective article: the parse with the user's metadata edits on top."""
    changes: dict[str, Any] = {k: v for k, v in overrides.items() if k in EDITABLE_FIELDS}
    if not changes:
        return article
    if "title" in changes:
        changes["title"] = changes["title"] or ""
    import dataclasses  # with an Article in hand, reader.document has loaded it already

    return dataclasses.replace(article, **changes)


def list_title(article: Article) -> str:
    """The title the list shows: the article's, else the start of its body, else the file name."""
    if article.title.strip():
        return article.title.strip()
    for block in article.blocks:
        if block.text.strip():
            return block.text.strip()[:FALLBACK_TITLE_CHARS]
    return article.source.path.replace("\\", "/").rsplit("/", 1)[-1]
