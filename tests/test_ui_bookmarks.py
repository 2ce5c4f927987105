"""Passage bookmarks with notes, the bookmarks panel that jumps to them, and bookmark export/import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from test_window import active_window

import ui.main_window
from reader.document import Article, Block, Source
from ui.main_window import MainWindow

ARTICLE = Article(
    title="长江的雨季",
    blocks=(
        Block("paragraph", "第一段：长江上游进入雨季，水位上涨。"),
        Block("caption", "(图为码头)"),
        Block("paragraph", "第二段：沿江城市加强防汛。"),
        Block("paragraph", "第三段：专家提醒注意安全。"),
    ),
    source=Source(path="/nonexistent/a.txt"),
)
OTHER = Article(title="Other", blocks=(Block("paragraph", "Something else entirely."),), source=Source(path="/b"))


def window_with_articles(qtbot: QtBot) -> MainWindow:
    window = active_window(qtbot)
    window.library.add_parsed(b"a", "/nonexistent/a.txt", [ARTICLE])
    window.library.add_parsed(b"b", "/nonexistent/b.txt", [OTHER])
    window.refresh_list()
    return window


def select_text(window: MainWindow, text: str, until: str | None = None) -> None:
    document = window.view.document()
    start = document.find(text)
    end = document.find(until) if until else start
    cursor = QTextCursor(document)
    cursor.setPosition(start.selectionStart())
    cursor.setPosition(end.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)


def open_article(window: MainWindow, title: str) -> None:
    for row in range(window.model.rowCount()):
        if window.model.data(window.model.index(row)) == title:
            window.list_view.setCurrentIndex(window.model.index(row))
            return
    raise AssertionError(title)


def test_bookmark_a_selected_passage_with_a_note(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui.main_window, "ask_passage_note", lambda _parent, _quote: "防汛要点")
    window = window_with_articles(qtbot)
    open_article(window, "长江的雨季")
    assert not window.bookmark_passage_action.isEnabled()
    select_text(window, "沿江城市加强防汛", "专家提醒")
    assert window.bookmark_passage_action.isEnabled()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [passage] = window.library.passages()
    assert passage.quote == "沿江城市加强防汛。\n\n第三段：专家提醒"
    assert ARTICLE.text[passage.start : passage.end] == passage.quote  # offsets into Article.text
    assert passage.note == "防汛要点"
    assert window.bookmarks_panel.isVisible()
    assert "防汛要点" in window.bookmarks_panel.list.item(0).text()


def test_cancelling_the_note_bookmarks_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui.main_window, "ask_passage_note", lambda _parent, _quote: None)
    window = window_with_articles(qtbot)
    open_article(window, "长江的雨季")
    select_text(window, "水位上涨")
    window.bookmark_passage_action.trigger()
    assert window.library.passages() == []


def test_the_panel_jumps_to_the_passage_even_when_filtered_out(qtbot: QtBot) -> None:
    window = window_with_articles(qtbot)
    article_id = window.library.find(__import__("hashlib").sha256(b"a").hexdigest())
    assert article_id is not None
    start = ARTICLE.text.index("沿江城市")
    window.library.add_passage(article_id, "沿江城市加强防汛", start, start + 8, "note")
    open_article(window, "Other")
    window.search_box.setText("Something")
    window._run_search()
    assert window.model.rowCount() == 1
    window.bookmarks_action.trigger()
    assert window.bookmarks_panel.list.count() == 1
    panel_list = window.bookmarks_panel.list
    panel_list.setCurrentRow(0)
    panel_list.setFocus()
    qtbot.keyClick(panel_list, Qt.Key.Key_Return)
    assert window.current_article() is not None and window.current_article().title == "长江的雨季"
    assert window.view.textCursor().selectedText() == "沿江城市加强防汛"
    assert window.view.hasFocus()  # ready to read on
    panel_list.setFocus()
    qtbot.keyClick(panel_list, Qt.Key.Key_Delete)  # remove the passage bookmark, not the article
    assert window.library.passages() == [] and panel_list.count() == 0
    assert window.library.count() == 2


def test_export_and_import_bookmarks(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_with_articles(qtbot)
    open_article(window, "长江的雨季")
    window.bookmark_action.trigger()
    target = tmp_path / "marks.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "JSON (*.json)"))
    window.export_bookmarks_action.trigger()
    assert "长江的雨季" in target.read_text(encoding="utf-8")
    window.bookmark_action.trigger()  # un-star, then bring it back from the file
    assert not any(window.model.is_bookmarked(r) for r in range(window.model.rowCount()))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(target), ""))
    window.import_bookmarks_action.trigger()
    starred = [window.model.data(window.model.index(r)) for r in range(2) if window.model.is_bookmarked(r)]
    assert starred == ["长江的雨季"]
