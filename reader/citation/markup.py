"""A formatted citation as plain text and as HTML, built from runs of roman and italic text."""

from __future__ import annotations

import html
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Citation:
    """One formatted reference: `text` for text/plain, `html` (escaped, <i> for italics) for text/html."""

    style: str
    text: str
    html: str


@dataclass(slots=True)
class RichText:
    """Collects (text, italic) runs; a style module appends to it in reading order."""

    runs: list[tuple[str, bool]] = field(default_factory=list)

    def add(self, text: str, *, italic: bool = False) -> RichText:
        if text:
            self.runs.append((text, italic))
        return self

    def italic(self, text: str) -> RichText:
        return self.add(text, italic=True)

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.runs)

    def citation(self, style: str) -> Citation:
        parts = [f"<i>{html.escape(t, quote=False)}</i>" if it else html.escape(t, quote=False) for t, it in self.runs]
        return Citation(style=style, text=self.plain, html="".join(parts))


def code_citation(style: str, text: str) -> Citation:
    """Machine formats (BibTeX, RIS, CSL-JSON): HTML is the same text, escaped, in a <pre> block."""
    return Citation(style=style, text=text, html=f"<pre>{html.escape(text, quote=False)}</pre>")
