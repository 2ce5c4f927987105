"""Edit > Copy as Citation (Ctrl+Shift+C), the style submenu, the default style, quote with citation, Edit details."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot
from test_window import active_window

import ui.main_window
from reader.document import Article, Block, Source
from ui.main_window import MainWindow

CHINESE = Article(
    title="长江的雨季",
    site="示例新闻",
    url="https://example.com/rain",
    published="2023-06-26",
    author="李华",
    language="zh",
    blocks=(Block("paragraph", "长江上游进入雨季，水位上涨。"),),
    source=Source(path="/nonexistent/a.html"),
)


def window_with_article(qtbot: QtBot) -> MainWindow:
    window = active_window(qtbot)
    window.library.add_parsed(b"a", "/nonexistent/a.html", [CHINESE])
    window.refresh_list()
    return window


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def test_ctrl_shift_c_copies_the_default_style_for_chinese(qtbot: QtBot) -> None:
    window = window_with_article(qtbot)
    QGuiApplication.clipboard().clear()
    window.list_view.setFocus()
    qtbot.keyClick(
        window.list_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    text = clipboard_text()
    assert "长江的雨季[EB/OL]" in text and "李华" in text and "https://example.com/rain" in text
    assert QGuiApplication.clipboard().mimeData().hasHtml()


def test_style_submenu_and_default_style_setting(qtbot: QtBot) -> None:
    window = window_with_article(qtbot)
    window.copy_style_actions["bibtex"].trigger()
    assert clipboard_text().startswith("@online{")
    window.default_style_actions["mla"].trigger()
    window.copy_citation_action.trigger()
    assert "[EB/OL]" not in clipboard_text() and "长江的雨季" in clipboard_text()
    window.close()
    again = active_window(qtbot)
    assert again.default_style == "mla" and again.default_style_actions["mla"].isChecked()


def test_copy_quote_with_citation_needs_a_selection(qtbot: QtBot) -> None:
    window = window_with_article(qtbot)
    assert not window.copy_quote_action.isEnabled()
    found = window.view.document().find("水位上涨")
    window.view.setTextCursor(found)
    assert window.copy_quote_action.isEnabled()
    window.copy_quote_action.trigger()
    text = clipboard_text()
    assert "水位上涨" in text.split("\n")[0] and "[EB/OL]" in text
    window.view.setTextCursor(QTextCursor(window.view.document()))
    assert not window.copy_quote_action.isEnabled()


def test_edit_details_saves_to_the_library_and_every_style_uses_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_with_article(qtbot)
    seen = []

    def fake_dialog(data, parent, style):  # type: ignore[no-untyped-def]
        seen.append((data.title, style))
        return {"title": "长江的雨季（修订）", "author": "王五"}

    monkeypatch.setattr(ui.main_window, "edit_citation_details", fake_dialog)
    window.edit_details_action.trigger()
    assert seen == [("长江的雨季", None)]
    article_id = window.current_article_id()
    assert article_id is not None
    assert window.library.article(article_id).title == "长江的雨季（修订）"
    assert window.model.data(window.model.index(0)) == "长江的雨季（修订）"  # the list shows the edit
    assert "长江的雨季（修订）" in window.view.toPlainText()  # and the reading pane
    window.copy_citation_action.trigger()
    assert "王五" in clipboard_text() and "修订" in clipboard_text()
