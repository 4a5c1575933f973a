"""A passage selected by dragging in the reader, highlighted by its shortcut, then noted; the entry changed
and changed back: the highlight and the note are where they were; after a restart the same passage is still
anchored."""

from __future__ import annotations

from tests.journeys.conftest import App, Person
from tests.journeys.test_trash_and_undo import listed, select_by_dragging

HIGHLIGHTED = "ended in an Azerbaijani victory"
NOTED = "Azerbaijan, militarily supported by Turkey"
NOTE = "Which sources describe the Turkish support?"


def marked_passages(person: Person) -> list[str]:
    """The passages the reader shows marked (highlighted or noted)."""
    return sorted(s.cursor.selectedText() for s in person.window.reader.browser.extraSelections())


def test_highlight_and_note_stay_on_their_passages(app: App, person: Person) -> None:
    window = person.window
    select_by_dragging(person, HIGHLIGHTED)
    person.press("Ctrl+Shift+H")  # Highlight Selection
    person.pause()
    assert marked_passages(person) == [HIGHLIGHTED]

    select_by_dragging(person, NOTED)
    person.press("Ctrl+Shift+N")  # Add Note to Selection: the cursor lands in the new note
    person.wait_until(lambda: window.notes_pane.editor.hasFocus())
    person.type(NOTE)
    person.pause()
    assert marked_passages(person) == sorted([HIGHLIGHTED, NOTED])

    # Another entry by the keyboard, then back.
    person.press("Ctrl+K")
    person.type("ganja")
    person.pause()
    person.press("Return")
    person.wait_until(lambda: window.state.entry_id == "ganja")
    assert marked_passages(person) == []
    person.press("Alt+Left")
    person.wait_until(lambda: window.state.entry_id == "second-nagorno-karabakh-war")
    assert marked_passages(person) == sorted([HIGHLIGHTED, NOTED])
    assert any(NOTE in text and NOTED in text for text in listed(person))

    again = app.restart(person)
    assert again.window.state.entry_id == "second-nagorno-karabakh-war"
    assert marked_passages(again) == sorted([HIGHLIGHTED, NOTED])
    assert any(NOTE in text and NOTED in text for text in listed(again))
    notes = app.notes_on_disk()
    assert sorted(n.target.quote.exact for n in notes) == sorted([HIGHLIGHTED, NOTED])
