"""The command line, run as a real subprocess on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SAMPLE, SEEDS

CONTRACT_KEYS = {
    "path",
    "title",
    "site",
    "url",
    "published",
    "author",
    "language",
    "text",
    "blocks",
    "related",
    "removed",
}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_extract_jsonl_on_seeds_folder_has_the_contract_keys() -> None:
    result = run_cli("extract", str(SEEDS), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    # The folder walk skips the *.gold.json sidecar: one record, for the sample dump.
    assert [Path(r["path"]).name for r in records] == [SAMPLE.name]
    record = records[0]
    assert set(record) == CONTRACT_KEYS
    assert record["language"] == "zh"
    assert "货拉拉公司党委在深圳" in record["text"]
    assert all(set(b) == {"kind", "text"} for b in record["blocks"])


def test_extract_reports_a_bad_file_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "image.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    missing = tmp_path / "gone.html"
    result = run_cli("extract", str(bad), str(SAMPLE), str(missing))
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["path"]).name for r in records] == ["image.png", SAMPLE.name, "gone.html"]
    assert "PNG" in records[0]["error"]
    assert "error" not in records[1]
    assert "not found" in records[2]["error"]


def test_extract_json_text_and_markdown_formats() -> None:
    as_json = run_cli("extract", str(SAMPLE), "--format", "json")
    assert as_json.returncode == 0
    assert isinstance(json.loads(as_json.stdout), list)
    text = run_cli("extract", str(SAMPLE), "--format", "text")
    assert "货拉拉公司党委在深圳" in text.stdout
    markdown = run_cli("extract", str(SAMPLE), "--format", "markdown")
    assert markdown.returncode == 0
    assert "\n## " in markdown.stdout  # the sample's headings become Markdown headings


def test_parallel_jobs_give_the_same_output(tmp_path: Path) -> None:
    for index in range(6):
        (tmp_path / f"page{index}.html").write_text(
            f"<html><head><title>Page {index}</title></head><body><p>Body {index} of this test.</p></body></html>",
            encoding="utf-8",
        )
    serial = run_cli("extract", str(tmp_path), "--jobs", "1")
    parallel = run_cli("extract", str(tmp_path), "--jobs", "2")
    assert serial.returncode == parallel.returncode == 0
    assert serial.stdout == parallel.stdout
    assert len(serial.stdout.splitlines()) == 6


def test_bad_usage_exits_2() -> None:
    assert run_cli("extract").returncode == 2
    assert run_cli("no-such-command").returncode == 2
