"""Properties of the parser model on arbitrary input: it never crashes, and it never invents text."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.formats.text_dump import parse_text_dump, split_lines

# Pieces that steer the passes: list numbers, ellipses, footer words, dates, quotes, brackets, commas.
PIECES = st.sampled_from(
    [
        "1 ",
        "【2】",
        "3.",
        "...",
        "…",
        "版权所有",
        "ICP备",
        "©",
        "6月26日",
        "2023-06-26",
        "“",
        "”",
        "(",
        ")",
        ",",
        "，",
        "。",
        "记者 ",
        "By ",
        "Share",
        "\n",
        "\r\n",
        "网",
        "The ",
        "cookies ",
        "says:",
        "Comments",
        "Related articles",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_parses_and_every_kept_block_comes_from_the_input(text: str) -> None:
    article = parse_text_dump(text)
    # The dump's lines as the parser sees them: runs of blanks (incl. ideographic/no-break spaces) made one.
    lines = "\n".join(re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in re.split(r"\r\n|\r|\n", text))
    cuts = [r.text for r in article.removed if r.reason == "watermark"]
    for block in article.blocks:
        assert block.text
        if not cuts:
            assert block.text in lines
    for item in article.related:
        assert item.title or item.snippet


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["\r", "\n", "\r\n", "a", "文", " ", "\u2028", "\x85", "\x0c"]), max_size=20).map("".join)
)
def test_lines_split_on_lf_crlf_and_cr_only(text: str) -> None:
    assert split_lines(text) == re.split(r"\r\n|\r|\n", text)
