"""`qingdu cite FILE… [--style S] [--accessed YYYY-MM-DD]`: one citation per article, headless.

Text styles print one citation a line; BibTeX and RIS print one record per article, a blank line
between; CSL-JSON prints one JSON array holding every article. Without --style each article gets
the default for its language (GB/T 7714-2015 for Chinese, APA 7 otherwise). The access date is
--accessed, else today. Keys repeated across files get "a", "b", … appended (BibTeX, CSL-JSON).
Exit status: 0 all cited, 1 some file could not be read, 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from datetime import date

from reader.citation import STYLES, CitationData, csl_item, default_style_for, format_citation
from reader.citation.bibtex import format_bibtex
from reader.citation.csl_json import dumps
from reader.citation.dates import parse_full_date
from reader.citation.keys import citation_key
from reader.document import Article
from reader.errors import ReaderError
from reader.ingest import iter_files
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
        "--accessed", type=_access_date, default=None, metavar="YYYY-MM-DD", help="access date (default: today)"
    )


def _articles(paths: list[str]) -> Iterator[tuple[str, Article | ReaderError]]:
    for path in (str(p) for p in iter_files(paths)):
        try:
            for article in parse_records(read_file(path), path):
                yield path, article
        except ReaderError as error:
            yield path, error


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
    accessed = args.accessed or date.today()
    failed = False
    seen_keys: dict[str, int] = {}
    csl_items = []
    outputs: list[str] = []
    write: Callable[[str], object] = sys.stdout.write
    for path, result in _articles(args.paths):
        if isinstance(result, ReaderError):
            print(f"qingdu: {path}: {result}", file=sys.stderr)
            failed = True
            continue
        data = CitationData.from_article(result, accessed=accessed)
        style = args.style or default_style_for(data.language or None)
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
