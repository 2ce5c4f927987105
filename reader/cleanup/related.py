"""Related-article lists: runs of truncated lines that glue a title to a snippet, split and kept as `related`.

The split point is inferred per list, not per site: the entry for this very article anchors it (its snippet
is the start of the body), snippets often open with a date or a quotation mark, the page's own vocabulary
says where a word would be cut, and a list truncates its titles and its snippets to a consistent width.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Iterable, Sequence

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
# A snippet glued to a title in a lower-to-upper case change: "...on MondayThe council said".
_GLUE_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz.!?\"'”’)")
OPENERS = "“「『《\"'(（【‘"
# The characters a cue can sit on: an opener, a capital (case glue, a month's name) or a digit (a date).
# DATE_START has no fixed first character, so the regex engine would try all its branches at every position
# of a line; a date can only start on a digit or a month's capital.
# (One character class first, so the engine skips to candidates quickly; a digit takes the rest of its run.)
_CUE_CHARACTER = re.compile("[A-Z\\d" + re.escape(OPENERS) + "](?:(?<=\\d)\\d*)?")
_MONTH_INITIALS = frozenset("JFMASOND")
_DIGIT = re.compile(r"\d")
# What can follow a run of digits a date starts in: DATE_START's digit forms go on with `\s*月`, `\s*年` or a
# separator right after their digits.
_AFTER_DATE_DIGITS = "月年-/."
CLOSERS = ",.，。、:：;；!！?？”』」》)）%’…·"

# Display width in half units: 1 for an ASCII character, 2 for everything else (one full-width unit). A
# character's UTF-8 form is one byte below 0x80 (ASCII) or a lead byte from 0xC0 up and continuation bytes
# 0x80-0xBF: without the continuation bytes, one byte a character says which it is.
_HALF_UNITS = bytes(1 if b < 0x80 else 2 for b in range(256))
_UTF8_CONTINUATION = bytes(range(0x80, 0xC0))
# Weights of the split cues, in the unit of the width prior (one full-width character off the list's width).
DATE_BONUS = 4.0
OPENER_BONUS = 4.0
CASE_GLUE_BONUS = 4.0
SEEN_PAIR_PENALTY = 2.5
# A character pair standing together this often on the page is a word (or part of one), not a split point.
SEEN_PAIR_COUNT = 2
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
        self._every: dict[str, list[str]] = {}
        self._usual: dict[str, tuple[str, int, int]] = {}

    def pair(self, pair: str) -> int:
        """How often the two characters stand together on the page, counted up to SEEN_PAIR_COUNT (on demand:
        few pairs are asked; the cues only tell 0, 1 and "seen", so a common pair stops the search early)."""
        n = self._pairs.get(pair)
        if n is None and len(pair) == 2 and pair[0] != pair[1] and "\u4e00" <= pair[0] <= "\u9fff":
            # After a Han character the cut-word cue asks for its followers anyway: one scan serves both. (Two
            # different characters cannot overlap, so the pair's non-overlapping count is its count of followers.)
            n = min(self._every_follower(pair[0]).count(pair[1]), SEEN_PAIR_COUNT)
            self._pairs[pair] = n
        elif n is None:
            n = 0
            at = self.text.find(pair)
            while at >= 0 and n < SEEN_PAIR_COUNT:
                n += 1
                at = self.text.find(pair, at + len(pair))  # non-overlapping, as str.count counts
            self._pairs[pair] = n
        return n

    def _every_follower(self, ch: str) -> list[str]:
        """The character after each `ch` on the page, in page order."""
        found = self._every.get(ch)
        if found is None:
            found = self._every[ch] = _follower_pattern(ch).findall(self.text)
        return found

    def _followers(self, ch: str) -> list[str]:
        """The followers of `ch` as a scan for `ch` and the next character finds them: a `ch` that follows
        `ch` was taken as the follower, not scanned as a `ch` of its own."""
        every = self._every_follower(ch)
        if ch not in every:
            return every
        scanned: list[str] = []
        taken = False
        for follower in every:
            if taken:
                taken = False
                continue
            scanned.append(follower)
            taken = follower == ch
        return scanned

    def usual_follower(self, ch: str) -> tuple[str, int, int]:
        """(the character that most often follows `ch`, how often, how often anything follows `ch`)."""
        found = self._usual.get(ch)
        if found is None:
            followers = self._followers(ch)
            if followers:
                # A dict keeps the first-seen order, so max() takes the first of equal counts (as Counter would,
                # at a fraction of its cost for the few followers of a character).
                counts: dict[str, int] = {}
                for follower in followers:
                    counts[follower] = counts.get(follower, 0) + 1
                usual = max(counts, key=counts.__getitem__)
                found = (usual, counts[usual], len(followers))
            else:
                found = ("", 0, 0)
            self._usual[ch] = found
        return found


@functools.lru_cache(maxsize=4096)
def _follower_pattern(ch: str) -> re.Pattern[str]:
    """`ch`, capturing the character after it without taking it (compiled once per character, not once per page)."""
    return re.compile(re.escape(ch) + "(?=(.))", re.S)


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
    """Positions where a snippet visibly starts (a date, an opening quote, a lower-to-upper case glue).

    One scan finds every character a cue can sit on; a regex scan costs far more per character than the
    few checks made at those positions.
    """
    found: dict[int, float] = {}
    date_end = 0
    has_digit: bool | None = None
    for m in _CUE_CHARACTER.finditer(text):
        p, end = m.span()
        ch = text[p]
        if ch in OPENERS:
            found[p] = OPENER_BONUS
            continue
        if end - p > 1 or ch.isdecimal():
            # A run of digits: a date opens on its last one or two digits ("6月", "12月") or its last four
            # ("2023年", "2023-06-26"), never elsewhere (DATE_START's digits are followed by a non-digit).
            after = text[end : end + 1]
            if after not in _AFTER_DATE_DIGITS and not after.isspace():
                continue
            for q in (end - 4, end - 2, end - 1):
                if q >= p and q >= date_end and (date := DATE_START.match(text, q)):
                    found[q] = DATE_BONUS
                    date_end = date.end()
            continue
        if p and text[p - 1] in _GLUE_BEFORE:
            found[p] = CASE_GLUE_BONUS
        if p < date_end or ch not in _MONTH_INITIALS:
            continue
        if has_digit is None:  # every date form has digits
            has_digit = _DIGIT.search(text, p) is not None
        if has_digit and (date := DATE_START.match(text, p)):
            found[p] = DATE_BONUS
            date_end = date.end()
    return {p: v for p, v in found.items() if MIN_PART_CHARS <= p <= len(text) - MIN_PART_CHARS}


def _half_widths(text: str) -> list[int]:
    """Display width of every prefix of `text`, in half units (0, then one entry per character)."""
    units = text.encode("utf-8", "surrogatepass").translate(_HALF_UNITS, _UTF8_CONTINUATION)
    return list(itertools.accumulate(units, initial=0))


def split_entries(texts: Sequence[str], body: Sequence[str], vocab: _Vocabulary) -> list[tuple[str, str]]:
    """Split each glued `title + snippet` of one list, using the list as a whole to settle unclear entries.

    Lists truncate by characters or by display width (a Latin letter half a Han character); both
    measures are learned from the clear entries and an unclear entry is split by whichever fits it best.
    """
    anchors = [_anchor(text, body) for text in texts]
    # The anchored entry is split already: its cues are never asked for.
    strongs = [_strong_cues(text) if anchor is None else {} for text, anchor in zip(texts, anchors, strict=True)]
    halves = [_half_widths(text) for text in texts]
    # Round one: the anchor and entries with a single clear cue tell the list's title and snippet lengths.
    settled: dict[int, int] = {}
    for k, (strong, anchor) in enumerate(zip(strongs, anchors, strict=True)):
        p = anchor if anchor is not None else next(iter(strong)) if len(strong) == 1 else None
        if p is not None:
            settled[k] = p
    # Round two: entries with several clear cues take the one nearest those lengths.
    if settled:
        first_w, first_c = _width_targets(halves, settled), _char_targets(texts, settled)
        for k, strong in enumerate(strongs):
            if k in settled or not strong:
                continue
            half, total_w, total_c = halves[k], halves[k][-1] * 0.5, len(texts[k])
            best: tuple[float, int] | None = None
            for i in strong:
                cost = min(_cost(half[i] * 0.5, total_w, first_w), _cost(i, total_c, first_c))
                if best is None or (cost, i) < best:
                    best = (cost, i)
            if best is not None and best[0] <= MAX_SETTLE_COST:
                settled[k] = best[1]
    result: list[tuple[str, str]] = []
    if settled:
        target_w, target_c = _width_targets(halves, settled), _char_targets(texts, settled)
        for k, text in enumerate(texts):
            p = anchors[k]
            if p is None:
                p = _best_split_two(text, strongs[k], vocab, halves[k], target_w, target_c)
            result.append((text[:p].strip(), text[p:].strip()))
        return result
    for k, text in enumerate(texts):
        # No clear entry at all: assume a title about two fifths of the line, the usual list layout.
        width = [h * 0.5 for h in halves[k]]
        entry_target = (width[-1] * DEFAULT_TITLE_SHARE, width[-1] * (1 - DEFAULT_TITLE_SHARE))
        p = _best_split(text, strongs[k], range(len(text) + 1), vocab, [width], [entry_target])
        result.append((text[:p].strip(), text[p:].strip()))
    return result


def _median(values: list[float]) -> float:
    """The median, as `statistics.median` computes it (without its generality: this runs once per list)."""
    values.sort()
    n = len(values)
    if n % 2:
        return values[n // 2]
    return (values[n // 2 - 1] + values[n // 2]) / 2


def _width_targets(halves: Sequence[Sequence[int]], settled: dict[int, int]) -> tuple[float, float]:
    """Median title and snippet display width of the settled entries (in full-width units)."""
    titles = [halves[k][p] * 0.5 for k, p in settled.items()]
    snippets = [(halves[k][-1] - halves[k][p]) * 0.5 for k, p in settled.items()]
    return _median(titles), _median(snippets)


def _char_targets(texts: Sequence[str], settled: dict[int, int]) -> tuple[float, float]:
    """Median title and snippet length in characters of the settled entries."""
    return _median([float(p) for p in settled.values()]), _median(
        [float(len(texts[k]) - p) for k, p in settled.items()]
    )


def _cost(x: float, total: float, target: tuple[float, float]) -> float:
    """How far a split with `x` before it (of `total`) puts the title and the snippet from the list's usual lengths.

    Running over the usual length costs more than falling short: a short title or lede is simply not
    truncated, but nothing in a truncated list is longer than the cut.
    """
    title_gap = x - target[0]
    snippet_gap = total - x - target[1]
    title_cost = title_gap if title_gap > 0 else -title_gap * SHORTFALL_WEIGHT
    return title_cost + (snippet_gap if snippet_gap > 0 else -snippet_gap * SHORTFALL_WEIGHT)


# How far past the usual lengths a split can still win: by the largest cue bonus at most.
_REACH = max(DATE_BONUS, OPENER_BONUS, CASE_GLUE_BONUS) + CUT_WORD_BONUS


def _best_split_two(
    text: str,
    strong: dict[int, float],
    vocab: _Vocabulary,
    half: Sequence[int],
    target_w: tuple[float, float],
    target_c: tuple[float, float],
) -> int:
    """`_best_split` for the usual case, both measures known: the length cost of a position is the lower of its
    cost in display width (`half`: prefix widths in half units) and in characters. This is the parse's innermost
    loop, so costs are computed outward from the usual lengths, only as far as a position could still win."""
    n = len(text)
    total_w, total_c = half[-1] * 0.5, float(n)
    tw, sw = target_w
    tc, sc = target_c
    # Each measure's cost is flat between its two targets (the title's usual end and the snippet's usual start)
    # and grows on either side. In half units for the width: doubling is exact, so the comparisons are those of
    # the widths themselves.
    low_w, high_w = min(tw, total_w - sw) * 2, max(tw, total_w - sw) * 2
    low_c, high_c = min(tc, total_c - sc), max(tc, total_c - sc)
    # Positions whose length cost alone could still be beaten by the largest cue bonus (and the one past them).
    start = max(min(bisect.bisect_left(half, low_w - _REACH * 2), math.ceil(low_c - _REACH)), MIN_PART_CHARS)
    reach_end = max(bisect.bisect_right(half, high_w + _REACH * 2), math.floor(high_c + _REACH) + 1)
    stop = min(reach_end + 1, n - MIN_PART_CHARS + 1)
    if start >= stop:
        return max(min(n // 2, n), 0)
    w = SHORTFALL_WEIGHT

    def length_cost(p: int) -> float:
        x = half[p] * 0.5
        gap = x - tw
        by_width = gap if gap > 0 else -gap * w
        gap = total_w - x - sw
        by_width += gap if gap > 0 else -gap * w
        gap = p - tc
        by_chars = gap if gap > 0 else -gap * w
        gap = total_c - p - sc
        by_chars += gap if gap > 0 else -gap * w
        return by_chars if by_chars < by_width else by_width

    # The core: from the last position at or below both measures' flat stretches to the first at or above both.
    # Moving out of it, both costs only grow (each character adds to the width), so the positions outside are
    # needed only as far as their length cost could still win against the best split of the core.
    core_lo = max(min(bisect.bisect_right(half, low_w), math.floor(low_c) + 1) - 1, start)
    core_hi = min(max(bisect.bisect_left(half, high_w), math.ceil(high_c)) + 1, stop)
    bounds = [(length_cost(p) - strong.get(p, 0.0), p) for p in range(core_lo, core_hi)]
    bounds += [
        (length_cost(p) - cue, p) for p, cue in strong.items() if start <= p < stop and not core_lo <= p < core_hi
    ]
    bounds.sort()
    best_cost, best_p = _settle(text, strong, vocab, bounds) if bounds else (math.inf, -1)
    outside: list[tuple[float, int]] = []
    for positions in (range(min(core_lo, stop) - 1, start - 1, -1), range(max(core_hi, start), stop)):
        for p in positions:
            cost = length_cost(p)
            if cost - CUT_WORD_BONUS > best_cost:
                break
            if p not in strong:
                outside.append((cost, p))
    if outside:
        bounds += outside
        bounds.sort()
        best_p = _settle(text, strong, vocab, bounds)[1]
    return best_p


def _best_split(
    text: str,
    strong: dict[int, float],
    window: range,
    vocab: _Vocabulary,
    prefixes: Sequence[Sequence[float]],
    targets: Sequence[tuple[float, float]],
) -> int:
    """The position in `window` with the lowest length cost (the lowest over the measures) less cue score."""
    lo, hi = max(window.start, MIN_PART_CHARS), min(window.stop, len(text) - MIN_PART_CHARS + 1)
    costs = [
        [_cost(pw[p], pw[-1], target) for p in range(lo, hi)] for pw, target in zip(prefixes, targets, strict=True)
    ]
    best_of = costs[0] if len(costs) == 1 else list(map(min, *costs))
    bounds = [(cost - strong.get(p, 0.0), p) for p, cost in zip(range(lo, hi), best_of, strict=True)]
    if not bounds:
        return max(min(len(text) // 2, len(text)), 0)
    return _settle(text, strong, vocab, sorted(bounds))[1]


def _settle(
    text: str, strong: dict[int, float], vocab: _Vocabulary, bounds: Iterable[tuple[float, int]]
) -> tuple[float, int]:
    """(cost, position) of the split with the lowest length cost less cue score, given (length cost less clear
    cue, position) in ascending order (at least one); of equal costs, the one first in that order.

    Positions are visited from the most promising and the page-dependent cues are looked up only while a
    position could still win: a few lookups per entry instead of dozens.
    """
    best_cost, best_p = math.inf, -1
    for bound, p in bounds:
        if bound - CUT_WORD_BONUS >= best_cost:
            break
        cue = strong.get(p, 0.0)
        before, after = text[p - 1], text[p]
        pair = vocab.pair(before + after)
        # The score of the characters around the split (all but the cut-word cue), from the clear cue down.
        score = cue
        if before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
            score -= INSIDE_WORD_PENALTY
        if after in CLOSERS or before in OPENERS or after.isspace():
            score -= PUNCT_PENALTY
        if pair >= SEEN_PAIR_COUNT:
            score -= SEEN_PAIR_PENALTY
        if p not in strong and (p - 1 in strong or p + 1 in strong):
            # One character off a clear cue is a worse split than an unmarked position.
            score -= NEAR_CUE_PENALTY
        cost = bound + cue - score
        if cost - CUT_WORD_BONUS < best_cost and pair < SEEN_PAIR_COUNT and _cut_word(before, after, pair, vocab):
            cost -= CUT_WORD_BONUS
        if cost < best_cost:
            best_cost, best_p = cost, p
    return best_cost, best_p


def _cut_word(before: str, after: str, pair: int, vocab: _Vocabulary) -> bool:
    """`before` starts a word elsewhere on the page that goes on differently here: a truncated title ends at it
    (`pair`: how often the two stand together on the page, under SEEN_PAIR_COUNT)."""
    if not "\u4e00" <= before <= "\u9fff":
        return False
    usual, n, total = vocab.usual_follower(before)
    return usual != after and n >= CUT_WORD_MIN_COUNT and n >= CUT_WORD_SHARE * (total - pair)
