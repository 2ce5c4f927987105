"""UI import benchmark: import N files (default 5,000) from the corpora through the window's real import path.

The files are copies of the shared corpora (saved HTML pages, gzipped; whole-page text dumps; Chinese news
pages in GBK), each copy made unique by a harmless trailing comment or whitespace so the library stores
every one. An offscreen `MainWindow` imports the folder with `import_paths` (worker processes parse and
store, the import thread forwards their results, the GUI thread refreshes the list and progress); a QTimer
ticking every 10 ms measures how long the event loop is ever kept from running, up to the moment the
window's end-of-import work is done. Goal (issue 7): longest stall < 100 ms.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT_FILES = 5000
TICK_MS = 10  # the timer's period; a gap longer than this is time the event loop could not run
STALL_GOAL_MS = 100.0  # issue 7: the window must never freeze for longer than this
TIMEOUT_S = 1800


def corpus_files() -> list[Path]:
    files = sorted((CORPORA / "article-extraction-benchmark" / "html").glob("*.html.gz"))
    files += sorted((CORPORA / "article-extraction-benchmark-txt").glob("*.txt"))
    files += sorted((CORPORA / "zh-news" / "html").glob("*"))
    return [f for f in files if f.is_file()]


def make_unique_copies(sources: Sequence[Path], count: int, folder: Path) -> list[Path]:
    """`count` files cycling through `sources`; copy k of a file gets a distinct harmless tail."""
    made = []
    for i in range(count):
        source = sources[i % len(sources)]
        k = i // len(sources)
        data = source.read_bytes()
        if source.name.endswith(".gz"):
            html = gzip.decompress(data) + f"\n<!-- copy {k} -->\n".encode()
            target = folder / f"{i:05}-{source.name}"
            target.write_bytes(gzip.compress(html, mtime=0))
        elif source.suffix == ".txt":
            target = folder / f"{i:05}-{source.name}"
            target.write_bytes(data + b"\n" + b" " * k + b"\n")
        else:
            target = folder / f"{i:05}-{source.name}"
            target.write_bytes(data + f"\n<!-- copy {k} -->\n".encode("ascii"))
        made.append(target)
    return made


def stall_stats(gaps: list[float]) -> tuple[float, float, int]:
    """(longest, p99, how many >= goal) of the time each tick came late."""
    stalls = [max(0.0, g - TICK_MS) for g in gaps[1:]] or [0.0]
    p99 = statistics.quantiles(stalls, n=100)[98] if len(stalls) >= 100 else max(stalls)
    return max(stalls), p99, sum(1 for s in stalls if s >= STALL_GOAL_MS)


def run(count: int, jobs: int | None, idle_s: float) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import _application
    from ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="qingdu-bench-ui-") as scratch:
        folder = Path(scratch) / "files"
        folder.mkdir()
        os.environ["QINGDU_DATA_DIR"] = str(Path(scratch) / "data")
        make_unique_copies(corpus_files(), count, folder)
        app: QApplication = _application()
        window = MainWindow()
        window.show()
        gaps: list[float] = []
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(TICK_MS)

        def tick() -> None:
            gaps.append(clock.nsecsElapsed() / 1e6)
            clock.restart()

        ticker.timeout.connect(tick)
        outcome: dict[str, float] = {}
        if idle_s > 0:
            # Baseline: the same ticker with the window idle, to show what the machine's load alone costs.
            clock.start()
            ticker.start()
            idle_loop = QEventLoop()  # not app.quit(): in Qt 6 that closes the window too
            QTimer.singleShot(round(idle_s * 1000), idle_loop.quit)
            idle_loop.exec()
            ticker.stop()
            outcome["idle_max_stall_ms"], outcome["idle_p99_stall_ms"], _ = stall_stats(gaps)
            gaps.clear()

        def finished(imported: int, failed: int) -> None:
            # The window's end-of-import work (last list refresh, summary) ran just before this signal: the
            # time since the last tick counts as a gap too, or a slow finish would go unmeasured.
            gaps.append(clock.nsecsElapsed() / 1e6)
            ticker.stop()
            outcome.update(imported=imported, failed=failed, seconds=time.perf_counter() - started)
            outcome["articles"] = window.library.count()
            window.close()  # Qt 6's quit() would close it anyway; closing here keeps the order explicit

        window.import_finished.connect(finished)
        QTimer.singleShot(TIMEOUT_S * 1000, app.quit)
        started = time.perf_counter()
        clock.start()
        ticker.start()
        if jobs:
            from ui import importer

            importer.MAX_JOBS = jobs
        window.import_paths([str(folder)])
        app.exec()
        ticker.stop()
        outcome.setdefault("articles", 0)
    outcome["max_stall_ms"], outcome["p99_stall_ms"], over = stall_stats(gaps)
    outcome["stalls_over_goal"] = over
    outcome["ticks"] = len(gaps)
    return outcome


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=DEFAULT_FILES, help="files to import (default 5000)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: the importer's)")
    parser.add_argument("--idle", type=float, default=10.0, help="seconds of idle baseline measured first")
    args = parser.parse_args(list(argv))
    if not corpus_files():
        print(f"no corpora under {CORPORA}", file=sys.stderr)
        return 1
    result = run(args.files, args.jobs, args.idle)
    seconds = result.get("seconds", float("nan"))
    rate = args.files / seconds if seconds == seconds and seconds > 0 else float("nan")
    ok = result["max_stall_ms"] < STALL_GOAL_MS and "seconds" in result
    print(
        "| files | imported | failed | articles in library | wall s | files/s | longest stall ms "
        "| p99 stall ms | stalls >= 100 ms | idle window: longest / p99 stall ms | load avg | goal (< 100 ms) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|")
    idle = f"{result.get('idle_max_stall_ms', float('nan')):.1f} / {result.get('idle_p99_stall_ms', float('nan')):.1f}"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"| {args.files} | {result.get('imported', 0):.0f} | {result.get('failed', 0):.0f} | {result['articles']:.0f}"
        f" | {seconds:.1f} | {rate:.1f} | {result['max_stall_ms']:.1f} | {result['p99_stall_ms']:.1f}"
        f" | {result['stalls_over_goal']:.0f} | {idle} | {load:.1f} | {'met' if ok else 'MISSED'} |"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
