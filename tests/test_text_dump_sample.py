"""The sample dump against its gold file: every field, every block, every related item, every removal."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import SAMPLE, SAMPLE_GOLD

from reader import parse_bytes, parse_file


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def parsed() -> dict[str, Any]:
    return parse_file(SAMPLE).to_dict()


@pytest.mark.parametrize("key", ["title", "site", "url", "published", "author", "language", "text"])
def test_metadata_and_text_match_gold(parsed: dict[str, Any], gold: dict[str, Any], key: str) -> None:
    assert parsed[key] == gold[key]


def test_blocks_match_gold(parsed: dict[str, Any], gold: dict[str, Any]) -> None:
    assert parsed["blocks"] == gold["blocks"]


def test_related_items_split_as_gold(parsed: dict[str, Any], gold: dict[str, Any]) -> None:
    assert parsed["related"] == gold["related"]


def test_removed_entries_match_gold_in_order(parsed: dict[str, Any], gold: dict[str, Any]) -> None:
    assert parsed["removed"] == gold["removed"]


# GBK and Big5 cannot encode the footer's ©; they are covered by the family dumps.
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_sample_in_other_encodings_and_crlf_gives_same_article(gold: dict[str, Any], encoding: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for data in (text.encode(encoding), text.replace("\n", "\r\n").encode(encoding)):
        article = parse_bytes(data, "dump.txt").to_dict()
        for key in ("title", "site", "published", "blocks", "related", "removed"):
            assert article[key] == gold[key], (encoding, key)
