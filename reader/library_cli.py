"""The library's subcommands: `qingdu import`, `qingdu search`, `qingdu bookmarks export|import`.

Each prints JSON lines (one object a line) for scripts; all take `--data-dir DIR` (default:
`$QINGDU_DATA_DIR` or the user data folder). Exit status: 0 ok, 1 some file or the library failed,
2 bad usage (argparse).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from reader.batch import DEFAULT_TIMEOUT_S, BatchRunner
from reader.library import Library, LibraryError

EXIT_OK, EXIT_FAILED = 0, 1


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="library folder (default: $QINGDU_DATA_DIR or user data)")


def _print(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _with_library(run: Callable[[Library, argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def wrapper(args: argparse.Namespace) -> int:
        try:
            with Library.in_folder(args.data_dir) as library:
                return run(library, args)
        except LibraryError as error:
            print(f"qingdu: {error}", file=sys.stderr)
            return EXIT_FAILED

    return wrapper


def _add_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked recursively)")
    parser.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="parser worker processes (0 = one per core, default 1)"
    )
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT_S, metavar="S", help="give up on a file after S seconds"
    )
    _add_data_dir(parser)


def _run_import(library: Library, args: argparse.Namespace) -> int:
    failed = False
    # Worker processes even for one job: they bound each file's time and memory and sandbox the parser.
    runner = BatchRunner(jobs=args.jobs if args.jobs > 0 else (os.cpu_count() or 1), per_file_timeout_s=args.timeout)
    for result in library.import_paths(args.paths, runner):
        if result.error is not None:
            failed = True
            _print({"path": result.path, "error": result.error})
        else:
            _print({"path": result.path, "id": result.id, "title": result.title})
        sys.stdout.flush()
    return EXIT_FAILED if failed else EXIT_OK


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _add_search(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument("--bookmarked", action="store_true", help="only bookmarked articles")
    parser.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N results (default 20)")
    _add_data_dir(parser)


def _run_search(library: Library, args: argparse.Namespace) -> int:
    for hit in library.search(args.query, limit=args.limit, bookmarked_only=args.bookmarked):
        _print({"id": hit.id, "title": hit.title, "site": hit.site, "published": hit.published, "snippet": hit.snippet})
    return EXIT_OK


def _add_bookmarks(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="print all bookmarks")
    export.add_argument("--format", choices=("markdown", "json"), default="markdown")
    _add_data_dir(export)
    load = actions.add_parser("import", help="add bookmarks from an export (JSON or Markdown)")
    load.add_argument("file", metavar="FILE")
    _add_data_dir(load)


def _run_bookmarks(library: Library, args: argparse.Namespace) -> int:
    if args.action == "export":
        sys.stdout.write(library.export_bookmarks(args.format))
        return EXIT_OK
    try:
        with open(args.file, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        print(f"qingdu: cannot read {args.file}: {error}", file=sys.stderr)
        return EXIT_FAILED
    result = library.import_bookmarks(text)
    _print(
        {
            "articles_bookmarked": result.articles_bookmarked,
            "passages_added": result.passages_added,
            "missing": result.missing,
        }
    )
    return EXIT_OK


LIBRARY_SUBCOMMANDS: list[
    tuple[str, str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
] = [
    ("import", "add files to the library (one JSON line per article)", _add_import, _with_library(_run_import)),
    ("search", "search the library (JSON lines with snippets)", _add_search, _with_library(_run_search)),
    ("bookmarks", "export or import bookmarks", _add_bookmarks, _with_library(_run_bookmarks)),
]
