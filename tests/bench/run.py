"""`make bench`: run every benchmark section (tests/bench/bench_*.py) and print their tables.

Each section module has `main(argv) -> int` and prints a Markdown table. Pass section names to run
only those: `python tests/bench/run.py text html`.
"""

from __future__ import annotations

import importlib
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))


def main(argv: list[str]) -> int:
    wanted = set(argv)
    sections = sorted(p.stem for p in HERE.glob("bench_*.py"))
    status = 0
    for name in sections:
        short = name.removeprefix("bench_")
        if wanted and short not in wanted:
            continue
        print(f"\n## {short}\n", flush=True)
        started = time.perf_counter()
        try:
            module = importlib.import_module(name)
            status |= int(module.main([]) or 0)
        except Exception:  # one broken section must not hide the others' figures
            traceback.print_exc()
            print(f"\n**{short}: FAILED** (traceback above)", flush=True)
            status |= 1
        print(f"\n({short}: {time.perf_counter() - started:.1f} s)", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
