"""Defences applied before and after the format parsers: control characters, DTDs that could expand entities,
nesting deeper than the HTML parser keeps, MHTML with broken boundaries, and text that is not valid Unicode."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import quopri
import re

from reader.document import Article, Block, Related, Removed, Source

# libxml2 (under lxml and BeautifulSoup) stops reading at 255 open elements and the rest of the page is lost.
# Elements nested deeper than this are flattened (their tags dropped, their text kept); the margin covers
# html/body and the elements not counted (those whose end tag is optional and close themselves).
MAX_NESTING_DEPTH = 160

# Control characters that are never text: C0 except tab/newline/carriage return, DEL, C1. They break XML-based
# parsers and can drive a terminal (ESC sequences) when text is printed. Form and line tabulation become breaks.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BREAKS = re.compile(r"[\x0b\x0c]")
# A lone UTF-16 surrogate (from JSON "\ud800" escapes) cannot be encoded, stored or shown.
_SURROGATE = re.compile(r"[\ud800-\udfff]")

# An inline base64 data: URI of some size (shorter ones are left alone: not worth a pass).
_DATA_URI = re.compile(r"data:[\w.+-]+/[\w.+-]+(?:;[\w.+=-]+)*;base64,[A-Za-z0-9+/=%\s]{1024,}", re.I)

# A DOCTYPE with an internal subset: where entity definitions (and so expansion bombs) live.
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE([^\[<>]*)\[[^<]*?(?:<![^<>]*>[^<]*?)*\]\s*>", re.I)
_ENTITY_DECL = re.compile(r"<!ENTITY\b[^<>]*>", re.I)

# Elements that have no content, or whose end tag is optional and that close themselves when a sibling starts:
# the HTML parser never nests them deeper, so they are not counted.
_NOT_NESTING = (
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "keygen", "basefont", "frame", "isindex", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
)  # fmt: skip
# Tokens for the nesting count: comments and raw-text elements are skipped whole (a "<div>" inside a script is
# not a tag); only tags of elements that nest are captured, so the regex engine, not Python, skips the rest.
# A tag's attributes never span a "<", which keeps the scan linear on broken markup.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|textarea|xmp|title)\b[^<>]*>.*?(?:</\1\s*>|\Z)"
    r"|<(/?)(?!(?:" + "|".join(_NOT_NESTING) + r")[\s/>])[A-Za-z][A-Za-z0-9:._-]*([^<>]*)>",
    re.I | re.S,
)


# Latin-1 bytes of the characters cleaning changes (controls, line and form tabulation): a first look that costs
# an encode and a byte count, far less than a regex scan, and most text has none of them.
_UNCLEAN_LATIN1 = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)])


def clean_text(text: str) -> str:
    """Text with control characters removed and form feeds turned into line breaks."""
    latin = text.encode("latin-1", "ignore")
    if len(latin.translate(None, _UNCLEAN_LATIN1)) == len(latin):
        return text
    if _CONTROLS.search(text):
        text = _CONTROLS.sub("", text)
    if _BREAKS.search(text):
        text = _BREAKS.sub("\n", text)
    return text


def defuse_doctype(text: str) -> str:
    """Drop a DOCTYPE's internal subset (entity definitions), so no entity can ever be expanded."""
    head_end = min(len(text), 1 << 16)
    position = text.find("<!", 0, head_end)
    position = text[:head_end].lower().find("<!doctype") if position >= 0 else -1
    match = _DOCTYPE_SUBSET.match(text, position, head_end) if position >= 0 else None
    if match:
        text = text[: match.start()] + f"<!DOCTYPE{match.group(1).rstrip()}>" + text[match.end() :]
    if "<!ENTITY" in text[:head_end] or "<!entity" in text[:head_end].lower():
        text = _ENTITY_DECL.sub("", text[:head_end]) + text[head_end:]
    return text


def limit_nesting(text: str, max_depth: int = MAX_NESTING_DEPTH) -> str:
    """Flatten elements nested deeper than `max_depth`: their tags are dropped and their text kept."""
    if text.count("<") <= max_depth:
        return text
    depth = 0
    cuts: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text):
        closing = match.group(2)
        if closing is None:
            continue  # a comment or a raw-text element
        if closing:
            if depth > max_depth:
                cuts.append(match.span())
            depth -= depth > 0
        elif not match.group(3).endswith("/"):
            depth += 1
            if depth > max_depth:
                cuts.append(match.span())
    if not cuts:
        return text
    pieces: list[str] = []
    kept_from = 0
    for start, end in cuts:
        pieces.append(text[kept_from:start])
        kept_from = end
    pieces.append(text[kept_from:])
    return "".join(pieces)


def drop_data_uris(text: str) -> str:
    """Empty the long inline data: URIs (images and fonts of single-file pages): never shown, and past 10 MB
    one makes libxml2 stop reading, losing the rest of the page."""
    if "base64," not in text:
        return text
    return _DATA_URI.sub("data:,", text)


def prepare_html(text: str) -> str:
    """HTML text made safe for the HTML parser: no controls, no entity definitions, no bulky inline data,
    bounded nesting."""
    return limit_nesting(drop_data_uris(defuse_doctype(clean_text(text))))


def _clean_field(value: str) -> str:
    if _SURROGATE.search(value):
        value = _SURROGATE.sub("\ufffd", value)
    return clean_text(value)


def _clean_optional(value: str | None) -> str | None:
    return _clean_field(value) if isinstance(value, str) else None


def _all_clean(article: Article) -> bool:
    """True when `clean_article` would change nothing: plain string fields without controls or lone surrogates.

    Two encodes and a byte count instead of three regex scans per string (most articles are already clean).
    """
    a = article
    if not isinstance(a.title, str) or not all(isinstance(v, str | None) for v in (a.site, a.url, a.published)):
        return False
    if not isinstance(a.author, str | None) or not isinstance(a.language, str | None):
        return False
    if type(a.blocks) is not tuple or type(a.related) is not tuple or type(a.removed) is not tuple:
        return False
    strings = [a.title, a.site or "", a.url or "", a.published or "", a.author or "", a.language or ""]
    strings += [b.text for b in a.blocks]
    strings += [r.text for r in a.removed]
    strings += [part for r in a.related for part in (r.title, r.snippet)]
    if not all(type(s) is str for s in strings):
        return False
    joined = "\n".join(strings)
    try:
        joined.encode("utf-8")  # a lone surrogate cannot be encoded
    except UnicodeEncodeError:
        return False
    latin = joined.encode("latin-1", "ignore")
    return len(latin.translate(None, _UNCLEAN_LATIN1)) == len(latin)


def clean_article(article: Article) -> Article:
    """Every string of the article valid, printable Unicode (whatever the format parser let through)."""
    if type(article.source) is Source and _all_clean(article):
        return article
    return dataclasses.replace(
        article,
        title=_clean_field(article.title) if isinstance(article.title, str) else "",
        site=_clean_optional(article.site),
        url=_clean_optional(article.url),
        published=_clean_optional(article.published),
        author=_clean_optional(article.author),
        language=_clean_optional(article.language),
        blocks=tuple(Block(b.kind, _clean_field(b.text)) for b in article.blocks),
        related=tuple(Related(_clean_field(r.title), _clean_field(r.snippet)) for r in article.related),
        removed=tuple(Removed(r.reason, _clean_field(r.text)) for r in article.removed),
        source=Source(
            path=article.source.path,
            sha256=article.source.sha256,
            format=article.source.format,
            encoding=article.source.encoding,
            size=article.source.size,
        ),
    )


# MHTML salvage: when the multipart structure is broken (boundary missing or wrong), find the HTML part's
# headers directly and take its body up to the next boundary-like line. Plain searches only: this runs on
# broken input, where a regex over header blocks could backtrack for minutes.
_HTML_TYPE = re.compile(rb"Content-Type:[ \t]*text/html", re.I)
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_BOUNDARY_LINE = re.compile(rb"\r?\n--[^\r\n]{4,}\r?\n(?=[\w-]+:)")
_TRANSFER = re.compile(rb"Content-Transfer-Encoding:[ \t]*([\w-]+)", re.I)
_CHARSET = re.compile(rb"charset[ \t]*=[ \t]*\"?([\w.:-]+)", re.I)
_LOCATION = re.compile(rb"(?:Snapshot-)?Content-Location:[ \t]*(\S+)", re.I)
_END_BOUNDARY = re.compile(rb"\r?\n--[^\r\n]*--\s*\Z")


def salvage_mhtml(data: bytes) -> tuple[bytes, str | None, str | None] | None:
    """(HTML bytes, declared charset, url) of the first text/html part found without the multipart structure."""
    found = _HTML_TYPE.search(data)
    if found is None:
        return None
    headers_start = data.rfind(b"\n\n", 0, found.start())
    headers_start = max(headers_start, data.rfind(b"\n\r\n", 0, found.start()))
    blank = _BLANK_LINE.search(data, found.end())
    if blank is None:
        return None
    headers = data[headers_start + 1 : blank.start()]
    end = _BOUNDARY_LINE.search(data, blank.end())
    body = data[blank.end() : end.start() if end else len(data)]
    body = _END_BOUNDARY.sub(b"", body)
    transfer = _TRANSFER.search(headers)
    kind = transfer.group(1).lower() if transfer else b""
    if kind == b"quoted-printable":
        body = quopri.decodestring(body)
    elif kind == b"base64":
        letters = re.sub(rb"[^A-Za-z0-9+/]", b"", body)
        letters = letters[: len(letters) - len(letters) % 4 if len(letters) % 4 == 1 else len(letters)]
        try:
            body = base64.b64decode(letters + b"=" * (-len(letters) % 4))
        except (binascii.Error, ValueError):
            return None
    charset = _CHARSET.search(headers)
    location = _LOCATION.search(data, 0, blank.start())
    return (
        body,
        charset.group(1).decode("ascii", "ignore") if charset else None,
        location.group(1).decode("utf-8", "replace") if location else None,
    )
