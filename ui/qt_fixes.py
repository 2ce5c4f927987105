"""Work around a PySide6 6.12 bug on Python 3.11: `SignalInstance.emit()` returns True without a reference.

Every emit from Python then takes one reference off the interpreter's `True`; after a few hundred
emits (an import of a few hundred files) `True` is freed and the process dies with "Fatal Python
error: bool_dealloc". The fix is detected, not assumed: a probe emit checks whether the bug is there,
and only then is `emit` wrapped to give the reference back.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_drops_a_reference() -> bool:
    """True when this PySide6 has the bug (the probe's lost reference is given back)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    result: Any = probe.ping.emit()  # type: ignore[func-returns-value]  # the stubs say None; it is a bool
    del result
    lost = sys.getrefcount(True) < before
    if lost:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost


def install() -> bool:
    """Wrap `SignalInstance.emit` when (and only when) it drops references; returns whether it did."""
    global _installed
    if _installed or not emit_drops_a_reference():
        return _installed
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True
