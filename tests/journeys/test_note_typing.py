"""A note typed as a person types: in bursts with pauses longer than the autosave, edited in the middle,
undone and redone, closed and reopened."""

from __future__ import annotations

from tests.journeys.conftest import App, Person


def open_entry_note(person: Person) -> None:
    """From the reader, Add Note to Entry by its shortcut: the cursor lands in an empty note."""
    person.press("Ctrl+0")  # the reader
    person.press("Ctrl+Shift+E")
    person.wait_until(lambda: person.window.notes_pane.editor.hasFocus())


def test_a_note_typed_in_bursts_keeps_every_keystroke(app: App, person: Person) -> None:
    open_entry_note(person)
    person.type("Both sides ")
    person.pause()
    person.type("claim this ")
    person.pause()
    person.type("town.")
    person.pause()
    editor = person.window.notes_pane.editor
    assert editor.toPlainText() == "Both sides claim this town."

    # Back to the middle: after "Both sides", insert "now", with pauses around it.
    for _ in range(len(" claim this town.")):
        person.press("Left")
    person.pause()
    person.type(" now")
    person.pause()
    assert editor.toPlainText() == "Both sides now claim this town."

    person.press("Ctrl+Z")
    person.pause()
    assert editor.toPlainText() == "Both sides claim this town."
    person.press("Ctrl+Shift+Z")
    person.pause()
    assert editor.toPlainText() == "Both sides now claim this town."

    person.press("Tab")  # Tab leaves the editor instead of writing a tab into the note
    assert not editor.hasFocus()
    app.quit(person)
    assert [n.body for n in app.notes_on_disk()] == ["Both sides now claim this town."]

    again = app.start()
    again.press("Ctrl+5")  # the notes pane lists the note on this entry; it opens in the editor
    again.wait_until(lambda: len(again.window.notes_pane.model.texts()) == 1)
    again.press("Down")
    again.pause()
    assert again.window.notes_pane.editor.toPlainText() == "Both sides now claim this town."
