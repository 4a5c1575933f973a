"""The one shared state the panes talk through.

Panes never call each other: a pane that wants to show something sets it here, and every pane that
cares listens to the signal and decides for itself what to redraw. Setting a value that is already
current emits nothing, so two panes listening to each other cannot loop.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from desktop_app.notes.model import Target
from desktop_app.views.navigation import Destination

WAR_START = date(2020, 9, 27)
WAR_END = date(2020, 11, 10)


class AppState(QObject):
    entry_changed = Signal(str)  # entry id
    date_changed = Signal(object)  # datetime.date
    place_selected = Signal(str)  # place id, "" for none
    event_selected = Signal(str)  # event id, "" for none
    # A pane asks for a new note on something it shows; the notes pane opens an editor for it.
    note_requested = Signal(object)  # desktop_app.notes.model.Target
    # One of the user's notes is to be shown in the notes pane (a fortyfourdays://note/ link)
    note_opened = Signal(str)  # note uuid
    # A pane asks for another pane to be shown (not given the keyboard): "map", "timeline" ...
    pane_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entry_id = ""
        self._date = WAR_START
        self._place_id = ""
        self._event_id = ""

    @property
    def entry_id(self) -> str:
        return self._entry_id

    @property
    def date(self) -> date:
        return self._date

    @property
    def place_id(self) -> str:
        return self._place_id

    @property
    def event_id(self) -> str:
        return self._event_id

    def set_entry(self, entry_id: str) -> None:
        if entry_id != self._entry_id:
            self._entry_id = entry_id
            self.entry_changed.emit(entry_id)

    def set_date(self, day: date) -> None:
        if day != self._date:
            self._date = day
            self.date_changed.emit(day)

    def select_place(self, place_id: str) -> None:
        if place_id != self._place_id:
            self._place_id = place_id
            self.place_selected.emit(place_id)

    def select_event(self, event_id: str) -> None:
        if event_id != self._event_id:
            self._event_id = event_id
            self.event_selected.emit(event_id)

    def go_to(self, destination: Destination) -> None:
        """Show a destination in every pane: its event, date and place first, so that the panes following
        the entry find them already chosen."""
        if destination.event_id:
            self.select_event(destination.event_id)
        if destination.day is not None:
            self.set_date(destination.day)
        if destination.place_id:
            self.select_place(destination.place_id)
        if destination.entry_id:
            self.set_entry(destination.entry_id)

    def request_pane(self, name: str) -> None:
        self.pane_requested.emit(name)

    def open_note(self, uuid: str) -> None:
        self.note_opened.emit(uuid)

    def request_note(self, target: Target) -> None:
        self.note_requested.emit(target)
