"""MHTML archives as Chromium saves them: quoted-printable or base64 parts, charset in the part header."""

from __future__ import annotations

import base64
import quopri

from reader import parse_bytes

ZH_MORE = "会议还通报了明年的建设计划，包括新建学校十所、医院三家，以及对城区供水管网进行全面改造。"
ZH_BODY = (
    "昨日，市政府召开新闻发布会，介绍了今年城市建设的主要进展。会议指出，全市新建道路一百二十公里，群众满意度明显提升。"
)


def _mhtml(part_body: bytes, encoding: str, charset: str, location: str = "https://example.cn/a.html") -> bytes:
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {location}\r\n"
        "Subject: =?utf-8?Q?page?=\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc----"\r\n\r\n'
        "------MultipartBoundary--abc----\r\n"
        f"Content-Type: text/html; charset={charset}\r\n"
        f"Content-Transfer-Encoding: {encoding}\r\n"
        f"Content-Location: {location}\r\n\r\n"
    ).encode("ascii")
    image = (
        b"\r\n------MultipartBoundary--abc----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: https://example.cn/x.png\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc------\r\n"
    )
    return head + part_body + image


def _page(title: str) -> str:
    return (
        f'<html><head><meta charset="gbk"><title>{title}_示例网</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/n">新闻</a></div>'
        f"<div class='article'><h1>{title}</h1><p>{ZH_BODY}</p><p>{ZH_MORE}</p></div></body></html>"
    )


def test_quoted_printable_utf8_part() -> None:
    html = _page("城市建设").replace('charset="gbk"', 'charset="utf-8"').encode("utf-8")
    article = parse_bytes(_mhtml(quopri.encodestring(html), "quoted-printable", "utf-8"), "page.mhtml")
    assert article.source.format == "mhtml"
    assert article.title == "城市建设"
    assert article.url == "https://example.cn/a.html"
    assert article.text == f"{ZH_BODY}\n\n{ZH_MORE}"
    assert "首页" not in article.text


def test_base64_part_in_the_charset_of_its_header() -> None:
    html = _page("城市建设").encode("gbk")
    raw = _mhtml(base64.encodebytes(html).replace(b"\n", b"\r\n"), "base64", "GBK")
    article = parse_bytes(raw, "page.mht")
    assert article.source.encoding == "gb18030"
    assert "市政府召开新闻发布会" in article.text
    assert article.language == "zh"


def test_the_part_at_the_snapshot_location_is_the_page_not_a_frame() -> None:
    frame = "<html><body><p>An advertising frame, with a sentence that is long enough to count.</p></body></html>"
    page = _page("城市建设").replace('charset="gbk"', 'charset="utf-8"')
    boundary = "----MultipartBoundary--abc----"
    raw = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.cn/a.html\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
        f"Content-Location: https://ads.example/frame.html\r\n\r\n{frame}\r\n"
        f"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
        f"Content-Location: https://example.cn/a.html\r\n\r\n{page}\r\n--{boundary}--\r\n"
    ).encode()
    article = parse_bytes(raw, "page.mhtml")
    assert "市政府召开新闻发布会" in article.text
    assert "advertising" not in article.text
