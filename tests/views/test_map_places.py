"""Which places the map draws and where their names go, without a display: the zoom each kind needs, at most
MAX_DRAWN places (the most important first, one per square of the view), the places read by box and
remembered, labels that never overlap, markers at one spot spread apart, and picking by pointer and keys."""

from __future__ import annotations

import itertools
import random

import pytest

from desktop_app.content import ContentDatabase, Place
from desktop_app.content.geometry import load_region
from desktop_app.views.map import places as map_places
from desktop_app.views.map.layout import layout, nearest_marker, neighbour, spread
from desktop_app.views.map.places import DETAIL_FROM, DISTRICT_LABELS_FROM, MapPlace, PlaceCache
from desktop_app.views.map.projection import SCENE_PER_DEGREE, ViewBox, project, scene_box

REGION_BOX = load_region().bbox
CONFLICT_ZONE = (45.6, 38.8, 47.8, 40.8)
CITIES_AND_TOWNS = {"city", "town"}
AREAS = {"region", "province", "district", "river"}


def view_of(box: tuple[float, float, float, float], pixels_per_degree: float) -> ViewBox:
    """A view showing `box` (degrees) at a zoom."""
    scale = pixels_per_degree / SCENE_PER_DEGREE
    return ViewBox(scale, scale, 0.0, 0.0, scene_box(*box))


def around(lon: float, lat: float, pixels_per_degree: float, width: int = 800, height: int = 600) -> ViewBox:
    """A view of `width` x `height` pixels centred on a point."""
    half_w, half_h = width / pixels_per_degree / 2, height / pixels_per_degree / 2
    return view_of((lon - half_w * 1.3, lat - half_h, lon + half_w * 1.3, lat + half_h), pixels_per_degree)


def read_cache(content: ContentDatabase, view: ViewBox) -> PlaceCache:
    cache = PlaceCache(content, REGION_BOX)
    cache.read(cache.question(view))
    return cache


def kinds(marks: list[MapPlace]) -> set[str]:
    return {m.place.type for m in marks}


def place(place_id: str, kind: str, lon: float, lat: float, name: str = "") -> MapPlace:
    return MapPlace.of(Place(place_id, name or place_id.title(), kind, lat, lon, "town", "AZ", None, place_id))


# -- the zoom each kind needs -----------------------------------------------------------------------
def test_zoomed_out_only_cities_towns_and_regions_are_drawn(content: ContentDatabase) -> None:
    view = view_of(CONFLICT_ZONE, DISTRICT_LABELS_FROM - 10)
    shown = read_cache(content, view).shown(view, "")
    assert {"stepanakert", "shusha"} <= {m.place.id for m in shown}
    assert kinds(shown) <= CITIES_AND_TOWNS | {"region"}


def test_districts_are_named_from_their_zoom_and_villages_from_theirs(content: ContentDatabase) -> None:
    middle = view_of(CONFLICT_ZONE, (DISTRICT_LABELS_FROM + DETAIL_FROM) / 2)
    shown = read_cache(content, middle).shown(middle, "")
    assert "district" in kinds(shown) and "village" not in kinds(shown)
    close = view_of(CONFLICT_ZONE, DETAIL_FROM)
    shown = read_cache(content, close).shown(close, "")
    assert {"azokh", "agbend"} <= {m.place.id for m in shown}  # villages


def test_the_selected_place_is_drawn_at_every_zoom_in_view_or_not(content: ContentDatabase) -> None:
    view = view_of((44.0, 40.5, 44.6, 41.0), DISTRICT_LABELS_FROM - 10)  # Armenia, far from Azokh
    cache = read_cache(content, view)
    assert "azokh" not in {m.place.id for m in cache.shown(view, "")}
    assert "azokh" in {m.place.id for m in cache.shown(view, "azokh")}


def test_places_far_away_are_not_on_this_map(content: ContentDatabase) -> None:
    cache = PlaceCache(content, REGION_BOX)
    assert cache.get("moscow") is None and cache.get("geneva") is None and cache.get("no-such-place") is None
    assert "moscow" not in cache.by_id
    with pytest.raises(KeyError):
        cache.by_id["washington"]
    assert cache.get("shusha").place == content.place("shusha")  # read when asked for by id


# -- more places than can be drawn ------------------------------------------------------------------
@pytest.fixture
def few_drawn(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(map_places, "MAX_DRAWN", 8)
    return 8


def test_a_crowded_view_draws_the_most_important_places_in_view(content: ContentDatabase, few_drawn: int) -> None:
    view = view_of(CONFLICT_ZONE, 300)
    cache = read_cache(content, view)
    assert cache.culled(300)
    shown = cache.shown(view, "")
    assert 0 < len(shown) <= few_drawn
    assert "stepanakert" in {m.place.id for m in shown}  # the city first
    assert kinds(shown) <= CITIES_AND_TOWNS | AREAS
    area = view.around()
    assert all(area[0] <= m.x <= area[2] and area[1] <= m.y <= area[3] for m in shown)


def test_a_crowded_view_draws_one_place_per_square(content: ContentDatabase, few_drawn: int) -> None:
    view = view_of(CONFLICT_ZONE, 60)  # zoomed far out: towns crowd each other
    cache = read_cache(content, view)
    candidates = list(cache.by_id.values())
    shown = cache.thin(candidates, view, "")
    squares = [tuple(int(c // map_places.THIN_PIXELS) for c in view.pixels(m.x, m.y)) for m in shown]
    assert len(squares) == len(set(squares)) and len(shown) == few_drawn < len(candidates)
    in_view = [m for m in shown if view.shows(m.x, m.y)]
    assert in_view == shown[:len(in_view)]  # those in view first
    assert [m.order for m in in_view] == sorted(m.order for m in in_view)  # the most important first
    assert in_view[0].order == min(m.order for m in candidates if view.shows(m.x, m.y))


def test_a_small_pan_asks_the_database_the_same_question(content: ContentDatabase, few_drawn: int) -> None:
    cache = PlaceCache(content, REGION_BOX)
    here = around(46.7, 39.8, 300)
    moved = around(46.71, 39.8, 300)
    far = around(45.0, 40.5, 300)
    assert cache.question(here) == cache.question(moved) != cache.question(far)
    box, types, _ = cache.question(here)
    lon0, lat0, lon1, lat1 = box
    assert lon0 <= 46.7 - 800 * 1.3 / 300 / 2 and lon1 >= 46.7 + 800 * 1.3 / 300 / 2  # the view, and around it
    assert set(types) == {"city", "town", "region", "district", "province", "river"}  # no villages at 300


def test_places_read_long_ago_are_forgotten_but_never_those_drawn(content: ContentDatabase,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(map_places, "MARK_CACHE", 20)
    cache = PlaceCache(content, REGION_BOX)
    everything = (REGION_BOX, tuple(sorted(cache.type_counts)), 100)
    drawn = {cache.get("azokh"), cache.get("stepanakert")}
    answer = PlaceCache.answer(content, everything)
    forgotten = cache.add_answer(everything, answer, keep=drawn)
    held = {p.id for p in answer} | {"azokh", "stepanakert"}
    assert len(held) > 20
    assert len(cache.by_id) == 15 and len(forgotten) == len(held) - 15  # down to three quarters
    assert drawn <= set(cache.by_id.values()) and not drawn & set(forgotten)
    assert not set(forgotten) & set(cache.by_id.values())
    assert not cache.answered(("elsewhere", (), 1))


# -- labels -----------------------------------------------------------------------------------------
def labelled(marks: list[MapPlace], rng: random.Random) -> list[MapPlace]:
    for mark in marks:
        mark.set_label_size(rng.uniform(30, 110), 18.0)
    return marks


def label_rects(result, view: ViewBox) -> dict[MapPlace, tuple[float, float, float, float]]:
    rects = {}
    for mark, (lx, ly) in result.labels.items():
        px, py = view.pixels(mark.x, mark.y)
        rects[mark] = (px + lx, py + ly, px + lx + mark.label_width, py + ly + mark.label_height)
    return rects


def overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("seed", range(5))
def test_labels_never_overlap_each_other_or_other_markers(seed: int) -> None:
    rng = random.Random(seed)
    kinds_ = ["city", "town", "village", "district", "bridge"]
    marks = labelled([place(f"p{k}", rng.choice(kinds_), rng.uniform(46.0, 47.0), rng.uniform(39.5, 40.2))
                      for k in range(120)], rng)
    view = view_of((46.0, 39.5, 47.0, 40.2), 700)
    result = layout(marks, view, "")
    rects = label_rects(result, view)
    assert len(rects) >= 20
    assert not [(a, b) for a, b in itertools.combinations(rects.values(), 2) if overlaps(a, b)]
    for mark in marks:
        if mark.area:
            continue
        px, py = view.pixels(mark.x, mark.y)
        ox, oy = result.offsets[mark]
        r = mark.radius + 1
        dot = (px + ox - r, py + oy - r, px + ox + r, py + oy + r)
        assert not [other for other, rect in rects.items() if other is not mark and overlaps(rect, dot)]


@pytest.mark.parametrize("city_at", ["west", "east"])
def test_the_more_important_label_takes_the_best_spot(city_at: str) -> None:
    """Two places a fraction of a pixel apart both want the spot right of their markers: the city gets it,
    on either side of the town."""
    west, east = place("w", "town", 46.0, 40.0), place("e", "town", 46.0004, 40.0)
    if city_at == "west":
        west = city = place("w", "city", 46.0, 40.0)
    else:
        east = city = place("e", "city", 46.0004, 40.0)
    town = east if city is west else west
    labelled([west, east], random.Random(1))
    result = layout([town, city], view_of((45.9, 39.9, 46.1, 40.1), 300), "")
    assert result.labels[city] == city.corners[0]  # beside its marker, on the right
    assert result.labels.get(town) != town.corners[0]


def test_a_label_with_no_room_is_hidden_unless_its_place_is_selected() -> None:
    crowd = [place(f"t{k}", "town", 46.0 + k * 0.0001, 40.0) for k in range(12)]
    for mark in crowd:
        mark.set_label_size(200, 18)
    view = view_of((45.9, 39.9, 46.1, 40.1), 300)
    hidden = [m for m in crowd if m not in layout(crowd, view, "").labels]
    assert hidden
    assert hidden[-1] in layout(crowd, view, hidden[-1].place.id).labels


def test_markers_at_the_same_spot_are_spread_around_it() -> None:
    same = [place(f"v{k}", "village", 46.5, 39.5) for k in range(3)]
    alone = place("alone", "town", 47.0, 40.0)
    offsets = spread([*same, alone])
    assert offsets[alone] == (0.0, 0.0)
    spots = {offsets[m] for m in same}
    assert len(spots) == 3
    assert all(abs((x * x + y * y) ** 0.5 - (4.0 + same[0].radius)) < 1e-9 for x, y in spots)


def test_an_area_is_named_on_its_point_when_there_is_room() -> None:
    district = place("d", "district", 46.0, 40.0)
    district.set_label_size(80, 18)
    result = layout([district], view_of((45.9, 39.9, 46.1, 40.1), 300), "")
    assert result.labels[district] == (-40.0, -9.0) and district not in result.offsets  # centred, no marker


# -- picking ----------------------------------------------------------------------------------------
def test_a_point_picks_the_nearest_marker_within_reach() -> None:
    town, village, district = place("t", "town", 46, 40), place("v", "village", 46, 40), place("d", "district", 46, 40)
    candidates = [(town, 100.0, 100.0), (village, 106.0, 100.0), (district, 103.0, 100.0)]
    assert nearest_marker(candidates, 104.0, 100.0) is village
    assert nearest_marker(candidates, 101.0, 100.0) is town
    assert nearest_marker(candidates, 100.0, 112.0) is None  # 12 pixels away
    assert nearest_marker([(district, 100.0, 100.0)], 100.0, 100.0) is None  # areas have no marker


def test_ctrl_arrows_step_east_and_west_and_wrap() -> None:
    in_view = [(300, "b"), (100, "a"), (500, "c")]
    assert neighbour(in_view, "", 1) == "a" and neighbour(in_view, "", -1) == "c"
    assert neighbour(in_view, "a", 1) == "b" and neighbour(in_view, "c", 1) == "a"
    assert neighbour(in_view, "a", -1) == "c"
    assert neighbour([], "a", 1) is None


def test_projected_points_are_where_the_marks_are(content: ContentDatabase) -> None:
    mark = PlaceCache(content, REGION_BOX).get("shusha")
    assert (mark.x, mark.y) == project(mark.place.lon, mark.place.lat)
    assert mark.order[0] == mark.priority == 2  # a town: after cities, before villages
