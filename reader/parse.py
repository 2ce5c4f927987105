"""The public entry points: bytes or a file in, `Article` out. Pure: no global state, no I/O but the read."""

from __future__ import annotations

import dataclasses
import errno
import gzip
import hashlib
import io
import os
import stat
import zlib
from dataclasses import dataclass

from reader.document import Article, Source
from reader.encoding import decode
from reader.errors import EmptyInput, InternalError, ReaderError, TooDeep, TooLarge, Unreadable, UnsupportedFormat
from reader.sniff import sniff

# The format parsers (lxml, BeautifulSoup, hundreds of compiled patterns) are imported inside the functions that
# use them, so `import reader` stays light for the processes that never parse: the GUI (its workers parse), the
# CLI's argument handling, `qingdu --version`. The first parse pays the import once; reader.batch's fork server
# preloads PARSER_MODULES so that its workers start warm.
PARSER_MODULES = (
    "reader.formats.html",
    "reader.formats.mhtml",
    "reader.formats.scraper_json",
    "reader.formats.text_dump",
    "reader.sanitize",
    "charset_normalizer",  # reader.encoding imports it only when it detects; workers should have it warm
)

# Larger files are refused rather than parsed: a scraped article is rarely over a few MB, and a
# cap keeps one pathological file from taking the memory of a whole import.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
# Read size per system call: large enough to be fast, small enough not to over-allocate near the cap.
READ_CHUNK = 1024 * 1024


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
    """Parse bytes into every article they hold: one, or one per record of scraper JSON/JSONL.

    Raises only `ReaderError` (subclasses): unreadable input gets a user-facing reason, and a bug met in a
    format parser is an `InternalError` for this file rather than a crash.
    """
    opts = options or ParseOptions()
    if len(data) > opts.max_bytes:
        raise TooLarge.of("too_large", size=len(data), limit=opts.max_bytes)
    sha256 = hashlib.sha256(data).hexdigest()
    payload = data
    fmt, detail = sniff(payload, name)
    if fmt == "gzip":
        payload = _gunzip(payload, opts.max_bytes)
        fmt, detail = sniff(payload, name.removesuffix(".gz"))
        if fmt == "gzip":
            raise UnsupportedFormat.of("nested_gzip")
    if fmt == "empty":
        raise EmptyInput.of("empty_file")
    if fmt == "binary":
        raise UnsupportedFormat.of("binary_file", detail=detail)
    try:
        articles, encoding = _parse_format(fmt, payload)
    except ReaderError:
        raise
    except RecursionError:
        raise TooDeep.of("nested_too_deeply") from None
    except MemoryError:
        raise TooLarge.of("out_of_memory") from None
    except Exception as error:
        raise InternalError.of("internal_error", detail=f"{type(error).__name__}: {error}") from error
    from reader.sanitize import clean_article

    articles = [a for a in map(clean_article, articles) if a.title.strip() or a.blocks]
    if not articles:
        raise EmptyInput.of("no_text", what=_FORMAT_NAMES.get(fmt, "file"))
    source = Source(path=name, sha256=sha256, format=fmt, encoding=encoding, size=len(data))
    return [dataclasses.replace(a, source=source) for a in articles]


_FORMAT_NAMES = {"html": "page", "mhtml": "page", "json": "JSON file", "jsonl": "JSON Lines file", "text": "file"}


def _parse_format(fmt: str, payload: bytes) -> tuple[list[Article], str]:
    """The articles of a sniffed, non-empty, non-binary payload and the encoding it was read in."""
    from reader.formats.html import parse_html
    from reader.formats.text_dump import parse_text_dump
    from reader.sanitize import clean_text, prepare_html

    if fmt == "mhtml":
        html, encoding, url = _mhtml_html(payload)
        article = parse_html(prepare_html(html))
        if url and not article.url:
            article = dataclasses.replace(article, url=url)
        return [article], encoding
    text, encoding = decode(payload)
    if fmt in ("json", "jsonl"):
        return _parse_scraper_records(clean_text(text), lines=fmt == "jsonl"), encoding
    if fmt == "html":
        return [parse_html(prepare_html(text))], encoding
    return [parse_text_dump(clean_text(text))], encoding


def _mhtml_html(payload: bytes) -> tuple[str, str, str | None]:
    """The HTML part of an MHTML archive; when its multipart structure is broken, the part found directly."""
    from reader.formats.mhtml import main_html_part
    from reader.sanitize import salvage_mhtml

    try:
        return main_html_part(payload)
    except ReaderError as error:
        salvaged = salvage_mhtml(payload)
        if salvaged is None:
            raise ReaderError(f"{error} (and none could be found past its broken structure)") from None
        body, charset, url = salvaged
        html, encoding = decode(body, charset)
        return html, encoding, url


def parse_file(path: str | os.PathLike[str], options: ParseOptions | None = None) -> Article:
    """Read and parse one file. Raises `ReaderError` with a user-facing message on any failure."""
    return parse_records(read_file(path, options), os.fspath(path), options)[0]


def read_file(path: str | os.PathLike[str], options: ParseOptions | None = None) -> bytes:
    """A file's bytes, read-only, within the size cap; `ReaderError` subclasses for every failure.

    Opened non-blocking, so a named pipe or device in a scraped folder is refused instead of hanging, and
    without updating the access time where the OS allows: reading never changes the user's file.
    """
    opts = options or ParseOptions()
    try:
        fd = _open_for_reading(path)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise Unreadable.of("not_regular_file", kind=_file_kind(info.st_mode))
            if info.st_size > opts.max_bytes:
                raise TooLarge.of("too_large", size=info.st_size, limit=opts.max_bytes)
            data = _read_up_to(fd, opts.max_bytes + 1)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise Unreadable.of("not_found") from None
    except PermissionError:
        raise Unreadable.of("permission_denied") from None
    except IsADirectoryError:
        raise Unreadable.of("is_folder") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise Unreadable.of("symlink_loop") from None
        kind = _kind_of(path)
        if kind:  # a socket or device that cannot even be opened
            raise Unreadable.of("not_regular_file", kind=kind) from None
        raise Unreadable.of("read_failed", detail=str(error.strerror or error)) from None
    if len(data) > opts.max_bytes:
        raise TooLarge.of("over_limit", limit=opts.max_bytes)
    return data


def _read_up_to(fd: int, limit: int) -> bytes:
    """Read until end of file or `limit` bytes, whichever comes first (a file may grow while read)."""
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = os.read(fd, min(remaining, READ_CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _open_for_reading(path: str | os.PathLike[str]) -> int:
    # O_NONBLOCK: opening a FIFO with no writer returns at once (it is then refused as not a regular
    # file); regular files ignore the flag.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    noatime = getattr(os, "O_NOATIME", 0)
    if noatime:
        try:
            return os.open(path, flags | noatime)
        except PermissionError:
            pass  # O_NOATIME needs the file's owner; fall back to a plain read-only open
    return os.open(path, flags)


def _kind_of(path: str | os.PathLike[str]) -> str | None:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else _file_kind(mode)


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip without letting a bomb exceed the size cap."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise UnsupportedFormat.of("broken_gzip", detail=str(error)) from None
    if len(out) > max_bytes:
        raise TooLarge.of("decompressed_too_large", limit=max_bytes)
    return out


def _parse_scraper_records(text: str, lines: bool) -> list[Article]:
    from reader.formats.html import parse_html
    from reader.formats.scraper_json import apply_record, iter_records, record_content
    from reader.formats.text_dump import parse_text_dump
    from reader.sanitize import prepare_html

    articles: list[Article] = []
    for record in iter_records(text, lines):
        try:
            kind, content, url, title = record_content(record)
        except ReaderError:
            continue
        article = parse_html(prepare_html(content)) if kind == "html" else parse_text_dump(content)
        article = apply_record(article, record, url, title)
        articles.append(article)
    if not articles:
        raise ReaderError.of("json_without_content")
    return articles
