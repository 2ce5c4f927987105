"""Turn bytes into text: BOM first, then the document's own declaration, then detection."""

from __future__ import annotations

import codecs
import re

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
    if b"<" not in head:  # every declaration is a tag: a plain text dump has none (three scans saved)
        return None
    for pattern in (_XML_DECL, _META_CHARSET, _WRAPPER_ENCODING):
        match = pattern.search(head)
        if match:
            encoding = normalize_encoding(match.group(1).decode("ascii", "ignore"))
            if encoding:
                return encoding
    return None


def looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: the encoding ("utf-16-le"/"utf-16-be"), or None.

    Mostly-ASCII text leaves every other byte zero; text in other scripts (Chinese has few zero bytes) is
    recognised when it decodes cleanly into characters that real text is made of.
    """
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
    return _utf16_by_content(sample)


# Share of a UTF-16 reading that must be ordinary text characters (letters of common scripts, CJK, punctuation,
# spaces) to accept it. Random bytes or a legacy 8-bit encoding read as UTF-16 land all over the code space.
UTF16_PLAUSIBLE_SHARE = 0.95
# Fewer characters than this are too few to judge by content.
UTF16_MIN_CHARS = 16


# Characters real text is made of: ASCII, Latin, Greek, Cyrillic, general and CJK punctuation, kana, CJK
# ideographs, full-width forms.
_PLAUSIBLE = re.compile(
    r"[\t\n\r\x20-\x7e\u00a0-\u024f\u0370-\u04ff\u2000-\u206f\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]"
)
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _count_high(data: bytes) -> int:
    """How many bytes are non-ASCII (counted in C, not byte by byte)."""
    return len(data) - len(data.translate(None, _HIGH_BYTES))


def _utf16_by_content(sample: bytes) -> str | None:
    sample = sample[: len(sample) // 2 * 2]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            # The sample may end in the middle of a surrogate pair.
            try:
                text = sample[:-2].decode(encoding)
            except UnicodeDecodeError:
                continue
        if len(text) < UTF16_MIN_CHARS:
            continue
        plausible = len(text) - len(_PLAUSIBLE.sub("", text))
        # Real text has line breaks or spaces: a run of ideographs alone is what GBK bytes often look like.
        has_breaks = any(ch in text for ch in "\n \u3000")
        if has_breaks and plausible >= UTF16_PLAUSIBLE_SHARE * len(text):
            return encoding
    return None


# When strict UTF-8 fails but at least this share of the non-ASCII bytes forms valid UTF-8 characters, the file
# is UTF-8 with pieces in another encoding (concatenated or edited text): each line is decoded on its own.
MIXED_UTF8_SHARE = 0.5
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    sample = data[:1_000_000]
    high = _count_high(sample)
    if not high:
        return False
    valid = sum(len(m) for m in _UTF8_MULTIBYTE.findall(sample))
    return valid >= MIXED_UTF8_SHARE * high


# Runs of non-ASCII bytes: in text that mixes encodings, each run is in one encoding or the other.
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def _decode_mixed(data: bytes) -> str:
    """UTF-8 where the bytes are UTF-8; the runs of non-ASCII bytes that are not are decoded by detection
    (GB18030 for Chinese legacy text), so neither part of the file is lost."""
    bad = [run for run in _HIGH_RUN.findall(data) if not _is_utf8(run)]
    fallback = _detect(b" ".join(bad)) if bad else "utf-8"
    pieces: list[str] = []
    position = 0
    for match in _HIGH_RUN.finditer(data):
        pieces.append(data[position : match.start()].decode("ascii"))
        run = match.group()
        pieces.append(run.decode("utf-8") if _is_utf8(run) else run.decode(fallback, "replace"))
        position = match.end()
    pieces.append(data[position:].decode("ascii"))
    return "".join(pieces)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Detection only chooses among the encodings Chinese and English pages come in (plus their neighbours): a free
# choice among all code pages reads broken UTF-8 as Baltic or Kazakh code pages, and is 20x slower.
DETECTION_CANDIDATES = (
    "utf_8", "gb18030", "big5", "cp1252", "shift_jis", "euc_jp", "euc_kr", "cp1251",
)  # fmt: skip
# Bytes looked at by detection: enough for a confident guess, bounded for big files.
DETECTION_SAMPLE = 200_000


def _detect(data: bytes) -> str:
    """The encoding charset-normalizer finds for some bytes (GB2312/GBK as GB18030); GB18030 when it finds
    none and the bytes are valid GB18030, UTF-8 failing that."""
    # Imported here: most files declare their encoding, and the app's window never detects one at start.
    from charset_normalizer import from_bytes

    best = from_bytes(data[:DETECTION_SAMPLE], cp_isolation=list(DETECTION_CANDIDATES)).best()
    if best is not None and best.encoding:
        return normalize_encoding(best.encoding) or "utf-8"
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        return "utf-8"
    return "gb18030"


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode `data` and return (text, encoding used).

    Order: a BOM, then `declared` (or the document's own declaration), then UTF-16 without a BOM, then strict
    UTF-8 (or UTF-8 mixed with another encoding, line by line), then detection by charset-normalizer.
    Undecodable bytes are replaced, never raised.
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
    # Before UTF-8: ASCII in UTF-16 is also valid UTF-8 (with a NUL after every letter). Every UTF-16 reading
    # looks_like_utf16 accepts has NUL bytes in its sample (zero halves of ASCII, or of the spaces and line
    # breaks it requires), so a sample without one skips its costly content check.
    utf16 = looks_like_utf16(data) if b"\x00" in data[:4096] else None
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if (not candidates or candidates[0] == "utf-8") and _mostly_utf8(data):
        return _decode_mixed(data), "utf-8"
    if candidates:
        # A declaration that nearly fits (a few stray bytes) beats a guess.
        text = data.decode(candidates[0], errors="replace")
        if text.count("\ufffd") <= max(8, len(text) // 500):
            return text, candidates[0]
    encoding = _detect(data)
    return data.decode(encoding, errors="replace"), encoding
