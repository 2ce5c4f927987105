"""Bookmarks: stars, passages with notes, export as JSON and Markdown, import back (idempotent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from library_helpers import add, make_article

from reader.library import Library, LibraryError, locate_passage

BODY = "第一段讲了城市交通。\n\n第二段说到网约车司机 -- 和平台的关系。"


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(tmp_path / "one.sqlite3")
    yield lib
    lib.close()


def seeded(library: Library) -> tuple[int, int]:
    first = add(library, make_article("交通新规", "第一段讲了城市交通。", "第二段说到网约车司机 -- 和平台的关系。"))
    second = add(library, make_article("An English article", "Nothing bookmarked here, only starred."))
    return first, second


def test_toggle_and_filter(library: Library) -> None:
    first, second = seeded(library)
    assert library.toggle_bookmark(first) is True
    assert library.get(first).bookmarked
    assert [r.id for r in library.rows(bookmarked_only=True)] == [first]
    assert library.toggle_bookmark(first) is False
    assert library.count(bookmarked_only=True) == 0
    library.set_bookmarked(second, True)
    library.set_bookmarked(second, True)
    assert [r.id for r in library.rows(bookmarked_only=True)] == [second]


def test_passages_with_notes(library: Library) -> None:
    first, _ = seeded(library)
    text = library.article(first).text
    assert text == BODY
    start = text.index("网约车司机")
    passage = library.add_passage(first, "网约车司机", start, start + 5, "重点")
    again = library.add_passage(first, "网约车司机", start, start + 5)  # same passage: one bookmark
    assert again.id == passage.id and again.note == "重点"
    library.set_passage_note(passage.id, "改过的笔记")
    other = library.add_passage(first, "城市交通", 5, 9)
    assert [(p.quote, p.note) for p in library.passages(first)] == [("城市交通", ""), ("网约车司机", "改过的笔记")]
    assert [p.id for p in library.passages()] == [other.id, passage.id]
    assert locate_passage(text, passage) == (start, start + 5)
    assert locate_passage("前言。" + text, passage) == (start + 3, start + 8)  # the text moved: found by quote
    library.remove_passage(other.id)
    assert [p.id for p in library.passages(first)] == [passage.id]
    with pytest.raises(LibraryError):
        library.add_passage(first, "", 0, 0)
    with pytest.raises(LibraryError):
        library.add_passage(first, "x", 5, 2)
    with pytest.raises(LibraryError):
        library.add_passage(999, "x", 0, 1)


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_export_imports_back_into_another_library_idempotently(tmp_path: Path, library: Library, fmt: str) -> None:
    first, second = seeded(library)
    library.toggle_bookmark(first)
    library.toggle_bookmark(second)
    start = BODY.index("网约车司机 -- 和")
    library.add_passage(first, "网约车司机 -- 和", start, start + 10, "注意 -- 这里\n第二行 -->")
    library.add_passage(first, "城市交通", 5, 9)
    exported = library.export_bookmarks(fmt)  # type: ignore[arg-type]

    with Library(tmp_path / "two.sqlite3") as other:
        ids = seeded(other)
        unrelated = add(other, make_article("Not in the export", "Some text."))
        result = other.import_bookmarks(exported)
        assert (result.articles_bookmarked, result.passages_added, result.missing) == (2, 2, 0)
        again = other.import_bookmarks(exported)
        assert (again.articles_bookmarked, again.passages_added, again.missing) == (0, 0, 0)
        assert {r.id for r in other.rows(bookmarked_only=True)} == set(ids)
        assert not other.get(unrelated).bookmarked
        passages = other.passages(ids[0])
        assert [(p.quote, p.start, p.end, p.note) for p in passages] == [
            ("城市交通", 5, 9, ""),
            ("网约车司机 -- 和", start, start + 10, "注意 -- 这里\n第二行 -->"),
        ]
        assert (
            json.loads(other.export_bookmarks("json"))["articles"]
            == json.loads(library.export_bookmarks("json"))["articles"]
        )

    with Library(tmp_path / "empty.sqlite3") as empty:
        result = empty.import_bookmarks(exported)
        assert (result.articles_bookmarked, result.passages_added, result.missing) == (0, 0, 2)


def test_markdown_export_reads_as_markdown(library: Library) -> None:
    first, _ = seeded(library)
    library.add_passage(first, "城市交通", 5, 9, "一条笔记")
    text = library.export_bookmarks("markdown")
    assert text.startswith("# Qingdu bookmarks")
    assert "## 交通新规" in text
    assert "> 城市交通" in text
    assert "一条笔记" in text
    body_without_comments = text.replace("<!--", "").replace("-->", "")
    assert body_without_comments.count("<!") == 0


def test_bad_bookmark_files_are_refused_without_changes(library: Library) -> None:
    first, _ = seeded(library)
    for text in ["", "hello", "{not json", '{"format": "other"}', '{"format": "qingdu-bookmarks"}']:
        with pytest.raises(LibraryError):
            library.import_bookmarks(text)
    sha256 = library.connection.execute("SELECT sha256 FROM articles WHERE id = ?", (first,)).fetchone()[0]
    damaged = json.dumps(
        {
            "format": "qingdu-bookmarks",
            "articles": [
                {"sha256": sha256, "bookmarked": True, "passages": [{"quote": "城市交通", "start": 5, "end": 9}]},
                {"sha256": sha256, "passages": [{"quote": "no offsets"}]},
            ],
        }
    )
    with pytest.raises(LibraryError):
        library.import_bookmarks(damaged)
    # One transaction: the good first entry was rolled back with the damaged second one.
    assert not library.get(first).bookmarked
    assert library.passages(first) == []
