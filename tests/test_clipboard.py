"""Copying citations to the real QClipboard (offscreen) and reading both flavours back."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from conftest import ROOT
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.citation import Citation, CitationData, format_citation
from reader.document import Article
from ui.clipboard import (
    citation_mime_data,
    copy_article_citation,
    copy_citation,
    copy_quote_with_article_citation,
    copy_quote_with_citation,
)

ARTICLE = Article(
    title="Why some people with anxiety love watching horror movies",
    site="HuffPost",
    url="https://www.huffpost.com/entry/horror",
    published="2019-10-31",
    author="Carolyn Bologna",
    language="en",
)
CHINESE = Article(title="出版业信息化迈入快车道", author="萧钰", published="2001-12-19", language="zh")


@pytest.fixture()
def clipboard(qtbot: QtBot) -> Iterator[QClipboard]:
    board = QApplication.clipboard()
    board.clear()
    yield board
    board.clear()  # leave no mime data owned by the clipboard when the app goes away


def test_mime_data_carries_plain_text_and_html() -> None:
    mime = citation_mime_data(Citation("apa", "A. Title.", "A. <i>Title</i>."))
    assert mime.hasText() and mime.hasHtml()
    assert mime.text() == "A. Title."
    assert mime.html() == "A. <i>Title</i>."


def test_copy_citation_puts_both_flavours_on_the_clipboard(clipboard: QClipboard) -> None:
    citation = format_citation(CitationData.from_article(ARTICLE), "apa")
    copy_citation(citation, clipboard)
    mime = clipboard.mimeData()
    assert set(mime.formats()) >= {"text/plain", "text/html"}
    assert clipboard.text() == (
        "Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. "
        "https://www.huffpost.com/entry/horror"
    )
    assert mime.html() == (
        "Bologna, C. (2019, October 31). <i>Why some people with anxiety love watching horror movies</i>. "
        "HuffPost. https://www.huffpost.com/entry/horror"
    )


def test_copy_article_citation_uses_the_language_default_and_access_date(clipboard: QClipboard) -> None:
    returned = copy_article_citation(CHINESE, accessed="2024-05-01T08:00:00Z", clipboard=clipboard)
    assert returned.style == "gbt7714"
    assert clipboard.text() == "萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2024-05-01]."
    assert clipboard.mimeData().html() == "萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2024-05-01]."


def test_copy_article_citation_applies_overrides(clipboard: QClipboard) -> None:
    copy_article_citation(ARTICLE, "mla", overrides={"author": "", "title": "fish & chips <b>"}, clipboard=clipboard)
    assert clipboard.text() == "“Fish & Chips <b>.” HuffPost, 31 Oct. 2019, www.huffpost.com/entry/horror."
    assert clipboard.mimeData().html() == (
        "“Fish &amp; Chips &lt;b&gt;.” <i>HuffPost</i>, 31 Oct. 2019, www.huffpost.com/entry/horror."
    )


def test_quote_with_citation(clipboard: QClipboard) -> None:
    copy_quote_with_article_citation(
        "Horror movies can be a welcome escape.\nThe genre offers <control>.",
        ARTICLE,
        "chicago",
        clipboard=clipboard,
    )
    citation = (
        "Bologna, Carolyn. “Why Some People with Anxiety Love Watching Horror Movies.” HuffPost, "
        "October 31, 2019. https://www.huffpost.com/entry/horror."
    )
    assert clipboard.text() == ("“Horror movies can be a welcome escape.\nThe genre offers <control>.”\n\n" + citation)
    assert clipboard.mimeData().html() == (
        "<blockquote><p>Horror movies can be a welcome escape.</p><p>The genre offers &lt;control&gt;.</p>"
        "</blockquote><p>Bologna, Carolyn. “Why Some People with Anxiety Love Watching Horror Movies.” "
        "<i>HuffPost</i>, October 31, 2019. https://www.huffpost.com/entry/horror.</p>"
    )


def test_quote_with_a_machine_format_keeps_its_pre_block(clipboard: QClipboard) -> None:
    citation = format_citation(CitationData.from_article(CHINESE, accessed="2024-05-01"), "ris")
    copy_quote_with_citation("出版业正在迈入快车道。", citation, clipboard)
    assert clipboard.text() == "“出版业正在迈入快车道。”\n\n" + citation.text
    assert clipboard.mimeData().html().endswith("</blockquote><pre>" + citation.text + "</pre>")


def test_a_process_that_copied_exits_cleanly_offscreen() -> None:
    """PySide6 segfaulted at exit while the offscreen clipboard still owned the copied QMimeData."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from reader.citation import Citation\n"
        "from ui.clipboard import copy_citation\n"
        "copy_citation(Citation('apa', 'A.', '<i>A</i>.'))\n"
        "assert QApplication.clipboard().text() == 'A.'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
