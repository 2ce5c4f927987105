"""File > Export Article As: Markdown, plain text, HTML and PDF, through the real menu actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from test_window import active_window

from reader.document import Article, Block, Source

ARTICLE = Article(
    title="长江的雨季",
    site="示例新闻",
    published="2023-06-26",
    blocks=(
        Block("paragraph", "第一段 <script>x</script> 文字。"),
        Block("heading", "水位"),
        Block("paragraph", "二。"),
    ),
    source=Source(path="/nonexistent/page.html"),
)


@pytest.fixture
def window_with_article(qtbot: QtBot):  # type: ignore[no-untyped-def]
    window = active_window(qtbot)
    window.library.add_parsed(b"bytes", ARTICLE.source.path, [ARTICLE])
    window.refresh_list()
    return window


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path, seen: list[str]) -> None:
    def fake(_parent: object, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        seen.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def test_export_markdown_text_and_html(window_with_article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = window_with_article
    seen: list[str] = []
    save_to(monkeypatch, tmp_path / "a.md", seen)
    window.export_actions["markdown"].trigger()
    markdown = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert markdown.startswith("# 长江的雨季") and "## 水位" in markdown
    assert seen[0].endswith("长江的雨季.md")  # the title is the suggested name
    save_to(monkeypatch, tmp_path / "a.txt", seen)
    window.export_actions["text"].trigger()
    assert "第一段 <script>x</script> 文字。" in (tmp_path / "a.txt").read_text(encoding="utf-8")
    save_to(monkeypatch, tmp_path / "a", seen)  # no suffix given: the format's is added
    window.export_actions["html"].trigger()
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "<script>" not in html


def test_export_pdf(window_with_article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = window_with_article
    save_to(monkeypatch, tmp_path / "a.pdf", [])
    window.export_actions["pdf"].trigger()
    data = (tmp_path / "a.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 1000
    assert b"FontFile" in data or b"/Font" in data  # the CJK glyphs come with an embedded font


def test_cancelled_dialog_writes_nothing(window_with_article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert window_with_article.export_current("markdown") is None
    assert list(tmp_path.iterdir()) == []


def test_export_is_disabled_without_an_article(qtbot: QtBot) -> None:
    window = active_window(qtbot)
    assert not window.export_actions["pdf"].isEnabled()
    assert not window.export_menu.isEnabled()
