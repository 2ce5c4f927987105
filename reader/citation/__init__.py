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

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.errors import ReaderError
from reader.lazy import lazy_getattr

if TYPE_CHECKING:
    from reader.citation.csl_json import csl_item
    from reader.citation.keys import citation_key
    from reader.citation.markup import Citation
    from reader.citation.model import CitationData
    from reader.citation.quote import quote_with_citation

# The formatters and the data model load on first use: the window needs only STYLES to build its menus at start.
_LAZY = {
    "Citation": "reader.citation.markup",
    "CitationData": "reader.citation.model",
    "citation_key": "reader.citation.keys",
    "csl_item": "reader.citation.csl_json",
    "quote_with_citation": "reader.citation.quote",
}
# style id -> (module, formatter function)
_FORMATTERS: dict[str, tuple[str, str]] = {
    "gbt7714": ("reader.citation.gbt7714", "format_gbt7714"),
    "apa": ("reader.citation.apa", "format_apa"),
    "mla": ("reader.citation.mla", "format_mla"),
    "chicago": ("reader.citation.chicago", "format_chicago"),
    "chicago-note": ("reader.citation.chicago", "format_chicago_note"),
    "bibtex": ("reader.citation.bibtex", "format_bibtex"),
    "ris": ("reader.citation.ris", "format_ris"),
    "csl-json": ("reader.citation.csl_json", "format_csl_json"),
}

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
        module, function = _FORMATTERS[style]
    except KeyError:
        raise UnknownStyleError(f"unknown citation style {style!r}; choose from {', '.join(STYLES)}") from None
    formatter: Callable[[CitationData], Citation] = getattr(importlib.import_module(module), function)
    return formatter(data)


__getattr__ = lazy_getattr(__name__, _LAZY, globals())
