"""The reading pane: header, styled blocks, related, removed content toggle, links, zoom, no remote loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontInfo, QTextDocument
from pytestqt.qtbot import QtBot
from test_window import active_window, import_and_wait, write_page

from reader.document import Article, Block, Related, Removed, Source
from ui.article_view import MEASURE_EM, ArticleView, ReadingStyle, render_article_html
from ui.main_window import MainWindow

ARTICLE = Article(
    title="长江的雨季 <i>not italic</i>",
    site="示例新闻",
    url="https://example.com/a?x=1&y=2",
    published="2023-06-26",
    author="李华",
    blocks=(
        Block("paragraph", "第一段：长江上游进入雨季。"),
        Block("heading", "水位"),
        Block("caption", "(图为江边的码头)"),
        Block("quote", "“江水不会等人。”"),
        Block("list_item", "第一点"),
        Block("paragraph", "<b>not bold</b> & an ampersand"),
    ),
    related=(Related("另一篇文章的标题", "它的摘要"),),
    removed=(Removed("navigation", "首页 新闻 体育"), Removed("watermark", "融易新媒体")),
    source=Source(path="/nonexistent/page.html", sha256="abc"),
)


def make_view(qtbot: QtBot) -> ArticleView:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


def test_header_blocks_and_related_are_rendered_escaped(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.show_article(ARTICLE)
    text = view.toPlainText()
    for expected in ("长江的雨季 <i>not italic</i>", "示例新闻 · 2023-06-26 · 李华", "example.com/a?x=1&y=2"):
        assert expected in text
    assert "<b>not bold</b> & an ampersand" in text
    assert "Related articles" in text and "另一篇文章的标题" in text and "它的摘要" in text
    html = render_article_html(ARTICLE)
    assert "<h2>水位</h2>" in html and '<p class="caption">' in html and "<blockquote>" in html
    assert "<li>第一点</li>" in html
    assert "<i>" not in html and "<b>" not in html  # page text can never become markup


def stored_window(qtbot: QtBot, article: Article = ARTICLE) -> MainWindow:
    """A window whose library holds `article` (stored as an import would), selected."""
    window = active_window(qtbot)
    window.library.add_parsed(b"original bytes", article.source.path, [article])
    window.refresh_list()
    window.list_view.setCurrentIndex(window.model.index(0))
    return window


def test_removed_content_is_hidden_until_toggled_and_labelled_with_reason(qtbot: QtBot) -> None:
    window = stored_window(qtbot)
    assert "首页 新闻 体育" not in window.view.toPlainText()
    window.show_removed_action.trigger()
    shown = window.view.toPlainText()
    assert "[navigation] 首页 新闻 体育" in shown
    assert "[watermark] 融易新媒体" in shown
    assert "Removed by the parser (2)" in shown
    window.show_removed_action.trigger()
    assert "首页 新闻 体育" not in window.view.toPlainText()


def test_removed_entries_are_greyed(qtbot: QtBot) -> None:
    html = render_article_html(ARTICLE, ReadingStyle(show_removed=True))
    assert '<p class="removed"><span class="reason">[watermark]</span> 融易新媒体</p>' in html
    assert "p.removed { color: #9a9a9a" in html


def find_anchor(view: ArticleView, href: str) -> QPoint:
    viewport = view.viewport()
    for y in range(0, viewport.height(), 3):
        for x in range(0, viewport.width(), 6):
            if view.anchorAt(QPoint(x, y)) == href:
                return QPoint(x, y)
    raise AssertionError(f"no link to {href} on screen")


def test_source_link_opens_in_the_browser_only_on_click(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    window = stored_window(qtbot)
    assert opened == []  # showing an article never opens anything
    point = find_anchor(window.view, "https://example.com/a?x=1&y=2")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == ["https://example.com/a?x=1&y=2"]


def test_non_web_links_are_never_opened(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    window = active_window(qtbot)
    sneaky = Article(title="t", url="javascript:alert(1)", blocks=(Block("paragraph", "Body text."),))
    window.view.show_article(sneaky)
    assert "javascript:alert(1)" in window.view.toPlainText()  # shown as text
    assert "javascript" not in " ".join(window.view.anchorAt(QPoint(x, 40)) for x in range(0, 800, 10))
    window.view.anchorClicked.emit(QUrl("javascript:alert(1)"))
    window.view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == []


def test_open_source_and_original_file_actions(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    page = write_page(tmp_path, "river.html", "River", "Rivers flow to the sea every day.", url="https://example.org/r")
    window = active_window(qtbot)
    import_and_wait(qtbot, window, [page])
    assert window.open_source_action.isEnabled()
    window.open_source_action.trigger()
    window.open_original_action.trigger()
    assert opened == ["https://example.org/r", QUrl.fromLocalFile(str(page)).toString()]


def test_remote_resources_are_never_loaded(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("https://example.com/x.png")) is None
    view.setHtml('<img src="https://example.com/tracker.png">')
    assert (
        view.document().resource(
            QTextDocument.ResourceType.ImageResource.value, QUrl("https://example.com/tracker.png")
        )
        is None
    )


def test_zoom_keys_change_the_text_size(qtbot: QtBot) -> None:
    window = active_window(qtbot)
    window.view.show_article(ARTICLE)
    size = window.view.document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.document().defaultFont().pointSizeF() == size + 2
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom == 1
    assert window.view.document().defaultFont().pointSizeF() == size + 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom == 0


def test_measure_caps_the_line_length_on_wide_windows(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.show_article(ARTICLE)
    view.resize(1800, 700)
    qtbot.waitUntil(lambda: view.viewport().width() > 1700)
    root = view.document().rootFrame().frameFormat()
    text_width = view.viewport().width() - root.leftMargin() - root.rightMargin()
    assert text_width <= view.measure_px() + 2
    assert view.measure_px() == MEASURE_EM * QFontInfo(view.document().defaultFont()).pixelSize()
    view.resize(500, 700)
    qtbot.waitUntil(lambda: view.viewport().width() < 520)
    assert view.document().rootFrame().frameFormat().leftMargin() == 24  # narrow: only the minimum margin


def test_reading_font_has_a_cjk_fallback(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    families = view.document().defaultFont().families()
    assert any("CJK SC" in f or f in ("PingFang SC", "Microsoft YaHei") for f in families)
    assert families.index("Noto Serif CJK SC") > families.index("Georgia")  # Latin face first, CJK fallback
