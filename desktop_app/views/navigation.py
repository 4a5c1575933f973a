"""Where going to something takes the app: the one rule behind every "open" (search, timeline, map, notes).

Whatever is opened (an entry, an event, a place, a figure, a note's target) becomes a `Destination`: the
entry the reader shows, and the event, place and date the other panes select, where it has them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.content import ContentDatabase
from desktop_app.i18n import translate
from desktop_app.notes.model import Target


@dataclass(frozen=True)
class Destination:
    entry_id: str = ""  # "": the reader stays where it is
    event_id: str = ""
    place_id: str = ""
    day: date | None = None  # the date line moves here


def destination_of(content: ContentDatabase, target: Target) -> Destination:
    """What opening `target` shows; an empty Destination for something no longer in the content."""
    if target.kind in ("entry", "passage"):
        return Destination(entry_id=target.id)
    if target.kind == "event":
        event = content.event(target.id)
        if event is None:
            return Destination()
        return Destination(event.entry_id, event.id, event.place_id or "", date.fromisoformat(event.first_day))
    if target.kind == "place":
        place = content.place(target.id)
        return Destination(entry_id=place.entry_id or "", place_id=place.id) if place is not None else Destination()
    if target.kind == "figure":
        figure = content.figure(target.id)
        return Destination(entry_id=figure.entry_id) if figure is not None else Destination()
    return Destination()


def entry_target(content: ContentDatabase, entry_id: str) -> Target:
    """An entry as something to open: an entry about a place opens as that place, so the map shows it too."""
    return Target("place", entry_id) if content.place(entry_id) is not None else Target("entry", entry_id)


def target_title(content: ContentDatabase, target: Target, name_form: str = "english") -> str:
    """A short human name for what a note is attached to; a place in the chosen name form."""
    if target.kind in ("entry", "passage"):
        entry = content.entry(target.id)
        if entry:
            return entry.title
        #: what a note is attached to, when the content no longer has it: {id} is the entry's id ("lachin")
        return translate("Navigation", "(entry {id} is no longer in the content)").format(id=target.id)
    if target.kind == "event":
        event = content.event(target.id)
        if event:
            return event.title
        #: what a note is attached to, when the content no longer has it: {id} is the event's id
        return translate("Navigation", "(event {id} is no longer in the content)").format(id=target.id)
    if target.kind == "place":
        place = content.place(target.id)
        if place:
            return place.label(name_form)
        #: what a note is attached to, when the content no longer has it: {id} is the place's id ("shusha")
        return translate("Navigation", "(place {id} is no longer in the content)").format(id=target.id)
    if target.kind == "figure":
        figure = content.figure(target.id)
        if figure:
            #: a figure a note is attached to: {figure} is what it counts, {claimant} who states it (a source's name)
            return translate("Navigation", "{figure} ({claimant})").format(figure=figure.label,
                                                                           claimant=figure.claimant_name)
        #: what a note is attached to, when the content no longer has it: {id} is the figure's id
        return translate("Navigation", "(figure {id} is gone)").format(id=target.id)
    return target.id
