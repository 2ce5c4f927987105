"""The window with real Qt widgets and real drop events (offscreen)."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import SAMPLE
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def drop_paths(window: MainWindow, paths: list[Path]) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def make_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def active_window(qtbot: QtBot) -> MainWindow:
    """A shown, active window: keyboard shortcuts only reach the active window."""
    window = make_window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def import_and_wait(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> list[object]:
    """Import through the window's real importer; returns the (imported, failed) signal arguments."""
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as blocker:
        window.import_paths([str(p) for p in paths])
    return list(blocker.args or [])


def write_page(folder: Path, name: str, title: str, body: str, **meta: str) -> Path:
    """A small saved HTML page with optional author/site/date/url metadata."""
    head = f"<title>{title}</title>"
    if "author" in meta:
        head += f'<meta name="author" content="{meta["author"]}">'
    if "site" in meta:
        head += f'<meta property="og:site_name" content="{meta["site"]}">'
    if "date" in meta:
        head += f'<meta property="article:published_time" content="{meta["date"]}">'
    if "url" in meta:
        head += f'<link rel="canonical" href="{meta["url"]}">'
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    path = folder / name
    path.write_text(f"<html><head>{head}</head><body><article>{paragraphs}</article></body></html>", encoding="utf-8")
    return path


def test_dropping_a_folder_imports_every_file_and_reports_bad_ones(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "抓取 folder"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "样本.txt")
    (folder / "english.html").write_text(
        "<html><head><title>An English page</title></head><body><p>First paragraph of the page.</p></body></html>",
        encoding="utf-8",
    )
    (folder / "broken.bin").write_bytes(b"\x7fELF" + b"\x00" * 100)
    window = make_window(qtbot)
    with qtbot.waitSignal(window.import_finished, timeout=30_000) as blocker:
        accepted = drop_paths(window, [folder])
    assert accepted == (True, True)
    assert blocker.args == [2, 1]
    titles = {window.model.article(row).title for row in range(window.model.rowCount())}
    assert "An English page" in titles
    assert [Path(p).name for p, _ in window.problems] == ["broken.bin"]
    assert "ELF" in window.problems[0][1]


def test_selecting_a_row_shows_that_article(qtbot: QtBot, tmp_path: Path) -> None:
    pages = []
    for name, body in (("a.html", "Alpha body text here."), ("b.html", "Beta <b>body</b> & more.")):
        path = tmp_path / name
        path.write_text(f"<html><head><title>{name}</title></head><body><p>{body}</p></body></html>", encoding="utf-8")
        pages.append(path)
    window = make_window(qtbot)
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        drop_paths(window, pages)
    assert window.model.rowCount() == 2
    rows = {str(window.model.data(window.model.index(r))): r for r in range(2)}
    window.list_view.setCurrentIndex(window.model.index(rows["b.html"]))
    assert "Beta body & more." in window.view.toPlainText()
    window.list_view.setCurrentIndex(window.model.index(rows["a.html"]))
    assert "Alpha body text here." in window.view.toPlainText()
    assert "Beta" not in window.view.toPlainText()


def test_page_text_is_escaped_in_the_reading_pane(qtbot: QtBot, tmp_path: Path) -> None:
    page = tmp_path / "evil.txt"
    page.write_text(
        "A title line\n<script>alert(1)</script> is shown as text, not run, in this paragraph.\n",
        encoding="utf-8",
    )
    window = make_window(qtbot)
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths([str(page)])
    window.list_view.setCurrentIndex(window.model.index(0))
    assert "<script>alert(1)</script> is shown as text" in window.view.toPlainText()
    assert "<script>" not in window.view.toHtml().split("<body", 1)[1].replace("&lt;script&gt;", "")


def test_same_file_twice_is_one_row(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        drop_paths(window, [SAMPLE])
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        drop_paths(window, [SAMPLE])
    assert window.model.rowCount() == 1


def test_a_broken_library_file_does_not_keep_the_app_from_opening(qtbot: QtBot) -> None:
    import os

    from reader.library import library_path

    path = library_path(os.environ["QINGDU_DATA_DIR"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    window = make_window(qtbot)
    assert window.library_error
    assert "temporary" in window.status_label.text()
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths([str(SAMPLE)])
    assert window.model.rowCount() == 1  # still usable
    assert path.read_bytes() == b"this is not a database" * 100  # and the broken file is left alone
