"""APA 7 reference for a webpage (Publication Manual 10.16; "Webpage on a news website").

Form: Author, A. A., & Author, B. B. (2019, October 31). *Title of page*. Site Name. URL
- Western names inverted with initials; Han names in full; up to 20 authors, then the first 19,
  ". . ." and the last (9.8). An organisation is written out; when it is also the site, the site is
  not repeated (10.16, group author).
- No author: the title moves to the author position, still italic (9.12, "Tuscan white bean pasta.
  (2018, February 25). Budget Bytes. URL").
- No date, or a year-less one: "(n.d.)"; then, with a URL and an access date, "Retrieved Month Day,
  Year, from URL" (the U.S. Census Bureau population clock example), since an undated page may change.
- Every article takes the webpage form (title in italics, site in roman): a newspaper's own site
  cannot be told from any other website, and APA's "webpage on a news website" form fits both.
- The title keeps the capitalisation it has (sentence case cannot be restored without knowing
  proper nouns). No URL: the entry ends after the site. The URL takes no final full stop (9.35).
"""

from __future__ import annotations

from reader.citation.markup import Citation, RichText
from reader.citation.model import CitationData
from reader.citation.names import Name
from reader.citation.text import MONTHS, close, join_names, strip_final_period

STYLE = "apa"
# 9.8: up to 20 authors are listed; beyond that the first 19, an ellipsis, and the final author.
MAX_AUTHORS = 20


def format_name(name: Name) -> str:
    if not name.is_person or name.han:
        return name.natural
    initials = name.initials(periods=True)
    name_text = f"{name.family}, {initials}" if initials else name.family
    return f"{name_text}, {name.suffix}" if name.suffix else name_text


def format_authors(names: tuple[Name, ...]) -> str:
    formatted = [format_name(n) for n in names]
    if len(formatted) > MAX_AUTHORS:
        return ", ".join(formatted[: MAX_AUTHORS - 1]) + ", . . . " + formatted[-1]
    return join_names(formatted, "&")


def _date(data: CitationData) -> str:
    dated = data.dated
    if dated is None:
        return "(n.d.)."
    text = str(dated.year)
    if dated.month is not None:
        text += f", {MONTHS[dated.month - 1]}"
        if dated.day is not None:
            text += f" {dated.day}"
    return f"({text})."


def format_apa(data: CitationData) -> Citation:
    out = RichText()
    title = strip_final_period(data.title)
    if data.authors:
        out.add(close(format_authors(data.authors)) + " " + _date(data) + " ")
        if title:
            out.italic(title).add(_after(title))
    elif title:
        out.italic(title).add(_after(title)).add(_date(data) + " ")
    else:
        out.add(_date(data) + " ")
    organisation_is_site = len(data.authors) == 1 and data.authors[0].natural == data.site
    if data.site and not organisation_is_site:
        out.add(close(data.site) + " ")
    if data.url:
        if data.dated is None and data.accessed is not None:
            accessed = data.accessed
            out.add(f"Retrieved {MONTHS[accessed.month - 1]} {accessed.day}, {accessed.year}, from ")
        out.add(data.url)
    return _trimmed(out).citation(STYLE)


def _after(title: str) -> str:
    """The full stop after an italic title, unless the title ends with its own "?" or "!"."""
    return ". " if close(title) != title else " "


def _trimmed(out: RichText) -> RichText:
    if out.runs:
        text, italic = out.runs[-1]
        out.runs[-1] = (text.rstrip(), italic)
    return out
