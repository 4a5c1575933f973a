"""Choosing the interface language: View > Language, chosen by keys, says it applies at the next start; at the
next start the menus, the panes and the dates are in that language, and a box says once that the content
stays English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from tests.journeys.conftest import Answer, App, Person, press


def underlined_letter(text: str) -> str:
    return text[text.index("&") + 1].upper()


def open_language_menu(person: Person) -> QMenu:
    """Alt and the View menu's underlined letter (В in Russian), then up from the bottom: Language is the
    next to last command, whatever the language."""
    view_title = person.window.menuBar().actions()[3].text()
    person.press(f"Alt+{underlined_letter(view_title)}")
    person.wait_until(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    view = QApplication.activePopupWidget()
    assert view.title() == view_title
    person.press("Up")
    person.press("Up")
    person.press("Right")
    person.wait_until(lambda: QApplication.activePopupWidget() not in (None, view))
    return QApplication.activePopupWidget()


def choose(person: Person, native_name: str) -> None:
    """Down the submenu, as a person does, until the language's own name is highlighted; then Return."""
    menu = open_language_menu(person)
    for _ in range(len(menu.actions())):
        if menu.activeAction() is not None and menu.activeAction().text() == native_name:
            break
        person.press("Down")
    assert menu.activeAction().text() == native_name
    person.press("Return")


def menu_titles(person: Person) -> list[str]:
    return [action.text() for action in person.window.menuBar().actions()]


def test_russian_chosen_by_keys_is_the_interface_of_the_next_start(
        app: App, person: Person, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORTYFOURDAYS_LANGUAGE")  # the suite pins English; a person has only the menu
    assert "&File" in menu_titles(person)
    dialogs = person.expect_dialogs(Answer("44 Days", press("Return"), QMessageBox))
    choose(person, "Русский")
    dialogs.check()
    assert "&File" in menu_titles(person)  # nothing changes before the restart, as the menu said

    # The next start: in Russian, with a box, once, about the content's language.
    russian_notice = []
    dialogs = person.expect_dialogs(Answer("Язык содержимого", lambda p: (
        russian_notice.append(QApplication.activeModalWidget().text()), p.press("Return")), QMessageBox))
    person = app.restart(person)
    dialogs.check()
    assert "на английском" in russian_notice[0]
    titles = menu_titles(person)
    assert "&File" not in titles and QCoreApplication.translate("MainWindow", "&File") in titles
    assert all(title and not title.isascii() for title in titles), titles  # Cyrillic, every one
    assert person.window.map.date_label.text() == "27 сентября 2020"  # the war's first day, the Russian way

    # Back to English through the same menu; the box does not come again.
    dialogs = person.expect_dialogs(Answer("44 Days", press("Return"), QMessageBox))
    choose(person, "English")
    dialogs.check()
    dialogs = person.expect_dialogs()
    person = app.restart(person)
    dialogs.check()
    assert "&File" in menu_titles(person)
