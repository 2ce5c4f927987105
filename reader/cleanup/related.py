"""Related-article lists: runs of truncated lines that glue a title to a snippet, split and kept as `related`.

The split point is inferred per list, not per site: the entry for this very article anchors it (its snippet
is the start of the body), snippets often open with a date or a quotation mark, the page's own vocabulary
says where a word would be cut, and a list truncates its titles and its snippets to a consistent width.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence

from reader.cleanup.page import Line, Page
from reader.cleanup.text_units import ELLIPSIS, strip_ellipsis, width
from reader.document import Related

# A list is at least this many truncated lines in a row; two could be a coincidence.
MIN_RUN = 3
# A related line is a title plus a snippet: shorter lines are teasers or menu items.
MIN_ENTRY_CHARS = 16
# Neither part of a split may be shorter than this (in characters).
MIN_PART_CHARS = 4
# The own-article snippet must match this many characters of the body to count as an anchor.
MIN_ANCHOR_CHARS = 8
# Only the first body lines are compared with the snippets: the lede is where the snippet comes from.
ANCHOR_BODY_LINES = 40
# Characters of page text used to learn which character pairs are words (bounds the work on huge pages).
VOCABULARY_CHARS = 200_000

NUMBERING = re.compile(r"^(?:【(\d{1,3})】|\[(\d{1,3})\]|(\d{1,3})(?:[.、．):：]\s*|\s+))(?=\S)")
DATE_START = re.compile(
    r"(?:\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}\s*年|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)"
)
OPENERS = "“「『《\"'(（【‘"
CLOSERS = ",.，。、:：;；!！?？”』」》)）%’…·"

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
        if ELLIPSIS.search(line.text) and len(line.text) >= MIN_ENTRY_CHARS:
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
    pairs = _vocabulary(lines)
    for run in runs:
        numbered = sum(1 for line in run if number_of(line.text) is not None)
        entries: list[Line] = []
        for line in run:
            has_number = number_of(line.text) is not None
            if (numbered * 2 >= len(run) and not has_number) or (not numbered and DATE_START.match(line.text)):
                line.remove("teaser")
            else:
                entries.append(line)
        texts = [strip_ellipsis(without_number(line.text) if numbered else line.text) for line in entries]
        for line, (title, snippet) in zip(entries, split_entries(texts, body, pairs), strict=True):
            line.remove("related")
            item = Related(title, snippet)
            page.related.append(item)
            if page.own_entry is None and any(b.startswith(snippet) for b in body if len(snippet) >= MIN_ANCHOR_CHARS):
                page.own_entry = item


def _vocabulary(lines: Sequence[Line]) -> Counter[str]:
    """Character pairs of the page (each distinct line once) with their counts."""
    pairs: Counter[str] = Counter()
    budget = VOCABULARY_CHARS
    for line in lines:
        text = line.text[:budget]
        pairs.update(text[i : i + 2] for i in range(len(text) - 1))
        budget -= len(text)
        if budget <= 0:
            break
    return pairs


def _anchor(text: str, body: Sequence[str]) -> int | None:
    """Split point where the rest of `text` is the start of a body line (the list's entry for this article)."""
    for para in body:
        if not para:
            continue
        p = text.find(para[0], MIN_PART_CHARS)
        while 0 <= p <= len(text) - MIN_ANCHOR_CHARS:
            if para.startswith(text[p:]):
                return p
            p = text.find(para[0], p + 1)
    return None


def _cue(text: str, p: int, pairs: Counter[str], followers: dict[str, Counter[str]]) -> tuple[float, bool]:
    """Score of splitting `text` before position p from local evidence, and whether the evidence is strong."""
    before, after = text[p - 1], text[p]
    score = 0.0
    strong = False
    if DATE_START.match(text, p):
        score += DATE_BONUS
        strong = True
    elif after in OPENERS:
        score += OPENER_BONUS
        strong = True
    elif after.isupper() and (before.islower() or before in ".!?\"'”’)") and before.isascii():
        score += CASE_GLUE_BONUS
        strong = True
    if before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
        score -= INSIDE_WORD_PENALTY
    if after in CLOSERS or before in OPENERS or after.isspace():
        score -= PUNCT_PENALTY
    if pairs[before + after] >= 2:
        score -= SEEN_PAIR_PENALTY
    elif _cut_word(before, after, followers):
        score += CUT_WORD_BONUS
    return score, strong


def _cut_word(before: str, after: str, followers: dict[str, Counter[str]]) -> bool:
    """True when `before` starts a word elsewhere on the page that goes on differently here (a truncated title)."""
    if not "\u4e00" <= before <= "\u9fff":
        return False
    seen = followers.get(before)
    if not seen:
        return False
    usual, n = seen.most_common(1)[0]
    return usual != after and n >= CUT_WORD_MIN_COUNT and n >= CUT_WORD_SHARE * (seen.total() - seen[after])


def split_entries(texts: Sequence[str], body: Sequence[str], pairs: Counter[str]) -> list[tuple[str, str]]:
    """Split each glued `title + snippet` of one list, using the list as a whole to settle unclear entries."""
    followers = _followers(pairs)
    cues: list[list[tuple[float, bool]]] = []
    anchors: list[int | None] = []
    for text in texts:
        cues.append(
            [
                _cue(text, p, pairs, followers)
                if MIN_PART_CHARS <= p <= len(text) - MIN_PART_CHARS
                else (NO_SPLIT, False)
                for p in range(len(text))
            ]
        )
        anchors.append(_anchor(text, body))
    # Round one: the anchor and entries with a single clear cue tell the list's title and snippet widths.
    splits: list[int | None] = []
    for cue, anchor in zip(cues, anchors, strict=True):
        strong = [i for i, (score, is_strong) in enumerate(cue) if is_strong and score > 0]
        splits.append(anchor if anchor is not None else strong[0] if len(strong) == 1 else None)
    widths = [(width(t[:p]), width(t[p:])) for t, p in zip(texts, splits, strict=True) if p is not None]
    # Round two: entries with several clear cues take the one nearest those widths.
    if widths:
        t_target = statistics.median(w[0] for w in widths)
        s_target = statistics.median(w[1] for w in widths)
        for k, (text, cue) in enumerate(zip(texts, cues, strict=True)):
            strong = [i for i, (score, is_strong) in enumerate(cue) if is_strong and score > 0]
            if splits[k] is None and strong:
                near = min(strong, key=lambda i: abs(width(text[:i]) - t_target) + abs(width(text[i:]) - s_target))
                widths.append((width(text[:near]), width(text[near:])))
    result: list[tuple[str, str]] = []
    for text, cue, anchor in zip(texts, cues, anchors, strict=True):
        p = anchor if anchor is not None else _best_split(text, cue, widths)
        result.append((text[:p].strip(), text[p:].strip()))
    return result


def _followers(pairs: Counter[str]) -> dict[str, Counter[str]]:
    """For each character, the characters that follow it on the page, with counts."""
    table: dict[str, Counter[str]] = {}
    for pair, n in pairs.items():
        if len(pair) == 2:
            table.setdefault(pair[0], Counter())[pair[1]] += n
    return table


def _best_split(text: str, cue: Sequence[tuple[float, bool]], widths: list[tuple[float, float]]) -> int:
    total = width(text)
    if widths:
        t_target = statistics.median(w[0] for w in widths)
        s_target = statistics.median(w[1] for w in widths)
    else:
        # No clear entry at all: assume a title about two fifths of the line, the usual list layout.
        t_target = total * DEFAULT_TITLE_SHARE
        s_target = total - t_target
    best_p, best_cost = MIN_PART_CHARS, float("inf")
    prefix = 0.0
    for p in range(len(text)):
        if p:
            prefix += 0.5 if text[p - 1].isascii() else 1.0
        score = cue[p][0]
        if score <= NO_SPLIT:
            continue
        cost = abs(prefix - t_target) + abs(total - prefix - s_target) - score
        if cost < best_cost:
            best_p, best_cost = p, cost
    return best_p
