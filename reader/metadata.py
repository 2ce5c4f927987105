"""HTML page metadata: title without its site suffix, site, canonical URL, publication date, author, language.

Structured sources (meta tags, JSON-LD, <time>) are read from the parsed page before it is cleaned;
visible dates (`2005年03月21日 11:21`) and bylines (`作者：`, `记者`, `By …`) from the text around the body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from reader.extract.dom import PageHints

# Years outside this window are counts, prices or ids more often than publication years.
MIN_YEAR, MAX_YEAR = 1990, 2099
# A title part longer than this is the title itself, not a site name.
SITE_PART_MAX_CHARS = 40
# A later <title> part this many times heavier than the first is the headline after a column name.
LONGER_PART_RATIO = 1.5
# A site name split off after a plain space is short (weight: Han characters count three).
TRAILING_SITE_MAX_WEIGHT = 24
# What must remain of a title once a trailing site name is split off.
MIN_HEADLINE_CHARS = 6
# How much a date loses per line it sits away from the body's start (before it, and inside it): a
# label ("发布时间") is worth 3 and a time of day 2, so those outweigh a few lines of distance.
LEAD_DISTANCE_COST = 0.1
BODY_DISTANCE_COST = 0.02
DATE_LABEL_BONUS = 3.0
DATE_TIME_BONUS = 2.0
DATE_BONUS_MAX = DATE_LABEL_BONUS + DATE_TIME_BONUS
# A date's label ("发布时间：", "Published on") sits within this many characters before it.
DATE_LABEL_WINDOW = 40
# A publication date is written at the start of its line (a dateline, a byline); past this many characters
# a line is prose, or a flattened table of dates that would only cost time.
DATE_SCAN_MAX_CHARS = 1000
# How many body lines past the start are searched for datelines and bylines.
METADATA_SCAN_LINES = 300
# Names longer than this are sentences that happen to follow "By" or "作者".
AUTHOR_MAX_CHARS = 60
MIN_AUTHOR_CHARS = 2

_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "published_time",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "datecreated",
    "originalpublicationdate",
    "date",
    "article:modified_time",
    "datemodified",
)
_AUTHOR_KEYS = ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator")
_SITE_KEYS = ("og:site_name", "application-name", "publisher")
_TITLE_KEYS = ("og:title", "twitter:title", "headline")

_MONTHS = {
    m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)
}
_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?!\d)\s*[日号]?"
    r"(?P<time>\s*(?:T|\s)?\s*\d{1,2}[:：]\d{2})?"
)
_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d{2})(?![\d/.])"
    r"(?P<time>\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?)?"
)
_COMPACT_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_NAMED_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon1>[a-z]{3,9})\.?,?|(?P<mon2>[a-z]{3,9})\.?\s+(?P<d2>\d{1,2})"
    r"(?:st|nd|rd|th)?,?)\s+(?P<y>(?:19|20)\d{2})\b(?P<time>,?\s*(?:at\s*)?\d{1,2}:\d{2})?",
    re.I,
)
_DATE_LABEL = re.compile(
    r"(?:发布|发表|更新|出版|时间|日期|published|posted|updated|date)\s*(?:时间|于|on)?\s*[:：]?\s*$", re.I
)
_YEAR_MONTH = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)")
# A link to an author's page: the author is its only query parameter, or the path ends in /author/<slug>.
_AUTHOR_HREF = re.compile(r"\?author=[^&#/]+$|/authors?/[^/?#&=]+/?$", re.I)
# Regions (language-tag subtags and country domains) whose numeric dates put the month or the day first.
_MONTH_FIRST_REGIONS = frozenset({"us", "ph"})
_DAY_FIRST_REGIONS = frozenset({"gb", "uk", "au", "nz", "ie", "in", "za", "sg", "pk", "ng", "ke", "my", "hk"})
# Languages that write numeric dates day first wherever they are used (English and CJK do not say).
_DAY_FIRST_LANGUAGES = frozenset(
    {"fr", "de", "es", "pt", "it", "nl", "ru", "pl", "tr", "id", "vi", "el", "cs", "da", "sv", "nb", "no", "fi", "ro"}
)
_HAS_DIGIT = re.compile(r"\d")
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?([01]\d)[/-]?([0-3]\d)(?:/|\D)")

_HAN = re.compile(r"[\u4e00-\u9fff]")
# How Chinese site names end: 松花江网, 商业频道, 世纪在线, 太原晚报, bjreader的博客; and English ones.
_SITE_LIKE = re.compile(
    r"(?:网|网站|频道|在线|[日晚早时周]报|新闻|博客|论坛|社区|之家|官网|电台|电视台|中文网|门户|"
    r"\.(?:com|net|org|cn|co\.uk)|\b(?:news|times|post|daily|magazine|blog|online|network|media|press))$",
    re.I,
)
_MARKUP_CHARS = re.compile(r"[=<>\"']")
_HAN_NAME = r"[\u4e00-\u9fff·]{2,5}"
_HAN_NAMES = rf"{_HAN_NAME}(?:[ \u3000、]+{_HAN_NAME}){{0,8}}(?=[\s\u3000)）|｜/、,，。\]】]|$|报道|摄)"
_REPORTER = r"(?:[\u4e00-\u9fff·]{0,8}?(?:本报|新华社|总台|特约|实习|首席)?(?:记者|实习生)|通讯员)"
# Chinese bylines, most specific first. Each captures the name(s).
_ZH_BYLINES = (
    re.compile(r"(?:作\s*者|撰\s*文|文\s*[/／])\s*[:：]?\s*(?P<name>[^\s:：,，。;；|/()（）\[\]【】<>]{2,20})"),
    # Blog posts: "由海姑娘张贴 @ 2005-06-14".
    re.compile(r"由\s*(?P<name>[^\s:：,，。;；|/()（）\[\]【】<>@]{2,12}?)\s*(?:张贴|发表|发布|撰写|贴出)"),
    re.compile(rf"[（(]\s*{_REPORTER}\s*(?P<name>{_HAN_NAMES})\s*[)）]"),
    re.compile(rf"[（(]\s*(?P<name>{_HAN_NAMES})\s+[\u4e00-\u9fff]{{1,6}}报道\s*[)）]"),
    re.compile(rf"{_REPORTER}\s*[:：]?\s*(?P<name>{_HAN_NAMES})"),
    # A name in brackets right after the dateline: "2004年7月16日08:19 [ 黄宇 ]".
    re.compile(rf"\d{{1,2}}[:：]\d{{2}}\s*[\[【]\s*(?P<name>{_HAN_NAMES})\s*[\]】]"),
)
_REPORTER_LINE = re.compile(rf"^\s*{_REPORTER}")
# Words a byline pattern can catch that are not names ("作者本人", "记者获悉").
_NOT_A_NAME = re.compile(r"^(?:本人|简介|信息|介绍|获悉|了解|近日|日前|昨日|今天|从|在|采访|表示|发现|看到|来到)")
_STANDALONE_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
# Short lines under a title that are not names.
_NOT_NAMES = frozenset(
    {
        *("编者按", "前言", "引言", "导语", "摘要", "正文", "首页", "新闻", "评论", "相关", "专题", "图片"),
        *("视频", "导读", "简介", "目录", "原文", "全文", "附件", "更多", "人物", "专栏", "热点", "推荐"),
    }
)
# Forum and blog posts: "2005/03/15 22:36:13 by duscha".
_POSTED_BY = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s+by\s+(?P<name>[\w.-]{2,30})", re.I)
_ZH_EDITOR = re.compile(rf"(?<!责任)(?:编辑|编者)\s*[:：]\s*(?P<name>{_HAN_NAME})")
_EN_BYLINE = re.compile(
    r"^\s*(?:[Ww]ritten\s+)?[Bb][Yy]\s+(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von)){0,5})"
)
# Words that end a captured Chinese name run: what follows a byline, not part of a name.
_NAME_STOP = re.compile(
    r"报道|报$|摄影?|通讯员|编辑|责任|来源|发布|发自|电$|综合|整理|记者|本报|特约|实习|介绍|获悉|表示"
)
# Han personal names are two to four characters (a compound surname makes four).
MAX_HAN_NAME_CHARS = 4
_SPACE = re.compile(r"\s+")
_WORDISH = re.compile(r"\W+")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about itself."""

    title: str = ""
    site: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None
    # The <title>'s parts after splitting on separators: the other title candidates refine_title weighs.
    title_parts: tuple[str, ...] = ()
    # The page's <h1> (else <h2>) texts: a short title they repeat is the headline, not a site's name.
    headings: tuple[str, ...] = ()
    # The one name the page links to an author page with (a blog's profile box): weaker than a byline.
    linked_author: str | None = None
    # How the page's locale orders a numeric date like 7/5/2005: True month first (en-US), False day first
    # (en-GB, .co.uk, .in, fr, de…), None when the page does not say.
    month_first: bool | None = None


def page_metadata(root: HtmlElement, hints: PageHints) -> Metadata:
    """Metadata from the page's markup: meta tags, JSON-LD, <time>, <link rel=canonical>, <title>, <h1>.

    Call before the tree is cleaned (cleaning drops <head> and scripts).
    """
    metas = _meta_tags(root)
    ld = list(_json_ld(root))
    site = _first(metas, _SITE_KEYS) or _ld_value(ld, ("publisher", "name"))
    if site and site.startswith("@"):
        site = None
    raw_title = _title_text(root) or _first(metas, _TITLE_KEYS) or _ld_value(ld, ("headline",)) or hints.title or ""
    h1 = _h1_texts(root)
    title, suffix = split_title(raw_title, site, h1)
    headlines = [t for t in (_first(metas, _TITLE_KEYS[:2]), _ld_value(ld, ("headline",))) if t]
    split_headlines = [split_title(t, site, h1)[0] for t in headlines]
    found = [raw_title, *_title_parts(raw_title), *split_headlines, *headlines]
    parts = tuple(p for p in dict.fromkeys(found) if p and p != title)
    author = _clean_author(_ld_author(ld) or _first(metas, _AUTHOR_KEYS) or _itemprop_author(root), site)
    published = (
        _first_date(metas.get(k) for k in _DATE_KEYS)
        or _first_date(_ld_value(ld, (k,)) for k in ("datePublished", "dateCreated", "dateModified"))
        or _time_element_date(root)
    )
    url = _canonical(root, metas) or hints.url
    return Metadata(
        title=title,
        site=site or suffix,
        url=url,
        published=published,
        author=author,
        language=_declared_language(root, metas),
        title_parts=parts,
        headings=tuple(h1),
        linked_author=_clean_author(_author_link(root), site) if not author else None,
        month_first=_locale_month_first(_declared_locale(root, metas), url),
    )


def complete_metadata(meta: Metadata, lead: list[str], body: list[str], extra: list[str]) -> Metadata:
    """Fill the date and author from visible text: `lead` (just before the body), the body, `extra`
    (lines removed from the body, where bylines and datelines often end up)."""
    middle = body[8:-4][:METADATA_SCAN_LINES]  # a very long page: its metadata is near the start or end
    nearby = [*body[:3], *reversed(lead), *body[3:8], *body[-4:], *extra, *middle]
    scanned = body[:6] + extra + body[6:][:METADATA_SCAN_LINES]
    published = (
        meta.published
        or visible_date(lead, scanned, month_first=_numeric_order([*lead, *scanned], meta.month_first))
        or url_date(meta.url)
        or visible_month([*body[-3:], *extra, *lead[-3:]])
    )
    author = meta.author or byline_author(nearby) or meta.linked_author or standalone_name(body[:4])
    language = meta.language or guess_language(body)
    return replace(meta, published=published, author=author, language=language)


def split_title(raw: str, site: str | None = None, headings: Iterable[str] = ()) -> tuple[str, str | None]:
    """(title, site suffix) of a <title> such as `劳伦斯：一个无法定义的“洛克菲勒”-搜狐财经`."""
    raw = _SPACE.sub(" ", raw).strip()
    keys = {_WORDISH.sub("", h).lower(): h for h in headings if len(h) >= 4}
    raw_key = _WORDISH.sub("", raw).lower()
    for key, heading in keys.items():
        if key and (raw_key == key or (raw_key.startswith(key) and len(key) >= len(raw_key) // 3)):
            rest = raw[len(heading) :].strip(" -_|–—·»:：")
            return heading.strip(), (_site_part(rest) if rest else None)
    parts = _title_parts(raw, site, headings)
    if len(parts) < 2:
        return raw, None
    site_key = _WORDISH.sub("", site or "").lower()
    kept = [p for p in parts if not (site_key and _WORDISH.sub("", p).lower() == site_key)]
    kept = [p for p in kept if not _looks_like_domain(p)] or kept
    if not kept:
        return raw, None
    # Parts that read as site names (艺术史研究<世纪在线中国艺术网) are no headline while another part is.
    kept = [p for p in kept if not (_weight(p) <= SITE_PART_MAX_CHARS and _SITE_LIKE.search(p))] or kept
    longest = max(kept, key=_weight)
    shown = [p for p in kept if _WORDISH.sub("", p).lower() in keys]
    if shown:  # "About bugs – Vortex Cannon Entertainment" under <h1>About bugs</h1>: the part the page shows
        longest = kept[0] = shown[0]
    # "书记市长这一周 | 奋马扬鞭争春色，…": a short column name before the headline, not a headline before a site.
    title = longest if _weight(kept[0]) < 12 or _weight(longest) >= LONGER_PART_RATIO * _weight(kept[0]) else kept[0]
    others = [p for p in parts if p is not title]
    if not others:
        return title, None
    site_like = [p for p in others if _SITE_LIKE.search(p) or _looks_like_domain(p)]
    if parts.index(title) < parts.index(others[-1]):
        return title, _site_part(others[-1])
    return title, (_site_part(site_like[-1]) if site_like else None)  # only a site-like prefix is the site


def _title_parts(raw: str, site: str | None = None, headings: Iterable[str] = ()) -> list[str]:
    """The parts of a <title> between separators; a trailing site name after a plain space
    (`土豆不“土” 土豆无“土” 松花江网`) is split off too when it reads as a site name."""
    raw = _SPACE.sub(" ", raw).strip()
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(raw) if p and p.strip()]
    if parts and " " in parts[-1]:
        head, _, tail = parts[-1].rpartition(" ")
        tail_key = _WORDISH.sub("", tail).lower()
        names = {
            _WORDISH.sub("", n).lower() for n in [site or "", *headings] if n and _weight(n) <= SITE_PART_MAX_CHARS
        }
        # Only Han names: an English title's last word after a space is part of the headline.
        if (
            _HAN.search(tail)
            and len(_WORDISH.sub("", head)) >= MIN_HEADLINE_CHARS
            and _weight(tail) <= TRAILING_SITE_MAX_WEIGHT
            and (tail_key in names or _SITE_LIKE.search(tail))
        ):
            parts[-1:] = [head.strip(), tail]
    return parts


_TITLE_SEPARATOR = re.compile(
    r"\s+[|\-–—·»:]\s+|\s*(?:::|»|«|›|<|>)\s*|\s*[|_｜]\s*|\s*--+\s*|\s*——\s*|(?<=[\u4e00-\u9fff”）)！？])[-－](?=[\u4e00-\u9fff])"
)


def _site_part(text: str) -> str | None:
    text = text.strip(" -_|–—·»:：")
    if not text or _weight(text) > SITE_PART_MAX_CHARS or re.search(r"[，。！？“”!?]", text):
        return None  # a sentence, not a site name
    return text


def _weight(text: str) -> int:
    return len(text) + 2 * sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _looks_like_domain(text: str) -> bool:
    return bool(re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", text))


def _meta_tags(root: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _first(metas: dict[str, str], keys: Iterable[str]) -> str | None:
    for key in keys:
        value = metas.get(key)
        if value:
            return _SPACE.sub(" ", value).strip()
    return None


def _json_ld(root: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _ld_value(items: list[dict[str, Any]], path: tuple[str, ...]) -> str | None:
    for item in items:
        value: Any = item
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
            if isinstance(value, list) and value:
                value = value[0]
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _ld_author(items: list[dict[str, Any]]) -> str | None:
    for item in items:
        if "articleBody" not in item and "headline" not in item and "datePublished" not in item:
            continue
        author = item.get("author") or item.get("creator")
        entries = author if isinstance(author, list) else [author]
        names = []
        for entry in entries:
            name = entry.get("name") if isinstance(entry, dict) else entry
            if isinstance(name, str) and name.strip():
                names.append(name.strip())
        if names:
            return ", ".join(dict.fromkeys(names))
    return None


def _itemprop_author(root: HtmlElement) -> str | None:
    for element in root.xpath("//*[@itemprop or @rel]"):  # the tree walked in C, not element by element
        if element.tag in ("meta", "link"):
            continue
        if "author" in (element.get("itemprop") or "").lower() or (element.get("rel") or "").lower() == "author":
            named = element.find(".//*[@itemprop='name']")
            text = (named if named is not None else element).text_content().strip()
            if 2 <= len(text) <= AUTHOR_MAX_CHARS:
                return _SPACE.sub(" ", text)
    return None


def _author_link(root: HtmlElement) -> str | None:
    """The name on the page's links to an author's own page (`?author=102`, `/author/jane-doe/`), when
    they all name the same person (a list of the site's writers names several)."""
    names: set[str] = set()
    for link in root.xpath("//a[contains(@href, 'author')]"):
        if _AUTHOR_HREF.search(link.get("href") or ""):
            text = " ".join(link.text_content().split())
            if MIN_AUTHOR_CHARS <= len(text) <= AUTHOR_MAX_CHARS and not _HAS_DIGIT.search(text):
                names.add(text)
    return names.pop() if len(names) == 1 else None


def _clean_author(value: str | None, site: str | None) -> str | None:
    if not value:
        return None
    value = _SPACE.sub(" ", value).strip()
    if value.lower().startswith(("http://", "https://", "www.")) or len(value) > AUTHOR_MAX_CHARS:
        return None
    if _looks_like_domain(value):
        return None
    value = re.sub(r"^(?:by|written by|作者[:：]?)\s+", "", value, flags=re.I).strip()
    if site and value.lower() == site.lower():
        return None
    return value or None


def _title_text(root: HtmlElement) -> str:
    title = root.find(".//title")
    return _SPACE.sub(" ", title.text_content()).strip() if title is not None else ""


def _h1_texts(root: HtmlElement) -> list[str]:
    texts = []
    for tag in ("h1", "h2"):
        for element in root.iter(tag):
            text = _SPACE.sub(" ", element.text_content()).strip()
            if text:
                texts.append(text)
        if texts:
            break
    return texts[:5]


def _canonical(root: HtmlElement, metas: dict[str, str]) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = (link.get("href") or "").strip()
            if href.startswith(("http://", "https://")):
                return href
    url = metas.get("og:url")
    return url if url and url.startswith(("http://", "https://")) else None


def _declared_language(root: HtmlElement, metas: dict[str, str]) -> str | None:
    lang = root.get("lang") or root.get("xml:lang") or metas.get("content-language") or metas.get("og:locale")
    if not lang:
        return None
    code = re.split(r"[-_,; ]", lang.strip().lower())[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def guess_language(lines: list[str]) -> str | None:
    """ "zh" when Han characters dominate the letters, "en" for mostly-Latin text, else None."""
    sample = "".join(lines)[:20000]
    han = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if han == 0 and latin == 0:
        return None
    return "zh" if han >= latin / 4 else "en"


def _time_element_date(root: HtmlElement) -> str | None:
    for element in root.iter("time"):
        found = parse_date(element.get("datetime") or element.text_content())
        if found:
            return found
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    if MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _dates_in(text: str, month_first: bool | None = None) -> Iterator[tuple[int, str, bool]]:
    """(position, ISO date, has a time) for every full date written in `text`; `month_first` is the page's
    order for a numeric date its numbers leave open (7/5/2005), when the page shows one."""
    for match in _NUMERIC_DATE.finditer(text):
        found = _iso(int(match["y"]), int(match["m"]), int(match["d"]))
        if found:
            yield match.start(), found, bool(match["time"])
    for match in _DAY_MONTH_YEAR.finditer(text):
        first, second = int(match["a"]), int(match["b"])
        # 9/17/2004 can only be month/day; 17/9/2004 only day/month; 7/5/2005 follows the page's order, else
        # month/day where a 12-hour clock (AM/PM, the US locale's mark) follows, day/month otherwise.
        if second > 12 or first > 12:
            first_is_month = second > 12
        else:
            first_is_month = month_first if month_first is not None else bool(match["ampm"])
        month, day = (first, second) if first_is_month else (second, first)
        found = _iso(int(match["y"]), month, day)
        if found:
            yield match.start(), found, bool(match["time"])
    for match in _NAMED_DATE.finditer(text):
        named_month = _MONTHS.get((match["mon1"] or match["mon2"] or "")[:3].lower())
        named_day = match["d1"] or match["d2"]
        found = _iso(int(match["y"]), named_month, int(named_day)) if named_month and named_day else None
        if found:
            yield match.start(), found, bool(match["time"])


def parse_date(value: str | None) -> str | None:
    """The ISO date (YYYY-MM-DD) written in a meta value or a line, or None."""
    if not value:
        return None
    for _pos, found, _timed in _dates_in(value):
        return found
    match = _COMPACT_DATE.search(value)
    return _iso(int(match["y"]), int(match["m"]), int(match["d"])) if match else None


def _first_date(values: Iterable[str | None]) -> str | None:
    for value in values:
        found = parse_date(value)
        if found:
            return found
    return None


def visible_date(lead: list[str], body: list[str], month_first: bool | None = None) -> str | None:
    """The publication date shown near the article: labelled or timed dates win, then the one nearest
    the body's start (a page header's "today is …" sits farther before it, replies' dates after it).
    `month_first` orders numeric dates their numbers leave open (see `_dates_in`)."""
    lines = [(line, (len(lead) - i) * LEAD_DISTANCE_COST) for i, line in enumerate(lead)]
    lines += [(line, i * BODY_DISTANCE_COST) for i, line in enumerate(body)]
    # Nearest lines first, so the scan stops once no farther line could outscore the best date found; a
    # tie goes to the line listed first, as in a plain scan of the lead and then the body.
    order = sorted(range(len(lines)), key=lambda k: lines[k][1])
    best: tuple[float, int, str] | None = None
    for index in order:
        line, distance = lines[index]
        if best is not None and DATE_BONUS_MAX - distance < best[0]:
            break
        line = line[:DATE_SCAN_MAX_CHARS]
        if not _HAS_YEAR.search(line):
            continue  # every full date pattern has a four-digit year: most lines have none
        for pos, found, timed in _dates_in(line, month_first):
            labelled = _DATE_LABEL.search(line[max(0, pos - DATE_LABEL_WINDOW) : pos])  # a window: no n^2 scan
            score = (DATE_LABEL_BONUS if labelled else 0.0) + (DATE_TIME_BONUS if timed else 0.0) - distance
            if best is None or score > best[0] or (score == best[0] and index < best[1]):
                best = (score, index, found)
    return best[2] if best else None


def _numeric_order(lines: list[str], fallback: bool | None) -> bool | None:
    """The order the page writes numeric dates in, from those its numbers fix (17/9/2004 is day first,
    9/17/2004 month first); `fallback` (the page's locale) when none does or they disagree evenly."""
    votes = 0
    for line in lines:
        if "/" not in line and "." not in line:
            continue
        for match in _DAY_MONTH_YEAR.finditer(line):
            first, second = int(match["a"]), int(match["b"])
            if (first > 12) != (second > 12) and max(first, second) <= 31:
                votes += 1 if second > 12 else -1
    return fallback if votes == 0 else votes > 0


def _declared_locale(root: HtmlElement, metas: dict[str, str]) -> str:
    """The page's language tag with its region, lower case with a hyphen ("en-gb"), or ""."""
    for value in (root.get("lang"), root.get("xml:lang"), metas.get("og:locale"), metas.get("content-language")):
        if value and value.strip():
            return value.strip().lower().replace("_", "-").split(",")[0]
    return ""


def _locale_month_first(locale: str, url: str | None) -> bool | None:
    """Month first for US English, day first for the other English regions and for languages that write
    dates day first; else from the URL's country domain (.co.uk, .in, .com.au day first; .us month first)."""
    language, _, region = locale.partition("-")
    if language == "en" and region:
        if region in _MONTH_FIRST_REGIONS:
            return True
        if region in _DAY_FIRST_REGIONS:
            return False
    elif language in _DAY_FIRST_LANGUAGES:
        return False
    country = _country_domain(url)
    if country in _MONTH_FIRST_REGIONS:
        return True
    if country in _DAY_FIRST_REGIONS:
        return False
    return None


def _country_domain(url: str | None) -> str:
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:  # a malformed URL (bad IPv6 literal) says nothing
        return ""
    return host.rsplit(".", 1)[-1] if "." in host else ""


def visible_month(lines: list[str]) -> str | None:
    """A year and month alone (`《北京之春》1996年6月号`) as a partial ISO date, `1996-06`."""
    for line in lines:
        match = _YEAR_MONTH.search(line)
        if match and MIN_YEAR <= int(match["y"]) <= MAX_YEAR and 1 <= int(match["m"]) <= 12:
            return f"{int(match['y']):04d}-{int(match['m']):02d}"
    return None


def url_date(url: str | None) -> str | None:
    """A date written in an article URL (`/2019/11/19/`, `/20040716/`)."""
    match = _URL_DATE.search(url or "")
    return _iso(int(match[1]), int(match[2]), int(match[3])) if match else None


def _names(run: str, free_form: bool) -> list[str]:
    """The personal names in a captured run: Han names are two to four characters; words such as
    本报记者 or a place before 报道 are not names. A free-form run (after 作者) is kept whole."""
    if free_form:
        name = run.strip(" \u3000、,，")
        return [name] if len(name) >= 2 and not _NOT_A_NAME.match(name) and not _MARKUP_CHARS.search(name) else []
    tokens = [t for t in re.split(r"[\s\u3000、,，]+", run) if t]
    return [
        t for t in tokens if 2 <= len(t) <= MAX_HAN_NAME_CHARS and not _NAME_STOP.search(t) and not _NOT_A_NAME.match(t)
    ]


def _byline_names(line: str) -> list[str]:
    """The names the first byline pattern that fits `line` finds in it."""
    for pattern in _ZH_BYLINES:
        names: list[str] = []
        for match in pattern.finditer(line):
            found = _names(match["name"], pattern in _ZH_BYLINES[:2])
            if found and line.startswith("报道", match.end("name")) and len(found) > 1:
                found = found[:-1]  # "彭冲 山东冠县报道": the last word is where the report comes from
            names += [n for n in found if n not in names]
        if names:
            return names
    return []


def standalone_name(lines: list[str]) -> str | None:
    """A line that is nothing but a Han name (`胡平`), as essay and blog pages set the author under the title."""
    for line in lines:
        name = line.strip().replace(" ", "").replace("\u3000", "")
        if _STANDALONE_NAME.fullmatch(name) and not _NAME_STOP.search(name) and name not in _NOT_NAMES:
            return name
    return None


def byline_author(lines: list[str]) -> str | None:
    """The author named by a byline among `lines`, taken in order of preference (`作者：茉莉`,
    `（记者 胡晓蓉）`, `光明日报记者 王建宏 张文攀`, `By Jane Doe`); an editor only when nothing else."""
    for index, line in enumerate(lines):
        names = _byline_names(line)
        if names:
            # A byline split over two lines: "本报实习生 刘国栋 周炜" / "本报记者 王燕平 方云凤".
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if len(following) <= AUTHOR_MAX_CHARS and _REPORTER_LINE.match(following):
                names += [n for n in _byline_names(following) if n not in names]
            return " ".join(names)
        english = _EN_BYLINE.match(line) or _POSTED_BY.search(line)
        if english and len(line) <= AUTHOR_MAX_CHARS * 2:
            return english["name"].strip()
    for line in lines:
        editor = _ZH_EDITOR.search(line)
        if editor:
            return editor["name"]
    return None


# Where a page's own headline sits when the <title> is not it: the last lines before the body, the first in it.
TITLE_LEAD_LINES = 3
TITLE_BODY_LINES = 2
# A headline line: at least this many letters, at most this heavy (Han characters weigh three).
MIN_TITLE_CHARS = 4
MAX_TITLE_WEIGHT = 200
# A Han <title> this short names a site, channel or person; a headline shown at the body's start replaces it.
SHORT_HAN_TITLE_CHARS = 4
# A title candidate lighter than this share of the current title does not replace it.
MIN_PART_SHARE = 0.5
# A site name from a <title> suffix that the body repeats this often is a topic or a person (…_苏银), not a site.
SITE_IN_BODY_MAX = 2
# Greetings set as a <title>: "谢谢您访问〖关注中国中心〗", "Welcome to …"; the rest names the site.
_GREETING = re.compile(r"^\s*(?:(?:欢迎|谢谢|感谢)您?(?:光临|访问|来到)|welcome\s+to)\s*(?P<site>.*)$", re.I)
# Titles that say nothing about the page: a viewer's button, a section, a placeholder.
_GENERIC_TITLES = frozenset(
    {
        *("显示", "首页", "正文", "内容", "详情", "文章", "新闻", "无标题", "网页", "页面", "查看", "浏览", "阅读"),
        *("home", "index", "untitled", "article", "news", "blog", "page", "post", "welcome", "default"),
    }
)
_NOT_A_HEADLINE = re.compile(
    r"(?:作\s*者|记\s*者|来\s*源|编辑|发布|责任|日期|时间|^by\s|^posted|首页|您的位置|当前位置)", re.I
)
_SENTENCE_END = re.compile(r"[。，；：,;:.]$")


def _key(text: str) -> str:
    return _WORDISH.sub("", text).lower()


def _is_weak_title(title: str, site: str | None, shown: bool = False) -> bool:
    """A <title> that is no headline: empty, a greeting, a generic word, the site's name, a name-length word
    (unless the page `shown` it as its heading: a short headline such as 城市建设)."""
    key = _key(title)
    if len({_key(p) for p in _TITLE_SEPARATOR.split(title) if p and p.strip()}) == 1 and _TITLE_SEPARATOR.search(title):
        return True  # "Quanta Magazine | Quanta Magazine": the site's name twice
    if not key or _GREETING.match(title) or key in _GENERIC_TITLES or (site and key == _key(site)):
        return True
    han = len(_HAN.findall(title))
    if shown:
        return False
    # "网易娱乐", "海姑娘": a Han title of a name's or a channel's length, or a single Latin word.
    return (han > 0 and len(key) <= SHORT_HAN_TITLE_CHARS) or (not han and " " not in title.strip())


def _headline_like(line: str) -> bool:
    line = line.strip()
    key = _key(line)
    if len(key) < MIN_TITLE_CHARS or _weight(line) > MAX_TITLE_WEIGHT or key in _GENERIC_TITLES:
        return False
    if _SENTENCE_END.search(line) or _NOT_A_HEADLINE.search(line) or _dates_in_any(line):
        return False
    return not _HAN.search(line) or len(_HAN.findall(line)) >= MIN_TITLE_CHARS


def _dates_in_any(line: str) -> bool:
    return next(_dates_in(line), None) is not None


def same_headline(candidate: str, line: str) -> bool:
    """The same headline, allowing a few extra characters on either side ("(图)", a kicker)."""
    a, b = _key(candidate), _key(line)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return short in long and len(short) >= 0.6 * len(long)


def refine_title(meta: Metadata, lead: list[str], body: list[str]) -> Metadata:
    """Choose the headline among the <title>'s parts and the lines around the body's start, and a site
    that is neither the headline nor a name the body keeps repeating; the URL's host last."""
    near = [line for line in [*lead[-TITLE_LEAD_LINES:], *body[:TITLE_BODY_LINES]] if _headline_like(line)]
    title, site = meta.title, meta.site
    candidates = [title, *meta.title_parts]
    shown = any(same_headline(title, line) for line in [*near, *meta.headings])
    weak = _is_weak_title(title, site, shown)
    # A part much lighter than the title is a section label the navigation repeats ("Auto News"), unless
    # the title itself says nothing.
    floor = 0.0 if weak else _weight(title) * MIN_PART_SHARE
    agreeing = next(
        (
            c
            for c in candidates
            if _weight(c) >= floor
            and not (weak if c is title else _is_weak_title(c, site))
            and any(same_headline(c, n) for n in near)
        ),
        None,
    )
    if agreeing and agreeing != title:
        if not site or _key(site) == _key(agreeing):
            others = [p for p in candidates if p != agreeing and _site_part(p)]
            site = others[-1] if others else None
        title = agreeing
    elif not agreeing and title and weak:  # no <title> at all: leave it to the caller
        first_lines = [*body[:1], *lead[-1:], *body[1:TITLE_BODY_LINES]]
        declared = [p for p in meta.title_parts if not _is_weak_title(p, site) and _headline_like(p)]
        better = next(iter(declared), None) or next((ln.strip() for ln in first_lines if _headline_like(ln)), None)
        greeting = _GREETING.match(title)
        if greeting and not site:
            site = greeting["site"].strip(" 〖〗【】《》[]「」\"'") or None
        elif not site and _site_part(title) and not _GENERIC_TITLES.intersection({_key(title)}):
            site = title  # "网易娱乐": the page's <title> named only its site
        if better:
            title = better
    if site and (_key(site) == _key(title) or _repeated_in(site, body)):
        site = None
    return replace(meta, title=title, site=site or _host(meta.url))


def _repeated_in(name: str, body: list[str]) -> bool:
    text = "".join(body[:METADATA_SCAN_LINES])
    return bool(_HAN.search(name)) and len(name) <= MAX_HAN_NAME_CHARS and text.count(name) >= SITE_IN_BODY_MAX


def _host(url: str | None) -> str | None:
    match = re.match(r"https?://(?:www\.)?([^/:?#]+)", url or "", re.I)
    return match[1].lower() if match else None
