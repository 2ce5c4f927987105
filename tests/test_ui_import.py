"""Importing through the window: progress (done/total, current file), Cancel, the end summary and problems panel."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_window import SAMPLE, active_window, import_and_wait, write_page

BODY = "A paragraph long enough to be read as the body of an article, ending with a full stop."


def test_progress_shows_done_total_and_the_current_file(qtbot: QtBot, tmp_path: Path) -> None:
    pages = [write_page(tmp_path, f"p{i}.html", f"Page {i}", BODY) for i in range(6)]
    window = active_window(qtbot)
    seen: list[tuple[int, int, str]] = []
    job = window.import_paths([str(tmp_path)])
    job.worker.progress.connect(lambda done, total, path: seen.append((done, total, path)))
    assert window.import_progress.isVisible()
    assert window.import_progress.cancel_button.isVisible()
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        pass
    done = [d for d, _, _ in seen]
    assert done == sorted(set(done)) and done[-1] == 6  # coalesced (see UPDATE_INTERVAL_S), the last always sent
    assert {t for _, t, _ in seen} == {6}
    assert {Path(p).name for _, _, p in seen} <= {p.name for p in pages}
    assert window.import_progress.bar.value() == 6 and window.import_progress.bar.maximum() == 6
    assert window.import_progress.bar.text() == "6 / 6"
    assert not window.import_progress.isVisible()  # hidden when idle
    assert "6 files imported" in window.last_import_summary
    assert window.model.rowCount() == 6


def test_unreadable_files_are_listed_with_their_reason(qtbot: QtBot, tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / "good.txt")
    (tmp_path / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (tmp_path / "empty.html").write_bytes(b"")
    window = active_window(qtbot)
    assert not window.problems_panel.isVisible()
    assert import_and_wait(qtbot, window, [tmp_path]) == [1, 2]
    assert window.problems_panel.isVisible()  # opened by the import that had problems
    problems = dict((Path(p).name, reason) for p, reason in window.problems)
    assert set(problems) == {"image.bin", "empty.html"}
    assert "empty" in problems["empty.html"]
    assert problems["image.bin"]
    assert window.problems_panel.tree.topLevelItem(0).text(2) == str(tmp_path)  # the folder column
    assert "2 could not be read" in window.last_import_summary
    assert "Import finished: 1 file imported." in window.last_import_summary  # singular for one file
    assert window.model.rowCount() == 1  # the rest was imported
    window.problems_panel.clear_button.click()
    assert window.problems == []


def test_cancel_stops_the_import_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    for i in range(300):
        write_page(tmp_path, f"p{i:03}.html", f"Page {i}", BODY)
    window = active_window(qtbot)
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as blocker:
        job = window.import_paths([str(tmp_path)])
        qtbot.waitUntil(lambda: window.import_progress.bar.value() >= 3, timeout=30_000)
        qtbot.mouseClick(window.import_progress.cancel_button, Qt.MouseButton.LeftButton)
        assert not window.import_progress.cancel_button.isEnabled()
    imported, failed = blocker.args or [0, 0]
    assert job.cancelled
    assert 3 <= imported < 300 and failed == 0
    assert "cancelled" in window.last_import_summary.lower()
    assert window.model.rowCount() == window.library.count() >= 3


def test_the_window_stays_responsive_while_importing(qtbot: QtBot, tmp_path: Path) -> None:
    for i in range(60):
        write_page(tmp_path, f"p{i:03}.html", f"Page {i}", BODY)
    window = active_window(qtbot)
    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        window.import_paths([str(tmp_path)])
        # The list grows while the import runs, and the window keeps handling input.
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=30_000)
        window.list_view.setFocus()
        qtbot.keyClick(window.list_view, Qt.Key.Key_J)
    assert window.model.rowCount() == 60
    assert window.current_article() is not None


def test_the_gui_thread_hears_of_a_big_import_in_a_few_updates(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import importer

    monkeypatch.setattr(importer, "UPDATE_INTERVAL_S", 600.0)  # longer than the import: first and last only
    for i in range(120):
        write_page(tmp_path, f"p{i:03}.html", f"Page {i}", BODY)
    window = active_window(qtbot)
    updates: list[int] = []
    stored: list[int] = []
    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        job = window.import_paths([str(tmp_path)])
        job.worker.progress.connect(lambda done, _total, _path: updates.append(done))
        job.worker.stored.connect(stored.extend)
    assert updates == [1, 120]  # not one queued call per file
    assert sorted(stored) == sorted(window.model.article_id(r) for r in range(window.model.rowCount()))
    assert len(stored) == 120


def test_the_gui_thread_asks_for_short_slices_only_while_importing(tmp_path: Path) -> None:
    from ui import latency

    before = latency._requests
    assert isinstance(latency.request_short_slices(), bool)  # False where the kernel has no such request
    assert latency.request_short_slices() is True  # a second import: already in place
    latency.release_short_slices()
    assert latency._requests == before + 1
    latency.release_short_slices()
    assert latency._requests == before
