"""Bookmarks: starred articles and passages with notes; export as JSON or Markdown, and import back.

Functions here take a connection already inside a write transaction (see `Library`). An article is
named in exports by its content hash and record number, so bookmarks find their articles again in
another library that imported the same files. The Markdown export carries the same data in HTML
comments (`<!-- qingdu:article {…} -->`, `<!-- qingdu:passage {…} -->`), so it imports back too.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any, Literal

from reader.library.codec import now
from reader.library.records import BookmarkImport, LibraryError, Passage

EXPORT_FORMAT = "qingdu-bookmarks"
EXPORT_VERSION = 1
_COMMENT = re.compile(r"<!-- qingdu:(article|passage) (\{.*?\}) -->")
_DASHES = "-\\u002d"
_PASSAGE_COLUMNS = "p.id, p.article_id, p.quote, p.start, p.end, p.note, p.created_at"


def _require_article(conn: sqlite3.Connection, article_id: int) -> None:
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
        raise LibraryError(f"no article {article_id} in the library")


def toggle(conn: sqlite3.Connection, article_id: int) -> bool:
    found = conn.execute(
        "UPDATE articles SET bookmarked = 1 - bookmarked,"
        " bookmarked_at = CASE WHEN bookmarked = 0 THEN ? ELSE NULL END WHERE id = ? RETURNING bookmarked",
        (now(), article_id),
    ).fetchone()
    if found is None:
        raise LibraryError(f"no article {article_id} in the library")
    return bool(found[0])


def set_bookmarked(conn: sqlite3.Connection, article_id: int, bookmarked: bool, when: str | None = None) -> bool:
    """Set the star; returns True when it changed."""
    _require_article(conn, article_id)
    if bookmarked:
        cursor = conn.execute(
            "UPDATE articles SET bookmarked = 1, bookmarked_at = ? WHERE id = ? AND bookmarked = 0",
            (when or now(), article_id),
        )
    else:
        cursor = conn.execute(
            "UPDATE articles SET bookmarked = 0, bookmarked_at = NULL WHERE id = ? AND bookmarked = 1", (article_id,)
        )
    return cursor.rowcount > 0


def add_passage(conn: sqlite3.Connection, article_id: int, quote: str, start: int, end: int, note: str = "") -> Passage:
    """Add a passage bookmark, or return the identical one already there (with the note updated)."""
    if not quote.strip():
        raise LibraryError("a passage bookmark needs the quoted text")
    if not 0 <= start <= end:
        raise LibraryError(f"bad passage offsets {start}..{end}")
    _require_article(conn, article_id)
    conn.execute(
        "INSERT INTO passages(article_id, quote, start, end, note, created_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(article_id, start, end, quote) DO UPDATE SET note = excluded.note WHERE excluded.note != ''",
        (article_id, quote, start, end, note, now()),
    )
    found = conn.execute(
        f"SELECT {_PASSAGE_COLUMNS} FROM passages p WHERE article_id = ? AND start = ? AND end = ? AND quote = ?",
        (article_id, start, end, quote),
    ).fetchone()
    return Passage(*found)


def set_note(conn: sqlite3.Connection, passage_id: int, note: str) -> None:
    if conn.execute("UPDATE passages SET note = ? WHERE id = ?", (note, passage_id)).rowcount == 0:
        raise LibraryError(f"no passage bookmark {passage_id}")


def passages(conn: sqlite3.Connection, article_id: int | None) -> list[Passage]:
    if article_id is not None:
        sql = f"SELECT {_PASSAGE_COLUMNS} FROM passages p WHERE p.article_id = ? ORDER BY p.start, p.id"
        return [Passage(*r) for r in conn.execute(sql, (article_id,))]
    sql = (
        f"SELECT {_PASSAGE_COLUMNS} FROM passages p JOIN articles a ON a.id = p.article_id"
        " WHERE a.deleted_at IS NULL ORDER BY p.created_at DESC, p.id DESC"
    )
    return [Passage(*r) for r in conn.execute(sql)]


def locate(text: str, passage: Passage) -> tuple[int, int] | None:
    """Where a passage is in an article's text now: its offsets if they still hold, else its quote's first place."""
    if text[passage.start : passage.end] == passage.quote:
        return passage.start, passage.end
    at = text.find(passage.quote)
    return None if at < 0 else (at, at + len(passage.quote))


def _entries(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    articles = conn.execute(
        "SELECT id, sha256, record_index, title, site, url, published, bookmarked, bookmarked_at FROM articles"
        " WHERE deleted_at IS NULL AND (bookmarked = 1 OR id IN (SELECT article_id FROM passages))"
        " ORDER BY bookmarked_at IS NULL, bookmarked_at, id"
    ).fetchall()
    entries = []
    for article_id, sha256, index, title, site, url, published, bookmarked, bookmarked_at in articles:
        entries.append(
            {
                "sha256": sha256,
                "record_index": index,
                "title": title,
                "site": site,
                "url": url,
                "published": published,
                "bookmarked": bool(bookmarked),
                "bookmarked_at": bookmarked_at,
                "passages": [
                    {"quote": p.quote, "start": p.start, "end": p.end, "note": p.note, "created_at": p.created_at}
                    for p in passages(conn, article_id)
                ],
            }
        )
    return entries


def _comment(kind: str, data: dict[str, Any]) -> str:
    # "--" may not occur inside an HTML comment; as a JSON escape it reads back the same.
    body = json.dumps(data, ensure_ascii=False).replace("--", _DASHES)
    return f"<!-- qingdu:{kind} {body} -->"


def export(conn: sqlite3.Connection, fmt: Literal["json", "markdown"]) -> str:
    entries = _entries(conn)
    if fmt == "json":
        document = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": now(), "articles": entries}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt != "markdown":
        raise LibraryError(f"unknown bookmarks format {fmt!r}")
    lines = ["# Qingdu bookmarks", "", f"Exported {now()}.", ""]
    for entry in entries:
        lines.append(f"## {entry['title'] or '(untitled)'}")
        head = {k: entry[k] for k in ("sha256", "record_index", "bookmarked", "bookmarked_at")}
        lines.append(_comment("article", head))
        details = " · ".join(str(entry[k]) for k in ("site", "published", "url") if entry[k])
        lines += ["", details, ""] if details else [""]
        for passage in entry["passages"]:
            lines += ["> " + line for line in passage["quote"].splitlines() or [""]]
            lines.append(_comment("passage", passage))
            if passage["note"]:
                lines += ["", *passage["note"].splitlines()]
            lines.append("")
    return "\n".join(lines) + "\n"


def parse_export(text: str) -> list[dict[str, Any]]:
    """The article entries of a JSON or Markdown export; `LibraryError` when it is neither."""
    if text.lstrip().startswith("{"):
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            raise LibraryError(f"not a bookmarks file: {error}") from None
        if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
            raise LibraryError("not a Qingdu bookmarks file")
        entries = document.get("articles")
        if not isinstance(entries, list):
            raise LibraryError("bookmarks file without an article list")
        return entries
    entries = []
    for match in _COMMENT.finditer(text):
        try:
            data = json.loads(match.group(2))
        except json.JSONDecodeError as error:
            raise LibraryError(f"damaged bookmark entry: {error}") from None
        if match.group(1) == "article":
            entries.append({**data, "passages": []})
        elif entries:
            entries[-1]["passages"].append(data)
    if not entries and "qingdu:" not in text:
        raise LibraryError("not a Qingdu bookmarks file")
    return entries


def merge(conn: sqlite3.Connection, entries: list[dict[str, Any]]) -> BookmarkImport:
    """Add the entries' stars and passages to the library; what is already there stays as it is."""
    starred = added = missing = 0
    for entry in entries:
        try:
            key = (str(entry["sha256"]), int(entry.get("record_index", 0)))
            items = [
                (
                    str(p["quote"]),
                    int(p["start"]),
                    int(p["end"]),
                    str(p.get("note") or ""),
                    p.get("created_at") or now(),
                )
                for p in entry.get("passages", ())
            ]
        except (KeyError, TypeError, ValueError) as error:
            raise LibraryError(f"damaged bookmark entry: {error!r}") from None
        found = conn.execute("SELECT id FROM articles WHERE sha256 = ? AND record_index = ?", key).fetchone()
        if found is None:
            missing += 1
            continue
        article_id = found[0]
        if entry.get("bookmarked") and set_bookmarked(conn, article_id, True, entry.get("bookmarked_at")):
            starred += 1
        for quote, start, end, note, created_at in items:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO passages(article_id, quote, start, end, note, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (article_id, quote, start, end, note, created_at),
            )
            if cursor.rowcount:
                added += 1
            elif note:
                conn.execute(
                    "UPDATE passages SET note = ? WHERE article_id = ? AND start = ? AND end = ? AND quote = ?"
                    " AND note = ''",
                    (note, article_id, start, end, quote),
                )
    return BookmarkImport(starred, added, missing)
