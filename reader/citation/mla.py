"""MLA 9 works-cited entry for a web page (MLA Handbook, 9th ed., chapter 5; core elements).

Form: Last, First. “Title of Page.” *Website*, 31 Oct. 2019, www.site.com/page.
- One author inverted; two: "Last, First, and First Last"; three or more: "Last, First, et al."
  (5.7). Han names in full, not inverted. An organisation that is also the site is not repeated as
  author: the entry starts with the title (5.10). No author: the entry starts with the title.
- Titles in title case (English only) inside curly quotes, the website in italics; months longer
  than four letters abbreviated. The URL without "http://" or "https://" (5.96).
- No date (a year-less date counts as none): left out, and "Accessed 6 July 2015." added at the
  end (5.111 recommends the access date for undated works), as in "Lundman, Susan. “How to Make
  Vegetarian Chili.” *eHow*, www.ehow.com/how_10727_make-vegetarian-chili.html. Accessed 6 July 2015."
"""

from __future__ import annotations

import re

from reader.citation.markup import Citation, RichText
from reader.citation.model import CitationData
from reader.citation.names import Name
from reader.citation.text import MLA_MONTHS, close, strip_final_period, swap_quotes, title_case

STYLE = "mla"
_SCHEME = re.compile(r"^https?://", re.IGNORECASE)


def format_authors(names: tuple[Name, ...]) -> str:
    if not names:
        return ""
    first = names[0].inverted()
    if len(names) == 1:
        return first
    if len(names) == 2:
        return f"{first}, and {names[1].natural}"
    return f"{first}, et al."


def _date(data: CitationData) -> str:
    dated = data.dated
    if dated is None:
        return ""
    if dated.month is None:
        return str(dated.year)
    month = f"{MLA_MONTHS[dated.month - 1]} {dated.year}"
    return f"{dated.day} {month}" if dated.day is not None else month


def format_mla(data: CitationData) -> Citation:
    out = RichText()
    authors = data.authors
    if len(authors) == 1 and not authors[0].is_person and authors[0].natural == data.site:
        authors = ()
    if authors:
        out.add(close(format_authors(authors)) + " ")
    title = strip_final_period(data.title)
    if title:
        if not data.is_chinese:
            title = title_case(title)
        out.add(f"“{close(swap_quotes(title))}” ")
    container = [text for text in (_date(data), _SCHEME.sub("", data.url)) if text]
    if data.site:
        out.italic(data.site).add(", " if container else ". ")
    if container:
        out.add(close(", ".join(container)) + " ")
    if data.dated is None and data.accessed is not None:
        accessed = data.accessed
        out.add(f"Accessed {accessed.day} {MLA_MONTHS[accessed.month - 1]} {accessed.year}.")
    if out.runs:
        text, italic = out.runs[-1]
        out.runs[-1] = (text.rstrip(), italic)
    return out.citation(STYLE)
