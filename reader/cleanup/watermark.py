"""Watermarks: the site's name, or a short phrase stamped across the page, injected into sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.cleanup.page import Page

# A stamped phrase is short; a longer repeated clause is more likely a real refrain of the text.
MAX_PHRASE_CHARS = 12
MIN_PHRASE_CHARS = 2
# A phrase must be injected in at least this many body lines before it counts as a stamp (the site name needs one).
MIN_REPEATS = 3
_CLAUSE = re.compile(rf"(?<=[,，])([^,，。！？!?；;、“”\"]{{{MIN_PHRASE_CHARS},{MAX_PHRASE_CHARS}}})[,，]")
# What a clause between two commas may not hold (the negated class of _CLAUSE, less the commas).
_CLAUSE_STOPS = frozenset('。！？!?；;、“”"')


def clauses(text: str) -> list[str]:
    """`_CLAUSE.findall(text)`, computed from the pieces between commas: a clause is a whole piece that has a
    comma on both sides (the pattern's run cannot stop short of the next comma), of the right length and
    without sentence marks. Splitting costs a fraction of the regex's scan with its look-behind at every
    position."""
    if "," not in text and "，" not in text:
        return []
    pieces = text.replace("，", ",").split(",")[1:-1]
    return [
        piece
        for piece in pieces
        if MIN_PHRASE_CHARS <= len(piece) <= MAX_PHRASE_CHARS and _CLAUSE_STOPS.isdisjoint(piece)
    ]


def clause_counts(texts: Iterable[str]) -> dict[str, int]:
    """In how many of `texts` each clause occurs (a plain dict: Counter.update costs more than the few clauses
    of a line it would count)."""
    counts: dict[str, int] = {}
    for text in texts:
        for phrase in set(clauses(text)):
            counts[phrase] = counts.get(phrase, 0) + 1
    return counts


def remove_watermarks(page: Page, learn_phrases: bool = True) -> None:
    """Cut `name,` out of body sentences where a stamp sits between two commas.

    The stamp is the site's name, or (with `learn_phrases`) a name-like phrase the page repeats between
    commas or also shows on a line of its own. Repeated ordinary clauses ("那么,", a refrain of a speech)
    are text, so a learned phrase must look like a name: an outlet, an account, a "本文来源…" note.
    """
    stamps: set[str] = set()
    if page.site:
        stamps.add(page.site)
    body = [line for line in page.live() if line.kind in ("paragraph", None)]
    if learn_phrases:
        counts = clause_counts(line.text for line in body)
        # A phrase that also stands alone elsewhere on the page (a header, a footer) is the page's own stamp.
        alone = {line.text for line in page.lines if len(line.text) <= MAX_PHRASE_CHARS}
        for phrase, n in counts.items():
            if _NAME_LIKE.search(phrase) and not _is_sentence_like(phrase) and (n >= MIN_REPEATS or phrase in alone):
                stamps.add(phrase)
    if not stamps:
        return
    # Longest first: a stamp can end another ("XAMP新闻网," / "新闻网,"), and the shorter one only finds its own
    # comma-bounded place once the longer is gone. A fixed order keeps the output free of the hash seed.
    ordered = sorted(stamps, key=lambda stamp: (-len(stamp), stamp))
    for line in body:
        for stamp in ordered:
            needle = stamp + ","
            alt = stamp + "，"
            for piece in (needle, alt):
                # Every comma-bounded place: a copy that ends a longer word ("某某新闻网,") is passed over, not
                # taken as the end of the search.
                pos = line.text.find(piece, 1)
                while pos > 0:
                    if line.text[pos - 1] in ",，":
                        line.text = line.text[:pos] + line.text[pos + len(piece) :]
                        line.cuts.append(("watermark", piece))
                        pos = line.text.find(piece, pos)
                    else:
                        pos = line.text.find(piece, pos + 1)


# What names of outlets, accounts and stamps are made of.
_NAME_LIKE = re.compile(
    r"网|号|媒体|新闻|资讯|日报|晚报|报社|电台|电视|频道|站|平台|APP|App|app|公众号|微信|微博|头条|来源|转载|本文|原创|版权"
    r"|出品|独家|记者|[A-Za-z]{2,}"
)


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
