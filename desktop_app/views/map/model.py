"""The map's view-model: one object a map view asks what to draw on a date and at a view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop_app.content import ContentDatabase, ControlRecord, Place
from desktop_app.content.geometry import RegionMap
from desktop_app.views.map.control import ControlOverTime
from desktop_app.views.map.places import MapPlace, PlaceCache
from desktop_app.views.map.text import holding_words, place_tooltip, place_words


class MapModel:
    """The rules of a map of `region` over `content`: who holds each area on the date shown (`control`), the
    places read and which of them a view draws (`places`), and what a place's tooltip says."""

    def __init__(self, content: ContentDatabase, region: RegionMap,
                 make_place: Callable[[Place], MapPlace] = MapPlace.of) -> None:
        self.region = region
        self._content = content
        self._all_places: list[Place] | None = None
        self.control = ControlOverTime(content.control_records())
        self.places = PlaceCache(content, region.bbox, make_place)
        self.sources = {s.id: s.name for s in content.sources()}  # source names by id
        # The districts of the base map that are places (filled by control, clicked open), by place id.
        self.area_places: dict[str, Place] = {}
        for feature in region.districts():
            place = content.place(feature.id) if feature.id else None
            if place is not None:
                self.area_places[place.id] = place

    def move_to(self, day: date) -> set[str]:
        """Show `day`: returns the areas whose record in force changed."""
        return self.control.move_to(day.isoformat())

    def record(self, place_id: str) -> ControlRecord | None:
        """The control record of a place in force on the date shown (None: no record yet, or none at all)."""
        return self.control.record(place_id)

    def holder(self, place_id: str) -> str | None:
        return self.control.holder(place_id)

    def tooltip(self, place: Place) -> str:
        """What pointing at the place shows on the date shown (written when asked for: dragging the date
        stays cheap)."""
        return place_tooltip(place, self.control.record(place.id), self.control.has_records(place.id),
                             self.sources)

    def place_words(self, place_id: str, name_form: str) -> str:
        """A place and who held it on the date shown, in words for a screen reader ('' for no such place)."""
        mark = self.places.get(place_id) if place_id else None
        place = mark.place if mark is not None else (self._content.place(place_id) if place_id else None)
        if place is None:
            return ""
        holding = holding_words(self.control.record(place.id), self.control.has_records(place.id), self.sources)
        return place_words(place, name_form, holding)

    def all_places(self) -> list[Place]:
        """Every place of the content, by name (read once, when first asked for: the map as a table)."""
        if self._all_places is None:
            self._all_places = self._content.places()
        return self._all_places
