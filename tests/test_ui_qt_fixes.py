"""Signals emitted from Python must not wear out the interpreter's `True` (PySide6 6.12 bug, see ui.qt_fixes)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import ui.main_window  # noqa: F401  (installs the fix, as the app does)
from ui import qt_fixes


class Emitter(QObject):
    ping = Signal(int)


def test_emitting_keeps_true_alive() -> None:
    emitter = Emitter()
    received: list[int] = []
    emitter.ping.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(2000):
        emitter.ping.emit(i)
    assert len(received) == 2000
    assert abs(sys.getrefcount(True) - before) <= 2


def test_install_is_idempotent() -> None:
    first = qt_fixes.install()
    assert qt_fixes.install() == first
    assert not qt_fixes.emit_drops_a_reference()  # fixed (or never broken)
