"""The interface language: which one, and wiring it into Qt and desktop_app.i18n.

The language is chosen at start (View > Language applies it at the next start: every window, menu and
cached label is built once in its language, and rebuilding them all live would be a second code path for
a choice made once). By default it follows the system's preferred languages; FORTYFOURDAYS_LANGUAGE
overrides both (screenshots, tests, and "pseudo", which lengthens every string by 40 % to find clipping).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from desktop_app import i18n
from desktop_app.paths import resources_dir
from desktop_app.ui.settings import LANGUAGE, NAME_FORM, Settings

LANGUAGE_ENV = "FORTYFOURDAYS_LANGUAGE"


@dataclass(frozen=True)
class Language:
    code: str  # the catalogues' suffix: 44days_<code>.qm
    native_name: str  # as the language names itself, so a person finds their own in any interface
    locale: str  # QLocale name for dates and numbers
    name_form: str  # the place-name forms this language's readers use by default


LANGUAGES = (
    Language("en", "English", "en_GB", "english"),
    Language("ru", "Русский", "ru_RU", "russian"),
    Language("hy", "Հայերեն", "hy_AM", "armenian"),
    Language("az", "Azərbaycan dili", "az_Latn_AZ", "azerbaijani"),
)
PSEUDO = Language("pseudo", "Pseudo (+40 %)", "en_GB", "english")
BY_CODE = {language.code: language for language in (*LANGUAGES, PSEUDO)}
_active = LANGUAGES[0]


def active_language() -> Language:
    """The language applied at start (English until apply_language runs)."""
    return _active


def language_defaults() -> dict[str, str]:
    """Settings whose default follows the interface language: place names in that language's usage, until
    the user chooses a form in View > Place Names."""
    return {NAME_FORM.key: _active.name_form}


def system_language() -> Language:
    """The first of the system's preferred languages that the app speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in BY_CODE and code != PSEUDO.code:
            return BY_CODE[code]
    return LANGUAGES[0]


def chosen_language(settings: Settings) -> Language:
    override = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    if override in BY_CODE:
        return BY_CODE[override]
    stored = settings.get(LANGUAGE)
    return next((language for language in LANGUAGES if language.code == stored), None) or system_language()


class QtFormats(i18n.Formats):
    """Numbers and dates by QLocale. The day-first patterns read right in all four languages (Qt picks
    the genitive month where a language needs it: "9 октября 2020"); a month on its own is the standalone
    name ("октябрь 2020")."""

    def __init__(self, locale: QLocale) -> None:
        self.locale = locale

    def number(self, value: float, decimals: int = 0) -> str:
        if decimals == 0 and float(value).is_integer():
            return self.locale.toString(int(value))
        return self.locale.toString(float(value), "f", decimals or 1)

    def month_name(self, month: int) -> str:
        return self.locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)

    def short_month_name(self, month: int) -> str:
        return self.locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)

    def day(self, value: date) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")

    def day_month(self, value: date) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMMM")

    def short_day(self, value: date) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def pseudo_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """English made 40 % longer and bracketed, placeholders and markup intact: what overflows or is cut
    off on screen would be clipped in a longer language too; text without brackets was never translated."""
    english = qt_translate(context, text, disambiguation, n)
    if not english.strip():
        return english
    padding = "~" * max(1, round(len(english) * 0.4) - 2)
    return f"[{english} {padding}]"


def apply_language(app: QCoreApplication, language: Language) -> list[QTranslator]:
    """Install the app's catalogue and Qt's own (dialog buttons, context menus) for `language`, the
    locale for dates and numbers, and the i18n hooks. Returns the translators (kept by the app)."""
    global _active
    _active = language
    installed = []
    catalogue = "en" if language is PSEUDO else language.code
    app_translator = QTranslator(app)
    if app_translator.load(f"44days_{catalogue}", str(resources_dir() / "translations")):
        app.installTranslator(app_translator)
        installed.append(app_translator)
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language.code != "en" and qt_translator.load(f"qtbase_{language.code}", qt_folder):
        app.installTranslator(qt_translator)  # only where Qt ships one (Russian; not Armenian or Azerbaijani)
        installed.append(qt_translator)
    locale = QLocale(language.locale)
    QLocale.setDefault(locale)
    i18n.install(pseudo_translate if language is PSEUDO else qt_translate, QtFormats(locale))
    return installed


def apply_chosen_language(app: QCoreApplication) -> list[QTranslator]:
    """At start, before any window: the language of FORTYFOURDAYS_LANGUAGE, else the one chosen in View >
    Language, else the system's."""
    return apply_language(app, chosen_language(Settings(parent=app)))


def remove_language(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to the built-in English (tests switch languages in one process)."""
    global _active
    _active = LANGUAGES[0]
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(LANGUAGES[0].locale))
    i18n.install(None, None)
