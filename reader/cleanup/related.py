"""Related-article lists: runs of truncated lines that glue a title to a snippet, split and kept as `related`.

The split point is inferred per list, not per site: the entry for this very article anchors it (its snippet
is the start of the body), snippets often open with a date or a quotation mark, the page's own vocabulary
says where a word would be cut, and a list truncates its titles and its snippets to a consistent width.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import statistics
from collections.abc import Sequence

from reader.cleanup.page import Line, Page
from reader.cleanup.text_units import ends_with_ellipsis, strip_ellipsis
from reader.document import Related

# A list is at least this many truncated lines in a row; two could be a coincidence.
MIN_RUN = 3
# A related line is a title plus a snippet: shorter lines are teasers or menu items.
MIN_ENTRY_CHARS = 16
# Related lists hold a handful to a few dozen entries.
MAX_LIST_ENTRIES = 100
# Neither part of a split may be shorter than this (in characters).
MIN_PART_CHARS = 4
# The own-article snippet must match this many characters of the body to count as an anchor.
MIN_ANCHOR_CHARS = 8
# Only the first body lines are compared with the snippets: the lede is where the snippet comes from.
ANCHOR_BODY_LINES = 40
# Characters of page text used to learn which character pairs are words (bounds the work on huge pages).
VOCABULARY_CHARS = 200_000

NUMBERING = re.compile(r"^(?:【(\d{1,3})】\s*|\[(\d{1,3})\]\s*|(\d{1,3})(?:[.、．):：]\s*|\s+))(?=\S)")
DATE_START = re.compile(
    r"(?:\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}\s*年|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)"
)
_CASE_GLUE = re.compile(r"(?<=[a-z.!?\"'”’)])(?=[A-Z])")
OPENERS = "“「『《\"'(（【‘"
_ASCII_UPPER = re.compile(r"[A-Z]")
_DIGIT = re.compile(r"\d")
_OPENER = re.compile("[" + re.escape(OPENERS) + "]")
CLOSERS = ",.，。、:：;；!！?？”』」》)）%’…·"

# Display width of ASCII characters (everything else counts one full-width unit).
_HALF_WIDTH: dict[str, float] = {chr(i): 0.5 for i in range(128)}
# Character-count prefix sums shared by all entries up to this length (longer entries build their own).
_CHAR_PREFIX: list[float] = list(map(float, range(1025)))
# Weights of the split cues, in the unit of the width prior (one full-width character off the list's width).
DATE_BONUS = 4.0
OPENER_BONUS = 4.0
CASE_GLUE_BONUS = 4.0
SEEN_PAIR_PENALTY = 2.5
INSIDE_WORD_PENALTY = 5.0
PUNCT_PENALTY = 5.0
NEAR_CUE_PENALTY = 1.5
CUT_WORD_BONUS = 2.0
# "Starts a word elsewhere": the character is followed by the same character this often, and nearly always.
CUT_WORD_MIN_COUNT = 2
CUT_WORD_SHARE = 0.8
# A part shorter than the list's usual length costs this much per character of the shortfall (longer costs 1).
SHORTFALL_WEIGHT = 0.5
# An entry with several clear cues settles on the nearest one only when it is about this close to the usual lengths.
MAX_SETTLE_COST = 3.0
# Marks a position where no split is allowed (a part would be too short).
NO_SPLIT = -1e9
# Without any clear entry, the title is taken as this share of the line's width.
DEFAULT_TITLE_SHARE = 0.4


def number_of(text: str) -> int | None:
    """The list number a line starts with (`1 `, `1.`, `【1】`, `[1]`), or None."""
    m = NUMBERING.match(text)
    if not m:
        return None
    return int(next(g for g in m.groups() if g is not None))


def without_number(text: str) -> str:
    """The line without its list number."""
    return NUMBERING.sub("", text, count=1)


def mark_related(page: Page) -> None:
    """Find runs of truncated list lines; split each entry into title and snippet; lone unnumbered ones are teasers."""
    lines = page.live()
    runs: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if ends_with_ellipsis(line.text) and len(line.text) >= MIN_ENTRY_CHARS:
            current.append(line)
            continue
        if len(current) >= MIN_RUN:
            runs.append(current)
        current = []
    if len(current) >= MIN_RUN:
        runs.append(current)
    if not runs:
        return
    in_runs = {line.index for run in runs for line in run}
    body = [line.text for line in lines if line.index not in in_runs][:ANCHOR_BODY_LINES]
    vocab = _Vocabulary(lines)
    for run in runs:
        has_numbers = [NUMBERING.match(line.text) is not None for line in run]
        numbered = sum(has_numbers)
        entries: list[Line] = []
        for line, has_number in zip(run, has_numbers, strict=True):
            if (numbered * 2 >= len(run) and not has_number) or (not numbered and DATE_START.match(line.text)):
                line.remove("teaser")
            else:
                entries.append(line)
        # Past this many entries a "list" is a page of its own; the rest is kept unsplit (bounds the work).
        overflow = entries[MAX_LIST_ENTRIES:]
        entries = entries[:MAX_LIST_ENTRIES]
        texts = [strip_ellipsis(without_number(line.text) if numbered else line.text) for line in entries]
        for line, (title, snippet) in zip(entries, split_entries(texts, body, vocab), strict=True):
            line.remove("related")
            item = Related(title, snippet)
            page.related.append(item)
            if page.own_entry is None and len(snippet) >= MIN_ANCHOR_CHARS and any(b.startswith(snippet) for b in body):
                page.own_entry = item
        for line in overflow:
            line.remove("related")
            page.related.append(Related(strip_ellipsis(line.text)))


class _Vocabulary:
    """Character pairs of the page (each distinct line once), and what usually follows a character."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.text = "\n".join(line.text for line in lines)[:VOCABULARY_CHARS]
        self._pairs: dict[str, int] = {}
        self._usual: dict[str, tuple[str, int, int]] = {}

    def pair(self, pair: str) -> int:
        """How often the two characters stand together on the page (counted on demand: few pairs are asked)."""
        n = self._pairs.get(pair)
        if n is None:
            n = self._pairs[pair] = self.text.count(pair)
        return n

    def usual_follower(self, ch: str) -> tuple[str, int, int]:
        """(the character that most often follows `ch`, how often, how often anything follows `ch`)."""
        found = self._usual.get(ch)
        if found is None:
            followers = _follower_pattern(ch).findall(self.text)
            if followers:
                counts: dict[str, int] = {}
                for f in followers:
                    counts[f] = counts.get(f, 0) + 1
                # max() keeps the first of equal counts, as Counter.most_common(1) does.
                usual = max(counts, key=counts.__getitem__)
                found = (usual, counts[usual], len(followers))
            else:
                found = ("", 0, 0)
            self._usual[ch] = found
        return found


@functools.lru_cache(maxsize=4096)
def _follower_pattern(ch: str) -> re.Pattern[str]:
    """`ch` and the character after it (compiled once per character, not once per page)."""
    return re.compile(re.escape(ch) + "(.)", re.S)


def _anchor(text: str, body: Sequence[str]) -> int | None:
    """Split point where the rest of `text` is the start of a body line (the list's entry for this article)."""
    # A body line that the rest of `text` starts holds at least text's last MIN_ANCHOR_CHARS characters:
    # one substring test rules out most lines before the position-by-position search.
    tail = text[-MIN_ANCHOR_CHARS:]
    for para in body:
        if len(para) < MIN_ANCHOR_CHARS or tail not in para:
            continue
        p = text.find(para[0], MIN_PART_CHARS)
        while 0 <= p <= len(text) - MIN_ANCHOR_CHARS:
            if para.startswith(text[p:]):
                return p
            p = text.find(para[0], p + 1)
    return None


def _strong_cues(text: str) -> dict[int, float]:
    """Positions where a snippet visibly starts (a date, an opening quote, a lower-to-upper case glue)."""
    found: dict[int, float] = {}
    if _ASCII_UPPER.search(text):
        for m in _CASE_GLUE.finditer(text):
            found[m.start()] = CASE_GLUE_BONUS
    for m in _OPENER.finditer(text):
        found[m.start()] = OPENER_BONUS
    if _DIGIT.search(text):  # every date form has digits: skip the long pattern when there are none
        for m in DATE_START.finditer(text):
            found[m.start()] = DATE_BONUS
    return {p: v for p, v in found.items() if MIN_PART_CHARS <= p <= len(text) - MIN_PART_CHARS}


def _local_score(text: str, p: int, strong: dict[int, float], vocab: _Vocabulary) -> float:
    """Score of splitting before position p from the characters around it (all but the cut-word cue)."""
    before, after = text[p - 1], text[p]
    score = strong.get(p, 0.0)
    if before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
        score -= INSIDE_WORD_PENALTY
    if after in CLOSERS or before in OPENERS or after.isspace():
        score -= PUNCT_PENALTY
    if vocab.pair(before + after) >= 2:
        score -= SEEN_PAIR_PENALTY
    if p not in strong and (p - 1 in strong or p + 1 in strong):
        # One character off a clear cue is a worse split than an unmarked position.
        score -= NEAR_CUE_PENALTY
    return score


def _cut_word(text: str, p: int, vocab: _Vocabulary) -> bool:
    """`text[p-1]` starts a word elsewhere on the page that goes on differently here: a truncated title ends at it."""
    before, after = text[p - 1], text[p]
    if not "\u4e00" <= before <= "\u9fff" or vocab.pair(before + after) >= 2:
        return False
    usual, n, total = vocab.usual_follower(before)
    return usual != after and n >= CUT_WORD_MIN_COUNT and n >= CUT_WORD_SHARE * (total - vocab.pair(before + after))


def split_entries(texts: Sequence[str], body: Sequence[str], vocab: _Vocabulary) -> list[tuple[str, str]]:
    """Split each glued `title + snippet` of one list, using the list as a whole to settle unclear entries.

    Lists truncate by characters or by display width (a Latin letter half a Han character); both
    measures are learned from the clear entries and an unclear entry is split by whichever fits it best.
    """
    strongs = [_strong_cues(text) for text in texts]
    anchors = [_anchor(text, body) for text in texts]
    measures: list[list[list[float]]] = [
        [list(itertools.accumulate(map(_HALF_WIDTH.get, text, itertools.repeat(1.0)), initial=0.0)) for text in texts],
        [_char_prefix(len(text)) for text in texts],
    ]
    # Round one: the anchor and entries with a single clear cue tell the list's title and snippet lengths.
    settled: dict[int, int] = {}
    for k, (strong, anchor) in enumerate(zip(strongs, anchors, strict=True)):
        p = anchor if anchor is not None else next(iter(strong)) if len(strong) == 1 else None
        if p is not None:
            settled[k] = p
    # Round two: entries with several clear cues take the one nearest those lengths.
    if settled:
        first = [_targets(m, settled) for m in measures]
        for k, strong in enumerate(strongs):
            if k in settled or not strong:
                continue
            cost, near = min((min(_cost(m[k], i, t) for m, t in zip(measures, first, strict=True)), i) for i in strong)
            if cost <= MAX_SETTLE_COST:
                settled[k] = near
    targets = [_targets(m, settled) for m in measures] if settled else None
    result: list[tuple[str, str]] = []
    for k, text in enumerate(texts):
        p = anchors[k]
        if p is None:
            if targets is None:
                # No clear entry at all: assume a title about two fifths of the line, the usual list layout.
                width = measures[0][k][-1]
                entry_targets = [(width * DEFAULT_TITLE_SHARE, width * (1 - DEFAULT_TITLE_SHARE))]
                entry_measures = [measures[0][k]]
                window = range(len(text) + 1)
            else:
                entry_targets = targets
                entry_measures = [m[k] for m in measures]
                window = _window(entry_measures, entry_targets)
            p = _best_split(text, strongs[k], window, vocab, entry_measures, entry_targets)
        result.append((text[:p].strip(), text[p:].strip()))
    return result


def _char_prefix(n: int) -> list[float]:
    """0.0, 1.0, ... n as floats (a slice of a shared table: no floats are made per entry)."""
    if n < len(_CHAR_PREFIX):
        return _CHAR_PREFIX[: n + 1]
    return list(map(float, range(n + 1)))


def _targets(measure: Sequence[Sequence[float]], settled: dict[int, int]) -> tuple[float, float]:
    """Median title and snippet length of the settled entries, in one measure."""
    titles = [measure[k][p] for k, p in settled.items()]
    snippets = [measure[k][-1] - measure[k][p] for k, p in settled.items()]
    return statistics.median(titles), statistics.median(snippets)


def _cost(prefix: Sequence[float], p: int, target: tuple[float, float]) -> float:
    """How far splitting at p puts the title and the snippet from the list's usual lengths.

    Running over the usual length costs more than falling short: a short title or lede is simply not
    truncated, but nothing in a truncated list is longer than the cut.
    """
    title_gap = prefix[p] - target[0]
    snippet_gap = prefix[-1] - prefix[p] - target[1]
    title_cost = title_gap if title_gap > 0 else -title_gap * SHORTFALL_WEIGHT
    return title_cost + (snippet_gap if snippet_gap > 0 else -snippet_gap * SHORTFALL_WEIGHT)


def _costs(prefix: Sequence[float], lo: int, hi: int, target: tuple[float, float]) -> list[float]:
    """`_cost` for every position in [lo, hi), in one loop (this is the parse's innermost loop)."""
    t_target, s_target = target
    total = prefix[-1]
    return [
        (tg if (tg := x - t_target) > 0 else -tg * SHORTFALL_WEIGHT)
        + (sg if (sg := total - x - s_target) > 0 else -sg * SHORTFALL_WEIGHT)
        for x in prefix[lo:hi]
    ]


def _window(prefixes: Sequence[Sequence[float]], targets: Sequence[tuple[float, float]]) -> range:
    """Positions whose length cost alone could still be beaten by the largest cue bonus."""
    reach = max(DATE_BONUS, OPENER_BONUS, CASE_GLUE_BONUS) + CUT_WORD_BONUS
    lo, hi = len(prefixes[0]), 0
    for pw, (t_target, s_target) in zip(prefixes, targets, strict=True):
        lo = min(lo, bisect.bisect_left(pw, min(t_target, pw[-1] - s_target) - reach))
        hi = max(hi, bisect.bisect_right(pw, max(t_target, pw[-1] - s_target) + reach))
    return range(max(lo, 0), min(hi + 1, len(prefixes[0])))


def _best_split(
    text: str,
    strong: dict[int, float],
    window: range,
    vocab: _Vocabulary,
    prefixes: Sequence[Sequence[float]],
    targets: Sequence[tuple[float, float]],
) -> int:
    """The position with the lowest length cost less cue score.

    Positions are visited from the most promising (length cost less any clear cue) and the page-dependent
    cues are looked up only while a position could still win: a few lookups per entry instead of dozens.
    """
    lo, hi = max(window.start, MIN_PART_CHARS), min(window.stop, len(text) - MIN_PART_CHARS + 1)
    costs = [_costs(pw, lo, hi, target) for pw, target in zip(prefixes, targets, strict=True)]
    best_of = costs[0] if len(costs) == 1 else list(map(min, *costs))
    if strong:
        bounds = [(cost - strong.get(p, 0.0), p) for p, cost in zip(range(lo, hi), best_of, strict=True)]
    else:
        bounds = list(zip(best_of, range(lo, hi), strict=True))
    if not bounds:
        return max(min(len(text) // 2, len(text)), 0)
    bounds.sort()
    best_cost, best_p = float("inf"), bounds[0][1]
    for bound, p in bounds:
        if bound - CUT_WORD_BONUS >= best_cost:
            break
        cost = bound + strong.get(p, 0.0) - _local_score(text, p, strong, vocab)
        if cost - CUT_WORD_BONUS < best_cost and _cut_word(text, p, vocab):
            cost -= CUT_WORD_BONUS
        if cost < best_cost:
            best_cost, best_p = cost, p
    return best_p
