"""Where things are on the map: longitude and latitude as scene units, and what a view of the scene shows.

Equirectangular, with longitude shrunk by cos(40°) (the middle of the region) so shapes keep their
proportions; scene y grows downwards, so north is up. A view shows the scene scaled and shifted; what is
measured in pixels here (label sizes, thinning squares, margins) is measured in the view's pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SCENE_PER_DEGREE = 100.0
X_FACTOR = math.cos(math.radians(40.0))
CONFLICT_ZONE = (45.6, 38.8, 47.8, 40.8)  # lon0, lat0, lon1, lat1: what Fit shows
MAX_PIXELS_PER_DEGREE = 8000.0
ZOOM_OUT_LIMIT = 0.9  # of the zoom at which the whole map fits the view

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 (scene) or lon0, lat0, lon1, lat1 (degrees)


def project(lon: float, lat: float) -> tuple[float, float]:
    """The scene point (x, y) of a longitude and latitude."""
    return lon * SCENE_PER_DEGREE * X_FACTOR, -lat * SCENE_PER_DEGREE


def scene_box(lon0: float, lat0: float, lon1: float, lat1: float) -> Box:
    """The scene box (x0, y0, x1, y1: top left, bottom right) of a box in degrees."""
    x0, y0 = project(lon0, lat1)
    x1, y1 = project(lon1, lat0)
    return x0, y0, x1, y1


def degrees_box(box: Box) -> Box:
    """The box in degrees (lon0, lat0, lon1, lat1) of a scene box."""
    x0, y0, x1, y1 = box
    per_lon = SCENE_PER_DEGREE * X_FACTOR
    return x0 / per_lon, -y1 / SCENE_PER_DEGREE, x1 / per_lon, -y0 / SCENE_PER_DEGREE


def widened(box: Box, fraction: float) -> Box:
    """`box` grown on every side by `fraction` of its width (left, right) and height (top, bottom)."""
    x0, y0, x1, y1 = box
    dx, dy = (x1 - x0) * fraction, (y1 - y0) * fraction
    return x0 - dx, y0 - dy, x1 + dx, y1 + dy


def contains(box: Box, x: float, y: float) -> bool:
    """Whether the point lies in the box or on its edge."""
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


@dataclass(frozen=True)
class ViewBox:
    """What a view shows: its scale and shift (a scene point x, y is drawn at the pixel x * scale_x + dx,
    y * scale_y + dy) and the scene box it shows."""

    scale_x: float
    scale_y: float
    dx: float
    dy: float
    visible: Box

    @property
    def pixels_per_degree(self) -> float:
        """The zoom, as pixels per degree of latitude."""
        return self.scale_y * SCENE_PER_DEGREE

    def pixels(self, x: float, y: float) -> tuple[float, float]:
        return x * self.scale_x + self.dx, y * self.scale_y + self.dy

    def zoomed(self, factor: float) -> ViewBox:
        """The view after zooming by `factor` about its centre."""
        x0, y0, x1, y1 = self.visible
        cx, cy, half_w, half_h = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / factor / 2, (y1 - y0) / factor / 2
        return ViewBox(self.scale_x * factor, self.scale_y * factor, self.dx, self.dy,
                       (cx - half_w, cy - half_h, cx + half_w, cy + half_h))

    def around(self) -> Box:
        """The view and a quarter of a view around it: what a pan shows before the next layout."""
        return widened(self.visible, 0.25)

    def shows(self, x: float, y: float, margin: float = 0.0) -> bool:
        """Whether the scene point is in view, at least `margin` pixels inside its edges."""
        inset = margin / max(self.scale_x, 1e-9)
        x0, y0, x1, y1 = self.visible
        (left, right), (top, bottom) = sorted((x0 + inset, x1 - inset)), sorted((y0 + inset, y1 - inset))
        return left <= x <= right and top <= y <= bottom


def zoom_scale(current: float, factor: float, viewport: tuple[int, int], box: Box) -> float:
    """The scale (pixels per scene unit) after zooming by `factor`: no further out than a little beyond the
    whole map `box` (scene) fitting the viewport (width, height), no further in than MAX_PIXELS_PER_DEGREE."""
    whole = min(viewport[0] / (box[2] - box[0]), viewport[1] / (box[3] - box[1]))
    return min(max(current * factor, whole * ZOOM_OUT_LIMIT), MAX_PIXELS_PER_DEGREE / SCENE_PER_DEGREE)
