"""Choosing the headline and the site among the <title>'s parts, meta headlines and the lines at the body's start."""

from __future__ import annotations

import pytest

from reader import parse_bytes
from reader.metadata import Metadata, refine_title

ZH_PROSE = "<p>" + "这是文章正文的一句话，内容足够长，可以被当作正文段落来读取和显示。" * 4 + "</p>"
EN_PROSE = "<p>" + "A sentence of the article body, long enough to count as prose for the extractor. " * 4 + "</p>"


def _page(title: str, body: str, head: str = "") -> bytes:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>".encode()


def _article(title: str, lead: str, prose: str = ZH_PROSE, head: str = "") -> tuple[str, str | None, str]:
    body = f"<div class='nav'><a href='/'>首页</a></div><div class='content'>{lead}{prose * 3}</div>"
    article = parse_bytes(_page(title, body, head), "a.html")
    return article.title, article.site, article.text


def test_greeting_title_gives_way_to_the_headline_at_the_body_start_and_names_the_site() -> None:
    title, site, text = _article("谢谢您访问〖关注中国中心〗", "<p><b>茉莉：我是怎样卷入运动的</b></p>")
    assert (title, site) == ("茉莉：我是怎样卷入运动的", "关注中国中心")
    assert "我是怎样卷入运动的" not in text  # the headline is not repeated in the body


def test_generic_title_word_gives_way_to_the_heading() -> None:
    title, _site, _text = _article("显示", "<h3>比赛革命的革命</h3>")
    assert title == "比赛革命的革命"


def test_site_only_title_gives_way_to_the_heading_and_becomes_the_site() -> None:
    title, site, _text = _article("网易娱乐", "<p><b>惊爆某公司操控女星黑幕(转载)</b></p>")
    assert (title, site) == ("惊爆某公司操控女星黑幕(转载)", "网易娱乐")


@pytest.mark.parametrize(
    ("raw", "title", "site"),
    [
        ("多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业", "播客热潮迅速蔓延 挑逗传统传媒业", "多维博客"),
        ("土豆不“土” 土豆无“土” 松花江网", "土豆不“土” 土豆无“土”", "松花江网"),
        ("艺术史研究<世纪在线中国艺术网", "艺术史研究", "世纪在线中国艺术网"),
        ("书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来", "奋马扬鞭争春色，“虎”力全开向未来", None),
    ],
)
def test_title_separators_and_site_names(raw: str, title: str, site: str | None) -> None:
    assert _article(raw, "")[:2] == (title, site)


def test_title_part_shown_as_the_heading_wins_over_the_site_prefix() -> None:
    title, site, _text = _article("某某博客 » 播客热潮迅速蔓延", "<h2>播客热潮迅速蔓延</h2>")
    assert (title, site) == ("播客热潮迅速蔓延", "某某博客")


def test_a_person_named_in_the_suffix_is_no_site() -> None:
    prose = "<p>" + "苏银霞说，于欢出狱那天她在工厂门口等了很久，苏银霞一直没有说话。" * 3 + "</p>"
    head = '<link rel="canonical" href="https://www.example.cn/a/1.html">'
    title, site, _text = _article(
        "刺死辱母者的罪与悔：出狱第一晚_苏银", "<h1>刺死辱母者的罪与悔：出狱第一晚</h1>", prose, head
    )
    assert (title, site) == ("刺死辱母者的罪与悔：出狱第一晚", "example.cn")


def test_english_site_name_title_uses_the_og_title() -> None:
    head = '<meta property="og:title" content="Cells That Taste Danger Set Off Immune Responses">'
    title, _site, _text = _article("Quanta Magazine | Quanta Magazine", "", EN_PROSE, head)
    assert title == "Cells That Taste Danger Set Off Immune Responses"


def test_english_headline_with_site_suffix_stays() -> None:
    title, site, _text = _article("Bike lanes approved | City News", "<h1>Bike lanes approved</h1>", EN_PROSE)
    assert (title, site) == ("Bike lanes approved", "City News")


def test_english_home_title_gives_way_to_the_heading() -> None:
    title, _site, _text = _article("Home", "<h1>Council votes to widen the river path</h1>", EN_PROSE)
    assert title == "Council votes to widen the river path"


def test_short_han_headline_shown_as_the_heading_stays() -> None:
    title, site, text = _article("城市建设_示例网", "<h1>城市建设</h1>")
    assert (title, site) == ("城市建设", "示例网")
    assert not text.startswith("城市建设\n")


def test_the_title_part_the_page_shows_as_its_h1_wins_even_when_shorter() -> None:
    title, site, _text = _article(
        "About bugs – Vortex Cannon Entertainment", "<h1>About bugs</h1>", EN_PROSE.replace("<p>", "<p>Bugs. ")
    )
    assert (title, site) == ("About bugs", "Vortex Cannon Entertainment")


def test_a_section_label_in_the_navigation_does_not_replace_the_headline() -> None:
    meta = Metadata(
        title="All-new sedan is what we really want from the maker",
        title_parts=("All-new sedan is what we really want from the maker - Auto News", "Auto News"),
    )
    lead = ["AUTO NEWS", "All-new sedan is what we want"]
    assert refine_title(meta, lead, [EN_PROSE]).title == "All-new sedan is what we really want from the maker"
