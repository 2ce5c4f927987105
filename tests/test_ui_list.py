"""The article list over the library: sorting, search (Ctrl+F), bookmarks (Ctrl+D), keyboard, remove/undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_window import active_window, import_and_wait, write_page

from reader import parse_file
from ui.main_window import MainWindow

BODY = "A paragraph long enough to be read as the body of a real article, with a full stop."


def three_pages(folder: Path) -> list[Path]:
    return [
        write_page(folder, "b.html", "Banana harvest", f"Bananas ripen in the sun. {BODY}", date="2024-03-01"),
        write_page(folder, "a.html", "Apple orchards", f"Apples need cold winters. {BODY}", date="2023-09-15"),
        write_page(folder, "c.html", "长江上游的雨季", f"长江上游进入雨季，水位上涨。{BODY}", date="2019-07-04"),
    ]


def store(window: MainWindow, pages: list[Path]) -> None:
    """Parse and store pages as an import does, without worker processes (tests_ui_import covers those)."""
    for page in pages:
        window.library.add_parsed(page.read_bytes(), str(page), [parse_file(page)])
    window.refresh_list()


def titles(window: MainWindow) -> list[str]:
    return [str(window.model.data(window.model.index(r))) for r in range(window.model.rowCount())]


def current_title(window: MainWindow) -> str:
    article = window.current_article()
    return article.title if article else ""


def test_sort_by_title_date_and_import_time(qtbot: QtBot, tmp_path: Path) -> None:
    first, *later = reversed(three_pages(tmp_path))
    window = active_window(qtbot)
    import_and_wait(qtbot, window, [first])
    window.library.set_imported_at(window.model.article_id(0), "2020-01-01")  # clearly older than the rest
    import_and_wait(qtbot, window, later)
    window.sort_actions["title"].trigger()
    assert titles(window) == ["Apple orchards", "Banana harvest", "长江上游的雨季"]
    window.list_view.setCurrentIndex(window.model.index(0))
    window.sort_combo.setCurrentIndex(window.sort_combo.findData("date"))  # newest first
    assert titles(window) == ["Banana harvest", "Apple orchards", "长江上游的雨季"]
    assert window.sort_actions["date"].isChecked()
    assert current_title(window) == "Apple orchards"  # the selection follows the article
    window.sort_actions["imported"].trigger()
    assert titles(window)[-1] == "长江上游的雨季"  # imported first, listed last
    assert window.sort_combo.currentData() == "imported"


def test_keyboard_j_k_arrows_enter(qtbot: QtBot, tmp_path: Path) -> None:
    window = active_window(qtbot)
    store(window, three_pages(tmp_path))
    window.set_sort("title")
    window.list_view.setCurrentIndex(window.model.index(0))
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_J)
    assert current_title(window) == "Banana harvest"
    assert "Bananas ripen" in window.view.toPlainText()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Down)
    assert current_title(window) == "长江上游的雨季"
    qtbot.keyClick(window.list_view, Qt.Key.Key_K)
    qtbot.keyClick(window.list_view, Qt.Key.Key_K)
    assert current_title(window) == "Apple orchards"
    qtbot.keyClick(window.list_view, Qt.Key.Key_Up)  # stays on the first row
    assert current_title(window) == "Apple orchards"
    qtbot.keyClick(window.list_view, Qt.Key.Key_Return)
    assert window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_J)  # j/k also work while reading
    assert current_title(window) == "Banana harvest"


def test_ctrl_f_searches_the_library_and_highlights_matches(qtbot: QtBot, tmp_path: Path) -> None:
    window = active_window(qtbot)
    store(window, three_pages(tmp_path))
    window.list_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    window.search_box.insert("雨季")  # what an input method commits (QTest can only type ASCII keys)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert titles(window) == ["长江上游的雨季"]
    assert window.list_view.hasFocus()
    assert window.view.highlight_count() >= 2  # in the title and in the body
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert len(titles(window)) == 3
    assert window.view.highlight_count() == 0


def test_search_box_waits_for_a_pause_in_typing(qtbot: QtBot, tmp_path: Path) -> None:
    window = active_window(qtbot)
    store(window, three_pages(tmp_path))
    qtbot.keyClicks(window.search_box, "apple")
    assert len(titles(window)) == 3  # not yet: each keystroke stays instant
    qtbot.waitUntil(lambda: titles(window) == ["Apple orchards"], timeout=3000)


def test_ctrl_d_stars_the_article_and_the_bookmarked_filter(qtbot: QtBot, tmp_path: Path) -> None:
    window = active_window(qtbot)
    store(window, three_pages(tmp_path))
    window.set_sort("title")
    window.list_view.setCurrentIndex(window.model.index(1))
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.bookmark_action.isChecked()
    assert window.bookmark_action.iconText() == "★"
    assert window.model.is_bookmarked(1)
    assert window.library.get(window.model.article_id(1)).bookmarked  # stored, not just drawn
    window.bookmarked_only_action.trigger()
    assert titles(window) == ["Banana harvest"]
    qtbot.keyClick(window.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # un-star
    assert titles(window) == []
    window.bookmarked_only_action.trigger()
    assert len(titles(window)) == 3


def test_delete_removes_and_ctrl_z_brings_back(qtbot: QtBot, tmp_path: Path) -> None:
    pages = three_pages(tmp_path)
    window = active_window(qtbot)
    store(window, pages)
    window.set_sort("title")
    window.list_view.setCurrentIndex(window.model.index(0))
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    assert titles(window) == ["Banana harvest", "长江上游的雨季"]
    assert current_title(window) == "Banana harvest"
    assert window.library.count() == 2
    assert all(p.exists() for p in pages)  # the user's files are never touched
    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == ["Apple orchards", "Banana harvest", "长江上游的雨季"]
    assert current_title(window) == "Apple orchards"


def test_library_persists_across_windows(qtbot: QtBot, tmp_path: Path) -> None:
    window = active_window(qtbot)
    store(window, three_pages(tmp_path))
    window.close()
    again = active_window(qtbot)
    assert len(titles(again)) == 3


def test_the_list_fetches_rows_lazily(qtbot: QtBot) -> None:
    from reader.document import Article, Block, Source
    from ui.article_list import PAGE_SIZE

    window = active_window(qtbot)
    items = [
        (
            f"file {i}".encode(),
            f"/n/{i}.txt",
            [Article(title=f"Article {i:04}", blocks=(Block("paragraph", "x"),), source=Source(path=f"/n/{i}"))],
        )
        for i in range(PAGE_SIZE * 2 + 50)
    ]
    assert window.library.add_many(items) == len(items)
    window.refresh_list()
    assert window.model.rowCount() == PAGE_SIZE  # only the first page is read
    assert window.model.matching() == len(items) and window.model.canFetchMore()
    window.list_view.scrollToBottom()  # the view asks for more as the user scrolls
    qtbot.waitUntil(lambda: window.model.rowCount() > PAGE_SIZE, timeout=3000)
    window.set_sort("title")
    last = window.library.rows(offset=len(items) - 1, limit=1, sort="title")[0]
    assert window.model.row_of(last.id) == len(items) - 1  # fetched on demand
    assert window.model.rowCount() == len(items)


def test_import_refresh_inserts_new_rows_without_moving_the_reader(qtbot: QtBot, tmp_path: Path) -> None:
    window = active_window(qtbot)
    pages = three_pages(tmp_path)
    store(window, pages[:2])
    window.list_view.setCurrentIndex(window.model.index(1))
    reading = current_title(window)
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    window.library.add_parsed(pages[2].read_bytes(), str(pages[2]), [parse_file(pages[2])])
    window.refresh_list(imported=True)
    assert titles(window)[0] == "长江上游的雨季"  # newest import on top
    assert current_title(window) == reading and window.list_view.currentIndex().row() == 2
    assert resets == []  # inserted, not reset: selection and scroll stay put


def test_an_import_refresh_shows_the_first_article_in_a_later_turn_of_the_event_loop(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Rows first, then (next turn) the selection and its article, then the caller's continuation."""
    window = active_window(qtbot)
    pages = three_pages(tmp_path)
    for page in pages:
        window.library.add_parsed(page.read_bytes(), str(page), [parse_file(page)])
    done: list[str] = []
    window.refresh_list(imported=True, after=lambda: done.append(current_title(window)))
    assert window.model.rowCount() == 3  # the rows are in at once
    assert done == [] and window.current_article() is None  # the article is not rendered in the same turn
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    assert done == [titles(window)[0]]  # settled (first row selected and shown) before the continuation ran
    assert window.view.article is not None and window.view.article.title == done[0]
