"""Citations of an article in GB/T 7714-2015, APA 7, MLA 9, Chicago, BibTeX, RIS and CSL-JSON.

API for the UI and the CLI (Qt-free):

    data = CitationData.from_article(article, overrides, accessed=date_added)   # overrides: dict/dataclass
    citation = format_citation(data, "gbt7714")          # -> Citation(style, text, html)
    citation.text   # text/plain for the clipboard;  citation.html  # text/html, escaped, <i> for italics
    default_style_for(article.language)                  # "gbt7714" for Chinese, "apa" otherwise
    STYLES                                               # style id -> menu label, in menu order
    quote_with_citation(selected_text, citation)         # "Copy Quote with Citation"

Each style module's docstring says which guide it follows and how it treats missing authors, dates
(a year-less date such as "--06-26" counts as no date everywhere) and URLs. None prints "None".
"""

from __future__ import annotations

from collections.abc import Callable

from reader.citation.apa import format_apa
from reader.citation.bibtex import format_bibtex
from reader.citation.chicago import format_chicago, format_chicago_note
from reader.citation.csl_json import csl_item, format_csl_json
from reader.citation.gbt7714 import format_gbt7714
from reader.citation.keys import citation_key
from reader.citation.markup import Citation
from reader.citation.mla import format_mla
from reader.citation.model import CitationData
from reader.citation.quote import quote_with_citation
from reader.citation.ris import format_ris
from reader.errors import ReaderError

__all__ = [
    "DEFAULT_STYLE",
    "STYLES",
    "Citation",
    "CitationData",
    "UnknownStyleError",
    "citation_key",
    "csl_item",
    "default_style_for",
    "format_citation",
    "quote_with_citation",
]

# Style id -> label for menus, in the order a style submenu should list them.
STYLES: dict[str, str] = {
    "gbt7714": "GB/T 7714-2015",
    "apa": "APA 7",
    "mla": "MLA 9",
    "chicago": "Chicago (bibliography)",
    "chicago-note": "Chicago (note)",
    "bibtex": "BibTeX",
    "ris": "RIS",
    "csl-json": "CSL-JSON",
}
# For articles in a language other than Chinese (and when the language is unknown).
DEFAULT_STYLE = "apa"
_FORMATTERS: dict[str, Callable[[CitationData], Citation]] = {
    "gbt7714": format_gbt7714,
    "apa": format_apa,
    "mla": format_mla,
    "chicago": format_chicago,
    "chicago-note": format_chicago_note,
    "bibtex": format_bibtex,
    "ris": format_ris,
    "csl-json": format_csl_json,
}


class UnknownStyleError(ReaderError, ValueError):
    """A style id not in `STYLES`."""


def default_style_for(language: str | None) -> str:
    """GB/T 7714-2015 for Chinese articles (the national standard), APA 7 for everything else.

    With CitationData at hand, `data.default_style` also reads a Han title when the language is unknown.
    """
    return "gbt7714" if language and language.lower().startswith("zh") else DEFAULT_STYLE


def format_citation(data: CitationData, style: str) -> Citation:
    """Format `data` in `style` (a key of `STYLES`); raises UnknownStyleError for any other."""
    try:
        formatter = _FORMATTERS[style]
    except KeyError:
        raise UnknownStyleError(f"unknown citation style {style!r}; choose from {', '.join(STYLES)}") from None
    return formatter(data)
