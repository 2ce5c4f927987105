"""BibTeX, RIS and CSL-JSON: whole records for an English and a Chinese article, escaping, keys."""

from __future__ import annotations

import json

from citation_examples import BOLOGNA, BOLOGNA_URL, SEED, SEED_TITLE

from reader.citation import CitationData, citation_key, format_citation
from reader.citation.bibtex import escape


def cite(fields: dict[str, object], style: str) -> str:
    return format_citation(CitationData.from_values(fields), style).text


def test_bibtex_english_online_entry() -> None:
    """biblatex manual 2.1.1 @online: author, title, organization, date, url, urldate."""
    assert cite(BOLOGNA, "bibtex") == (
        "@online{bologna2019why,\n"
        "  author = {Bologna, Carolyn},\n"
        "  title = {Why some people with anxiety love watching horror movies},\n"
        "  organization = {HuffPost},\n"
        "  date = {2019-10-31},\n"
        f"  url = {{{BOLOGNA_URL}}},\n"
        "  urldate = {2020-01-15}\n"
        "}"
    )


def test_bibtex_chinese_entry_without_author_date_or_url() -> None:
    assert cite(SEED, "bibtex") == (
        "@online{融易新媒体货拉,\n"
        f"  title = {{{SEED_TITLE}}},\n"
        "  organization = {融易新媒体},\n"
        "  urldate = {2024-05-01}\n"
        "}"
    )


def test_bibtex_escapes_specials_and_braces_organisations() -> None:
    assert escape(r"50% of R&D $5 #1 a_b {x} ~ ^ \ ") == (
        r"50\% of R\&D \$5 \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{} "
    )
    text = cite(
        {
            "title": "Profits & losses: 100%",
            "authors": "Procter & Gamble Company; Jane Doe",
            "published": "2021-05",
            "url": "https://e.com/a_b%20c#frag",
        },
        "bibtex",
    )
    assert "  author = {{Procter \\& Gamble Company} and Doe, Jane},\n" in text
    assert "  title = {Profits \\& losses: 100\\%},\n" in text
    assert "  date = {2021-05},\n" in text
    assert "  url = {https://e.com/a_b%20c#frag}\n" in text  # url is verbatim in biblatex


def test_citation_keys_are_stable_and_readable() -> None:
    assert citation_key(CitationData.from_values(BOLOGNA)) == "bologna2019why"
    assert citation_key(CitationData.from_values({"title": "The Wrong Way", "authors": "José Müller"})) == "mullerwrong"
    assert citation_key(
        CitationData.from_values({"title": "出版业信息化", "authors": "萧钰", "published": "2001"})
    ) == ("萧钰2001出版")
    assert citation_key(CitationData.from_values({})) == "online"


def test_ris_english_record() -> None:
    """RIS spec: two-letter tag, two spaces, hyphen, space; ends with 'ER  - '."""
    assert cite(BOLOGNA, "ris") == (
        "TY  - ELEC\n"
        "AU  - Bologna, Carolyn\n"
        "TI  - Why some people with anxiety love watching horror movies\n"
        "T2  - HuffPost\n"
        "PY  - 2019\n"
        "DA  - 2019/10/31/\n"
        f"UR  - {BOLOGNA_URL}\n"
        "Y2  - 2020/01/15/\n"
        "LA  - en\n"
        "ER  - "
    )


def test_ris_chinese_record_with_names_and_partial_date() -> None:
    text = cite({**SEED, "authors": "张三、欧阳修", "published": "2023-06"}, "ris")
    assert text == (
        "TY  - ELEC\n"
        "AU  - 张, 三\n"
        "AU  - 欧阳, 修\n"
        f"TI  - {SEED_TITLE}\n"
        "T2  - 融易新媒体\n"
        "PY  - 2023\n"
        "DA  - 2023/06//\n"
        "Y2  - 2024/05/01/\n"
        "LA  - zh\n"
        "ER  - "
    )


def test_ris_year_less_date_is_left_out() -> None:
    text = cite(SEED, "ris")
    assert "PY  -" not in text and "DA  -" not in text


def test_csl_json_english_item() -> None:
    items = json.loads(cite(BOLOGNA, "csl-json"))
    assert items == [
        {
            "id": "bologna2019why",
            "type": "webpage",
            "title": "Why some people with anxiety love watching horror movies",
            "container-title": "HuffPost",
            "author": [{"family": "Bologna", "given": "Carolyn"}],
            "issued": {"date-parts": [[2019, 10, 31]]},
            "accessed": {"date-parts": [[2020, 1, 15]]},
            "URL": BOLOGNA_URL,
            "language": "en",
        }
    ]


def test_csl_json_chinese_item_names_and_literal() -> None:
    items = json.loads(cite({**SEED, "authors": "欧阳修、新华社", "published": "2023"}, "csl-json"))
    assert items == [
        {
            "id": "欧阳修2023货拉",
            "type": "webpage",
            "title": SEED_TITLE,
            "container-title": "融易新媒体",
            "author": [{"family": "欧阳", "given": "修"}, {"literal": "新华社"}],
            "issued": {"date-parts": [[2023]]},
            "accessed": {"date-parts": [[2024, 5, 1]]},
            "language": "zh",
        }
    ]


def test_csl_json_leaves_out_unknown_fields() -> None:
    items = json.loads(cite(SEED, "csl-json"))
    assert "issued" not in items[0] and "URL" not in items[0] and "author" not in items[0]
