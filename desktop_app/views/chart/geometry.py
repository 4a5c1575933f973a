"""Where things go in a chart, in plain numbers: row and section heights, the pieces of a bar in values,
axis ticks, and which hue each claimant gets. Text widths are the pane's (they need its fonts).

Vertical sizes are fixed by the rows; the width only moves the tick marks, scales the bars and cuts the
labels, so a resize just lays the same items out again.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.content import Figure
from desktop_app.views.chart.kinds import magnitude
from desktop_app.views.chart.sections import ChartRow, ChartSection
from desktop_app.views.labels import side_label

TEXT_PX = 17  # label line above a bar
BAR_PX = 10
ROW_PX = TEXT_PX + BAR_PX + 6
HEADING_PX = 22  # side name
TITLE_PX = 30  # a section's title line
AXIS_PX = 28
BLOCK_GAP_PX = 8  # between the header, legend and footer blocks and what follows them
MARGIN_PX = 8  # left of every text and bar
RIGHT_PX = 12  # right of the longest bar, room for the last tick label
BASE_LINE_PX = 15  # the text line height the sizes above were chosen for; larger text scales them
MIN_IMAGE_WIDTH = 480  # narrowest layout of a saved chart image, in screen pixels
X_ROOM = 1.04  # a section's scale reaches this much past its longest bar, so the last tick label fits


def text_scale(line_height: float) -> float:
    """How much rows and headings grow with the text size chosen for the app (View > Text Size)."""
    return max(1.0, line_height / BASE_LINE_PX)


def row_height(row: ChartRow, scale: float = 1.0) -> int:
    # a stack gets a second text line for its breakdown, whose numbers must not be cut off
    return round((ROW_PX + (TEXT_PX if row.is_stack else 0) - BAR_PX) * scale) + BAR_PX


@dataclass(frozen=True)
class SectionLayout:
    """A section top to bottom, in pixels from its top: title, then side headings and rows, then the axis."""

    title_px: int
    headings: tuple[tuple[float, str], ...]  # (top, side name)
    row_tops: tuple[float, ...]
    rows_px: float  # where the rows end and the axis starts
    height: float
    x_max: float  # the value at the right end of the scale


def section_layout(section: ChartSection, scale: float) -> SectionLayout:
    title_px = round(TITLE_PX * scale)
    y = float(title_px)
    side = None
    headings: list[tuple[float, str]] = []
    tops: list[float] = []
    for row in section.rows:
        if row.side != side and not row.is_stack:  # a stack's label names its side already
            side = row.side
            headings.append((y, side_label(side)))
            y += round(HEADING_PX * scale)
        tops.append(y)
        y += row_height(row, scale)
    x_max = (max((row.extent for row in section.rows), default=1.0) or 1.0) * X_ROOM
    return SectionLayout(title_px, tuple(headings), tuple(tops), y, y + round(AXIS_PX * scale) + 6, x_max)


@dataclass(frozen=True)
class Piece:
    """A painted piece of a bar, from value x0 to x1: `paint` is "status" (in its figure's status colour),
    "total-only" (hatched: an Oryx total with no breakdown), "claimant" or "claimant-light" (the part of a
    range above its low value)."""

    x0: float
    x1: float
    figure: Figure
    paint: str


def bar_pieces(row: ChartRow) -> list[Piece]:
    if row.is_stack:
        pieces, x = [], 0.0
        for figure in row.segments:
            pieces.append(Piece(x, x + magnitude(figure), figure, "status"))
            x += magnitude(figure)
        if not row.segments and row.total:
            pieces.append(Piece(0.0, magnitude(row.total), row.total, "total-only"))
        return pieces
    figure = row.main
    if figure.value is not None:
        return [Piece(0.0, figure.value, figure, "claimant")]
    # a range: solid to the low value, a lighter extension to the high one
    low, high = figure.low or 0.0, figure.high or figure.low or 0.0
    return [Piece(0.0, low, figure, "claimant"), Piece(low, high, figure, "claimant-light")]


def total_mark(row: ChartRow) -> float | None:
    """Where Oryx's own total lies, when it differs from the sum of its statuses (else None)."""
    if row.total and row.segments and magnitude(row.total) != row.stack_sum:
        return magnitude(row.total)
    return None


def tick_values(x_max: float, width: float, min_gap: float) -> list[float]:
    """Axis ticks from 0 to `x_max` drawn `width` pixels wide: steps of 1, 2 or 5 times a power of ten, never
    below 1 (counts have no fractions), at least `min_gap` pixels apart. 0 itself is not labelled."""
    if x_max <= 0 or width <= 0:
        return []
    raw = max(x_max * min_gap / width, 1.0)
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw * 0.999)
    return [i * step for i in range(1, int(x_max / step + 1e-9) + 1)]


def spread_hues(claimants: Sequence[str], hues: Sequence[int]) -> dict[str, int]:
    """The index in `hues` (0-359, of the theme's claimant colours) each claimant gets: the free hue farthest
    from those already taken. Claimants come most met first, so those that meet most often differ most."""
    def distance(a: int, b: int) -> int:
        d = abs(a - b) % 360
        return min(d, 360 - d)

    chosen: dict[str, int] = {}
    for claimant in claimants:
        taken = list(chosen.values())
        free = [i for i in range(len(hues)) if i not in taken]
        chosen[claimant] = max(free, key=lambda i: (min((distance(hues[i], hues[j]) for j in taken), default=360), -i))
    return chosen
