"""The base map geometry, read without a display."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from desktop_app.content import ContentDatabase
from desktop_app.content.geometry import load_region, parse_region, region_path


@pytest.fixture(scope="module")
def region():
    return load_region()


def test_file_is_found_through_the_resources_folder() -> None:
    path = region_path()
    assert path.is_file() and path.parts[-2:] == ("map", "region.geojson")


def test_countries_and_box(region) -> None:
    assert region.bbox == (43.0, 37.8, 51.0, 42.2)
    assert [c.id for c in region.countries()] == ["AM", "AZ", "GE", "IR", "TR", "RU"]
    for feature in region.features:
        for polygon in feature.polygons:
            for ring in polygon:
                assert len(ring) >= 4 and ring[0] == ring[-1]
                assert all(43.0 <= lon <= 51.0 and 37.8 <= lat <= 42.2 for lon, lat in ring)


def test_countries_hold_their_capitals(region) -> None:
    assert region.feature("AM").contains(44.5126, 40.1777)  # Yerevan
    assert region.feature("AZ").contains(49.8920, 40.3777)  # Baku
    assert region.feature("AZ").contains(45.41, 39.21)  # the Nakhchivan exclave
    assert not region.feature("AM").contains(49.8920, 40.3777)


def km_outside(feature, lon: float, lat: float) -> float:
    """0 inside the feature, else the distance in km to its nearest edge (flat-earth, fine at this scale)."""
    if feature.contains(lon, lat):
        return 0.0
    kx, ky = 111.3 * math.cos(math.radians(lat)), 111.3
    best = math.inf
    for polygon in feature.polygons:
        for ring in polygon:
            for (x0, y0), (x1, y1) in pairwise(ring):
                dx, dy = (x1 - x0) * kx, (y1 - y0) * ky
                px, py = (lon - x0) * kx, (lat - y0) * ky
                t = max(0.0, min(1.0, (px * dx + py * dy) / (dx * dx + dy * dy or 1.0)))
                best = min(best, math.hypot(px - t * dx, py - t * dy))
    return best


def test_mapped_districts_are_places_and_hold_their_towns(region, content: ContentDatabase) -> None:
    mapped = {f.id: f for f in region.districts() if f.id}
    assert {"jabrayil-district", "agdam-district", "shusha-district", "stepanakert", "shusha"} <= set(mapped)
    for place_id in mapped:
        assert content.place(place_id) is not None, place_id
    assert mapped["stepanakert"].contains(46.7528, 39.8177) and mapped["shusha"].contains(46.7499, 39.7601)
    # Every place with a known position filed under a mapped district lies in it, give or take the
    # coarse source borders (Jabrayil and Lachin towns fall 0.5 and 2 km outside; resources/map/README.md).
    checked = 0
    for place in content.places():
        if place.district_id in mapped and place.precision != "approximate":
            assert km_outside(mapped[place.district_id], place.lon, place.lat) < 3.0, place.id
            checked += 1
    assert checked > 20


def test_stepanakert_is_a_hole_in_khojaly(region, content: ContentDatabase) -> None:
    stepanakert = content.place("stepanakert")
    khojaly = region.feature("khojaly-district")
    assert len(khojaly.polygons[0]) > 1  # has a hole
    assert not khojaly.contains(stepanakert.lon, stepanakert.lat)


def test_parse_without_bbox_uses_the_extent() -> None:
    square = [[[1.0, 2.0], [3.0, 2.0], [3.0, 5.0], [1.0, 5.0], [1.0, 2.0]]]
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kind": "district", "id": None, "name": "Square", "country": "AZ"},
         "geometry": {"type": "Polygon", "coordinates": square}},
    ]}
    region = parse_region(data)
    assert region.bbox == (1.0, 2.0, 3.0, 5.0)
    feature = region.districts()[0]
    assert feature.id is None and feature.contains(2.0, 3.0) and not feature.contains(4.0, 3.0)
