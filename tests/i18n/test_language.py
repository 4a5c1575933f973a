"""The chosen language reaches every layer: Qt's translator, the Qt-free i18n calls, dates and numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_app import i18n
from desktop_app.content.dates import format_date_range, format_partial_date
from desktop_app.ui.language import BY_CODE, LANGUAGES, PSEUDO, apply_language, language_defaults, remove_language
from desktop_app.ui.settings import NAME_FORM, Settings


@pytest.fixture
def speak(qapp: QApplication):
    installed = []

    def choose(code: str) -> None:
        installed.extend(apply_language(qapp, BY_CODE[code]))

    yield choose
    remove_language(qapp, installed)


def test_dates_and_numbers_follow_the_language(speak) -> None:
    speak("ru")
    assert format_partial_date("2020-10-09") == "9 октября 2020"
    assert format_partial_date("2020-10") == "октябрь 2020"  # a month on its own, not "октября"
    assert format_date_range("2020-09-27", "2020-11-10") == "27 сентября – 10 ноября 2020"
    assert i18n.number(1234567) == "1 234 567".replace(" ", "\N{NO-BREAK SPACE}")
    assert i18n.number(12.5, 1) == "12,5"


def test_azerbaijani_and_armenian_dates(speak) -> None:
    speak("az")
    assert format_partial_date("2020-11-08") == "8 noyabr 2020"
    assert i18n.number(1234567) == "1.234.567"


def test_english_is_back_after_the_language_is_removed(qapp: QApplication) -> None:
    installed = apply_language(qapp, BY_CODE["hy"])
    assert "հոկտեմբեր" in format_partial_date("2020-10-09")
    remove_language(qapp, installed)
    assert format_partial_date("2020-10-09") == "9 October 2020"
    assert i18n.number(1234567) == "1,234,567"


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language.code != "en"])
def test_each_language_translates_the_interface(speak, language) -> None:
    speak(language.code)
    control = i18n.translate("Labels", "Held by Azerbaijan")
    assert control and control != "Held by Azerbaijan"
    assert "{month}" in i18n.translate("Dates", "{month} {year}")


def test_plurals_follow_the_language(speak) -> None:
    speak("ru")
    forms = {n: i18n.translate("SearchResults", "%Ln result(s)", None, n) for n in (1, 3, 5, 21)}
    assert forms[1].startswith("1 ") and forms[21].startswith("21 ")
    assert len({forms[1].split()[1], forms[3].split()[1], forms[5].split()[1]}) == 3  # результат, -а, -ов


def test_english_plurals_come_from_the_english_catalogue(speak) -> None:
    speak("en")
    assert i18n.translate("SearchResults", "%Ln result(s)", None, 1) == "1 result"
    assert i18n.translate("SearchResults", "%Ln result(s)", None, 1234) == "1,234 results"


def test_the_pseudo_language_lengthens_every_string_and_keeps_placeholders(speak) -> None:
    speak(PSEUDO.code)
    text = i18n.translate("Dates", "{month} {year}")
    assert text.startswith("[") and text.endswith("]") and len(text) >= 1.4 * len("{month} {year}")
    assert text.format(month="October", year=2020).startswith("[October 2020")


@pytest.mark.parametrize(("code", "form", "shusha"), [("hy", "armenian", "Shushi"), ("az", "azerbaijani", "Şuşa"),
                                                      ("ru", "russian", "Шуша"), ("en", "english", "Shusha")])
def test_place_names_follow_the_language_until_the_user_chooses(speak, content, tmp_path, code, form,
                                                                shusha) -> None:
    speak(code)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                        defaults=language_defaults())
    assert settings.get(NAME_FORM) == form
    assert content.place("shusha").label(settings.get(NAME_FORM)) == shusha
    settings.set(NAME_FORM, "both")  # the user's choice stands, whatever the language
    assert Settings(settings.qsettings, defaults={NAME_FORM.key: "armenian"}).get(NAME_FORM) == "both"
