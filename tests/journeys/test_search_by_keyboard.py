"""Search by keyboard only: Ctrl+K, a name typed with a mistake, arrows, Enter: the right entry opens; the
results get the room they need on a small screen."""

from __future__ import annotations

import pytest

from tests.journeys.conftest import App, Person


@pytest.mark.parametrize(("typed", "entry_id", "title"), [
    ("stepanakrt", "stepanakert", "Stepanakert"),
    ("shusa", "shusha", "Shusha"),
    ("khankendy", "stepanakert", "Stepanakert"),
])
def test_a_misspelt_name_opens_its_entry(app: App, person: Person, typed: str, entry_id: str, title: str) -> None:
    window = person.window
    notes_height = window.notes_pane.height()
    person.press("Ctrl+K")
    person.type(typed)
    person.pause()
    status = window.search.status.text()
    assert status.startswith("Did you mean") or "Did you mean" in status
    results = window.search.results
    assert results.isVisible()
    # The results take the room the notes pane gave up (while a query is typed).
    assert window.notes_pane.height() < notes_height
    assert results.height() >= 180
    person.press("Down")  # into the list: the first close match is chosen
    person.press("Return")
    person.wait_until(lambda: window.state.entry_id == entry_id)
    assert window.reader.browser.toPlainText().startswith(title)

    person.press("Ctrl+K")
    person.press("Ctrl+A")
    person.press("Backspace")  # the query cleared: the browse tree and the notes pane are back as they were
    person.pause()
    assert window.search.browse.isVisible()
    assert abs(window.notes_pane.height() - notes_height) <= 4
