"""Full-text search on a real library: Chinese of any length, English, snippets, highlights, filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_helpers import add, make_article

from reader.library import Library, find_spans, highlights
from reader.library.search import make_snippet, plan_query, short_index_text


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(tmp_path / "lib.sqlite3")
    lib.ids = {  # type: ignore[attr-defined]
        "huolala": add(
            lib,
            make_article(
                "货拉拉司机流动党员党支部成立",
                "6月26日，货拉拉公司党委在深圳、广州、东莞、佛山新成立6个司机流动党员党支部。",
                "司机流动党员有了“家”。",
            ),
        ),
        "weather": add(lib, make_article("台风“海葵”登陆", "受台风影响，深圳今天停课，港口暂停作业。")),
        "climate": add(
            lib,
            make_article("Climate Talks Resume", "Delegates met in Bonn to discuss CLIMATE finance and AI tools."),
        ),
        "ai": add(lib, make_article("A guide to AI", "Artificial intelligence tools for reporters, explained.")),
    }
    yield lib
    lib.close()


def ids(library: Library, query: str, **kwargs: object) -> set[int]:
    return {hit.id for hit in library.search(query, **kwargs)}  # type: ignore[arg-type]


def test_chinese_queries_of_every_length(library: Library) -> None:
    known = library.ids  # type: ignore[attr-defined]
    assert ids(library, "流动党员") == {known["huolala"]}  # trigram index
    assert ids(library, "党支部") == {known["huolala"]}
    assert ids(library, "深圳") == {known["huolala"], known["weather"]}  # two characters: short index
    assert ids(library, "台风") == {known["weather"]}
    assert ids(library, "港") == {known["weather"]}  # one character
    assert ids(library, "家") == {known["huolala"]}  # a run of one character between punctuation
    assert ids(library, "成立") == {known["huolala"]}  # last two characters of the title
    assert ids(library, "北京") == set()
    assert ids(library, "圳深") == set()


def test_english_is_case_insensitive_and_terms_are_anded(library: Library) -> None:
    known = library.ids  # type: ignore[attr-defined]
    assert ids(library, "climate") == {known["climate"]}
    assert ids(library, "artificial INTELLIGENCE") == {known["ai"]}
    assert ids(library, "tools") == {known["climate"], known["ai"]}
    assert ids(library, "tools bonn") == {known["climate"]}
    assert ids(library, "AI") == {known["climate"], known["ai"]}  # short Latin term: substring, any case
    assert ids(library, "ai 港") == set()
    assert ids(library, "d.") == {known["ai"]}  # punctuation: the LIKE scan ("explained.")
    assert ids(library, "Bonn 深圳") == set()
    assert ids(library, "台风 深圳 港口") == {known["weather"]}  # two-character terms and a trigram term


def test_quotes_and_operators_in_queries_are_plain_text(library: Library) -> None:
    for query in ['"', 'climate"', "AND", "OR NOT", "(", "*", "a%", "_", "NEAR(x y)", "title:climate"]:
        library.search(query)  # must not raise
    assert ids(library, "“家”") == {library.ids["huolala"]}  # type: ignore[attr-defined]


def test_title_matches_come_first(library: Library) -> None:
    known = library.ids  # type: ignore[attr-defined]
    later = add(library, make_article("Budget news", "The climate budget was cut, again, by parliament."))
    assert [h.id for h in library.search("climate")] == [known["climate"], later]
    assert [h.id for h in library.search("climate", limit=1)] == [known["climate"]]


def test_snippet_and_spans_mark_the_matches(library: Library) -> None:
    (hit,) = library.search("finance")
    assert hit.title == "Climate Talks Resume"
    marked = [hit.snippet[a:b] for a, b in hit.snippet_spans]
    assert marked == ["finance"]
    (hit,) = library.search("流动党员")
    assert [hit.snippet[a:b] for a, b in hit.snippet_spans] == ["流动党员", "流动党员"]  # both in the excerpt
    long_body = "开头。" + "无关的文字。" * 40 + "关键的句子在这里。" + "结尾。" * 40
    snippet = make_snippet(long_body, "关键")
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert [snippet.text[a:b] for a, b in snippet.spans] == ["关键"]
    assert len(snippet.text) < 120


def test_highlights_for_the_reading_pane(library: Library) -> None:
    article = library.article(library.ids["huolala"])  # type: ignore[attr-defined]
    marks = highlights(article, "司机 党员")
    assert [article.title[a:b] for a, b in marks.title] == ["司机", "党员"]
    assert {article.blocks[i].text[a:b] for i, (a, b) in marks.blocks} == {"司机", "党员"}
    assert not highlights(article, "   ")
    assert find_spans("Climate and climate", "CLIMATE") == [(0, 7), (12, 19)]


def test_filters_removed_and_bookmarked(library: Library) -> None:
    known = library.ids  # type: ignore[attr-defined]
    library.toggle_bookmark(known["weather"])
    assert ids(library, "深圳", bookmarked_only=True) == {known["weather"]}
    assert library.count(query="深圳", bookmarked_only=True) == 1
    library.remove([known["huolala"]])
    assert ids(library, "深圳") == {known["weather"]}
    assert ids(library, "流动党员") == set()
    assert library.count(query="深圳") == 1
    assert library.count(query="党员") == 0
    assert library.count(query="tools") == 2
    assert library.count(query="AI") == 2
    assert library.count() == 3


def test_short_index_tokens_and_query_routing() -> None:
    assert short_index_text("台风", "港口，港") == "口 台 台风 港 港口 风"
    assert short_index_text("5G", "A股_x") == "5 5g a a股 g x 股"
    plan = plan_query("台风 深圳港 AI 台风 C#")
    assert plan.terms == ("台风", "深圳港", "AI", "C#")
    assert plan.fts_match == '"深圳港"' and plan.short_match == '"台风" AND "AI"' and plan.like_terms == ("C#",)
    assert plan_query("   ").empty


def test_filtered_list_pages_and_follows_changes(tmp_path: Path, library: Library) -> None:
    known = library.ids  # type: ignore[attr-defined]
    extra = [
        add(library, make_article(f"深圳新闻{n}", f"深圳第{n}条消息。"), imported_at=f"2099-01-{n + 1:02d}T00:00:00Z")
        for n in range(5)
    ]
    assert library.count(query="深圳") == 7
    by_title = library.rows(sort="title", query="深圳")
    assert [r.id for r in library.rows(offset=2, limit=3, sort="title", query="深圳")] == [r.id for r in by_title[2:5]]
    assert [r.id for r in library.rows(sort="imported", query="深圳", limit=2)] == [extra[4], extra[3]]
    # This connection's own writes show at once...
    library.toggle_bookmark(extra[0])
    assert [r.id for r in library.rows(query="深圳", bookmarked_only=True)] == [extra[0]]
    library.remove([known["weather"]])
    assert library.count(query="深圳") == 6
    # ...and so do another connection's.
    with Library(library.path) as other:
        newcomer = add(other, make_article("深圳地铁", "新线路开通。"))
    assert newcomer in {r.id for r in library.rows(query="深圳")}
    assert library.count(query="深圳") == 7


def test_indexes_agree_with_a_plain_scan_after_edits_and_purges(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    old_titles, new_titles, bodies = (
        "子丑寅卯辰巳午未申酉",
        "甲乙丙丁戊己庚辛",
        "深圳港口台风经济发展城市交通司机平台abcAB 。，",
    )

    def text(alphabet: str, k: int) -> str:
        return "".join(rng.choices(alphabet, k=k))

    with Library(tmp_path / "scan.sqlite3") as lib:
        ids = [add(lib, make_article(text(old_titles, 4), text(bodies, 12))) for _ in range(40)]
        replaced = []
        for article_id in rng.sample(ids, 15):
            replaced.append(lib.article(article_id).title[:3])
            lib.set_metadata(article_id, title=text(new_titles, 4))
        lib.remove([*rng.sample(ids, 8), max(ids)])
        lib.purge_removed()
        # New articles after a purge may reuse the purged ids: no stale index entry may stick to them.
        ids += [add(lib, make_article(text(new_titles, 4), text(bodies, 12))) for _ in range(5)]
        live = {row.id: lib.article(row.id) for row in lib.rows(limit=100)}
        queries = [*old_titles, *new_titles[:4], "子丑", "甲乙", "深", "圳港", "a", "AB", "经济发", "港 b", *replaced]
        for query in queries:
            terms = query.split()
            expected = {
                i
                for i, article in live.items()
                if all(t.lower() in (article.title + "\n" + article.text).lower() for t in terms)
            }
            assert {h.id for h in lib.search(query, limit=100)} == expected, query
            assert lib.count(query=query) == len(expected), query
        for table in ("article_fts", "article_short", "article_titles"):
            lib.connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
