"""The timeline's rules, Qt-free: what to draw at the current range, what is where, where the view may go.

Every dated event sits on a date axis, one lane per category (laid out by `timeline_layout`). Drawing stays
cheap as the content grows: after every zoom or pan a lane draws only the events in view; when it has more
events in view than MAX_DRAWN_PER_LANE, markers are merged per few pixels and touching bars per row. Hover
and click hit-test the real events (binary search per lane), never what is drawn, so they stay exact.

Memory stays small as the content grows: each event is held as a few numbers in numpy arrays (its number
in the database, lane, days and where it is drawn); an event's text is read only when it is hovered,
clicked or stepped to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np

from desktop_app.content import ContentDatabase
from desktop_app.content.dates import format_date_range, format_day
from desktop_app.content.models import Event
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.views.bars import merge_bars
from desktop_app.views.labels import LANE_LABELS, lane_label
from desktop_app.views.timeline_layout import BAR_HEIGHT, DAY, EPOCH, EVENT_DAYS, Lane, day_at, day_seconds

MIN_SPAN_DAYS = 3  # the closest zoom: a few days fill the width
MIN_BAR_PIXELS = 3

Range = tuple[float, float]  # (x_min, x_max) of the view


def extent(event: Event) -> Range:
    """From the start of an event's first day to the end of its last."""
    return day_seconds(date.fromisoformat(event.first_day)), day_seconds(date.fromisoformat(event.last_day)) + DAY


# The last line of a saved image's caption (translated in image_caption).
#: the source line under a saved image of the timeline: “Second Nagorno-Karabakh War” is the title of the
#: English Wikipedia article the events come from (see the glossary), CC BY-SA 4.0 its licence; "states":
#: every event names whose statement it reports, the same verb for every side
IMAGE_CREDIT = QT_TRANSLATE_NOOP(
    "Timeline",
    "From 44 Days: events from the Wikipedia article “Second Nagorno-Karabakh War” (CC BY-SA 4.0); "
    "the app names who states each.")


def date_label(day: date) -> str:
    #: the label above the timeline; {date} is the current date, e.g. "9 October 2020"
    return translate("Timeline", "Date: {date}").format(date=format_day(day))


# -- what to draw -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Pixels:
    """The screen as the view stands: one pixel in view units across (seconds) and down (rows), and the
    marker size in pixels."""

    width: float
    height: float
    marker: float


@dataclass(frozen=True)
class LaneDrawing:
    """What one lane draws in the current range, in view units."""

    x: np.ndarray  # markers' centres
    y: np.ndarray
    size: float | np.ndarray  # in pixels; a merged marker grows with the events it stands for
    exact: np.ndarray | None  # per marker, date known to the day (else only the month or year); None: merged
    x0: np.ndarray  # bars
    x1: np.ndarray
    y0: np.ndarray

    @property
    def counts(self) -> tuple[int, int]:
        """Markers and bars drawn."""
        return int(self.x.size), int(self.x0.size)


@dataclass(frozen=True)
class Marks:
    """Where the rings around some events go: markers' centres, and bars (top edge y0, BAR_HEIGHT high)."""

    x: np.ndarray
    y: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    y0: np.ndarray


# -- the view-model ---------------------------------------------------------------------------------
class TimelineModel:
    """Every event's place on the timeline; what to draw, what is where, and where the view may go.

    `war` is the first and last day of the war: the view it opens on, always inside the axis."""

    MAX_DRAWN_PER_LANE = 600  # beyond this, a lane draws merged markers and bars (the bundled lanes hold < 150)

    def __init__(self, content: ContentDatabase, war: tuple[date, date], hidden: Iterable[str] = ()) -> None:
        self.content = content
        first, last = content.event_span()
        first_day = min(date.fromisoformat(first), war[0]) if first else war[0]
        last_day = max(date.fromisoformat(last), war[1]) if last else war[1]
        self.war: Range = (day_seconds(war[0]), day_seconds(war[1]) + DAY)
        start, end = day_seconds(first_day), day_seconds(last_day) + DAY
        margin = (end - start) * 0.01
        self.bounds: Range = (start - margin, end + margin)  # the axis: every event, and a little room

        keys = list(LANE_LABELS) + sorted(set(content.event_lanes()) - set(LANE_LABELS))
        self.lanes: dict[str, Lane] = {k: Lane(k, lane_label(k)) for k in keys}
        self._lane_list = list(self.lanes.values())
        # Every event as numbers, by first day, last day and id (the order step() goes through).
        days = np.fromiter(content.event_days(keys), dtype=EVENT_DAYS)
        self._order, self._order_lane, self._order_d0 = days["number"], days["lane"], days["d0"]
        ranks = np.arange(days.size)
        y = 0.0
        for code, lane in enumerate(self._lane_list):
            mine = days["lane"] == code
            y = lane.layout(days[mine], ranks[mine], y)
        self.height = y
        # Where each event is drawn, by event number: lane, marker (0) or bar (1), index into the lane's
        # arrays, and its place in the date order.
        drawn = [(lane.points, code, 0) for code, lane in enumerate(self._lane_list)] + [
            (lane.bars, code, 1) for code, lane in enumerate(self._lane_list)]
        numbers = np.concatenate([n for n, _c, _k in drawn])
        by_number = np.argsort(numbers, kind="stable")
        self._numbers = numbers[by_number]
        self._where_lane = np.concatenate([np.full(n.size, c, dtype=np.int16) for n, c, _k in drawn])[by_number]
        self._where_kind = np.concatenate([np.full(n.size, k, dtype=np.int8) for n, _c, k in drawn])[by_number]
        self._where_index = np.concatenate([np.arange(n.size, dtype=np.int32) for n, _c, _k in drawn])[by_number]
        self._where_rank = ranks[np.argsort(self._order, kind="stable")]

        self.hidden = set(hidden) & set(self.lanes)
        self.entry_events: list[Event] = []  # the current entry's
        self._entry_numbers: list[int] = []  # their numbers
        self._selected: tuple[str, int | None] = ("", None)  # the selected event's id and number

    def image_caption(self, view: Range, day: date) -> list[str]:
        """The lines under a saved image of the timeline: what span and lanes it shows, and its source."""
        first, last = self.visible_days(view)
        lanes = [lane.label for lane in self.lanes.values() if lane.key not in self.hidden]
        #: under a saved image of the timeline: {first} and {last} are the first and last day shown, {date} the
        #: current date, which the vertical line on the image marks
        span = translate("Timeline", "Events from {first} to {last}; the line marks {date}.").format(
            first=format_day(first), last=format_day(last), date=format_day(day))
        if lanes:
            #: under a saved image of the timeline: {lanes} lists the lanes shown (e.g. "Military, Diplomacy");
            #: filled markers are events known to the day, hollow ones known only to the month or the year
            key = translate("Timeline", "Lanes: {lanes}. Filled markers: the day is known; hollow: only the month "
                                        "or year.").format(lanes=", ".join(lanes))
        else:
            #: under a saved image of the timeline when every lane is hidden; filled markers are events known to
            #: the day, hollow ones known only to the month or the year
            key = translate("Timeline", "Lanes: none. Filled markers: the day is known; hollow: only the month or "
                                        "year.")
        return [span, key, translate("Timeline", IMAGE_CREDIT)]

    # -- lanes and the current entry ----------------------------------------------------------
    def lane_visible(self, key: str) -> bool:
        return key not in self.hidden

    def set_lane_visible(self, key: str, visible: bool) -> bool:
        """Show or hide a lane; whether that changed anything."""
        if visible == self.lane_visible(key):
            return False
        self.hidden.symmetric_difference_update({key})
        return True

    def set_entry(self, entry_id: str) -> list[Event]:
        """Make an entry's events the ones ringed; return them."""
        self.entry_events = self.content.events_for_entry(entry_id)
        numbers = self.content.event_numbers(e.id for e in self.entry_events)
        self._entry_numbers = [numbers[e.id] for e in self.entry_events if e.id in numbers]
        return self.entry_events

    def select_event(self, event_id: str) -> None:
        if event_id != self._selected[0]:
            self._selected = (event_id, self.number_of(event_id))

    def highlighted_event_ids(self) -> set[str]:
        """Events ringed as belonging to the current entry (hidden lanes excluded)."""
        return {e.id for e in self.entry_events if e.lane not in self.hidden}

    def entry_marks(self) -> Marks:
        return self._marks(self._entry_numbers)

    def selected_marks(self) -> Marks:
        return self._marks([self._selected[1]])

    def _marks(self, numbers: Iterable[int | None]) -> Marks:
        """Where the events with these numbers are drawn, in the lanes shown."""
        xs, ys, bx0, bx1, by0 = [], [], [], [], []
        for number in numbers:
            place = self._place_of(number)
            if place is None:
                continue
            lane, kind, i = place
            if kind == "point":
                xs.append(lane.px[i])
                ys.append(lane.py[i])
            else:
                bx0.append(lane.bx0[i])
                bx1.append(lane.bx1[i])
                by0.append(lane.by0[i])
        return Marks(np.array(xs), np.array(ys), np.array(bx0), np.array(bx1), np.array(by0))

    # -- drawing ------------------------------------------------------------------------------
    def marker_size(self, view_height: float) -> float:
        """Markers as large as a stacking row of a view `view_height` pixels high allows, within readable
        limits."""
        pixels_per_row = view_height / self.height if self.height else 10
        return max(7.0, min(12.0, pixels_per_row * 1.1))

    def drawing(self, key: str, view: Range, pixels: Pixels) -> LaneDrawing | None:
        """The lane's events in view (merged when there are too many); None for a hidden lane."""
        if key in self.hidden:
            return None
        lane = self.lanes[key]
        x_min, x_max = view
        size, pixel = pixels.marker, pixels.width
        # Markers: a binary search finds the ones in view (plus a marker's width either side).
        lo = np.searchsorted(lane.px, x_min - size * pixel, "left")
        hi = np.searchsorted(lane.px, x_max + size * pixel, "right")
        if hi - lo > self.MAX_DRAWN_PER_LANE:
            bin_width = 6 * pixel
            bins = np.floor(lane.px[lo:hi] / bin_width)
            keys, counts = np.unique(bins, return_counts=True)
            x = (keys + 0.5) * bin_width
            y = np.full(x.size, lane.py.max())
            sizes: float | np.ndarray = np.minimum(size + 2 * np.log2(counts), 2 * size)
            exact = None
        else:
            x, y, sizes, exact = lane.px[lo:hi], lane.py[lo:hi], size, lane.exact[lo:hi]
        # Bars overlapping the view.
        mask = (lane.bx1 >= x_min) & (lane.bx0 <= x_max)
        x0, x1, y0 = lane.bx0[mask], lane.bx1[mask], lane.by0[mask]
        if x0.size > self.MAX_DRAWN_PER_LANE:
            x0, x1, y0 = merge_bars(x0, x1, y0, 2 * pixel, pixels.height)
        # A few days' period is narrower than a pixel when zoomed out: keep it visible.
        x1 = np.maximum(x1, x0 + MIN_BAR_PIXELS * pixel)
        return LaneDrawing(x, y, sizes, exact, x0, x1, y0)

    # -- what is where ------------------------------------------------------------------------
    def number_of(self, event_id: str) -> int | None:
        return self.content.event_numbers([event_id]).get(event_id) if event_id else None

    def _locate(self, number: int | None) -> tuple[Lane, str, int] | None:
        """Where the event with this number is drawn: its lane, "point" or "bar", and index in the lane."""
        j = int(np.searchsorted(self._numbers, number)) if number is not None else self._numbers.size
        if j >= self._numbers.size or self._numbers[j] != number:
            return None
        return (self._lane_list[self._where_lane[j]], "bar" if self._where_kind[j] else "point",
                int(self._where_index[j]))

    def _place_of(self, number: int | None) -> tuple[Lane, str, int] | None:
        place = self._locate(number)
        return None if place is None or place[0].key in self.hidden else place

    def position_of(self, event_id: str) -> tuple[float, float]:
        """Centre of the event's marker or bar (x, y), shown or not."""
        place = self._locate(self.number_of(event_id))
        if place is None:
            raise KeyError(event_id)
        lane, kind, i = place
        if kind == "bar":
            return (lane.bx0[i] + lane.bx1[i]) / 2, lane.by0[i] + BAR_HEIGHT / 2
        return lane.px[i], lane.py[i]

    def numbers_at(self, x: float, y: float, pixels: Pixels) -> list[int]:
        """Numbers of the events drawn under a view position, nearest first (markers before the bars beneath)."""
        lane = next((ln for ln in self._lane_list if ln.top <= y < ln.bottom), None)
        if lane is None or lane.key in self.hidden:
            return []
        pixel_w, pixel_h = pixels.width, pixels.height
        radius = pixels.marker / 2 + 2
        lo = np.searchsorted(lane.px, x - radius * pixel_w, "left")
        hi = np.searchsorted(lane.px, x + radius * pixel_w, "right")
        dist = np.hypot((lane.px[lo:hi] - x) / pixel_w, (lane.py[lo:hi] - y) / pixel_h)
        near = np.flatnonzero(dist <= radius)
        found = [int(n) for n in lane.points[lo + near[np.argsort(dist[near], kind="stable")]]]
        slack_x, slack_y = 2 * pixel_w, 2 * pixel_h
        right = np.maximum(lane.bx1, lane.bx0 + MIN_BAR_PIXELS * pixel_w)  # as drawn
        hit = ((lane.bx0 - slack_x <= x) & (x <= right + slack_x)
               & (lane.by0 - slack_y <= y) & (y <= lane.by0 + BAR_HEIGHT + slack_y))
        found += [int(n) for n in lane.bars[hit]]
        return found

    def events_at(self, x: float, y: float, pixels: Pixels) -> list[Event]:
        """Events drawn under a view position, nearest first (markers before the bars beneath them)."""
        return self.content.events_numbered(self.numbers_at(x, y, pixels))

    def event_at(self, x: float, y: float, pixels: Pixels) -> Event | None:
        """The nearest event drawn under a view position: the one a click opens."""
        found = self.content.events_numbered(self.numbers_at(x, y, pixels)[:1])
        return found[0] if found else None

    def tooltip_at(self, x: float, y: float, pixels: Pixels, name_form: str) -> str:
        """Date, title, place (named in `name_form`) and lane of the event under a view position; '' over
        empty space."""
        found = self.numbers_at(x, y, pixels)
        if not found:
            return ""
        event = self.content.events_numbered(found[:1])[0]
        lines = [format_date_range(event.date, event.end_date), event.title]
        place = self.content.place(event.place_id) if event.place_id else None
        if place is not None:
            others = place.other_forms(name_form)
            if others and name_form != "both":
                #: in an event's tooltip: {place} is the place's name in the chosen form, {other_names} its other
                #: forms, e.g. "Armenian usage: Shushi; Azerbaijani usage: Şuşa"
                lines.append(translate("Timeline", "Place: {place} ({other_names})").format(
                    place=place.label(name_form), other_names=others))
            else:
                #: in an event's tooltip: {place} is the place's name (or every form of it)
                lines.append(translate("Timeline", "Place: {place}").format(place=place.label(name_form)))
        #: in an event's tooltip: {lane} is the event's lane (Military, Diplomacy...); a click opens the event
        lines.append(translate("Timeline", "{lane} · click to open").format(lane=lane_label(event.lane)))
        more = len(found) - 1  # a name, not an expression, as the count: lupdate skips a call with a call inside
        if more:
            #: in an event's tooltip, when other events lie under the pointer too: %Ln is how many besides this one
            lines.append(translate("Timeline", "and %Ln more here: zoom in to tell them apart", None, more))
        return "\n".join(lines)

    def step(self, direction: int, today: date, selected_id: str) -> Event | None:
        """The next (1) or previous (-1) event in date order, in the lanes shown: from the selected event
        while `today` is still its date, else from `today` (moved on since, the next event is the one after
        the new date, not the one after the event left behind). None past either end."""
        hidden = [code for code, lane in enumerate(self._lane_list) if lane.key in self.hidden]
        shown = np.flatnonzero(~np.isin(self._order_lane, hidden))  # places in the date order
        if not shown.size:
            return None
        day = (today - EPOCH).days
        number = self.number_of(selected_id)
        place = self._locate(number)
        rank = self._where_rank[np.searchsorted(self._numbers, number)] if place is not None else None
        if place is not None and place[0].key not in self.hidden and self._order_d0[rank] == day:
            index = int(np.searchsorted(shown, rank)) + direction
        else:
            index = int(np.searchsorted(self._order_d0[shown], day, "left"))  # the first on or after today
            index = index if direction > 0 else index - 1
        if 0 <= index < shown.size:
            return self.content.events_numbered([self._order[shown[index]]])[0]
        return None

    # -- where the view may go ----------------------------------------------------------------
    def clamped(self, x_min: float, x_max: float) -> Range:
        """The range asked for, no narrower than MIN_SPAN_DAYS and inside the axis (shifted, not cut)."""
        lo, hi = self.bounds
        width = min(max(x_max - x_min, MIN_SPAN_DAYS * DAY), hi - lo)
        x_min = min(max(x_min, lo), hi - width)
        return x_min, x_min + width

    def whole_range(self) -> Range:
        """Every event, with a little room either side."""
        return self.clamped(*self.bounds)

    def war_range(self) -> Range:
        return self.clamped(*self.war)

    @staticmethod
    def visible_days(view: Range) -> tuple[date, date]:
        """First and last whole day in view."""
        return day_at(view[0] + DAY / 2), day_at(view[1] - DAY / 2)

    def zoomed(self, view: Range, factor: float, about: float) -> Range:
        """The time span scaled by `factor` (<1 zooms in), about x = `about` when it is in view (the date
        line), else about the middle."""
        x_min, x_max = view
        centre = about if x_min <= about <= x_max else (x_min + x_max) / 2
        return self.clamped(centre - (centre - x_min) * factor, centre + (x_max - centre) * factor)

    def panned(self, view: Range, fraction: float) -> Range:
        """Moved by `fraction` of its width (negative: earlier)."""
        shift = (view[1] - view[0]) * fraction
        return self.clamped(view[0] + shift, view[1] + shift)

    def following(self, view: Range, x: float) -> Range | None:
        """The range centred on x (the date line) when x is out of view, keeping the zoom; None if in view."""
        x_min, x_max = view
        if x_min <= x <= x_max:
            return None
        width = x_max - x_min
        return self.clamped(x - width / 2, x + width / 2)

    def showing(self, view: Range, event: Event) -> Range | None:
        """A range with the whole event in view, keeping the zoom unless the event is wider than the view;
        None if it is in view already."""
        x_min, x_max = view
        start, end = extent(event)
        if start >= x_min and end <= x_max:
            return None
        width = max(x_max - x_min, (end - start) * 1.1)
        centre = (start + end) / 2
        return self.clamped(centre - width / 2, centre + width / 2)

    def showing_entry(self, view: Range) -> Range | None:
        """A range showing the current entry's first event when none of its events is in view, else None."""
        x_min, x_max = view
        events = self.entry_events
        if not events or any(start < x_max and end > x_min for start, end in map(extent, events)):
            return None
        return self.showing(view, events[0])
