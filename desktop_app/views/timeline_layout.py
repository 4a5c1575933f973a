"""Where each event sits on the timeline, Qt-free: the date axis and the lanes' rows.

The x axis counts seconds since 1970-01-01 in whole days (no time zones); the y axis counts lane rows from
the top. In its lane a point event is a marker in the upper part, stacked on others of the same day; a period
is a bar in the lower part, packed into rows so that overlapping periods stay apart.
"""

from __future__ import annotations

import heapq
import math
from datetime import date, timedelta

import numpy as np

DAY = 86400.0
EPOCH = date(1970, 1, 1)

POINT_ROWS = 5  # most markers stacked on one day before the stack is squeezed
BAR_ROWS = 4  # most rows of overlapping bars per lane before the rows are squeezed
BAR_HEIGHT = 0.6  # in lane row units; a row is BAR_STEP high
BAR_STEP = 0.8
LANE_PAD = 0.3

# What is kept of every event (see ContentDatabase.event_days), in date order.
EVENT_DAYS = np.dtype([("number", "i8"), ("lane", "i2"), ("d0", "i4"), ("d1", "i4"), ("exact", "?"),
                       ("period", "?")])


# -- dates ------------------------------------------------------------------------------------------
def day_seconds(day: date) -> float:
    """Start of a day as seconds since the epoch (UTC: the axis counts whole days, no time zones)."""
    return (day - EPOCH).days * DAY


def day_middle(day: date) -> float:
    """The middle of a day: where the date line stands on it."""
    return day_seconds(day) + DAY / 2


def day_at(x: float) -> date:
    """The day that contains the time `x` (seconds since the epoch)."""
    return EPOCH + timedelta(days=math.floor(x / DAY))


# -- layout -----------------------------------------------------------------------------------------
class Lane:
    """One category: its events laid out in rows and its place on the y axis."""

    def __init__(self, key: str, label: str) -> None:
        self.key, self.label = key, label
        self.top = self.bottom = 0.0
        self.points = np.empty(0, dtype=np.int64)  # event numbers, sorted by x
        self.px = np.empty(0)
        self.py = np.empty(0)
        self.exact = np.empty(0, dtype=bool)
        self.bars = np.empty(0, dtype=np.int64)  # event numbers, by first day, last day and id
        self.bx0 = np.empty(0)
        self.bx1 = np.empty(0)
        self.by0 = np.empty(0)

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2

    def layout(self, days: np.ndarray, ranks: np.ndarray, top: float) -> float:
        """Place this lane's events (rows of EVENT_DAYS in date order, `ranks` their places in that order)
        from y = `top` downwards; return the y where the next lane starts."""
        self.top = top
        points, point_ranks = days[~days["period"]], ranks[~days["period"]]
        # Markers sit in the middle of the days the date may mean: mid-day, mid-month or mid-year.
        px = (points["d0"] * DAY + (points["d1"] + 1.0) * DAY) / 2
        order = np.lexsort((point_ranks, points["d0"], px))  # by x, then first day, then id
        points, px = points[order], px[order]
        bars = days[days["period"]]  # already by first day, last day and id
        # Bars go in the bottom of the lane, packed into rows so that overlapping periods stay apart.
        x0 = bars["d0"] * DAY
        x1 = (bars["d1"] + 1.0) * DAY
        rows = pack_rows(x0, x1)
        n_rows = int(rows.max()) + 1 if rows.size else 0
        # Markers on the same day are stacked upwards from the bottom of the marker zone.
        day = np.floor(px / DAY)
        starts = np.flatnonzero(np.r_[True, day[1:] != day[:-1]]) if day.size else np.empty(0, dtype=int)
        counts = np.diff(np.r_[starts, day.size])
        stack = np.repeat(counts, counts)  # markers on each marker's day
        seen = np.arange(day.size) - np.repeat(starts, counts)  # markers before it on its day
        point_rows = max(1, min(POINT_ROWS, int(counts.max()) if counts.size else 1))
        bar_rows = min(BAR_ROWS, n_rows)
        height = 2 * LANE_PAD + point_rows + (0.2 + BAR_STEP * bar_rows if bar_rows else 0.0)
        # Keep even a sparse lane tall enough to read its label.
        height = max(height, 2.0)
        self.bottom = top + height

        base = top + LANE_PAD + point_rows - 0.5
        step = np.where(stack <= point_rows, 1.0, (point_rows - 1) / np.maximum(stack - 1, 1))  # squeeze
        self.points = points["number"].copy()
        self.px = px
        self.py = base - seen * step
        self.exact = points["exact"].copy()

        bar_top = top + LANE_PAD + point_rows + 0.2
        step = BAR_STEP if n_rows <= BAR_ROWS else BAR_STEP * (BAR_ROWS - 1) / max(1, n_rows - 1)
        self.bars = bars["number"].copy()
        self.bx0, self.bx1 = x0, x1
        self.by0 = bar_top + rows * step
        return self.bottom


def pack_rows(x0: np.ndarray, x1: np.ndarray) -> np.ndarray:
    """Row for each interval (sorted by start) so that intervals in a row never overlap; lowest row first."""
    rows = np.zeros(len(x0), dtype=int)
    busy: list[tuple[float, int]] = []  # (end, row) of intervals still running
    free: list[int] = []
    count = 0
    for i, (start, end) in enumerate(zip(x0, x1, strict=True)):
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            row = heapq.heappop(free)
        else:
            row, count = count, count + 1
        rows[i] = row
        heapq.heappush(busy, (end, row))
    return rows
