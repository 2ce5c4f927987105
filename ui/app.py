"""Start the Qt application: parse the GUI's arguments, open the window, and the `--smoke-test` mode."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader import __version__
from ui.resources import app_icon

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

_TRANSLATORS: list[QTranslator] = []
WINDOW_SHOWN = "qingdu: window shown"  # what `--smoke-test` without files prints once the window is up


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qingdu", description="Qingdu (清读): a reader for scraped web files.")
    parser.add_argument("paths", nargs="*", metavar="FILE_OR_FOLDER", help="files or folders to import")
    parser.add_argument("--version", action="version", version=f"qingdu {__version__}")
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="user interface language: en or zh_CN (default: the system's language)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the app offscreen, import the files into a temporary library, render one, print titles, exit",
    )
    return parser


def run_app(argv: Sequence[str]) -> int:
    """Open the window (or run the smoke test); returns the exit status."""
    args = build_parser().parse_args(list(argv))
    gc.disable()  # until the window is shown: see _window_shown
    _load_core_before_qt()
    if args.smoke_test:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import tempfile

        with tempfile.TemporaryDirectory(prefix="qingdu-smoke-") as data_dir:
            os.environ["QINGDU_DATA_DIR"] = data_dir
            return _smoke_test(args.paths, args.lang)
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = _application()
    app.setApplicationName("Qingdu")
    app.setOrganizationName("Qingdu")
    QApplication.setDesktopFileName("qingdu")  # matches resources/qingdu.desktop, so desktops show its name and icon
    QApplication.setWindowIcon(app_icon())
    setup_language(app, args.lang)
    window = MainWindow()
    window.show()
    _window_shown()
    if args.paths:
        window.import_paths(args.paths)
    return app.exec()


def _window_shown() -> None:
    """Turn the garbage collector back on; run_app turned it off until the window is shown.

    A start makes about 40,000 tracked objects that live as long as the app: modules, classes, functions, Qt
    wrappers. The collector would walk them again and again while they are made and find next to no garbage: about
    2 % of a start's instructions. gc.freeze() also keeps them out of every later pass. Reference cycles that a start
    leaves as garbage (the argument parser's, a few kilobytes) are never collected.
    """
    gc.freeze()
    gc.enable()


def _load_core_before_qt() -> None:
    """Import the window's pure-Python dependencies before PySide6 (a start's Qt imports come after this).

    Once imported, PySide6 hooks every later import to read the new module's source for its `__feature__`
    switches; the library and the standard modules it uses skip that scan this way.
    """
    import ctypes  # noqa: F401  (ui.qt_fixes)
    import html  # noqa: F401  (the list and the reading pane)

    import reader.library  # noqa: F401


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from ui.theme import styled_application

    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else styled_application(sys.argv[:1])


def setup_language(app: QCoreApplication, override: str | None) -> str:
    """Install the translations for `--lang` or, without it, the system's language; returns the language."""
    from ui.i18n import install_translators, normalize_language, system_language

    language = normalize_language(override) if override else system_language()
    # Keep the translators referenced from the app: a collected QTranslator silently stops translating.
    app.setProperty("qingdu_language", language)
    _TRANSLATORS.extend(install_translators(app, language))
    return language


def _smoke_test(paths: Sequence[str], lang: str | None = None) -> int:
    """Import through the normal path, render the first article, print every title; 0 when all went well."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = _application()
    QApplication.setWindowIcon(app_icon())  # as in a normal start, so a packaged build proves its resources load
    setup_language(app, lang)
    window = MainWindow()
    window.show()
    _window_shown()
    outcome = {"status": 1}

    def finished(imported: int, failed: int) -> None:
        model = window.model
        if model.rowCount() > 0:
            window.list_view.setCurrentIndex(model.index(0))
            rendered = window.view.toPlainText()
            for row in range(model.rowCount()):
                print(model.article(row).title or "(untitled)")
            outcome["status"] = 0 if rendered.strip() and not failed else 1
        for path, reason in window.problems:
            print(f"qingdu: {path}: {reason}", file=sys.stderr)
        app.quit()

    window.import_finished.connect(finished)
    if paths:
        window.import_paths(list(paths))
    else:  # nothing to import: the window started and showed, which is all there is to prove
        outcome["status"] = 0

        def shown() -> None:
            print(WINDOW_SHOWN, file=sys.stderr, flush=True)  # start-up benchmarks time the start by this line
            app.quit()

        QTimer.singleShot(0, shown)  # runs once the event loop has shown and painted the window
    QTimer.singleShot(120_000, app.quit)  # never hang a CI run
    app.exec()
    window.close()
    return outcome["status"]
