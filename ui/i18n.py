"""The UI language: English or Simplified Chinese, following the system unless `--lang` says otherwise."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.resources import resource_path

LANGUAGES = ("en", "zh_CN")
DEFAULT_LANGUAGE = "en"  # the source strings are English; no .qm is needed for it


def normalize_language(name: str | None) -> str:
    """Map a locale name ("zh", "zh-CN", "zh_Hans_CN", "en_US", …) to one of LANGUAGES."""
    if not name:
        return DEFAULT_LANGUAGE
    lowered = name.replace("-", "_").lower()
    if lowered.startswith("zh"):
        return "zh_CN"
    return DEFAULT_LANGUAGE


def system_language() -> str:
    locale = QLocale.system()
    for name in locale.uiLanguages():
        return normalize_language(name)
    return normalize_language(locale.name())


def translation_file(language: str) -> str:
    return str(resource_path("translations", f"qingdu_{language}.qm"))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qingdu's and Qt's own translations for `language`; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    if language == DEFAULT_LANGUAGE:
        return installed
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    # Standard buttons and dialogs; a packaged build may leave Qt's translations out, which is fine.
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
