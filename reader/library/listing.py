"""Reads for the article list and search: counts, pages of light rows, and search hits with snippets.

`Listing` works on one connection (owned by a `Library`, same thread rules). A query's matches are
collected once into a temporary table and reused by `count` and every `rows` page of that query,
until the database changes (`note_write` for this connection's writes, `PRAGMA data_version` for
other connections').
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any, Literal

from reader.library.records import ArticleRow, LibraryError, SearchHit
from reader.library.search import QueryPlan, make_snippet, plan_query

Sort = Literal["date", "title", "imported"]
# ORDER BY clauses, each matching one of the listing indexes of schema v2.
_ORDER_BY: dict[str, str] = {
    "date": "a.published DESC, a.id DESC",
    "title": "a.title COLLATE NOCASE, a.id",
    "imported": "a.imported_at DESC, a.id DESC",
}
# Index columns of each sort, for the collected matches of a query (same order as _ORDER_BY).
_SORT_COLUMNS: dict[str, str] = {
    "date": "published DESC, id DESC",
    "title": "title COLLATE NOCASE, id",
    "imported": "imported_at DESC, id DESC",
}
_ROW_COLUMNS = "a.id, a.title, a.site, a.published, a.bookmarked, a.imported_at"


def _row(values: Sequence[Any]) -> ArticleRow:
    return ArticleRow(values[0], values[1], values[2], values[3], bool(values[4]), values[5])


class Listing:
    """The list's and search's queries over one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._writes = 0  # this connection's write transactions: any invalidates the collected matches
        self._matches_key: tuple[object, ...] | None = None
        self._matches_sorted: set[str] = set()

    def note_write(self) -> None:
        """Called after each write transaction of the connection."""
        self._writes += 1

    def row(self, article_id: int) -> ArticleRow:
        """One list row, e.g. to repaint it after a bookmark toggle or an edit."""
        found = self._conn.execute(f"SELECT {_ROW_COLUMNS} FROM articles a WHERE a.id = ?", (article_id,)).fetchone()
        if found is None:
            raise LibraryError(f"no article {article_id} in the library")
        return _row(found)

    def _filter(self, query: str, bookmarked_only: bool, plan: QueryPlan | None = None) -> tuple[str, list[object]]:
        where, params = (plan or plan_query(query)).where("a.id")
        clause = "a.deleted_at IS NULL" + (" AND a.bookmarked = 1" if bookmarked_only else "")
        return f"{clause} AND {where}", params

    def count(self, query: str = "", bookmarked_only: bool = False) -> int:
        """How many live articles the list shows with this filter (`rowCount` of the lazy model).

        With a query the matches are collected once (time in proportion to their number, about
        50 ms per 10,000) and kept for the `rows` calls that page through the same query.
        """
        live = "a.deleted_at IS NULL" + (" AND a.bookmarked = 1" if bookmarked_only else "")
        plan = plan_query(query)
        source = "articles a" if plan.empty else self._collect_matches(plan)
        value: int = self._conn.execute(f"SELECT count(*) FROM {source} WHERE {live}").fetchone()[0]
        return value

    def rows(
        self, offset: int = 0, limit: int = 100, sort: Sort = "date", bookmarked_only: bool = False, query: str = ""
    ) -> list[ArticleRow]:
        """A page of list rows: live articles, newest published first (or by title, or newest imported).

        Without a query a page is a walk of one index (any offset of 100,000 rows in a few ms). With
        one, the matches are collected once (see `count`) and indexed for the sort on first use, so
        later pages of the same query cost as little as without one.
        """
        if sort not in _ORDER_BY:
            raise LibraryError(f"unknown sort {sort!r} (use one of {', '.join(_ORDER_BY)})")
        live = "a.deleted_at IS NULL" + (" AND a.bookmarked = 1" if bookmarked_only else "")
        plan = plan_query(query)
        source = "articles a"
        if not plan.empty:
            source = self._collect_matches(plan)
            if sort not in self._matches_sorted:
                self._conn.execute(f"CREATE INDEX temp.list_matches_{sort} ON list_matches({_SORT_COLUMNS[sort]})")
                self._matches_sorted.add(sort)
        sql = f"SELECT {_ROW_COLUMNS} FROM {source} WHERE {live} ORDER BY {_ORDER_BY[sort]} LIMIT ? OFFSET ?"
        return [_row(r) for r in self._conn.execute(sql, (limit, offset))]

    def _collect_matches(self, plan: QueryPlan) -> str:
        """Copy the list columns of every article matching the plan into `temp.list_matches`.

        Returns the FROM clause that reads them as `a`. Kept until the query or the database
        changes (this connection's writes, or another's, which `PRAGMA data_version` reveals), so
        the count and the pages of one query collect once.
        """
        conn = self._conn
        key = (plan.terms, conn.execute("PRAGMA data_version").fetchone()[0], self._writes)
        if self._matches_key != key:
            self._matches_key = None
            conn.execute("DROP TABLE IF EXISTS temp.list_matches")
            conn.execute(
                "CREATE TEMP TABLE list_matches (id INTEGER PRIMARY KEY, title TEXT, site TEXT, published TEXT,"
                " bookmarked INTEGER, imported_at TEXT, deleted_at TEXT)"
            )
            columns = "a.id, a.title, a.site, a.published, a.bookmarked, a.imported_at, a.deleted_at"
            if plan.fts_match or plan.short_match:
                table, match, rest = (
                    ("article_fts", plan.fts_match, plan.without_fts())
                    if plan.fts_match
                    else ("article_short", plan.short_match, plan.without_short())
                )
                where, params = rest.where("a.id")
                sql = (
                    f"INSERT INTO temp.list_matches SELECT {columns} FROM {table}"
                    f" CROSS JOIN articles a ON a.id = {table}.rowid WHERE {table} MATCH ? AND {where}"
                )
                conn.execute(sql, [match, *params])
            else:
                where, params = plan.where("a.id")
                conn.execute(f"INSERT INTO temp.list_matches SELECT {columns} FROM articles a WHERE {where}", params)
            self._matches_sorted = set()
            self._matches_key = key
        return "temp.list_matches a"

    def search(self, query: str, limit: int = 20, bookmarked_only: bool = False) -> list[SearchHit]:
        """Matches for a query with snippets to highlight: title matches first, then the rest.

        Within each group the most recently imported come first, which the indexes deliver in
        order, so a search stops after `limit` matches instead of ranking every one of them.
        """
        plan = plan_query(query)
        if plan.empty:
            return []
        ids: list[int] = []
        if plan.title_match:
            ids = self._search_ids("article_titles", plan.title_match, plan.without_fts(), limit, bookmarked_only)
        if len(ids) < limit:
            if plan.fts_match:
                more = self._search_ids("article_fts", plan.fts_match, plan.without_fts(), limit, bookmarked_only)
            elif plan.short_match:
                more = self._search_ids("article_short", plan.short_match, plan.without_short(), limit, bookmarked_only)
            else:
                where, params = self._filter(query, bookmarked_only, plan)
                sql = f"SELECT a.id FROM articles a WHERE {where} ORDER BY a.id DESC LIMIT ?"
                more = [r[0] for r in self._conn.execute(sql, [*params, limit])]
            seen = set(ids)
            ids += [i for i in more if i not in seen][: limit - len(ids)]
        return self._hits(ids, query)

    def _search_ids(self, table: str, match: str, rest: QueryPlan, limit: int, bookmarked_only: bool) -> list[int]:
        """Newest matches first, streamed from the full-text index (`ORDER BY rowid DESC` needs no sort)."""
        where, params = self._filter("", bookmarked_only, rest)
        sql = (
            f"SELECT a.id FROM {table} JOIN articles a ON a.id = {table}.rowid"
            f" WHERE {table} MATCH ? AND {where} ORDER BY {table}.rowid DESC LIMIT ?"
        )
        return [r[0] for r in self._conn.execute(sql, [match, *params, limit])]

    def _hits(self, ids: list[int], query: str) -> list[SearchHit]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        sql = (
            f"SELECT {_ROW_COLUMNS}, f.body FROM articles a JOIN article_fts f ON f.rowid = a.id"
            f" WHERE a.id IN ({marks})"
        )
        found = {values[0]: values for values in self._conn.execute(sql, ids)}
        hits = []
        for article_id in ids:
            values = found[article_id]
            snippet = make_snippet(values[6], query)
            hits.append(
                SearchHit(
                    id=values[0],
                    title=values[1],
                    site=values[2],
                    published=values[3],
                    bookmarked=bool(values[4]),
                    snippet=snippet.text,
                    snippet_spans=snippet.spans,
                )
            )
        return hits

    def removed(self) -> list[ArticleRow]:
        """Removed articles still held (a trash view), most recently removed first."""
        sql = f"SELECT {_ROW_COLUMNS} FROM articles a WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC"
        return [_row(r) for r in self._conn.execute(sql)]
