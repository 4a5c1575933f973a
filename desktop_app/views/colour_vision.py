"""How colours look to people with the common colour-vision deficiencies, and how far apart they stay.

Qt-free. The simulation is Machado, Oliveira and Fernandes (2009) at full severity, applied in linear RGB;
distances are CIE76 ΔE in CIELAB (D65). A palette whose colours carry meaning (who held a place) keeps every
pair at least MIN_DISTANCE apart in normal vision and under each simulation.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping

RGB = tuple[int, int, int]
MIN_DISTANCE = 15.0  # ΔE: two flat areas side by side are told apart at a glance well above ~10

DEFICIENCIES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(linear: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = linear
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen(colour: RGB, deficiency: str | None = None) -> tuple[float, float, float]:
    """The colour in CIELAB as seen with `deficiency` (None: normal vision)."""
    linear = tuple(_linear(c) for c in colour)
    if deficiency is not None:
        matrix = DEFICIENCIES[deficiency]
        linear = tuple(min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear, strict=True)))) for row in matrix)
    return _lab(linear)


def distance(a: RGB, b: RGB, deficiency: str | None = None) -> float:
    return math.dist(seen(a, deficiency), seen(b, deficiency))


def closest_pairs(palette: Mapping[str, RGB]) -> dict[str | None, tuple[float, str, str]]:
    """For normal vision and each deficiency: the two colours of the palette that look most alike, and how
    far apart they look."""
    return {deficiency: min((distance(a, b, deficiency), name_a, name_b)
                            for (name_a, a), (name_b, b) in itertools.combinations(palette.items(), 2))
            for deficiency in (None, *DEFICIENCIES)}
