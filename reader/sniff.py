"""Tell what kind of file some bytes are, from their content (the file name is only a hint)."""

from __future__ import annotations

import re
from typing import Literal

Format = Literal["text", "html", "mhtml", "json", "jsonl", "gzip", "binary", "empty"]

# Magic numbers of common files that are not articles.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media file"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"%PDF", "PDF document"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "XZ archive"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"OggS", "Ogg media file"),
    (b"fLaC", "FLAC audio"),
    (b"ID3", "MP3 audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
_GZIP_MAGIC = b"\x1f\x8b"
# How JSON starts: "[" or "{" then a value or a key (or nothing: a one-byte file, still JSON's to reject).
_JSON_START = re.compile(rb'^[\[{]\s*(?:$|[\[{"\]}]|-?\d[\d.eE+-]*\s*(?:[,\]]|$)|(?:true|false|null)\s*(?:[,\]]|$))')

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*"
    rb"(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<text\s+id=|<!--\s*saved from url)",
    re.I | re.S,
)
_HTML_TAGS = re.compile(rb"</?(?:p|div|span|a|br|table|td|li|ul|h[1-6]|img|script|article)\b", re.I)
# Each header line (and each folded continuation) can be matched one way only, or a long header block that is
# not MHTML makes the regex backtrack exponentially (found by fuzzing).
_MHTML_HEADER = re.compile(rb"^(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?Content-Type:\s*multipart/related", re.I)


def binary_kind(data: bytes) -> str | None:
    """A human name for a known binary file type, or None."""
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    return None


def sniff(data: bytes, name: str = "") -> tuple[Format, str]:
    """Return (format, detail). `detail` names the binary kind when the format is "binary"."""
    head = data[:65536].lstrip(b"\xef\xbb\xbf")
    if not head.strip(b" \t\r\n\x00"):
        return "empty", ""
    if data.startswith(_GZIP_MAGIC):
        return "gzip", ""
    kind = binary_kind(data)
    if kind:
        return "binary", kind
    # Whether the head (as sniffed) is full of control bytes, once known: the check scans 8 KB.
    binaryish: bool | None = None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = _utf16_head_as_ascii(head)
    else:
        many_zeros = head[:4096].count(0) > 16
        if many_zeros or (binaryish := _looks_binary(head)):
            from reader.encoding import looks_like_utf16

            utf16 = looks_like_utf16(head)
            if utf16:
                # UTF-16 without a BOM: sniff its text (as UTF-8 bytes), not its zero-laden bytes.
                head = head[: len(head) // 2 * 2].decode(utf16, errors="ignore").encode("utf-8")
                binaryish = None
            elif many_zeros:
                return "binary", "binary data"
    stripped = head.lstrip()
    if _MHTML_HEADER.match(stripped[:8192]):
        return "mhtml", ""
    # "[Video] Title ..." is a text dump, not JSON: JSON's "[" / "{" is followed by a value or a key. And
    # "[1] Title ..." (a numbered line) starts like a JSON array: only content that parses is JSON.
    if _JSON_START.match(stripped[:256]):
        first_line_end = stripped.find(b"\n")
        rest = stripped[first_line_end + 1 :].lstrip() if first_line_end > 0 else b""
        lines = stripped[:1] == b"{" and rest[:1] == b"{"
        if _parses_as_json(data, lines) or name.lower().endswith(_JSON_SUFFIXES):
            return ("jsonl" if lines else "json"), ""
    if _HTML_START.match(stripped[:4096]):
        return "html", ""
    lowered = name.lower()
    if lowered.endswith((".html", ".htm", ".xhtml", ".shtml")) and _HTML_TAGS.search(stripped):
        return "html", ""
    if b"<" in stripped[:16384] and len(_HTML_TAGS.findall(stripped[:16384])) >= 8:
        return "html", ""
    if binaryish if binaryish is not None else _looks_binary(head):
        return "binary", "binary data"
    return "text", ""


# A file named like this that starts like JSON is JSON even when broken: its parser then says what is wrong.
_JSON_SUFFIXES = (".json", ".jsonl", ".ndjson", ".jl")


def _parses_as_json(data: bytes, lines: bool) -> bool:
    """The whole content is one JSON value (a document nested too deeply to parse counts), or with `lines`,
    its first line is one (JSON Lines)."""
    import json

    from reader.encoding import decode

    text = decode(data)[0]
    if lines:
        text = text.lstrip().split("\n", 1)[0]
    try:
        json.loads(text, strict=False)  # as the scraper-record parser reads it
    except RecursionError:
        return True
    except ValueError:
        return False
    return True


def _utf16_head_as_ascii(head: bytes) -> bytes:
    """The ASCII skeleton of a UTF-16 head, enough to sniff markup."""
    encoding = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
    return head[2:].decode(encoding, errors="ignore").encode("ascii", errors="ignore")


# Control bytes that never occur in text (tab, line breaks, form feed and escape do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(head: bytes) -> bool:
    """Many control characters (other than whitespace) mean this is not text in any encoding."""
    sample = head[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(4, len(sample) // 100)
