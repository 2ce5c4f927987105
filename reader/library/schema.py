"""The library's SQLite schema, versioned with `PRAGMA user_version` and migrated forward one step at a time.

Every version's DDL is kept (`STEPS[n - 1]` takes a version n-1 database to version n), so a test can
build a database as any earlier release left it and migrate it. Never edit a released step: add one.
"""

from __future__ import annotations

import json
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from reader.library.records import LibraryError
from reader.library.search import short_index_text

# v1: originals (compressed bytes by content hash), parsed articles, passage bookmarks, trigram index.
V1_DDL: tuple[str, ...] = (
    """CREATE TABLE originals (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        codec TEXT NOT NULL,
        data BLOB NOT NULL
    )""",
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES originals(sha256),
        record_index INTEGER NOT NULL DEFAULT 0,
        parsed BLOB NOT NULL,
        parser_version TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        site TEXT,
        published TEXT,
        imported_at TEXT NOT NULL,
        bookmarked INTEGER NOT NULL DEFAULT 0,
        UNIQUE (sha256, record_index)
    )""",
    """CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (article_id, start, end, quote)
    )""",
    "CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tokenize='trigram')",
)

# v2: metadata edits kept apart from the parse, soft delete (undo), author/url columns, listing indexes.
V2_DDL: tuple[str, ...] = (
    "ALTER TABLE articles ADD COLUMN author TEXT",
    "ALTER TABLE articles ADD COLUMN url TEXT",
    "ALTER TABLE articles ADD COLUMN overrides TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE articles ADD COLUMN deleted_at TEXT",
    "ALTER TABLE articles ADD COLUMN bookmarked_at TEXT",
    "UPDATE articles SET bookmarked_at = imported_at WHERE bookmarked = 1",
    # Partial indexes: the list only ever shows live articles, optionally only bookmarked ones.
    "CREATE INDEX articles_by_published ON articles(published DESC, id DESC) WHERE deleted_at IS NULL",
    "CREATE INDEX articles_by_title ON articles(title COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE INDEX articles_by_imported ON articles(imported_at DESC, id DESC) WHERE deleted_at IS NULL",
    "CREATE INDEX bookmarked_by_published ON articles(published DESC, id DESC)"
    " WHERE bookmarked = 1 AND deleted_at IS NULL",
    "CREATE INDEX bookmarked_by_title ON articles(title COLLATE NOCASE, id)"
    " WHERE bookmarked = 1 AND deleted_at IS NULL",
    "CREATE INDEX bookmarked_by_imported ON articles(imported_at DESC, id DESC)"
    " WHERE bookmarked = 1 AND deleted_at IS NULL",
    "CREATE INDEX articles_deleted ON articles(deleted_at) WHERE deleted_at IS NOT NULL",
)

# v3: the short-query index (one- and two-character CJK terms), filled from the trigram table.
V3_DDL: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE article_short USING fts5("
    "grams, content='', detail=none, tokenize='unicode61 remove_diacritics 0')",
)


# v4: parsed articles move to a table of their own, so the articles table holds only light list
# columns and counting or sorting 100,000 of them reads a few MB instead of every parse.
V4_DDL: tuple[str, ...] = (
    "CREATE TABLE parsed_articles (id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
    " parsed BLOB NOT NULL)",
    "INSERT INTO parsed_articles(id, parsed) SELECT id, parsed FROM articles",
    "ALTER TABLE articles DROP COLUMN parsed",
)


# v5: a trigram index of titles alone, so search finds title matches without reading body postings.
V5_DDL: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE article_titles USING fts5(title, content='', tokenize='trigram')",
    "INSERT INTO article_titles(rowid, title) SELECT rowid, title FROM article_fts",
)


# v6: the short-query index also holds Latin letters and digits ("AI", "5G" no longer scan every
# body). Its tokens changed, and a contentless index can only drop rows by their old tokens: rebuild.
V6_DDL: tuple[str, ...] = ("DROP TABLE article_short", *V3_DDL)


def _run(statements: Sequence[str]) -> Callable[[sqlite3.Connection], None]:
    def step(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return step


def _batches(conn: sqlite3.Connection, sql: str) -> Iterator[list[Any]]:
    """Rows of `sql` (which selects the id first and takes `WHERE id > ? ORDER BY id LIMIT ?`) a batch
    at a time, so a migration of a big library never holds every body in memory."""
    last = -1
    while rows := conn.execute(sql, (last, MIGRATION_BATCH)).fetchall():
        yield rows
        last = rows[-1][0]


def _v2(conn: sqlite3.Connection) -> None:
    _run(V2_DDL)(conn)
    for rows in _batches(conn, "SELECT id, parsed FROM articles WHERE id > ? ORDER BY id LIMIT ?"):
        for article_id, parsed in rows:
            data = json.loads(zlib.decompress(parsed))
            conn.execute(
                "UPDATE articles SET author = ?, url = ? WHERE id = ?",
                (data.get("author"), data.get("url"), article_id),
            )


# Compiled when a v3 migration first runs (re caches it), not at every start: its astral range makes the
# compile cost ~2.5 ms.
_V3_CJK_RUN = (
    "[\u3041-\u3096\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
    "\U00020000-\U0003134f]+"
)


def v3_short_tokens(title: str, body: str) -> str:
    """The short-index tokens of schemas v3-v5: CJK characters and adjacent pairs (kept for history and tests)."""
    grams: set[str] = set()
    for text in (title, body):
        for run in re.findall(_V3_CJK_RUN, text):
            grams.update(run)
            grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(sorted(grams))


def _fill_short(conn: sqlite3.Connection, tokens: Callable[[str, str], str]) -> None:
    sql = "SELECT rowid, title, body FROM article_fts WHERE rowid > ? ORDER BY rowid LIMIT ?"
    for rows in _batches(conn, sql):
        conn.executemany(
            "INSERT INTO article_short(rowid, grams) VALUES (?, ?)", [(r, tokens(t, b)) for r, t, b in rows]
        )


def _v3(conn: sqlite3.Connection) -> None:
    _run(V3_DDL)(conn)
    _fill_short(conn, v3_short_tokens)


def _v6(conn: sqlite3.Connection) -> None:
    _run(V6_DDL)(conn)
    _fill_short(conn, short_index_text)


# A new library is created at the latest version in one go: replaying every step on an empty file costs ~25 ms
# at a first start (ALTER TABLE ... DROP COLUMN rewrites the schema). tests/test_library_schema.py proves that
# this gives the same tables, columns, indexes and virtual tables as the steps. Update it with each new step.
LATEST_DDL: tuple[str, ...] = (
    V1_DDL[0],  # originals
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES originals(sha256),
        record_index INTEGER NOT NULL DEFAULT 0,
        parser_version TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        site TEXT,
        published TEXT,
        imported_at TEXT NOT NULL,
        bookmarked INTEGER NOT NULL DEFAULT 0,
        author TEXT,
        url TEXT,
        overrides TEXT NOT NULL DEFAULT '{}',
        deleted_at TEXT,
        bookmarked_at TEXT,
        UNIQUE (sha256, record_index)
    )""",
    V1_DDL[2],  # passages
    V1_DDL[3],  # article_fts
    *(statement for statement in V2_DDL if statement.startswith("CREATE INDEX")),
    V4_DDL[0],  # parsed_articles
    V5_DDL[0],  # article_titles
    *V3_DDL,  # article_short, as v6 rebuilt it
)

# Rows a migration step reads at a time.
MIGRATION_BATCH = 2000

STEPS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _run(V1_DDL),
    _v2,
    _v3,
    _run(V4_DDL),
    _run(V5_DDL),
    _v6,
)
LATEST_VERSION = len(STEPS)


def version(conn: sqlite3.Connection) -> int:
    """The schema version the database is at (0 for a new, empty file)."""
    value: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return value


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Bring the database up to `target`, each step in its own transaction; returns the version reached.

    A new, empty database is created at the latest version directly (`LATEST_DDL`).

    The connection must be in autocommit mode (`isolation_level=None`). Safe against a second process
    migrating at the same time: the version is re-read inside each write transaction.
    """
    current = version(conn)
    if current > LATEST_VERSION:
        raise LibraryError(
            f"this library was written by a newer Qingdu (schema {current}, this version reads up to {LATEST_VERSION})"
        )
    if current == 0 and target == LATEST_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = version(conn)  # another process may have created it meanwhile
            if current == 0:
                _run(LATEST_DDL)(conn)
                current = LATEST_VERSION
                conn.execute(f"PRAGMA user_version = {current:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    while current < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = version(conn)
            if current < target:
                STEPS[current](conn)
                current += 1
                conn.execute(f"PRAGMA user_version = {current:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current
