"""HTML extraction on small real pages: boilerplate removed, structure kept, wrappers and encodings read."""

from __future__ import annotations

import contextlib
import gzip
import json

import pytest
from conftest import SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import ReaderError, parse_bytes

PARA = (
    "The council voted on Tuesday to expand the city's bike lanes, a plan that had been debated for two years. "
    "Supporters said the change would make streets safer, while opponents worried about parking."
)
ZH_PARA = (
    "昨日，市政府召开新闻发布会，介绍了今年城市建设的主要进展。"
    "会议指出，全市新建道路一百二十公里，改造老旧小区三百个，群众满意度明显提升。"
)

_FRAGMENTS = [
    "<p>",
    "</p>",
    "<div class='comment'>",
    "<div class='content'>",
    "</div>",
    "<a href='/x'>",
    "</a>",
    "<br>",
    "<h1>",
    "</h1>",
    "<li>",
    "<table><tr><td>",
    "</td></tr></table>",
    "<script>var x = '<p>';</script>",
    "<!--",
    "-->",
    "记者 王小明",
    "2005年03月21日 11:21",
    "A sentence, with commas, that goes on for a while.",
    "&amp;",
    "&#0;",
    "\x00",
]
ZH_MORE = "据介绍，明年将继续推进道路建设，新建学校十所、医院三家，并全面改造城区供水管网。"

ENGLISH_PAGE = f"""<!DOCTYPE html><html lang="en-GB"><head><title>Bike lanes approved | City News</title>
<script>document.write("never run")</script><style>p {{ color: red }}</style></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="sidebar"><p>Popular: a long teaser about something else, with commas, and more words.</p></div>
<article><h1>Bike lanes approved</h1>
<p>{PARA}</p>
<h2>What happens next</h2>
<p>Construction starts in spring, and the first lanes open by summer, the city's transport office said.</p>
<ul><li>Main Street gets a protected lane.</li><li>Harbour Road gets a painted lane.</li></ul>
<blockquote><p>“This is a good day for everyone who rides,” the mayor said, smiling at the crowd.</p></blockquote>
<figure><img src="a.jpg"><figcaption>Cyclists on Main Street.</figcaption></figure>
<div class="share-tools"><p>Share this on social media, tell your friends, and follow us for more news.</p></div>
<p>Council members will review the lanes after a year, and may extend them to the harbour district.</p>
<h3>Most popular</h3>
<ul><li><p>Another story about the weather that has its own long paragraph, with commas, and full stops.</p></li></ul>
</article>
<footer><p>Copyright 2024 City News. All rights reserved.</p></footer>
<iframe src="https://ads.example/"></iframe></body></html>"""


def test_english_article_keeps_structure_and_drops_boilerplate() -> None:
    article = parse_bytes(ENGLISH_PAGE.encode(), "page.html")
    kinds = [(b.kind, b.text[:20]) for b in article.blocks]
    assert ("heading", "What happens next") in kinds
    assert ("list_item", "Main Street gets a p") in kinds
    assert ("quote", "“This is a good day ") in kinds
    assert ("caption", "Cyclists on Main Str") in kinds
    text = article.text
    assert text.startswith("The council voted")
    assert "Construction starts" in text and text.endswith("to the harbour district.")
    assert "Cyclists" not in text  # captions are shown, not part of the body text
    for junk in ("Home", "Popular:", "Share this", "Copyright", "never run", "color: red", "weather"):
        assert junk not in text
    assert article.title == "Bike lanes approved"
    assert article.site == "City News"
    assert article.language == "en"
    assert any(r.reason in ("boilerplate", "related") for r in article.removed)
    assert [r.title for r in article.related] == [
        "Another story about the weather that has its own long paragraph, with commas, and full stops."
    ]


def test_table_layout_chinese_page_in_gbk_with_wrapper_line() -> None:
    html = f"""<text id="http://news.example.cn/2005/0321/a.shtml" title="城市建设" encoding="gb2312">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>城市建设取得新进展_示例新闻网</title></head><body>
<table><tr><td><a href="/">首页</a> | <a href="/n">新闻</a> | <a href="/t">体育</a> | <a href="/f">财经</a></td></tr>
<tr><td width="600"><h1>城市建设取得新进展</h1>2005年03月21日 11:21 来源：示例日报<br><br>
{ZH_PARA}<br><br>{ZH_MORE}<br><br>（记者 王小明）<br></td>
<td><a href="/1">另一条新闻的标题比较长</a><br><a href="/2">第三条新闻的标题也很长</a></td></tr></table>
<p>版权所有 示例新闻网 备案号：京ICP备000000号</p></body></html>"""
    article = parse_bytes(html.encode("gbk"), "page.htm")
    assert article.source.encoding == "gb18030"
    assert article.url == "http://news.example.cn/2005/0321/a.shtml"
    assert article.title == "城市建设取得新进展"
    assert article.site == "示例新闻网"
    assert article.published == "2005-03-21"
    assert article.author == "王小明"
    assert article.language == "zh"
    assert article.text.startswith("昨日，市政府召开新闻发布会") and "供水管网" in article.text
    assert "首页" not in article.text and "另一条新闻" not in article.text and "备案号" not in article.text


def test_saved_from_url_comment_gives_the_url() -> None:
    html = (
        "<!DOCTYPE html>\n<!-- saved from url=(0031)https://example.org/story/1.htm -->\n"
        f"<html><body><p>{PARA}</p></body></html>"
    )
    article = parse_bytes(html.encode(), "saved.html")
    assert article.url == "https://example.org/story/1.htm"
    assert "The council voted" in article.text


def test_canonical_link_wins_over_the_saved_url() -> None:
    html = (
        "<!-- saved from url=(0026)https://m.example.org/s/1 -->\n<html><head>"
        '<link rel="canonical" href="https://example.org/s/1"></head>'
        f"<body><p>{PARA}</p></body></html>"
    )
    assert parse_bytes(html.encode(), "saved.html").url == "https://example.org/s/1"


def test_tiny_and_hostile_pages_do_not_crash() -> None:
    assert parse_bytes(b"<html><body><p>Just one line.</p></body></html>", "x.html").text == "Just one line."
    with pytest.raises(ReaderError):  # a page that is only a script has no text: it is never run
        parse_bytes(b"<html><body><script>alert(1)</script></body></html>", "x.html")
    deep = b"<html><body>" + b"<div>" * 5000 + b"<p>deep text, with a comma.</p>" + b"</div>" * 5000 + b"</body></html>"
    with contextlib.suppress(ReaderError):  # lxml caps the depth it builds; never a crash
        parse_bytes(deep, "deep.html")
    xml_decl = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Ünïcödé text here.</p></body></html>'
    assert "Ünïcödé" in parse_bytes(xml_decl.encode(), "x.xhtml").text


def test_real_chinese_corpus_page_finds_body_date_and_author() -> None:
    corpus = SHARED / "corpora" / "zh-news"
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    page_id = "9890f458-7af7-4e96-a507-6eb1b359d675"
    article = parse_bytes((corpus / "html" / f"{page_id}.html").read_bytes(), f"{page_id}.html")
    body = truth[page_id]["articleBody"]
    sentences = [s for s in body.replace("\n", "").split("。") if len(s) > 20]
    found = sum(1 for s in sentences if s in article.text.replace("\n", ""))
    assert found >= 0.8 * len(sentences)
    assert len(article.text) < 1.5 * len(body)
    assert article.published == "2022-02-13"
    assert article.author == truth[page_id]["author"]


def test_real_english_corpus_page_finds_body_without_navigation() -> None:
    corpus = SHARED / "corpora" / "article-extraction-benchmark"
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    page_id = sorted(truth)[0]
    raw = (corpus / "html" / f"{page_id}.html.gz").read_bytes()
    article = parse_bytes(raw, f"{page_id}.html.gz")
    paragraphs = [p for p in truth[page_id]["articleBody"].split("\n\n") if len(p) > 60]
    assert sum(p in article.text for p in paragraphs) >= 0.8 * len(paragraphs)
    assert len(article.text) < 1.3 * len(truth[page_id]["articleBody"])
    assert gzip.decompress(raw)  # the test really read the gzip bytes parse_bytes un-gzipped


def test_a_thread_keeps_only_its_first_post() -> None:
    post = "这是楼主的第一篇帖子，讲述了一个很长的故事，内容充实，有头有尾，大家都来看看吧。"
    reply = "这是一条回复，说的是别的事情，和楼主的文章没有关系，只是凑个热闹而已。"
    html = (
        "<html><head><title>论坛</title></head><body><div class='thread'>"
        f"<p>{post}</p><p>{post.replace('第一篇', '下一段')}</p>"
        "<p>〓 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓</p>"
        f"<p>{reply}</p><p>〓 明星话题 发布时间 2005/03/16 01:08:28 by other 〓</p>"
        f"<p>{reply.replace('凑个', '看个')}</p></div></body></html>"
    )
    article = parse_bytes(html.encode(), "thread.html")
    assert "楼主的第一篇帖子" in article.text and "楼主的下一段帖子" in article.text
    assert "回复" not in article.text
    assert article.published == "2005-03-15"
    assert article.author == "duscha"
    assert any(r.reason == "replies" and "凑个" in r.text for r in article.removed)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=40), max_size=30))
def test_any_tag_soup_gives_an_article_or_a_reader_error(parts: list[str]) -> None:
    html = "<html><body>" + "".join(parts) + "</body></html>"
    try:
        article = parse_bytes(html.encode("utf-8", "surrogatepass"), "soup.html")
    except ReaderError:
        return
    assert all(block.text.strip() for block in article.blocks)
    assert "<script" not in article.text.lower()


def test_data_table_rows_read_as_lines_and_layout_tables_as_blocks() -> None:
    html = (
        f"<html><body><article><p>{PARA}</p><table>"
        "<tr><th>Ticker</th><th>Company</th><th>Price</th></tr>"
        "<tr><td>HD</td><td>THE HOME DEPOT INC.</td><td>225.86</td></tr>"
        f"</table><table><tr><td><p>{PARA}</p></td><td><p>Second cell, a paragraph of its own here.</p></td></tr>"
        "</table></article></body></html>"
    )
    texts = [b.text for b in parse_bytes(html.encode(), "t.html").blocks]
    assert "Ticker Company Price" in texts
    assert "HD THE HOME DEPOT INC. 225.86" in texts
    assert "Second cell, a paragraph of its own here." in texts


def test_the_articles_own_header_and_footer_stay_out_of_the_body() -> None:
    html = (
        "<html><body><article><header><h1>Bike lanes approved</h1>"
        "<p>A standfirst that sums the story up in one long sentence, with commas, for the front page.</p>"
        "<p>By Jane Doe, November 19, 2019</p></header>"
        f"<p>{PARA}</p><p>Construction starts in spring, and the first lanes open by summer, officials said.</p>"
        "<footer><p>Filed under transport, cycling, and city council decisions in the region.</p></footer>"
        "</article></body></html>"
    )
    article = parse_bytes(html.encode(), "h.html")
    assert article.text.startswith("The council voted") and article.text.endswith("officials said.")
    assert article.author == "Jane Doe"
    assert article.published == "2019-11-19"
