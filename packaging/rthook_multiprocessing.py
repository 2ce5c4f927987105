"""Runtime hook that replaces PyInstaller's pyi_rth_multiprocessing, loading multiprocessing only where it is used.

multiprocessing's helper processes (the fork server, the resource tracker, spawned workers) start by running the
executable again with their own arguments, and the app's `multiprocessing.freeze_support()` call must send those
starts to multiprocessing's code. The stock hook imports multiprocessing at every start to patch freeze_support;
this one patches it only when the command line is such a helper's, so a start of the window (or an `extract` run
without workers) does not load multiprocessing. ui.launcher calls freeze_support when multiprocessing is loaded.
"""

import sys

# The `-c` commands multiprocessing gives its helper processes (the spellings of Python 3.11 to 3.14).
_HELPER_COMMANDS = (
    "from multiprocessing.resource_tracker import main",
    "from multiprocessing.forkserver import main",
    "import sys; from multiprocessing.forkserver import main",
)


def _helper_command(argv):
    """The `-c` command when this start is one of multiprocessing's helpers, else None."""
    if "-c" not in argv:
        return None
    index = argv.index("-c")
    command = argv[index + 1] if index + 1 < len(argv) else ""
    return command if command.startswith(_HELPER_COMMANDS) else None


def _install():
    command = _helper_command(sys.argv)
    spawned = len(sys.argv) >= 2 and sys.argv[1] == "--multiprocessing-fork"
    if command is None and not spawned:
        return
    import multiprocessing
    import multiprocessing.spawn

    multiprocessing.process.ORIGINAL_DIR = None  # as the stock hook: never re-run __main__ from a relative path

    def freeze_support():
        if command is not None:
            exec(command)  # multiprocessing's own entry point for the helper, as `python -c` would run it
            sys.exit()
        options = {}
        for arg in sys.argv[2:]:
            name, value = arg.split("=")
            options[name] = None if value == "None" else int(value)
        multiprocessing.spawn.spawn_main(**options)
        sys.exit()

    multiprocessing.freeze_support = multiprocessing.spawn.freeze_support = freeze_support


_install()
del _install
