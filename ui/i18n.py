"""Install the Qt translations (one .qm per area under resources/i18n) and tell the
non-Qt layer which language to use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import i18n as app_i18n
from app.resources import resource_path

LANGUAGE_KEY = "interface/language"
_installed: list[QTranslator] = []


def preferred_language() -> str:
    value = QSettings().value(LANGUAGE_KEY, app_i18n.DEFAULT_LANGUAGE)
    return value if value in app_i18n.SUPPORTED_LANGUAGES else app_i18n.DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, language)


def install(app: QCoreApplication, language: str) -> int:
    """Returns how many translation files were loaded (0 for English, the source language)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    app_i18n.set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    if language == "en":
        return 0
    folder = resource_path("i18n")
    for qm in sorted(folder.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    qt_translator = QTranslator(app)  # Qt's own buttons: OK, Cancel, Yes, No
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return len(_installed)
