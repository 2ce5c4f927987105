"""The batch runner on real files and real worker processes: order, per-file errors, time limit, crash, cancel."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

from reader.batch import BatchRunner, FileResult


def _small_files(folder: Path, count: int) -> list[Path]:
    paths = []
    for index in range(count):
        path = folder / f"page{index}.html"
        path.write_text(f"<html><head><title>Page {index}</title></head><body><p>Body {index}.</p></body></html>")
        paths.append(path)
    return paths


def _slow_file(folder: Path) -> Path:
    """A real page big enough that parsing it takes well over a second even on a fast machine."""
    path = folder / "slow.html"
    row = "<div><p>word " + "x" * 20 + " <b>bold</b> <a href='#'>link</a></p></div>\n"
    path.write_text("<html><body>" + row * 120_000 + "</body></html>")
    return path


@pytest.mark.parametrize("in_process", [True, False])
def test_one_result_per_file_with_errors_per_file(tmp_path: Path, in_process: bool) -> None:
    good = _small_files(tmp_path, 3)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    paths = [good[0], empty, SAMPLE, png, tmp_path / "missing.html", good[1], good[2]]
    results = list(BatchRunner(jobs=2, in_process=in_process).run(paths, ordered=True))
    assert [r.index for r in results] == list(range(len(paths)))
    assert [r.path for r in results] == [str(p) for p in paths]
    assert [r.ok for r in results] == [True, False, True, False, False, True, True]
    assert results[0].articles[0].title == "Page 0"
    assert "empty" in (results[1].error or "")
    assert "PNG" in (results[3].error or "")
    assert "not found" in (results[4].error or "")
    assert all(r.elapsed >= 0 for r in results)


def test_unordered_mode_yields_every_file_once(tmp_path: Path) -> None:
    paths = _small_files(tmp_path, 20)
    results = list(BatchRunner(jobs=2).run(paths))
    assert sorted(r.index for r in results) == list(range(20))
    assert {r.articles[0].title for r in results} == {f"Page {i}" for i in range(20)}


def test_a_file_over_the_time_limit_is_stopped_and_the_rest_goes_on(tmp_path: Path) -> None:
    before, after = _small_files(tmp_path, 2)
    slow = _slow_file(tmp_path)
    started = time.monotonic()
    results = list(BatchRunner(jobs=1, per_file_timeout_s=2).run([before, slow, after], ordered=True))
    assert time.monotonic() - started < 30  # the slow file alone would take far longer
    assert [r.ok for r in results] == [True, False, True]
    assert "longer than 2 s" in (results[1].error or "")
    assert results[1].error_code == "timeout" and results[1].error_params == {"seconds": 2}  # for translation
    assert results[2].articles[0].title == "Page 1"  # parsed by the replacement worker


def test_a_worker_that_dies_is_one_files_error(tmp_path: Path) -> None:
    before, after = _small_files(tmp_path, 2)
    slow = _slow_file(tmp_path)
    runner = BatchRunner(jobs=1, per_file_timeout_s=60)

    def kill_workers() -> None:
        for child in multiprocessing.active_children():
            if child.name == "qingdu-parse" and child.pid:
                os.kill(child.pid, signal.SIGKILL)

    results: list[FileResult] = []
    for result in runner.run([before, slow, after], ordered=True):
        results.append(result)
        if result.index == 0:
            threading.Timer(0.3, kill_workers).start()
    assert [r.ok for r in results] == [True, False, True]
    assert "crashed" in (results[1].error or "") and "SIGKILL" in (results[1].error or "")
    assert results[1].error_code == "worker_crashed" and results[1].error_params == {"signal": "SIGKILL"}


def test_cancel_from_another_thread_stops_soon_and_leaves_no_workers(tmp_path: Path) -> None:
    slow = _slow_file(tmp_path)
    copies = []
    for index in range(6):
        copy = tmp_path / f"slow{index}.html"
        os.link(slow, copy)
        copies.append(copy)
    runner = BatchRunner(jobs=2, per_file_timeout_s=60)
    results: list[FileResult] = []
    consumer = threading.Thread(target=lambda: results.extend(runner.run(copies)))
    consumer.start()
    time.sleep(0.5)
    cancelled_at = time.monotonic()
    runner.cancel()
    consumer.join(10)
    assert not consumer.is_alive()
    assert time.monotonic() - cancelled_at < 5
    assert len(results) < len(copies)
    assert not [c for c in multiprocessing.active_children() if c.name == "qingdu-parse"]
    assert list(runner.run(copies)) == []  # a cancelled runner stays cancelled


def test_abandoning_the_iterator_stops_the_workers(tmp_path: Path) -> None:
    paths = _small_files(tmp_path, 10)
    results = BatchRunner(jobs=2).run(paths)
    next(results)
    results.close()
    assert not [c for c in multiprocessing.active_children() if c.name == "qingdu-parse"]


def test_workers_refuse_network_and_programs() -> None:
    code = (
        "import socket, subprocess\n"
        "from reader.batch import install_sandbox\n"
        "install_sandbox()\n"
        "for attempt in (lambda: socket.socket(), lambda: socket.getaddrinfo('example.com', 80),\n"
        "                lambda: subprocess.run(['true'])):\n"
        "    try:\n"
        "        attempt()\n"
        "    except PermissionError as error:\n"
        "        print('refused:', error)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("refused:") == 3
    assert "socket.__new__" in result.stdout and "subprocess.Popen" in result.stdout


def test_a_worker_whose_parent_dies_does_not_run_on(tmp_path: Path) -> None:
    """If the app is killed while a worker is stuck on a file, the worker ends itself (CPU limit) instead of
    burning a core for ever (seen before the fix: an orphan ran 20 minutes on one hostile file)."""
    slow = _slow_file(tmp_path)
    code = (
        "import multiprocessing, sys, time\n"
        "from reader.batch import BatchRunner\n"
        "if __name__ == '__main__':\n"
        "    runner = BatchRunner(jobs=1, per_file_timeout_s=0.5)\n"
        f"    results = runner.run([{str(slow)!r}])\n"
        "    import threading\n"
        "    def report():\n"
        "        while True:\n"
        "            pids = [c.pid for c in multiprocessing.active_children() if c.name == 'qingdu-parse']\n"
        "            if pids:\n"
        "                print(pids[0], flush=True)\n"
        "                return\n"
        "            time.sleep(0.05)\n"
        "    threading.Thread(target=report, daemon=True).start()\n"
        "    next(results)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    worker_pid = int(parent.stdout.readline())
    time.sleep(0.5)  # the worker is on the slow file now
    parent.kill()  # no chance to stop its workers
    parent.wait(10)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _alive(worker_pid):
        time.sleep(0.2)
    assert not _alive(worker_pid)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except OSError:
        return False
