"""HTML extraction bench: Qingdu against trafilatura, readability-lxml, resiliparse and gne, side by side.

Corpora (offline, in ../shared/corpora): the English article-extraction-benchmark (word tokens) and the
Chinese zh-news pages (cjk-char tokens, plus publication date and author accuracy). Scores come from
score_ref.py, the verbatim copy of the reference scorer. Peers get the page decoded the way Qingdu
decodes it (BOM, the page's own declaration, then detection), and decoding counts in everyone's time.
Throughput is pages per second of this process's CPU time (single process), so that the load other
programs put on a shared machine does not decide which system looks faster; the systems take turns page by
page, so a burst of load falls on all of them alike.

Usage: python tests/bench/bench_html.py [--only qingdu,trafilatura,...] [--per-page] [--corpus en|zh]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import score_ref  # noqa: E402

from reader import parse_bytes  # noqa: E402
from reader.encoding import decode  # noqa: E402
from reader.errors import ReaderError  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
EN_DIR = CORPORA / "article-extraction-benchmark"
ZH_DIR = CORPORA / "zh-news"

Extract = Callable[[bytes, str], tuple[str, str | None, str | None]]  # -> (text, date, author)


def _qingdu(raw: bytes, name: str) -> tuple[str, str | None, str | None]:
    try:
        article = parse_bytes(raw, name)
    except ReaderError:
        return "", None, None
    return article.text, article.published, article.author


def _qingdu_unrefined(raw: bytes, name: str) -> tuple[str, str | None, str | None]:
    """Qingdu without the text-dump cleanup passes on the extracted blocks (they are on by default)."""
    from reader.formats.html import parse_html
    from reader.sanitize import prepare_html

    article = parse_html(prepare_html(_page_text(raw, name)), refine=False)
    return article.text, article.published, article.author


def _page_text(raw: bytes, name: str) -> str:
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return decode(raw)[0]


def _trafilatura(raw: bytes, name: str) -> tuple[str, str | None, str | None]:
    import trafilatura

    if name.endswith(".gz"):  # English corpus: body only, trafilatura's usual configuration
        text = trafilatura.extract(_page_text(raw, name), favor_precision=True)
        return text or "", None, None
    doc = trafilatura.bare_extraction(_page_text(raw, name), favor_precision=True, with_metadata=True)
    if doc is None:
        return "", None, None
    return doc.text or "", doc.date, doc.author


def _readability(raw: bytes, name: str) -> tuple[str, str | None, str | None]:
    import lxml.html
    from readability import Document

    summary = Document(_page_text(raw, name)).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    return "\n".join(t.strip() for t in tree.itertext() if t.strip()), None, None


def _resiliparse(raw: bytes, name: str) -> tuple[str, str | None, str | None]:
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(_page_text(raw, name), main_content=True), None, None


def _gne(raw: bytes, name: str) -> tuple[str, str | None, str | None]:
    from gne import GeneralNewsExtractor

    try:
        result = GeneralNewsExtractor().extract(_page_text(raw, name))
    except Exception:  # gne raises on pages it cannot read; that is an empty output
        return "", None, None
    return result.get("content") or "", result.get("publish_time") or None, result.get("author") or None


def _available() -> dict[str, Extract]:
    systems: dict[str, Extract] = {"qingdu": _qingdu, "qingdu-no-refine": _qingdu_unrefined}
    for name, module, func in (
        ("trafilatura", "trafilatura", _trafilatura),
        ("readability-lxml", "readability", _readability),
        ("resiliparse", "resiliparse", _resiliparse),
        ("gne", "gne", _gne),
    ):
        try:
            __import__(module)
        except ImportError:
            continue
        systems[name] = func
    return systems


def _load(corpus: Path, suffix: str) -> tuple[dict[str, dict[str, str]], dict[str, bytes]]:
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {pid: (corpus / "html" / f"{pid}{suffix}").read_bytes() for pid in sorted(truth)}
    return truth, pages


_DATE = re.compile(r"(\d{4})\D{1,3}(\d{1,2})(?:\D{1,3}(\d{1,2}))?")


def _date_key(value: str | None) -> tuple[int, ...] | None:
    """(year, month[, day]) of a date string, or None when it holds no date."""
    match = _DATE.search(value or "")
    if not match:
        return None
    return tuple(int(g) for g in match.groups() if g)


def _date_ok(truth: str | None, predicted: str | None) -> bool:
    want, got = _date_key(truth), _date_key(predicted)
    return want is not None and got is not None and got[: len(want)] == want


def _norm_author(value: str | None) -> str:
    return re.sub(r"[\s,，、;；/]+", "", value or "")


def _has_author(value: str | None) -> bool:
    return bool(value) and value != "None"


def _run(
    systems: dict[str, Extract], truth: dict[str, dict[str, str]], pages: dict[str, bytes], suffix: str
) -> dict[str, tuple[dict[str, str], dict[str, tuple[str | None, str | None]], float]]:
    """Every system on every page. Pages are the outer loop and systems take turns on each, so a burst of
    load from other programs on a shared machine falls on all systems alike, not on whichever ran then."""
    texts: dict[str, dict[str, str]] = {name: {} for name in systems}
    meta: dict[str, dict[str, tuple[str | None, str | None]]] = {name: {} for name in systems}
    spent = dict.fromkeys(systems, 0.0)
    first = next(iter(pages))
    for extract in systems.values():
        extract(pages[first], first + suffix)  # warm-up: imports and compiled patterns are not throughput
    for pid, raw in pages.items():
        for name, extract in systems.items():
            started = time.process_time()
            text, date, author = extract(raw, pid + suffix)
            spent[name] += time.process_time() - started
            texts[name][pid] = text
            meta[name][pid] = (date, author)
    return {name: (texts[name], meta[name], len(pages) / max(spent[name], 1e-9)) for name in systems}


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def bench_english(systems: dict[str, Extract], per_page: bool) -> None:
    truth, pages = _load(EN_DIR, ".html.gz")
    bodies = {k: v["articleBody"] for k, v in truth.items()}
    results = _run(systems, truth, pages, ".html.gz")
    ids = sorted(bodies)
    halves = {"even": set(ids[0::2]), "odd": set(ids[1::2])}
    rows = []
    for name, (texts, _meta, speed) in results.items():
        whole = score_ref.score(bodies, texts, n_bootstrap=0)
        split = {
            half: score_ref.score({k: bodies[k] for k in keep}, texts, n_bootstrap=0).f1
            for half, keep in halves.items()
        }
        rows.append(
            [
                name,
                f"{whole.f1:.3f}",
                f"{whole.precision:.3f}",
                f"{whole.recall:.3f}",
                str(whole.n_empty_predictions),
                f"{speed:.0f}",
                f"{split['even']:.3f}",
                f"{split['odd']:.3f}",
            ]
        )
        if per_page:
            _print_pages(name, whole)
    print(f"### English: article-extraction-benchmark ({len(pages)} pages, word tokens)\n")
    header = ["system", "F1", "precision", "recall", "empty", "pages/s", "F1 even ids (tuning)", "F1 odd ids (held)"]
    print(_table(header, rows))
    _print_speed_ratio(results)


def bench_chinese(systems: dict[str, Extract], per_page: bool) -> None:
    truth, pages = _load(ZH_DIR, ".html")
    bodies = {k: v["articleBody"] for k, v in truth.items()}
    results = _run(systems, truth, pages, ".html")
    dated = [k for k, v in truth.items() if _date_key(v.get("date"))]
    authored = [k for k, v in truth.items() if _has_author(v.get("author"))]
    rows = []
    for name, (texts, meta, speed) in results.items():
        res = score_ref.score(bodies, texts, tokenizer="cjk-char", n_bootstrap=0)
        dates = sum(_date_ok(truth[k]["date"], meta[k][0]) for k in dated)
        authors = sum(_norm_author(truth[k]["author"]) == _norm_author(meta[k][1]) for k in authored)
        rows.append(
            [
                name,
                f"{res.f1:.3f}",
                f"{res.precision:.3f}",
                f"{res.recall:.3f}",
                str(res.n_empty_predictions),
                f"{speed:.0f}",
                f"{dates}/{len(dated)}",
                f"{authors}/{len(authored)}",
            ]
        )
        if per_page:
            _print_pages(name, res)
            for k in sorted(truth):
                want = (truth[k].get("date"), truth[k].get("author"))
                print(f"  {k[:8]} date {meta[k][0]!r} (want {want[0]!r})  author {meta[k][1]!r} (want {want[1]!r})")
    print(f"### Chinese: zh-news ({len(pages)} pages, cjk-char tokens)\n")
    header = ["system", "F1", "precision", "recall", "empty", "pages/s", "dates to the day", "authors"]
    print(_table(header, rows))
    _print_speed_ratio(results)
    if "qingdu" in results:
        meta = results["qingdu"][1]
        misses = [k for k in dated if not _date_ok(truth[k]["date"], meta[k][0])]
        misses += [k for k in authored if _norm_author(truth[k]["author"]) != _norm_author(meta[k][1])]
        for k in dict.fromkeys(misses):  # few enough to list: a reader can check the page against the label
            got, want = meta[k], (truth[k]["date"], truth[k]["author"])
            print(f"- qingdu {k[:8]}: date {got[0]!r} author {got[1]!r}; label {want[0]!r} {want[1]!r}")


def _print_speed_ratio(
    results: dict[str, tuple[dict[str, str], dict[str, tuple[str | None, str | None]], float]],
) -> None:
    if "qingdu" in results and "trafilatura" in results:
        ratio = results["qingdu"][2] / results["trafilatura"][2]
        print(f"\nqingdu throughput = {ratio:.2f} x trafilatura's in this run (same process, CPU time)\n")


def _print_pages(name: str, result: score_ref.Result) -> None:
    for page in sorted(result.pages, key=lambda p: p.f1):
        if page.f1 < 0.97:
            print(f"  {name} {page.page_id[:12]} f1={page.f1:.3f} p={page.precision} r={page.recall}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated systems to run (default: all installed)")
    parser.add_argument("--corpus", choices=("en", "zh", "both"), default="both")
    parser.add_argument("--per-page", action="store_true", help="list the pages each system scores worst on")
    args = parser.parse_args(argv)
    systems = _available()
    if args.only:
        wanted = set(args.only.split(","))
        systems = {k: v for k, v in systems.items() if k in wanted}
    if args.corpus in ("en", "both"):
        bench_english(systems, args.per_page)
        print()
    if args.corpus in ("zh", "both"):
        bench_chinese(systems, args.per_page)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
