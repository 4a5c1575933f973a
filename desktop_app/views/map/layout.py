"""Where markers and labels go in a view, in pixels: markers drawn at the same spot are spread around it, and
each label goes where it overlaps nothing more important (else it is hidden: its marker stays, and its
tooltip names it). Also which marker a point of the view picks, and which place is next to the east or west.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.views.map.places import MapPlace
from desktop_app.views.map.projection import ViewBox

LABEL_CELL = 64.0  # view pixels per square of the grid of label obstacles
PICK_PIXELS = 9.0  # a click this close to a marker picks it (or closer than its radius and two)


class Obstacles:
    """Rectangles (x0, y0, x1, y1 in view pixels) labels must not cover, each with its owner, found by a grid
    of view squares."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[float, float, float, float, str]]] = {}

    def add(self, owner: str, x0: float, y0: float, x1: float, y1: float) -> None:
        entry = (x0, y0, x1, y1, owner)
        cells, floor = self._cells, math.floor
        rows = range(floor(y0 / LABEL_CELL), floor(y1 / LABEL_CELL) + 1)
        for cx in range(floor(x0 / LABEL_CELL), floor(x1 / LABEL_CELL) + 1):
            for cy in rows:
                found = cells.get((cx, cy))
                if found is None:
                    cells[(cx, cy)] = [entry]
                else:
                    found.append(entry)

    def free(self, owner: str, x0: float, y0: float, x1: float, y1: float) -> bool:
        """Whether the rectangle overlaps nothing but what `owner` itself added."""
        in_cell, floor = self._cells.get, math.floor
        rows = range(floor(y0 / LABEL_CELL), floor(y1 / LABEL_CELL) + 1)
        for cx in range(floor(x0 / LABEL_CELL), floor(x1 / LABEL_CELL) + 1):
            for cy in rows:
                for a0, b0, a1, b1, other in in_cell((cx, cy), ()):
                    if x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1 and other != owner:
                        return False
        return True


@dataclass
class Layout:
    """Where the places shown are drawn, in pixels from each place's point."""

    offsets: dict[MapPlace, tuple[float, float]]  # each marker's, (0, 0) unless it shares its spot
    labels: dict[MapPlace, tuple[float, float]]  # the top left of each label shown; a place not here is unnamed


def spread(shown: Iterable[MapPlace]) -> dict[MapPlace, tuple[float, float]]:
    """Markers drawn at the very same spot (places known only to their district's centre) are spread around
    it, so each can be seen and clicked."""
    spots: dict[tuple[float, float], list[MapPlace]] = {}
    for mark in shown:
        if not mark.area:
            spots.setdefault((mark.place.lon, mark.place.lat), []).append(mark)
    offsets: dict[MapPlace, tuple[float, float]] = {}
    for group in spots.values():
        n = len(group)
        if n == 1:
            offsets[group[0]] = (0.0, 0.0)
            continue
        for k, mark in enumerate(sorted(group, key=lambda m: (m.priority, m.place.id))):
            angle = -math.pi / 2 + 2 * math.pi * k / n
            r = 4.0 + mark.radius
            offsets[mark] = (r * math.cos(angle), r * math.sin(angle))
    return offsets


def layout(shown: list[MapPlace], view: ViewBox, selected: str,
           fixed: Iterable[tuple[float, float, float, float]] = ()) -> Layout:
    """Spread the markers and place each label (a place's label needs its size: MapPlace.set_label_size)
    where it overlaps no marker, no `fixed` label (x, y scene, width, height pixels: the country names) and
    no label placed before it: the selected place's first, then by priority. The selected place is always
    named."""
    offsets = spread(shown)
    # Everything a label must not cover, with its owner: fixed labels, markers, placed labels; in a grid of
    # squares of the view, so a label is only checked against what is near it.
    obstacles = Obstacles()
    for x, y, width, height in fixed:
        px, py = view.pixels(x, y)
        obstacles.add("", px, py, px + width, py + height)
    anchors: dict[MapPlace, tuple[float, float]] = {}
    for mark in shown:
        ox, oy = offsets.get(mark, (0.0, 0.0))
        px, py = view.pixels(mark.x, mark.y)
        x, y = px + ox, py + oy
        anchors[mark] = (x, y)
        if not mark.area:
            r = mark.radius + 1
            obstacles.add(mark.place.id, x - r, y - r, x + r, y + r)

    # Tier by tier (the selected place, cities, regions, towns ...); within a tier every label first tries its
    # best spot, and only then the others, so one label's second choice does not take another's first.
    tiers: dict[tuple[bool, float], list[MapPlace]] = {}
    for mark in sorted(shown, key=lambda m: m.place.name):
        tiers.setdefault((mark.place.id != selected, mark.priority), []).append(mark)
    placed: dict[MapPlace, tuple[float, float]] = {}
    free, add = obstacles.free, obstacles.add
    for key in sorted(tiers):
        waiting = [(mark, mark.place.id, mark.corners, mark.label_width, mark.label_height, *anchors[mark])
                   for mark in tiers[key]]
        for round_ in range(max(len(entry[2]) for entry in waiting)):
            still = []
            for entry in waiting:
                mark, owner, corners, width, height, ax, ay = entry
                if round_ >= len(corners):
                    continue
                cx, cy = corners[round_]
                x0, y0 = ax + cx, ay + cy
                if free(owner, x0, y0, x0 + width, y0 + height):
                    placed[mark] = (cx, cy)
                    add(owner, x0, y0, x0 + width, y0 + height)
                else:
                    still.append(entry)
            waiting = still
            if not waiting:
                break
        for mark in tiers[key]:
            if mark.place.id == selected and mark not in placed and mark.corners:  # always named
                placed[mark] = mark.corners[0]
    labels = {}
    for mark, (cx, cy) in placed.items():
        ox, oy = offsets.get(mark, (0.0, 0.0))
        labels[mark] = (cx + ox, cy + oy)
    return Layout(offsets, labels)


def nearest_marker(candidates: Iterable[tuple[MapPlace, float, float]], x: float, y: float) -> MapPlace | None:
    """Of the places drawn at (view x, view y), the one whose marker a point of the view picks: the nearest
    within PICK_PIXELS (or its radius and two). Areas have no marker."""
    best, best_d = None, PICK_PIXELS
    for mark, mx, my in candidates:
        if mark.area:
            continue
        d = math.hypot(mx - x, my - y)
        if d <= max(best_d, mark.radius + 2) and (best is None or d < best_d):
            best, best_d = mark, d
    return best


def neighbour(candidates: Iterable[tuple[float, str]], current: str, step: int) -> str | None:
    """Of places at (view x, id), the next to the east (step 1) or west (-1) of `current`; the westernmost
    (or easternmost) if `current` is not among them; None if there are none."""
    ids = [place_id for _, place_id in sorted(candidates)]
    if not ids:
        return None
    if current in ids:
        return ids[(ids.index(current) + step) % len(ids)]
    return ids[0] if step > 0 else ids[-1]
