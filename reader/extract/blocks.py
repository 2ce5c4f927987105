"""Cut a cleaned DOM into text blocks: one per paragraph-level element or <br>-separated line."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
from lxml.html import HtmlElement

# Elements that start a new block of text (their content is not glued to the text around them).
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")


@dataclass(slots=True)
class TextBlock:
    """A run of text between block boundaries, with what the extractor needs to judge it."""

    text: str
    owner: HtmlElement  # the nearest block-level element holding the text
    # The open elements from the root down when the block was cut. A block cut at its own element's end
    # does not have that element on it (`owner` has it): the scores were fitted this way.
    path: tuple[HtmlElement, ...]
    link_chars: int  # how much of the text sits inside <a>
    cjk: int  # Han/kana/hangul characters (each carries about a word's worth of text)

    @property
    def size(self) -> int:
        """Length in Latin-character units: a CJK character counts like three Latin ones."""
        return len(self.text) + 2 * self.cjk

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


_CELLS = frozenset({"td", "th"})
# Inside a cell, these make it a layout cell (a page laid out in a table), not a data cell.
_LAYOUT_TAGS = ("div", "p", "table", "br", "ul", "ol", "h1", "h2", "h3", "li", "blockquote", "img")


def _is_data_row(row: HtmlElement) -> bool:
    """A table row of two or more plain cells (figures, names), read as one line."""
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in _CELLS]
    # Stops at the first layout element (an XPath query built the whole node set: seconds on a huge row).
    return len(cells) >= 2 and next(row.iterdescendants(*_LAYOUT_TAGS), None) is None


def linearize(root: HtmlElement) -> list[TextBlock]:
    """The text blocks of `root` in document order."""
    blocks: list[TextBlock] = []
    path: list[HtmlElement] = []
    owners: list[HtmlElement] = []
    pieces: list[str] = []
    link_chars = 0
    in_link = 0

    def flush() -> None:
        nonlocal link_chars
        if pieces:
            text = " ".join("".join(pieces).split())  # str.split() and re's \s agree on what is a space
            if text:
                linked = min(len(text), link_chars)
                cjk = 0 if text.isascii() else len(_CJK.findall(text))
                blocks.append(TextBlock(text, owners[-1] if owners else root, tuple(path), linked, cjk))
            pieces.clear()
        link_chars = 0

    def add(text: str | None) -> None:
        nonlocal link_chars
        if text:
            pieces.append(text)
            if in_link:
                link_chars += len(" ".join(text.split()))

    flat_rows: set[HtmlElement] = set()  # data-table rows: their cells are read as one line
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            if event == "end":
                add(element.tail)
            continue
        if tag in _CELLS and element.getparent() in flat_rows:
            if event == "start":
                pieces.append(" ")
                path.append(element)
                add(element.text)
            else:
                path.pop()
                pieces.append(" ")
                add(element.tail)
            continue
        if event == "start":
            if tag == "tr" and _is_data_row(element):
                flat_rows.add(element)
            if tag in BLOCK_TAGS:
                flush()
                owners.append(element)
            elif tag == "br":
                flush()
            elif tag == "a":
                in_link += 1
            path.append(element)
            add(element.text)
        else:
            path.pop()
            if tag in BLOCK_TAGS:
                flush()
                owners.pop()
            elif tag == "a":
                in_link -= 1
            add(element.tail)
    flush()
    return blocks
