"""CitationData: author-name parsing (Chinese and Western), partial dates, overrides from the UI/library."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from reader.citation.dates import PartialDate, parse_full_date, parse_partial_date
from reader.citation.model import CitationData
from reader.citation.names import Name, parse_authors, parse_name, split_authors
from reader.document import Article


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("张三、李四", ["张三", "李四"]),
        ("张三，李四；王五", ["张三", "李四", "王五"]),
        ("记者 张三 李四", ["张三", "李四"]),
        ("文/文天祥", ["文天祥"]),
        ("Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("Jane Doe, John Smith & Ann Poe", ["Jane Doe", "John Smith", "Ann Poe"]),
        ("By Jane Doe", ["Jane Doe"]),
        ("Doe, Jane; Smith, John", ["Doe, Jane", "Smith, John"]),
        ("Doe, Jane Q.", ["Doe, Jane Q."]),
        ("Online Computer Library Center, Inc.", ["Online Computer Library Center, Inc."]),
        ("", []),
    ],
)
def test_split_authors(byline: str, names: list[str]) -> None:
    assert split_authors(byline) == names


def test_chinese_names_split_at_the_surname_and_stay_whole() -> None:
    assert parse_name("张三") == Name(family="张", given="三", han=True)
    assert parse_name("欧阳修") == Name(family="欧阳", given="修", han=True)
    assert parse_name("司马相如").natural == "司马相如"
    assert parse_name("欧阳修").inverted() == "欧阳修"  # never "欧阳, 修"


def test_chinese_organisations_and_transliterations_are_literal() -> None:
    assert parse_name("新华社") == Name(literal="新华社", han=True)
    assert parse_name("深圳市交通运输局").literal == "深圳市交通运输局"
    assert parse_name("约翰·史密斯").literal == "约翰·史密斯"


def test_western_names() -> None:
    assert parse_name("Jane Q. Doe") == Name(family="Doe", given="Jane Q.")
    assert parse_name("Ludwig van Beethoven") == Name(family="van Beethoven", given="Ludwig")
    assert parse_name("Martin Luther King Jr.") == Name(family="King", given="Martin Luther", suffix="Jr.")
    assert parse_name("Doe, Jane") == Name(family="Doe", given="Jane")
    assert parse_name("Reuters") == Name(literal="Reuters")
    assert parse_name("Associated Press Staff").literal == "Associated Press Staff"
    assert parse_name("Jean-Paul Sartre").initials() == "J.-P."
    assert parse_name("Jean-Paul Sartre").initials(periods=False) == "J P"


def test_parse_authors_from_a_list_takes_each_item_as_one_name() -> None:
    assert [n.natural for n in parse_authors(["Doe, Jane", "张三", "  "])] == ["Jane Doe", "张三"]
    assert parse_authors(None) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-06-26", PartialDate(2023, 6, 26)),
        ("2023-06", PartialDate(2023, 6)),
        ("2023", PartialDate(2023)),
        ("--06-26", PartialDate(None, 6, 26)),
        ("--02-29", PartialDate(None, 2, 29)),
        ("2023-06-26T08:30:00+08:00", PartialDate(2023, 6, 26)),
        ("2023/6/5", PartialDate(2023, 6, 5)),
        ("2023年6月26日", PartialDate(2023, 6, 26)),
        ("6月26日", PartialDate(None, 6, 26)),
        ("2023-02-30", None),
        ("2023-13-01", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_partial_date(text: str | None, expected: PartialDate | None) -> None:
    assert parse_partial_date(text) == expected


def test_partial_date_forms() -> None:
    assert PartialDate(None, 6, 26).iso() == "--06-26"
    assert PartialDate(2023, 6).iso() == "2023-06"
    assert PartialDate(2023, 6, 26).date_parts() == [2023, 6, 26]
    assert parse_full_date("2024-05-01") == date(2024, 5, 1)
    assert parse_full_date("2024-05") is None


def test_year_less_date_counts_as_no_date() -> None:
    data = CitationData.from_values({"title": "T", "published": "--06-26"})
    assert data.published == PartialDate(None, 6, 26)
    assert data.dated is None


ARTICLE = Article(
    title="Original title",
    site="Example News",
    url="https://example.com/a",
    published="2023-06-26",
    author="Jane Doe, John Smith",
    language="en",
)


def test_from_article_reads_every_field() -> None:
    data = CitationData.from_article(ARTICLE, accessed=date(2024, 1, 2))
    assert data.title == "Original title"
    assert data.site == "Example News"
    assert data.url == "https://example.com/a"
    assert data.published == PartialDate(2023, 6, 26)
    assert [n.natural for n in data.authors] == ["Jane Doe", "John Smith"]
    assert data.accessed == date(2024, 1, 2)
    assert data.language == "en"


def test_overrides_as_dict_present_keys_override_none_clears() -> None:
    """The library's stored edits: {"site": None} records that the site is unknown."""
    data = CitationData.from_article(
        ARTICLE,
        {"title": "Edited", "site": None, "url": "", "authors": ["Doe, Jane"], "accessed": "2024-03-04", "id": 7},
    )
    assert data.title == "Edited"
    assert data.site == ""  # None: cleared
    assert data.url == ""  # "": cleared
    assert data.published == PartialDate(2023, 6, 26)  # absent: the article's
    assert [n.natural for n in data.authors] == ["Jane Doe"]
    assert data.accessed == date(2024, 3, 4)


@dataclass
class StoredEdits:
    """Shaped like a library record of metadata edits."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    note: str = "ignored"


def test_overrides_as_dataclass() -> None:
    data = CitationData.from_article(ARTICLE, StoredEdits(author="张三、李四", date="2020-01-02"))
    assert data.title == "Original title"  # None in a dataclass: unset, the article's value stays
    assert [n.natural for n in data.authors] == ["张三", "李四"]
    assert data.published == PartialDate(2020, 1, 2)


def test_overrides_of_a_wrong_type_raise() -> None:
    with pytest.raises(TypeError):
        CitationData.from_article(ARTICLE, ["title", "x"])


def test_to_fields_round_trips_through_overrides() -> None:
    data = CitationData.from_values(
        {
            "title": "T",
            "authors": "Jane Q. Doe, 欧阳修, Online Computer Library Center, Inc.",
            "published": "--06-26",
            "accessed": "2024-05-01",
        }
    )
    fields = data.to_fields()
    assert fields["authors"] == "Doe, Jane Q.; 欧阳修; Online Computer Library Center, Inc."
    assert fields["published"] == "--06-26"
    assert CitationData.from_values(fields) == data


def test_url_spaces_are_encoded_and_whitespace_collapsed() -> None:
    data = CitationData.from_values({"title": "  A \n title ", "url": " https://e.com/a b "})
    assert data.title == "A title"
    assert data.url == "https://e.com/a%20b"


def test_access_time_stamps_become_local_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert parse_full_date("2024-05-01T23:30:00Z") == date(2024, 5, 2)
        assert parse_full_date("2024-05-01T10:00:00+08:00") == date(2024, 5, 1)
        assert parse_full_date("2024-05-01T23:30:00") == date(2024, 5, 1)  # no zone: as written
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_two_character_name_padded_with_a_space_is_one_name() -> None:
    assert [n.natural for n in parse_authors("王 伟")] == ["王伟"]
    assert [n.natural for n in parse_authors("记者 王 伟")] == ["王伟"]
