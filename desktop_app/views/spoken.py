"""What a screen reader is told about the drawn views, Qt-free: each view's state in plain words (its
accessible description) and the shorter sentence announced when the selection or the date changes.

The words are the same facts the pictures show, in the same neutral wording as the tooltips: who held a
place is said "according to" the source that reports it, whichever side that is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop_app.content import Event, Place
from desktop_app.content.dates import format_date_range
from desktop_app.i18n import translate
from desktop_app.views.labels import lane_label
from desktop_app.views.map.text import holding_words, legend_heading, place_words
from desktop_app.views.timeline import date_label


def announcement(*parts: str) -> str:
    """Parts of an announcement joined as sentences, empty ones left out."""
    return " ".join(p.strip() for p in parts if p.strip())


# -- the timeline -------------------------------------------------------------------------------------
def event_words(event: Event, place: Place | None, name_form: str) -> str:
    """An event as one sentence: "8 November 2020, Military: <title>. Place: Shusha."."""
    #: an event said to a screen reader: {date} its date or period, {lane} its lane (Military...), {title} its
    #: title; the full stop ends the sentence
    words = translate("Spoken", "{date}, {lane}: {title}.").format(
        date=format_date_range(event.date, event.end_date), lane=lane_label(event.lane), title=event.title)
    if place is not None:
        #: after an event said to a screen reader: {place} is where it happened, in the chosen name form
        words += " " + translate("Spoken", "Place: {place}.").format(place=place.label(name_form))
    return words


def timeline_spoken(changes: set[str], day: date, lanes_shown: Sequence[str], event: Event | None,
                    place: Place | None, name_form: str) -> tuple[str, str]:
    """The timeline for a screen reader: its state (the date, the lanes shown, the selected event) and what
    to announce after `changes` ("date", "event", "lanes"). A newly selected event says its own date, so the
    date is said only when it moved alone."""
    date_line = date_label(day)
    if lanes_shown:
        #: the timeline for a screen reader: {lanes} lists the lanes shown ("Military, Diplomacy")
        lanes_line = translate("Spoken", "Lanes shown: {lanes}.").format(lanes=", ".join(lanes_shown))
    else:
        #: the timeline for a screen reader when the user has hidden every lane
        lanes_line = translate("Spoken", "Lanes shown: none.")
    if event is not None:
        #: the timeline for a screen reader: {event} is the selected event ("8 November 2020, Military: ...")
        event_line = translate("Spoken", "Selected event: {event}").format(event=event_words(event, place, name_form))
    else:
        #: the timeline for a screen reader when no event is selected; Ctrl+Right/Left are keys
        event_line = translate("Spoken", "No event selected: Ctrl+Right and Ctrl+Left go to the next and the "
                                         "previous event.")
    said = []
    if "event" in changes and event is not None:
        said.append(event_line)
    elif "date" in changes:
        said.append(date_line + ".")
    if "lanes" in changes:
        said.append(lanes_line)
    return "\n".join([date_line + ".", lanes_line, event_line]), announcement(*said)


# -- the map ------------------------------------------------------------------------------------------
def map_spoken(changes: set[str], day: date, place: str) -> tuple[str, str]:
    """The map for a screen reader: its state (the date, and the selected place's words from `place_words`,
    or '' for none) and what to announce after `changes` ("date", "place"): after a date, the selected
    place's holder on it too."""
    date_line = legend_heading(day) + "."
    if place:
        #: the map for a screen reader: {place} is the selected place and who held it ("Shusha: Held by ...")
        place_line = translate("Spoken", "Selected place: {place}").format(place=place)
    else:
        #: the map for a screen reader when no place is selected; Ctrl+Right/Left are keys, "Show as Table" the
        #: command of the map pane that lists the places in a table
        place_line = translate("Spoken", "No place selected: Ctrl+Right and Ctrl+Left choose the next place east "
                                         "and west, or use Show as Table.")
    said = []
    if "date" in changes:
        said.append(date_line)
    if place and ("date" in changes or "place" in changes):
        said.append(place)
    return "\n".join([date_line, place_line]), announcement(*said)


__all__ = ["announcement", "event_words", "holding_words", "map_spoken", "place_words", "timeline_spoken"]
