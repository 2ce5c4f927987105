"""Remembered state (QSettings isolated in the test's data folder), light/dark themes and the About dialog."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
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
