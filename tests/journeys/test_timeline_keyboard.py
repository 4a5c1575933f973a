"""The timeline by keyboard: go to the timeline (Ctrl+2), move the date a day at a time (Shift+Right) and
watch the map recolour a district as it changes hands, open the next and previous events (Ctrl+Right,
Ctrl+Left) and read them in the reader; after moving the date on from an event, "next event" goes on from
the new date, not back to the events just left behind."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop_app.ui import theme
from tests.journeys.conftest import Person

JABRAYIL = "jabrayil-district"  # held by Armenia / Artsakh since 1994; divided from 9 October 2020


def holder_shown(person: Person, area_id: str) -> str:
    """Whose colour the map fills the district with now ("" for no fill)."""
    colour: QColor = person.window.map.area_brush(area_id).color()
    for holder, shown in theme.CONTROL_COLOURS.items():
        if (colour.red(), colour.green(), colour.blue()) == (shown.red(), shown.green(), shown.blue()):
            return holder
    return ""


def date_shown(person: Person) -> tuple[str, str]:
    """The date as the timeline's label and the map's label say it."""
    return person.window.timeline._date_label.text(), person.window.map.date_label.text()


def reader_title(person: Person) -> str:
    return person.window.reader.location.text()


def press_times(person: Person, key: str, times: int) -> None:
    for _ in range(times):
        person.press(key)
    person.pause()


def test_the_date_and_the_events_by_keyboard(person: Person) -> None:
    window = person.window
    person.press("Ctrl+2")
    person.wait_until(lambda: window.timeline.plot.hasFocus())
    assert date_shown(person) == ("Date: 27 September 2020", "27 September 2020")
    assert holder_shown(person, JABRAYIL) == "armenia-artsakh"

    press_times(person, "Shift+Right", 7)  # a week on: nothing has changed hands yet
    assert date_shown(person) == ("Date: 4 October 2020", "4 October 2020")
    assert holder_shown(person, JABRAYIL) == "armenia-artsakh"

    press_times(person, "Shift+Right", 7)  # another week: the district is divided since 9 October
    assert date_shown(person) == ("Date: 11 October 2020", "11 October 2020")
    assert holder_shown(person, JABRAYIL) == "divided"

    press_times(person, "Ctrl+Right", 1)  # the first event on or after the date
    assert reader_title(person) == "State Security Service of Azerbaijan"
    assert window.windowTitle().startswith("State Security Service of Azerbaijan")
    assert date_shown(person)[0] == "Date: 11 October 2020"

    press_times(person, "Ctrl+Right", 1)  # the next one, a day later: the date follows the event
    assert reader_title(person) == "OTR-21 Tochka"
    assert date_shown(person) == ("Date: 12 October 2020", "12 October 2020")
    assert window.timeline.plot.hasFocus()  # the keyboard stays in the timeline for the next key

    for _ in range(7):  # a week on from that event, then the next event: the first on or after 19 October
        person.press("Shift+Right")
    assert date_shown(person)[0] == "Date: 19 October 2020"
    press_times(person, "Ctrl+Right", 1)
    assert reader_title(person) == "Journalists injured in the war"
    assert date_shown(person)[0] == "Date: 19 October 2020"

    press_times(person, "Ctrl+Left", 1)  # and back: the event before it, two days earlier
    assert reader_title(person) == "Second humanitarian ceasefire (17–18 October 2020)"
    assert date_shown(person)[0] == "Date: 17 October 2020"

    press_times(person, "Shift+Left", 9)  # back before 9 October: the district is Armenian-held again
    assert date_shown(person) == ("Date: 8 October 2020", "8 October 2020")
    assert holder_shown(person, JABRAYIL) == "armenia-artsakh"
