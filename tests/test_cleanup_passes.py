"""The parser model's passes one at a time: each decides one thing about a line and can be checked alone."""

from __future__ import annotations

import pytest

from reader.cleanup import guess_language
from reader.cleanup.body import select_body
from reader.cleanup.bylines import is_byline
from reader.cleanup.captions import is_caption
from reader.cleanup.footer import is_footer, site_from_footer
from reader.cleanup.page import Line, Page
from reader.cleanup.related import number_of, without_number
from reader.cleanup.share import is_share_line
from reader.cleanup.title import recover_title
from reader.cleanup.watermark import remove_watermarks


def _page(texts: list[str], language: str | None = "en") -> Page:
    return Page(lines=[Line(index=i, text=t) for i, t in enumerate(texts)], language=language)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["今天天气很好,我们去公园散步。"], "zh"),
        (["今日はとても良い天気ですね。公園に行きましょう。"], "ja"),
        (["The weather is fine today, let us walk in the park."], "en"),
        (["12345 !!!"], None),
        ([], None),
    ],
)
def test_guess_language(lines: list[str], expected: str | None) -> None:
    assert guess_language(lines) == expected


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("备案号:鄂ICP备2022006215号 Copyright © 2002-2022 关于我们 融易新媒体", "融易新媒体"),
        ("© 2024 Foo News. All rights reserved.", "Foo News"),
        ("版权所有:新华网 京ICP备123号", "新华网"),
        ("新华网 版权所有", "新华网"),
        ("关于我们 | 联系我们 | 网站地图", None),
    ],
)
def test_footer_lines_and_their_site(text: str, site: str | None) -> None:
    assert is_footer(text)
    assert site_from_footer(text) == site


@pytest.mark.parametrize(
    "text",
    [
        "Copyright lawyers were not involved in the talks, which lasted for three weeks in Geneva.",
        "关于我们",
        "他说,这家公司的版本号已经更新到了最新。",
    ],
)
def test_not_footers(text: str) -> None:
    assert not is_footer(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("分享到: 微信 微博 QQ空间", True),
        ("Share on Facebook", True),
        ("Share Tweet Email", True),
        ("点赞 收藏 打印", True),
        ("他在微信上分享了这张照片,引来很多朋友点赞。", False),
        ("Shares of the company rose after the report.", False),
    ],
)
def test_share_lines(text: str, expected: bool) -> None:
    assert is_share_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来源:新华网 作者:张三", True),
        ("(记者 王芳)", True),
        ("责任编辑:李四", True),
        ("2023-06-26 10:30", True),
        ("By Jane Doe", True),
        ("By Jane Doe and John Roe, Reuters", True),
        ("By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.", True),
        ("Published: November 19, 2019 at 8:59 pm", True),
        ("By Monday, the deal was done and the firms agreed.", False),
        ("记者了解到,这项工作已经全面展开,预计年底前完成全部改造任务。", False),
    ],
)
def test_byline_lines(text: str, expected: bool) -> None:
    assert is_byline(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(授牌仪式上,深圳主会场和广州、东莞、佛山三个分会场连线)", True),
        ("图为活动现场。", True),
        ("图片来源:网络", True),
        ("The border check point near the Port of Entry in Nogales, Ariz. (AP)", True),
        ("Plague bacteria survive on fleas. ( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)", True),
        ("Officials at the National Aeronautics and Space Administration (NASA)", False),
        ("He said it was fine (and it was).", False),
    ],
)
def test_caption_lines(text: str, expected: bool) -> None:
    assert is_caption(text) is expected


@pytest.mark.parametrize(
    ("text", "number", "rest"),
    [("1 标题正文...", 1, "标题正文..."), ("2.标题", 2, "标题"), ("【3】标题", 3, "标题"), ("[4] Title", 4, "Title")],
)
def test_list_numbering(text: str, number: int, rest: str) -> None:
    assert number_of(text) == number
    assert without_number(text) == rest


@pytest.mark.parametrize("text", ["2021年,党中央部署", "6月26日,在深圳", "标题"])
def test_not_list_numbering(text: str) -> None:
    assert number_of(text) is None


def test_body_region_drops_menus_around_the_story() -> None:
    menu = ["Home", "World", "Business", "Tech", "Sport", "Opinion", "Video"]
    story = [
        "The council voted on Tuesday to build a new library in the town centre, ending years of debate.",
        "What happens next",
        "Construction is expected to start next spring and to take about two years, the mayor said.",
    ]
    page = _page([*menu, *story, "Most popular", *menu])
    select_body(page)
    assert [line.text for line in page.live()] == story
    assert {line.reason for line in page.lines if not line.live} == {"navigation"}


def test_body_region_stops_at_a_comment_thread() -> None:
    story = [
        "The council voted on Tuesday to build a new library in the town centre, ending years of debate.",
        "Construction is expected to start next spring and to take about two years, the mayor said.",
    ]
    thread = [
        "34 Comments",
        "jane says:",
        "November 19, 2019 at 6:34 am",
        "I think this is a great idea for the town and I hope that they will build it quickly this time.",
        "joe says:",
        "November 19, 2019 at 6:44 am",
        "It is a waste of money and the town has far more urgent things to spend its budget on right now.",
    ]
    page = _page([*story, *thread])
    select_body(page)
    assert [line.text for line in page.live()] == story
    assert page.lines[5].reason == "comment"


def test_title_from_first_line_with_site_suffix_and_headline_found() -> None:
    page = _page(["Council backs new library - Town Gazette", "Home", "Council backs new library", "Body text."])
    recover_title(page)
    assert (page.title, page.site, page.headline) == ("Council backs new library", "Town Gazette", 2)


def test_watermark_needs_the_site_or_repetition() -> None:
    page = _page(["他说,这个项目很好,同时,大家都很满意。"], language="zh")
    page.site = "某网"
    remove_watermarks(page)
    assert page.lines[0].text == "他说,这个项目很好,同时,大家都很满意。"
    assert page.lines[0].cuts == []


def test_watermark_is_cut_after_a_copy_that_ends_a_longer_word() -> None:
    # "新闻网," first occurs at the end of "晨光新闻网" (not between commas): the search goes on past it.
    text = "本市日报与晨光新闻网,联合报道了开幕式,新闻网,现场气氛热烈,新闻网,观众很多。"
    page = _page([text], language="zh")
    page.site = "新闻网"
    remove_watermarks(page, learn_phrases=False)
    assert page.lines[0].text == "本市日报与晨光新闻网,联合报道了开幕式,现场气氛热烈,观众很多。"
    assert page.lines[0].cuts == [("watermark", "新闻网,"), ("watermark", "新闻网,")]


def test_repeated_connective_or_refrain_is_not_a_watermark() -> None:
    lines = [
        "那么,问题出在哪里呢,全面增强高质量发展驱动力,这是我们今年工作的重点所在。",
        "那么,怎样解决这个问题,全面增强高质量发展驱动力,需要各方面共同努力才能做到。",
        "那么,下一步怎么走,全面增强高质量发展驱动力,关键在于坚持改革创新不动摇。",
    ]
    page = _page(lines, language="zh")
    remove_watermarks(page)
    assert [line.text for line in page.lines] == lines


def test_long_paragraph_about_copyright_is_not_a_footer() -> None:
    text = (
        "其次,提供音频和视频内容的播客,使本来已经很麻烦的互联网版权问题更加复杂。与现场直播的广播节目不同,"
        "播客节目完全依靠用户自身下载和储存,因此有些歌曲未经授权复制传播。"
    )
    assert not is_footer(text)


def test_list_announced_by_the_story_is_kept_as_list_items() -> None:
    story = [
        "The band will tour again next year, for the first time in a quarter century, the promoter said.",
        "Tickets go on sale on Friday, and fans can expect all of the hits on the outing, the band added.",
        "The tour dates:",
    ]
    dates = ["June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- Amphitheatre, Tampa, FL"]
    dates.append("July 2 -- Mohegan Sun Arena, Uncasville, CT")
    page = _page([*story, *dates, "Most popular", "Home", "World"])
    select_body(page)
    assert [line.text for line in page.live()] == [*story, *dates]
    assert [line.kind for line in page.live()][3:] == ["list_item"] * 3


def test_event_notice_in_a_story_is_not_a_byline() -> None:
    assert not is_byline("时间:2023年6月1日上午9点 地点:市体育馆")
