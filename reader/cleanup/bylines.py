"""Bylines and editor lines (来源:, 作者:, 记者, 责任编辑:, "By Jane Doe", "Published ..."): metadata, not body."""

from __future__ import annotations

import re

from reader.cleanup.page import Page
from reader.dates import first_date, has_year

# "(记者 王芳)", "本报记者 张三 李四": a reporter line is a name or two, not a sentence about reporters.
MAX_REPORTER_LINE_CHARS = 24
# The sign-off is looked for in the story's last few paragraphs only.
SIGN_OFF_PARAGRAPHS = 3
# Bylines are short; a paragraph that mentions a reporter is body text.
MAX_BYLINE_CHARS = 90
_KEYED = re.compile(
    r"(?:^|[\s|｜(（【\[])(?:来源|作者|文|记者|通讯员|编辑|责任编辑|责编|编审|审核|校对|监制|出品|撰文|摄影|原标题"
    r"|发布时间|发布日期|发布于|更新时间|时间|日期|稿源|浏览|阅读|点击)\s*[:：]"
    # "文/张伟", "作者／李华": a slash and a name.
    r"|(?:^|[\s|｜(（【\[])(?:文|作者|撰文|摄影)\s*[/／]\s*[\u4e00-\u9fff·]{2,5}(?:$|[\s)）】\]])",
)
# "(记者 王芳)", "光明日报记者 王建宏 张文攀", "新京报记者 彭冲 山东冠县报道": an outlet (optional), 记者, names.
_REPORTER = re.compile(
    r"^[(（【\[]?[\u4e00-\u9fff· ]{0,16}?(?:记者|通讯员)\s*"
    r"(?!了解|获悉|发现|注意|看到|采访|走访|调查|观察|询问|联系|致电|近日|日前|从|在|向|对|就)"
    r"([\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff]))*)(?:[\s、,，)）】\]]|$)"
)
# "编辑：苏亮": the editor stands for the author when the page names nobody else.
_EDITOR = re.compile(r"(?<!责任)(?<!责)编辑\s*[:：]\s*([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
# "(姚峰 上海报道)" closing a story: the reporter and the place.
_SIGN_OFF = re.compile(r"[(（]([\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4})*)\s+[\u4e00-\u9fff]{2,8}报道[)）]$")
# "时间:6月1日 地点:体育馆" is an event notice in the story, not the story's own date line.
_EVENT_NOTICE = re.compile(r"地点\s*[:：]|地址\s*[:：]|报名\s*[:：]|活动\s*时间|会议\s*时间")
_AUTHOR = re.compile(r"(?:作者|撰文|文)\s*[:：/／]\s*([\u4e00-\u9fffA-Za-z·. ]{2,20}?)(?=\s|$|[|｜,，;；)）])")
# A line that only names a role ("本报记者", "实习生", "作者"), with the names on the next line.
_ROLE_LINE = re.compile(r"^(?:本报|本刊|本台|特约)?(?:记者|通讯员|实习生|作者|撰文|文)[:：]?$")
# The longest line _ROLE_LINE matches: "本报通讯员：" and the final newline its `$` allows.
MAX_ROLE_LINE_CHARS = 7
_NAMES_LINE = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:[ 、，,][\u4e00-\u9fff·]{2,4})*$")
# "（记者 胡晓蓉）", "(文/张三)", "（作者：李四）" closing a story's paragraph: its writer.
_CLOSING_CREDIT = re.compile(
    r"[(（](?:本报)?(?:记者|通讯员|作者|撰文|文)\s*[:：/／]?\s*"
    r"([\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4})*)[)）]$"
)
# Both sign-off patterns end in a closing parenthesis at the end of the text (`$`: before a final newline too).
_SIGN_OFF_ENDS = (")", "）", ")\n", "）\n")
_EN_BY = re.compile(r"^By:?\s+([A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]+|and|de|van|von|der))*)(?:\s*[,|]|\s*$)")
_EN_BY_DATED = re.compile(r"^(By .+?)\s+(?:on|at|[|,–—-])\s+.*\d{1,2}.*$")
_EN_DATELINE = re.compile(r"^(?:Published|Updated|Posted|Last updated|First published)\b.*\d", re.I)
# The letters _EN_DATELINE can start with under its case folding (P, U, L, F: none has another folded form).
_DATELINE_INITIALS = "PpUuLlFf"
_BARE_DATE = re.compile(
    r"^[\d\s:/.\-年月日号时分APMapmET,]+$|^\w{3,9}\.? \d{1,2}, \d{4}(?: \d{1,2}:\d{2}\s*[ap]\.?m\.?)?(?: \w{2,4})?$"
)


def is_byline(text: str) -> bool:
    """A reporter / source / editor / date line."""
    if len(text) > MAX_BYLINE_CHARS:
        return False
    # Both searched patterns need a colon or a slash (or, for an event, "时间"): most lines skip both scans.
    colon = ":" in text or "：" in text
    if (colon or "时间" in text) and _EVENT_NOTICE.search(text):
        return False
    return bool(
        ((colon or "/" in text or "／" in text) and _KEYED.search(text))
        or (
            ("记者" in text or "通讯员" in text)
            and _REPORTER.match(text)
            and len(text) <= MAX_REPORTER_LINE_CHARS
            and "。" not in text
        )
        or _is_en_byline(text)
        or (text[:1] in _DATELINE_INITIALS and _EN_DATELINE.match(text))
        or (_BARE_DATE.match(text) and first_date(text) is not None)
    )


def _is_en_byline(text: str) -> bool:
    """ "By Jane Doe", "By Jane Doe and John Roe, Reuters": the words are mostly capitalised names."""
    if not text.startswith("By") or not _EN_BY.match(text):
        return False
    # "By Jane Doe on Monday, November 18th, 2019 at 11:08 a.m.": names, then the date.
    dated = _EN_BY_DATED.match(text)
    if dated:
        text = dated.group(1)
    words = [w for w in re.split(r"[\s,|]+", text[3:]) if w and w not in ("and", "de", "van", "von", "der", "|")]
    capital = sum(1 for w in words if w[0].isupper())
    return capital >= max(1, len(words) * 0.7) and len(words) <= 10


def mark_bylines(page: Page) -> None:
    """Remove byline lines, keeping the author and date they carry when the page has none yet."""
    lines = page.live()
    editor: str | None = None
    role_names = ""
    for i, line in enumerate(lines):
        text = line.text
        if (
            len(text) <= MAX_ROLE_LINE_CHARS
            and i + 1 < len(lines)
            and _ROLE_LINE.match(text)
            and _NAMES_LINE.match(lines[i + 1].text)
        ):
            # "本报实习生 / 刘国栋 周炜 / 本报记者 / 王燕平": every credited name, in the page's order.
            line.remove("byline")
            lines[i + 1].remove("byline")
            if page.author is None or page.author == role_names:
                role_names = f"{role_names} {lines[i + 1].text}".strip()
                page.author = role_names
            continue
        if text in ("By", "作者", "By:") and i + 1 < len(lines) and len(lines[i + 1].text.split()) <= 5:
            line.remove("byline")
            lines[i + 1].remove("byline")
            if page.author is None:
                page.author = lines[i + 1].text.strip()
            continue
        if not is_byline(text):
            continue
        line.remove("byline")
        if page.author is None:
            m = _AUTHOR.search(text) or _REPORTER.match(text) or _EN_BY.match(text)
            if m:
                page.author = m.group(1).strip()
            elif editor is None and (e := _EDITOR.search(text)):
                editor = e.group(1)
        date = first_date(text)
        if date and (page.published is None or (not has_year(page.published) and has_year(date))):
            page.published = date
    if page.author is None:
        page.author = editor


def author_from_sign_off(page: Page) -> None:
    """ "(姚峰 上海报道)" or "（记者 胡晓蓉）" closing a paragraph of the story (its last ones first) names its
    reporter."""
    if page.author is not None:
        return
    body = [line for line in page.live() if line.kind == "paragraph"]
    # The last paragraphs first; then the whole body, last first (a sidebar kept after the story can push the
    # story's sign-off out of its last paragraphs).
    for line in [*reversed(body[-SIGN_OFF_PARAGRAPHS:]), *reversed(body[:-SIGN_OFF_PARAGRAPHS])]:
        m = _sign_off(line.text)
        if m:
            page.author = m.group(1)
            return


def _sign_off(text: str) -> re.Match[str] | None:
    """The sign-off or closing credit that ends `text`, or None (most paragraphs are ruled out by their end)."""
    if not text.endswith(_SIGN_OFF_ENDS):
        return None
    return _SIGN_OFF.search(text) or _CLOSING_CREDIT.search(text)
