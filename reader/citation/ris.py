"""RIS (Research Information Systems) record of type ELEC, as reference managers import it.

Tags: TY (ELEC), AU (one per author, "Family, Given"; Han names split the same way, which Zotero
and EndNote read back without a space), TI, T2 (the website), PY and DA ("YYYY/MM/DD/"), UR, Y2 (the
access date), LA, then "ER  - ". Lines end with "\\n" (the clipboard's convention); a year-less date
is left out, since RIS requires the year.
"""

from __future__ import annotations

from reader.citation.markup import Citation, code_citation
from reader.citation.model import CitationData
from reader.citation.names import Name

STYLE = "ris"


def _tag(tag: str, value: str) -> str:
    return f"{tag}  - {value}"


def format_name(name: Name) -> str:
    if not name.is_person or not name.given:
        return name.natural
    return f"{name.family}, {name.given}" + (f", {name.suffix}" if name.suffix else "")


def _ris_date(year: int, month: int | None, day: int | None) -> str:
    return f"{year:04d}/" + (f"{month:02d}" if month else "") + "/" + (f"{day:02d}" if day else "") + "/"


def format_ris(data: CitationData) -> Citation:
    lines = [_tag("TY", "ELEC")]
    lines += [_tag("AU", format_name(n)) for n in data.authors]
    if data.title:
        lines.append(_tag("TI", data.title))
    if data.site:
        lines.append(_tag("T2", data.site))
    dated = data.dated
    if dated and dated.year is not None:
        lines.append(_tag("PY", str(dated.year)))
        lines.append(_tag("DA", _ris_date(dated.year, dated.month, dated.day)))
    if data.url:
        lines.append(_tag("UR", data.url))
    if data.accessed:
        lines.append(_tag("Y2", _ris_date(data.accessed.year, data.accessed.month, data.accessed.day)))
    if data.language:
        lines.append(_tag("LA", data.language))
    lines.append("ER  - ")
    return code_citation(STYLE, "\n".join(lines))
