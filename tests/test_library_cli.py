"""`qingdu import`, `qingdu search`, `qingdu bookmarks`, run as real subprocesses on a real library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from library_helpers import write_page

from reader.library import Library


def run_cli(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m reader`; without `--data-dir` the library comes from `QINGDU_DATA_DIR`."""
    env = dict(os.environ)
    if data_dir is not None:
        env["QINGDU_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env
    )


def lines(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_import_search_and_bookmarks_from_the_command_line(tmp_path: Path) -> None:
    pages, data, other = tmp_path / "pages", tmp_path / "data", tmp_path / "other"
    pages.mkdir()
    write_page(pages, "a.html", "网约车新规发布", "2024年，深圳市交通运输局发布网约车管理办法，司机需要持证上岗。")
    write_page(pages, "b.html", "Climate talks resume", "In 2024 delegates met in Bonn to discuss climate finance.")
    (pages / "c.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)

    imported = run_cli("import", str(pages), "--data-dir", str(data))
    assert imported.returncode == 1, imported.stderr  # the image failed
    records = lines(imported)
    assert [Path(str(r["path"])).name for r in records] == ["a.html", "b.html", "c.png"]
    assert set(records[0]) == {"path", "id", "title"} and records[0]["title"] == "网约车新规发布"
    assert set(records[2]) == {"path", "error"}
    zh_id, en_id = records[0]["id"], records[1]["id"]

    found = run_cli("search", "2024", "--limit", "1", "--data-dir", str(data))
    assert found.returncode == 0, found.stderr
    (hit,) = lines(found)  # both match; --limit 1
    assert set(hit) == {"id", "title", "site", "published", "snippet"}
    assert "2024" in str(hit["snippet"])

    with Library.in_folder(data) as library:
        library.toggle_bookmark(int(str(en_id)))
        library.add_passage(int(str(zh_id)), "网约车", 9, 12, "笔记")
    # --data-dir left out: QINGDU_DATA_DIR names the library.
    bookmarked = run_cli("search", "2024", "--bookmarked", data_dir=data)
    assert [h["id"] for h in lines(bookmarked)] == [en_id]

    markdown = run_cli("bookmarks", "export", "--format", "markdown", "--data-dir", str(data))
    assert markdown.returncode == 0 and "> 网约车" in markdown.stdout and "## Climate talks resume" in markdown.stdout
    exported = run_cli("bookmarks", "export", "--format", "json", "--data-dir", str(data))
    assert [a["bookmarked"] for a in json.loads(exported.stdout)["articles"]] == [True, False]

    # Into a second library that holds the same files: the bookmarks come back.
    assert run_cli("import", str(pages / "a.html"), str(pages / "b.html"), "--data-dir", str(other)).returncode == 0
    saved = tmp_path / "bookmarks.md"
    saved.write_text(markdown.stdout, encoding="utf-8")
    loaded = run_cli("bookmarks", "import", str(saved), "--data-dir", str(other))
    assert lines(loaded) == [{"articles_bookmarked": 1, "passages_added": 1, "missing": 0}]


def test_command_line_errors_are_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "library.sqlite3").write_bytes(b"not a database" * 200)
    result = run_cli("search", "anything", "--data-dir", str(bad))
    assert result.returncode == 1 and "cannot open the library" in result.stderr
    missing = run_cli("bookmarks", "import", str(tmp_path / "nope.json"), "--data-dir", str(tmp_path / "d"))
    assert missing.returncode == 1 and "cannot read" in missing.stderr
