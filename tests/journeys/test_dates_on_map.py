"""An entry about something that happened on a date sets the map and the timeline to it: a student reading
about the fighting for Hadrut presses Ctrl+Shift+D (Go > Show Entry's Dates on the Map) and sees the map of
that day, with Hadrut chosen, while the keyboard stays in the text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.journeys.conftest import App, Person


def test_the_fighting_for_hadrut_shown_on_the_map_of_its_day(app: App, person: Person) -> None:
    window = person.window
    person.press("Ctrl+3")  # the map first, then tabbed behind the chart: the command must bring it back
    person.press("Ctrl+4")
    person.pause()
    assert window.map.visibleRegion().isEmpty()  # behind the chart's tab
    person.press("Ctrl+K")
    person.type("fighting for hadrut")
    person.pause()
    person.press("Down")
    person.press("Return")
    person.wait_until(lambda: window.state.entry_id == "capture-of-hadrut")
    person.press("Ctrl+0")  # reading the entry
    assert window.reader.dates_button.isVisible()
    person.press("Ctrl+Shift+D")
    person.pause()
    assert not window.map.visibleRegion().isEmpty()  # its tab in front again
    assert window.map.date_label.text() == "9 October 2020"
    assert window.timeline._date_label.text() == "Date: 9 October 2020"
    assert window.state.place_id == "hadrut"
    # Still in the reader (on the text, or on the content notice this entry opens with).
    assert window.reader.isAncestorOf(QApplication.focusWidget())

    person.press("Alt+Home")  # the overview: a topic with dates too; a person without dates has no button
    person.press("Ctrl+K")
    person.type("ilham aliyev")
    person.pause()
    person.press("Down")
    person.press("Return")
    person.wait_until(lambda: window.state.entry_id == "ilham-aliyev")
    assert not window.reader.dates_button.isVisible()
