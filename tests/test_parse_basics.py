"""`parse_bytes` end to end on each input kind and encoding, at the foundation level."""

from __future__ import annotations

import gzip
import json

import pytest
from conftest import SAMPLE

from reader import Article, ReaderError, parse_bytes, parse_file
from reader.errors import EmptyInput, UnsupportedFormat

HTML_ZH = (
    "<html><head><meta charset='gbk'><title>测试标题</title></head>"
    "<body><h1>测试标题</h1><p>这是一段用于测试的中文正文，内容足够长。</p></body></html>"
)


def test_sample_dump_parses_into_chinese_blocks() -> None:
    article = parse_file(SAMPLE)
    assert isinstance(article, Article)
    assert article.language == "zh"
    assert article.source.format == "text"
    assert len(article.source.sha256) == 64
    assert any(b.kind == "heading" and b.text == "司机流动党员有了“家”" for b in article.blocks)


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8", "utf-8-sig", "utf-16"])
def test_html_in_each_encoding(encoding: str) -> None:
    article = parse_bytes(HTML_ZH.encode(encoding), "page.html")
    assert article.title == "测试标题"
    assert "这是一段用于测试的中文正文" in article.text


def test_gzip_page_is_read_through() -> None:
    article = parse_bytes(gzip.compress(HTML_ZH.encode("gbk")), "page.html.gz")
    assert article.title == "测试标题"


def test_scraper_jsonl_gives_one_article_per_record() -> None:
    from reader import parse_records

    lines = [
        json.dumps(
            {
                "url": f"https://example.com/{i}",
                "html": f"<html><body><p>Record {i} body text.</p></body></html>",
            }
        )
        for i in range(3)
    ]
    articles = parse_records("\n".join(lines).encode(), "feed.jsonl")
    assert [a.url for a in articles] == [f"https://example.com/{i}" for i in range(3)]
    assert articles[2].text == "Record 2 body text."


def test_mhtml_main_part_is_parsed() -> None:
    mhtml = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.com/a\r\n"
        "Subject: A\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
        "------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://example.com/a\r\n\r\n"
        "<html><head><title>Saved</title></head><body><p>Saved page body=2C with a comma.</p></body></html>\r\n"
        "------B--\r\n"
    )
    article = parse_bytes(mhtml.encode(), "a.mhtml")
    assert article.url == "https://example.com/a"
    assert "Saved page body, with a comma." in article.text


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b"   \n\n", EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", UnsupportedFormat),
        (b"PK\x03\x04\x14\x00\x00\x00", UnsupportedFormat),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, UnsupportedFormat),
        (b'{"items": 3}', ReaderError),
    ],
)
def test_unreadable_input_raises_the_documented_error(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        parse_bytes(data, "x")


# Each kind of character `clean_article` must take out, in each kind of field: its quick "already clean" check
# must see every one of them (a control in one removed entry alone is enough to need cleaning).
UNCLEAN = ["\x07", "\x1b", "\x7f", "\x85", "\x9f", "\x0b", "\x0c", "\ud800"]


def _article_with(field: str, bad: str) -> Article:
    from reader import Block, Related, Removed

    text = {"title": "标题", "site": "站点", "block": "正文。", "removed": "页脚", "related": "相关"}
    text[field] = text[field][:1] + bad + text[field][1:]
    return Article(
        title=text["title"],
        site=text["site"],
        blocks=(Block("paragraph", text["block"]),),
        removed=(Removed("footer", text["removed"]),),
        related=(Related(text["related"], "摘要"),),
    )


@pytest.mark.parametrize("field", ["title", "site", "block", "removed", "related"])
@pytest.mark.parametrize("bad", UNCLEAN)
def test_clean_article_cleans_every_field_of_every_unclean_character(field: str, bad: str) -> None:
    from reader.sanitize import clean_article

    cleaned = clean_article(_article_with(field, bad))
    strings = [cleaned.title, cleaned.site or "", cleaned.blocks[0].text, cleaned.removed[0].text]
    strings += [cleaned.related[0].title]
    assert not any(ch in s for s in strings for ch in UNCLEAN)
    if bad == "\ud800":
        assert "\ufffd" in "".join(strings)  # a lone surrogate becomes the replacement character


def test_clean_article_keeps_a_clean_article_as_it_is() -> None:
    from reader.sanitize import clean_article

    article = _article_with("block", "© ½ “引号” é\t")
    assert clean_article(article) == article


@pytest.mark.parametrize("bad", UNCLEAN[:-1])
def test_clean_text_takes_out_every_control(bad: str) -> None:
    from reader.sanitize import clean_text

    cleaned = clean_text(f"第一行{bad}文字 ©\n第二行")
    assert bad not in cleaned
    assert cleaned.startswith("第一行") and cleaned.endswith("文字 ©\n第二行")
    assert clean_text("第一行 © é\t\r\n第二行") == "第一行 © é\t\r\n第二行"
