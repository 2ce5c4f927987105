"""Rules every style keeps: no "None"/"null", no empty brackets, year-less dates as no date, style choice."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.citation import STYLES, CitationData, UnknownStyleError, default_style_for, format_citation
from reader.document import Article
from reader.errors import ReaderError

TEXT_STYLES = ("gbt7714", "apa", "mla", "chicago", "chicago-note")
# Empty pairs and doubled punctuation that would betray a missing field.
_BROKEN = re.compile(r"\(\s*\)|\[\s*\]|“\s*”|\{\s*\}|\.\s*\.|,\s*,|,\s*\.|\s[,.]|^\s|\s$|\s{2}")

FIELD_VALUES = {
    "title": st.sampled_from(["", "Why some people love horror", "货拉拉党支部成立", "Is it? Yes."]),
    "authors": st.sampled_from(["", "Jane Doe", "张三、李四", "A B, C D, E F, G H", "Reuters", "新华社"]),
    "site": st.sampled_from(["", "HuffPost", "融易新媒体"]),
    "published": st.sampled_from(["", "2023-06-26", "2023-06", "2023", "--06-26"]),
    "url": st.sampled_from(["", "https://example.com/a"]),
    "accessed": st.sampled_from(["", "2024-05-01"]),
    "language": st.sampled_from(["", "en", "zh"]),
}


@settings(max_examples=100, deadline=None)
@given(st.fixed_dictionaries(FIELD_VALUES))
def test_no_style_prints_none_or_empty_brackets(fields: dict[str, str]) -> None:
    data = CitationData.from_values(fields)
    for style in STYLES:
        text = format_citation(data, style).text
        assert "None" not in text and "null" not in text, (style, text)
        if style in TEXT_STYLES:
            assert not _BROKEN.search(text), (style, text)
    json.loads(format_citation(data, "csl-json").text)


@pytest.mark.parametrize("style", list(STYLES))
def test_year_less_date_is_treated_as_no_date(style: str) -> None:
    fields = {
        "title": "A title",
        "authors": "Jane Doe",
        "site": "Site",
        "url": "https://e.com",
        "accessed": "2024-05-01",
    }
    with_partial = format_citation(CitationData.from_values({**fields, "published": "--06-26"}), style)
    without = format_citation(CitationData.from_values(fields), style)
    assert with_partial == without


def test_default_style_by_language() -> None:
    assert default_style_for("zh") == "gbt7714"
    assert default_style_for("zh-Hant") == "gbt7714"
    assert default_style_for("en") == "apa"
    assert default_style_for(None) == "apa"


def test_unknown_style_is_a_reader_error() -> None:
    with pytest.raises(ReaderError, match="unknown citation style 'harvard'"):
        format_citation(CitationData(), "harvard")
    with pytest.raises(UnknownStyleError):
        format_citation(CitationData(), "harvard")


def test_article_without_any_metadata_still_cites() -> None:
    data = CitationData.from_article(Article())
    assert format_citation(data, "apa").text == "(n.d.)."
    assert format_citation(data, "chicago").text == "n.d."
    assert format_citation(data, "gbt7714").text == ""
    assert format_citation(data, "mla").text == ""


def test_title_punctuation_is_not_doubled() -> None:
    data = CitationData.from_values({"title": "Is it over?", "authors": "Jane Doe", "published": "2020", "site": "S"})
    assert format_citation(data, "apa").text == "Doe, J. (2020). Is it over? S."
    assert format_citation(data, "mla").text == "Doe, Jane. “Is It Over?” S, 2020."
    assert format_citation(data, "chicago").text == "Doe, Jane. “Is It Over?” S, 2020."
    assert format_citation(data, "gbt7714").text == "DOE J. Is it over?[EB/OL]. (2020)."


@settings(max_examples=100, deadline=None)
@given(
    st.fixed_dictionaries({key: st.text(alphabet=st.characters(codec="utf-8"), max_size=40) for key in FIELD_VALUES})
)
def test_any_text_in_any_field_never_crashes(fields: dict[str, str]) -> None:
    data = CitationData.from_values(fields)
    for style in STYLES:
        citation = format_citation(data, style)
        text = citation.text
        # The user's own words may say "none" (and styles may title-case them); only a missing
        # field printed as "None" is a bug, so every supplied value is taken out first.
        for value in sorted((v.strip() for v in fields.values() if v.strip()), key=len, reverse=True):
            text = re.sub(re.escape(value), "", text, flags=re.IGNORECASE)
        assert "None" not in text
    json.loads(format_citation(data, "csl-json").text)


def test_initials_written_without_spaces_are_split() -> None:
    data = CitationData.from_values({"title": "T", "authors": "J.Q. Public", "published": "2020"})
    assert format_citation(data, "apa").text == "Public, J. Q. (2020). T."
    assert format_citation(data, "gbt7714").text == "PUBLIC J Q. T[EB/OL]. (2020)."


def test_a_title_ending_with_a_full_stop_gets_the_style_punctuation_once() -> None:
    data = CitationData.from_values(
        {"title": "关于深化改革的若干意见。", "authors": "张三、李四、王五", "published": "2023-06", "language": "zh"}
    )
    assert format_citation(data, "gbt7714").text == "张三, 李四, 王五. 关于深化改革的若干意见[EB/OL]. (2023-06)."
    assert format_citation(data, "apa").text == "张三, 李四, & 王五. (2023, June). 关于深化改革的若干意见."
    english = CitationData.from_values({"title": "The end.", "authors": "Jane Doe", "published": "2020-01-02"})
    assert format_citation(english, "mla").text == "Doe, Jane. “The End.” 2 Jan. 2020."


def test_default_style_of_data_reads_a_han_title_only_without_a_language() -> None:
    assert CitationData.from_values({"title": "出版业信息化"}).default_style == "gbt7714"
    assert CitationData.from_values({"title": "出版業の情報化", "language": "ja"}).default_style == "apa"
    assert CitationData.from_values({"title": "News", "language": "zh"}).default_style == "gbt7714"
    japanese = CitationData.from_values({"title": "出版業の情報化", "authors": "A B, C D, E F, G H", "language": "ja"})
    assert format_citation(japanese, "gbt7714").text.startswith("B A, D C, F E, et al. ")


def _many(count: int) -> str:
    return "; ".join(f"Author{chr(65 + i)}, Andrew" for i in range(count))


def test_long_author_lists_are_cut_as_each_style_says() -> None:
    many = CitationData.from_values({"title": "T", "authors": _many(21), "published": "2020"})
    apa = format_citation(many, "apa").text
    # APA 9.8: 21 or more authors: the first 19, an ellipsis, then the last.
    assert apa.startswith("AuthorA, A., AuthorB, A., ")
    assert ", AuthorS, A., . . . AuthorU, A. (2020)." in apa
    assert "AuthorT" not in apa
    twenty = format_citation(CitationData.from_values({"title": "T", "authors": _many(20)}), "apa").text
    assert ", AuthorS, A., & AuthorT, A. (n.d.)." in twenty
    # Chicago 14.76: more than ten: the first seven, then et al.
    chicago = format_citation(CitationData.from_values({"title": "T", "authors": _many(11)}), "chicago").text
    assert chicago.startswith("AuthorA, Andrew, Andrew AuthorB, ")
    assert "Andrew AuthorG, et al. “T.”" in chicago and "AuthorH" not in chicago
    ten = format_citation(CitationData.from_values({"title": "T", "authors": _many(10)}), "chicago").text
    assert ", and Andrew AuthorJ. “T.”" in ten
    # GB/T 7714: three, then et al. (English entry).
    gbt = format_citation(CitationData.from_values({"title": "T", "authors": _many(4)}), "gbt7714").text
    assert gbt.startswith("AUTHORA A, AUTHORB A, AUTHORC A, et al. T[EB/OL].")
