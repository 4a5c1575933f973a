"""Which places the map draws at a view: their styles, the zoom each kind needs, and the places read so far.

Level of detail: at most MAX_DRAWN places are drawn at once; beyond it (content far larger than the bundled
69 places) only the places in and near the view are drawn, at most one per THIN_PIXELS square, the most
important first, and the others appear as the view zooms in. Places are read from the content database as
the view asks for them: at most QUERY_LIMIT of each level of importance for a view (spread over a box a
little larger than the view, aligned so that small moves ask the same question again), the answers to the
last QUERY_CACHE questions remembered, and at most MARK_CACHE places kept in memory (those drawn and the
most recently asked for).
"""

from __future__ import annotations

import bisect
import math
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desktop_app.content import ContentDatabase, Place
from desktop_app.views.map.projection import Box, ViewBox, contains, degrees_box, project

# Zoom (pixels per degree of latitude) from which a kind of label is shown. At the default view of the
# conflict zone a pane 500 px wide shows about 300 px per degree.
DISTRICT_LABELS_FROM = 140.0
DETAIL_FROM = 520.0  # villages and single sites (bridges, a dam, a church ...)

# Point places: radius of the marker in pixels, label priority (lower first) and the zoom it needs.
POINT_STYLES = {"city": (5.0, 1, 0.0), "town": (4.0, 2, 0.0), "village": (3.0, 4, DETAIL_FROM)}
SITE_STYLE = (3.5, 5, DETAIL_FROM)  # airport, bridge, church, corridor, dam, monastery ...
# Places that are areas get a label only (and their polygon, where the geometry has one).
AREA_STYLES = {"region": (2.5, 0.0), "province": (3, DISTRICT_LABELS_FROM), "district": (3, DISTRICT_LABELS_FROM),
               "river": (3, DISTRICT_LABELS_FROM)}

MAX_DRAWN = 150
THIN_PIXELS = 14.0
GRID = 20.0  # scene units (a fifth of a degree) per square of the grid that finds the places in view
QUERY_LIMIT = 3 * MAX_DRAWN  # of each level of importance (cities, towns, regions, districts ...)
QUERY_CACHE = 32
MARK_CACHE = 4000

Question = tuple[Box, tuple[str, ...], int]  # what is asked of the database: box (degrees), types, limit per level


@dataclass(frozen=True)
class Style:
    """How a type of place is drawn."""

    area: bool  # a label only (the polygon, if any, is the district's)
    radius: float  # of the marker, in pixels
    priority: float  # lower is labelled first
    min_zoom: float  # pixels per degree from which it is shown
    site: bool  # drawn as a diamond


def style_of(kind: str) -> Style:
    if kind in AREA_STYLES:
        priority, min_zoom = AREA_STYLES[kind]
        return Style(True, 0.0, priority, min_zoom, False)
    radius, priority, min_zoom = POINT_STYLES.get(kind, SITE_STYLE)
    return Style(False, radius, priority, min_zoom, kind not in POINT_STYLES)


@dataclass(eq=False)
class MapPlace:
    """One place on the map: where it is (scene units), how it is drawn and where its label may go."""

    place: Place
    area: bool  # a label only
    radius: float  # of the marker, in pixels
    priority: float  # lower is labelled first
    min_zoom: float  # pixels per degree from which it is shown
    site: bool  # drawn as a diamond
    x: float
    y: float
    # Where the label may go, best first, relative to the place's point (pixels): set with the label's size.
    corners: tuple[tuple[float, float], ...] = ()
    label_width: float = 0.0
    label_height: float = 0.0

    @classmethod
    def of(cls, place: Place) -> MapPlace:
        style = style_of(place.type)
        return cls(place, style.area, style.radius, style.priority, style.min_zoom, style.site,
                   *project(place.lon, place.lat))

    def __post_init__(self) -> None:
        self.order = (self.priority, self.place.name, self.place.id)  # importance: drawn first when crowded

    def shown_at(self, pixels_per_degree: float, selected: str) -> bool:
        return self.place.id == selected or pixels_per_degree >= self.min_zoom

    def set_label_size(self, width: float, height: float) -> None:
        """The label's size in pixels, and so where it may go: an area's centred on its point, else a line or
        two above or below, else beside it; a marker's beside it, then diagonally, then above or below."""
        self.label_width, self.label_height = w, h = width, height
        if self.area:
            corners = [(-w / 2, -h / 2 + k * h) for k in (0, -1, 1, -2, 2)] + [(-w - 4, -h / 2), (4, -h / 2)]
        else:
            gap = self.radius + 2
            d = gap * 0.7  # diagonal neighbours sit a little closer
            corners = [(gap, -h / 2), (-gap - w, -h / 2), (d, -d - h + 3), (d, d - 3), (-d - w, -d - h + 3),
                       (-d - w, d - 3), (-w / 2, -gap - h), (-w / 2, gap)]
        self.corners = tuple([(float(round(x)), float(round(y))) for x, y in corners])


def _cell(x: float, y: float) -> tuple[int, int]:
    return math.floor(x / GRID), math.floor(y / GRID)


class _ReadOnDemand(dict):
    """Places read so far, by id. Asking for one not read yet reads it (KeyError if it is not on the map);
    `get` and `in` only look at those read."""

    def __init__(self, load: Callable[[str], MapPlace | None]) -> None:
        super().__init__()
        self._load = load

    def __missing__(self, place_id: str) -> MapPlace:
        found = self._load(place_id)
        if found is None:
            raise KeyError(place_id)
        return found


class PlaceCache:
    """The places read from the content so far (`by_id`, at most about MARK_CACHE), found by position through
    a grid, and the questions asked of the database lately. `make` turns a place into its MapPlace (a view
    may make a subclass that also holds what it draws)."""

    def __init__(self, content: ContentDatabase, region_box: Box,
                 make: Callable[[Place], MapPlace] = MapPlace.of) -> None:
        self.content = content
        self.region_box = region_box  # degrees: places outside it are not on this map
        self._make = make
        self.by_id: dict[str, MapPlace] = _ReadOnDemand(self._read_place)
        self._off_map: set[str] = set()  # ids asked for that are not on this map (Moscow, Geneva ...)
        self._grid: dict[tuple[int, int], list[MapPlace]] = {}  # each square's places, most important first
        self._asked: OrderedDict[Question, None] = OrderedDict()  # lately, oldest first: their answers are held
        # How many places of each type the map holds: whether a zoom needs culling, without reading them.
        self.type_counts = content.place_type_counts(region_box)
        self._zooms = sorted((style_of(kind).min_zoom, count) for kind, count in self.type_counts.items())

    # -- reading ------------------------------------------------------------------------------
    def get(self, place_id: str) -> MapPlace | None:
        """A place by id, read if need be; None if there is none or it is not on this map."""
        try:
            return self.by_id[place_id] if place_id else None
        except KeyError:
            return None

    def _add(self, place: Place) -> MapPlace:
        mark = self._make(place)
        self.by_id[place.id] = mark
        bisect.insort(self._grid.setdefault(_cell(mark.x, mark.y), []), mark, key=lambda m: m.order)
        return mark

    def _read_place(self, place_id: str) -> MapPlace | None:
        """One place, read when asked for by id (the selected place, a test); None if not on this map."""
        if not place_id or place_id in self._off_map:
            return None
        place = self.content.place(place_id)
        lon0, lat0, lon1, lat1 = self.region_box
        if place is None or not (lon0 <= place.lon <= lon1 and lat0 <= place.lat <= lat1):
            self._off_map.add(place_id)  # Moscow, Geneva, Washington: mentioned, not on this map
            return None
        return self._add(place)

    def eligible(self, pixels_per_degree: float) -> int:
        """How many places on the map this zoom calls for."""
        return sum(count for zoom, count in self._zooms if zoom <= pixels_per_degree)

    def culled(self, pixels_per_degree: float) -> bool:
        """Whether this zoom calls for more places than are drawn: then only those in and near the view are."""
        return self.eligible(pixels_per_degree) > MAX_DRAWN

    def question(self, view: ViewBox) -> Question:
        """What to ask the database for this view: the types this zoom shows and, when there are more places
        than can be drawn, a box around the view (in degrees), aligned to a grid a quarter of the view's size
        so that a small pan or zoom asks the same question."""
        ppd = view.pixels_per_degree
        types = tuple(sorted(kind for kind in self.type_counts if style_of(kind).min_zoom <= ppd))
        if not self.culled(ppd):
            return self.region_box, types, MAX_DRAWN
        lon0, lat0, lon1, lat1 = degrees_box(view.around())
        step = 2.0 ** math.floor(math.log2(max(lon1 - lon0, lat1 - lat0, 1e-6) / 4))
        r0, s0, r1, s1 = self.region_box
        box = (max(math.floor(lon0 / step) * step, r0), max(math.floor(lat0 / step) * step, s0),
               min(math.ceil(lon1 / step) * step, r1), min(math.ceil(lat1 / step) * step, s1))
        return box, types, QUERY_LIMIT

    def answered(self, question: Question) -> bool:
        """Whether the question was asked lately (its answer is then kept longest)."""
        if question in self._asked:
            self._asked.move_to_end(question)
            return True
        return False

    @staticmethod
    def answer(content: ContentDatabase, question: Question) -> list[Place]:
        """The places that answer the question, most important first; reads only `content` (any thread's)."""
        box, types, limit = question
        return content.places_in_box(box, {kind: style_of(kind).priority for kind in types}, limit)

    def read(self, question: Question, keep: Iterable[MapPlace] = ()) -> list[MapPlace]:
        """Read the places the question asks for now, unless it was asked lately; returns those forgotten."""
        if self.answered(question):
            return []
        return self.add_answer(question, self.answer(self.content, question), keep)

    def add_answer(self, question: Question, places: list[Place], keep: Iterable[MapPlace] = ()) -> list[MapPlace]:
        """Take in the places read for a question. Returns the places forgotten to stay within MARK_CACHE
        (never those in `keep`, e.g. the ones drawn), whose drawn items the view then drops."""
        by_id = self.by_id
        for place in places:
            if place.id in by_id:  # asked for again: kept longest
                by_id[place.id] = by_id.pop(place.id)
            else:
                self._add(place)
        self._asked[question] = None
        if len(self._asked) > QUERY_CACHE:
            self._asked.popitem(last=False)
        if len(by_id) <= MARK_CACHE:
            return []
        return self._forget(question, set(keep))

    def _forget(self, question: Question, keep: set[MapPlace]) -> list[MapPlace]:
        """Drop the places read longest ago (not kept) down to three quarters of MARK_CACHE."""
        excess = len(self.by_id) - MARK_CACHE * 3 // 4
        forgotten = []
        for place_id, mark in list(self.by_id.items()):
            if excess <= 0:
                break
            if mark in keep:
                continue
            del self.by_id[place_id]
            self._grid[_cell(mark.x, mark.y)].remove(mark)
            forgotten.append(mark)
            excess -= 1
        self._asked.clear()  # the places some answers gave may be gone; the latest ones are kept
        self._asked[question] = None
        return forgotten

    # -- what is drawn ------------------------------------------------------------------------
    def shown(self, view: ViewBox, selected: str) -> list[MapPlace]:
        """The places to draw in this view: those its zoom calls for (only in and near the view when there are
        too many), the selected one wherever it is, and at most MAX_DRAWN of them."""
        ppd = view.pixels_per_degree
        if self.culled(ppd):
            shown = self.near_view(view, selected)
        else:
            shown = [m for m in self.by_id.values() if m.shown_at(ppd, selected)]
        selected_mark = self.get(selected)
        if selected_mark is not None and selected_mark not in shown:  # named at every zoom, in view or not
            shown.append(selected_mark)
        if len(shown) > MAX_DRAWN:
            shown = self.thin(shown, view, selected)
        return shown

    def near_view(self, view: ViewBox, selected: str) -> list[MapPlace]:
        """The places this zoom shows in the view and a quarter of a view around it (a pan shows them before
        the next layout): from each square of the grid only its most important few, enough to fill the view."""
        ppd = view.pixels_per_degree
        area = view.around()
        (x0, y0), (x1, y1) = _cell(area[0], area[1]), _cell(area[2], area[3])
        per_cell = 2 * MAX_DRAWN // ((x1 - x0 + 1) * (y1 - y0 + 1)) + 2
        found = []
        for cx in range(x0, x1 + 1):
            for cy in range(y0, y1 + 1):
                taken = 0
                for mark in self._grid.get((cx, cy), ()):  # most important first
                    if contains(area, mark.x, mark.y) and mark.shown_at(ppd, selected):
                        found.append(mark)
                        taken += 1
                        if taken >= per_cell:
                            break
        return found

    def thin(self, marks: list[MapPlace], view: ViewBox, selected: str) -> list[MapPlace]:
        """At most MAX_DRAWN places, one per THIN_PIXELS square of the view: the selected one, then those in
        view before those around it, the most important first."""
        visible = view.visible
        kept, taken = [], set()
        order = sorted(marks, key=lambda m: (m.place.id != selected, not contains(visible, m.x, m.y), m.order))
        for mark in order:
            px, py = view.pixels(mark.x, mark.y)
            square = (math.floor(px / THIN_PIXELS), math.floor(py / THIN_PIXELS))
            if square not in taken or mark.place.id == selected:
                taken.add(square)
                kept.append(mark)
                if len(kept) >= MAX_DRAWN:
                    break
        return kept
