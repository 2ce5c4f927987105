"""Robustness bench: a fuzz run of generated and mutated inputs (crashes and hangs, goal 0), and an import of
10,000 files through the batch runner (files/s per worker count, peak memory).

Both go through the product's own path: files on disk read by `reader.batch.BatchRunner` workers (sandboxed,
with the per-file time limit). A crash is an "internal error" (an exception other than ReaderError inside a
parser) or a worker that died; a hang is an input over the per-input limit. Inputs that crash or hang are kept
in a findings folder for reproduction. Fuzz inputs come from tests/fuzz_inputs.py (corpus seeds and mutations).

The import set is made from the corpora: a few whole copies of corpus pages and dumps, the rest mutated pieces
of them (most a few KB: the shape of a scraped folder's junk, and small enough that 10,000 files fit the time
budget on 2 shared cores), plus empty, binary and unreadable files.

Usage: python tests/bench/bench_robustness.py [--inputs 100000] [--files 10000] [--jobs 2] [--hang-s 10]
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
import os
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from fuzz_inputs import fuzz_input, load_seeds, mutated  # noqa: E402

from reader.batch import BatchRunner, FileResult  # noqa: E402

# Fuzz inputs are written and parsed in batches of this many files, so the temp folder stays small.
FUZZ_BATCH = 10_000
# Share of the import set that is whole corpus files (the rest are mutated pieces, empty and binary files).
WHOLE_COPY_SHARE = 0.05
JUNK_SHARE = 0.02


def _classify(result: FileResult, hang_s: float) -> str:
    error = result.error
    if error is None:
        return "article"
    if error.startswith("took longer than"):
        return "hang"
    if error.startswith(("internal error", "the reading process")):
        return "crash"
    return "reader_error"


def _peak_rss_kb(pids: list[int]) -> int:
    """Sum of the peak resident sizes (VmHWM) of the given live processes."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        total += int(line.split()[1])
        except OSError:
            continue
    return total


def _worker_pids() -> list[int]:
    return [c.pid for c in multiprocessing.active_children() if c.name == "qingdu-parse" and c.pid]


def _run(runner: BatchRunner, paths: list[Path]) -> Iterator[tuple[FileResult, int]]:
    """Results, each with the workers' summed peak memory seen so far (polled every 200 files)."""
    peak = 0
    for count, result in enumerate(runner.run(paths)):
        if count % 200 == 0:
            peak = max(peak, _peak_rss_kb(_worker_pids()))
        yield result, peak


def fuzz(inputs: int, jobs: int, hang_s: float, seed: int, findings: Path) -> dict[str, float]:
    seeds = load_seeds()
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    slowest = 0.0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="qingdu-fuzz-") as tmp:
        folder = Path(tmp)
        done = 0
        while done < inputs:
            batch = min(FUZZ_BATCH, inputs - done)
            paths = []
            for index in range(batch):
                path = folder / f"{done + index:06d}"
                path.write_bytes(fuzz_input(rng, seeds))
                paths.append(path)
            runner = BatchRunner(jobs=jobs, per_file_timeout_s=hang_s)
            for result in runner.run(paths):
                kind = _classify(result, hang_s)
                counts[kind] += 1
                slowest = max(slowest, result.elapsed)
                if kind in ("crash", "hang"):
                    findings.mkdir(parents=True, exist_ok=True)
                    keep = findings / f"{kind}-{Path(result.path).name}"
                    shutil.copy(result.path, keep)
                    print(f"  {kind}: {keep}: {result.error}", file=sys.stderr)
            for path in paths:
                path.unlink()
            done += batch
    elapsed = time.perf_counter() - started
    return {
        "inputs": inputs,
        "articles": counts["article"],
        "reader_errors": counts["reader_error"],
        "crashes": counts["crash"],
        "hangs": counts["hang"],
        "slowest_s": slowest,
        "inputs_per_s": inputs / elapsed,
        "elapsed_s": elapsed,
    }


def make_import_set(folder: Path, files: int, seed: int) -> int:
    """Write `files` files made from the corpora into `folder`; returns their total size in bytes."""
    seeds = load_seeds()
    rng = random.Random(seed)
    total = 0
    for index in range(files):
        roll = rng.random()
        if roll < WHOLE_COPY_SHARE:
            data = rng.choice(seeds)
        elif roll < WHOLE_COPY_SHARE + JUNK_SHARE:
            data = rng.choice((b"", os.urandom(2048), b"\x89PNG\r\n\x1a\n" + os.urandom(4096), b"%PDF-1.4\n"))
        else:
            data = mutated(rng, seeds)
        sub = folder / f"d{index % 50:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"page{index:05d}.html").write_bytes(data)
        total += len(data)
    return total


def import_run(folder: Path, jobs: int, timeout_s: float) -> dict[str, float]:
    from reader.ingest import iter_files

    started = time.perf_counter()
    paths = list(iter_files([folder]))
    counts: Counter[str] = Counter()
    worker_peak = 0
    for result, peak in _run(BatchRunner(jobs=jobs, per_file_timeout_s=timeout_s), paths):
        counts[_classify(result, timeout_s)] += 1
        worker_peak = max(worker_peak, peak)
    elapsed = time.perf_counter() - started
    return {
        "jobs": jobs,
        "files": len(paths),
        "articles": counts["article"],
        "errors": counts["reader_error"],
        "crashes": counts["crash"],
        "hangs": counts["hang"],
        "files_per_s": len(paths) / elapsed,
        "elapsed_s": elapsed,
        "worker_peak_mb": worker_peak / 1024,
        "parent_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def write_big_files(folder: Path) -> list[tuple[str, Path]]:
    """The issue's big and pathological files, written for real (the 200 MB one too)."""
    cases: list[tuple[str, Path]] = []

    def add(label: str, name: str, chunks: Iterator[bytes]) -> None:
        path = folder / name
        with path.open("wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
        cases.append((label, path))

    line = b"A line of a very long text dump that goes on and on, with nothing else in it.\n"
    add("200 MB text file", "big.txt", (line * 10_000 for _ in range(200 * 1024 * 1024 // (len(line) * 10_000))))
    row = b"<p>word word word, another sentence here.</p>"
    count = 50 * 1024 * 1024 // len(row)
    add("50 MB one-line HTML", "one-line.html", iter((b"<html><body>", row * count, b"</body></html>")))
    image = b"A" * (12 * 1024 * 1024)
    add(
        "12 MB single-file page (inline image)",
        "single-file.html",
        iter((b"<html><body><p>Before the image.</p><img src='data:image/png;base64,", image, b"'><p>After.</p>")),
    )
    add(
        "100,000 nested <div>s",
        "nested.html",
        iter((b"<html><body>", b"<div>" * 100_000, b"<p>Deep text.</p>", b"</div>" * 100_000)),
    )
    add("gzip bomb (100 MB of zeros)", "bomb.html.gz", iter((gzip.compress(bytes(100 * 1024 * 1024)),)))
    return cases


def big_files_table(timeout_s: float) -> None:
    with tempfile.TemporaryDirectory(prefix="qingdu-big-") as tmp:
        cases = write_big_files(Path(tmp))
        print(f"\n### Big and pathological files (default size cap, {timeout_s:g} s limit, one worker each)\n")
        print("| file | size | outcome | time | peak RSS worker |")
        print("|---|---:|---|---:|---:|")
        for label, path in cases:
            started = time.perf_counter()
            peak = 0
            outcome = ""
            runner = BatchRunner(jobs=1, per_file_timeout_s=timeout_s)
            stop = threading.Event()

            def poll(stop: threading.Event = stop) -> None:
                nonlocal peak
                while not stop.wait(0.2):
                    peak = max(peak, _peak_rss_kb(_worker_pids()))

            watcher = threading.Thread(target=poll, daemon=True)
            watcher.start()
            for result in runner.run([path]):
                if result.ok:
                    words = sum(len(a.text.split()) for a in result.articles)
                    outcome = f"article, {words:,} words"
                else:
                    outcome = f"error: {result.error}"
            stop.set()
            watcher.join()
            size_mb = path.stat().st_size / 1024**2
            elapsed = time.perf_counter() - started
            print(f"| {label} | {size_mb:.1f} MB | {outcome} | {elapsed:.1f} s | {peak / 1024:.0f} MB |", flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000, help="fuzz inputs (default 100,000)")
    parser.add_argument("--files", type=int, default=10_000, help="files in the import run (default 10,000)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the fuzz run")
    parser.add_argument("--hang-s", type=float, default=10.0, help="per-input limit; over it is a hang")
    parser.add_argument("--seed", type=int, default=20240626)
    parser.add_argument("--no-big", action="store_true", help="skip the big-files table (about 1.5 minutes)")
    parser.add_argument("--findings", type=Path, default=Path(tempfile.gettempdir()) / "qingdu-fuzz-findings")
    args = parser.parse_args(argv)

    result = fuzz(args.inputs, args.jobs, args.hang_s, args.seed, args.findings)
    workers = f"{args.jobs} workers, hang = over {args.hang_s:g} s"
    print(f"### Fuzz: {result['inputs']:,} generated and mutated inputs, {workers}\n")
    print("| inputs | articles | ReaderError | crashes | hangs | slowest input | inputs/s | time |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {result['inputs']:,} | {result['articles']:,} | {result['reader_errors']:,} | {result['crashes']:,} "
        f"| {result['hangs']:,} | {result['slowest_s']:.2f} s | {result['inputs_per_s']:.0f} "
        f"| {result['elapsed_s']:.0f} s |"
    )
    if result["crashes"] or result["hangs"]:
        print(f"\nInputs that crashed or hung are in {args.findings}")

    with tempfile.TemporaryDirectory(prefix="qingdu-import-") as tmp:
        folder = Path(tmp)
        size = make_import_set(folder, args.files, args.seed)
        mean_kb = size / max(1, args.files) / 1024
        print(
            f"\n### Import: {args.files:,} files made from the corpora ({size / 1e6:.0f} MB, mean {mean_kb:.1f} KB)\n"
        )
        print("| workers | files | articles | per-file errors | crashes | hangs | files/s | time ", end="")
        print("| peak RSS workers | peak RSS parent |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for jobs in (1, 2):
            row = import_run(folder, jobs, args.hang_s)
            print(
                f"| {jobs} | {row['files']:,} | {row['articles']:,} | {row['errors']:,} | {row['crashes']:,} "
                f"| {row['hangs']:,} | {row['files_per_s']:.0f} | {row['elapsed_s']:.0f} s "
                f"| {row['worker_peak_mb']:.0f} MB | {row['parent_peak_mb']:.0f} MB |",
                flush=True,
            )
    if not args.no_big:
        big_files_table(60.0)
    return 1 if result["crashes"] or result["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
