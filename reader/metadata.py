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

from lxml.html import HtmlElement

from reader.extract.dom import PageHints

# Years outside this window are counts, prices or ids more often than publication years.
MIN_YEAR, MAX_YEAR = 1990, 2099
# A title part longer than this is the title itself, not a site name.
SITE_PART_MAX_CHARS = 40
# How much a date loses per line it sits away from the body's start (before it, and inside it): a
# label ("发布时间") is worth 3 and a time of day 2, so those outweigh a few lines of distance.
LEAD_DISTANCE_COST = 0.1
BODY_DISTANCE_COST = 0.02
# How many body lines past the start are searched for datelines and bylines.
METADATA_SCAN_LINES = 300
# Names longer than this are sentences that happen to follow "By" or "作者".
AUTHOR_MAX_CHARS = 60

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
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?([01]\d)[/-]?([0-3]\d)(?:/|\D)")

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
    )


def complete_metadata(meta: Metadata, lead: list[str], body: list[str], extra: list[str]) -> Metadata:
    """Fill the date and author from visible text: `lead` (just before the body), the body, `extra`
    (lines removed from the body, where bylines and datelines often end up)."""
    middle = body[8:-4][:METADATA_SCAN_LINES]  # a very long page: its metadata is near the start or end
    nearby = [*body[:3], *reversed(lead), *body[3:8], *body[-4:], *extra, *middle]
    published = (
        meta.published
        or visible_date(lead, body[:6] + extra + body[6:][:METADATA_SCAN_LINES])
        or url_date(meta.url)
        or visible_month([*body[-3:], *extra, *lead[-3:]])
    )
    author = meta.author or byline_author(nearby) or standalone_name(body[:4])
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
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(raw) if p and p.strip()]
    if len(parts) < 2:
        return raw, None
    site_key = _WORDISH.sub("", site or "").lower()
    kept = [p for p in parts if not (site_key and _WORDISH.sub("", p).lower() == site_key)]
    kept = [p for p in kept if not _looks_like_domain(p)] or kept
    if not kept:
        return raw, None
    title = max(kept, key=_weight) if len(kept) > 1 and _weight(kept[0]) < 12 else kept[0]
    others = [p for p in parts if p is not title]
    if others and _site_part(others[-1]) is None and not site_key:
        return raw, None  # "书记市长这一周 | 奋马扬鞭争春色，…": no part reads as a site name
    return title, (_site_part(others[-1]) if others else None)


_TITLE_SEPARATOR = re.compile(
    r"\s+[|\-–—·»:]\s+|\s*[|_｜]\s*|\s*--+\s*|\s*——\s*|(?<=[\u4e00-\u9fff”）)！？])[-－](?=[\u4e00-\u9fff])"
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
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "link"):
            continue
        if "author" in (element.get("itemprop") or "").lower() or (element.get("rel") or "").lower() == "author":
            named = element.find(".//*[@itemprop='name']")
            text = (named if named is not None else element).text_content().strip()
            if 2 <= len(text) <= AUTHOR_MAX_CHARS:
                return _SPACE.sub(" ", text)
    return None


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


def _dates_in(text: str) -> Iterator[tuple[int, str, bool]]:
    """(position, ISO date, has a time) for every full date written in `text`."""
    for match in _NUMERIC_DATE.finditer(text):
        found = _iso(int(match["y"]), int(match["m"]), int(match["d"]))
        if found:
            yield match.start(), found, bool(match["time"])
    for match in _DAY_MONTH_YEAR.finditer(text):
        first, second = int(match["a"]), int(match["b"])
        # 9/17/2004 can only be month/day; 17/9/2004 only day/month; 7/5/2005 is month/day where a
        # 12-hour clock (AM/PM, the US locale's mark) follows, day/month otherwise.
        month_first = second > 12 or (first <= 12 and bool(match["ampm"]))
        month, day = (first, second) if month_first else (second, first)
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


def visible_date(lead: list[str], body: list[str]) -> str | None:
    """The publication date shown near the article: labelled or timed dates win, then the one nearest
    the body's start (a page header's "today is …" sits farther before it, replies' dates after it)."""
    best: tuple[float, str] | None = None
    lines = [(line, (len(lead) - i) * LEAD_DISTANCE_COST) for i, line in enumerate(lead)]
    lines += [(line, i * BODY_DISTANCE_COST) for i, line in enumerate(body)]
    for line, distance in lines:
        for pos, found, timed in _dates_in(line):
            score = (3.0 if _DATE_LABEL.search(line[:pos]) else 0.0) + (2.0 if timed else 0.0) - distance
            if best is None or score > best[0]:
                best = (score, found)
    return best[1] if best else None


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
