"""Crash safety: an import killed with SIGKILL leaves a sound library with every bookmark made before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from reader.library import Library

FILES = 300
KILL_AFTER_LINES = 80  # articles committed before the kill: a quarter into the batch


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and process groups are POSIX")
def test_sigkill_during_a_large_import(tmp_path: Path) -> None:
    pages, data = tmp_path / "pages", tmp_path / "data"
    pages.mkdir()
    for number in range(FILES):
        (pages / f"{number:05d}.txt").write_text(
            f"第{number}号文章的标题\n这是第{number}号文章的正文，讲述城市交通与网约车司机的故事。\n"
            f"Article number {number} talks about city transport and its drivers at some length.\n",
            encoding="utf-8",
        )
    library = Library.in_folder(data)
    (before,) = library.import_file(pages / "00000.txt")
    assert before.id is not None
    library.toggle_bookmark(before.id)
    made = [library.add_passage(before.id, "城市交通", 2, 6, "made before the import")]

    child = subprocess.Popen(
        [sys.executable, "-m", "reader", "import", str(pages), "--data-dir", str(data)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # its own process group: the kill takes its parser workers too
    )
    assert child.stdout is not None
    printed = 0
    deadline = time.monotonic() + 60
    try:
        while printed < KILL_AFTER_LINES and time.monotonic() < deadline:
            if not child.stdout.readline():
                break
            printed += 1
            if printed % 20 == 0:  # bookmarks written while the import is writing
                (row,) = library.rows(limit=1, sort="imported")
                made.append(library.add_passage(row.id, "文章", 4, 6, f"during, line {printed}"))
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert printed == KILL_AFTER_LINES, "the import ended or stalled before the kill"
    library.close()

    with Library.in_folder(data) as after:
        assert after.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after.connection.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
        assert after.get(before.id).bookmarked
        kept = {(p.id, p.article_id, p.quote, p.note) for p in after.passages()}
        assert {(p.id, p.article_id, p.quote, p.note) for p in made} <= kept
        assert len(made) == 1 + KILL_AFTER_LINES // 20
        imported = after.count()
        assert KILL_AFTER_LINES <= imported < FILES
        # The library goes on: importing the folder again completes it, without duplicates.
        results = list(after.import_paths([pages]))
        assert sum(r.new for r in results) == FILES - imported
        assert after.count() == FILES
        assert [h.id for h in after.search("第7号文章")] == [after.rows(query="第7号文章")[0].id]
