"""Whole formatted citations compared with worked examples from each style's guide.

Each example in tests/citation_examples.py quotes, in its `guide` field, the guide example it
reproduces (or the rule it applies); the assertion message shows it on failure.
"""

from __future__ import annotations

import html
import re

import pytest
from citation_examples import EXAMPLES, Example

from reader.citation import CitationData, format_citation


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_text_matches_the_guide(example: Example) -> None:
    citation = format_citation(CitationData.from_values(example.fields), example.style)
    assert citation.text == example.expected, example.guide


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_html_italicises_what_the_style_italicises(example: Example) -> None:
    citation = format_citation(CitationData.from_values(example.fields), example.style)
    italics = [html.unescape(s) for s in re.findall(r"<i>(.*?)</i>", citation.html)]
    assert italics == list(example.italic), example.guide
    # Apart from the <i> tags, the HTML says exactly what the text says.
    assert html.unescape(re.sub(r"</?i>", "", citation.html)) == citation.text


def test_html_escapes_markup_in_fields() -> None:
    data = CitationData.from_values(
        {"title": "Tags <b> & <script>alert(1)</script>", "authors": "Jane Doe", "site": "A&B", "published": "2020"}
    )
    for style in ("gbt7714", "apa", "mla", "chicago", "bibtex", "ris", "csl-json"):
        citation = format_citation(data, style)
        assert "<script>" not in citation.html and "<b>" not in citation.html
        assert "&lt;script&gt;" in citation.html
    assert format_citation(data, "apa").html == (
        "Doe, J. (2020). <i>Tags &lt;b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;</i>. A&amp;B."
    )
