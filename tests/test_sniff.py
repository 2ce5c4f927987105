"""Sniffing: JSON only when the content parses as JSON (or its first line does, for JSON Lines)."""

from __future__ import annotations

import json

import pytest

from reader import parse_bytes
from reader.errors import ReaderError
from reader.sniff import sniff

NUMBERED_DUMP = (
    "[1] 货拉拉广莞佛司机流动党员党支部成立,加速推广“深圳经验”6月26日,在深圳市委组织部的指导下,货...\n"
    "[2] 闲鱼获评“数字技能赋能绿色转型十大创新成就”,系独一入选6月26日,中国循环经济协会发布成果,闲鱼以...\n"
    "[3] 滴滴预计端午打车需求涨50% 下载滴滴出行App 先领券再出发端午将至,加之暑假光降,滴滴预测端午打车需求同比去年...\n"
    "6月26日,货拉拉公司党委在深圳、广州、东莞、佛山4个城市新成立6个司机流动党员党支部,以党建工作引领平台司机群体健康发展。\n"
    "据了解,货拉拉“司机之家”建成以来,建立了以党组织为主渠道的司机诉求解决机制,开展免费体检、赋能大会等活动。\n"
)


@pytest.mark.parametrize(
    "first_line",
    [
        "[1] Markets rally as rates hold steady",
        "[1]Markets rally",
        "[12] 标题 [13]",
        "[3.5] Stars for the film",
        "[true] story",
    ],
)
def test_a_dump_whose_first_line_looks_like_a_json_array_is_text(first_line: str) -> None:
    data = (first_line + "\nThe second line of the page is plain prose about the markets, not JSON.\n").encode()
    assert sniff(data, "page.txt")[0] == "text"
    assert sniff(data, "")[0] == "text"


def test_a_numbered_related_list_on_the_first_line_is_parsed_as_a_dump() -> None:
    article = parse_bytes(NUMBERED_DUMP.encode("utf-8"), "dump.txt")
    assert article.source.format == "text"
    assert article.text.startswith("6月26日,货拉拉公司党委")
    assert len(article.related) == 3


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'[1, 2, "three"]', "json"),
        (b'  [{"url": "https://example.com/a", "text": "Body."}]\n', "json"),
        (b'{"items": [{"html": "<p>x</p>"}]}', "json"),
        (b'{"text": "one"}\n{"text": "two"}\n', "jsonl"),
        (b'{"text": "one"}\r\n{"text": "two"}\r\n', "jsonl"),
        (b"\xef\xbb\xbf[1]", "json"),
        (b"[" * 5000 + b"]" * 5000, "json"),  # valid, only too deep for the parser: still JSON
        ('[{"text": "中文"}]'.encode("utf-16"), "json"),
    ],
)
def test_content_that_parses_is_json(data: bytes, expected: str) -> None:
    assert sniff(data, "records.dat")[0] == expected


def test_broken_json_is_json_only_when_named_so() -> None:
    broken = b'[{"url": "https://example.com/a", "text": "Body'
    assert sniff(broken, "records.json")[0] == "json"
    assert sniff(broken, "notes.txt")[0] == "text"
    with pytest.raises(ReaderError, match="JSON"):
        parse_bytes(broken, "records.json")


def test_scraper_records_still_parse() -> None:
    records = [
        {"url": f"https://example.com/{i}", "title": f"T{i}", "text": f"Body number {i} of the feed."} for i in (1, 2)
    ]
    data = "\n".join(json.dumps(r) for r in records).encode()
    article = parse_bytes(data, "feed.txt")
    assert article.source.format == "jsonl"
    assert article.url == "https://example.com/1"
