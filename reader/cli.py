"""The headless command line (`qingdu extract …`, `python -m reader …`), on the same core as the app."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from reader import __version__
from reader.batch import DEFAULT_TIMEOUT_S, BatchRunner, FileResult, parse_path
from reader.citation_cli import CITATION_SUBCOMMANDS
from reader.export import to_markdown, to_plain_text
from reader.ingest import iter_files
from reader.library_cli import LIBRARY_SUBCOMMANDS
from reader.parse import DEFAULT_MAX_BYTES, ParseOptions

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

# Each subcommand module adds its parser here: (name, help, add_arguments, run).
Subcommand = tuple[str, str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def extract_file(path: str, options: ParseOptions | None = None) -> list[dict[str, Any]]:
    """Parse one file into the JSON records of the extract contract (one per article it holds)."""
    articles, error = parse_path(path, options)
    return _records(FileResult(path, 0, articles, error))


def _records(result: FileResult) -> list[dict[str, Any]]:
    """The extract-contract records of one file's result: one per article, or one with `error`."""
    if result.error is not None:
        return [{"path": result.path, "error": result.error}]
    records = []
    for index, article in enumerate(result.articles):
        record = {"path": result.path if len(result.articles) == 1 else f"{result.path}#{index + 1}"}
        record.update(article.to_dict())
        records.append(record)
    return records


def _iter_results(
    paths: list[str], jobs: int, timeout_s: float | None = DEFAULT_TIMEOUT_S, options: ParseOptions | None = None
) -> Iterator[list[dict[str, Any]]]:
    """Records per file, in input order. One file with one job is parsed in this process (no time limit);
    otherwise in worker processes, each file under the time limit."""
    in_process = jobs <= 1 and len(paths) <= 1
    runner = BatchRunner(jobs, timeout_s, options, in_process=in_process)
    for result in runner.run(paths, ordered=True):
        yield _records(result)


def _add_extract(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    parser.add_argument("--format", choices=("jsonl", "json", "text", "markdown"), default="jsonl")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (0 = one per core)")
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT_S,
        metavar="SECONDS",
        help=f"per-file time limit; a file over it is reported as an error (0 = none; default {DEFAULT_TIMEOUT_S:g})",
    )
    parser.add_argument(
        "--max-size",
        type=float,
        default=DEFAULT_MAX_BYTES / 1024**2,
        metavar="MB",
        help=f"files over this size are refused (default {DEFAULT_MAX_BYTES / 1024**2:g})",
    )


def _run_extract(args: argparse.Namespace) -> int:
    if args.jobs < 0 or args.timeout < 0 or args.max_size <= 0:
        print("qingdu extract: --jobs, --timeout and --max-size must not be negative", file=sys.stderr)
        return EXIT_USAGE
    paths = [str(p) for p in iter_files(args.paths)]
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    options = ParseOptions(max_bytes=int(args.max_size * 1024**2))
    out = sys.stdout
    failed = False
    collected: list[dict[str, Any]] = []
    for records in _iter_results(paths, jobs, args.timeout or None, options):
        for record in records:
            if "error" in record:
                failed = True
                if args.format in ("text", "markdown"):
                    print(f"qingdu: {record['path']}: {record['error']}", file=sys.stderr)
            if args.format == "jsonl":
                record.pop("source", None)
                out.write(_json_text(record) + "\n")
            elif args.format == "json":
                record.pop("source", None)
                collected.append(record)
            elif "error" not in record:
                out.write(_render(record, args.format))
    if args.format == "json":
        out.write(_json_text(collected, indent=1) + "\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _json_text(value: Any, indent: int | None = None) -> str:
    """JSON with readable non-ASCII text; file names that are not valid UTF-8 (kept by Python as surrogate
    escapes) force \\u escapes instead, which json.loads and os.fsencode turn back into the exact bytes."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(value, indent=indent)
    return text


def _render(record: dict[str, Any], fmt: str) -> str:
    from reader.document import Article

    article = Article.from_dict(record)
    body = to_markdown(article) if fmt == "markdown" else to_plain_text(article)
    return body + "\n"


SUBCOMMANDS: list[Subcommand] = [
    ("extract", "parse files and print the clean articles", _add_extract, _run_extract),
    *LIBRARY_SUBCOMMANDS,
    *CITATION_SUBCOMMANDS,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qingdu", description="Qingdu (清读): clean articles from scraped files.")
    parser.add_argument("--version", action="version", version=f"qingdu {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_text, add_arguments, run in SUBCOMMANDS:
        child = sub.add_parser(name, help=help_text)
        add_arguments(child)
        child.set_defaults(run=run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the headless command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except BrokenPipeError:  # `qingdu extract … | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    return status


def is_headless_command(argv: Sequence[str]) -> bool:
    """True when argv names a subcommand of this CLI (the launcher then never loads Qt)."""
    names = {name for name, *_ in SUBCOMMANDS}
    return bool(argv) and (argv[0] in names or argv[0] in ("-h", "--help")) and not Path(argv[0]).exists()
