"""The public entry points: bytes or a file in, `Article` out. Pure: no global state, no I/O but the read."""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import io
import os
import stat
from dataclasses import dataclass

from reader.document import Article, Source
from reader.encoding import decode
from reader.errors import EmptyInput, ReaderError, TooLarge, Unreadable, UnsupportedFormat
from reader.formats.html import parse_html
from reader.formats.mhtml import main_html_part
from reader.formats.scraper_json import iter_records, record_content
from reader.formats.text_dump import parse_text_dump
from reader.sniff import sniff

# Larger files are refused rather than parsed: a scraped article is rarely over a few MB, and a
# cap keeps one pathological file from taking the memory of a whole import.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """Knobs for one parse, passed explicitly (no module-level settings)."""

    max_bytes: int = DEFAULT_MAX_BYTES


def parse_bytes(data: bytes, name: str = "", options: ParseOptions | None = None) -> Article:
    """Parse one scraped file's bytes into an `Article` (the first record of a multi-record file).

    Raises `ReaderError` (or a subclass) when the bytes are not something Qingdu can read.
    """
    return parse_records(data, name, options)[0]


def parse_records(data: bytes, name: str = "", options: ParseOptions | None = None) -> list[Article]:
    """Parse bytes into every article they hold: one, or one per record of scraper JSON/JSONL."""
    opts = options or ParseOptions()
    if len(data) > opts.max_bytes:
        raise TooLarge(f"file is {len(data):,} bytes, over the {opts.max_bytes:,}-byte limit")
    sha256 = hashlib.sha256(data).hexdigest()
    payload = data
    fmt, detail = sniff(payload, name)
    if fmt == "gzip":
        payload = _gunzip(payload, opts.max_bytes)
        fmt, detail = sniff(payload, name.removesuffix(".gz"))
        if fmt == "gzip":
            raise UnsupportedFormat("nested gzip archive")
    if fmt == "empty":
        raise EmptyInput("file is empty")
    if fmt == "binary":
        raise UnsupportedFormat(f"not a text or web page file ({detail})")
    articles: list[Article]
    if fmt == "mhtml":
        html, encoding, url = main_html_part(payload)
        article = parse_html(html)
        if url and not article.url:
            article = dataclasses.replace(article, url=url)
        articles = [article]
    elif fmt in ("json", "jsonl"):
        text, encoding = decode(payload)
        articles = _parse_scraper_records(text, lines=fmt == "jsonl")
    else:
        text, encoding = decode(payload)
        articles = [parse_html(text) if fmt == "html" else parse_text_dump(text)]
    source = Source(path=name, sha256=sha256, format=fmt, encoding=encoding, size=len(data))
    return [dataclasses.replace(a, source=source) for a in articles]


def parse_file(path: str | os.PathLike[str], options: ParseOptions | None = None) -> Article:
    """Read and parse one file. Raises `ReaderError` with a user-facing message on any failure."""
    return parse_records(read_file(path, options), os.fspath(path), options)[0]


def read_file(path: str | os.PathLike[str], options: ParseOptions | None = None) -> bytes:
    """A file's bytes, read-only, within the size cap; `ReaderError` subclasses for every failure."""
    opts = options or ParseOptions()
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise Unreadable("not a regular file")
            if info.st_size > opts.max_bytes:
                raise TooLarge(f"file is {info.st_size:,} bytes, over the {opts.max_bytes:,}-byte limit")
            data = handle.read(opts.max_bytes + 1)
    except FileNotFoundError:
        raise Unreadable("file not found (moved or deleted?)") from None
    except PermissionError:
        raise Unreadable("permission denied") from None
    except IsADirectoryError:
        raise Unreadable("is a folder, not a file") from None
    except OSError as error:
        raise Unreadable(f"could not read file: {error.strerror or error}") from None
    if len(data) > opts.max_bytes:
        raise TooLarge(f"file is over the {opts.max_bytes:,}-byte limit")
    return data


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip without letting a bomb exceed the size cap."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(max_bytes + 1)
    except (OSError, EOFError) as error:
        raise UnsupportedFormat(f"broken gzip file: {error}") from None
    if len(out) > max_bytes:
        raise TooLarge(f"decompressed size is over the {max_bytes:,}-byte limit")
    return out


def _parse_scraper_records(text: str, lines: bool) -> list[Article]:
    articles: list[Article] = []
    for record in iter_records(text, lines):
        try:
            kind, content, url, title = record_content(record)
        except ReaderError:
            continue
        article = parse_html(content) if kind == "html" else parse_text_dump(content)
        article = dataclasses.replace(article, url=article.url or url, title=article.title or (title or "").strip())
        articles.append(article)
    if not articles:
        raise ReaderError("JSON without any record that has an HTML or text field")
    return articles
