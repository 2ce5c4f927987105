"""The `qingdu` entry point: headless subcommands go to `reader.cli` without loading Qt; the rest opens the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False) and "multiprocessing" in sys.modules:
        # A packaged start that packaging/rthook_multiprocessing.py recognised as one of multiprocessing's helper
        # processes (fork server, resource tracker, spawned worker): hand it to multiprocessing's code.
        import multiprocessing

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if args in (["--version"], ["-V"]):
        from reader import __version__

        print(f"qingdu {__version__}")
        return 0
    if _may_be_subcommand(args):
        # Loading the CLI pulls in every subcommand's modules; a GUI start (no arguments, or an option
        # such as --smoke-test / --lang first) can never be a subcommand, so it skips that cost.
        from reader.cli import is_headless_command
        from reader.cli import main as cli_main

        if is_headless_command(args):
            return cli_main(args)
    from ui.app import run_app

    return run_app(args)


def _may_be_subcommand(args: Sequence[str]) -> bool:
    """False when `reader.cli.is_headless_command` is bound to say no: no arguments, or an option first."""
    return bool(args) and (not args[0].startswith("-") or args[0] in ("-h", "--help"))


if __name__ == "__main__":
    sys.exit(main())
