"""Scraper output: JSON and JSON Lines records with an HTML or a text field; one record is one article."""

from __future__ import annotations

import json

from reader import parse_bytes, parse_records

PARA = (
    "The council voted on Tuesday to expand the city's bike lanes, a plan that had been debated for two years. "
    "Supporters said the change would make streets safer, while opponents worried about parking."
)


def _html(title: str) -> str:
    return (
        f"<html><head><title>{title} | City News</title></head><body><nav><a href='/'>Home</a> "
        f"<a href='/x'>Sport</a></nav><article><h1>{title}</h1><p>{PARA}</p></article></body></html>"
    )


def test_jsonl_records_are_one_article_each_with_url_and_title() -> None:
    lines = [
        {"url": "https://city.example/a", "title": "First story", "html": _html("First story")},
        {"url": "https://city.example/b", "text": "Second story\n\n" + PARA},
        {"url": "https://city.example/c"},  # no content: skipped, not fatal
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    articles = parse_records(data, "items.jsonl")
    assert len(articles) == 2
    first, second = articles
    assert first.url == "https://city.example/a" and first.title == "First story"
    assert first.text == PARA
    assert "Home" not in first.text
    assert second.url == "https://city.example/b"
    assert "The council voted" in second.text


def test_json_list_and_wrapped_items() -> None:
    records = [{"link": "https://city.example/a", "raw_html": _html("A story")}]
    for payload in (records, {"items": records}):
        article = parse_bytes(json.dumps(payload, ensure_ascii=False).encode(), "feed.json")
        assert article.source.format == "json"
        assert article.url == "https://city.example/a"
        assert article.title == "A story"
        assert article.text == PARA


def test_record_title_fills_a_page_without_one() -> None:
    record = {"url": "https://city.example/z", "title": "从记录来的标题", "body": f"<div><p>{PARA}</p></div>"}
    article = parse_bytes(json.dumps(record, ensure_ascii=False).encode(), "one.json")
    assert article.title == "从记录来的标题"
    assert article.text == PARA


def test_record_metadata_fills_what_the_page_does_not_say() -> None:
    record = {
        "url": "https://news.example.cn/a",
        "title": "城市建设取得新进展",
        "content": "<div><p>" + PARA + "</p><p>Second paragraph, with more words in it.</p></div>",
        "author": ["王小明", "李四"],
        "publish_time": "2005-03-21 11:21:00",
        "site_name": "示例新闻网",
    }
    article = parse_bytes(json.dumps(record, ensure_ascii=False).encode(), "one.json")
    assert article.text == PARA + "\n\nSecond paragraph, with more words in it."  # HTML in a text field is read as HTML
    assert (article.author, article.published, article.site) == ("王小明, 李四", "2005-03-21", "示例新闻网")
    assert article.title == "城市建设取得新进展"
