"""Trash a note and undo by keyboard: select a passage in the reader (a mouse drag), Add Note to Selection
(Ctrl+Shift+N), type the note, go to the notes list (Ctrl+5), Delete moves the note to the trash (it leaves
the list and its highlight leaves the text), Ctrl+Z brings it back; quit, and the notes on disk have it, not
deleted."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextDocument

from tests.journeys.conftest import App, Person

PASSAGE = "fought for 44 days in autumn 2020"
NOTE = "Compare with the length given in the ceasefire text."


def select_by_dragging(person: Person, phrase: str) -> None:
    """Drag the mouse over `phrase` where the reader shows it."""
    browser = person.window.reader.browser
    found = browser.document().find(phrase, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull(), f"the reader does not show “{phrase}”"
    start, end = browser.textCursor(), browser.textCursor()
    start.setPosition(found.selectionStart())
    end.setPosition(found.selectionEnd())
    first, last = browser.cursorRect(start), browser.cursorRect(end)
    person.drag(browser.viewport(), QPoint(first.left() + 1, first.center().y()),
                QPoint(last.left(), last.center().y()))


def listed(person: Person) -> list[str]:
    """The texts of the notes listed in the notes pane."""
    model = person.window.notes_pane.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_note_trashed_with_delete_comes_back_with_undo(app: App, person: Person) -> None:
    window = person.window
    select_by_dragging(person, PASSAGE)
    person.pause()
    assert window.reader.browser.textCursor().selectedText() == PASSAGE

    person.press("Ctrl+Shift+N")  # Add Note to Selection: the cursor lands in the new note
    person.wait_until(lambda: window.notes_pane.editor.hasFocus())
    person.type(NOTE)
    person.pause()
    assert any(NOTE in text and PASSAGE in text for text in listed(person))
    assert window.reader.highlighted_count == 1  # the passage is highlighted in the text

    person.press("Ctrl+5")  # the notes list, the new note chosen in it
    person.wait_until(lambda: window.notes_pane.list.hasFocus())
    person.press("Delete")
    person.pause()
    assert not any(NOTE in text for text in listed(person))
    assert window.notes_pane.editor.toPlainText() == ""  # the trashed note is not left in the editor
    assert window.reader.highlighted_count == 0

    person.press("Ctrl+Z")  # the focus is in the list, not in a text field: undo the last notes change
    person.pause()
    assert any(NOTE in text for text in listed(person))
    assert window.reader.highlighted_count == 1

    app.quit(person)
    on_disk = app.notes_on_disk()
    assert [(n.body, n.deleted) for n in on_disk] == [(NOTE, None)]
    assert on_disk[0].target.quote is not None and on_disk[0].target.quote.exact == PASSAGE
