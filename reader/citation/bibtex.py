"""BibTeX for biblatex: an `@online` entry with `urldate`, special characters escaped.

Fields: author (Western "Family, Given"; Han names whole; organisations in braces so biber does not
split them), title, organization (the site), date (ISO, "2019-10" or "2019" when partial; a year-less
date is left out), url (verbatim, not escaped), urldate. Missing fields are left out.
"""

from __future__ import annotations

from reader.citation.keys import citation_key
from reader.citation.markup import Citation, code_citation
from reader.citation.model import CitationData
from reader.citation.names import Name

STYLE = "bibtex"
_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def escape(text: str) -> str:
    """Escape LaTeX's special characters in a field value."""
    return "".join(_LATEX_SPECIALS.get(c, c) for c in text)


def format_name(name: Name) -> str:
    if not name.is_person:
        return "{" + escape(name.literal) + "}"
    if name.han:
        return escape(name.natural)
    text = f"{name.family}, {name.suffix}, {name.given}" if name.suffix else name.inverted()
    return escape(text)


def format_bibtex(data: CitationData, key: str | None = None) -> Citation:
    """The @online entry; `key` replaces the generated citation key (the CLI makes keys unique)."""
    key = key or citation_key(data)
    fields: list[tuple[str, str]] = []
    if data.authors:
        fields.append(("author", " and ".join(format_name(n) for n in data.authors)))
    if data.title:
        fields.append(("title", escape(data.title)))
    if data.site:
        fields.append(("organization", escape(data.site)))
    if data.dated:
        fields.append(("date", data.dated.iso()))
    if data.url:
        fields.append(("url", data.url))
    if data.accessed:
        fields.append(("urldate", data.accessed.isoformat()))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    text = f"@online{{{key},\n{body}\n}}" if body else f"@online{{{key},\n}}"
    return code_citation(STYLE, text)
