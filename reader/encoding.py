"""Turn bytes into text: BOM first, then the document's own declaration, then detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Declarations of these legacy Chinese charsets are read as their superset, GB18030.
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "hz-gb-2312": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",  # what browsers do: latin-1 declarations are decoded as windows-1252
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECL = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.I)
_WRAPPER_ENCODING = re.compile(rb"""<text\b[^>]*\bencoding\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)
_MIME_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)

# How far into a document its declaration is looked for (browsers use 1024; saved pages put
# scripts and comments first, so a little more is read).
DECLARATION_WINDOW = 8192


def normalize_encoding(name: str) -> str | None:
    """A Python codec name for a declared charset, or None when Python does not know it."""
    label = name.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def strip_bom(data: bytes) -> tuple[bytes, str | None]:
    """The bytes without a leading byte-order mark, and the encoding the mark names."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], encoding
    return data, None


def declared_encoding(data: bytes) -> str | None:
    """The encoding a document declares for itself in its first bytes (HTML meta, XML, wrapper)."""
    head = data[:DECLARATION_WINDOW]
    for pattern in (_XML_DECL, _META_CHARSET, _WRAPPER_ENCODING):
        match = pattern.search(head)
        if match:
            encoding = normalize_encoding(match.group(1).decode("ascii", "ignore"))
            if encoding:
                return encoding
    return None


def looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text leaves every other byte zero."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode `data` and return (text, encoding used).

    Order: a BOM, then `declared` (or the document's own declaration), then strict UTF-8, then
    detection by charset-normalizer. Undecodable bytes are replaced, never raised.
    """
    body, bom_encoding = strip_bom(data)
    if bom_encoding:
        return body.decode(bom_encoding, errors="replace"), bom_encoding
    candidates: list[str] = []
    for name in (declared, declared_encoding(data)):
        encoding = normalize_encoding(name) if name else None
        if encoding and encoding not in candidates:
            candidates.append(encoding)
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = looks_like_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    if candidates:
        # A declaration that nearly fits (a few stray bytes) beats a guess.
        text = data.decode(candidates[0], errors="replace")
        if text.count("\ufffd") <= max(8, len(text) // 500):
            return text, candidates[0]
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        encoding = normalize_encoding(best.encoding) or "utf-8"
        return data.decode(encoding, errors="replace"), encoding
    return data.decode("utf-8", errors="replace"), "utf-8"
