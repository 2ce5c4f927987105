"""The app's start: `--smoke-test` from source, and what a start loads (the parser and worker code load on use)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SAMPLE

from ui.app import WINDOW_SHOWN

# Loaded only when the user imports files, cites or exports: a start that shows the window must not pay for them.
NOT_AT_START = (
    "multiprocessing",
    "reader.batch",
    "reader.parse",
    "reader.document",  # the list shows stored rows; an Article is decoded when one is opened
    "reader.cleanup",
    "reader.extract",
    "reader.citation.apa",
    "reader.export",
    "charset_normalizer",
    "lxml",
    "bs4",
    "dateutil",
    "ui.importer",
    "ui.exporting",
    "ui.about",
    # The library's and the window's value types are NamedTuples: making a dataclass costs ~0.6 ms (its methods are
    # compiled from generated source), a NamedTuple ~0.06 ms.
    "dataclasses",
)

SHOW_AND_LIST_MODULES = """
import json, sys
from PySide6.QtWidgets import QApplication
from ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
window = MainWindow()
window.show()
app.processEvents()
print(json.dumps(sorted(sys.modules)))
"""


def _env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QINGDU_DATA_DIR": str(data_dir)}
    env.pop("DISPLAY", None)
    return env


def test_showing_the_window_loads_no_parser_worker_or_citation_code(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SHOW_AND_LIST_MODULES],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "ui.main_window" in loaded and "reader.library.store" in loaded
    early = sorted(name for name in loaded if any(name == m or name.startswith(m + ".") for m in NOT_AT_START))
    assert early == []


def test_the_reader_package_still_offers_its_api_on_use() -> None:
    code = (
        "import sys, reader; early = 'reader.parse' in sys.modules; from reader import parse_bytes, Article; "
        "print(early, callable(parse_bytes), Article.__name__)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "Article"]


def test_smoke_test_imports_renders_and_prints_the_titles(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--smoke-test", str(SAMPLE)],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
    )
    gold = json.loads(SAMPLE.with_suffix(".gold.json").read_text(encoding="utf-8"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines() == [gold["title"]]
    assert not any(tmp_path.iterdir()), "the smoke test must use a temporary library, not the data folder"


def test_smoke_test_fails_on_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--smoke-test", str(SAMPLE), str(empty)],
        cwd=ROOT,
        env=_env(tmp_path / "data"),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 1
    assert "empty.html" in done.stderr


def test_smoke_test_without_files_shows_the_window_and_exits_cleanly(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--smoke-test"], cwd=ROOT, env=_env(tmp_path), capture_output=True, timeout=120
    )
    assert done.returncode == 0
    assert done.stdout == b""
    assert WINDOW_SHOWN.encode() in done.stderr  # what the start-up benchmark times


IMPORT_ORDER = """
import json, sys
from ui.launcher import main
sys.argv = ["qingdu", "--smoke-test"]
main()
order = list(sys.modules)  # in the order the imports began
print(json.dumps({"library": order.index("reader.library"), "pyside": order.index("PySide6")}))
"""


def test_a_start_loads_the_library_code_before_qt(tmp_path: Path) -> None:
    # Once imported, PySide6 hooks every later import to scan the new module's source: the library's pure-Python
    # modules load before it.
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ORDER], cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, check=True
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["library"] < seen["pyside"]


def test_the_app_is_created_with_the_fusion_style(tmp_path: Path) -> None:
    # Chosen at construction (a later setStyle() makes PySide build QStyle's enum classes); the themes rely on it.
    code = "from ui.app import _application; print(_application().style().name())"
    env = {**_env(tmp_path), "QT_STYLE_OVERRIDE": "windows"}  # what a plain QApplication would run here
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip().lower() == "fusion"


COLLECTOR_AFTER_START = """
import gc, json, sys
from ui.launcher import main
sys.argv = ["qingdu", "--smoke-test", *sys.argv[1:]]
status = main()
print(json.dumps({"status": status, "enabled": gc.isenabled(), "frozen": gc.get_freeze_count()}))
"""


def test_the_garbage_collector_is_back_on_once_the_window_is_shown(tmp_path: Path) -> None:
    # Off while the window is built (start-up makes only long-lived objects), on for everything after: an import
    # that ran without it would keep every reference cycle it made.
    done = subprocess.run(
        [sys.executable, "-c", COLLECTOR_AFTER_START, str(SAMPLE)],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        check=True,
        timeout=180,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["status"] == 0 and seen["enabled"]
    assert seen["frozen"] > 10_000  # the start's objects are left out of later passes
