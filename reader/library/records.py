"""The values the library hands out: light list rows, search hits, bookmarks, import results, undo tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.document import Article


class LibraryError(ReaderError):
    """The library could not do what was asked (unknown article, unreadable or too new database, …)."""


class ArticleRow(NamedTuple):
    """One line of the article list: cheap to fetch by the thousand."""

    id: int
    title: str
    site: str | None
    published: str | None
    bookmarked: bool
    imported_at: str


class SearchHit(NamedTuple):
    """A search result: the row's fields plus a snippet and the spans to highlight in it."""

    id: int
    title: str
    site: str | None
    published: str | None
    bookmarked: bool
    snippet: str
    snippet_spans: tuple[tuple[int, int], ...]


class StoredArticle(NamedTuple):
    """An article as the library holds it: the effective article (edits applied) and its bookkeeping."""

    id: int
    article: Article
    imported_at: str
    bookmarked: bool
    overrides: dict[str, str | None]
    parser_version: str
    removed: bool


class Passage(NamedTuple):
    """A bookmarked passage: quoted text at character offsets of the article's `text`, with a note."""

    id: int
    article_id: int
    quote: str
    start: int
    end: int
    note: str
    created_at: str


class ImportResult(NamedTuple):
    """What importing one file (or one record of a multi-record file) did."""

    path: str
    id: int | None = None
    title: str = ""
    new: bool = False
    error: str | None = None


class RemovalToken(NamedTuple):
    """Returned by `Library.remove`; pass it to `Library.restore` to undo."""

    ids: tuple[int, ...]
    removed_at: str


class BookmarkImport(NamedTuple):
    """What importing a bookmarks file did."""

    articles_bookmarked: int
    passages_added: int
    missing: int
