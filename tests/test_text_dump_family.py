"""Dumps of the sample's family written for these tests: Chinese content-farm pages and English news pages.

Each dump is built line by line here, so every expectation below follows from what a careful editor would
keep; none of it comes from the sample's gold file.
"""

from __future__ import annotations

import pytest

from reader import parse_bytes
from reader.document import Article, Related

# (title, lede) pairs for related lists: some ledes open with a date or a quotation mark, some do not.
STORIES = [
    (
        "某市举办首届科技创新大会 百余家企业参展",
        "3月15日,首届科技创新大会在某市国际会展中心开幕,来自全国的一百余家企业携最新成果参展。",
    ),
    (
        "春耕时节农机忙 智慧农业助力粮食稳产增收",
        "眼下正值春耕备耕关键时期,田间地头处处是农民忙碌的身影,无人机、北斗导航拖拉机纷纷上阵。",
    ),
    (
        "“家门口”的养老服务站让老人乐享晚年生活",
        "“以前吃饭是个难题,现在走几步就能吃上热乎饭。”家住城东社区的张大爷笑着说,社区养老服务站开业以来。",
    ),
    (
        "新能源汽车下乡活动启动 多款车型推出优惠",
        "2024年3月12日,新能源汽车下乡活动在省城启动,三十余家车企带来了上百款车型,并推出购车补贴。",
    ),
    (
        "图书馆延长开放时间 夜读成为市民新习惯",
        "为满足市民读书需求,市图书馆自本月起将开放时间延长至晚上十点,周末和节假日照常开放。",
    ),
    (
        "暴雨过后抢修忙 电力工人连夜恢复供电",
        "受强降雨影响,部分片区出现停电情况,供电公司第一时间组织抢修队伍,连夜奋战恢复供电。",
    ),
    (
        "青少年足球联赛开幕 两千余名小球员参赛",
        "3月9日,市青少年足球联赛在奥体中心开幕,来自全市各中小学的一百二十支球队、两千余名小球员参赛。",
    ),
    (
        "老街改造完成 历史风貌与现代功能兼顾",
        "经过一年多的改造提升,这条有着百年历史的老街重新开街,青石板路、骑楼建筑保留了原有风貌。",
    ),
]


def _dump(lines: list[str]) -> bytes:
    return "\n".join(lines).encode("utf-8")


def _related_line(number: str, title: str, lede: str, title_chars: int, snippet_chars: int, mark: str) -> str:
    return f"{number}{title[:title_chars]}{lede[:snippet_chars]}{mark}"


ZH_PAGE = [
    "某市举办首届科技创新大会 百余家企业参展",
    "2024-03-15 10:30 来源:某某日报 作者:李明",
    "分享到: 微信 微博 QQ空间",
    "3月15日,首届科技创新大会在某市国际会展中心开幕,来自全国的一百余家企业携最新成果参展,吸引了大量市民前来参观。",
    "大会亮点",
    "本次大会设置了人工智能、新能源、生物医药三大展区,集中展示了一批具有自主知识产权的新技术、新产品。",
    "图为大会现场。",
    "参展企业负责人表示,希望借助大会平台,与更多合作伙伴建立联系,推动科研成果尽快转化落地,服务地方发展。",
    "(记者 王芳)",
    "责任编辑:张伟",
    "相关新闻",
    *(
        _related_line(f"【{i + 1}】", t, lede, 16, 30, "...")
        for i, (t, lede) in enumerate([(s[0], s[1]) for s in STORIES[:5]])
    ),
    "版权所有:某某网 京ICP备12345678号 京公网安备11010502030000号",
    "关于我们 | 联系我们 | 网站地图",
]


@pytest.fixture(scope="module")
def zh_article() -> Article:
    return parse_bytes(_dump(ZH_PAGE), "page.txt")


def test_zh_title_on_first_line_and_metadata_from_byline(zh_article: Article) -> None:
    assert zh_article.title == "某市举办首届科技创新大会 百余家企业参展"
    assert zh_article.published == "2024-03-15"
    assert zh_article.author == "李明"
    assert zh_article.site == "某某网"
    assert zh_article.language == "zh"


def test_zh_body_blocks_with_heading_and_caption(zh_article: Article) -> None:
    assert [(b.kind, b.text) for b in zh_article.blocks] == [
        ("paragraph", ZH_PAGE[3]),
        ("heading", "大会亮点"),
        ("paragraph", ZH_PAGE[5]),
        ("caption", "图为大会现场。"),
        ("paragraph", ZH_PAGE[7]),
    ]
    assert "图为" not in zh_article.text


def test_zh_noise_removed_with_reasons(zh_article: Article) -> None:
    reasons = {r.text: r.reason for r in zh_article.removed}
    assert reasons[ZH_PAGE[1]] == "byline"
    assert reasons[ZH_PAGE[2]] == "share"
    assert reasons["(记者 王芳)"] == "byline"
    assert reasons["责任编辑:张伟"] == "byline"
    assert reasons[ZH_PAGE[-2]] == "footer"
    assert reasons[ZH_PAGE[-1]] == "footer"
    assert [r.reason for r in zh_article.removed].count("related") == 5


def test_zh_bracket_numbered_related_list_split(zh_article: Article) -> None:
    expected = [Related(t[:16].strip(), lede[:30]) for t, lede in STORIES[:5]]
    assert list(zh_article.related) == expected


@pytest.mark.parametrize(
    ("numbering", "title_chars", "snippet_chars", "mark"),
    [
        ("{n} ", 14, 26, "..."),
        ("{n}.", 18, 34, "…"),
        ("【{n}】", 12, 40, "..."),
        ("", 17, 28, "……"),
    ],
)
def test_related_lists_of_any_numbering_and_truncation(
    numbering: str, title_chars: int, snippet_chars: int, mark: str
) -> None:
    body = [
        "记者从市文旅局获悉,今年一季度全市接待游客人数同比增长三成,文旅消费持续升温,多个景区客流创新高。",
        "据介绍,市文旅局将继续推出一批精品线路和惠民举措,进一步释放文旅消费潜力,满足群众多样化需求。",
    ]
    entries = [
        _related_line(numbering.format(n=i + 1), t, lede, title_chars, snippet_chars, mark)
        for i, (t, lede) in enumerate(STORIES)
    ]
    article = parse_bytes(_dump([*body, *entries]), "list.txt")
    assert [b.text for b in article.blocks] == body
    got = list(article.related)
    want = [Related(t[:title_chars].strip(), lede[:snippet_chars]) for t, lede in STORIES]
    assert len(got) == len(want)
    # Where nothing on the line marks the join, an entry may split a character off; the list as a whole may not.
    exact = sum(g == w for g, w in zip(got, want, strict=True))
    assert exact >= len(want) - 1, got


def test_own_entry_in_related_list_gives_the_title() -> None:
    lede = STORIES[3][1] + "活动期间,消费者还可享受免费检测和保养服务。"
    entries = [_related_line(f"{i + 1} ", t, le, 15, 30, "...") for i, (t, le) in enumerate(STORIES[:6])]
    lines = [lede, "现场人头攒动,不少市民专程赶来看车选车,多家车企当场签下订单,活动将持续到本月底。", *entries]
    article = parse_bytes(_dump(lines), "own.txt")
    assert article.title == STORIES[3][0][:15]
    assert article.published == "2024-03-12"


def test_repeated_list_and_teaser_are_duplicates() -> None:
    body = ["近日,市政府召开常务会议,研究部署城市更新工作,会议强调要坚持民生优先,稳步推进老旧小区改造。"]
    teaser = "3月20日,由市文化和旅游局主办的春季文化旅游节在古城景区开幕,活动将持续一个月..."
    entries = [_related_line(f"{i + 2} ", t, le, 15, 28, "...") for i, (t, le) in enumerate(STORIES[:5])]
    article = parse_bytes(_dump([*body, teaser, *entries, teaser, *entries]), "dup.txt")
    reasons = [r.reason for r in article.removed]
    assert reasons == ["teaser"] + ["related"] * 5 + ["duplicate"] * 6
    assert [b.text for b in article.blocks] == body


def test_site_name_watermark_cut_out_of_sentences() -> None:
    lines = [
        "今年以来,全市新增市场主体三万余户,同比增长百分之十二,好看新闻网,民营经济活力进一步增强。",
        "与此同时,全市持续优化营商环境,推出一批便企利民举措,企业开办时间压缩至一个工作日以内。",
        "Copyright © 2010-2024 好看新闻网 版权所有",
    ]
    article = parse_bytes(_dump(lines), "wm.txt")
    assert article.site == "好看新闻网"
    assert article.blocks[0].text == "今年以来,全市新增市场主体三万余户,同比增长百分之十二,民营经济活力进一步增强。"
    assert article.removed[0].reason == "watermark" and article.removed[0].text == "好看新闻网,"


def test_repeated_phrase_watermark_without_footer() -> None:
    stamp = "本文来源某某号"
    lines = [
        f"春节假期,全市旅游市场持续火热,{stamp},各大景区游人如织,接待游客总量创历史新高,消费活力持续释放。",
        f"据统计,假期全市重点商贸企业实现销售额十二亿元,{stamp},同比增长百分之九,餐饮消费增长尤为明显。",
        f"文旅部门表示,将继续丰富产品供给,{stamp},提升服务品质,让游客玩得舒心、住得放心、吃得安心。",
    ]
    article = parse_bytes(_dump(lines), "stamp.txt")
    assert all(stamp not in b.text for b in article.blocks)
    assert [r.reason for r in article.removed] == ["watermark"] * 3
    assert (
        article.blocks[1].text
        == "据统计,假期全市重点商贸企业实现销售额十二亿元,同比增长百分之九,餐饮消费增长尤为明显。"
    )


@pytest.mark.parametrize(
    "caption",
    ["(授牌仪式现场)", "（资料图片）", "图为活动现场。", "图片来源:网络", "图:新华社记者 摄"],
)
def test_caption_forms(caption: str) -> None:
    lines = [
        "近日,某区举办了一场别开生面的社区运动会,居民们踊跃参加,现场欢声笑语不断,气氛十分热烈。",
        caption,
        "运动会设置了拔河、跳绳、趣味接力等多个项目,既锻炼了身体,又增进了邻里之间的感情和交流。",
    ]
    article = parse_bytes(_dump(lines), "cap.txt")
    assert [b.kind for b in article.blocks] == ["paragraph", "caption", "paragraph"]
    assert caption not in article.text


def test_partial_date_when_year_unknown() -> None:
    lines = ["6月26日,全市中小学陆续迎来期末考试,教育部门提醒家长合理安排孩子的暑期生活,注意假期安全。"]
    assert parse_bytes(_dump(lines), "d.txt").published == "--06-26"


def test_year_date_in_text_wins_over_partial_one() -> None:
    lines = ["2023年6月26日 09:00", "6月26日,全市中小学陆续迎来期末考试,教育部门提醒家长合理安排孩子的暑期生活。"]
    assert parse_bytes(_dump(lines), "d.txt").published == "2023-06-26"


EN_PAGE = [
    "Markets rally as central bank holds rates | Example News",
    "Skip to content",
    "Home",
    "World",
    "Business",
    "Markets",
    "Technology",
    "Opinion",
    "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
    "Accept",
    "Markets rally as central bank holds rates",
    "By Jane Doe",
    "June 26, 2023",
    "Share on Facebook",
    "Share on Twitter",
    "Stocks rose sharply on Wednesday after the central bank left interest rates unchanged, saying it would keep "
    "watching inflation closely before deciding on its next move.",
    "The decision was widely expected by investors, who had priced in a pause after a year of steady increases "
    "in borrowing costs.",
    "What analysts expect",
    "Most economists now think the bank will hold rates at this level until the end of the year, although some "
    "warn that a strong jobs market could change that.",
    "Bond yields fell slightly after the announcement, and the dollar weakened against a basket of currencies.",
    "Related articles",
    "Oil prices slip as demand outlook dims",
    "Tech shares lead gains in Asia",
    "Why the housing market is cooling",
    "12 Comments",
    "john_smith says:",
    "June 26, 2023 at 9:14 am",
    "I think this is the right decision and the bank should keep waiting for more data before moving again.",
    "mary_k says:",
    "June 26, 2023 at 9:30 am",
    "Rates are still far too high for small businesses like mine, and I do not see any relief coming soon.",
    "© 2024 Example News. All rights reserved.",
    "Privacy Policy | Terms of Use | Contact Us",
]


@pytest.fixture(scope="module")
def en_article() -> Article:
    return parse_bytes(_dump(EN_PAGE), "en.txt")


def test_en_metadata(en_article: Article) -> None:
    assert en_article.title == "Markets rally as central bank holds rates"
    assert en_article.site == "Example News"
    assert en_article.author == "Jane Doe"
    assert en_article.published == "2023-06-26"
    assert en_article.language == "en"


def test_en_body_without_menus_cookies_related_or_comments(en_article: Article) -> None:
    assert [(b.kind, b.text) for b in en_article.blocks] == [
        ("paragraph", EN_PAGE[15]),
        ("paragraph", EN_PAGE[16]),
        ("heading", "What analysts expect"),
        ("paragraph", EN_PAGE[18]),
        ("paragraph", EN_PAGE[19]),
    ]
    reasons = {r.text: r.reason for r in en_article.removed}
    assert reasons[EN_PAGE[8]] == "cookie"
    assert reasons["Share on Facebook"] == "share"
    assert reasons["By Jane Doe"] == "byline"
    assert reasons["© 2024 Example News. All rights reserved."] == "footer"
    assert reasons[EN_PAGE[27]] == "comment"


ENCODINGS_ZH = ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16"]


@pytest.mark.parametrize("encoding", ENCODINGS_ZH)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_family_dump_in_each_encoding(zh_article: Article, encoding: str, newline: str) -> None:
    lines = ZH_PAGE
    if encoding == "big5":
        # Big5 is a traditional-Chinese code page: write the page in characters it has.
        lines = [
            "市府舉辦首屆科技創新大會 百餘家企業參展",
            "來源:某某日報 作者:李明",
            "三月十五日,首屆科技創新大會在國際會展中心開幕,來自全國的一百餘家企業攜最新成果參展,吸引了大量市民。",
            "參展企業負責人表示,希望藉助大會平臺,與更多合作夥伴建立聯繫,推動科研成果儘快轉化落地,服務地方發展。",
        ]
    data = newline.join(lines).encode(encoding)
    article = parse_bytes(data, "page.txt")
    if encoding == "big5":
        assert article.title == lines[0]
        assert article.author == "李明"
        assert [b.text for b in article.blocks] == lines[2:]
    else:
        assert article.blocks == zh_article.blocks
        assert article.related == zh_article.related
        assert (article.title, article.site, article.published) == (
            zh_article.title,
            zh_article.site,
            zh_article.published,
        )


def test_dump_starting_with_a_bracketed_tag_is_read_as_text() -> None:
    lines = [
        "[Video] Council backs new library - Town Gazette",
        "The council voted on Tuesday to build a new library in the town centre, ending years of debate.",
        "Construction is expected to start next spring and to take about two years, the mayor said.",
    ]
    article = parse_bytes(_dump(lines), "video.txt")
    assert article.source.format == "text"
    assert [b.text for b in article.blocks] == lines[1:]


def test_lone_teaser_after_the_story_is_not_body() -> None:
    body = [
        "近日,市政府召开常务会议,研究部署城市更新工作,会议强调要坚持民生优先,稳步推进老旧小区改造。",
        "会议指出,要加快完善社区养老、托育等服务设施,让群众在家门口就能享受到便利的公共服务。",
    ]
    teaser = "3月20日,由市文化和旅游局主办的春季文化旅游节在古城景区开幕,活动将持续一个月..."
    lines = [*body, teaser, "Copyright © 2010-2024 好看新闻网 版权所有"]
    article = parse_bytes(_dump(lines), "teaser.txt")
    assert [b.text for b in article.blocks] == body
    assert [(r.reason, r.text) for r in article.removed][:1] == [("teaser", teaser)]


EN_STORIES = [
    (
        "City council approves new riverside park plan",
        "The city council on Tuesday approved a plan to turn a lot into a park.",
    ),
    ("Local bakery wins national bread award", "A family-run bakery in the old town has won the national bread award."),
    (
        "Rail line to reopen after two-year closure",
        "Trains will run again on the northern rail line next month after repairs.",
    ),
    ("School district hires 40 new teachers", "“We are finally fully staffed,” the superintendent said on Monday."),
    ("Storm leaves thousands without power", "Thousands of homes were left without power on Sunday after a storm."),
    ("Museum opens exhibit on local history", "June 3 marked the opening of a new exhibit at the county museum."),
]


@pytest.mark.parametrize(("title_chars", "snippet_chars"), [(30, 60), (24, 50), (36, 66)])
def test_english_glued_related_list(title_chars: int, snippet_chars: int) -> None:
    body = [
        EN_STORIES[2][1] + " Officials said the work was finished ahead of schedule and under budget.",
        "Commuters have relied on replacement buses since the line closed, adding up to an hour to some journeys.",
    ]
    entries = [f"{i + 1}. {t[:title_chars]}{lede[:snippet_chars]}..." for i, (t, lede) in enumerate(EN_STORIES)]
    footer = "© 2024 Example Media. All rights reserved."
    article = parse_bytes(_dump([*body, *entries, footer]), "en-list.txt")
    assert [b.text for b in article.blocks] == body
    assert list(article.related) == [
        Related(t[:title_chars].strip(), le[:snippet_chars].strip()) for t, le in EN_STORIES
    ]
    assert article.title == EN_STORIES[2][0][:title_chars].strip()
    assert article.site == "Example Media"


def test_dateline_just_above_the_story_gives_the_date() -> None:
    lines = [
        "首页 新闻 财经 汽车",
        "某品牌新车上市 售价十万元起",
        "AUTO.SOHU.COM 2003年11月12日16:36 金羊网",
        "11月11日,某品牌在广州举行新车发布会,正式推出一款紧凑型轿车,官方指导价十万元起,首批车辆已经到店。",
        "该车搭载一点五升发动机,百公里油耗五点八升,厂家表示将在年底前完成全国经销网络的布局。",
    ]
    assert parse_bytes(_dump(lines), "dateline.txt").published == "2003-11-12"


def test_seed_like_dump_end_to_end() -> None:
    """The sample's layout with other content: lede, heading, caption, watermark, teaser, a list shown twice."""
    lede = "5月8日,某区举行社区便民服务中心启用仪式,中心设置了政务办理、医疗保健、养老托育等多个功能区。"
    paras = [
        lede,
        "服务更贴心",
        "中心负责人介绍,居民在家门口就能办理社保、医保等四十余项业务,平均办理时间缩短了一半。",
        "（居民在便民服务中心办理业务）",
        "不少居民表示,以前办事要跑好几个地方,现在一个窗口就能办好,快民资讯,省心省力又省时。",
        "据悉,该区今年还将建成十个同类服务中心,实现街道全覆盖,让群众办事更加方便快捷。",
    ]
    teaser = "5月9日,由市体育局主办的全民健身运动会在市体育中心开幕,来自各行各业的两千余名运动员参加..."
    stories = [("社区便民服务中心启用 四十余项业务家门口办", lede), *STORIES[:4]]
    entries = [f"{t[:18]}{le[:30]}..." for t, le in stories]
    footer = "Copyright © 2015-2024 快民资讯 京ICP备00000000号"
    article = parse_bytes(_dump([*paras, teaser, *entries, teaser, *entries, footer]), "seed-like.txt")
    assert article.title == "社区便民服务中心启用 四十余项业务家门口办"[:18]
    assert article.site == "快民资讯"
    assert article.published == "--05-08"
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", lede),
        ("heading", "服务更贴心"),
        ("paragraph", paras[2]),
        ("caption", "（居民在便民服务中心办理业务）"),
        ("paragraph", "不少居民表示,以前办事要跑好几个地方,现在一个窗口就能办好,省心省力又省时。"),
        ("paragraph", paras[5]),
    ]
    assert list(article.related) == [Related(t[:18].strip(), le[:30]) for t, le in stories]
    assert [r.reason for r in article.removed] == (
        ["watermark", "teaser"] + ["related"] * 5 + ["duplicate"] * 6 + ["footer"]
    )


ZH_STORY = [
    "某市举办首届科技创新大会",
    "3月15日,首届科技创新大会在某市国际会展中心开幕,来自全国的一百余家企业携最新成果参展,吸引了大批市民前来参观。",
    "大会期间,主办方还举办了多场专题论坛,围绕人工智能、新能源、生物医药等领域展开深入交流,与会嘉宾纷纷表示收获颇丰。",
    "据介绍,本届大会共签约项目三十余个,总投资额超过百亿元,将为当地产业升级注入新的动力,带动就业岗位数千个。",
]


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        # A reporter's credit closing the story's last paragraph.
        ([*ZH_STORY[:-1], ZH_STORY[-1] + "（记者 王小明）"], "王小明"),
        ([*ZH_STORY[:-1], ZH_STORY[-1] + "(文/李华)"], "李华"),
        # A role line with the names on the next line; every credited name is kept, in order.
        ([ZH_STORY[0], "本报实习生", "刘一 周二", "本报记者", "王三", *ZH_STORY[1:]], "刘一 周二 王三"),
        ([ZH_STORY[0], "文/张伟", *ZH_STORY[1:]], "张伟"),
        ([ZH_STORY[0], "作者：陈静", *ZH_STORY[1:]], "陈静"),
    ],
)
def test_zh_author_forms(lines: list[str], author: str) -> None:
    article = parse_bytes("\n".join(lines).encode("utf-8"), "story.txt")
    assert article.author == author
    assert article.text.startswith("3月15日,首届科技创新大会")
    if lines[-1] == ZH_STORY[-1]:  # a byline, not a closing credit: it is metadata, out of the body
        assert author.split()[0] not in article.text


def test_zh_sign_off_found_past_a_sidebar_kept_after_the_story() -> None:
    sidebar = [f"相关新闻第{n}条,某地举办活动,吸引众多市民参加,现场气氛热烈,活动取得圆满成功。" for n in range(4)]
    lines = [*ZH_STORY[:-1], ZH_STORY[-1] + "（张强 上海报道）", *sidebar]
    assert parse_bytes("\n".join(lines).encode("utf-8"), "story.txt").author == "张强"
