"""Lost references to None/True/False (PySide6 6.12 bugs, see ui.qt_fixes) can no longer end the process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import ui.main_window  # noqa: F401  (installs the fix, as the app does)
from ui import qt_fixes

ROOT = Path(__file__).resolve().parent.parent

# Loses 300,000 references to None and True through Qt (data() returning None, emit()), then collects.
CHURN = """
import sys
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication
app = QApplication([])
if sys.argv[1] == "fixed":
    from ui import qt_fixes
    qt_fixes.install()
class Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()): return 1
    def data(self, index, role=Qt.ItemDataRole.DisplayRole): return None
class Emitter(QObject):
    ping = Signal()
model, emitter = Model(), Emitter()
for _ in range(150_000):
    model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    emitter.ping.emit()
import gc; gc.collect()
print("survived")
"""


def run_churn(mode: str) -> subprocess.CompletedProcess[str]:
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", CHURN, mode], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )


def test_heavy_qt_use_survives_with_the_fix() -> None:
    result = run_churn("fixed")
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"


def test_the_bug_is_real_without_the_fix() -> None:
    """Documents why the fix exists; on a PySide6 without the bug (or Python >= 3.12) both runs survive."""
    result = run_churn("plain")
    if qt_fixes.needed() and qt_fixes.emit_drops_a_reference():
        assert result.returncode != 0 and "dealloc" in result.stderr
    else:
        assert result.returncode == 0


def test_install_is_idempotent() -> None:
    before = sys.getrefcount(None)
    assert qt_fixes.install() == qt_fixes.needed()
    assert abs(sys.getrefcount(None) - before) < 1000  # the margin is added once, not per call
