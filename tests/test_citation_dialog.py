"""The "Edit details…" dialog with real widgets and real key and mouse events (offscreen)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader.citation import CitationData, format_citation
from reader.document import Article
from reader.library import Library
from ui.citation_dialog import CitationDetailsDialog, edit_citation_details

SEED = Article(
    title="货拉拉广莞佛司机流动党员党支部成立,加速推广“深圳经验”",
    site="融易新媒体",
    published="--06-26",
    language="zh",
)
SEED_DATA = CitationData.from_article(SEED, accessed="2024-05-01")


def make_dialog(qtbot: QtBot, data: CitationData = SEED_DATA, style: str | None = None) -> CitationDetailsDialog:
    dialog = CitationDetailsDialog(data, style=style)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ok_button(dialog: CitationDetailsDialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def retype(qtbot: QtBot, dialog: CitationDetailsDialog, key: str, text: str) -> None:
    editor = dialog.editors[key]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # Chinese arrives from an input method as a committed string, not as key presses
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(editor, event)


def test_fields_start_with_the_article_values(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert {k: e.text() for k, e in dialog.editors.items()} == {
        "title": SEED.title,
        "site": "融易新媒体",
        "author": "",
        "published": "--06-26",
        "url": "",
        "accessed": "2024-05-01",
    }
    assert dialog.preview.text() == f"融易新媒体. {SEED.title}[EB/OL]. [2024-05-01]."


def test_typed_edits_come_back_as_values_and_update_the_preview(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    retype(qtbot, dialog, "author", "张三、李四")
    retype(qtbot, dialog, "published", "2023年6月26日")
    retype(qtbot, dialog, "url", "https://example.com/a")
    retype(qtbot, dialog, "site", "")
    values = dialog.values()
    accessed = values.pop("accessed")
    assert values == {
        "title": SEED.title,
        "site": None,
        "author": "张三、李四",
        "published": "2023-06-26",
        "url": "https://example.com/a",
    }
    assert accessed is not None and accessed.startswith("2024-05-01T12:00:00")
    expected = f"张三, 李四. {SEED.title}[EB/OL]. (2023-06-26)[2024-05-01]. https://example.com/a."
    assert dialog.preview.text() == expected
    assert format_citation(dialog.citation_data(), "gbt7714").text == expected


def test_an_unreadable_date_disables_ok_until_fixed(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    retype(qtbot, dialog, "published", "next June")
    assert not ok_button(dialog).isEnabled()
    assert dialog.error.isVisible()
    assert "next June" in dialog.error.text()
    retype(qtbot, dialog, "accessed", "2024-05")
    assert "not a full date" in dialog.error.text()
    retype(qtbot, dialog, "published", "2023")
    retype(qtbot, dialog, "accessed", "2024-05-02")
    assert ok_button(dialog).isEnabled()
    assert not dialog.error.isVisible()


def test_preview_uses_the_given_style_with_italics(qtbot: QtBot) -> None:
    data = CitationData.from_values({"title": "A page", "site": "Example", "authors": "Jane Doe", "published": "2020"})
    dialog = make_dialog(qtbot, data, style="mla")
    assert dialog.preview.text() == "Doe, Jane. “A Page.” <i>Example</i>, 2020."


def test_edit_citation_details_returns_values_on_ok(qtbot: QtBot) -> None:
    def accept_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CitationDetailsDialog)
        dialog.editors["title"].setText("Edited title")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, accept_when_shown)
    values = edit_citation_details(SEED_DATA)
    assert values is not None
    assert values["title"] == "Edited title"
    assert values["site"] == "融易新媒体"


def test_edit_citation_details_returns_none_on_cancel(qtbot: QtBot) -> None:
    def cancel_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel_when_shown)
    assert edit_citation_details(SEED_DATA) is None


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Shanghai", "UTC"])
def test_saved_access_day_reads_back_the_same_in_any_time_zone(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zone: str
) -> None:
    """The library stores UTC time stamps; the day typed must be the day cited."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        with Library.in_folder(tmp_path) as library:
            [result] = library.add_parsed(b"seed", "seed.txt", [SEED])
            assert result.id is not None
            stored = library.get(result.id)
            dialog = make_dialog(qtbot, CitationData.from_article(stored.article, accessed=stored.imported_at))
            retype(qtbot, dialog, "accessed", "2024-05-01")
            retype(qtbot, dialog, "author", "Jane Doe")
            library.set_metadata(result.id, **dialog.values())
            stored = library.get(result.id)
        data = CitationData.from_article(stored.article, accessed=stored.imported_at)
        assert format_citation(data, "gbt7714").text == f"DOE J. {SEED.title}[EB/OL]. [2024-05-01]."
    finally:
        monkeypatch.undo()
        time.tzset()
