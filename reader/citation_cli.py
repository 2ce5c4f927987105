"""`qingdu cite FILE… [--style S] [--accessed YYYY-MM-DD]`: one citation per article, headless.

Text styles print one citation a line; BibTeX and RIS print one record per article, a blank line
between; CSL-JSON prints one JSON array holding every article. Without --style each article gets
the default for its language (GB/T 7714-2015 for Chinese, APA 7 otherwise). A file already in the
library (same content) is cited as stored there: with the user's edited details and, as access date,
the day it was imported. The access date is --accessed if given, else that day, else today. The
library (in --data-dir, `$QINGDU_DATA_DIR` or the user data folder) is only read, and only if it
exists; --no-library ignores it. Keys repeated across files get "a", "b", … appended (BibTeX,
CSL-JSON). Exit status: 0 all cited, 1 some file could not be read, 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from datetime import date

from reader.citation import STYLES, CitationData, csl_item, format_citation
from reader.citation.bibtex import format_bibtex
from reader.citation.csl_json import dumps
from reader.citation.dates import parse_full_date
from reader.citation.keys import citation_key
from reader.document import Article
from reader.errors import ReaderError
from reader.ingest import iter_files
from reader.library import Library, LibraryError, library_path
from reader.parse import parse_records, read_file

EXIT_OK, EXIT_SOME_FAILED = 0, 1
# Records of these styles are several lines long; a blank line keeps them apart.
_BLOCK_STYLES = frozenset({"bibtex", "ris"})


def _access_date(text: str) -> date:
    value = parse_full_date(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}")
    return value


def _add_cite(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="FILE")
    parser.add_argument(
        "--style", choices=tuple(STYLES), default=None, help="default: gbt7714 for Chinese articles, apa otherwise"
    )
    parser.add_argument(
        "--accessed",
        type=_access_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="access date (default: the day the file entered the library, else today)",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="library folder (default: $QINGDU_DATA_DIR or user data)")
    parser.add_argument("--no-library", action="store_true", help="cite the files as parsed, ignoring the library")


def _articles(paths: list[str]) -> Iterator[tuple[str, int, Article | ReaderError]]:
    for path in (str(p) for p in iter_files(paths)):
        try:
            for index, article in enumerate(parse_records(read_file(path), path)):
                yield path, index, article
        except ReaderError as error:
            yield path, 0, error


def _open_library(args: argparse.Namespace) -> Library | None:
    """The user's library when it exists (never created here), else None."""
    if args.no_library or not library_path(args.data_dir).exists():
        return None
    try:
        return Library.in_folder(args.data_dir)
    except LibraryError as error:
        print(f"qingdu: library not used: {error}", file=sys.stderr)
        return None


def _stored(library: Library | None, article: Article, index: int) -> tuple[Article, str | None]:
    """The library's copy (edits applied) and its import time, or the parse and None."""
    if library is None or not article.source.sha256:
        return article, None
    try:
        article_id = library.find(article.source.sha256, index)
        if article_id is None:
            return article, None
        stored = library.get(article_id)
    except LibraryError:
        return article, None
    return stored.article, stored.imported_at


def _unique(key: str, seen: dict[str, int]) -> str:
    """ "doe2020x", then "doe2020xa", "doe2020xb", … for later articles with the same key."""
    count = seen.get(key, 0)
    seen[key] = count + 1
    return key if count == 0 else key + _suffix(count)


def _suffix(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _run_cite(args: argparse.Namespace) -> int:
    library = _open_library(args)
    try:
        return _cite_all(args, library)
    finally:
        if library is not None:
            library.close()


def _cite_all(args: argparse.Namespace, library: Library | None) -> int:
    failed = False
    seen_keys: dict[str, int] = {}
    csl_items = []
    outputs: list[str] = []
    write: Callable[[str], object] = sys.stdout.write
    for path, index, result in _articles(args.paths):
        if isinstance(result, ReaderError):
            print(f"qingdu: {path}: {result}", file=sys.stderr)
            failed = True
            continue
        article, imported_at = _stored(library, result, index)
        data = CitationData.from_article(article, accessed=args.accessed or imported_at or date.today())
        style = args.style or data.default_style
        if style == "csl-json":
            item = csl_item(data)
            item["id"] = _unique(item["id"], seen_keys)
            csl_items.append(item)
            continue
        if style == "bibtex":
            text = format_bibtex(data, key=_unique(citation_key(data), seen_keys)).text
        else:
            text = format_citation(data, style).text
        if style in _BLOCK_STYLES and outputs:
            write("\n")
        write(text + "\n")
        outputs.append(text)
    if csl_items or args.style == "csl-json":
        write(dumps(csl_items) + "\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


CITATION_SUBCOMMANDS: list[
    tuple[str, str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
] = [
    (
        "cite",
        "print a citation for each file (GB/T 7714, APA, MLA, Chicago, BibTeX, RIS, CSL-JSON)",
        _add_cite,
        _run_cite,
    ),
]
