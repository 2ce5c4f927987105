"""A quoted passage followed by its citation ("Copy Quote with Citation"), as text and HTML."""

from __future__ import annotations

import html

from reader.citation.markup import Citation


def quote_with_citation(passage: str, citation: Citation) -> Citation:
    """The passage in curly quotes (its paragraphs kept), a blank line, then the citation.

    Plain text: “passage”\\n\\ncitation. HTML: <blockquote> with one <p> a paragraph, then the
    citation's own HTML in a <p> (or its <pre> block for BibTeX, RIS and CSL-JSON).
    """
    paragraphs = [" ".join(p.split()) for p in passage.replace("\r\n", "\n").split("\n") if p.strip()]
    text_quote = "“" + "\n".join(paragraphs) + "”"
    quote_html = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    citation_html = citation.html if citation.html.startswith("<pre>") else f"<p>{citation.html}</p>"
    return Citation(
        style=citation.style,
        text=f"{text_quote}\n\n{citation.text}",
        html=f"<blockquote>{quote_html}</blockquote>{citation_html}",
    )
