"""Worked examples for the citation styles, each taken from (or built on) a style guide's own example.

`guide` quotes the guide's example that the expected text reproduces; where the article fields
differ from it (a Chinese entry, a missing field), `guide` says which rule of the guide applies.
Shared by tests/test_citation_guides.py and tests/bench/bench_citation.py (which also runs them
through citeproc-py for comparison).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Example:
    name: str
    style: str
    fields: dict[str, Any]
    expected: str
    guide: str
    # Spans the style sets in italics, each as it appears in `expected`.
    italic: tuple[str, ...] = field(default=())


BAWDEN = {
    "title": "Origins and concepts of digital literacy",
    "authors": "David Bawden",
    "published": "2008-05-04",
    "accessed": "2013-03-08",
    "url": "http://www.soi.city.ac.uk/~dbawden/digital%20literacy%20chapter.pdf",
    "language": "en",
}
XIAO = {
    "title": "出版业信息化迈入快车道",
    "authors": "萧钰",
    "published": "2001-12-19",
    "accessed": "2002-04-15",
    "url": "http://www.creader.com/news/20011219/200112190019.html",
    "language": "zh",
}
OCLC = {
    "title": "History of OCLC",
    "authors": "Online Computer Library Center, Inc.",
    "accessed": "2000-01-08",
    "url": "http://www.oclc.org/about/history/default.htm",
    "language": "en",
}
# The project's sample dump as its gold file describes it: no author, no URL, a year-less date.
SEED = {
    "title": "货拉拉广莞佛司机流动党员党支部成立,加速推广“深圳经验”",
    "site": "融易新媒体",
    "published": "--06-26",
    "accessed": "2024-05-01",
    "language": "zh",
}
SEED_TITLE = SEED["title"]
SEED_TITLE_SINGLE = "货拉拉广莞佛司机流动党员党支部成立,加速推广‘深圳经验’"
BOLOGNA = {
    "title": "Why some people with anxiety love watching horror movies",
    "authors": "Carolyn Bologna",
    "site": "HuffPost",
    "published": "2019-10-31",
    "accessed": "2020-01-15",
    "url": "https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e",
    "language": "en",
}
BOLOGNA_URL = BOLOGNA["url"]
MANJOO = {
    "title": "Snap makes a bet on the cultural supremacy of the camera",
    "authors": "Farhad Manjoo",
    "site": "New York Times",
    "published": "2017-03-08",
    "url": "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html",
    "accessed": "2017-04-01",
    "language": "en",
}
CHINESE_FOUR = {
    "title": "“北斗一号”监控管理网设计与实现",
    "authors": "武丽丽、华一新、张亚军、马一鸣",
    "site": "测绘科学",
    "published": "2008-10-01",
    "accessed": "2009-10-25",
    "url": "http://example.org/bd1.html",
    "language": "zh",
}

EXAMPLES: tuple[Example, ...] = (
    # ---- GB/T 7714-2015 -------------------------------------------------------------------------
    Example(
        "gbt_western_author",
        "gbt7714",
        BAWDEN,
        "BAWDEN D. Origins and concepts of digital literacy[EB/OL]. (2008-05-04)[2013-03-08]. "
        "http://www.soi.city.ac.uk/~dbawden/digital%20literacy%20chapter.pdf.",
        "GB/T 7714-2015 electronic resource example: 'BAWDEN D. Origins and concepts of digital "
        "literacy[EB/OL]. (2008-05-04)[2013-03-08]. http://www.soi.city.ac.uk/~dbawden/digital%20literacy"
        "%20chapter.pdf.'",
    ),
    Example(
        "gbt_chinese_author",
        "gbt7714",
        XIAO,
        "萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. "
        "http://www.creader.com/news/20011219/200112190019.html.",
        "GB/T 7714-2015 4.8.2 example: '萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. "
        "http://www.creader.com/news/20011219/200112190019.html.'",
    ),
    Example(
        "gbt_organisation_no_date",
        "gbt7714",
        OCLC,
        "Online Computer Library Center, Inc. History of OCLC[EB/OL]. [2000-01-08]. "
        "http://www.oclc.org/about/history/default.htm.",
        "GB/T 7714-2015 4.8.2 example: 'Online Computer Library Center, Inc. History of OCLC[EB/OL]. "
        "[2000-01-08]. http://www.oclc.org/about/history/default.htm.' (no date: citation date only)",
    ),
    Example(
        "gbt_site_as_responsible_body",
        "gbt7714",
        {**OCLC, "authors": None, "site": "Online Computer Library Center, Inc."},
        "Online Computer Library Center, Inc. History of OCLC[EB/OL]. [2000-01-08]. "
        "http://www.oclc.org/about/history/default.htm.",
        "Same OCLC example: the site's owner is the responsible body when no person is named.",
    ),
    Example(
        "gbt_more_than_three_chinese",
        "gbt7714",
        CHINESE_FOUR,
        "武丽丽, 华一新, 张亚军, 等. “北斗一号”监控管理网设计与实现[EB/OL]. (2008-10-01)[2009-10-25]. "
        "http://example.org/bd1.html.",
        "GB/T 7714-2015 8.1.2 / example '武丽丽, 华一新, 张亚军, 等. “北斗一号”监控管理网设计与实现[J/OL]. …': "
        "three names then ', 等'.",
    ),
    Example(
        "gbt_more_than_three_western",
        "gbt7714",
        {
            "title": "The genome of Eucalyptus grandis",
            "authors": "Alexander A. Myburg, Dario Grattapaglia, Gerald A. Tuskan, Uffe Hellsten",
            "published": "2014-06-11",
            "accessed": "2014-06-25",
            "url": "http://www.nature.com/nature/journal/v510/n7505/full/nature13308.html",
            "language": "en",
        },
        "MYBURG A A, GRATTAPAGLIA D, TUSKAN G A, et al. The genome of Eucalyptus grandis[EB/OL]. "
        "(2014-06-11)[2014-06-25]. http://www.nature.com/nature/journal/v510/n7505/full/nature13308.html.",
        "GB/T 7714-2015 example 'MYBURG A A, GRATTAPAGLIA D, TUSKAN G A, et al. The genome of Eucalyptus "
        "grandis[J/OL]. …': capitals, initials without points, 'et al.' after three.",
    ),
    Example(
        "gbt_seed_no_author_partial_date_no_url",
        "gbt7714",
        SEED,
        f"融易新媒体. {SEED_TITLE}[EB/OL]. [2024-05-01].",
        "OCLC example form (site as responsible body, citation date only); '--06-26' has no year, so no "
        "(update date); no URL, so the entry ends after the dates.",
    ),
    Example(
        "gbt_year_only_no_url",
        "gbt7714",
        {"title": "年度报告", "authors": "欧阳修", "published": "2023", "language": "zh"},
        "欧阳修. 年度报告[EB/OL]. (2023).",
        "GB/T 7714-2015 4.8.1 form '(更新或修改日期)[引用日期]. 获取和访问路径' with only the year known, "
        "no access date and no URL.",
    ),
    # ---- APA 7 ----------------------------------------------------------------------------------
    Example(
        "apa_news_website",
        "apa",
        BOLOGNA,
        f"Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. "
        f"{BOLOGNA_URL}",
        "APA Style 'Webpage on a news website': 'Bologna, C. (2019, October 31). *Why some people with anxiety "
        "love watching horror movies*. HuffPost. https://www.huffpost.com/entry/anxiety-love-watching-horror-"
        "movies_l_5d277587e4b02a5a5d57b59e'",
        italic=("Why some people with anxiety love watching horror movies",),
    ),
    Example(
        "apa_no_author",
        "apa",
        {
            "title": "Tuscan white bean pasta",
            "site": "Budget Bytes",
            "published": "2018-02-25",
            "url": "https://www.budgetbytes.com/tuscan-white-bean-pasta/",
            "accessed": "2020-05-01",
        },
        "Tuscan white bean pasta. (2018, February 25). Budget Bytes. https://www.budgetbytes.com/tuscan-white-bean-pasta/",
        "APA Style 'Webpage on a website with no author': '*Tuscan white bean pasta*. (2018, February 25). "
        "Budget Bytes. https://www.budgetbytes.com/tuscan-white-bean-pasta/'",
        italic=("Tuscan white bean pasta",),
    ),
    Example(
        "apa_group_author_no_date",
        "apa",
        {
            "title": "U.S. and world population clock",
            "authors": "U.S. Census Bureau",
            "site": "U.S. Department of Commerce",
            "url": "https://www.census.gov/popclock/",
            "accessed": "2019-07-03",
        },
        "U.S. Census Bureau. (n.d.). U.S. and world population clock. U.S. Department of Commerce. "
        "Retrieved July 3, 2019, from https://www.census.gov/popclock/",
        "APA Style 'Webpage with a retrieval date': 'U.S. Census Bureau. (n.d.). *U.S. and world population "
        "clock*. U.S. Department of Commerce. Retrieved July 3, 2019, from https://www.census.gov/popclock/'",
        italic=("U.S. and world population clock",),
    ),
    Example(
        "apa_group_author_is_site",
        "apa",
        {
            "title": "Questions and answers on immunization and vaccine safety",
            "authors": "World Health Organization",
            "site": "World Health Organization",
            "published": "2018-05-24",
            "url": "https://www.who.int/features/qa/84/en/",
        },
        "World Health Organization. (2018, May 24). Questions and answers on immunization and vaccine safety. "
        "https://www.who.int/features/qa/84/en/",
        "APA Style 'Webpage on a website with a group author': 'World Health Organization. (2018, May 24). "
        "*Questions and answers on immunization and vaccine safety*. https://www.who.int/features/qa/84/en/' "
        "(site omitted when it is the author)",
        italic=("Questions and answers on immunization and vaccine safety",),
    ),
    Example(
        "apa_two_authors_partial_date",
        "apa",
        {
            "title": "The state of the news",
            "authors": "Jane Q. Doe and Jean-Paul Sartre",
            "site": "Example News",
            "published": "--06-26",
            "url": "https://news.example.com/state",
        },
        "Doe, J. Q., & Sartre, J.-P. (n.d.). The state of the news. Example News. https://news.example.com/state",
        "APA 9.8 two authors 'Author, A. A., & Author, B. B.', 9.17 'n.d.' (a year-less date is no date); "
        "no access date, so no 'Retrieved' phrase.",
        italic=("The state of the news",),
    ),
    Example(
        "apa_chinese_seed",
        "apa",
        SEED,
        f"{SEED_TITLE}. (n.d.). 融易新媒体.",
        "APA 9.12 no author (title in author position), 9.17 'n.d.'; no URL, so no retrieval phrase.",
        italic=(SEED_TITLE,),
    ),
    # ---- MLA 9 ----------------------------------------------------------------------------------
    Example(
        "mla_no_date_accessed",
        "mla",
        {
            "title": "How to make vegetarian chili",
            "authors": "Susan Lundman",
            "site": "eHow",
            "url": "https://www.ehow.com/how_10727_make-vegetarian-chili.html",
            "accessed": "2015-07-06",
        },
        "Lundman, Susan. “How to Make Vegetarian Chili.” eHow, www.ehow.com/how_10727_make-vegetarian-chili.html. "
        "Accessed 6 July 2015.",
        "MLA 9 page on a website (Purdue OWL's MLA example): 'Lundman, Susan. “How to Make Vegetarian Chili.” "
        "*eHow*, www.ehow.com/how_10727_make-vegetarian-chili.html. Accessed 6 July 2015.'",
        italic=("eHow",),
    ),
    Example(
        "mla_no_author",
        "mla",
        {
            "title": "Athlete's foot - topic overview",
            "site": "WebMD",
            "published": "2014-09-25",
            "url": "https://www.webmd.com/skin-problems-and-treatments/tc/athletes-foot-topic-overview",
            "accessed": "2015-01-01",
        },
        "“Athlete's Foot - Topic Overview.” WebMD, 25 Sept. 2014, "
        "www.webmd.com/skin-problems-and-treatments/tc/athletes-foot-topic-overview.",
        "MLA 9 no author (Purdue OWL's MLA example): '“Athlete's Foot - Topic Overview.” *WebMD*, 25 Sept. "
        "2014, www.webmd.com/skin-problems-and-treatments/tc/athletes-foot-topic-overview.'",
        italic=("WebMD",),
    ),
    Example(
        "mla_news_dated",
        "mla",
        BOLOGNA,
        "Bologna, Carolyn. “Why Some People with Anxiety Love Watching Horror Movies.” HuffPost, 31 Oct. 2019, "
        + BOLOGNA_URL.removeprefix("https://")
        + ".",
        "MLA 9 5.7 one author inverted, title case, container italic, day month-abbreviation year; dated, so "
        "no access date.",
        italic=("HuffPost",),
    ),
    Example(
        "mla_two_authors",
        "mla",
        {**BOLOGNA, "authors": "Carolyn Bologna; Jane Doe"},
        "Bologna, Carolyn, and Jane Doe. “Why Some People with Anxiety Love Watching Horror Movies.” HuffPost, "
        "31 Oct. 2019, " + BOLOGNA_URL.removeprefix("https://") + ".",
        "MLA 9 5.7 two authors: 'Dorris, Michael, and Louise Erdrich.'",
        italic=("HuffPost",),
    ),
    Example(
        "mla_three_authors",
        "mla",
        {**BOLOGNA, "authors": "Carolyn Bologna, Jane Doe, John Roe"},
        "Bologna, Carolyn, et al. “Why Some People with Anxiety Love Watching Horror Movies.” HuffPost, "
        "31 Oct. 2019, " + BOLOGNA_URL.removeprefix("https://") + ".",
        "MLA 9 5.7 three or more authors: 'Burdick, Anne, et al.'",
        italic=("HuffPost",),
    ),
    Example(
        "mla_chinese_seed",
        "mla",
        SEED,
        f"“{SEED_TITLE_SINGLE}.” 融易新媒体. Accessed 1 May 2024.",
        "MLA 9: no author, the title first; no date ('--06-26' has no year), so the access date; no URL; "
        "inner double quotes become single; Chinese titles are not title-cased.",
        italic=("融易新媒体",),
    ),
    # ---- Chicago notes-bibliography -----------------------------------------------------------
    Example(
        "chicago_news_online",
        "chicago",
        MANJOO,
        "Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, March 8, "
        "2017. " + MANJOO["url"] + ".",
        "CMOS 17 quick guide, news article online (bibliography): 'Manjoo, Farhad. “Snap Makes a Bet on the "
        "Cultural Supremacy of the Camera.” *New York Times*, March 8, 2017. https://www.nytimes.com/2017/03/08/"
        "technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.'",
        italic=("New York Times",),
    ),
    Example(
        "chicago_no_date_accessed",
        "chicago",
        {
            "title": "About Yale: Yale facts",
            "authors": "Yale University",
            "url": "https://www.yale.edu/about-yale/yale-facts",
            "accessed": "2017-05-01",
        },
        "Yale University. “About Yale: Yale Facts.” Accessed May 1, 2017. https://www.yale.edu/about-yale/yale-facts.",
        "CMOS 17 quick guide, website content (bibliography): 'Yale University. “About Yale: Yale Facts.” "
        "Accessed May 1, 2017. https://www.yale.edu/about-yale/yale-facts.'",
    ),
    Example(
        "chicago_no_author_site_first",
        "chicago",
        {**MANJOO, "authors": None},
        "New York Times. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” March 8, 2017. "
        + MANJOO["url"]
        + ".",
        "CMOS 17 14.207: an unsigned news article is listed under the name of the publication.",
        italic=("New York Times",),
    ),
    Example(
        "chicago_no_date_no_access",
        "chicago",
        {"title": "A page", "site": "Example Site", "authors": "Jane Doe; John Roe; Ann Poe"},
        "Doe, Jane, John Roe, and Ann Poe. “A Page.” Example Site, n.d.",
        "CMOS 17 14.76 several authors (first inverted), 14.145 'n.d.' when neither a date nor an access "
        "date is known; no URL.",
        italic=("Example Site",),
    ),
    Example(
        "chicago_chinese",
        "chicago",
        XIAO | {"site": "华夏快递"},
        "萧钰. “出版业信息化迈入快车道.” 华夏快递, December 19, 2001. http://www.creader.com/news/20011219/"
        "200112190019.html.",
        "CMOS 17 news article online form; a Chinese name is given whole, not inverted.",
        italic=("华夏快递",),
    ),
    # ---- Chicago notes (the footnote form) ---------------------------------------------------------
    Example(
        "chicago_note_news_online",
        "chicago-note",
        MANJOO,
        "Farhad Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera,” New York Times, March 8, "
        "2017, " + MANJOO["url"] + ".",
        "CMOS 17 quick guide, news article online (note): '1. Farhad Manjoo, “Snap Makes a Bet on the Cultural "
        "Supremacy of the Camera,” *New York Times*, March 8, 2017, https://www.nytimes.com/2017/03/08/"
        "technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.' (without the note number)",
        italic=("New York Times",),
    ),
    Example(
        "chicago_note_organisation_no_date",
        "chicago-note",
        {
            "title": "About Yale: Yale facts",
            "authors": "Yale University",
            "url": "https://www.yale.edu/about-yale/yale-facts",
            "accessed": "2017-05-01",
        },
        "“About Yale: Yale Facts,” Yale University, accessed May 1, 2017, https://www.yale.edu/about-yale/yale-facts.",
        "CMOS 17 quick guide, website content (note): '2. “About Yale: Yale Facts,” Yale University, accessed "
        "May 1, 2017, https://www.yale.edu/about-yale/yale-facts.'",
    ),
    Example(
        "chicago_note_four_authors_chinese_seed",
        "chicago-note",
        {**SEED, "authors": "张三、李四、王五、赵六"},
        f"张三 et al., “{SEED_TITLE_SINGLE},” 融易新媒体, accessed May 1, 2024.",
        "CMOS 17 14.76: four or more authors in a note, the first followed by et al.; Han names whole; "
        "no date ('--06-26'), so the access date; no URL.",
        italic=("融易新媒体",),
    ),
)
