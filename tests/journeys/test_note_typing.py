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


def test_editing_a_note_far_down_a_long_list_keeps_the_list_where_it_was(app: App, person: Person) -> None:
    """The list shows the edited note's new text in its row; it does not jump back to the top while one types."""
    from desktop_app.notes.model import Target
    from desktop_app.notes.store import NotesStore
    from desktop_app.ui.main_window import OVERVIEW_ENTRY
    from tests.journeys.conftest import data_folder

    app.quit(person)
    with NotesStore(data_folder() / "notes.sqlite") as store:  # notes kept from earlier lessons
        for i in range(120):
            store.add("note", Target("entry", OVERVIEW_ENTRY), body=f"Lesson note {i:03d}")
    person = app.start()
    person.press("Ctrl+5")  # the notes pane, listing the notes on this entry, newest first
    pane = person.window.notes_pane
    person.wait_until(lambda: len(pane.model.texts()) == 120)
    person.press("End")  # the oldest note, at the bottom
    person.pause()
    assert pane.editor.toPlainText() == "Lesson note 000"
    scrolled = pane.list.verticalScrollBar().value()
    assert scrolled > 0
    person.press("Tab")  # into the editor
    person.press("End")
    person.type(" (checked)")
    person.pause()  # longer than the autosave
    person.wait_until(lambda: pane.saved.text() == "Saved")
    assert pane.list.verticalScrollBar().value() == scrolled
    assert pane.list.currentIndex().row() == 119
    assert pane.model.texts()[119].endswith("Lesson note 000 (checked)")
    assert pane.editor.toPlainText() == "Lesson note 000 (checked)" and pane.editor.hasFocus()
    app.quit(person)
    assert "Lesson note 000 (checked)" in [n.body for n in app.notes_on_disk()]
