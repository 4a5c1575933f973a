"""Merging the bars a drawn view would put on the same pixels, so drawing stays cheap however many there are."""

from __future__ import annotations

import numpy as np


def merge_bars(
    x0: np.ndarray, x1: np.ndarray, y0: np.ndarray, gap: float, pixel_h: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Merge bars drawn on the same pixel row that overlap or lie closer than `gap`, in one pass."""
    if x0.size == 0:
        return x0, x1, y0
    # Shift each pixel row far to the right of the one before, so one running maximum can merge all
    # rows at once without a Python loop per row.
    row = np.floor(y0 / pixel_h)
    shift = (row - row.min()) * 4 * (x1.max() - x0.min() + gap + 1)
    a, b = x0 + shift, x1 + shift
    order = np.argsort(a, kind="stable")
    a, b = a[order], b[order]
    reach = np.maximum.accumulate(b)
    starts = np.flatnonzero(np.r_[True, a[1:] > reach[:-1] + gap])
    ends = np.maximum.reduceat(b, starts)
    return x0[order][starts], x0[order][starts] + (ends - a[starts]), y0[order][starts]
