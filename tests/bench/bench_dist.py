"""Packaged-app benchmark: build time, size and start time of `make dist` beside a bare PySide6 window.

The bare window (QMainWindow + QSplitter + QListView + QTextBrowser, PyInstaller's default options) is built into
a temporary folder each run. Qingdu's dist/ is rebuilt only when it is missing or older than its sources (or with
--rebuild). Start time (the issue's "cold start to the first shown window"): wall time from exec until the program
prints that its window is shown - `qingdu --smoke-test` with no files and `bare --smoke` both print it from the event
loop once the window is up, then quit; the time to the process's exit is reported beside it. Median of --runs (11
by default: on a shared 2-core machine a median of 5 swung from 1.03x to 1.81x between back-to-back calls), the
builds interleaved so machine load hits them alike. Goals (issue 8): one-folder start and size within 1.5x of the
bare window's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
VENV_BIN = Path(sys.executable).parent
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
GOAL_RATIO = 1.5  # issue 8: start and one-folder size within 1.5x of a bare PySide6 window
START_TIMEOUT_S = 120
SHOWN_SUFFIX = ": window shown"  # both programs print "<name>: window shown" once their window is up
FROM_SOURCE = "qingdu from source (python -m ui)"
SOURCES = ("qingdu.spec", "packaging", "reader", "ui", "resources")

BARE_WINDOW = """\
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QSplitter, QTextBrowser

app = QApplication(sys.argv[:1])
window = QMainWindow()
splitter = QSplitter(Qt.Orientation.Horizontal)
splitter.addWidget(QListView())
splitter.addWidget(QTextBrowser())
window.setCentralWidget(splitter)
window.resize(1100, 700)
window.show()
if "--smoke" in sys.argv:

    def shown():
        print("bare: window shown", file=sys.stderr, flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""


def newest_mtime(paths: Iterable[Path]) -> float:
    newest = 0.0
    for path in paths:
        files = (
            [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        )
        newest = max([newest, *(p.stat().st_mtime for p in files)])
    return newest


def tree_bytes(path: Path) -> int:
    """Apparent size of a file or folder; symbolic links count as nothing (they point inside the folder)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def timed(command: Sequence[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(list(command), cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def start_seconds(command: Sequence[str]) -> tuple[float, float]:
    """One offscreen start: seconds until the window is shown (the line it prints once the event loop has shown
    and painted it) and until the process has exited. A crash (traceback, or no such line) fails the benchmark."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    started = time.perf_counter()
    with subprocess.Popen(
        list(command), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stderr is not None
        shown = None
        lines = []
        for line in process.stderr:  # read as it comes, so the time is taken when the line is written
            lines.append(line)
            if shown is None and line.rstrip().endswith(SHOWN_SUFFIX):
                shown = time.perf_counter() - started
        returncode = process.wait(timeout=START_TIMEOUT_S)
    exited = time.perf_counter() - started
    output = "".join(lines)
    if shown is None or "Traceback" in output or returncode != 0:
        raise RuntimeError(f"{command[0]} failed to start (exit {returncode}): {output[-500:]}")
    return shown, exited


def build_app(rebuild: bool) -> float | None:
    """Seconds `make dist`'s PyInstaller run took, or None when dist/ was fresh and kept."""
    outputs = [ROOT / "dist" / "qingdu" / f"qingdu{EXE_SUFFIX}", ROOT / "dist" / f"qingdu-onefile{EXE_SUFFIX}"]
    fresh = all(p.exists() for p in outputs) and min(p.stat().st_mtime for p in outputs) > newest_mtime(
        ROOT / s for s in SOURCES
    )
    if fresh and not rebuild:
        return None
    return timed([str(VENV_BIN / "pyinstaller"), "--noconfirm", "--clean", "qingdu.spec"], ROOT)


def build_bare(folder: Path) -> dict[str, float]:
    (folder / "bare.py").write_text(BARE_WINDOW, encoding="utf-8")
    seconds = {}
    for mode in ("onedir", "onefile"):
        name = f"bare-{mode}"
        command = [str(VENV_BIN / "pyinstaller"), "--noconfirm", "--clean", f"--{mode}", "--name", name]
        command += ["--distpath", str(folder / "dist"), "--workpath", str(folder / "build"), "--specpath", str(folder)]
        seconds[mode] = timed([*command, str(folder / "bare.py")], folder)
    return seconds


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="starts per executable (median reported)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild dist/ even when it is fresh")
    args = parser.parse_args(list(argv))
    if shutil.which("pyinstaller", path=str(VENV_BIN)) is None:
        print("bench_dist: PyInstaller is not installed (pip install -e '.[dist]')", file=sys.stderr)
        return 1
    app_build = build_app(args.rebuild)
    with tempfile.TemporaryDirectory(prefix="qingdu-bench-bare-") as tmp:
        bare_build = build_bare(Path(tmp))
        rows = [
            ("qingdu one-folder", ROOT / "dist" / "qingdu", ["--smoke-test"], app_build),
            ("qingdu one-file", ROOT / "dist" / f"qingdu-onefile{EXE_SUFFIX}", ["--smoke-test"], None),
            ("bare window one-folder", Path(tmp) / "dist" / "bare-onedir", ["--smoke"], bare_build["onedir"]),
            (
                "bare window one-file",
                Path(tmp) / "dist" / f"bare-onefile{EXE_SUFFIX}",
                ["--smoke"],
                bare_build["onefile"],
            ),
        ]

        def executable(path: Path) -> str:
            return str(path / (path.name + EXE_SUFFIX)) if path.is_dir() else str(path)

        commands = {label: [executable(path), *flags] for label, path, flags, _build in rows}
        # For scale: the same start from the source checkout (what packaging adds or saves).
        commands[FROM_SOURCE] = [sys.executable, "-m", "ui", "--smoke-test"]
        shown: dict[str, list[float]] = {label: [] for label in commands}
        exited: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(args.runs):  # interleaved, so load from other processes is shared out evenly
            for label, command in commands.items():
                to_window, to_exit = start_seconds(command)
                shown[label].append(to_window)
                exited[label].append(to_exit)
        sizes = {label: tree_bytes(path) for label, path, *_ in rows}

    def spread(times: list[float]) -> str:
        return f"{statistics.median(times):.3f} | {min(times):.3f}-{max(times):.3f}"

    print(
        f"| build | build time (s) | size (MiB) | window shown, median of {args.runs} (s) | min-max (s) "
        "| process exited, median (s) | min-max (s) |"
    )
    print("|---|---|---|---|---|---|---|")
    for label, _path, _flags, build in rows:
        if build is not None:
            build_text = f"{build:.1f}"
        elif label == "qingdu one-file":
            build_text = "(same spec run as one-folder)"
        else:
            build_text = "not rebuilt (dist/ is fresh)"
        size = f"{sizes[label] / 2**20:.1f}"
        print(f"| {label} | {build_text} | {size} | {spread(shown[label])} | {spread(exited[label])} |")
    print(f"| {FROM_SOURCE} | - | - | {spread(shown[FROM_SOURCE])} | {spread(exited[FROM_SOURCE])} |")

    def ratios(times: dict[str, list[float]]) -> tuple[float, float]:
        """Ratio of the medians, and the median of the run-by-run ratios (steadier when the load drifts)."""
        app, bare = times["qingdu one-folder"], times["bare window one-folder"]
        paired = [a / b for a, b in zip(app, bare, strict=True)]
        return statistics.median(app) / statistics.median(bare), statistics.median(paired)

    size_ratio = sizes["qingdu one-folder"] / sizes["bare window one-folder"]
    onefile_ratio = sizes["qingdu one-file"] / sizes["bare window one-file"]
    print()
    print("| ratio, qingdu / bare window (one-folder) | ratio of medians | median of paired runs | goal |")
    print("|---|---|---|---|")

    def against_goal(ratio: float) -> str:
        return f"<= {GOAL_RATIO}x: {'met' if ratio <= GOAL_RATIO else 'NOT met'}"

    of_medians, paired = ratios(shown)
    print(f"| start to the shown window | {of_medians:.2f}x | {paired:.2f}x | {against_goal(of_medians)} |")
    of_medians, paired = ratios(exited)
    print(f"| start to exit (whole process) | {of_medians:.2f}x | {paired:.2f}x | (no goal) |")
    print(f"| one-folder size | {size_ratio:.2f}x | - | {against_goal(size_ratio)} |")
    print(f"| one-file size | {onefile_ratio:.2f}x | - | (no goal) |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
