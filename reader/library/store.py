"""`Library`: the persistent store of articles, their originals, edits, bookmarks and search.

Threading: a `Library` wraps one `sqlite3` connection, usable only from the thread that opened it.
Open one `Library` per thread (opening is cheap: the schema is migrated once per file). WAL mode
lets any number of readers run while one writer writes; a writer waits up to `BUSY_TIMEOUT_MS` for
another. The GUI thread reads (rows, search, get) and makes small writes (bookmarks, edits); an
import worker thread opens its own `Library` and calls `import_file`; the GUI then refreshes.

Every write is one transaction, so a crash (even SIGKILL) loses at most the write in progress:
each imported file is committed on its own, and bookmark and edit writes are synced to disk before
they return.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from reader import __version__
from reader.errors import ReaderError
from reader.library import bookmarks as _bookmarks
from reader.library import codec, schema
from reader.library.indexing import index_article, refresh_article, unindex_article
from reader.library.listing import Listing, Sort
from reader.library.paths import library_path
from reader.library.records import (
    ArticleRow,
    BookmarkImport,
    ImportResult,
    LibraryError,
    Passage,
    RemovalToken,
    SearchHit,
    StoredArticle,
)
from reader.library.search import short_index_text

if TYPE_CHECKING:  # the window opens a library at start; the parser loads only when files are parsed
    from reader.batch import BatchRunner
    from reader.document import Article

# The parser that produced a stored article; articles parsed by another version are "outdated".
PARSER_VERSION = __version__
# FTS5's trigram tokenizer arrived in SQLite 3.34, ALTER TABLE DROP COLUMN (schema v4) in 3.35.
MIN_SQLITE = (3, 35, 0)
# How long a write waits for another connection's write to finish before giving up.
BUSY_TIMEOUT_MS = 10_000
WAL_RETRY_S = 0.005  # between attempts to switch a library another process is creating to WAL


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting like any other write: SQLite answers "database is locked" at once, without its busy
    handler, when another process is creating the same new library (two import workers starting together)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_S)


def _sha256_hex(data: bytes) -> str:
    """The key of an original. hashlib loads on first use: it links OpenSSL, which a start of the app never needs."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


class Library:
    """One library file. Create with `Library()` (the user's data folder) or `Library(path)`; close when done."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, parser_version: str = PARSER_VERSION) -> None:
        self.path = Path(path) if path is not None else library_path()
        self.parser_version = parser_version
        if sqlite3.sqlite_version_info < MIN_SQLITE:
            raise LibraryError(
                f"the library needs SQLite {'.'.join(map(str, MIN_SQLITE))} or newer (this Python has"
                f" {sqlite3.sqlite_version})"
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(f"cannot create the library folder {self.path.parent}: {error.strerror}") from None
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            _use_wal(self._conn)
            # NORMAL in WAL mode survives any process crash; bookmark writes switch to FULL (see _write).
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA temp_store = MEMORY")  # collected search matches (see rows)
            schema.migrate(self._conn)
            self._listing = Listing(self._conn)
        except sqlite3.DatabaseError as error:
            raise LibraryError(f"cannot open the library {self.path}: {error}") from None

    @staticmethod
    def needs_upgrade(path: str | os.PathLike[str] | None = None) -> bool:
        """True when the library file exists at an older schema: opening it will migrate, which takes a
        while on a big library (open it in a worker thread and show that it is being upgraded)."""
        target = Path(path) if path is not None else library_path()
        if not target.exists():
            return False
        try:
            conn = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
            try:
                return 0 < schema.version(conn) < schema.LATEST_VERSION
            finally:
                conn.close()
        except sqlite3.Error:
            return False  # opening will report what is wrong with the file

    @classmethod
    def in_folder(cls, folder: str | os.PathLike[str] | None = None) -> Library:
        """The library in a data folder (default: `QINGDU_DATA_DIR` or the platform's user data folder)."""
        return cls(library_path(folder))

    def close(self) -> None:
        """Close the connection, first letting SQLite refresh its planner statistics if they are stale."""
        with contextlib.suppress(sqlite3.Error):  # closing must not fail; statistics only speed things up
            self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection (tests, maintenance); same thread rules as the library."""
        return self._conn

    @contextmanager
    def _write(self, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction; `durable` also syncs it to disk (bookmarks and edits must survive power loss)."""
        conn = self._conn
        if durable:
            conn.execute("PRAGMA synchronous = FULL")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as error:
                if conn.in_transaction:  # SQLite may have rolled back already (disk full, I/O error)
                    conn.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise LibraryError(f"the library could not be written: {error}") from error
                raise
        except sqlite3.OperationalError as error:  # BEGIN itself: locked past the busy timeout, read-only file
            raise LibraryError(f"the library could not be written: {error}") from error
        finally:
            self._listing.note_write()
            if durable:
                conn.execute("PRAGMA synchronous = NORMAL")

    # --- importing ---------------------------------------------------------------------------------
    def import_paths(
        self, paths: Iterable[str | os.PathLike[str]], runner: BatchRunner | None = None
    ) -> Iterator[ImportResult]:
        """Import files and folders (walked recursively); one result per article, or per failed file.

        With a `reader.batch.BatchRunner` the files are parsed in its worker processes (time limit,
        sandbox) and stored here as they come back, in input order; without one, in this thread.
        """
        from reader.ingest import iter_files

        if runner is None:
            for path in iter_files(paths):
                yield from self.import_file(path)
            return
        for result in runner.run(iter_files(paths), ordered=True):
            if result.error is not None:
                yield ImportResult(path=result.path, error=result.error)
            else:
                yield from self.add_parsed_file(result.path, result.articles)

    def add_parsed_file(self, path: str | os.PathLike[str], articles: Sequence[Article]) -> list[ImportResult]:
        """Store the articles a worker parsed from `path`, with the file's bytes (read again here)."""
        from reader.parse import read_file

        name = os.fspath(path)
        try:
            data = read_file(path)
        except ReaderError as error:
            return [ImportResult(path=name, error=str(error))]
        expected = articles[0].source.sha256 if articles else ""
        if expected and expected != _sha256_hex(data):
            return [ImportResult(path=name, error="the file changed while it was being imported")]
        return self.add_parsed(data, name, articles)

    def import_file(self, path: str | os.PathLike[str]) -> list[ImportResult]:
        """Read, parse and store one file (committed on its own). Never raises for a bad file."""
        from reader.parse import parse_records, read_file

        name = os.fspath(path)
        try:
            data = read_file(path)
            articles = parse_records(data, name)
        except ReaderError as error:
            return [ImportResult(path=name, error=str(error))]
        except Exception as error:  # a parser bug is this file's failure, not the whole import's
            return [ImportResult(path=name, error=f"internal error: {type(error).__name__}: {error}")]
        return self.add_parsed(data, name, articles)

    def add_parsed(
        self, data: bytes, name: str, articles: Sequence[Article], imported_at: str | None = None
    ) -> list[ImportResult]:
        """Store a file already parsed elsewhere (e.g. by a worker): its bytes and the articles it holds.

        The same bytes stored again give the same article ids (`new=False`); an article removed
        earlier comes back.
        """
        sha256 = _sha256_hex(data)
        stamp = imported_at or codec.now()
        results: list[ImportResult] = []
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM originals WHERE sha256 = ?", (sha256,)).fetchone() is None:
                conn.execute(
                    "INSERT INTO originals(sha256, name, size, codec, data) VALUES (?, ?, ?, ?, ?)",
                    (sha256, name, len(data), codec.ORIGINAL_CODEC, codec.pack_original(data)),
                )
            for index, article in enumerate(articles):
                label = name if len(articles) == 1 else f"{name}#{index + 1}"
                found = conn.execute(
                    "SELECT id, title FROM articles WHERE sha256 = ? AND record_index = ?", (sha256, index)
                ).fetchone()
                if found:
                    conn.execute("UPDATE articles SET deleted_at = NULL WHERE id = ?", (found[0],))
                    results.append(ImportResult(path=label, id=found[0], title=found[1], new=False))
                    continue
                article_id = self._insert_article(conn, sha256, index, article, stamp)
                results.append(ImportResult(path=label, id=article_id, title=codec.list_title(article), new=True))
        return results

    def add_many(self, items: Iterable[tuple[bytes, str, Sequence[Article]]], imported_at: str | None = None) -> int:
        """Bulk-store many parsed files in one transaction with `executemany` (benchmarks, big batches).

        Files already in the library are skipped; returns the number of articles added.
        """
        stamp = imported_at or codec.now()
        with self._write() as conn:
            next_id = (conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0) + 1
            originals, rows, parsed, fts, short = [], [], [], [], []
            seen: set[str] = set()
            for data, name, articles in items:
                sha256 = _sha256_hex(data)
                if sha256 in seen or conn.execute("SELECT 1 FROM originals WHERE sha256 = ?", (sha256,)).fetchone():
                    continue
                seen.add(sha256)
                originals.append((sha256, name, len(data), codec.ORIGINAL_CODEC, codec.pack_original(data)))
                for index, article in enumerate(articles):
                    rows.append((next_id, *self._article_values(sha256, index, article, stamp)))
                    parsed.append((next_id, codec.pack_article(article)))
                    fts.append((next_id, article.title, article.text))
                    short.append((next_id, short_index_text(article.title, article.text)))
                    next_id += 1
            conn.executemany("INSERT INTO originals(sha256, name, size, codec, data) VALUES (?, ?, ?, ?, ?)", originals)
            conn.executemany(
                "INSERT INTO articles(id, sha256, record_index, parser_version, title, site, published,"
                " author, url, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.executemany("INSERT INTO parsed_articles(id, parsed) VALUES (?, ?)", parsed)
            conn.executemany("INSERT INTO article_fts(rowid, title, body) VALUES (?, ?, ?)", fts)
            conn.executemany("INSERT INTO article_short(rowid, grams) VALUES (?, ?)", short)
            conn.executemany("INSERT INTO article_titles(rowid, title) VALUES (?, ?)", [f[:2] for f in fts])
        return len(rows)

    def _article_values(self, sha256: str, index: int, article: Article, stamp: str) -> tuple[Any, ...]:
        return (
            sha256,
            index,
            self.parser_version,
            codec.list_title(article),
            article.site,
            article.published,
            article.author,
            article.url,
            stamp,
        )

    def _insert_article(self, conn: sqlite3.Connection, sha256: str, index: int, article: Article, stamp: str) -> int:
        cursor = conn.execute(
            "INSERT INTO articles(sha256, record_index, parser_version, title, site, published,"
            " author, url, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self._article_values(sha256, index, article, stamp),
        )
        article_id = cursor.lastrowid
        assert article_id is not None
        conn.execute("INSERT INTO parsed_articles(id, parsed) VALUES (?, ?)", (article_id, codec.pack_article(article)))
        index_article(conn, article_id, article)
        return article_id

    # --- reading -----------------------------------------------------------------------------------
    def get(self, article_id: int) -> StoredArticle:
        """The stored article with the user's edits applied. Raises `LibraryError` for an unknown id."""
        found = self._conn.execute(
            "SELECT p.parsed, a.overrides, a.imported_at, a.bookmarked, a.parser_version, a.deleted_at"
            " FROM articles a JOIN parsed_articles p ON p.id = a.id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if found is None:
            raise LibraryError(f"no article {article_id} in the library")
        overrides: dict[str, str | None] = json.loads(found[1])
        return StoredArticle(
            id=article_id,
            article=codec.apply_overrides(codec.unpack_article(found[0]), overrides),
            imported_at=found[2],
            bookmarked=bool(found[3]),
            overrides=overrides,
            parser_version=found[4],
            removed=found[5] is not None,
        )

    def article(self, article_id: int) -> Article:
        """The effective article (parse plus edits), for the reading pane and citations."""
        return self.get(article_id).article

    def original(self, article_id: int) -> bytes:
        """The original bytes the article was parsed from (the source file itself is never needed again)."""
        found = self._conn.execute(
            "SELECT o.codec, o.data FROM articles a JOIN originals o ON o.sha256 = a.sha256 WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if found is None:
            raise LibraryError(f"no article {article_id} in the library")
        return codec.unpack_original(found[0], found[1])

    def find(self, sha256: str, record_index: int = 0) -> int | None:
        """The id of the article with this content hash (and record number), live or removed."""
        found = self._conn.execute(
            "SELECT id FROM articles WHERE sha256 = ? AND record_index = ?", (sha256, record_index)
        ).fetchone()
        return None if found is None else int(found[0])

    # --- the list and search (see listing.py) ------------------------------------------------------
    def row(self, article_id: int) -> ArticleRow:
        """One list row, e.g. to repaint it after a bookmark toggle or an edit."""
        return self._listing.row(article_id)

    def count(self, query: str = "", bookmarked_only: bool = False) -> int:
        """How many live articles the list shows with this filter (`rowCount` of the lazy model)."""
        return self._listing.count(query, bookmarked_only)

    def rows(
        self, offset: int = 0, limit: int = 100, sort: Sort = "date", bookmarked_only: bool = False, query: str = ""
    ) -> list[ArticleRow]:
        """A page of list rows: live articles, newest published first (or by title, or newest imported)."""
        return self._listing.rows(offset, limit, sort, bookmarked_only, query)

    def search(self, query: str, limit: int = 20, bookmarked_only: bool = False) -> list[SearchHit]:
        """Matches with snippets to highlight: title matches first, then the rest, newest imported first."""
        return self._listing.search(query, limit, bookmarked_only)

    def removed(self) -> list[ArticleRow]:
        """Removed articles still held (a trash view), most recently removed first."""
        return self._listing.removed()

    # --- metadata edits ----------------------------------------------------------------------------
    def set_metadata(self, article_id: int, **fields: str | None) -> Article:
        """Override metadata (title, site, author, published, url; `accessed` sets `imported_at`).

        Edits are kept apart from the parse, so they survive re-parsing; `None` records "unknown".
        Returns the effective article.
        """
        accessed = fields.pop("accessed", None)
        unknown = set(fields) - set(codec.EDITABLE_FIELDS)
        if unknown:
            raise LibraryError(f"cannot edit {', '.join(sorted(unknown))}")
        with self._write(durable=True) as conn:
            current = self._overrides(conn, article_id)
            current.update(fields)
            self._save_overrides(conn, article_id, current)
            if accessed is not None:
                conn.execute(
                    "UPDATE articles SET imported_at = ? WHERE id = ?",
                    (codec.normalize_timestamp(accessed), article_id),
                )
        return self.article(article_id)

    def reset_metadata(self, article_id: int, fields: Iterable[str] | None = None) -> Article:
        """Drop edits (all, or the named fields) so the parsed values show again."""
        with self._write(durable=True) as conn:
            current = self._overrides(conn, article_id)
            for name in list(current) if fields is None else fields:
                current.pop(name, None)
            self._save_overrides(conn, article_id, current)
        return self.article(article_id)

    def set_imported_at(self, article_id: int, when: str) -> None:
        """Change the import time, which citations use as the access date ("2024-05-01" or ISO date-time)."""
        self.set_metadata(article_id, accessed=when)

    def _overrides(self, conn: sqlite3.Connection, article_id: int) -> dict[str, str | None]:
        found = conn.execute("SELECT overrides FROM articles WHERE id = ?", (article_id,)).fetchone()
        if found is None:
            raise LibraryError(f"no article {article_id} in the library")
        value: dict[str, str | None] = json.loads(found[0])
        return value

    def _save_overrides(self, conn: sqlite3.Connection, article_id: int, overrides: dict[str, str | None]) -> None:
        parsed = conn.execute("SELECT parsed FROM parsed_articles WHERE id = ?", (article_id,)).fetchone()[0]
        conn.execute(
            "UPDATE articles SET overrides = ? WHERE id = ?", (json.dumps(overrides, ensure_ascii=False), article_id)
        )
        refresh_article(conn, article_id, codec.apply_overrides(codec.unpack_article(parsed), overrides))

    # --- removal with undo -------------------------------------------------------------------------
    def remove(self, article_ids: Iterable[int]) -> RemovalToken:
        """Take articles out of the list and search (their bookmarks are kept); undo with `restore`."""
        ids = tuple(dict.fromkeys(article_ids))
        stamp = codec.now()
        with self._write(durable=True) as conn:
            conn.executemany(
                "UPDATE articles SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", [(stamp, i) for i in ids]
            )
        return RemovalToken(ids, stamp)

    def restore(self, token: RemovalToken) -> int:
        """Undo a `remove`; returns how many articles came back."""
        with self._write(durable=True) as conn:
            cursor = conn.executemany(
                "UPDATE articles SET deleted_at = NULL WHERE id = ? AND deleted_at = ?",
                [(i, token.removed_at) for i in token.ids],
            )
            return cursor.rowcount

    def purge_removed(self) -> int:
        """Delete removed articles for good (with their bookmarks and unshared originals); no undo."""
        with self._write() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE deleted_at IS NOT NULL")]
            for article_id in ids:
                unindex_article(conn, article_id)
            conn.execute("DELETE FROM articles WHERE deleted_at IS NOT NULL")
            conn.execute("DELETE FROM originals WHERE sha256 NOT IN (SELECT sha256 FROM articles)")
        return len(ids)

    # --- re-parsing ----------------------------------------------------------------------------------
    def outdated(self) -> int:
        """How many articles were parsed by another parser version than this one."""
        value: int = self._conn.execute(
            "SELECT count(*) FROM articles WHERE parser_version != ?", (self.parser_version,)
        ).fetchone()[0]
        return value

    def reparse_outdated(self) -> tuple[int, int]:
        """Re-parse outdated articles from their stored originals (edits kept); returns (re-parsed, failed).

        Each article is committed on its own; one that no longer parses keeps its old parse.
        """
        ids = [
            r[0]
            for r in self._conn.execute(
                "SELECT id FROM articles WHERE parser_version != ? ORDER BY id", (self.parser_version,)
            ).fetchall()
        ]
        from reader.parse import parse_records

        done = failed = 0
        for article_id in ids:
            index, name = self._conn.execute(
                "SELECT a.record_index, o.name FROM articles a JOIN originals o ON o.sha256 = a.sha256 WHERE a.id = ?",
                (article_id,),
            ).fetchone()
            try:
                articles = parse_records(self.original(article_id), name)
                article = articles[index]
            except (ReaderError, IndexError):
                failed += 1
                continue
            except Exception:  # a parser bug: keep the old parse, count it, go on
                failed += 1
                continue
            with self._write() as conn:
                conn.execute(
                    "UPDATE parsed_articles SET parsed = ? WHERE id = ?", (codec.pack_article(article), article_id)
                )
                conn.execute("UPDATE articles SET parser_version = ? WHERE id = ?", (self.parser_version, article_id))
                overrides = self._overrides(conn, article_id)
                refresh_article(conn, article_id, codec.apply_overrides(article, overrides))
            done += 1
        return done, failed

    # --- bookmarks (see bookmarks.py for the file formats) -------------------------------------------
    def toggle_bookmark(self, article_id: int) -> bool:
        """Flip an article's bookmark; returns the new state."""
        with self._write(durable=True) as conn:
            return _bookmarks.toggle(conn, article_id)

    def set_bookmarked(self, article_id: int, bookmarked: bool) -> None:
        with self._write(durable=True) as conn:
            _bookmarks.set_bookmarked(conn, article_id, bookmarked)

    def add_passage(self, article_id: int, quote: str, start: int, end: int, note: str = "") -> Passage:
        """Bookmark a passage: `quote` is `article.text[start:end]` of the effective article."""
        with self._write(durable=True) as conn:
            return _bookmarks.add_passage(conn, article_id, quote, start, end, note)

    def set_passage_note(self, passage_id: int, note: str) -> None:
        with self._write(durable=True) as conn:
            _bookmarks.set_note(conn, passage_id, note)

    def remove_passage(self, passage_id: int) -> None:
        with self._write(durable=True) as conn:
            conn.execute("DELETE FROM passages WHERE id = ?", (passage_id,))

    def passages(self, article_id: int | None = None) -> list[Passage]:
        """Passage bookmarks of one article (in text order), or of all live articles (newest first)."""
        return _bookmarks.passages(self._conn, article_id)

    def export_bookmarks(self, fmt: Literal["json", "markdown"] = "json") -> str:
        """All bookmarks (starred articles and passages) as JSON or Markdown; both import back."""
        return _bookmarks.export(self._conn, fmt)

    def import_bookmarks(self, text: str) -> BookmarkImport:
        """Import a bookmarks export (JSON or Markdown) in one transaction; importing twice changes nothing."""
        entries = _bookmarks.parse_export(text)
        with self._write(durable=True) as conn:
            return _bookmarks.merge(conn, entries)
