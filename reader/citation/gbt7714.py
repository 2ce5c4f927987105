"""GB/T 7714-2015 (信息与文献 参考文献著录规则), electronic resource [EB/OL], half-width punctuation.

Form (4.8.1, examples in 4.8.2 and 10.1): 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
- Han names in full (萧钰); Western names family name in capitals, given names as initials without
  points (BAWDEN D, 8.1.2). More than three authors: the first three, then ", 等" (Chinese entries)
  or ", et al." (others).
- No author: the site's owner stands as 主要责任者, as in the standard's example "Online Computer
  Library Center, Inc. History of OCLC[EB/OL]. [2000-01-08]. http://…"; with no site either, the entry
  starts with the title (8.1.1 allows this for numbered lists).
- No publication date: only the citation date in brackets (the OCLC example); a year-less date
  ("--06-26") is no date. No URL: the entry ends after the dates. Every entry ends with a full stop.
"""

from __future__ import annotations

from reader.citation.markup import Citation, RichText
from reader.citation.model import CitationData
from reader.citation.names import Name
from reader.citation.text import close, strip_final_period

STYLE = "gbt7714"
# 8.1.2: "主要责任者 … 超过3个时，著录前3个".
MAX_AUTHORS = 3
TYPE_TAG = "[EB/OL]"


def format_name(name: Name) -> str:
    if not name.is_person or name.han:
        return name.natural
    initials = name.initials(periods=False)
    family = name.family.upper()
    return f"{family} {initials}" if initials else family


def _responsible(data: CitationData) -> str:
    if not data.authors:
        return data.site
    names = [format_name(n) for n in data.authors[:MAX_AUTHORS]]
    if len(data.authors) > MAX_AUTHORS:
        names.append("等" if data.is_chinese else "et al.")
    return ", ".join(names)


def format_gbt7714(data: CitationData) -> Citation:
    parts = []
    responsible = _responsible(data)
    if responsible:
        parts.append(close(responsible))
    title = strip_final_period(data.title)
    if title:
        parts.append(f"{title}{TYPE_TAG}.")
    dated = data.dated
    dates = (f"({dated.iso()})" if dated else "") + (f"[{data.accessed.isoformat()}]" if data.accessed else "")
    if dates:
        parts.append(dates + ".")
    if data.url:
        parts.append(data.url + ".")
    return RichText().add(" ".join(parts)).citation(STYLE)
