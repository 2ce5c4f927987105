"""Parse HTML text into an lxml tree without running anything, and strip what is never article text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from reader.errors import ReaderError

# Elements whose content is never readable article text (code, media, widgets, form controls).
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "template",
    "svg",
    "math",
    "object",
    "embed",
    "canvas",
    "input",
    "select",
    "button",
    "textarea",
    "option",
    "video",
    "audio",
    "map",
    "dialog",
)

# A crawler's wrapper line before <html>: <text id="URL" title="…" encoding="…">.
_WRAPPER = re.compile(r"""^\s*<text\b([^>]*)>""", re.I)
_ATTR = re.compile(r"""\b(id|title)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
# The mark browsers leave in saved pages: <!-- saved from url=(0042)https://… -->.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Characters XML forbids; lxml refuses them in text. Deleted from the UTF-8 bytes (no multi-byte sequence holds
# a byte below 0x80), which costs a tenth of a regex pass over the text.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass(frozen=True, slots=True)
class PageHints:
    """What the file says about the page outside its HTML: a crawler wrapper or a browser's save mark."""

    url: str | None = None
    title: str | None = None


def parse_document(text: str) -> tuple[HtmlElement, PageHints]:
    """Parse HTML text (scripts are never run; lxml only builds a tree) and read the wrapper hints."""
    url = title = None
    head = text[:4096]
    wrapper = _WRAPPER.match(head)
    if wrapper:
        for match in _ATTR.finditer(wrapper.group(1)):
            value = (match.group(2) if match.group(2) is not None else match.group(3) or "").strip()
            if match.group(1).lower() == "id" and value.startswith(("http://", "https://")):
                url = value
            elif match.group(1).lower() == "title" and value:
                title = html.unescape(value) if "&" in value else value
        text = text[wrapper.end() :]
    saved = _SAVED_FROM.search(head)
    if saved and not url:
        url = saved.group(1)
    declaration = _XML_DECL.match(text)
    if declaration:
        text = text[declaration.end() :]
    data = text.encode("utf-8", "replace").translate(None, _CONTROL_BYTES)
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ReaderError(f"not readable as HTML: {error}") from None
    if not isinstance(root, HtmlElement):
        raise ReaderError("not readable as HTML")
    return root, PageHints(url=url, title=title or None)


def clean_tree(root: HtmlElement) -> None:
    """Remove scripts, styles, widgets, form controls and hidden elements from the tree, in place."""
    lxml.etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    # <head>'s own elements, not <head> itself: a page that opens with a stray <script> gets its whole
    # body parsed into <head>.
    lxml.etree.strip_elements(root, "title", "meta", "link", "base", with_tail=False)
    hidden = [
        element
        for element in root.xpath("//*[@hidden or @style]")
        if element.get("hidden") is not None or _HIDDEN_STYLE.search(element.get("style") or "")
    ]
    # Hover cards: a span inside a paragraph holding a picture and two or more links (a person's photo and
    # their latest stories) is shown only on hover, never as part of the sentence around it.
    cards = root.xpath("//span[ancestor::p][.//img][count(.//a) >= 2]")  # ("//p//span[…]" is quadratic in libxml2)
    if cards:
        found = set(cards)
        hidden += [c for c in cards if not any(d in found for d in c.iterdescendants("span"))]  # the innermost
    for element in hidden:
        if element is not root and element.getparent() is not None:
            element.drop_tree()
