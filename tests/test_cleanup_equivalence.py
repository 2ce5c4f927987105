"""The parser model's fast paths give exactly what the plain regex or per-character form they replace gives."""

from __future__ import annotations

import bisect
import itertools
import random
import re
from collections import Counter
from re import _compiler as sre_compiler  # type: ignore[attr-defined]
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader import dates
from reader.cleanup import body, bylines
from reader.cleanup.body import _han_count
from reader.cleanup.bylines import _CLOSING_CREDIT, _EVENT_NOTICE, _KEYED, _SIGN_OFF, _sign_off
from reader.cleanup.footer import _NOT_SITE, _SITE_SHAPE, site_from_footer
from reader.cleanup.headings import _NOT_HEADING_END, _ends_clause
from reader.cleanup.language import KANA_SHARE_JA, guess_language
from reader.cleanup.page import Line
from reader.cleanup.related import (
    _REACH,
    CASE_GLUE_BONUS,
    DATE_BONUS,
    DATE_START,
    MIN_PART_CHARS,
    OPENER_BONUS,
    OPENERS,
    SEEN_PAIR_COUNT,
    SHORTFALL_WEIGHT,
    _best_split_two,
    _half_widths,
    _settle,
    _strong_cues,
    _Vocabulary,
)
from reader.cleanup.watermark import _CLAUSE, clause_counts, clauses

# Characters that steer the cues, clauses and widths, mixed with any text.
PIECES = st.sampled_from(
    [",", "，", "。", "、", "“", "”", '"', "《", "(", "6月26日", "2023年", "2023-06-26", "Jan 5", "June 26", "aB",
     ".T", "x", "中", "国", "中国", "国中", "中中中", " ", "１２", "\ud800", "é", "…", "A", "5"]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join)


def _strong_cues_by_regex(text: str) -> dict[int, float]:
    """The cues as three regex scans find them (the form the one-scan version replaced)."""
    found: dict[int, float] = {}
    for m in re.finditer(r"(?<=[a-z.!?\"'”’)])(?=[A-Z])", text):
        found[m.start()] = CASE_GLUE_BONUS
    for m in re.finditer("[" + re.escape(OPENERS) + "]", text):
        found[m.start()] = OPENER_BONUS
    for m in DATE_START.finditer(text):
        found[m.start()] = DATE_BONUS
    return {p: v for p, v in found.items() if MIN_PART_CHARS <= p <= len(text) - MIN_PART_CHARS}


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_strong_cues_match_the_regex_scans(text: str) -> None:
    assert _strong_cues(text) == _strong_cues_by_regex(text)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_half_widths_match_the_per_character_widths(text: str) -> None:
    widths = itertools.accumulate((0.5 if ord(ch) < 128 else 1.0 for ch in text), initial=0.0)
    assert [h * 0.5 for h in _half_widths(text)] == list(widths)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_clauses_match_the_clause_pattern(text: str) -> None:
    assert clauses(text) == _CLAUSE.findall(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(TEXT, min_size=1, max_size=4), st.sampled_from(["中", "国", "A", ","]), st.sampled_from(["", "国", "中"])
)
def test_usual_follower_matches_the_follower_pattern(lines: list[str], ch: str, asked_before: str) -> None:
    vocab = _Vocabulary([Line(index=i, text=t) for i, t in enumerate(lines)])
    if asked_before:  # a pair asked first may have listed the followers already
        vocab.pair(ch + asked_before)
    followers = re.findall(re.escape(ch) + "(.)", vocab.text, re.S)
    counts = Counter(followers)
    usual = max(counts, key=counts.__getitem__) if counts else ""
    assert vocab.usual_follower(ch) == (usual, counts[usual] if counts else 0, len(followers))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["。", "，", ",", ".", "...", "…", "a", "中", ":", "、", " "]), max_size=8).map("".join)
)
def test_clause_end_matches_the_heading_end_pattern(text: str) -> None:
    assert _ends_clause(text) == bool(_NOT_HEADING_END.search(text))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(TEXT, min_size=1, max_size=4),
    st.sampled_from(["中国", "国中", "中中", "中\n", "aa", "a,", "，中", "\n中"]),
)
@example(["中中中国"], "中中")  # overlapping runs of one character count once each
def test_pair_counts_up_to_seen_as_str_count_does(lines: list[str], pair: str) -> None:
    vocab = _Vocabulary([Line(index=i, text=t) for i, t in enumerate(lines)])
    assert vocab.pair(pair) == min(vocab.text.count(pair), SEEN_PAIR_COUNT)


BYLINE_PIECES = st.sampled_from(
    ["来源", "作者", "文", "记者", ":", "：", "/", "／", "时间", "地点", "活动", " ", "(", "张伟"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(BYLINE_PIECES, st.text(max_size=3)), max_size=10).map("".join))
def test_byline_patterns_need_the_characters_checked_first(text: str) -> None:
    colon = ":" in text or "：" in text
    assert not _KEYED.search(text) or colon or "/" in text or "／" in text
    assert not _EVENT_NOTICE.search(text) or colon or "时间" in text


def _guess_language_counting_every_kana(lines: list[str]) -> str | None:
    """`guess_language` as it was before the kana count got its shortcut: every kana lead pair counted."""
    sample = "".join(lines)[:5000]
    data = sample.encode("utf-8", "replace")
    han = len(data) - len(data.translate(None, bytes(range(0xE4, 0xEA))))
    ascii_only = sample.encode("ascii", "ignore")
    latin = sum(1 for b in ascii_only if chr(b).isalpha())
    kana = sum(data.count(lead) for lead in (b"\xe3\x81", b"\xe3\x82", b"\xe3\x83"))
    if han + kana == 0 and latin == 0:
        return None
    if kana >= KANA_SHARE_JA * (han + kana) and kana * 4 >= latin:
        return "ja"
    return "zh" if han >= latin / 4 else "en"


# Kana, Han, CJK punctuation (an E3 lead byte like kana) and Latin letters, in shares around the thresholds.
LANGUAGE_PIECES = st.sampled_from(
    ["の", "カ", "ー", "中", "国語", "。", "、", "「", "ab", "x", " ", "1", "é", "\ud800"]
)


# Pages made by counts of kana, Han, CJK punctuation and Latin letters, to reach the share boundaries.
COUNTED_PAGE = st.tuples(*[st.integers(0, 40)] * 4).map(lambda n: "の" * n[0] + "中" * n[1] + "。" * n[2] + "a" * n[3])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.one_of(LANGUAGE_PIECES, st.text(max_size=2)), max_size=30).map("".join), max_size=4))
def test_guess_language_matches_counting_every_kana(lines: list[str]) -> None:
    assert guess_language(lines) == _guess_language_counting_every_kana(lines)


@settings(max_examples=500, deadline=None)
@given(COUNTED_PAGE)
def test_guess_language_matches_counting_every_kana_near_the_shares(page: str) -> None:
    assert guess_language([page]) == _guess_language_counting_every_kana([page])


def _best_split_two_over_the_window(
    text: str,
    strong: dict[int, float],
    vocab: _Vocabulary,
    half: list[int],
    target_w: tuple[float, float],
    target_c: tuple[float, float],
) -> int:
    """`_best_split_two` as it was before the outward search: every position of the window costed and sorted."""
    n = len(text)
    total_w, total_c = half[-1] * 0.5, float(n)
    tw, sw = target_w
    tc, sc = target_c
    lo = min(
        bisect.bisect_left(half, (min(tw, total_w - sw) - _REACH) * 2),
        bisect.bisect_left(range(n + 1), min(tc, total_c - sc) - _REACH),
    )
    hi = max(
        bisect.bisect_right(half, (max(tw, total_w - sw) + _REACH) * 2),
        bisect.bisect_right(range(n + 1), max(tc, total_c - sc) + _REACH),
    )

    def cost(x: float, total: float, title: float, snippet: float) -> float:
        gaps = (x - title, total - x - snippet)
        return sum(g if g > 0 else -g * SHORTFALL_WEIGHT for g in gaps)

    bounds = [
        (min(cost(half[p] * 0.5, total_w, tw, sw), cost(p, total_c, tc, sc)) - strong.get(p, 0.0), p)
        for p in range(max(lo, MIN_PART_CHARS), min(hi + 1, n + 1, n - MIN_PART_CHARS + 1))
    ]
    if not bounds:
        return max(min(n // 2, n), 0)
    return _settle(text, strong, vocab, sorted(bounds))[1]


# Related-list entries: Han and Latin runs (widths 1 and 1/2), spaces, punctuation, repeated pairs.
ENTRY_PIECES = ["中", "国", "中国", "人", "a", "b", "ab", "Z", " ", "，", "“", "6", "..."]


def test_outward_split_search_matches_the_whole_window() -> None:
    """Many seeded random entries rather than a few hundred examples: a split that only the cut-word bonus or
    the window's last position makes win is rare, and those are the cases the outward search must not miss."""
    rng = random.Random(20240626)

    def entry() -> str:
        return "".join(rng.choice(ENTRY_PIECES) for _ in range(rng.randint(0, 40)))

    for case in range(30_000):
        text = entry()
        n = len(text)
        # Few clear cues as in real lists, or many, so that some sit on the window's edges.
        cues = rng.randint(0, 4) if case % 2 else rng.randint(0, n)
        strong = {rng.randint(0, n): rng.choice([DATE_BONUS, OPENER_BONUS]) for _ in range(cues)}
        vocab = _Vocabulary([Line(index=i, text=t) for i, t in enumerate([text, *(entry() for _ in range(3))])])
        half = _half_widths(text)
        # Targets as the list's medians give them: multiples of a quarter.
        tw, sw, tc, sc = (rng.randint(0, 4 * max(n, 1)) / 4 for _ in range(4))
        expected = _best_split_two_over_the_window(text, strong, vocab, half, (tw, sw), (tc, sc))
        assert _best_split_two(text, strong, vocab, half, (tw, sw), (tc, sc)) == expected, (text, strong)


@settings(max_examples=150, deadline=None)
@given(st.lists(TEXT, max_size=6))
@example(["a,新闻网,b,新闻网,c", "x,新闻网,y"])  # a clause twice in one line counts once
def test_clause_counts_match_a_counter_of_each_lines_clauses(texts: list[str]) -> None:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(clauses(text)))
    assert clause_counts(texts) == dict(counts)


# Date pieces, and characters that case-fold onto a month's letters (the long s, the Kelvin sign, dotless i).
DATE_PIECES = st.sampled_from(
    ["2023", "年", "6", "月", "26", "日", "号", "-", "/", ".", " ", ",", "June", "jun", "SEPT", "Dec.", "May",
     "\u017fept", "\u017f", "\u212a", "\u0131", "Apr", "th", "1st", "mar", "中", "a", "\u0660"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(DATE_PIECES, st.text(max_size=3)), max_size=12).map("".join))
@example("on 2023.06.26")
@example("\u017fept 5, 2023")  # the long s folds onto "s"
def test_dates_skip_only_patterns_that_cannot_match(text: str) -> None:
    with mock.patch.object(dates, "_patterns_for", lambda _text: list(dates._PATTERNS)):
        expected = list(dates.iter_dates(text))
    assert list(dates.iter_dates(text)) == expected


# Digit runs and what may follow them: a date starts in a run only before 月, 年 (after any spaces) or a separator.
DIGIT_RUN_PIECES = st.sampled_from(
    ["2023", "12", "6", "５", "\u0660", "月", "年", "日", "-", "/", ".", " ", "\u3000", "\t", "x", "中", "%", ","]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(DIGIT_RUN_PIECES, max_size=16).map(lambda pieces: "标题文字" + "".join(pieces) + "内容文字"))
@example("标题文字2023 年6月1日内容文字")  # spaces between the year and 年
@example("标题文字12\u3000月5日内容文字")  # an ideographic space before 月
@example("标题文字2023-06-26内容文字")
@example("标题文字2023.6.1内容文字")
@example("标题文字6月26日内容")  # the run ends the text's reach
def test_strong_cues_skip_only_digit_runs_no_date_starts_in(text: str) -> None:
    assert _strong_cues(text) == _strong_cues_by_regex(text)


def _han_count_by_regex(text: str) -> int:
    return len(text) - len(re.sub(r"[\u3040-\u30ff\u4e00-\u9fff]+", "", text))


def test_han_count_matches_the_regex_over_every_code_point() -> None:
    every = [chr(c) for c in range(0x110000)]
    for start in range(0, len(every), 0x1000):
        chunk = "".join(every[start : start + 0x1000])
        assert _han_count(chunk) == _han_count_by_regex(chunk), hex(start)
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice(every) for _ in range(rng.randrange(20)))
        assert _han_count(text) == _han_count_by_regex(text)


@settings(max_examples=200, deadline=None)
@given(TEXT)
@example("abc")
@example("\u3040\u309f\u30ff\u3000\u303f\u4dff\u4e00\u9fff\ua000")  # the edges of the kana and Han blocks
def test_han_count_matches_the_regex(text: str) -> None:
    assert _han_count(text) == _han_count_by_regex(text)


def _site_from_footer_listing_every_piece(text: str) -> str | None:
    """The site name as the version that listed the owner and every piece before testing them."""
    owner = re.search(
        r"(?:版权所有|Copyright|©)\s*[:：]?\s*(?:\d{4}(?:\s*[-–—~]\s*\d{4})?)?\s*[,，]?\s*([^|｜,，.。]+)", text, re.I
    )
    rest = _NOT_SITE.sub("|", text)
    candidates = [
        piece.strip(" .,，:：-|")
        for piece in re.split(r"[|｜\s]{2,}|\||｜|\s(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s", rest)
    ]
    if owner:
        candidates.insert(0, _NOT_SITE.sub("", owner.group(1)).strip(" .,，:：-"))
    for piece in candidates:
        if _SITE_SHAPE.match(piece) and not piece.isdigit() and len(piece) >= 2:
            return piece
    return None


FOOTER_PIECES = st.sampled_from(
    ["Copyright", "©", "版权所有", "备案号:", "鄂ICP备2022006215号", "2002-2022", "2024", " ", "  ", "|", "｜", ",",
     "。", ".", "关于我们", "About Us", "融易新媒体", "Foo News", "All rights reserved", "x", "12", "中"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FOOTER_PIECES, st.text(max_size=3)), max_size=12).map("".join))
@example("备案号:鄂ICP备2022006215号 Copyright © 2002-2022 关于我们 融易新媒体")
@example("© 2024 | 融易新媒体")  # the owner is no name: the pieces are searched
@example("Copyright 12 | Foo News")
def test_site_from_footer_matches_listing_every_piece(text: str) -> None:
    assert site_from_footer(text) == _site_from_footer_listing_every_piece(text)


SIGN_OFF_PIECES = st.sampled_from(
    ["(", "（", ")", "）", "记者", "本报", "通讯员", "作者", ":", "：", "/", " ", "、", "姚峰", "胡晓蓉", "上海",
     "报道", "\n", "。", "a", "中"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(SIGN_OFF_PIECES, st.text(max_size=2)), max_size=12).map("".join))
@example("全文完。(姚峰 上海报道)")
@example("全文完。（记者 胡晓蓉）")
@example("全文完。（记者 胡晓蓉）\n")  # `$` matches before a final newline
@example("全文完。(本报记者:胡晓蓉)\n")
def test_sign_off_is_ruled_out_only_when_no_pattern_matches(text: str) -> None:
    found = _sign_off(text)
    expected = _SIGN_OFF.search(text) or _CLOSING_CREDIT.search(text)
    assert (found and (found.re, found.span())) == (expected and (expected.re, expected.span()))


def _is_byline_running_every_pattern(text: str) -> bool:
    """is_byline as it was before the substring pre-checks of the reporter, English and dateline patterns."""
    if len(text) > bylines.MAX_BYLINE_CHARS:
        return False
    colon = ":" in text or "：" in text
    if (colon or "时间" in text) and _EVENT_NOTICE.search(text):
        return False
    en_byline = False
    if bylines._EN_BY.match(text):
        dated = bylines._EN_BY_DATED.match(text)
        names = dated.group(1) if dated else text
        words = [w for w in re.split(r"[\s,|]+", names[3:]) if w and w not in ("and", "de", "van", "von", "der", "|")]
        capital = sum(1 for w in words if w[0].isupper())
        en_byline = capital >= max(1, len(words) * 0.7) and len(words) <= 10
    return bool(
        ((colon or "/" in text or "／" in text) and _KEYED.search(text))
        or (bylines._REPORTER.match(text) and len(text) <= bylines.MAX_REPORTER_LINE_CHARS and "。" not in text)
        or en_byline
        or bylines._EN_DATELINE.match(text)
        or (bylines._BARE_DATE.match(text) and dates.first_date(text) is not None)
    )


BYLINE_LINE_PIECES = st.sampled_from(
    ["记者", "通讯员", "本报", "(", "（", "王芳", "张文攀", " ", "、", "By", "By:", "Jane", "Doe", "and", ",",
     "Published", "published", "Updated", "Posted", "Last updated", "First published", "\u017f", "\u212a", "2023",
     "6月26日", ":", "来源", "。", "\n", "a", "中"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(BYLINE_LINE_PIECES, st.text(max_size=2)), max_size=8).map("".join))
@example("光明日报记者 王建宏 张文攀")
@example("新京报通讯员 彭冲")
@example("By Jane Doe and John Roe, Reuters")
@example("Published 2023-06-26")
@example("published June 26, 2023")
@example("Last updated 5 hours ago")
@example("First published 2023")
@example("Updated 10:30")
@example("Posted 10:30")
@example("By: Jane Doe")
@example("posted 10:30")
@example("updated 2023")
@example("last updated 2023")
@example("first published 2023")
def test_is_byline_matches_running_every_pattern(text: str) -> None:
    assert bylines.is_byline(text) == _is_byline_running_every_pattern(text)


def test_only_the_dateline_initials_start_an_english_dateline() -> None:
    initial = re.compile("P|U|L|F", re.I)  # the first letters of _EN_DATELINE's words, under its case folding
    found = {chr(c) for c in range(0x110000) if initial.match(chr(c))}
    assert found == set(bylines._DATELINE_INITIALS)
    for word in ("Published", "Updated", "Posted", "Last updated", "First published"):
        assert bylines._EN_DATELINE.match(word[0].lower() + word[1:] + " 1")


def test_role_lines_are_never_longer_than_their_bound() -> None:
    roles = ["", "本报", "本刊", "本台", "特约"]
    names = ["记者", "通讯员", "实习生", "作者", "撰文", "文"]
    texts = [a + b + c + d for a in roles for b in names for c in ("", ":", "：") for d in ("", "\n")]
    assert all(bylines._ROLE_LINE.match(text) for text in texts)
    assert max(map(len, texts)) == bylines.MAX_ROLE_LINE_CHARS
    assert not bylines._ROLE_LINE.match("本报通讯员：x")


def _first_items(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The parsed items (literals, sets) that can match a pattern's first character."""
    op, av = items[0]
    if op is sre_constants.AT:
        return _first_items(items[1:])
    if op is sre_constants.SUBPATTERN:
        return _first_items(list(av[3]))
    if op is sre_constants.BRANCH:
        return [item for alternative in av[1] for item in _first_items(list(alternative))]
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        least, _most, repeated = av
        return _first_items(list(repeated)) + (_first_items(items[1:]) if least == 0 else [])
    assert op in (sre_constants.LITERAL, sre_constants.IN), op
    return [(op, av)]


def _first_character_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern matching exactly the characters `pattern` can start a match with (its flags kept)."""
    parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    alternatives = [sre_parser.SubPattern(parsed.state, [item]) for item in _first_items(list(parsed))]
    first = sre_parser.SubPattern(parsed.state, [(sre_constants.BRANCH, (None, alternatives))])
    return sre_compiler.compile(first, pattern.flags)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("pattern", "initials"), [(body.UI_LINE, body._UI_INITIALS), (body.END_MARKER, body._END_INITIALS)]
)
def test_line_pattern_initials_are_every_character_a_match_can_start_with(
    pattern: re.Pattern[str], initials: str
) -> None:
    first = _first_character_pattern(pattern)
    starts = [chr(c) for c in range(0x110000) if first.match(chr(c))]
    assert all(body._may_start(initials, ch + "x") for ch in starts)
    assert set(initials) == {ch for ch in starts if not ch.isdecimal() and not ch.isspace()}
    assert body._may_start(initials, "")
