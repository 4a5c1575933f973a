"""The map's rules without a display: who holds each area on a date, what a place's tooltip says, where a
longitude and latitude are drawn and how far the view zooms (the places drawn: test_map_places.py)."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date, timedelta
from html import escape
from itertools import pairwise

import pytest

from desktop_app.content import ContentDatabase, ControlRecord, Place, PlaceName
from desktop_app.content.geometry import load_region
from desktop_app.views.labels import CONTROL_LABELS
from desktop_app.views.map import ControlOverTime, MapModel
from desktop_app.views.map.projection import (
    MAX_PIXELS_PER_DEGREE,
    SCENE_PER_DEGREE,
    ViewBox,
    degrees_box,
    project,
    scene_box,
    zoom_scale,
)
from desktop_app.views.map.text import place_tooltip
from tests.conftest import REPO


@pytest.fixture(scope="module")
def model(content: ContentDatabase) -> MapModel:
    return MapModel(content, load_region())


def test_the_view_model_loads_no_qt() -> None:
    code = ("import sys, desktop_app.views.map;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO).stdout
    assert out.strip() == "[]"


# -- who holds what on a date -----------------------------------------------------------------------
def test_shusha_passes_to_azerbaijan_on_8_november_2020(model: MapModel, content: ContentDatabase) -> None:
    """The control records date the taking of Shusha to 8 November; the town and its district then differ."""
    model.move_to(date(2020, 11, 7))
    assert model.holder("shusha") == "armenia-artsakh"
    model.move_to(date(2020, 11, 8))
    assert model.holder("shusha") == "azerbaijan"
    assert model.record("shusha") == content.control_at(date(2020, 11, 8))["shusha"]


def test_before_any_record_no_one_is_said_to_hold_an_area(model: MapModel) -> None:
    model.move_to(date(1990, 1, 1))
    assert model.holder("jabrayil-district") is None and model.record("jabrayil-district") is None
    assert "No control record on this date" in model.tooltip(model.places.by_id["jabrayil"].place)


def test_moving_the_date_in_steps_gives_the_records_in_force_on_each_day(content: ContentDatabase) -> None:
    """Wherever the date goes, forwards or back, by a day or by years, the records are control_at's."""
    over_time = ControlOverTime(content.control_records())
    rng = random.Random(7)
    day = date(2020, 9, 27)
    for _ in range(150):
        day += timedelta(days=rng.choice([-400, -30, -3, -1, 0, 1, 1, 2, 5, 40, 900]))
        changed = over_time.move_to(day.isoformat())
        expected = content.control_at(day)
        assert over_time.current == expected, day
        assert changed <= over_time.areas()


def test_a_date_change_names_every_area_that_changed_hands(content: ContentDatabase) -> None:
    """Dragging the date recolours only the areas it names, so it must name every one whose holder changed."""
    over_time = ControlOverTime(content.control_records())
    days = [date(2020, 9, 27) + timedelta(days=k) for k in range(0, 70, 3)]
    over_time.move_to(days[0].isoformat())
    for before, after in pairwise(days):
        held_before = {area: record.holder for area, record in content.control_at(before).items()}
        changed = over_time.move_to(after.isoformat())
        held_after = {area: record.holder for area, record in content.control_at(after).items()}
        assert {a for a in held_before.keys() | held_after.keys() if held_before.get(a) != held_after.get(a)} <= changed
    agdam = ControlOverTime(content.control_records())
    agdam.move_to("2020-11-19")
    assert "agdam-district" in agdam.move_to("2020-11-20")  # the hand-over of Agdam District


def test_records_moving_back_before_the_first_record_leave_the_area_unheld() -> None:
    records = [ControlRecord("hill", "2020-10-05", "azerbaijan", "taken", "src", None),
               ControlRecord("hill", "2020-10-20", "armenia-artsakh", "retaken", "src", None)]
    over_time = ControlOverTime(records)
    assert over_time.move_to("2020-10-25") == {"hill"} and over_time.holder("hill") == "armenia-artsakh"
    assert over_time.move_to("2020-10-10") == {"hill"} and over_time.holder("hill") == "azerbaijan"
    assert over_time.move_to("2020-10-01") == {"hill"} and over_time.holder("hill") is None
    assert over_time.move_to("2020-10-01") == set()  # the same day again changes nothing


# -- tooltips ---------------------------------------------------------------------------------------
def test_tooltip_names_the_forms_type_holder_date_and_claimant(model: MapModel, content: ContentDatabase) -> None:
    model.move_to(date(2020, 11, 8))
    record = content.control_at(date(2020, 11, 8))["shusha"]
    tip = model.tooltip(content.place("shusha"))
    assert "Shushi" in tip and "Şuşa" in tip  # the Armenian and Azerbaijani names
    assert "Town" in tip and "position" in tip
    assert f"<b>{CONTROL_LABELS[record.holder]}</b> since 8 November 2020" in tip
    assert f"according to {escape(content.source(record.claimant_id).name)}" in tip  # shown as text


def test_a_change_known_only_to_the_month_is_dated_by_its_month(model: MapModel) -> None:
    """The sources say the Khudafarin bridges were taken in October 2020, no day: not "since 1 October"."""
    model.move_to(date(2020, 11, 1))
    tip = model.tooltip(model.places.by_id["khudafarin-bridges"].place)
    assert "since October 2020" in tip and "1 October" not in tip


def test_tooltip_shows_markup_in_names_and_notes_as_text() -> None:
    place = Place("x", "Fort <b>", "fortress", 40.0, 46.0, "approximate", "AZ", None, "e",
                  (PlaceName("Fort & Co", "armenian"),))
    record = ControlRecord("x", "2020-10", "azerbaijan", "taken", "s1", "said <i>twice</i>")
    tip = place_tooltip(place, record, True, {"s1": "A <source>"})
    assert "Fort &lt;b&gt;" in tip and "Fort &amp; Co" in tip and "A &lt;source&gt;" in tip
    assert "said &lt;i&gt;twice&lt;/i&gt;" in tip
    assert "Fortress; position approximate" in tip  # an unknown type is named from its id


def test_a_place_without_records_says_nothing_of_control() -> None:
    place = Place("y", "Nowhere", "village", 40.0, 46.0, "town", "AZ", None, "e")
    assert "control" not in place_tooltip(place, None, False, {}).lower()
    assert "No control record on this date" in place_tooltip(place, None, True, {})


def test_districts_of_the_base_map_are_their_places(model: MapModel, content: ContentDatabase) -> None:
    districts = {f.id for f in model.region.districts() if f.id}
    assert "kalbajar-district" in model.area_places
    assert model.area_places["kalbajar-district"] == content.place("kalbajar-district")
    assert set(model.area_places) <= districts


# -- projection and zoom ----------------------------------------------------------------------------
def test_north_is_up_and_east_is_right(content: ContentDatabase) -> None:
    stepanakert, shusha, baku = (content.place(p) for p in ("stepanakert", "shusha", "baku"))
    (sx, sy), (ux, uy), (bx, by) = (project(p.lon, p.lat) for p in (stepanakert, shusha, baku))
    assert uy > sy  # Shusha lies south of Stepanakert: lower on the map
    assert bx > sx  # Baku lies east of Stepanakert


def test_shapes_keep_their_proportions_in_the_middle_of_the_region() -> None:
    """A kilometre east is drawn as long as a kilometre north at 40° north (a degree of longitude there is
    cos 40° of a degree of latitude)."""
    x0, y0 = project(46.0, 40.0)
    x1, _ = project(46.0 + 1 / 0.766044, 40.0)
    _, y1 = project(46.0, 41.0)
    assert x1 - x0 == pytest.approx(y0 - y1, rel=1e-5)


def test_a_box_in_degrees_comes_back_from_the_scene() -> None:
    box = (45.6, 38.8, 47.8, 40.8)
    x0, y0, x1, y1 = scene_box(*box)
    assert x0 < x1 and y0 < y1  # top left, bottom right
    assert degrees_box((x0, y0, x1, y1)) == pytest.approx(box)


def test_zoom_stops_at_the_closest_zoom_and_a_little_beyond_the_whole_map() -> None:
    whole_map = scene_box(43.0, 37.8, 51.0, 42.2)
    viewport = (800, 600)
    fits = min(800 / (whole_map[2] - whole_map[0]), 600 / (whole_map[3] - whole_map[1]))
    assert zoom_scale(1.0, 1.4, viewport, whole_map) == pytest.approx(1.4)
    assert zoom_scale(fits, 1 / 1.4, viewport, whole_map) == pytest.approx(fits * 0.9)  # not further out
    closest = MAX_PIXELS_PER_DEGREE / SCENE_PER_DEGREE
    assert zoom_scale(closest / 1.2, 1.4, viewport, whole_map) == pytest.approx(closest)


def test_a_view_knows_what_it_shows() -> None:
    view = ViewBox(2.0, 2.0, 0.0, 0.0, (100.0, 200.0, 400.0, 500.0))
    assert view.pixels_per_degree == 200.0
    assert view.shows(110.0, 210.0) and not view.shows(110.0, 210.0, margin=40)  # 20 scene units in
    assert not view.shows(99.0, 300.0)
    nearer = view.zoomed(2.0)
    assert nearer.visible == (175.0, 275.0, 325.0, 425.0) and nearer.scale_x == 4.0  # the same centre
