"""View > Language, and the line that says the content itself is in English for now.

The language is chosen here and applied at the next start (desktop_app/ui/language.py says why), which the
menu and the confirmation both state. The app's own name for each language is its native name, so a
person finds theirs whatever the interface currently speaks.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.i18n import translate
from desktop_app.ui.language import LANGUAGES, Language, active_language, system_language
from desktop_app.ui.settings import CONTENT_LANGUAGE_NOTICE, LANGUAGE, Settings


class LanguageMenu(QMenu):
    """"Follow the System" and the four languages; the checked one is the stored choice."""

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        #: View menu: the submenu that chooses the language of the interface
        super().__init__(translate("LanguageMenu", "Lan&guage"), parent)
        self.settings = settings
        #: View > Language: a note at the top of the submenu, not a command
        note = self.addAction(translate("LanguageMenu", "Applies the next time {app} starts").format(app=APP_NAME))
        note.setEnabled(False)
        self.addSeparator()
        group = QActionGroup(self)
        stored = str(settings.get(LANGUAGE))
        #: View > Language: the interface speaks the system's language; {language} is the one that gives now
        follow = QAction(translate("LanguageMenu", "&Follow the System ({language})").format(
            language=system_language().native_name), self, checkable=True, checked=stored == "")
        follow.triggered.connect(lambda _checked=False: self.choose(""))
        group.addAction(follow)
        self.addAction(follow)
        self.actions_by_code = {"": follow}
        for language in LANGUAGES:
            # Native names, untranslated, no mnemonic: "Русский" is found by its look, not by a letter.
            action = QAction(language.native_name, self, checkable=True, checked=stored == language.code)
            action.triggered.connect(lambda _checked=False, code=language.code: self.choose(code))
            group.addAction(action)
            self.addAction(action)
            self.actions_by_code[language.code] = action

    def choose(self, code: str) -> None:
        if code == str(self.settings.get(LANGUAGE)):
            return
        self.settings.set(LANGUAGE, code)
        chosen = next((language for language in LANGUAGES if language.code == code), system_language())
        if chosen == active_language():
            return  # back to the language already on screen: nothing changes at the next start
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME,
                          #: after choosing View > Language; {language} is the chosen language's own name
                          translate("LanguageMenu", "The interface will be in {language} the next time {app} "
                                                    "starts.").format(language=chosen.native_name, app=APP_NAME),
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.open()  # not exec(): the window stays usable, and tests are not stopped by a nested loop
        box.activateWindow()  # the keyboard goes to the box (Return closes it), with or without a window manager


def content_language_text(language: Language) -> str:
    """What the app says about the language of its content (once at the first start in a language other
    than English, and in Help)."""
    #: {language} is the interface language's own name ("Русский"); Place Names is the View submenu
    return translate("LanguageMenu", "The interface is in {language}. The reference content (entries, events, "
                                     "figures and the map's descriptions) is in English for now; place names "
                                     "follow View > Place Names.").format(language=language.native_name)


def show_content_language(parent: QWidget) -> QMessageBox:
    #: the title of the box about the language of the content (Help menu and first start)
    box = QMessageBox(QMessageBox.Icon.Information, translate("LanguageMenu", "Language of the Content"),
                      content_language_text(active_language()), QMessageBox.StandardButton.Ok, parent)
    box.open()
    box.activateWindow()
    return box


def notice_once(settings: Settings, parent: QWidget) -> QMessageBox | None:
    """The content-language box, the first time the app starts in a language other than English."""
    if active_language().code == LANGUAGES[0].code or settings.get(CONTENT_LANGUAGE_NOTICE):
        return None
    settings.set(CONTENT_LANGUAGE_NOTICE, True)
    return show_content_language(parent)
