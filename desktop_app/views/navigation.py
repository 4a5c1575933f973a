"""Where going to something takes the app: the one rule behind every "open" (search, timeline, map, notes).

Whatever is opened (an entry, an event, a place, a figure, a note's target) becomes a `Destination`: the
entry the reader shows, and the event, place and date the other panes select, where it has them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.content import ContentDatabase
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
        return entry.title if entry else f"(entry {target.id} is no longer in the content)"
    if target.kind == "event":
        event = content.event(target.id)
        return event.title if event else f"(event {target.id} is no longer in the content)"
    if target.kind == "place":
        place = content.place(target.id)
        return place.label(name_form) if place else f"(place {target.id} is no longer in the content)"
    if target.kind == "figure":
        figure = content.figure(target.id)
        return f"{figure.label} ({figure.claimant_name})" if figure else f"(figure {target.id} is gone)"
    return target.id
