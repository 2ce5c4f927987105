"""The UI in Simplified Chinese: the .ts covers every translatable string, the .qm matches it, and it is used."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_window import make_window

from reader.document import Article, Block, Related
from ui.app import build_parser
from ui.article_view import render_article_html
from ui.i18n import install_translators, normalize_language, translation_file
from ui.resources import resource_path

TS = resource_path("translations", "qingdu_zh_CN.ts")
ROOT = Path(__file__).resolve().parent.parent
# ui/ modules owned by other engineers carry no tr() strings of the window's.
NOT_OURS = {"clipboard.py", "resources.py", "__init__.py", "__main__.py", "launcher.py"}


def ts_messages(path: Path) -> dict[tuple[str, str], str]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            messages[(name, message.findtext("source") or "")] = translation.text or ""
            assert translation.get("type") != "unfinished", message.findtext("source")
    return messages


@pytest.fixture
def chinese() -> Iterator[list[QTranslator]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, "zh_CN")
    yield installed
    for translator in installed:
        app.removeTranslator(translator)


def test_every_ui_string_is_in_the_ts_and_translated(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py") if p.name not in NOT_OURS)
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=60)
    wanted = set(ts_messages_untranslated(fresh))
    have = ts_messages(TS)
    assert wanted, "lupdate found no strings"
    missing = wanted - set(have)
    assert not missing, f"strings not in {TS.name} (run lupdate, translate, lrelease): {sorted(missing)[:5]}"
    assert all(have[key] for key in wanted)


def ts_messages_untranslated(path: Path) -> Iterator[tuple[str, str]]:
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message.findtext("source") or ""


def test_the_qm_matches_the_ts() -> None:
    translator = QTranslator()
    assert translator.load(translation_file("zh_CN"))
    for (context, source), translation in ts_messages(TS).items():
        assert translator.translate(context, source) == translation, source


def test_the_window_speaks_chinese(qtbot: QtBot, chinese: list[QTranslator]) -> None:
    assert chinese, "qingdu_zh_CN.qm did not load"
    window = make_window(qtbot)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert window.search_box.placeholderText() == "搜索标题和正文（Ctrl+F）"
    assert window.problems_panel.windowTitle() == "导入问题"
    assert window.import_progress.cancel_button.text() == "取消"
    html = render_article_html(Article(title="t", blocks=(Block("paragraph", "p"),), related=(Related("r", "s"),)))
    assert "相关文章" in html


def test_the_citation_dialog_speaks_chinese(qtbot: QtBot, chinese: list[QTranslator]) -> None:
    from reader.citation import CitationData
    from ui.citation_dialog import CitationDetailsDialog

    dialog = CitationDetailsDialog(CitationData.from_article(Article(title="t"), accessed="2024-05-01"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "编辑著录信息"
    assert dialog.editors["site"].placeholderText() == "网站或出版物"
    dialog.editors["accessed"].setText("next June")
    assert dialog.error.text() == "访问日期“next June”不是完整日期（请使用 2024-05-01）。"


def test_language_choice() -> None:
    assert normalize_language("zh-CN") == normalize_language("zh_Hans_CN") == normalize_language("zh") == "zh_CN"
    assert normalize_language("en_US") == normalize_language("fr") == normalize_language(None) == "en"
    assert build_parser().parse_args(["--lang", "zh_CN"]).lang == "zh_CN"


@pytest.mark.parametrize(
    ("override", "system", "expected"),
    [("zh_CN", "en_US.UTF-8", "zh_CN 清读"), ("", "zh_CN.UTF-8", "zh_CN 清读"), ("", "en_US.UTF-8", "en Qingdu")],
)
def test_system_language_and_the_lang_override(tmp_path: Path, override: str, system: str, expected: str) -> None:
    """A fresh process: the system's language is followed unless --lang overrides it."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.app import _application, setup_language\n"
        "app = _application()\n"
        "print(setup_language(app, sys.argv[1] or None))\n"
        "from ui.main_window import MainWindow\n"
        "print(MainWindow().windowTitle())\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "QINGDU_DATA_DIR": str(tmp_path), "LANG": system, "LC_ALL": system}
    out = subprocess.run(
        [sys.executable, "-c", script, override], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.split() == expected.split(), out.stderr
