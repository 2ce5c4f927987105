"""Work around PySide6 6.12 reference-count bugs on Python 3.11 by making None, True and False immortal.

Measured here (PySide6 6.12.0, CPython 3.11.7): every `SignalInstance.emit()` from Python takes one
reference off `True`, and every Python override that C++ calls and that returns None (`data()` for a
role it does not serve, `loadResource()`) takes one off `None`. A window showing a list loses hundreds
a second; once a count reaches zero the process aborts with "Fatal Python error: none_dealloc" (or
bool_dealloc) - the 5,000-file UI import benchmark died this way. Python 3.12 made these objects
immortal, which is why the bug goes unnoticed there; this does the same for 3.11: their reference
counts get a margin so large that no run can use it up. The counts are only counters for these
static objects, so raising them changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# 2**60 references: at a million lost references a second, enough for 36,000 years.
MARGIN = 1 << 60
_SINGLETONS = (None, True, False)
_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_drops_a_reference() -> bool:
    """True when this PySide6 has the emit bug (measured with one probe emit)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    return sys.getrefcount(True) < before


def needed() -> bool:
    """Only CPython before 3.12 has mortal singletons; only then can the lost references end the process."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def install() -> bool:
    """Give None, True and False the margin (once, where needed); returns whether it is in place."""
    global _installed
    if _installed or not needed():
        return _installed
    for singleton in _SINGLETONS:
        # ob_refcnt is the first field of every CPython object (Include/object.h, PyObject_HEAD).
        ctypes.c_ssize_t.from_address(id(singleton)).value += MARGIN
    _installed = True
    return True
