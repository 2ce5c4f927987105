"""The library store on a real SQLite file: import, dedupe by content, originals, edits, removal, listing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from library_helpers import add, make_article, write_page

from reader.library import Library, LibraryError, data_dir, library_path
from reader.library.codec import pack_article
from reader.library.paths import DATA_DIR_ENV


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(tmp_path / "lib.sqlite3")
    yield lib
    lib.close()


def test_data_folder_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "portable"))
    assert data_dir() == tmp_path / "portable"
    with Library() as lib:
        assert lib.path == tmp_path / "portable" / "library.sqlite3"
    assert library_path().exists()
    monkeypatch.delenv(DATA_DIR_ENV)
    assert data_dir().name.lower() == "qingdu"


def test_database_is_in_wal_mode(library: Library) -> None:
    assert library.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_importing_the_same_file_twice_gives_one_article(tmp_path: Path, library: Library) -> None:
    page = write_page(
        tmp_path, "a.html", "城市交通新规", "深圳市交通运输局今天发布了新的网约车管理办法，司机需要持证上岗。"
    )
    copy = tmp_path / "copy-of-a.html"
    copy.write_bytes(page.read_bytes())
    first = list(library.import_paths([page]))
    second = list(library.import_paths([page, copy]))
    assert [r.new for r in first] == [True]
    assert [r.id for r in second] == [first[0].id, first[0].id]
    assert not any(r.new for r in second)
    assert library.count() == 1
    assert library.original(first[0].id) == page.read_bytes()


def test_source_files_are_never_modified(tmp_path: Path, library: Library) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    page = write_page(pages, "a.html", "Title here", "A paragraph long enough to be the body of the article.")
    before = (page.read_bytes(), os.stat(page).st_mtime_ns)
    (result,) = library.import_paths([pages])
    token = library.remove([result.id])
    library.purge_removed()
    assert (page.read_bytes(), os.stat(page).st_mtime_ns) == before
    assert token.ids == (result.id,)


def test_a_bad_file_is_reported_and_the_import_goes_on(tmp_path: Path, library: Library) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    write_page(pages, "b.html", "Good page", "This page has a readable paragraph of ordinary text.")
    results = list(library.import_paths([pages, pages / "gone.html"]))
    assert [Path(r.path).name for r in results] == ["b.html", "image.png", "gone.html"]
    assert results[0].error is None and results[0].id is not None
    assert results[1].error and results[2].error and "not found" in results[2].error
    assert library.count() == 1


def test_every_record_of_a_multi_record_file_is_its_own_article(tmp_path: Path, library: Library) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"url": "https://example.org/1", "title": "First", "html": "<p>The first record has a body of text.</p>"}\n'
        '{"url": "https://example.org/2", "title": "Second", "html": "<p>The second record has other words.</p>"}\n',
        encoding="utf-8",
    )
    results = library.import_file(feed)
    assert [r.path for r in results] == [f"{feed}#1", f"{feed}#2"]
    assert len({r.id for r in results}) == 2
    assert [r.id for r in library.import_file(feed)] == [r.id for r in results]
    assert library.count() == 2


def test_stored_article_survives_the_source_file(tmp_path: Path) -> None:
    page = write_page(tmp_path, "a.html", "Moving day", "The file will be deleted right after the import.")
    with Library(tmp_path / "lib.sqlite3") as lib:
        (result,) = lib.import_paths([page])
    page.unlink()
    with Library(tmp_path / "lib.sqlite3") as lib:
        article = lib.article(result.id)
        assert "deleted right after" in article.text
        assert lib.original(result.id).startswith(b"<html>")


def test_reparse_outdated_uses_the_stored_original_and_keeps_edits(tmp_path: Path) -> None:
    page = write_page(tmp_path, "a.html", "Old parse", "Body text of the page that the new parser reads again.")
    with Library(tmp_path / "lib.sqlite3", parser_version="0.0.1") as old:
        (result,) = old.import_paths([page])
        # Pretend the old parser got the body wrong; the user also fixed the site name.
        old.connection.execute(
            "UPDATE parsed_articles SET parsed = ? WHERE id = ?",
            (pack_article(make_article("Old parse", "garbled")), result.id),
        )

        old.set_metadata(result.id, site="Edited Site")
        assert old.article(result.id).text == "garbled"
    page.unlink()
    with Library(tmp_path / "lib.sqlite3", parser_version="0.0.2") as new:
        assert new.outdated() == 1
        assert new.reparse_outdated() == (1, 0)
        assert new.outdated() == 0
        article = new.article(result.id)
        assert "new parser reads again" in article.text
        assert article.site == "Edited Site"
        assert [h.id for h in new.search("parser reads")] == [result.id]
        assert new.search("garbled") == []


def test_metadata_edits_are_overrides_that_can_be_reset(library: Library) -> None:
    article_id = add(library, make_article("原标题", "正文内容足够长。", site="原网站", published="2023-06-26"))
    edited = library.set_metadata(article_id, title="新标题", author="张三", published=None, accessed="2024-05-01")
    assert (edited.title, edited.author, edited.published, edited.site) == ("新标题", "张三", None, "原网站")
    stored = library.get(article_id)
    assert stored.imported_at == "2024-05-01T00:00:00Z"
    assert stored.overrides == {"title": "新标题", "author": "张三", "published": None}
    assert library.rows()[0].title == "新标题"
    assert [h.id for h in library.search("新标题")] == [article_id]
    assert library.search("原标题") == []
    reset = library.reset_metadata(article_id, ["title"])
    assert (reset.title, reset.author) == ("原标题", "张三")
    with pytest.raises(LibraryError):
        library.set_metadata(article_id, body="no")
    with pytest.raises(LibraryError):
        library.set_metadata(article_id, accessed="yesterday")


def test_remove_and_undo(library: Library) -> None:
    keep = add(library, make_article("Keep me", "A body about gardens."))
    gone = add(library, make_article("Remove me", "A body about gardens too."))
    library.add_passage(gone, "gardens", 8, 15, "nice")
    token = library.remove([gone])
    assert [r.id for r in library.rows()] == [keep]
    assert library.count(query="gardens") == 1
    assert [r.id for r in library.removed()] == [gone]
    assert library.restore(token) == 1
    assert library.count(query="gardens") == 2
    assert [p.note for p in library.passages(gone)] == ["nice"]
    library.remove([gone])
    assert library.purge_removed() == 1
    assert library.count() == 1
    assert library.connection.execute("SELECT count(*) FROM passages").fetchone()[0] == 0
    assert library.connection.execute("SELECT count(*) FROM originals").fetchone()[0] == 1
    with pytest.raises(LibraryError):
        library.get(gone)


def test_reimporting_a_removed_article_brings_it_back(library: Library) -> None:
    article = make_article("Back again", "Text of the article.")
    article_id = add(library, article)
    library.remove([article_id])
    assert add(library, article) == article_id
    assert library.count() == 1


def test_rows_sort_page_and_filter(library: Library) -> None:
    ids = {}
    for title, published, stamp in [
        ("banana", "2021-01-01", "2024-01-03T00:00:00Z"),
        ("Apple", "2023-05-05", "2024-01-01T00:00:00Z"),
        ("cherry", None, "2024-01-02T00:00:00Z"),
    ]:
        ids[title] = add(library, make_article(title, f"{title} text body", published=published), imported_at=stamp)
    assert [r.title for r in library.rows(sort="date")] == ["Apple", "banana", "cherry"]
    assert [r.title for r in library.rows(sort="title")] == ["Apple", "banana", "cherry"]
    assert [r.title for r in library.rows(sort="imported")] == ["banana", "cherry", "Apple"]
    assert [r.title for r in library.rows(offset=1, limit=1, sort="title")] == ["banana"]
    library.toggle_bookmark(ids["cherry"])
    assert [r.title for r in library.rows(bookmarked_only=True)] == ["cherry"]
    assert library.count(bookmarked_only=True) == 1
    row = library.rows(query="cherry")[0]
    assert (row.id, row.bookmarked, row.published, row.imported_at) == (
        ids["cherry"],
        True,
        None,
        "2024-01-02T00:00:00Z",
    )
    with pytest.raises(LibraryError):
        library.rows(sort="size")  # type: ignore[arg-type]


def test_bulk_add_skips_files_already_stored(library: Library) -> None:
    one = make_article("One", "first body")
    two = make_article("Two", "second body")
    assert library.add_many([(b"one", "one.txt", [one]), (b"two", "two.txt", [two])]) == 2
    assert library.add_many([(b"one", "one.txt", [one]), (b"three", "3.txt", [one]), (b"three", "3.txt", [one])]) == 1
    assert library.count() == 3
    assert [h.title for h in library.search("second")] == ["Two"]


def test_unknown_article_and_unreadable_database(tmp_path: Path, library: Library) -> None:
    with pytest.raises(LibraryError):
        library.article(12345)
    with pytest.raises(LibraryError):
        library.toggle_bookmark(12345)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(LibraryError, match="cannot create the library folder"):
        Library(blocker / "lib.sqlite3")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(LibraryError):
        Library(junk)


def test_each_thread_opens_its_own_library(tmp_path: Path) -> None:
    import threading

    path = tmp_path / "lib.sqlite3"
    main = Library(path)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with Library(path) as own:
                add(own, make_article("From a worker", "written in another thread"))
            main.count()  # the main thread's connection must not be used here
        except sqlite3.ProgrammingError as error:
            errors.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert len(errors) == 1
    assert main.count() == 1
    main.close()


def test_a_failed_write_is_a_library_error_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        article_id = add(lib, make_article("Locked out", "body"))
        with Library(path) as other:
            other.connection.execute("PRAGMA busy_timeout = 0")
            lib.connection.execute("BEGIN IMMEDIATE")  # another writer holds the lock
            with pytest.raises(LibraryError, match="could not be written"):
                other.toggle_bookmark(article_id)
            lib.connection.execute("ROLLBACK")
            assert other.toggle_bookmark(article_id) is True


RACE = """
import sys, tempfile
from multiprocessing import get_context
from reader.library import Library

def open_it(path, results):
    try:
        Library(path).close()
        results.put("ok")
    except Exception as error:
        results.put(repr(error))

if __name__ == "__main__":
    fork = get_context("fork")
    outcomes = []
    for _ in range(int(sys.argv[1])):
        path = tempfile.mkdtemp(dir=sys.argv[2]) + "/library.sqlite3"
        results = fork.Queue()
        pair = [fork.Process(target=open_it, args=(path, results)) for _ in range(2)]
        for process in pair:
            process.start()
        for process in pair:
            process.join()
        outcomes += [results.get() for _ in pair]
    print("\\n".join(outcomes))
"""


def test_two_processes_creating_the_same_new_library_both_open_it(tmp_path: Path) -> None:
    """Two import workers starting together on a new library: SQLite refuses the WAL switch at once
    ("database is locked", no busy handler) to the one that comes second; it must wait, not fail."""
    script = tmp_path / "race.py"
    script.write_text(RACE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), "40", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    outcomes = done.stdout.split()
    assert len(outcomes) == 80 and set(outcomes) == {"ok"}, done.stdout[-500:]
