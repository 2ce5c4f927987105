"""Keeping the search indexes and list columns in step with an article's effective content.

Called inside a write transaction. `article_fts` (trigram) and `article_short` (one- and
two-character CJK tokens, contentless) and `article_titles` (trigram over titles alone, contentless)
are described in `search.py`.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from reader.library import codec
from reader.library.search import short_index_text

if TYPE_CHECKING:
    from reader.document import Article


def index_article(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    conn.execute(
        "INSERT INTO article_fts(rowid, title, body) VALUES (?, ?, ?)", (article_id, article.title, article.text)
    )
    conn.execute(
        "INSERT INTO article_short(rowid, grams) VALUES (?, ?)",
        (article_id, short_index_text(article.title, article.text)),
    )
    conn.execute("INSERT INTO article_titles(rowid, title) VALUES (?, ?)", (article_id, article.title))


def unindex_article(conn: sqlite3.Connection, article_id: int) -> None:
    found = conn.execute("SELECT title, body FROM article_fts WHERE rowid = ?", (article_id,)).fetchone()
    if found is None:
        return
    conn.execute("DELETE FROM article_fts WHERE rowid = ?", (article_id,))
    # A contentless index forgets a row only when given the exact tokens it was indexed with.
    conn.execute(
        "INSERT INTO article_short(article_short, rowid, grams) VALUES ('delete', ?, ?)",
        (article_id, short_index_text(found[0], found[1])),
    )
    conn.execute(
        "INSERT INTO article_titles(article_titles, rowid, title) VALUES ('delete', ?, ?)", (article_id, found[0])
    )


def refresh_article(conn: sqlite3.Connection, article_id: int, effective: Article) -> None:
    """Bring the list columns and search indexes in line with an article's effective content."""
    conn.execute(
        "UPDATE articles SET title = ?, site = ?, published = ?, author = ?, url = ? WHERE id = ?",
        (
            codec.list_title(effective),
            effective.site,
            effective.published,
            effective.author,
            effective.url,
            article_id,
        ),
    )
    unindex_article(conn, article_id)
    index_article(conn, article_id, effective)
