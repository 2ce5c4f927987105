"""Watermarks: the site's name, or a short phrase stamped across the page, injected into sentences."""

from __future__ import annotations

import re
from collections import Counter

from reader.cleanup.page import Page

# A stamped phrase is short; a longer repeated clause is more likely a real refrain of the text.
MAX_PHRASE_CHARS = 12
MIN_PHRASE_CHARS = 2
# A phrase must be injected in at least this many body lines before it counts as a stamp (the site name needs one).
MIN_REPEATS = 3
_CLAUSE = re.compile(rf"(?<=[,，])([^,，。！？!?；;、“”\"]{{{MIN_PHRASE_CHARS},{MAX_PHRASE_CHARS}}})[,，]")


def remove_watermarks(page: Page) -> None:
    """Cut `name,` out of body sentences where a stamp sits between two commas."""
    stamps: set[str] = set()
    if page.site:
        stamps.add(page.site)
    body = [line for line in page.live() if line.kind in ("paragraph", None)]
    counts: Counter[str] = Counter()
    for line in body:
        counts.update(set(_CLAUSE.findall(line.text)))
    # A phrase that also stands alone elsewhere on the page (a header, a footer) is the page's own stamp.
    alone = {line.text for line in page.lines if len(line.text) <= MAX_PHRASE_CHARS}
    stamps.update(p for p, n in counts.items() if n >= MIN_REPEATS and not _is_sentence_like(p))
    stamps.update(p for p, n in counts.items() if p in alone and n >= 1)
    if not stamps:
        return
    for line in body:
        for stamp in stamps:
            needle = stamp + ","
            alt = stamp + "，"
            for piece in (needle, alt):
                pos = line.text.find(piece)
                while pos > 0 and line.text[pos - 1] in ",，":
                    line.text = line.text[:pos] + line.text[pos + len(piece) :]
                    line.cuts.append(("watermark", piece))
                    pos = line.text.find(piece)


def _is_sentence_like(phrase: str) -> bool:
    """Connectives and speech tags ("他说", "同时") repeat naturally; they are not stamps."""
    return phrase.endswith(("说", "表示", "指出", "认为", "介绍")) or phrase in _COMMON_CLAUSES


_COMMON_CLAUSES = frozenset(
    {
        "同时",
        "此外",
        "其中",
        "因此",
        "然而",
        "但是",
        "另外",
        "据悉",
        "据了解",
        "目前",
        "近日",
        "对此",
        "首先",
        "其次",
        "最后",
    }
)
