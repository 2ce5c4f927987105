"""Chicago Manual of Style (17th ed.) notes-bibliography: the bibliography entry and the note for web content.

The note (`format_chicago_note`, style "chicago-note"; 14.206): Farhad Manjoo, “Snap Makes a Bet on
the Cultural Supremacy of the Camera,” *New York Times*, March 8, 2017, https://….  Names in reading
order ("A and B", "A, B, and C", four or more: "A et al."); an organisation as author follows the
title and site, as in "“About Yale: Yale Facts,” Yale University, accessed May 1, 2017, https://…".
The bibliography entry (`format_chicago`, style "chicago"):

Form (14.206, 14.191): Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.”
*New York Times*, March 8, 2017. https://www.nytimes.com/….
- First author inverted, the others not: "Last, First, First Last, and First Last"; more than ten:
  the first seven and "et al." (14.76). Han names in full, never inverted (16.83 style: 张三).
- Titles in headline-style capitals (English only) inside curly quotes; the site, as the
  publication, in italics.
- No author: the site stands in the author position (14.207, unsigned news articles; 14.206, the
  owner of a site as author); no site either: the entry starts with the title.
- No date (or a year-less one): "Accessed Month Day, Year." instead (14.233, the Yale example
  "Yale University. “About Yale: Yale Facts.” Accessed May 1, 2017. https://…"); with no access
  date either, "n.d." No URL: the entry ends after the date.
"""

from __future__ import annotations

from reader.citation.markup import Citation, RichText
from reader.citation.model import CitationData
from reader.citation.names import Name
from reader.citation.text import MONTHS, close, join_names, strip_final_period, swap_quotes, title_case

STYLE = "chicago"
NOTE_STYLE = "chicago-note"
# 14.76: up to ten authors are listed; for more than ten, the first seven followed by et al.
MAX_AUTHORS, SHOWN_WHEN_TRUNCATED = 10, 7
# 14.76: a note names up to three authors; for four or more, the first followed by et al.
MAX_NOTE_AUTHORS = 3


def format_authors(names: tuple[Name, ...]) -> str:
    if not names:
        return ""
    shown = names if len(names) <= MAX_AUTHORS else names[:SHOWN_WHEN_TRUNCATED]
    formatted = [shown[0].inverted(), *(n.natural for n in shown[1:])]
    if len(names) > MAX_AUTHORS:
        return ", ".join(formatted) + ", et al."
    return join_names(formatted, "and")


def _date(data: CitationData) -> str:
    dated = data.dated
    if dated is None:
        return ""
    if dated.month is None:
        return str(dated.year)
    month = MONTHS[dated.month - 1]
    return f"{month} {dated.day}, {dated.year}" if dated.day is not None else f"{month} {dated.year}"


def format_chicago(data: CitationData) -> Citation:
    out = RichText()
    site_is_author = not data.authors and bool(data.site)
    if data.authors:
        out.add(close(format_authors(data.authors)) + " ")
    elif site_is_author:
        out.italic(data.site).add(". " if close(data.site) != data.site else " ")
    title = strip_final_period(data.title)
    if title:
        if not data.is_chinese:
            title = title_case(title)
        out.add(f"“{close(swap_quotes(title))}” ")
    date_text = _date(data)
    if not date_text and data.accessed is None:
        date_text = "n.d."
    if data.site and not site_is_author:
        out.italic(data.site).add(", " if date_text else ". ")
    if date_text:
        out.add(close(date_text) + " ")
    elif data.accessed is not None:
        accessed = data.accessed
        out.add(f"Accessed {MONTHS[accessed.month - 1]} {accessed.day}, {accessed.year}. ")
    if data.url:
        out.add(close(data.url))
    if out.runs:
        text, italic = out.runs[-1]
        out.runs[-1] = (text.rstrip(), italic)
    return out.citation(STYLE)


def _note_title(title: str, last: bool) -> str:
    """“Title,” inside the quotes, or “Title?” when the title ends with its own mark."""
    mark = "." if last else ","
    closed = close(title, mark)
    return f"“{closed}”"


def format_chicago_note(data: CitationData) -> Citation:
    out = RichText()
    people = data.authors
    organisation = ""
    if len(people) == 1 and not people[0].is_person:
        organisation, people = people[0].literal, ()
    if people:
        names = [n.natural for n in people]
        if len(names) > MAX_NOTE_AUTHORS:
            out.add(f"{names[0]} et al., ")
        else:
            out.add(join_names(names, "and", serial_comma=False) + ", ")
    date_text = _date(data)
    if not date_text:
        date_text = (
            f"accessed {MONTHS[data.accessed.month - 1]} {data.accessed.day}, {data.accessed.year}"
            if data.accessed
            else "n.d."
        )
    tail = [t for t in (organisation, date_text, data.url) if t]
    title = strip_final_period(data.title)
    if title:
        if not data.is_chinese:
            title = title_case(title)
        title = swap_quotes(title)
        out.add(_note_title(title, last=not (data.site or tail)) + " ")
    if data.site:
        out.italic(data.site).add(", " if tail else ".")
    if tail:
        out.add(close(", ".join(tail)))
    if out.runs:
        text, italic = out.runs[-1]
        out.runs[-1] = (text.rstrip(), italic)
    return out.citation(NOTE_STYLE)
