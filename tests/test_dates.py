"""Dates found in visible text, as ISO or partial `--MM-DD` dates."""

from __future__ import annotations

import pytest

from reader.dates import first_date, has_year, iter_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6月26日,在深圳", "--06-26"),
        ("2023年6月26日 星期一", "2023-06-26"),
        ("2023年06月26号", "2023-06-26"),
        ("发布时间:2023-06-26 10:30", "2023-06-26"),
        ("2023/6/2", "2023-06-02"),
        ("2019.11.19", "2019-11-19"),
        ("Nov. 19, 2019 8:03 am ET", "2019-11-19"),
        ("Published November 20, 2019", "2019-11-20"),
        ("19 November 2019", "2019-11-19"),
        ("on June 26 the board met", "--06-26"),
        ("Copyright 2002-2022", None),
        ("2023年13月1日", None),
        ("May I help you", None),
        ("", None),
    ],
)
def test_first_date(text: str, expected: str | None) -> None:
    assert first_date(text) == expected


def test_dates_come_in_order_of_position() -> None:
    text = "6月19日至21日,第21届博览会举行;2023年6月26日闭幕"
    assert [iso for _pos, iso in iter_dates(text)] == ["--06-19", "2023-06-26"]


def test_has_year() -> None:
    assert has_year("2023-06-26") and not has_year("--06-26")
