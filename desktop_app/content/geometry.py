"""The base map: resources/map/region.geojson read into plain records. Imports no Qt.

The file is small (about 110 KB) and fixed, so it is read whole; see resources/map/README.md for
what it holds and where it comes from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from desktop_app.paths import resources_dir

Point = tuple[float, float]  # (lon, lat)
Ring = tuple[Point, ...]  # closed: the last point repeats the first
Polygon = tuple[Ring, ...]  # the exterior ring, then any holes


def region_path() -> Path:
    return resources_dir() / "map" / "region.geojson"


@dataclass(frozen=True)
class MapFeature:
    kind: str  # "country" or "district"
    id: str | None  # country code (AM, AZ, ...) or a place id; None for context districts
    name: str
    country: str | None  # for districts: AZ or AM
    polygons: tuple[Polygon, ...]

    def contains(self, lon: float, lat: float) -> bool:
        """Whether the point is inside the feature (even-odd over each polygon, so holes are outside)."""
        for polygon in self.polygons:
            inside = False
            for ring in polygon:
                for (x0, y0), (x1, y1) in pairwise(ring):
                    if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                        inside = not inside
            if inside:
                return True
        return False


@dataclass(frozen=True)
class RegionMap:
    bbox: tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max
    features: tuple[MapFeature, ...]

    def countries(self) -> list[MapFeature]:
        return [f for f in self.features if f.kind == "country"]

    def districts(self) -> list[MapFeature]:
        return [f for f in self.features if f.kind == "district"]

    def feature(self, feature_id: str) -> MapFeature | None:
        return next((f for f in self.features if f.id == feature_id), None)


def _polygons(geometry: dict) -> tuple[Polygon, ...]:
    if geometry["type"] == "Polygon":
        parts = [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        parts = geometry["coordinates"]
    else:
        raise ValueError(f"unexpected geometry type {geometry['type']!r}")
    return tuple(tuple(tuple((float(x), float(y)) for x, y in ring) for ring in polygon) for polygon in parts)


def parse_region(data: dict) -> RegionMap:
    features = []
    for item in data["features"]:
        props = item["properties"]
        features.append(
            MapFeature(props["kind"], props.get("id"), props["name"], props.get("country"), _polygons(item["geometry"]))
        )
    if "bbox" in data:
        lon0, lat0, lon1, lat1 = (float(v) for v in data["bbox"][:4])
    else:  # a file without the bbox member: the extent of its coordinates
        points = [p for f in features for poly in f.polygons for ring in poly for p in ring]
        lon0, lon1 = min(p[0] for p in points), max(p[0] for p in points)
        lat0, lat1 = min(p[1] for p in points), max(p[1] for p in points)
    return RegionMap((lon0, lat0, lon1, lat1), tuple(features))


def load_region(path: Path | None = None) -> RegionMap:
    with (path or region_path()).open(encoding="utf-8") as f:
        return parse_region(json.load(f))
