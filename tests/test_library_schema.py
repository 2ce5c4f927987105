"""Schema versions: a database left by every earlier version migrates forward with its data intact."""

from __future__ import annotations

import dataclasses
import sqlite3
import zlib
from pathlib import Path

import pytest
from library_helpers import make_article

from reader.library import Library, LibraryError
from reader.library import codec as library_codec
from reader.library.schema import LATEST_VERSION, STEPS, migrate, v3_short_tokens, version
from reader.library.search import short_index_text

ORIGINAL = "货拉拉司机流动党员党支部成立\n深圳新成立6个司机流动党员党支部。".encode()


def build_old_library(path: Path, at_version: int) -> None:
    """A library as version `at_version` wrote it: one bookmarked article with a passage.

    Written the way that version's code wrote it: the v1 tables, plus what each later version added
    or moved. A new schema step adds its branch here, so the step after it is tested from it too.
    """
    assert at_version < 7, "a schema step was added: teach this builder how that version stores an article"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=at_version) == at_version
    if at_version == 0:
        conn.close()
        return
    article = make_article(
        "货拉拉司机流动党员党支部成立", "深圳新成立6个司机流动党员党支部。", site="融易新媒体", published="2023-06-26"
    )
    article = dataclasses.replace(article, author="记者", url="u:1")
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO originals(sha256, name, size, codec, data) VALUES ('abc', 'old.txt', ?, 'zlib', ?)",
        (len(ORIGINAL), zlib.compress(ORIGINAL)),
    )
    parsed = library_codec.pack_article(article)
    if at_version < 4:  # v1-v3 kept the parse in the articles table
        conn.execute(
            "INSERT INTO articles(id, sha256, record_index, parsed, parser_version, title, site, published,"
            " imported_at, bookmarked) VALUES (7, 'abc', 0, ?, '0.0.1', ?, ?, ?, '2023-07-01T10:00:00Z', 1)",
            (parsed, article.title, article.site, article.published),
        )
    else:  # v4 moved it to parsed_articles; v2 had added author and url
        conn.execute(
            "INSERT INTO articles(id, sha256, record_index, parser_version, title, site, published, author, url,"
            " imported_at, bookmarked, bookmarked_at) VALUES (7, 'abc', 0, '0.0.1', ?, ?, ?, ?, ?,"
            " '2023-07-01T10:00:00Z', 1, '2023-07-01T10:00:00Z')",
            (article.title, article.site, article.published, article.author, article.url),
        )
        conn.execute("INSERT INTO parsed_articles(id, parsed) VALUES (7, ?)", (parsed,))
    conn.execute("INSERT INTO article_fts(rowid, title, body) VALUES (7, ?, ?)", (article.title, article.text))
    if at_version >= 3:  # what v3 added: the short-query index (v6 changed its tokens)
        tokens = v3_short_tokens if at_version < 6 else short_index_text
        conn.execute("INSERT INTO article_short(rowid, grams) VALUES (7, ?)", (tokens(article.title, article.text),))
    if at_version >= 5:  # what v5 added: the title index
        conn.execute("INSERT INTO article_titles(rowid, title) VALUES (7, ?)", (article.title,))
    conn.execute(
        "INSERT INTO passages(article_id, quote, start, end, note, created_at)"
        " VALUES (7, '流动党员', 10, 14, '要点', '2023-07-02T10:00:00Z')"
    )
    conn.execute("COMMIT")
    conn.close()


@pytest.mark.parametrize("old_version", range(LATEST_VERSION))
def test_migrates_from_every_earlier_version(tmp_path: Path, old_version: int) -> None:
    path = tmp_path / "lib.sqlite3"
    build_old_library(path, old_version)
    assert Library.needs_upgrade(path) == (old_version > 0)
    with Library(path) as lib:
        assert version(lib.connection) == LATEST_VERSION
        assert lib.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if old_version == 0:
            assert lib.count() == 0
            return
        stored = lib.get(7)
        assert (stored.article.title, stored.article.author, stored.article.url) == (
            "货拉拉司机流动党员党支部成立",
            "记者",
            "u:1",
        )
        assert stored.bookmarked and stored.imported_at == "2023-07-01T10:00:00Z"
        assert [r.id for r in lib.rows(bookmarked_only=True)] == [7]
        assert [(p.quote, p.note) for p in lib.passages(7)] == [("流动党员", "要点")]
        assert [h.id for h in lib.search("深圳")] == [7]  # two characters: the v3 index was filled
        assert [h.id for h in lib.search("流动党员")] == [7]
        assert [h.id for h in lib.search("党支部成立")] == [7]  # a title match: the v5 index was filled
        short = "SELECT rowid FROM article_short WHERE article_short MATCH ?"
        assert lib.connection.execute(short, ('"6个"',)).fetchall() == [(7,)]  # v6 tokens: digits too
        assert lib.original(7) == ORIGINAL
        assert lib.outdated() == 1
        assert lib.export_bookmarks("json").count('"quote": "流动党员"') == 1
        # The migrated library takes new writes, and its indexes stay consistent.
        lib.set_metadata(7, title="新标题")
        assert [h.id for h in lib.search("新标题")] == [7]
        assert lib.search("深圳")[0].title == "新标题"
        assert not Library.needs_upgrade(path)
        lib.remove([7])
        assert lib.purge_removed() == 1
        assert lib.search("深圳") == []
        for table in ("article_fts", "article_short", "article_titles"):
            lib.connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def schema_of(conn: sqlite3.Connection) -> dict[str, object]:
    """Everything the schema defines, compared by meaning (a table altered in place keeps its edited CREATE text)."""
    objects = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()
    described: dict[str, object] = {}
    for kind, name, table, sql in objects:
        if kind == "table" and not (sql or "").startswith("CREATE VIRTUAL"):
            described[name] = (
                kind,
                conn.execute(f"PRAGMA table_xinfo('{name}')").fetchall(),
                sorted(conn.execute(f"PRAGMA foreign_key_list('{name}')").fetchall()),
                sorted((row[1], row[2], row[3]) for row in conn.execute(f"PRAGMA index_list('{name}')").fetchall()),
            )
        elif kind == "index" and sql is None:  # a UNIQUE constraint's own index: its columns say what it is
            described[name] = (kind, table, conn.execute(f"PRAGMA index_info('{name}')").fetchall())
        else:  # indexes (partial WHERE included), virtual tables, their shadow tables
            described[name] = (kind, table, " ".join((sql or "").split()))
    return described


def test_a_new_library_is_created_as_the_steps_would_leave_it(tmp_path: Path) -> None:
    stepwise = sqlite3.connect(tmp_path / "steps.sqlite3", isolation_level=None)
    assert migrate(stepwise, target=1) == 1  # from 1 on, the steps run one by one
    assert migrate(stepwise) == LATEST_VERSION
    fresh = sqlite3.connect(tmp_path / "fresh.sqlite3", isolation_level=None)
    assert migrate(fresh) == LATEST_VERSION  # from 0: LATEST_DDL in one transaction
    assert version(fresh) == LATEST_VERSION
    assert schema_of(fresh) == schema_of(stepwise)
    assert len(schema_of(fresh)) > 20  # tables, indexes, virtual tables and their shadow tables


def test_each_step_is_its_own_transaction(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "lib.sqlite3", isolation_level=None)
    for target in range(1, LATEST_VERSION + 1):
        assert migrate(conn, target=target) == target
        assert version(conn) == target
    assert migrate(conn) == LATEST_VERSION  # nothing left to do
    assert len(STEPS) == LATEST_VERSION


def test_a_library_from_a_newer_qingdu_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    assert not Library.needs_upgrade(path)
    assert not Library.needs_upgrade(tmp_path / "missing.sqlite3")
    with pytest.raises(LibraryError, match="newer Qingdu"):
        Library(path)


def test_migration_reads_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reader.library.schema.MIGRATION_BATCH", 2)
    path = tmp_path / "lib.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute("BEGIN")
    for number in range(1, 6):
        article = dataclasses.replace(make_article(f"第{number}篇", f"正文{number}号"), author=f"作者{number}")
        conn.execute(
            "INSERT INTO originals(sha256, name, size, codec, data) VALUES (?, 'x', 1, 'zlib', ?)",
            (f"h{number}", zlib.compress(b"x")),
        )
        conn.execute(
            "INSERT INTO articles(id, sha256, parsed, parser_version, title, imported_at)"
            " VALUES (?, ?, ?, '0', ?, '2024-01-01T00:00:00Z')",
            (number, f"h{number}", library_codec.pack_article(article), article.title),
        )
        conn.execute(
            "INSERT INTO article_fts(rowid, title, body) VALUES (?, ?, ?)", (number, article.title, article.text)
        )
    conn.execute("COMMIT")
    conn.close()
    with Library(path) as lib:
        assert [lib.article(n).author for n in range(1, 6)] == [f"作者{n}" for n in range(1, 6)]
        assert {h.id for h in lib.search("正文")} == {1, 2, 3, 4, 5}
        assert [h.id for h in lib.search("4号")] == [4]
