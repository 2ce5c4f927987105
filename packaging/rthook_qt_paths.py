"""Runtime hook that replaces PyInstaller's pyi_rth_pyside6: point Qt at the bundled plugins without importing Qt.

The stock hook imports PySide6.QtCore at every start, so `qingdu --version`, `qingdu extract` and each parser worker
process (started by re-running the executable) paid for loading Qt they never use. PySide6 wheels register their
own relocatable qt.conf when QtCore is first imported, so setting the plugin path is all that is left to do here.
"""

import os
import sys


def _point_qt_at_bundle() -> None:
    bundle = getattr(sys, "_MEIPASS", "")
    qt_dir = os.path.join(bundle, "PySide6") if sys.platform == "win32" else os.path.join(bundle, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_dir, "plugins")
    if sys.platform == "win32":  # Qt plugins find the Qt DLLs collected at the top of the bundle
        os.environ["PATH"] = bundle + os.pathsep + os.environ.get("PATH", "")


_point_qt_at_bundle()
del _point_qt_at_bundle
