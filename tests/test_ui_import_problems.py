"""The "Import problems" panel in the UI's language: reader's per-file problem codes and parameters become
translated reasons (reader itself stays English, as the CLI prints it); unknown codes fall back to English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_window import SAMPLE, import_and_wait, make_window

from reader.errors import MESSAGES
from ui.i18n import install_translators
from ui.import_panel import PROBLEM_SOURCES, EnglishReasonRole, ProblemCodeRole, ProblemsPanel, problem_reason


@pytest.fixture
def chinese() -> Iterator[list[QTranslator]]:
    """The Simplified Chinese translations, installed as `--lang zh_CN` installs them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, "zh_CN")
    assert installed, "qingdu_zh_CN.qm did not load"
    yield installed
    for translator in installed:
        app.removeTranslator(translator)


def _bad_files(folder: Path) -> None:
    (folder / "good.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "empty.html").write_bytes(b"")
    (folder / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)


def test_the_chinese_ui_shows_import_problems_in_chinese(
    qtbot: QtBot, tmp_path: Path, chinese: list[QTranslator]
) -> None:
    _bad_files(tmp_path)
    window = make_window(qtbot)
    assert import_and_wait(qtbot, window, [tmp_path]) == [1, 2]
    reasons = {Path(path).name: reason for path, reason in window.problems}
    assert reasons["empty.html"] == "文件为空"
    assert reasons["image.bin"].startswith("不是文本或网页文件（") and reasons["image.bin"].endswith("）")
    tree = window.problems_panel.tree
    item = next(
        tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == "empty.html"
    )
    assert item.data(1, ProblemCodeRole) == "empty_file"
    assert item.data(1, EnglishReasonRole) == "file is empty"  # kept for bug reports, shown in the tooltip
    assert item.toolTip(1) == "文件为空\nfile is empty"
    assert window.problems_panel.windowTitle() == "导入问题"


def test_the_english_ui_shows_readers_own_message(qtbot: QtBot, tmp_path: Path) -> None:
    _bad_files(tmp_path)
    window = make_window(qtbot)
    import_and_wait(qtbot, window, [tmp_path])
    reasons = {Path(path).name: reason for path, reason in window.problems}
    assert reasons["empty.html"] == "file is empty"
    assert reasons["image.bin"].startswith("not a text or web page file (")


def test_parameters_are_filled_in_and_words_translated(chinese: list[QTranslator]) -> None:
    message = "file is 2,000 bytes, over the 1,000-byte limit"
    assert (
        problem_reason("too_large", {"size": 2000, "limit": 1000}, message)
        == "文件大小为 2,000 字节，超过 1,000 字节的上限"
    )
    assert problem_reason("not_regular_file", {"kind": "a named pipe"}, "") == "不是普通文件（命名管道）"
    assert problem_reason("no_text", {"what": "page"}, "") == "在此网页中找不到可读的文字"
    assert problem_reason("timeout", {"seconds": 60.0}, "") == "耗时超过 60 秒，已停止"
    # A ReaderError without a catalogued code: its class's generic reason, with reader's words as the detail.
    assert problem_reason("unreadable_content", {}, "not valid JSON: x") == "无法读取：not valid JSON: x"


def test_unknown_codes_and_missing_parameters_fall_back_to_english(chinese: list[QTranslator]) -> None:
    assert problem_reason("a_code_from_the_future", {}, "some new problem") == "some new problem"
    assert problem_reason("", {}, "no code at all") == "no code at all"
    assert problem_reason("too_large", {}, "file is big") == "file is big"  # its parameters went missing


def test_every_catalogued_problem_has_a_translatable_reason(chinese: list[QTranslator]) -> None:
    assert set(MESSAGES) <= set(PROBLEM_SOURCES)
    for code, english in MESSAGES.items():
        assert PROBLEM_SOURCES[code] == english, code  # the English UI shows exactly reader's message


def test_many_problems_are_listed_in_batches(qtbot: QtBot) -> None:
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    for i in range(500):
        panel.add_problem(f"/data/f{i}.bin", "file is empty", "empty_file", {})
    assert panel.tree.topLevelItemCount() == 0  # not one insertion per problem
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 500, timeout=5000)
    panel.add_problem("/data/last.bin", "file is empty", "empty_file", {})
    assert len(panel.problems()) == 501  # reading the list includes what is still pending
    panel.clear()
    assert panel.problems() == []
