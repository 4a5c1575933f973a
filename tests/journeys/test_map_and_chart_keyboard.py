"""The map and the casualty chart by keyboard: go to the map (Ctrl+3), choose places with Ctrl+Right and
Ctrl+Left (the reader stays where it was), open the chosen one with Enter; go to the chart (Ctrl+4), choose
a bar with Down and Up (the line under the chart names the entry that discusses it), open it with Enter."""

from __future__ import annotations

import re

from tests.journeys.conftest import Person

MAX_BARS = 60


def reader_title(person: Person) -> str:
    return person.window.reader.location.text()


def entry_title_of_place(person: Person, place_id: str) -> str:
    content = person.window.content
    place = content.place(place_id)
    assert place is not None and place.entry_id, f"no entry for the place {place_id!r}"
    entry = content.entry(place.entry_id)
    assert entry is not None
    return entry.title


def entry_named_under_chart(person: Person) -> str:
    """The entry the line under the chart offers to open: "... press Enter, to open “Title”"."""
    found = re.search(r"to open “(.+?)”", person.window.casualties.details.text())
    assert found, f"the chart's details name no entry: {person.window.casualties.details.text()!r}"
    return found.group(1)


def test_a_place_on_the_map_by_keyboard(person: Person) -> None:
    window = person.window
    before = reader_title(person)
    person.press("Ctrl+3")
    person.wait_until(lambda: window.map.view.hasFocus())
    assert window.state.place_id == ""

    person.press("Ctrl+Right")  # the westernmost place in view
    person.pause()
    first = window.state.place_id
    assert first, "Ctrl+Right chose no place on the map"
    person.press("Ctrl+Right")  # the next one to the east
    person.pause()
    second = window.state.place_id
    assert second and second != first
    person.press("Ctrl+Left")  # and back
    person.pause()
    assert window.state.place_id == first
    assert reader_title(person) == before  # choosing is not opening

    person.press("Return")
    person.pause()
    assert reader_title(person) == entry_title_of_place(person, first)
    assert window.windowTitle().startswith(entry_title_of_place(person, first))
    assert window.map.view.hasFocus()  # the keyboard stays on the map


def test_a_bar_of_the_casualty_chart_by_keyboard(person: Person) -> None:
    window = person.window
    details = window.casualties.details
    person.press("Ctrl+4")  # the chart is behind the map's tab: it comes to the front
    person.wait_until(lambda: window.casualties.chart.hasFocus())
    person.pause()
    assert window.casualties.isVisible()
    first_bar = details.text()  # the first bar is chosen as the chart takes the keyboard
    first_offer = entry_named_under_chart(person)

    person.press("Down")
    assert details.text() != first_bar  # another figure is described under the chart
    for _ in range(MAX_BARS):  # down the bars until one comes from another entry
        if entry_named_under_chart(person) != first_offer:
            break
        person.press("Down")
    offer = entry_named_under_chart(person)
    assert offer != first_offer, f"every bar within {MAX_BARS} is from “{first_offer}”"
    person.pause()

    person.press("Return")
    person.pause()
    assert reader_title(person) == offer
    assert window.windowTitle().startswith(offer)

    person.press("Home")  # the first bar again
    person.pause()
    assert details.text() == first_bar
    person.press("Return")
    person.pause()
    assert reader_title(person) == first_offer
    assert window.casualties.chart.hasFocus()
