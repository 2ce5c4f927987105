"""Page metadata: title suffixes, dates from meta/JSON-LD/<time>/visible text, authors from meta and bylines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader import parse_bytes
from reader.metadata import (
    byline_author,
    parse_date,
    split_title,
    standalone_name,
    url_date,
    visible_date,
    visible_month,
)

ROOT = Path(__file__).resolve().parent.parent
BODY = "<p>" + "A sentence of the article body, long enough to count as prose for the extractor. " * 4 + "</p>"


def _page(head: str, body: str = BODY, lang: str = "") -> bytes:
    return f"<html{lang}><head>{head}</head><body><article>{body}</article></body></html>".encode()


@pytest.mark.parametrize(
    ("raw", "title", "site"),
    [
        ("劳伦斯：一个无法定义的“洛克菲勒”-搜狐财经", "劳伦斯：一个无法定义的“洛克菲勒”", "搜狐财经"),
        ("央行宣布降准_新浪财经_新浪网", "央行宣布降准", "新浪网"),
        ("Bike lanes approved | City News", "Bike lanes approved", "City News"),
        ("Bike lanes approved - World - The Daily Paper", "Bike lanes approved", "The Daily Paper"),
        ("谁来为无序拆房“埋单”？--bjreader的博客", "谁来为无序拆房“埋单”？", "bjreader的博客"),
        ("COVID-19 cases rise", "COVID-19 cases rise", None),
        (
            "书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来",
            "奋马扬鞭争春色，“虎”力全开向未来",  # a column name before the headline, no site
            None,
        ),
    ],
)
def test_title_without_site_suffix(raw: str, title: str, site: str | None) -> None:
    assert split_title(raw) == (title, site)


def test_title_matching_the_h1_is_taken_whole() -> None:
    assert split_title("Trump - the years | Site", None, ["Trump - the years"]) == ("Trump - the years", "Site")


def test_meta_tags_give_site_date_author_canonical_and_language() -> None:
    head = (
        "<title>Storm hits coast | Coast Times</title>"
        '<meta property="og:site_name" content="Coast Times">'
        '<meta property="article:published_time" content="2019-11-19T06:30:00Z">'
        '<meta name="author" content="Jane Doe">'
        '<link rel="canonical" href="https://coast.example/storm">'
    )
    article = parse_bytes(_page(head, lang=' lang="en-US"'), "a.html")
    assert (article.title, article.site, article.published) == ("Storm hits coast", "Coast Times", "2019-11-19")
    assert (article.author, article.url, article.language) == ("Jane Doe", "https://coast.example/storm", "en")


def test_json_ld_date_and_author() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",'
        ' "headline": "x", "datePublished": "2021-03-04T10:00:00+08:00",'
        ' "author": [{"@type": "Person", "name": "李明"}, {"@type": "Person", "name": "王芳"}]}]}</script>'
    )
    article = parse_bytes(_page(head), "a.html")
    assert article.published == "2021-03-04"
    assert article.author == "李明, 王芳"


def test_time_element_date() -> None:
    body = '<p class="meta"><time datetime="2020-01-02T03:04">Jan 2</time></p>' + BODY
    assert parse_bytes(_page("<title>t</title>", body), "a.html").published == "2020-01-02"


def test_visible_chinese_date_and_byline() -> None:
    body = "<div>发布时间：2005年03月21日 11:21　来源：新华网　作者：李四</div>" + BODY.replace("A sentence", "一句")
    article = parse_bytes(_page("<title>标题_网站</title>", body), "a.html")
    assert article.published == "2005-03-21"
    assert article.author == "李四"


def test_visible_dates_prefer_labelled_and_timed_ones() -> None:
    lead = ["今天是2022年2月14日 星期一", "首页 > 新闻", "2022-02-13 20:04:17 来源：新华日报"]
    assert visible_date(lead, []) == "2022-02-13"
    assert visible_date(["Published: November 19, 2019 6:30 AM"], []) == "2019-11-19"
    assert visible_date(["no date here"], ["nor here"]) is None


def test_visible_date_scan_order_keeps_the_plain_scans_answer() -> None:
    # a labelled date far into the body still beats an unlabelled one at its start
    body = ["It rained on 2019-01-02 in the city.", *(["filler line"] * 60), "发布时间：2020-05-06"]
    assert visible_date([], body) == "2020-05-06"
    # equal scores (lead line 1 before the body, body line 5): the line listed first wins
    assert visible_date(["2020-01-01"], ["a", "b", "c", "d", "e", "2021-01-01"]) == "2020-01-01"
    # past the reach of any bonus, a nearer plain date is kept
    assert visible_date([], ["2018-03-04", *(["x"] * 300), "Updated: 2018-05-06 10:00"]) == "2018-03-04"


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["光明日报记者 王建宏 张文攀"], "王建宏 张文攀"),
        (["……推动云南工业高质量发展。（记者 胡晓蓉）", "责任编辑：孙重远"], "胡晓蓉"),
        (["“所有的改革难道不都是利益再分配的过程吗？”（姚峰 上海报道）"], "姚峰"),
        (["来源:转载 作者:孙仲旻 分享："], "孙仲旻"),
        (["By Jane Doe and John Roe", "Updated today"], "Jane Doe and John Roe"),
        (["编辑：苏亮"], "苏亮"),
        (["由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论"], "海姑娘"),
        (["新京报记者 彭冲 山东冠县报道"], "彭冲"),
        (["本报实习生 刘国栋 周炜", "本报记者 王燕平 方云凤"], "刘国栋 周炜 王燕平 方云凤"),
        (["SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：国际金融报"], "黄宇"),
        (["发布时间 2005/03/15 22:36:13 by duscha"], "duscha"),
        (["据记者介绍，它的主要用途是运输。"], None),
        (['作者： size="20" 来源：'], None),
        (["一段没有署名的文字。"], None),
    ],
)
def test_bylines(lines: list[str], author: str | None) -> None:
    assert byline_author(lines) == author


def test_date_parsing_and_url_dates() -> None:
    assert parse_date("2004-7-16 08:19") == "2004-07-16"
    assert parse_date("Tue, 19 Nov 2019 10:48:00 GMT") == "2019-11-19"
    assert parse_date("20040716") == "2004-07-16"
    assert parse_date("发布日期： 9/17/2004 5:54:13 AM") == "2004-09-17"
    assert parse_date("17/9/2004") == "2004-09-17"
    assert parse_date("18.11.2019, 08:57") == "2019-11-18"
    assert parse_date("13/45/2019") is None
    assert url_date("http://business.sohu.com/20040716/n221031086.shtml") == "2004-07-16"
    assert url_date("https://example.com/2019/11/19/story.html") == "2019-11-19"
    assert url_date("https://example.com/story/123") is None
    assert visible_month(["——《北京之春》1996年6月号"]) == "1996-06"
    assert visible_month(["1996年6月5日"]) is None


def test_a_name_alone_under_the_title_is_the_author() -> None:
    assert standalone_name(["胡平", "——对文化革命的政治心理学分析"]) == "胡平"
    assert standalone_name(["编者按", "正文很长的一段话。"]) is None
    assert standalone_name(["一段很长的正文，不是名字。"]) is None


def test_author_from_the_one_name_linked_to_an_author_page() -> None:
    box = "<div class='box'><a href='https://blog.example.org/author/olivia-larsen/'>Olivia Larsen</a></div>"
    archive = "<a href='/?m=200604&amp;author=7'>April 2006</a>"  # an archive link is no author page
    article = parse_bytes(_page("<title>A grant</title>", BODY + box + archive), "a.html")
    assert article.author == "Olivia Larsen"
    # two different people linked (a list of the site's writers): no author is guessed from links
    writers = "<a href='/?author=1'>Jane Roe</a> <a href='/?author=2'>John Doe</a>"
    assert parse_bytes(_page("<title>A grant</title>", BODY + writers), "b.html").author is None


@pytest.mark.parametrize(
    ("lang", "head", "lines", "published"),
    [
        # the page's locale orders a numeric date its numbers leave open
        (' lang="en-GB"', "", "<p>Published 7/5/2005</p>", "2005-05-07"),
        (' lang="en-US"', "", "<p>Published 7/5/2005</p>", "2005-07-05"),
        ("", '<link rel="canonical" href="https://news.example.co.uk/a">', "<p>Published 7/5/2005</p>", "2005-05-07"),
        (' lang="fr"', "", "<p>Publié le 7/5/2005</p>", "2005-05-07"),
        # a date on the same page whose numbers fix the order outweighs the locale
        (' lang="en-US"', "", "<p>Published 7/5/2005</p><p>Updated 25/5/2005</p>", "2005-05-07"),
        ("", "", "<p>Published 7/5/2005</p><p>Updated 7/25/2005</p>", "2005-07-05"),
        # no locale: a 12-hour clock is the US habit (an ASP page's "7/5/2005 9:23:57 PM")
        (' lang="zh"', "", "<p>发布日期： 7/5/2005 9:23:57 PM</p>", "2005-07-05"),
        ("", "", "<p>Published 7/5/2005</p>", "2005-05-07"),
    ],
)
def test_numeric_dates_follow_the_pages_order(lang: str, head: str, lines: str, published: str) -> None:
    article = parse_bytes(_page(f"<title>Storm</title>{head}", lines + BODY, lang), "d.html")
    assert article.published == published


def test_a_line_of_thousands_of_dates_is_read_in_linear_time() -> None:
    # A flattened calendar or log: the label lookup once scanned the whole line before every date (n^2:
    # minutes on this line). Run in a subprocess so that a regression fails by its timeout, not by hanging.
    code = (
        "from reader.metadata import visible_date\n"
        "line = 'Published: 2018-03-04 ' + ' '.join(f'2019-01-{i % 28 + 1:02d} event' for i in range(20000))\n"
        "print(visible_date([], [line] * 3))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "2018-03-04"
