"""Remembered state (QSettings isolated in the test's data folder), light/dark themes and the About dialog."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel
from pytestqt.qtbot import QtBot
from test_window import active_window

from reader import __version__
from ui.about import AboutDialog
from ui.settings import SETTINGS_FILE, app_settings


def test_settings_live_in_the_tests_data_folder() -> None:
    path = Path(app_settings().fileName())
    assert path == Path(os.environ["QINGDU_DATA_DIR"]) / SETTINGS_FILE


def test_geometry_splitter_zoom_theme_and_toggles_are_remembered(qtbot: QtBot) -> None:
    window = active_window(qtbot)
    window.resize(700, 520)
    window.splitter.setSizes([220, 480])
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    window.theme_actions["dark"].trigger()
    window.show_removed_action.trigger()
    window.sort_actions["title"].trigger()
    sizes = window.splitter.sizes()
    window.close()
    again = active_window(qtbot)
    assert again.view.zoom == 2
    assert again.theme == "dark" and again.theme_actions["dark"].isChecked()
    assert again.show_removed_action.isChecked() and again.view.show_removed
    assert again.model.sort_key == "title" and again.sort_combo.currentData() == "title"
    assert (again.width(), again.height()) == (700, 520)
    assert again.splitter.sizes() == sizes
    again.theme_actions["system"].trigger()  # leave the shared QApplication as we found it


def test_docks_are_built_on_first_use_and_reopen_where_they_were_left(qtbot: QtBot) -> None:
    window = active_window(qtbot)
    assert window.findChildren(QDockWidget) == []  # neither dock is built by a start that shows neither
    assert window.problems == [] and not window.bookmarks_action.isChecked()
    toolbar_menu = [action.text() for action in window.createPopupMenu().actions()]
    assert toolbar_menu == ["Import &Problems", "&Bookmarks Panel", "", "Toolbar"]  # as when the docks were built
    assert window.findChildren(QDockWidget) == []
    window.bookmarks_action.trigger()
    panel = window.bookmarks_panel
    assert panel.isVisible() and window.dockWidgetArea(panel) == Qt.DockWidgetArea.RightDockWidgetArea
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panel)  # the user drags it to the left
    panel.close()  # its own close button: the menu action follows
    assert not window.bookmarks_action.isChecked()
    window.bookmarks_action.trigger()
    assert panel.isVisible() and window.findChildren(QDockWidget) == [panel]
    window.close()
    again = active_window(qtbot)
    reopened = again.bookmarks_panel
    assert reopened.isVisible() and again.bookmarks_action.isChecked()
    assert again.dockWidgetArea(reopened) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not again.problems_action.isChecked() and not again.problems_panel.isVisible()
    again.problems_action.trigger()
    assert again.problems_panel.isVisible()
    again.bookmarks_action.trigger()  # hidden at exit: built hidden next time
    again.close()
    third = active_window(qtbot)
    assert third.problems_panel.isVisible() and not third.bookmarks_panel.isVisible()
    assert third.dockWidgetArea(third.bookmarks_panel) == Qt.DockWidgetArea.LeftDockWidgetArea
    third.problems_action.trigger()


def test_a_hand_edited_list_of_open_docks_is_read(qtbot: QtBot) -> None:
    # INI files give "a,b" back as a list and "a" as a string; both name the docks to open.
    settings = Path(os.environ["QINGDU_DATA_DIR"]) / SETTINGS_FILE
    settings.write_text("[window]\nopen_panels=bookmarks, problems\n", encoding="utf-8")
    window = active_window(qtbot)
    assert window.bookmarks_panel.isVisible() and window.problems_panel.isVisible()
    window.close()
    settings.write_text("[window]\nopen_panels=problems\n", encoding="utf-8")
    again = active_window(qtbot)
    assert again.problems_panel.isVisible() and again.findChildren(QDockWidget) == [again.problems_panel]


def test_dark_theme_darkens_widgets_and_the_reading_pane(qtbot: QtBot) -> None:
    window = active_window(qtbot)
    window.theme_actions["dark"].trigger()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert window.view.colors.background == "#1e1f22"
    assert "QListView#articleList" in app.styleSheet()  # resources/styles/dark.qss was loaded
    window.theme_actions["light"].trigger()
    assert app.palette().color(QPalette.ColorRole.Base).lightness() > 200
    window.theme_actions["system"].trigger()
    assert window.effective_theme in ("light", "dark")


def test_about_dialog_shows_the_version(qtbot: QtBot) -> None:
    window = active_window(qtbot)
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.version_label.text()
    assert any("never goes online" in label.text() for label in dialog.findChildren(QLabel))
    dialog.reject()
