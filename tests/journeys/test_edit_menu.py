"""The Edit menu acts on the text the keyboard is in: a line selected in the reader with Shift+End and copied,
pasted into a new note through Edit > Paste, undone and redone through the menu."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu

from tests.journeys.conftest import App, Person

TITLE = "Second Nagorno-Karabakh War"


def from_edit_menu(person: Person, letter: str) -> None:
    """Alt+E opens the Edit menu; the underlined letter chooses the command."""
    person.press("Alt+E")
    person.wait_until(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    person.press(letter)
    person.wait_until(lambda: QApplication.activePopupWidget() is None)


def test_copy_from_the_reader_and_paste_undo_redo_in_a_note(app: App, person: Person) -> None:
    window = person.window
    person.press("Ctrl+0")
    person.press("Ctrl+Home")
    person.press("Shift+End")  # the caret selects the first line on screen: the entry's title (or its start)
    copied = window.reader.browser.textCursor().selectedText()
    assert TITLE.startswith(copied) and len(copied) > 10
    person.press("Ctrl+C")

    person.press("Ctrl+Shift+E")  # a new note on the entry, the cursor in it
    person.wait_until(lambda: window.notes_pane.editor.hasFocus())
    from_edit_menu(person, "P")
    assert window.notes_pane.editor.toPlainText() == copied
    person.pause()  # saved: undo still has the paste to take back
    from_edit_menu(person, "U")
    assert window.notes_pane.editor.toPlainText() == ""
    from_edit_menu(person, "R")
    assert window.notes_pane.editor.toPlainText() == copied
    person.press("Ctrl+A")  # Select All in the note, as the menu's own key
    assert window.notes_pane.editor.textCursor().selectedText() == copied
    app.quit(person)
    assert [n.body for n in app.notes_on_disk()] == [copied]
