"""Territorial control over time: who holds each district and town on the date shown."""

from __future__ import annotations

import bisect

from desktop_app.content import ControlRecord

# A town's marker has a shape of its holder's as well as its colour, so colour never carries the holder alone
# (the legend shows the shapes): Azerbaijan a circle, Armenia / Artsakh a square, divided a triangle pointing
# down, Russian peacekeepers one pointing up. A place with no record is a hollow circle.
MARKER_SHAPES = {"azerbaijan": "circle", "armenia-artsakh": "square", "divided": "triangle-down",
                 "russian-peacekeepers": "triangle-up"}
MARKER_GLYPHS = {"circle": "\u25cf", "square": "\u25a0", "triangle-down": "\u25bc", "triangle-up": "\u25b2"}


def marker_shape(holder: str | None) -> str:
    """The shape of a town's marker for its holder on the date shown ("circle" with no holder)."""
    return MARKER_SHAPES.get(holder or "", "circle")


class ControlOverTime:
    """The control records in force on a day (as ContentDatabase.control_at gives them), moved from day to
    day by the records dated in between: dragging the date touches only the places that changed hands."""

    def __init__(self, records: list[ControlRecord]) -> None:
        self._records = records  # by date
        self._dates = [r.date for r in records]
        self._by_area: dict[str, list[ControlRecord]] = {}
        for record in records:
            self._by_area.setdefault(record.area_id, []).append(record)
        self._area_dates = {area: [r.date for r in found] for area, found in self._by_area.items()}
        self.day = ""
        self.current: dict[str, ControlRecord] = {}

    def areas(self) -> set[str]:
        """Every area with any record."""
        return set(self._by_area)

    def has_records(self, area_id: str) -> bool:
        return area_id in self._by_area

    def record(self, area_id: str) -> ControlRecord | None:
        """The record in force on the current day; None before the area's first record (or if it has none)."""
        return self.current.get(area_id)

    def holder(self, area_id: str) -> str | None:
        record = self.current.get(area_id)
        return record.holder if record is not None else None

    def move_to(self, day: str) -> set[str]:
        """Go to `day` (YYYY-MM-DD); returns the places whose record in force changed."""
        if day == self.day:
            return set()
        low, high = sorted((self.day, day))
        between = self._records[bisect.bisect_right(self._dates, low):bisect.bisect_right(self._dates, high)]
        touched = {record.area_id for record in between}
        for area in touched:
            at = bisect.bisect_right(self._area_dates[area], day)
            if at:
                self.current[area] = self._by_area[area][at - 1]
            else:
                self.current.pop(area, None)
        self.day = day
        return touched
